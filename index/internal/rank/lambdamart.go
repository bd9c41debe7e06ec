package rank

import (
	"math"
	"slices"
	"sort"
)

// BoostOptions say how FitBoost grows its trees.
type BoostOptions struct {
	Trees   int     // how many trees
	Depth   int     // splits from the root to a leaf, at most
	Rate    float64 // each tree's values are shrunk by this factor
	MinLeaf int     // candidates a leaf holds at least
}

// DefaultBoost are the usual small settings for a few thousand
// questions: chosen before any fitting, not tuned on the questions.
func DefaultBoost() BoostOptions {
	return BoostOptions{Trees: 150, Depth: 3, Rate: 0.1, MinLeaf: 50}
}

// maxBins bounds how many thresholds a feature's split may try: its
// training values' quantiles.
const maxBins = 32

// boostSet is the training candidates flattened: each candidate's
// features, binned, its question, whether it answers, its tier and its
// current score.
type boostSet struct {
	feats  []Features
	bins   [][NumFeatures]uint8
	edges  [NumFeatures][]float64
	groups [][]int // the candidates of each question, in their order
	gold   []bool
	tier   []int
	score  []float64
}

// FitBoost grows trees by LambdaMART on examples, starting from m's
// scores: each tree is fitted by Newton steps to the gradients of
// pairwise swaps weighted by the change in NDCG they would make.
func FitBoost(examples []Example, m Model, o BoostOptions) Boost {
	set := newBoostSet(examples, m)
	var b Boost
	grad := make([]float64, len(set.feats))
	hess := make([]float64, len(set.feats))
	for range o.Trees {
		set.gradients(grad, hess)
		t := set.grow(grad, hess, o)
		for n := range t {
			t[n].Value *= o.Rate
		}
		for i := range set.feats {
			set.score[i] += t.value(&set.feats[i])
		}
		b.Trees = append(b.Trees, t)
	}
	return b
}

func newBoostSet(examples []Example, m Model) *boostSet {
	s := &boostSet{}
	for _, e := range examples {
		var g []int
		for i, f := range e.Candidates {
			g = append(g, len(s.feats))
			s.feats = append(s.feats, f)
			s.gold = append(s.gold, e.Gold[i])
			s.tier = append(s.tier, e.tier(i))
			s.score = append(s.score, m.Score(e.Kind, f))
		}
		s.groups = append(s.groups, g)
	}
	s.binFeatures()
	return s
}

// binFeatures sets each feature's thresholds (midpoints between its
// distinct values, or its quantiles when there are many) and each
// candidate's bin under them.
func (s *boostSet) binFeatures() {
	for f := range NumFeatures {
		vals := make([]float64, len(s.feats))
		for i, x := range s.feats {
			vals[i] = x[f]
		}
		slices.Sort(vals)
		s.edges[f] = thresholds(slices.Compact(vals))
	}
	s.bins = make([][NumFeatures]uint8, len(s.feats))
	for i, x := range s.feats {
		for f := range NumFeatures {
			s.bins[i][f] = uint8(sort.SearchFloat64s(s.edges[f], x[f]))
		}
	}
}

// thresholds are the split points of sorted distinct values.
func thresholds(vals []float64) []float64 {
	var out []float64
	if len(vals) <= maxBins {
		for i := 0; i+1 < len(vals); i++ {
			out = append(out, (vals[i]+vals[i+1])/2)
		}
		return out
	}
	for b := 1; b < maxBins; b++ {
		if v := vals[b*len(vals)/maxBins]; len(out) == 0 || out[len(out)-1] < v {
			out = append(out, v)
		}
	}
	return out
}

// gradients sets LambdaMART's first and second derivatives: for each
// answering candidate and each other of the same tier, the pull of the
// pair, weighted by how much swapping them would change NDCG.
func (s *boostSet) gradients(grad, hess []float64) {
	clear(grad)
	clear(hess)
	for _, g := range s.groups {
		pos := s.positions(g)
		for a, i := range g {
			if !s.gold[i] {
				continue
			}
			for b, j := range g {
				if s.gold[j] || s.tier[j] != s.tier[i] {
					continue
				}
				d := math.Abs(1/math.Log2(1+pos[a]) - 1/math.Log2(1+pos[b]))
				rho := 1 / (1 + math.Exp(s.score[i]-s.score[j]))
				grad[i] += rho * d
				grad[j] -= rho * d
				h := d * rho * (1 - rho)
				hess[i] += h
				hess[j] += h
			}
		}
	}
}

// positions are the 1-based ranks of a question's candidates g (by
// tier, then score, then order), indexed as g is.
func (s *boostSet) positions(g []int) []float64 {
	order := make([]int, len(g))
	for a := range order {
		order[a] = a
	}
	sort.SliceStable(order, func(x, y int) bool {
		i, j := g[order[x]], g[order[y]]
		if s.tier[i] != s.tier[j] {
			return s.tier[i] > s.tier[j]
		}
		return s.score[i] > s.score[j]
	})
	pos := make([]float64, len(g))
	for p, a := range order {
		pos[a] = float64(p + 1)
	}
	return pos
}

// grow fits one tree to the gradients.
func (s *boostSet) grow(grad, hess []float64, o BoostOptions) Tree {
	all := make([]int, len(s.feats))
	for i := range all {
		all[i] = i
	}
	var t Tree
	s.growNode(&t, all, 0, grad, hess, o)
	return t
}

// growNode appends the node for candidates idx at depth d (and its
// subtree) to t, returning its number.
func (s *boostSet) growNode(t *Tree, idx []int, d int, grad, hess []float64, o BoostOptions) int {
	n := len(*t)
	G, H := sums(idx, grad, hess)
	*t = append(*t, Node{Value: G / (H + 1)})
	if d == o.Depth {
		return n
	}
	f, bin, ok := s.bestSplit(idx, grad, hess, G, H, o.MinLeaf)
	if !ok {
		return n
	}
	var left, right []int
	for _, i := range idx {
		if int(s.bins[i][f]) <= bin {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	l := s.growNode(t, left, d+1, grad, hess, o)
	r := s.growNode(t, right, d+1, grad, hess, o)
	(*t)[n] = Node{Feature: f, Threshold: s.edges[f][bin], Left: l, Right: r}
	return n
}

func sums(idx []int, grad, hess []float64) (G, H float64) {
	for _, i := range idx {
		G += grad[i]
		H += hess[i]
	}
	return G, H
}

// bestSplit is the feature and bin whose split of idx gains most
// (Newton's gain, with a unit ridge), each side holding minLeaf at least.
func (s *boostSet) bestSplit(idx []int, grad, hess []float64, G, H float64, minLeaf int) (Feature, int, bool) {
	best, bf, bb := 0.0, Feature(0), -1
	base := G * G / (H + 1)
	for f := range NumFeatures {
		var hg, hh [maxBins + 1]float64
		var hc [maxBins + 1]int
		for _, i := range idx {
			b := s.bins[i][f]
			hg[b] += grad[i]
			hh[b] += hess[i]
			hc[b]++
		}
		var gl, hl float64
		cl := 0
		for b := range s.edges[f] {
			gl, hl, cl = gl+hg[b], hl+hh[b], cl+hc[b]
			if cl < minLeaf || len(idx)-cl < minLeaf {
				continue
			}
			if gain := gl*gl/(hl+1) + (G-gl)*(G-gl)/(H-hl+1) - base; gain > best {
				best, bf, bb = gain, f, b
			}
		}
	}
	return bf, bb, bb >= 0
}
