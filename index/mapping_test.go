package index

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/briefbot/briefbot/corpus/corpustest"
)

// TestMappingIsSlim guards what mappingVersion 8 took out of the index,
// as the mapping says it and as a built index holds it: no query reads
// bleve's composite _all field, and a section is matched word by word
// (locations come from the text field), so neither may come back
// unnoticed. Only the text field keeps term vectors, for phrases, and
// since mappingVersion 10 they hold word positions without byte offsets
// (a word's offsets come from the text in memory, offsetsByPosition).
func TestMappingIsSlim(t *testing.T) {
	for _, american := range []bool{true, false} {
		m, err := newMapping(american)
		if err != nil {
			t.Fatal(err)
		}
		checkSlimMapping(t, m.DefaultMapping)
	}
	m, err := newMapping(true)
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpustest.Corpus(200, 3)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "idx")
	if err := writeCompact(context.Background(), c, m, path, Options{}, &stages{}); err != nil {
		t.Fatal(err)
	}
	checkSlimIndex(t, path)
}

// checkSlimMapping checks the document mapping: _all disabled, text with
// term vectors, section without, neither in _all nor stored.
func checkSlimMapping(t *testing.T, doc *mapping.DocumentMapping) {
	t.Helper()
	if all, ok := doc.Properties["_all"]; !ok || all.Enabled {
		t.Errorf("the mapping does not disable the _all field (present %v)", ok)
	}
	for _, c := range []struct {
		field   string
		vectors bool
	}{{"text", true}, {"section", false}} {
		fm := doc.Properties[c.field]
		if fm == nil || len(fm.Fields) != 1 {
			t.Errorf("field %s: no single field mapping", c.field)
			continue
		}
		f := fm.Fields[0]
		if f.IncludeTermVectors != c.vectors {
			t.Errorf("field %s: term vectors %v, want %v", c.field, f.IncludeTermVectors, c.vectors)
		}
		if f.IncludeInAll || f.Store || f.DocValues {
			t.Errorf("field %s: in _all %v, stored %v, doc values %v; want none", c.field, f.IncludeInAll, f.Store, f.DocValues)
		}
	}
}

// checkSlimIndex checks the index at path: no _all field, and positions
// in the text field's postings but none in the section field's.
func checkSlimIndex(t *testing.T, path string) {
	t.Helper()
	idx, fields := openFields(t, path)
	defer idx.Close()
	if slices.Contains(fields, "_all") {
		t.Errorf("the built index holds an _all field: %v", fields)
	}
	r := lowReader(t, idx)
	defer r.Close()
	for _, c := range []struct {
		field   string
		vectors bool
	}{{"text", true}, {"section", false}} {
		postings, withVectors, withOffsets := fieldVectors(t, r, c.field)
		if postings == 0 {
			t.Errorf("field %s: no postings to check", c.field)
		}
		if got := withVectors > 0; got != c.vectors {
			t.Errorf("field %s: %d of %d postings carry term vectors, want vectors %v", c.field, withVectors, postings, c.vectors)
		}
		// Positions only: a word's offsets come from the text in memory
		// (offsetsByPosition), so the index keeps none.
		if withOffsets > 0 {
			t.Errorf("field %s: %d of %d postings carry byte offsets in their term vectors, want none", c.field, withOffsets, postings)
		}
	}
}

// fieldVectors counts, over the first terms of field's dictionary, the
// postings, those carrying term vectors and those whose vectors hold
// byte offsets.
func fieldVectors(t *testing.T, r bindex.IndexReader, field string) (postings, withVectors, withOffsets int) {
	t.Helper()
	dict, err := r.FieldDict(field)
	if err != nil {
		t.Fatal(err)
	}
	defer dict.Close()
	for e, err := dict.Next(); e != nil && err == nil && postings < 2000; e, err = dict.Next() {
		tfr, err := r.TermFieldReader(context.Background(), []byte(e.Term), field, true, true, true)
		if err != nil {
			t.Fatal(err)
		}
		for d, err := tfr.Next(nil); d != nil && err == nil; d, err = tfr.Next(nil) {
			postings++
			withVectors += min(len(d.Vectors), 1)
			for _, v := range d.Vectors {
				if v.Start != 0 || v.End != 0 {
					withOffsets++
					break
				}
			}
		}
		tfr.Close()
	}
	return postings, withVectors, withOffsets
}

// openFields opens the index at path read-only and lists its fields;
// the caller closes it.
func openFields(t *testing.T, path string) (bleve.Index, []string) {
	t.Helper()
	idx, err := openReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	fields, err := idx.Fields()
	if err != nil {
		idx.Close()
		t.Fatal(err)
	}
	return idx, fields
}
