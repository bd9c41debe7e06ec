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
	// Coverage is the share of the question's concepts the paragraph
	// holds, by the word itself or a related form or synonym.
	Coverage
	// Exact is the share of concepts held by the question's own words.
	Exact
	// Proximity is how tightly the concepts found cluster.
	Proximity
	// Anchors is the share of the question's names (factions, people,
	// places) the paragraph holds; 1 when the question names none.
	Anchors
	// Answer is 1 when a sentence holds the kind of answer the question
	// asks for next to its subject, 0.5 when the paragraph holds one
	// elsewhere, 0 when it holds none (and 0 when the question's form asks
	// for no particular kind).
	Answer
	// Subject is 1 when a sentence of the paragraph defines one of the
	// question's names ("X is a …"): a paragraph about what the question
	// names.
	Subject
	// Asks is 1 for a paragraph that asks a question (a reporter's turn
	// in a transcript): the answer is the next paragraph.
	Asks
	// Context is the share of the question's concepts held by the
	// candidates of the paragraph's briefing taken together: in a corpus
	// of several, the briefing that covers the whole question is likelier
	// to be the one asked about.
	Context
	// Focus is 1 when the kind of answer asked for stands a few words
	// from what the question asks about: the count before the thing
	// counted, the date beside the event.
	Focus
	// Cause is the share of the question's concepts the paragraph
	// holds only by a word WordNet links to the question's as cause or
	// effect, and by no form or synonym: "killed" for "died". (The
	// gloss link, "captured" for "fell", was a feature of its own until
	// the boosted trees: cross-validated, it bought nothing more.)
	Cause
	// Topic is, averaged over the question's names, the share of the
	// corpus's mentions of the name that stand in the paragraph's
	// briefing: in a corpus of several briefings, a question naming a
	// place or a faction prefers the briefing about it. 0 when the
	// question names nothing, for every candidate alike.
	Topic
	// Neighbours is the share of the question's concepts held by the
	// paragraph and the candidates next to it together, and Section the
	// share held by its section's heading and the candidates under it
	// together: an answer may lean on what the paragraphs around it say.
	Neighbours
	Section
	// First is Coverage when no earlier paragraph of the same briefing
	// among the candidates holds every question concept this one holds
	// (the first telling of a fact), 0 otherwise. Reports and
	// transcripts tell a fact again in later dispatches and answers, in
	// passing, and a fact sheet's chronology repeats its summary; a
	// thing is defined where it is first named.
	First
	// Bridge is, over the question's concepts the paragraph does not
	// hold by a word, form or synonym, the summed strength of the
	// strongest learned bridge it holds for each (index/bridges.txt:
	// "killed" for "died", "headed" for "runs"), divided by the number
	// of concepts: how people ask tied to how texts answer, where
	// WordNet has no link.
	Bridge
	// Headed is the share of the question's concepts the paragraph
	// holds itself or by the headings it stands under (the briefing's
	// title, its section's heading, its report's dateline): a briefing
	// on a coup rarely says "coup" in the paragraph that dates it, so a
	// paragraph that repeats a word of the title should not outrank the
	// one that answers on that word alone.
	Headed
	// Early is 1 − min(w, 20)/20, where w is the number of the
	// paragraph's own words (not a lead-in's) before the first word of
	// any question concept, and 0 when it holds none: how early the
	// paragraph raises the question's subject, whatever its length.
	Early
	// NumFeatures counts the features.
	NumFeatures
)

var names = [NumFeatures]string{"bm25", "coverage", "exact", "proximity", "anchors", "answer", "subject", "asks", "context", "focus", "cause", "topic", "neighbours", "section", "first", "bridge", "headed", "early"}

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
