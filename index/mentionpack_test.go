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

// TestParagraphLengthsFit: a stored mention fits a corpus exactly when
// loadRef and loadText accept it.
func TestParagraphLengthsFit(t *testing.T) {
	c, err := corpus.New(&corpus.Briefing{Slug: "b", Title: "B", Paragraphs: []corpus.Paragraph{{Number: 1, Text: "One two."}, {Number: 2, Text: "Three."}}})
	if err != nil {
		t.Fatal(err)
	}
	lens := newParagraphLengths(c)
	cases := []struct {
		r storedRef
		t storedText
	}{
		{storedRef{1, 1}, storedText{At: 1, N: 8}},
		{storedRef{1, 1}, storedText{At: 2, N: 8}},
		{storedRef{1, 2}, storedText{At: 1, N: 6}},
		{storedRef{1, 3}, storedText{}},
		{storedRef{1, 0}, storedText{}},
		{storedRef{2, 1}, storedText{}},
		{storedRef{-1, 1}, storedText{}},
		{storedRef{0, 0}, storedText{S: "whole"}},
		{storedRef{0, 0}, storedText{At: 1, N: 1}},
		{storedRef{1, 1}, storedText{At: 1, N: -1}},
		{storedRef{1, 2}, storedText{S: "own text"}},
	}
	for _, tc := range cases {
		_, refOK := loadRef(c, tc.r)
		_, textOK := loadText(c, tc.r, tc.t)
		if got, want := lens.fit(tc.r, tc.t), refOK && textOK; got != want {
			t.Errorf("fit(%+v, %+v) = %v, want %v", tc.r, tc.t, got, want)
		}
	}
}
