package index

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
)

// namesFile holds the corpus's proper names and their mentions by
// briefing (properNames) beside a
// persisted index, so that reopening an unchanged corpus does not scan all
// its text again before answering. The folder it lives in is named after
// the mapping version and the corpus hash (text and extractor version), so
// it cannot describe another corpus; its own name carries the version of
// properNames' rules, which a change to them must bump.
const namesFile = "names-v2.gob"

// versionDir is the folder openOrBuild keeps the index of hash in.
func versionDir(root, hash string) string {
	return filepath.Join(filepath.Clean(root), versionPrefix+mappingVersion+"-"+hash[:24])
}

// storedNames is namesFile's content: the names sorted, and each one's
// mentions in briefing order, so the file is the same in every process.
type storedNames struct {
	Words    []string
	Mentions [][]mention
}

// readNames loads the stored proper names from dir.
func readNames(dir string) (properNouns, error) {
	f, err := os.Open(filepath.Join(dir, namesFile))
	if err != nil {
		return properNouns{}, err
	}
	defer f.Close()
	var st storedNames
	if err := gob.NewDecoder(bufio.NewReader(f)).Decode(&st); err != nil {
		return properNouns{}, fmt.Errorf("%s: %w", namesFile, err)
	}
	if len(st.Words) == 0 || len(st.Mentions) != len(st.Words) {
		return properNouns{}, errors.New(namesFile + ": empty or uneven")
	}
	pn := properNouns{words: make(map[string]bool, len(st.Words)), mentions: make(map[string][]mention, len(st.Words))}
	for i, w := range st.Words {
		pn.words[w] = true
		if len(st.Mentions[i]) > 0 {
			pn.mentions[w] = st.Mentions[i]
		}
	}
	return pn, nil
}

// writeNames stores pn in dir, sorted (so the file is the same in every
// process) and atomically.
func writeNames(dir string, pn properNouns) error {
	st := storedNames{Words: slices.Sorted(maps.Keys(pn.words))}
	for _, w := range st.Words {
		ms := slices.Clone(pn.mentions[w])
		slices.SortFunc(ms, func(a, b mention) int { return int(a.Briefing - b.Briefing) })
		st.Mentions = append(st.Mentions, ms)
	}
	tmp, err := os.CreateTemp(dir, namesFile+".*")
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	w := bufio.NewWriter(tmp)
	err = gob.NewEncoder(w).Encode(st)
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
