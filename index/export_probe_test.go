package index

import "context"

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

// TermSpreads returns, for each of question's own terms, how many
// paragraphs of each briefing (by slug) hold it: for the briefing probe.
func (ix *Index) TermSpreads(question string) map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, t := range questionTerms(ix.buildQuery(question)) {
		out[t] = map[string]int{}
		for _, m := range ix.spread[t].by {
			out[t][ix.corpus.Briefings[m.Briefing].Slug] = int(m.N)
		}
	}
	return out
}
