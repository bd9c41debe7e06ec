package fit

import (
	"fmt"
	"os"
	"strings"
)

// readSkip reads the briefing slugs file lists for -holdout, in the
// slug-list format corpus's -spanshold reads too: slugs separated by
// white space, a # starting a comment that runs to the end of its line: the briefings the fit
// leaves out, so weights fitted without them can be scored on them as
// a held-out set. An empty file name skips nothing.
func readSkip(file string) (map[string]bool, error) {
	skip := map[string]bool{}
	if file == "" {
		return skip, nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("fit: -holdout: %w", err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		for _, slug := range strings.Fields(line) {
			skip[slug] = true
		}
	}
	return skip, nil
}
