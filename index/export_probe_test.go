package index

import (
	"context"
	"maps"
	"slices"
)

// Candidates is how many hits the re-ranker sees, for the recall probe.
const Candidates = candidates

// FirstPass returns the briefing slugs and texts of the first n hits of
// question's ranking query, in bleve's order: where the answer stands
// before any re-ranking, for the recall probe.
func (ix *Index) FirstPass(ctx context.Context, question string, n int) (slugs, texts []string, err error) {
	pl := ix.buildQuery(question)
	if pl.query == nil {
		return nil, nil, nil
	}
	hits, _, err := ix.topHits(ctx, pl.query, n)
	if err != nil {
		return nil, nil, err
	}
	for _, h := range hits {
		p, b, err := ix.paragraph(h.ID)
		if err != nil {
			return nil, nil, err
		}
		slugs = append(slugs, b.Slug)
		texts = append(texts, p.Text)
	}
	return slugs, texts, nil
}

// QuestionTerms are the terms of question's own words and names, each
// once, sorted: the terms its concepts hold exactly (for the briefing
// probe).
func (ix *Index) QuestionTerms(question string) []string {
	set := map[string]bool{}
	for _, c := range ix.buildQuery(question).concepts {
		for t := range c.exact {
			set[t] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// TermSpreads is, for each term of the corpus, how many paragraphs of
// each briefing (by slug) hold it: how the term is spread over the
// briefings, for the briefing probe. It analyses the whole text.
func (ix *Index) TermSpreads() map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, b := range ix.corpus.Briefings {
		for _, p := range b.Paragraphs {
			for t := range ix.terms(p.Text) {
				if out[t] == nil {
					out[t] = map[string]int{}
				}
				out[t][b.Slug]++
			}
		}
	}
	return out
}
