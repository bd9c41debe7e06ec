package index

import (
	"context"
	"errors"

	bindex "github.com/blevesearch/bleve_index_api"
)

// unknown returns those of words that name a term absent from the text
// field: misspellings, which only a fuzzy clause can match. A word whose
// every term the index holds is spelled as the briefings spell it, and a
// fuzzy clause for it costs more than the exact clauses together while
// rarely changing the ranking. When the dictionary cannot be read, every
// word counts as unknown, as before this check.
func (ix *Index) unknown(words []string) []string {
	if len(words) == 0 {
		return nil
	}
	dict, done, err := ix.textDict()
	if err != nil {
		return words
	}
	defer done()
	var out []string
	for _, w := range words {
		for t := range ix.terms(w) {
			if ok, err := dict.Contains([]byte(t)); err != nil || !ok {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// textDict opens the text field's term dictionary for look-ups, and the
// function that releases it.
func (ix *Index) textDict() (bindex.FieldDictContains, func(), error) {
	r, err := ix.reader()
	if err != nil {
		return nil, nil, err
	}
	type containser interface {
		FieldDictContains(field string) (bindex.FieldDictContains, error)
	}
	c, ok := r.(containser)
	if !ok {
		r.Close()
		return nil, nil, errNoDictLookup
	}
	dict, err := c.FieldDictContains("text")
	if err != nil {
		r.Close()
		return nil, nil, err
	}
	return dict, func() { r.Close() }, nil
}

// reader opens the index for reading; the caller closes it.
func (ix *Index) reader() (bindex.IndexReader, error) {
	adv, err := ix.idx.Advanced()
	if err != nil {
		return nil, err
	}
	return adv.Reader()
}

var errNoDictLookup = errors.New("index: term dictionary look-ups unsupported")

// Above both of these, a word counts as common: it is in more than one
// paragraph in commonShare of the index and in more than commonFloor
// paragraphs. The share keeps the test relative to the corpus (a word in
// a third of a briefing's paragraphs tells little about any of them); the
// floor keeps it to postings long enough that a phrase over them costs
// more than a plain match, so small briefings keep every phrase.
const (
	commonShare = 50
	commonFloor = 2000
)

// commonLimit is the number of paragraphs, of an index of n, above which
// a term counts as common.
func commonLimit(n uint64) uint64 { return max(n/commonShare, commonFloor) }

// common returns the set of terms, among terms, that the text field holds
// in so many paragraphs that a phrase of two of them costs milliseconds
// at scale and, matching thousands of paragraphs, barely moves a ranking.
// When the index cannot be read, no term is common.
func (ix *Index) common(terms []string) map[string]bool {
	out := map[string]bool{}
	r, err := ix.reader()
	if err != nil {
		return out
	}
	defer r.Close()
	n, err := r.DocCount()
	if err != nil {
		return out
	}
	limit := commonLimit(n)
	for _, t := range terms {
		tfr, err := r.TermFieldReader(context.Background(), []byte(t), "text", false, false, false)
		if err != nil {
			continue
		}
		if tfr.Count() > limit {
			out[t] = true
		}
		tfr.Close()
	}
	return out
}
