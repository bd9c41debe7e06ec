package index

import (
	"maps"
	"slices"
)

// topicShares says, for each briefing of the corpus (by slug), how much
// the question is about it: for each of the question's names, the share
// of the corpus's mentions of it that stand in that briefing, relative
// to the briefing that mentions it most, averaged over the names. In a
// corpus of several briefings a question naming Gbagbo is likelier about
// the briefing that names him forty times than about the one that names
// him twice. A question naming nothing gets no shares (nil): it is not
// pushed towards any briefing. Mentions were counted when the corpus's
// names were (properNames), so this reads nothing from the index.
func (ix *Index) topicShares(pl plan) map[string]float64 {
	if len(pl.anchors) == 0 {
		return nil
	}
	out := map[string]float64{}
	for _, a := range pl.anchors {
		for b, share := range anchorShares(a, ix.mentions) {
			out[ix.corpus.Briefings[b].Slug] += share / float64(len(pl.anchors))
		}
	}
	return out
}

// anchorShares is, by briefing number, the share of the mentions of a
// that stand in it, averaged over a's forms the text names (an acronym
// and its long name have one voice each), and divided by the largest:
// the briefing that names a most scores 1. A form's mentions in a
// briefing are those of its scarcest slot there, about the times the
// whole form stands in it.
func anchorShares(a anchor, mentions map[string][]mention) map[int32]float64 {
	out := map[int32]float64{}
	for _, form := range a.forms {
		counts := formCounts(form, mentions)
		total := int32(0)
		for _, n := range counts {
			total += n
		}
		for b, n := range counts {
			if n > 0 {
				out[b] += float64(n) / float64(total)
			}
		}
	}
	top := 0.0
	for _, v := range out {
		top = max(top, v)
	}
	for b := range out {
		out[b] /= top
	}
	return out
}

// formCounts is, by briefing number, the mentions of a form's scarcest
// slot; a slot's are those of all its words.
func formCounts(form []map[string]bool, mentions map[string][]mention) map[int32]int32 {
	var out map[int32]int32
	for i, slot := range form {
		counts := map[int32]int32{}
		for _, w := range slices.Sorted(maps.Keys(slot)) {
			for _, m := range mentions[w] {
				counts[m.Briefing] += m.N
			}
		}
		if i == 0 {
			out = counts
			continue
		}
		for b, n := range out {
			out[b] = min(n, counts[b])
		}
	}
	return out
}

// pervasiveAnchors says, for each of the question's names, in which
// briefings it is pervasive: named (in its most used form) at least
// pervasiveShare times per paragraph, and pervasiveMentions times in all. A briefing about Figueres names
// him in most of its paragraphs; there, holding "Figueres" tells a
// paragraph nothing about "where was Figueres's headquarters", and the
// paragraph that says where the rebels' headquarters were, without
// naming him, should not rank below every one that names him.
func (ix *Index) pervasiveAnchors(pl plan) []map[string]bool {
	if len(pl.anchors) == 0 || ix.ranker.noPervasive {
		return nil
	}
	out := make([]map[string]bool, len(pl.anchors))
	for i, a := range pl.anchors {
		dense := map[int32]float64{}
		for _, form := range a.forms {
			for b, n := range formCounts(form, ix.mentions) {
				paras := len(ix.corpus.Briefings[b].Paragraphs)
				if paras > 0 && n >= pervasiveMentions {
					dense[b] = max(dense[b], float64(n)/float64(paras))
				}
			}
		}
		for b, d := range dense {
			if d >= pervasiveShare {
				if out[i] == nil {
					out[i] = map[string]bool{}
				}
				out[i][ix.corpus.Briefings[b].Slug] = true
			}
		}
	}
	return out
}

// pervasiveShare is how many times per paragraph a briefing names a name
// pervasive in it: a quarter (on the development questions 0.15 to 0.35
// do alike, above that fewer names count, and at 0.5 the gain is gone).
const pervasiveShare = 0.25

// pervasiveMentions is the fewest times a briefing names a name pervasive
// in it: in a short text a name said twice is not what the whole text is
// about.
const pervasiveMentions = 10
