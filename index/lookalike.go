package index

// earlyReach is the number of the paragraph's own words before its first
// question concept past which the early feature (see rank.Early) is 0.
const earlyReach = 20

// earlyFeature is how early the paragraph raises the question's subject:
// 1 − min(w, earlyReach)/earlyReach, where w is the number of the
// paragraph's own words before the first word of any of the plan's
// concepts (by the question's word, a form or a synonym: cn.exact or
// cn.wide), and 0 when the paragraph holds no concept.
//
// Why: a paragraph that answers a question tends to open on what the
// question asks about, where one that mentions it in passing reaches it
// late. The feature is length-neutral by contract: it reads only the
// words before the first concept, so the same opening scores alike in a
// short paragraph and a long one (an earlier feature that grew with the
// paragraph's length favoured long paragraphs and failed CI). A lead-in
// prepended to the paragraph (a heading or a report's lead, before
// c.body) is not the paragraph's own: neither its words nor its
// concepts count.
func earlyFeature(c *candidate, pl plan) float64 {
	first := -1
	for term, locs := range c.terms {
		if !isConceptTerm(pl, term) {
			continue
		}
		for _, l := range locs {
			if l.start >= c.body && (first < 0 || l.start < first) {
				first = l.start
			}
		}
	}
	if first < 0 {
		return 0
	}
	w := 0
	for _, s := range c.sentences() {
		for _, wd := range s.words {
			at := s.span[0] + wd.start
			if at >= first || w == earlyReach {
				return earlyOf(w) // words run in order: none further stands before first
			}
			if at >= c.body {
				w++
			}
		}
	}
	return earlyOf(w)
}

// earlyOf is the feature for w words before the first concept.
func earlyOf(w int) float64 { return 1 - float64(min(w, earlyReach))/earlyReach }

// isConceptTerm reports whether term stands for one of the plan's
// concepts by the question's word, a form or a synonym.
func isConceptTerm(pl plan, term string) bool {
	for _, cn := range pl.concepts {
		if cn.exact[term] || cn.wide[term] {
			return true
		}
	}
	return false
}
