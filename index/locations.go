package index

import (
	"maps"
	"slices"

	"github.com/blevesearch/bleve/v2/search/query"
)

// locationQuery is a query that finds, in any paragraph matching q, the
// same term locations in the text field as q does, at less cost: a term
// that a term or match clause looks for is found wherever it stands, so
// it is read once, by a term query, however many clauses look for it, and
// a phrase is kept only for a term no such clause looks for (there only
// its occurrences in the phrase count). Scores are left out. A clause
// locationQuery cannot read (another kind of query, an operator, a
// fuzziness, another analyzer) makes it return q itself.
func (ix *Index) locationQuery(q query.Query) query.Query {
	lq := locQuery{all: map[string]bool{}}
	if !lq.read(ix, q) {
		return q
	}
	out := termsQuery(slices.Sorted(maps.Keys(lq.all)))
	for _, ph := range lq.phrases {
		if !lq.covers(ix, ph.MatchPhrase) {
			out.AddQuery(ph)
		}
	}
	return out
}

// locQuery is what a query looks for in the text field: terms wherever
// they stand, and phrases.
type locQuery struct {
	all     map[string]bool
	phrases []*query.MatchPhraseQuery
}

// read adds q's clauses on the text field and reports whether it could
// read them all.
func (lq *locQuery) read(ix *Index, q query.Query) bool {
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		if q.Min > 0 {
			return false
		}
		for _, d := range q.Disjuncts {
			if !lq.read(ix, d) {
				return false
			}
		}
		return true
	case *query.TermQuery:
		return lq.term(q.FieldVal, q.Term)
	case *query.MatchQuery:
		return lq.match(ix, q)
	case *query.MatchPhraseQuery:
		if q.FieldVal == "text" && q.Analyzer == "" && q.Fuzziness == 0 {
			lq.phrases = append(lq.phrases, q)
		}
		return q.FieldVal != ""
	}
	return false
}

// term adds a term query's term when it is on the text field.
func (lq *locQuery) term(field, term string) bool {
	if field == "text" {
		lq.all[term] = true
	}
	return field != ""
}

// match adds the terms of a match query on the text field: each is one
// term query of a disjunction.
func (lq *locQuery) match(ix *Index, q *query.MatchQuery) bool {
	switch {
	case q.FieldVal == "":
		return false
	case q.FieldVal != "text":
		return true
	case q.Analyzer != "" || q.Fuzziness != 0 || q.Operator != query.MatchQueryOperatorOr:
		return false
	}
	for _, tok := range ix.analyzer.Analyze([]byte(q.Match)) {
		lq.all[string(tok.Term)] = true
	}
	return true
}

// covers reports whether every term of text is looked for wherever it
// stands, so a phrase of it finds no location the terms do not.
func (lq *locQuery) covers(ix *Index, text string) bool {
	for _, tok := range ix.analyzer.Analyze([]byte(text)) {
		if !lq.all[string(tok.Term)] {
			return false
		}
	}
	return true
}
