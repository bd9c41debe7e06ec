package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// expectedFile is the shape of testdata/*-expected.json (events part).
type expectedFile struct {
	Events []struct {
		Date    string `json:"date"`
		TextHas string `json:"text_has"`
	} `json:"events"`
	NotEvents []string `json:"not_events"`
}

// TestExpectedTimelines checks every expected event of each briefing
// (exact date, text containing text_has), that no not_events sentence is
// listed, and that the timeline is in chronological order.
func TestExpectedTimelines(t *testing.T) {
	tests := []struct {
		name     string
		dir      string // "" loads the embedded corpus
		expected string
		minShare float64 // share of events that must hold
	}{
		{"mali embedded", "", "testdata/mali-expected.json", 1},
		{"somalia", "testdata/somalia", "testdata/somalia-expected.json", 1},
		{"central african republic", "testdata/timeline/car", "testdata/timeline/car-expected.json", 1},
		{"south sudan", "testdata/timeline/southsudan", "testdata/timeline/southsudan-expected.json", 1},
		{"ukraine", "testdata/timeline/ukraine", "testdata/timeline/ukraine-expected.json", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := os.ReadFile(tt.expected)
			if err != nil {
				t.Fatal(err)
			}
			var want expectedFile
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatalf("%s: %v", tt.expected, err)
			}
			var c *Corpus
			if tt.dir == "" {
				c, err = Default()
			} else {
				c, err = Load(filepath.FromSlash(tt.dir))
			}
			if err != nil {
				t.Fatal(err)
			}
			page := c.Timeline(TimelineQuery{})
			hits := 0
			for _, w := range want.Events {
				found := false
				var seen []string
				for _, ev := range page.Events {
					if strings.Contains(ev.Text, w.TextHas) {
						seen = append(seen, ev.Date.String())
						if ev.Date.String() == w.Date {
							found = true
						}
					}
				}
				if found {
					hits++
				} else {
					t.Errorf("no event %q dated %s (dates found for that text: %v)", w.TextHas, w.Date, seen)
				}
			}
			t.Logf("%d/%d expected events", hits, len(want.Events))
			if share := float64(hits) / float64(len(want.Events)); share < tt.minShare {
				t.Errorf("only %d/%d expected events hold", hits, len(want.Events))
			}
			for _, ne := range want.NotEvents {
				for _, ev := range page.Events {
					if strings.Contains(ev.Text, ne) {
						t.Errorf("listed a non-event (%s): %q", ev.Date, ev.Text)
					}
				}
			}
			for i := 1; i < len(page.Events); i++ {
				if compareDates(page.Events[i-1].Date, page.Events[i].Date) > 0 {
					t.Errorf("out of order: %s before %s", page.Events[i-1].Date, page.Events[i].Date)
				}
			}
		})
	}
}
