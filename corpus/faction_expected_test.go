package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// expectations is the factions part of a SLUG.expected.json file.
type expectations struct {
	Groups []struct {
		Query      string `json:"query"`
		NameHas    string `json:"name_has"`
		SummaryHas string `json:"summary_has"`
	} `json:"groups"`
	NotGroups []string `json:"not_groups"`
}

func TestExpectedGroups(t *testing.T) {
	// The development briefings the extractor was built on, which it must
	// get entirely right; the whole development corpus is scored, with
	// floors, by index/evaluate.
	for _, slug := range []string{"crisis-in-mali-101", "somalia-101", "uganda-101"} {
		t.Run(slug, func(t *testing.T) {
			c := loadDev(t, slug)
			data, err := os.ReadFile(filepath.Join(devDir, slug+".expected.json"))
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
