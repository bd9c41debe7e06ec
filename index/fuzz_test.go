package index

import (
	"context"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus"
)

// FuzzSearch: any text is a valid question. It yields ranked passages or
// corpus.ErrNoQuery, never a bleve syntax error or a panic.
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{
		"Who leads MUJAO?", `"gates of hell`, "-French +Serval", "/.*/", "hostages^2",
		"text:Gao", "*", "?", "((((", "Bozizé’s", "\u00a0\u200b", "al-Qaeda's AQIM (AQIM)",
		"how many how much when", "@everyone <@123>",
	} {
		f.Add(seed)
	}
	c, err := corpus.Default()
	if err != nil {
		f.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { ix.Close() })
	f.Fuzz(func(t *testing.T, q string) {
		if !utf8.ValidString(q) {
			t.Skip()
		}
		res, err := ix.Search(context.Background(), q, 3, 0)
		if errors.Is(err, corpus.ErrNoQuery) {
			return
		}
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		for i, p := range res.Passages {
			if p.Rank != i+1 || p.Citation == "" || !utf8.ValidString(p.Excerpt) {
				t.Fatalf("%q: bad passage %+v", q, p)
			}
		}
	})
}
