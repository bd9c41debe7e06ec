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
