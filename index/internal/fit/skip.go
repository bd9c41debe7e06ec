package fit

import (
	"fmt"
	"os"
	"strings"
)

// readSkip reads the briefing slugs file lists, one a line (blank lines
// and lines starting with # ignored), for -holdout: the briefings the fit
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
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			skip[l] = true
		}
	}
	return skip, nil
}
