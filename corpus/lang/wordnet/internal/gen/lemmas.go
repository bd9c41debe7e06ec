package gen

import (
	"bufio"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/briefbot/briefbot/corpus/lang/internal/wnfile"
)

// writeLemmas writes every one-word lemma of the four index files and
// every irregular form of the exception lists, lower case, sorted, one a
// line: the English vocabulary WordNet knows, against which a word a text
// explains can be told to be borrowed ("firqat") rather than English.
func writeLemmas(dict, out string) error {
	seen := map[string]bool{}
	for _, p := range posNames {
		err := wnfile.EachIndexEntry(filepath.Join(dict, "index."+p.file), func(e wnfile.IndexEntry) error {
			if w := word(e.Lemma); w != "" {
				seen[w] = true
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("lemmas: %w", err)
		}
	}
	exc, err := exceptions(dict)
	if err != nil {
		return fmt.Errorf("lemmas: %w", err)
	}
	for form := range exc {
		if w := word(form); w != "" {
			seen[w] = true
		}
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, l := range slices.Sorted(maps.Keys(seen)) {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}
