package corpus

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// expectations is the shape of testdata/*-expected.json.
type expectations struct {
	Groups []struct {
		Query      string `json:"query"`
		NameHas    string `json:"name_has"`
		SummaryHas string `json:"summary_has"`
	} `json:"groups"`
	NotGroups []string `json:"not_groups"`
}

func TestExpectedGroups(t *testing.T) {
	tests := []struct {
		name, dir, expected string
	}{
		{"mali", "", "testdata/mali-expected.json"},
		{"somalia", "testdata/somalia", "testdata/somalia-expected.json"},
		{"car", "testdata/factions/car", "testdata/factions/car-expected.json"},
		{"uganda", "testdata/factions/uganda", "testdata/factions/uganda-expected.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c *Corpus
			var err error
			if tt.dir == "" {
				c, err = Default()
			} else {
				c, err = Load(tt.dir)
			}
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(tt.expected)
			if err != nil {
				t.Fatal(err)
			}
			var exp expectations
			if err := json.Unmarshal(data, &exp); err != nil {
				t.Fatal(err)
			}
			for _, g := range exp.Groups {
				f, _, err := c.LookupFaction(g.Query)
				if err != nil {
					t.Errorf("LookupFaction(%q): %v", g.Query, err)
					continue
				}
				if !strings.Contains(f.Name, g.NameHas) {
					t.Errorf("LookupFaction(%q) = %q, want a name containing %q", g.Query, f.Name, g.NameHas)
				}
				js, err := json.Marshal(f)
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(string(js), g.SummaryHas) {
					t.Errorf("LookupFaction(%q) summary %q lacks %q", g.Query, f.Summary, g.SummaryHas)
				}
			}
			for _, ng := range exp.NotGroups {
				for _, f := range c.Factions {
					if nameKey(f.Name) == nameKey(ng) {
						t.Errorf("%q is listed as a faction", ng)
					}
				}
			}
		})
	}
}
