package index

import (
	"maps"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/corpustest"
)

// TestProperNamesSkipShortWords checks caseCounter, which leaves out words
// of fewer than three bytes, against counting every word as before: the
// names of the development briefings, the embedded one, a synthetic corpus
// and text whose short words fold to longer ones, must be the same.
func TestProperNamesSkipShortWords(t *testing.T) {
	def, err := corpus.ReadDefault()
	if err != nil {
		t.Fatal(err)
	}
	dev, err := corpus.Read("../corpus/testdata/eval/dev")
	if err != nil {
		t.Fatal(err)
	}
	synth, err := corpustest.Corpus(3000, 5)
	if err != nil {
		t.Fatal(err)
	}
	odd, err := corpus.Parse("odd.md", []byte("# Odd\n\nThe Æs and æs, ßa and SSA, Øy and ØY met İz and Ab; then Ab, ab and AB met Straße twice: Straße.\n"))
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, c := range []*corpus.Corpus{def, dev, synth, {Briefings: []*corpus.Briefing{odd}}} {
		got := properNames(c).words
		want := namesCountingEveryWord(c)
		if !maps.Equal(got, want) {
			for w := range want {
				if !got[w] {
					t.Errorf("%q is a name counting every word, not now", w)
				}
			}
			for w := range got {
				if !want[w] {
					t.Errorf("%q is a name now, not counting every word", w)
				}
			}
		}
		checked += len(got)
		if byMaps := namesCountedInMaps(c); !reflect.DeepEqual(properNames(c), byMaps) {
			t.Errorf("names or their mentions differ from counting in maps by word")
		}
	}
	if checked < 1000 {
		t.Errorf("%d names: too few to tell", checked)
	}
}

// namesCountingEveryWord is properNames as it was before caseCounter left
// out short words.
func namesCountingEveryWord(c *corpus.Corpus) map[string]bool {
	upper, lower := map[string]int{}, map[string]int{}
	for _, b := range c.Briefings {
		for _, p := range b.Paragraphs {
			initial := true
			for _, w := range scanWords(p.Text) {
				r, _ := utf8.DecodeRuneInString(p.Text[w.start:])
				if !initial && unicode.IsLetter(r) {
					if unicode.IsUpper(r) {
						upper[foldWord(w.text)]++
					} else {
						lower[foldWord(w.text)]++
					}
				}
				end := w.start + len(w.text)
				initial = end < len(p.Text) && sentenceEnd(p.Text[end:])
			}
		}
	}
	names := map[string]bool{}
	for w, n := range upper {
		if n >= 2*lower[w] && utf8.RuneCountInString(w) >= 3 && !questionWords[w] && !isDate(w) && !weekdays[w] {
			names[w] = true
		}
	}
	return names
}

// namesCountedInMaps is properNames as it was before caseCounter numbered
// the words: counts in maps keyed by the lowered word.
func namesCountedInMaps(c *corpus.Corpus) properNouns {
	upper, lower := map[string]int{}, map[string]int{}
	byBriefing := make([]map[string]int, len(c.Briefings))
	for i, b := range c.Briefings {
		byBriefing[i] = map[string]int{}
		for _, p := range b.Paragraphs {
			initial := true
			eachWord(p.Text, func(start, end int) {
				if !initial && end-start >= 3 {
					r, _ := utf8.DecodeRuneInString(p.Text[start:])
					if unicode.IsUpper(r) {
						byBriefing[i][foldWord(strings.ToLower(p.Text[start:end]))]++
					} else if unicode.IsLetter(r) {
						lower[foldWord(strings.ToLower(p.Text[start:end]))]++
					}
				}
				initial = end < len(p.Text) && sentenceEnd(p.Text[end:])
			})
		}
		for w, n := range byBriefing[i] {
			upper[w] += n
		}
	}
	pn := properNouns{words: map[string]bool{}, mentions: map[string][]mention{}}
	for w, n := range upper {
		if n >= 2*lower[w] && utf8.RuneCountInString(w) >= 3 && !questionWords[w] && !isDate(w) && !weekdays[w] {
			pn.words[w] = true
		}
	}
	for i, counts := range byBriefing {
		for w, n := range counts {
			if pn.words[w] {
				pn.mentions[w] = append(pn.mentions[w], mention{int32(i), int32(n)})
			}
		}
	}
	return pn
}

// TestSentenceEndFastPath checks sentenceEnd's answer for a plain first
// character against trimming first, as it did for every word: on every
// string of up to three characters from those that matter and others.
func TestSentenceEndFastPath(t *testing.T) {
	trimmed := func(after string) bool {
		after = strings.TrimLeft(after, `"'’”)]`)
		return after == "" || strings.ContainsAny(after[:1], ".!?:;—\n")
	}
	chars := []string{"", " ", "a", "Z", "0", ",", ".", "!", "?", ":", ";", "\n", "\t", `"`, "'", ")", "]", "(", "’", "”", "—", "é"}
	for _, a := range chars {
		for _, b := range chars {
			for _, c := range chars {
				if s := a + b + c; sentenceEnd(s) != trimmed(s) {
					t.Errorf("sentenceEnd(%q) = %v", s, sentenceEnd(s))
				}
			}
		}
	}
}
