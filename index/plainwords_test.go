package index

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/segment"
)

// TestPlainWordsAreTheSegmenters checks plainWords against the word
// segmenter it stands in for: on texts written to put every mark it reads
// between every kind of character, and on random strings of letters,
// digits, underlines, those marks and characters it must refuse. Each is
// checked as a whole and as each of its prefixes, so that a word at the
// end of the text is checked too.
func TestPlainWordsAreTheSegmenters(t *testing.T) {
	texts := []string{
		"U.S.-backed 17,731 people (3.5%) fled; it's IT'S a:b a.b a,b a;b 1:2 1.2 1,2 1;2 1'2 a'b",
		"a_b _a b_ __ _ _1 1_ 1_a a_1 a_.b 1_.2 a._b 1.a a.1 1.2.a a..b 1..2 .a. 'a' \"x\"",
		"don’t ‘quoted’ 1’000 “Peace” x—y 3–5 wait… a\u00a0b\tc\nd\r\ne\vf\fg 2nd 1990s mid-1990s",
	}
	alphabet := []string{"a", "Z", "q", "0", "7", "_", ".", ",", ";", ":", "'", "\"", " ", "-", "’", "‘", "“", "”", "–", "—", "…", "\u00a0", "\n", "\r", "é", "\u0301", "東", "\u200d", "\u00ad"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var sb strings.Builder
		for range 1 + rng.IntN(12) {
			sb.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, sb.String())
	}
	plain := 0
	for _, text := range texts {
		for end := 1; end <= len(text); end++ {
			got, ok := plainWords([]byte(text[:end]), nil)
			want, wok := segmenterWords([]byte(text[:end]))
			if !ok || !wok {
				continue
			}
			plain++
			if d := tokensDiffer(got, want); d != "" {
				t.Fatalf("%q: %s", text[:end], d)
			}
		}
	}
	if plain < 10_000 {
		t.Errorf("plainWords read only %d texts: too few to tell", plain)
	}
}

// TestPlainWordsRefuse: text with a character plainWords does not know
// goes to the segmenter, whole.
func TestPlainWordsRefuse(t *testing.T) {
	for _, text := range []string{"café", "e\u0301", "a\u200db", "东京", "soft\u00adhyphen", "\xff"} {
		out := []analysis.Token{{Term: []byte("kept")}}
		got, ok := plainWords([]byte(text), out)
		if ok || len(got) != 1 {
			t.Errorf("%q: plainWords read it (%d tokens), want it refused", text, len(got))
		}
	}
}

// segmenterWords is the word segmenter's words of text as tokens, as the
// unicode tokenizer makes them; false where text is not valid UTF-8.
func segmenterWords(text []byte) ([]analysis.Token, bool) {
	vals, types, _, err := segment.SegmentWordsDirect(text, nil, nil)
	if err != nil {
		return nil, false
	}
	var out []analysis.Token
	start := 0
	for i, v := range vals {
		if types[i] != segment.None {
			out = append(out, analysis.Token{Term: v, Start: start, End: start + len(v), Position: len(out) + 1, Type: tokenType(types[i])})
		}
		start += len(v)
	}
	return out, start == len(text)
}

// tokensDiffer describes the first difference between two token lists.
func tokensDiffer(got, want []analysis.Token) string {
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		if string(g.Term) != string(w.Term) || g.Start != w.Start || g.End != w.End || g.Position != w.Position || g.Type != w.Type {
			return "token " + g.String() + ", want " + w.String()
		}
	}
	if len(got) != len(want) {
		return "token counts differ"
	}
	return ""
}
