package index

// A wider reading of WordNet than a concept's forms and first-sense
// synonyms, kept apart from them so that the fitter weighs it: the
// synonyms of a question word's other senses, each at the share of the
// tagged corpora its sense holds (quit → resign, state → province), and
// the synonyms of its derived forms' first senses (mediate → mediator →
// go-between). Like the learned bridges, they never cover a concept
// and are only located in the candidates, never searched for.

// widenSenses fills c.senses and c.derivSyn with the terms of w's
// other senses' synonyms (at their share) and of its forms' synonyms
// (at 1), leaving out those c holds already, and adds them to located.
func (ix *Index) widenSenses(c *concept, w string, located map[string]bool) {
	if ix.names[foldWord(w)] {
		return
	}
	for alt, share := range ix.lexicon.SenseShares(w) {
		c.senses = ix.addWeighted(*c, c.senses, alt, share, located)
	}
	for _, alt := range ix.lexicon.DerivedSynonyms(w) {
		c.derivSyn = ix.addWeighted(*c, c.derivSyn, alt, 1, located)
	}
}

// addWeighted adds alt's terms that c holds by no word, form or synonym
// to m at weight s (the largest weight kept), and to located.
func (ix *Index) addWeighted(c concept, m map[string]float64, alt string, s float64, located map[string]bool) map[string]float64 {
	for t := range ix.terms(alt) {
		if c.exact[t] || c.wide[t] {
			continue
		}
		if m == nil {
			m = map[string]float64{}
		}
		m[t] = max(m[t], s)
		located[t] = true
	}
	return m
}

// weightedOnly sums, over the plan's concepts c does not cover, the
// largest weight of a term of pick(concept) that c holds (conceptHits
// sets c.covered first).
func weightedOnly(c *candidate, pl plan, pick func(concept) map[string]float64) float64 {
	sum := 0.0
	for ci, cn := range pl.concepts {
		if c.covered[ci] {
			continue
		}
		best := 0.0
		for t, s := range pick(cn) {
			if len(c.terms[t]) > 0 {
				best = max(best, s)
			}
		}
		sum += best
	}
	return sum
}
