package index

import (
	"strings"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// A paragraph often names its subject only by a pronoun or a role once
// the paragraph before has named it: "The group was founded in 2012 …",
// "He fled to Nigeria …", "The movement's leader …". Such a paragraph
// carries the names of the one before (in the same section): they stand
// for it as anchors do (see anchorFeature), and the re-ranker's Carried
// feature, whose weight is fitted, says how much less a carried name is
// worth than one the paragraph writes.

// referenceReach is how many words after a determiner the head noun of
// a definite description may stand ("The armed Islamist group").
const referenceReach = 3

// backPronouns open a sentence that goes on about what the one before
// named.
var backPronouns = map[string]bool{
	"it": true, "its": true, "they": true, "their": true, "he": true, "his": true,
	"she": true, "her": true, "them": true,
}

// backDeterminers open a definite description that may refer back.
var backDeterminers = map[string]bool{"the": true, "this": true, "these": true, "those": true, "such": true}

// carriedNames are, by document ID, the terms of the names a paragraph
// carries from the ones before it: those of the previous paragraph of its
// section (with what that one carries) when its opening refers back
// (refersBack). Computed once per paragraph when the index is built, so
// a question reads them without touching other paragraphs.
func (ix *Index) carriedNames() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, b := range ix.corpus.Briefings {
		var prev map[string]bool // the names of the paragraph before, with what it carries
		for i, p := range b.Paragraphs {
			own := ix.terms(strings.Join(nameWords(p.Text, true), " "))
			if i == 0 || p.Section != b.Paragraphs[i-1].Section || !refersBack(p.Text, nameWordSet(b.Paragraphs[i-1]), ix.lexicon) {
				prev = own
				continue
			}
			carried := make(map[string]bool, len(prev))
			for t := range prev {
				if !own[t] {
					carried[t] = true
				}
			}
			if len(carried) > 0 {
				out[docID(b.Slug, p.Number)] = carried
			}
			for t := range carried {
				own[t] = true
			}
			prev = own
		}
	}
	return out
}

// nameWords are the words of text written capitalised: the names a
// later paragraph may refer back to. A sentence's first word is
// capitalised whatever it is, so it counts only with initial. (Ordinary
// words among them are harmless: only a question's names are looked up.)
func nameWords(text string, initial bool) []string {
	var out []string
	for _, sp := range sentences(text) {
		s, first := text[sp[0]:sp[1]], true
		eachWord(s, func(start, end int) {
			w := s[start:end]
			if (initial || !first) && capitalised(s, word{start: start}) && !isDigits(w) {
				out = append(out, w)
			}
			first = false
		})
	}
	return out
}

// nameWordSet is the lowercased name words of p (nameWords).
func nameWordSet(p corpus.Paragraph) map[string]bool {
	set := map[string]bool{}
	for _, w := range nameWords(p.Text, false) {
		set[strings.ToLower(w)] = true
	}
	return set
}

// isDigits reports whether w is all digits and separators.
func isDigits(w string) bool {
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// refersBack reports whether a paragraph's text (past a transcript's
// speaker label, "SPOKESPERSON:") opens by referring to
// something named before: with a personal pronoun or possessive ("It",
// "Their"), or with a definite description ("The group", "This
// movement", "The President") whose head noun is a word of a name the
// paragraph before holds (prevNames, lowercased) or a noun WordNet files
// as a being, group, place or thing, or a kind of leader or military
// body; the first word that is a noun for a happening ends the search
// ("The fighting lasted three weeks").
func refersBack(text string, prevNames map[string]bool, lex *wordnet.Lexicon) bool {
	if speakerLabel(text) != "" {
		_, text, _ = strings.Cut(text, ":") // a transcript's turn: what the speaker says
	}
	ws := scanWords(text)
	if len(ws) < 2 {
		return false
	}
	if backPronouns[ws[0].text] {
		return true
	}
	if !backDeterminers[ws[0].text] {
		return false
	}
	for _, w := range ws[1:min(len(ws), 1+referenceReach)] {
		if prevNames[w.text] || lex.Leader(w.text) {
			return true // "The movement", "The President"
		}
		if capitalised(text, w) {
			return false // a name of its own: "The United Nations"
		}
		if lex.Happening(w.text) {
			return false // an event: "The fighting", "The attack"
		}
		if lex.Military(w.text) || lex.Thing(w.text) {
			return true
		}
	}
	return false
}
