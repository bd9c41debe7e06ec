package rank

// Boosted trees on top of the weighted sum. A weighted sum cannot say
// "proximity matters only when the names are there" or "a definition
// counts for what-questions that name nothing else": such interactions
// are what regression trees fitted to the weighted sum's mistakes
// (LambdaMART's gradients, Burges 2010) add. The trees are small (depth
// three), their contribution is shrunk (a rate of 0.1), and they are
// fitted on the development questions by the same program as the
// weights, cross-validated by briefing.

// Node is one node of a regression tree: a split on one feature
// (Left > 0: go Left when the feature is at most Threshold, else Right)
// or a leaf holding Value (Left == 0; the root is node 0, so no child is).
type Node struct {
	Feature     Feature
	Threshold   float64
	Left, Right int
	Value       float64
}

// Tree is a regression tree, its root first.
type Tree []Node

// Value is the leaf value f reaches.
func (t Tree) Value(f Features) float64 { return t.value(&f) }

// value is Value reading f in place: Score calls it for every tree on
// every candidate, and a copy of the features per tree cost a third of
// the trees' time.
func (t Tree) value(f *Features) float64 {
	n := 0
	for t[n].Left > 0 {
		if f[t[n].Feature] <= t[n].Threshold {
			n = t[n].Left
		} else {
			n = t[n].Right
		}
	}
	return t[n].Value
}

// Boost is an ensemble of trees whose values add to a candidate's score.
// Off lists features read as zero: for ablation.
type Boost struct {
	Trees []Tree
	Off   []Feature
}

// Score is the sum of the trees' values for f.
func (b Boost) Score(f Features) float64 {
	if len(b.Trees) == 0 {
		return 0
	}
	for _, o := range b.Off {
		f[o] = 0
	}
	s := 0.0
	for _, t := range b.Trees {
		s += t.value(&f)
	}
	return s
}

// Without returns b reading feature f as zero.
func (b Boost) Without(f Feature) Boost {
	b.Off = append(append([]Feature(nil), b.Off...), f)
	return b
}
