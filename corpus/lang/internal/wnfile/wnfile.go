// Package wnfile reads the plain-text files of the WordNet database
// (index.*, data.*, *.exc) for the generators under corpus/lang, so each
// reads them alike: a line's fields, the licence header skipped, and an
// error naming the file and line.
package wnfile

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// EachLine calls f with the fields of each line of the WordNet file at
// path, skipping its licence header (lines that open with two spaces) and
// lines with no fields. An error from f stops the reading and is returned with the
// file and line.
func EachLine(path string, f func(fields []string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		fs := strings.Fields(line)
		if strings.HasPrefix(line, "  ") || len(fs) == 0 {
			continue
		}
		if err := f(fs); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
