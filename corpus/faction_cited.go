package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleCitedAgain reads a source a report cites at its definition and
// keeps returning to: "An observer mission of the Organization for
// Security and Co-operation in Europe (OSCE) said the vote …", then "The
// OSCE said on Monday …", "The OSCE chairman-in-office called for
// dialogue". A body quoted once for a figure is a source ("The United
// Nations (UN) estimates …"); one the report writes by its letters again
// and again is a party to what it reports, as the letters' use shows.
const ruleCitedAgain = "cited-again"

// minCitedUses is how many times a briefing must write a cited source's
// letters, its definition included, before the source is read as a party.
const minCitedUses = 3

// citedAgain marks as groups the cited sources whose letters the
// briefing's paragraphs write at least minCitedUses times: cands is
// changed in place.
func citedAgain(cands []candidate, paras []*para, orgHead bool) {
	for i, c := range cands {
		if !c.cited || !c.source || len(c.acronym) < 2 {
			continue
		}
		if orgHead && citedOrg(c.name) || lettersUses(paras, c.acronym) >= minCitedUses {
			cands[i].cited, cands[i].source = false, false
		}
	}
}

// lettersUses counts the words of paras that are the letters short,
// with punctuation or a possessive after them ("OSCE's", "(OSCE)").
func lettersUses(paras []*para, short string) int {
	n := 0
	for _, p := range paras {
		for _, w := range p.words() {
			w = trimPossessive(trimRight(trimLeft(w, "(\"'"), ".,;:!?)\"'"))
			if w == short {
				n++
			}
		}
	}
	return n
}

// ruleCitedOrg reads a source whose name is headed by a singular noun
// WordNet files as a kind of organization as a body acting in what it
// reports: "the International Organization for Migration (IOM) says …",
// "the Belarusian Association of Journalists (BAJ) said …". A plural head
// names members, no one body ("The United Nations (UN) estimates …"), and
// a name holding a word for the press or a publication ("News Agency") is
// an outlet: both stay sources.
const ruleCitedOrg = "cited-org"

// citedOrg reports whether a cited source's name is headed by a singular
// organisation noun and names no outlet.
func citedOrg(name string) bool {
	var room [8]string
	words := appendFields(room[:0], name)
	if len(words) == 0 || !isOrgName(name) || namesPress(name) {
		return false
	}
	head := strings.ToLower(trimPossessive(words[groupHead(words)]))
	return lang.HasOrgSense(head) && !pluralNoun(head)
}

// pluralNoun reports whether the lower-case noun is the plural of a noun
// the tables hold: "nations", "forces".
func pluralNoun(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	return ok && !strings.HasSuffix(stem, "s") && lang.Classify(stem) != 0
}
