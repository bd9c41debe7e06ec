package rank

import (
	"maps"
	"slices"
)

// Model is the re-ranker's weights: one vector every question shares,
// and one for each kind of answer asked for ("who", "when", …) that had
// questions enough to fit its own. What ranks a count well (the number
// beside the thing counted) differs from what ranks a name well, and one
// vector for every kind must compromise between them.
type Model struct {
	Global Weights
	Kinds  map[string]Weights
	// Boost adds trees fitted to what the weighted sums get wrong (see
	// Boost); none, and the score is the weighted sum alone.
	Boost Boost
}

// Score is a candidate's score for a question asking for kind: its
// kind's weighted sum of f, plus the trees' values.
func (m Model) Score(kind string, f Features) float64 {
	return m.For(kind).Score(f) + m.Boost.Score(f)
}

// For is the vector that scores questions of kind: its own, or the
// shared one.
func (m Model) For(kind string) Weights {
	if w, ok := m.Kinds[kind]; ok {
		return w
	}
	return m.Global
}

// Without returns m with feature f switched off in every vector: for
// ablation.
func (m Model) Without(f Feature) Model {
	out := Model{Global: m.Global.Without(f), Boost: m.Boost.Without(f)}
	if m.Kinds != nil {
		out.Kinds = map[string]Weights{}
		for k, w := range m.Kinds {
			out.Kinds[k] = w.Without(f)
		}
	}
	return out
}

// Rank is where e's first gold candidate ranks under the vector of e's
// kind and the trees.
func (m Model) Rank(e Example) int {
	return e.RankBy(func(f Features) float64 { return m.Score(e.Kind, f) })
}

// KindOptions say whether and how FitModel fits a vector per kind.
type KindOptions struct {
	// Min, when above zero, is how many examples a kind needs to have
	// its own vector; fewer, and it shares the global one.
	Min int
	// Shrink holds a kind's vector to the shared one: the reciprocal
	// rank, summed over the kind's examples, a weight must buy per unit
	// it moves from the shared vector's value. Summed rather than
	// averaged, so that a kind with few questions, whose gains are
	// likelier noise, is held closer.
	Shrink float64
}

// FitModel fits the shared vector on every example (see Fit) and, when
// o.Kinds.Min is above zero, each kind's own starting from the shared
// one and penalised by its distance from it.
func FitModel(examples []Example, o Options) Model {
	m := fitKinds(examples, Fit(examples, o), o)
	if o.Boost.Trees > 0 {
		m.Boost = FitBoost(withOff(examples, o.Off), m, o.Boost)
	}
	return m
}

// withOff returns examples with the features off read as zero, copied
// where any is off, so that trees grown on them never split on a
// feature the weights hold at zero (and -off ablates the trees too).
func withOff(examples []Example, off []Feature) []Example {
	if len(off) == 0 {
		return examples
	}
	out := make([]Example, len(examples))
	for i, e := range examples {
		e.Candidates = slices.Clone(e.Candidates)
		for j := range e.Candidates {
			for _, f := range off {
				e.Candidates[j][f] = 0
			}
		}
		out[i] = e
	}
	return out
}

// fitKinds fits each kind's vector from global, fitted already.
func fitKinds(examples []Example, global Weights, o Options) Model {
	m := Model{Global: global}
	if o.Kinds.Min <= 0 {
		return m
	}
	byKind := map[string][]Example{}
	for _, e := range examples {
		byKind[e.Kind] = append(byKind[e.Kind], e)
	}
	for _, k := range slices.Sorted(maps.Keys(byKind)) {
		es := byKind[k]
		if len(es) < o.Kinds.Min {
			continue
		}
		set := newFitSet(es, m.Global)
		set.center = m.Global
		if m.Kinds == nil {
			m.Kinds = map[string]Weights{}
		}
		m.Kinds[k] = ascend(set, m.Global, o.Kinds.Shrink/float64(len(es)), o)
	}
	return m
}

// EvaluateModel scores m on examples, each by its kind's vector.
func EvaluateModel(examples []Example, m Model) Metrics {
	var out Metrics
	for _, e := range examples {
		out.add(m.Rank(e))
	}
	return out.mean()
}

// CrossValidateShrinks cross-validates a vector per kind with each of
// shrinks in turn (o.Kinds.Min kinds; see CrossValidate), fitting the
// shared vector once per fold: out[i] are the held-out questions under
// shrinks[i], and single those under the shared vector alone. It is for
// choosing Shrink; all are in the order CrossValidate gives.
func CrossValidateShrinks(examples []Example, o Options, shrinks []float64) (single []Held, out [][]Held) {
	out = make([][]Held, len(shrinks))
	eachFold(examples, o, func(k int, train, test []Example) {
		fit := o
		fit.Start = Weights{}
		global := Fit(train, fit)
		for _, e := range test {
			single = append(single, Held{e, e.Rank(global), k})
		}
		for i, s := range shrinks {
			fit.Kinds.Shrink = s
			m := fitKinds(train, global, fit)
			for _, e := range test {
				out[i] = append(out[i], Held{e, m.Rank(e), k})
			}
		}
	})
	return single, out
}
