package index

import (
	"reflect"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

// TestPackedMentions: mentions pack and unpack to the same citations and
// sentences (places, texts of their own, none), and a damaged pack is
// refused rather than read short.
func TestPackedMentions(t *testing.T) {
	refs := map[string]storedRef{"a": {1, 3}, "b": {2, 1}, "c": {2, 40}}
	texts := map[string]storedText{"place": {At: 5, N: 12}, "own": {S: "an ellipsis…"}, "": {}, "first": {At: 1, N: 300}}
	ms := []corpus.Mention{
		{Ref: corpus.Ref{Briefing: "b", Paragraph: 1}, Sentence: "place"},
		{Ref: corpus.Ref{Briefing: "a", Paragraph: 3}, Sentence: "own"},
		{Ref: corpus.Ref{Briefing: "c", Paragraph: 40}, Sentence: ""},
		{Ref: corpus.Ref{Briefing: "c", Paragraph: 40}, Sentence: "first"},
	}
	p := packMentions(ms,
		func(r corpus.Ref) storedRef { return refs[r.Briefing] },
		func(_ corpus.Ref, s string) storedText { return texts[s] })
	var got []storedMention
	if err := p.each(func(r storedRef, t storedText) { got = append(got, storedMention{r, t}) }); err != nil {
		t.Fatal(err)
	}
	want := []storedMention{{refs["b"], texts["place"]}, {refs["a"], texts["own"]}, {refs["c"], texts[""]}, {refs["c"], texts["first"]}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("unpacked %+v, want %+v", got, want)
	}
	damage := []struct {
		name string
		p    packedMentions
	}{
		{"cut short", packedMentions{N: p.N, Bytes: p.Bytes[:len(p.Bytes)-1], Texts: p.Texts}},
		{"count", packedMentions{N: p.N + 1, Bytes: p.Bytes, Texts: p.Texts}},
		{"text missing", packedMentions{N: p.N, Bytes: p.Bytes}},
		{"text left over", packedMentions{N: p.N, Bytes: p.Bytes, Texts: append(p.Texts, "x")}},
		{"varint overflows", packedMentions{N: 1, Bytes: []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}}},
	}
	for _, d := range damage {
		if err := d.p.each(func(storedRef, storedText) {}); err == nil {
			t.Errorf("%s: read without error", d.name)
		}
	}
}
