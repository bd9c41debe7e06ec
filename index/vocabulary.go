package index

import (
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
	adv, err := ix.idx.Advanced()
	if err != nil {
		return nil, nil, err
	}
	r, err := adv.Reader()
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

var errNoDictLookup = errors.New("index: term dictionary look-ups unsupported")
