// Package wnfile reads the plain-text files of the WordNet database
// (index.*, data.*, *.exc, cntlist.rev) for the generators under
// corpus/lang, so each reads them alike: a line's fields, the licence
// header skipped, data and index lines parsed into their parts, and an
// error naming the file and line.
package wnfile

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// EachLine calls f with the fields of each line of the WordNet file at
// path, skipping its licence header (lines that open with two spaces) and
// lines with no fields. An error from f stops the reading and is returned with the
// file and line.
func EachLine(path string, f func(fields []string) error) error {
	return eachText(path, func(line string) error {
		if fs := strings.Fields(line); len(fs) > 0 {
			return f(fs)
		}
		return nil
	})
}

// eachText calls f with each line of the file at path but the licence
// header's, and returns f's error with the file and line.
func eachText(path string, f func(line string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue
		}
		if err := f(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Synset is one line of a data file: a set of synonyms, its pointers to
// other synsets and its gloss.
type Synset struct {
	Offset  string
	LexFile string // the lexicographer file's number, two digits ("18": noun.person)
	POS     string // n, v, a, s (satellite adjective) or r
	// Words are the lemmas as written: underscores for spaces, an
	// adjective's syntactic marker kept ("big(a)").
	Words    []string
	Pointers []Pointer
	Gloss    string // definition and examples, after " | ", trimmed
}

// Pointer is a relation from a synset, or from one of its words, to
// another synset or word.
type Pointer struct {
	Symbol      string // "@" hypernym, "@i" instance, "+" derivation, "\" pertainym…
	Offset, POS string // the target synset
	// Source and Target are word numbers, 1-based, or 0 for the whole
	// synset.
	Source, Target int
}

// EachSynset calls f with each synset of the data file at path.
func EachSynset(path string, f func(Synset) error) error {
	return eachText(path, func(line string) error {
		if strings.TrimSpace(line) == "" {
			return nil
		}
		s, err := parseSynset(line)
		if err != nil {
			return err
		}
		return f(s)
	})
}

// parseSynset reads a data line: offset, lexicographer file, part of
// speech, a hexadecimal word count, words with their lexical ids, a
// pointer count, the pointers (symbol, offset, part of speech,
// source/target in hexadecimal), a verb's frames, and the gloss.
func parseSynset(line string) (Synset, error) {
	head, gloss, _ := strings.Cut(line, " | ")
	fs := strings.Fields(head)
	if len(fs) < 4 {
		return Synset{}, errors.New("short line")
	}
	s := Synset{Offset: fs[0], LexFile: fs[1], POS: fs[2], Gloss: strings.TrimSpace(gloss)}
	wc, err := strconv.ParseInt(fs[3], 16, 0)
	if err != nil {
		return Synset{}, fmt.Errorf("word count: %w", err)
	}
	i := 4
	for range wc {
		if i >= len(fs) {
			return Synset{}, errors.New("fewer words than counted")
		}
		s.Words = append(s.Words, fs[i])
		i += 2
	}
	if i >= len(fs) {
		return Synset{}, errors.New("no pointer count")
	}
	pc, err := strconv.Atoi(fs[i])
	if err != nil {
		return Synset{}, fmt.Errorf("pointer count: %w", err)
	}
	i++
	for range pc {
		if i+3 >= len(fs) {
			return Synset{}, errors.New("fewer pointers than counted")
		}
		st, _ := strconv.ParseUint(fs[i+3], 16, 16)
		s.Pointers = append(s.Pointers, Pointer{Symbol: fs[i], Offset: fs[i+1], POS: fs[i+2], Source: int(st >> 8), Target: int(st & 0xff)})
		i += 4
	}
	return s, nil
}

// IndexEntry is one line of an index file: a lemma and its synsets, the
// most frequent sense first.
type IndexEntry struct {
	Lemma   string // lower case, underscores for spaces
	POS     string
	Offsets []string
}

// EachIndexEntry calls f with each entry of the index file at path.
func EachIndexEntry(path string, f func(IndexEntry) error) error {
	return EachLine(path, func(fs []string) error {
		if len(fs) < 4 {
			return fmt.Errorf("short index line %q", strings.Join(fs, " "))
		}
		n, err := strconv.Atoi(fs[2])
		if err != nil || n > len(fs)-4 {
			return fmt.Errorf("bad synset count in %q", strings.Join(fs, " "))
		}
		return f(IndexEntry{Lemma: fs[0], POS: fs[1], Offsets: fs[len(fs)-n:]})
	})
}

// Exception is one line of an exception file (noun.exc, verb.exc…): an
// irregular form and its base forms ("fought fight", "geese goose").
type Exception struct {
	Form  string
	Bases []string
}

// Exceptions reads the exception file at path, in its order.
func Exceptions(path string) ([]Exception, error) {
	var out []Exception
	err := EachLine(path, func(fs []string) error {
		out = append(out, Exception{Form: fs[0], Bases: fs[1:]})
		return nil
	})
	return out, err
}
