package index

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// namesFile holds the corpus's proper names (properNames) beside a
// persisted index, so that reopening an unchanged corpus does not scan all
// its text again before answering. The folder it lives in is named after
// the mapping version and the corpus hash (text and extractor version), so
// it cannot describe another corpus; its own name carries the version of
// properNames' rules, which a change to them must bump.
const namesFile = "names-v1.gob"

// versionDir is the folder openOrBuild keeps the index of hash in.
func versionDir(root, hash string) string {
	return filepath.Join(filepath.Clean(root), versionPrefix+mappingVersion+"-"+hash[:24])
}

// readNames loads the stored proper names from dir.
func readNames(dir string) (map[string]bool, error) {
	f, err := os.Open(filepath.Join(dir, namesFile))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var words []string
	if err := gob.NewDecoder(bufio.NewReader(f)).Decode(&words); err != nil {
		return nil, fmt.Errorf("%s: %w", namesFile, err)
	}
	if len(words) == 0 {
		return nil, errors.New(namesFile + ": empty")
	}
	names := make(map[string]bool, len(words))
	for _, w := range words {
		names[w] = true
	}
	return names, nil
}

// writeNames stores names in dir, sorted (so the file is the same in every
// process) and atomically.
func writeNames(dir string, names map[string]bool) error {
	words := make([]string, 0, len(names))
	for w := range names {
		words = append(words, w)
	}
	slices.Sort(words)
	tmp, err := os.CreateTemp(dir, namesFile+".*")
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	w := bufio.NewWriter(tmp)
	err = gob.NewEncoder(w).Encode(words)
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(dir, namesFile))
	}
	if err != nil {
		return fmt.Errorf("index: store names: %w", err)
	}
	return nil
}
