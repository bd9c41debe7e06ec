package index

import (
	"strings"
	"testing"
)

// TestSentenceCover: the best sentence's share of the question's
// concepts, a heading's concept counted in every sentence and a bridged
// one by its strength; cued reads only sentences holding the kind of
// answer asked for.
func TestSentenceCover(t *testing.T) {
	concepts := []concept{
		{exact: map[string]bool{"ceasefire": true}},
		{exact: map[string]bool{"signed": true}, bridged: map[string]float64{"agreed": 0.5}},
	}
	for _, tt := range []struct {
		name, text string
		heading    map[string]bool
		answer     answerKind
		best, cued float64
	}{
		{"both words in one sentence", "The ceasefire was signed in Doha in 2019.", nil, dateKind, 1, 1},
		{"the words in two sentences", "The ceasefire held. It was signed in 2019.", nil, dateKind, 0.5, 0.5},
		{"the date stands apart from the words", "The ceasefire was signed in Doha. Talks resumed in 2019.", nil, dateKind, 1, 0},
		{"a bridged word counts by its strength", "The ceasefire was agreed in 2019.", nil, dateKind, 0.75, 0.75},
		{"the heading holds a concept", "It was signed in 2019.", map[string]bool{"ceasefire": true}, dateKind, 1, 1},
		{"no kind of answer asked for", "The ceasefire was signed in 2019.", nil, anyKind, 1, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := &candidate{text: tt.text, terms: termsIn(tt.text, "ceasefire", "signed", "agreed")}
			pl := plan{concepts: concepts, answer: tt.answer}
			best, cued := sentenceCover(c, pl, tt.heading)
			if best != tt.best || cued != tt.cued {
				t.Errorf("best %.2f cued %.2f, want %.2f and %.2f", best, cued, tt.best, tt.cued)
			}
		})
	}
}

// termsIn locates each of words in text, as bleve's term locations
// would (positions are not read here).
func termsIn(text string, words ...string) map[string][]termAt {
	out := map[string][]termAt{}
	for _, w := range words {
		if at := strings.Index(text, w); at >= 0 {
			out[w] = append(out[w], termAt{start: at})
		}
	}
	return out
}
