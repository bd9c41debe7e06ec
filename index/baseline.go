package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/briefbot/briefbot/corpus"
)

// Baseline is plain bleve over the same paragraphs as Index: bleve's own
// "en" analyzer, BM25, and one match query per question, with no query
// expansion and no re-ranking. It exists so that evaluation always shows
// what briefbot's ranking adds over an engine nobody tuned; it is never
// served.
type Baseline struct {
	idx    bleve.Index
	corpus *corpus.Corpus
}

// baselineDoc is one paragraph as the baseline indexes it: the text alone,
// without the lead-in Index prepends to quotations.
type baselineDoc struct {
	Text string `json:"text"`
}

// BuildBaseline indexes every paragraph of c in memory.
func BuildBaseline(ctx context.Context, c *corpus.Corpus) (*Baseline, error) {
	m := mapping.NewIndexMapping()
	m.DefaultAnalyzer = en.AnalyzerName
	m.ScoringModel = bindex.BM25Scoring
	idx, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: baseline: %w", err)
	}
	batch := idx.NewBatch()
	for _, b := range c.Briefings {
		for _, p := range b.Paragraphs {
			text, err := b.Text(p.Number)
			if err == nil {
				err = batch.Index(docID(b.Slug, p.Number), baselineDoc{Text: text})
			}
			if err != nil {
				idx.Close()
				return nil, fmt.Errorf("index: baseline: %s ¶%d: %w", b.Slug, p.Number, err)
			}
		}
	}
	if err := flush(ctx, idx, batch); err != nil {
		idx.Close()
		return nil, err
	}
	return &Baseline{idx: idx, corpus: c}, nil
}

// Search ranks paragraphs by one BM25 match query on question and returns
// those at ranks offset+1 … offset+k, ties in document ID order. Excerpts
// are the paragraph text.
func (bl *Baseline) Search(ctx context.Context, question string, k, offset int) (corpus.Results, error) {
	res := corpus.Results{Question: question}
	q := query.NewMatchQuery(question)
	q.SetField("text")
	req := bleve.NewSearchRequestOptions(q, k, max(offset, 0), false)
	// Equal scores are ordered by document ID, so that every process
	// ranks alike and the baseline's figures do not wander between runs.
	req.SortBy([]string{"-_score", "_id"})
	sr, err := bl.idx.SearchInContext(ctx, req)
	if err != nil {
		return res, fmt.Errorf("index: baseline search: %w", err)
	}
	res.Total = int(sr.Total)
	for i, h := range sr.Hits {
		slug, n, ok := parseDocID(h.ID)
		b := bl.corpus.Briefing(slug)
		if !ok || b == nil || n < 1 || n > len(b.Paragraphs) {
			return res, fmt.Errorf("index: baseline: unknown document %q", h.ID)
		}
		p := b.Paragraphs[n-1]
		if p.Text, err = b.Text(n); err != nil {
			return res, fmt.Errorf("index: baseline: %w", err)
		}
		res.Passages = append(res.Passages, corpus.Passage{
			Rank: max(offset, 0) + i + 1, Score: h.Score, Briefing: slug, Title: b.Title,
			Paragraph: n, Section: p.Section, Text: p.Text, Excerpt: p.Text,
			Citation: b.Ref(n).Citation(), URL: b.URL,
		})
	}
	return res, nil
}

// Close releases the index.
func (bl *Baseline) Close() error { return bl.idx.Close() }
