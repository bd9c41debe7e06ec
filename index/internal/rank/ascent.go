package rank

import "math"

// judged is one question as coordinate ascent sees it: only the
// candidates that can rank before its best gold one or be it (those of
// the gold's highest tier), in their order, their scores under the
// current weights, and how many candidates of a higher tier rank before
// them whatever the weights.
type judged struct {
	cands  []Features
	gold   []bool
	scores []float64
	ahead  int
}

// fitSet is the examples made ready for coordinate ascent. Trying a
// weight then costs one multiply-add per candidate that can move the
// gold's rank, not a full score for every candidate: fitting and
// cross-validation, which try weights millions of times, take seconds
// rather than minutes.
type fitSet struct {
	qs []judged
	n  float64 // questions, counting those no weight can move
	// fixedRR and fixedHits sum the reciprocal ranks and Hit@1 of the
	// questions no weight can move: no gold candidate, or nothing but
	// gold in its tier.
	fixedRR, fixedHits float64
	tmp                []float64
	// center is where the penalty is measured from: zero (plain BM25)
	// for the vector every question shares, that vector for a kind's own.
	center Weights
}

func newFitSet(examples []Example, w Weights) *fitSet {
	s := &fitSet{n: float64(len(examples))}
	for _, e := range examples {
		q, ok := judgedOf(e, w)
		switch {
		case !ok: // no gold candidate: rank 0
		case !hasOther(q.gold):
			s.fixedRR += 1 / float64(q.ahead+1)
			if q.ahead == 0 {
				s.fixedHits++
			}
		default:
			s.qs = append(s.qs, q)
			if len(q.cands) > len(s.tmp) {
				s.tmp = make([]float64, len(q.cands))
			}
		}
	}
	return s
}

// judgedOf keeps e's candidates of its gold's highest tier; ok is false
// when e has no gold candidate.
func judgedOf(e Example, w Weights) (q judged, ok bool) {
	top := 0
	for i, g := range e.Gold {
		if g && (!ok || e.tier(i) > top) {
			top, ok = e.tier(i), true
		}
	}
	for i, c := range e.Candidates {
		switch t := e.tier(i); {
		case t > top:
			q.ahead++
		case t == top:
			q.cands = append(q.cands, c)
			q.gold = append(q.gold, e.Gold[i])
			q.scores = append(q.scores, w.Score(c))
		}
	}
	return q, ok
}

func hasOther(gold []bool) bool {
	for _, g := range gold {
		if !g {
			return true
		}
	}
	return false
}

// objective is what fitting maximises, for weights w, which differ from
// the current ones by delta on feature f: MRR, with Hit@1 to break ties,
// less lambda times the weights' distance from the set's center. Zero is
// plain BM25 within the tiers: a feature must buy its weight on the
// questions fitted, so a weight that helps a handful of questions stays
// small or off, and what is fitted carries over to briefings never seen.
// A kind of question's own vector is held to the shared one likewise.
func (s *fitSet) objective(w Weights, f Feature, delta, lambda float64) float64 {
	rr, hits := s.fixedRR, s.fixedHits
	for _, q := range s.qs {
		r := q.rankWith(f, delta, s.tmp)
		rr += 1 / float64(r)
		if r == 1 {
			hits++
		}
	}
	pen := 0.0
	for g := Feature(1); g < NumFeatures; g++ {
		pen += math.Abs(w[g] - s.center[g])
	}
	if s.n == 0 {
		return -lambda * pen
	}
	return rr/s.n + 0.01*hits/s.n - lambda*pen
}

// rankWith is the rank of q's best gold candidate when feature f's
// weight moves by delta: candidates sort by score, then by their order,
// as Example.Rank sorts them.
func (q judged) rankWith(f Feature, delta float64, tmp []float64) int {
	sc := tmp[:len(q.scores)]
	best := -1
	for i, s := range q.scores {
		sc[i] = s + delta*q.cands[i][f]
		if q.gold[i] && (best < 0 || sc[i] > sc[best]) {
			best = i
		}
	}
	r := q.ahead + 1
	for j, s := range sc {
		if !q.gold[j] && (s > sc[best] || s == sc[best] && j < best) {
			r++
		}
	}
	return r
}

// move makes w the current weights after feature f's weight moved:
// every score is computed again in full, so that scores never drift
// from Weights.Score by rounding.
func (s *fitSet) move(w Weights) {
	for _, q := range s.qs {
		for i, c := range q.cands {
			q.scores[i] = w.Score(c)
		}
	}
}
