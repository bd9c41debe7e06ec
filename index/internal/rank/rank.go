// Package rank is the re-ranker's model: the features it reads off a
// candidate paragraph, the weights that combine them, and the fitting of
// those weights to judged questions. It knows nothing of bleve or of text;
// package index computes the features and package fit (internal/fit)
// refits the weights.
package rank

// Feature names one input of the re-ranking score. Every value lies in
// [0, 1].
type Feature int

const (
	// BM25 is bleve's score, scaled so that the best candidate scores 1.
	BM25 Feature = iota
	// Exact is the share of concepts held by the question's own words.
	Exact
	// Proximity is how tightly the concepts found cluster.
	Proximity
	// Answer is 1 when a sentence holds the kind of answer the question
	// asks for next to its subject, 0.5 when the paragraph holds one
	// elsewhere, 0 when it holds none (and 0 when the question's form asks
	// for no particular kind).
	Answer
	// Asks is 1 for a paragraph that asks a question (a reporter's turn
	// in a transcript): the answer is the next paragraph.
	Asks
	// Focus is 1 when the kind of answer asked for stands a few words
	// from what the question asks about: the count before the thing
	// counted, the date beside the event.
	Focus
	// Cause and Gloss are the shares of the
	// question's concepts the paragraph holds only by a word WordNet
	// links to the question's by that relation, and by no form or
	// synonym: "killed" for "died" (cause), "captured" for "fell"
	// (gloss). Each relation is priced on its own.
	Cause
	Gloss
	// Topic is, averaged over the question's names, the share of the
	// corpus's mentions of the name that stand in the paragraph's
	// briefing: in a corpus of several briefings, a question naming a
	// place or a faction prefers the briefing about it. 0 when the
	// question names nothing, for every candidate alike.
	Topic
	// Section is the share of the question's concepts held by the
	// paragraph's section heading and the candidates under it together:
	// an answer may lean on what its heading and section say.
	Section
	// NumFeatures counts the features.
	NumFeatures
)

var names = [NumFeatures]string{"bm25", "exact", "proximity", "answer", "asks", "focus", "cause", "gloss", "topic", "section"}

func (f Feature) String() string {
	if f < 0 || f >= NumFeatures {
		return "feature?"
	}
	return names[f]
}

// Features are one candidate's feature values, indexed by Feature.
type Features [NumFeatures]float64

// Weights combine features into a score, indexed by Feature.
type Weights [NumFeatures]float64

// Score is the weighted sum of f.
func (w Weights) Score(f Features) float64 {
	s := 0.0
	for i, v := range f {
		s += w[i] * v
	}
	return s
}

// Without returns w with feature f switched off: for ablation.
func (w Weights) Without(f Feature) Weights {
	w[f] = 0
	return w
}
