package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// eventExpectation is the events part of an *-expected.json file.
type eventExpectation struct {
	Events []struct {
		Date      string `json:"date"`
		End       string `json:"end"`
		Scheduled *bool  `json:"scheduled"`
		TextHas   string `json:"text_has"`
	} `json:"events"`
	NotEvents []string `json:"not_events"`
}

// holdsExpected reports whether text holds one of x's expected events.
func (x eventExpectation) holdsExpected(text string) bool {
	for _, want := range x.Events {
		if strings.Contains(foldEventQuotes(text), foldEventQuotes(want.TextHas)) {
			return true
		}
	}
	return false
}

func readEventExpectation(t *testing.T, path string) eventExpectation {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var x eventExpectation
	if err := json.Unmarshal(data, &x); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return x
}

// checkEventExpectation reports how many expected events c holds, exactly
// dated, and returns the extractor's faults: each expected event missed or
// misdated, and each not_events sentence listed. A file that contradicts
// itself and a timeline out of order fail the test at once.
func checkEventExpectation(t *testing.T, c *Corpus, x eventExpectation) (hit int, faults []string) {
	t.Helper()
	for _, want := range x.Events {
		found := false
		var got []string
		for _, e := range c.Events {
			if strings.Contains(foldEventQuotes(e.Text), foldEventQuotes(want.TextHas)) {
				got = append(got, e.Date.String())
				if e.Date.String() == want.Date && (want.End == "" || e.End.String() == want.End) &&
					(want.Scheduled == nil || *want.Scheduled == e.Date.Scheduled) {
					found = true
				}
			}
		}
		if found {
			hit++
		} else {
			faults = append(faults, fmt.Sprintf("no event %q dated %s; got dates %v", want.TextHas, want.Date, got))
		}
	}
	for _, not := range x.NotEvents {
		for _, e := range c.Events {
			switch {
			case !strings.Contains(foldEventQuotes(e.Text), foldEventQuotes(not)):
			case x.holdsExpected(e.Text):
				// The file asks for this sentence and forbids it: no
				// extractor can do both, so the file is at fault.
				t.Errorf("the expectations both want and forbid %q: fix the file", e.Text)
			default:
				faults = append(faults, fmt.Sprintf("not an event, but listed: %q", e.Text))
			}
		}
	}
	for i := 1; i < len(c.Events); i++ {
		if a, b := c.Events[i-1].Date.String(), c.Events[i].Date.String(); a > b {
			t.Errorf("out of order: %s before %s", a, b)
		}
	}
	return hit, faults
}

func foldEventQuotes(s string) string {
	return strings.NewReplacer("\u00a0", " ", "“", `"`, "”", `"`, "‘", "'", "’", "'").Replace(s)
}

// knownEventFaults ratchets the development briefings that joined after
// the extractor was last made entirely right on dev: each may have at most
// this many faults (misses, misdates and false events), and the test fails
// when one has fewer, so the number only ever goes down. A briefing not
// listed must be entirely right.
var knownEventFaults = map[string]int{
	// The four that joined on 2026-12-01 are entirely right since.
}

// TestEventExpectations checks every development briefing, which the
// extractor must get entirely right (or, for a briefing in
// knownEventFaults, no worse than its ratchet): every expected event found
// with its exact date, end and scheduling, and no not_events sentence
// listed. The whole development corpus is also scored, with floors, by
// index/evaluate.
func TestEventExpectations(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(devDir, "*.expected.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no expectations in %s: %v", devDir, err)
	}
	for _, f := range files {
		slug := strings.TrimSuffix(filepath.Base(f), ".expected.json")
		t.Run(slug, func(t *testing.T) {
			c := loadDev(t, slug)
			x := readEventExpectation(t, filepath.Join(devDir, slug+".expected.json"))
			hit, faults := checkEventExpectation(t, c, x)
			t.Logf("%s: %d/%d", slug, hit, len(x.Events))
			judgeEventFaults(t, slug, faults)
			if testing.Verbose() {
				for _, e := range c.Events {
					t.Logf("%-10s %-7s %-5v ¶%d %s", e.Date, e.Date.Modifier, e.Date.Scheduled, e.Ref.Paragraph, e.Text)
				}
			}
		})
	}
}

// judgeEventFaults fails on any fault of a briefing that must be entirely
// right, and holds a ratcheted one to its number both ways.
func judgeEventFaults(t *testing.T, slug string, faults []string) {
	t.Helper()
	allowed, ratcheted := knownEventFaults[slug]
	for _, f := range faults {
		if ratcheted {
			t.Log(f)
		} else {
			t.Error(f)
		}
	}
	switch {
	case !ratcheted:
	case len(faults) > allowed:
		t.Errorf("%d faults, more than the %d allowed in knownEventFaults", len(faults), allowed)
	case len(faults) < allowed:
		t.Errorf("%d faults, fewer than the %d in knownEventFaults: lower the number there", len(faults), allowed)
	}
}
