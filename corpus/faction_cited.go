package corpus

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
func citedAgain(cands []candidate, paras []*para) {
	for i, c := range cands {
		if !c.cited || !c.source || len(c.acronym) < 2 {
			continue
		}
		if lettersUses(paras, c.acronym) >= minCitedUses {
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
