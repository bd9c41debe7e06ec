package index

import (
	"context"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// Explained is one candidate paragraph for a question, with what the
// re-ranker read off it. The weight fitter (internal/fit) learns from
// these; they also say why a paragraph ranks where it does.
type Explained struct {
	Briefing  string
	Paragraph int
	Text      string
	// Tier ranks before score: higher when the paragraph holds one of
	// the question's names or the question names none, and when it is
	// prose rather than a title line (see ranker.tier).
	Tier     int
	Features rank.Features
	// Kind is the kind of answer the candidates were scored for ("who",
	// "when", …; "" for none), which chooses the weights.
	Kind string
}

// Explain returns the candidates the re-ranker sees for question, in
// bleve's order, with their features.
func (ix *Index) Explain(ctx context.Context, question string) ([]Explained, error) {
	pl := ix.buildQuery(question)
	if pl.query == nil {
		return nil, nil
	}
	hits, _, err := ix.topHits(ctx, pl.query, candidates)
	if err != nil {
		return nil, err
	}
	cs, err := ix.candidates(ctx, pl, hits, nil)
	if err != nil {
		return nil, err
	}
	pl.topic, pl.pervasive = ix.topicShares(pl), ix.pervasiveAnchors(pl)
	kind := pl.answer
	if ix.ranker.rerank(cs, pl, ix.about) {
		if fb, ok := ix.ranker.fallback(pl); ok {
			kind = fb.answer
		}
	}
	out := make([]Explained, len(cs))
	for i, c := range cs {
		p, b, err := ix.paragraph(c.id)
		if err != nil {
			return nil, err
		}
		text, err := b.Text(p.Number)
		if err != nil {
			return nil, err
		}
		out[i] = Explained{Briefing: c.slug, Paragraph: c.para, Text: text, Tier: ix.ranker.tier(c), Features: c.features, Kind: kind.String()}
	}
	return out, nil
}
