package corpus

import (
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// reachDir, when set, names a folder of briefings on which TestRuleReach
// counts, for every faction and date rule, the briefings whose output
// the rule changes: extracted on its own, each briefing's factions
// (names, letters, aliases, summary, passages, epithets) or events
// (dates and sentences) differ with the rule off. A rule's ablation case
// shows that it works; its reach shows how much text it works on. On
// the development set of 2026-12-06 (311 briefings), 27 of 616 rules
// changed none and 152 exactly one, and a rule's share of new briefings
// it changed was about its share of the development set
// (docs/factions-and-timeline.md, "Reach").
var reachDir = flag.String("rulereach", "", "folder of briefings on which to count the briefings each rule changes")

func TestRuleReach(t *testing.T) {
	if *reachDir == "" {
		t.Skip("no -rulereach folder")
	}
	bs, _ := loadAblation(t, *reachDir)
	base := ruleOutputs(bs, nil)
	for _, r := range reachRuleNames(t) {
		changed := ruleReach(bs, base, r)
		fmt.Printf("reach %-28s %3d %s\n", r, len(changed), strings.Join(changed[:min(3, len(changed))], ","))
	}
}

// TestRuleReachCountsChanges checks the count on two briefings, one
// that names a force "so-called" (the so-called rule changes it) and one
// that does not.
func TestRuleReachCountsChanges(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"so-called":   "# A\n\nEach leader kept his militia, and the government added a paramilitary force under the interior ministry, the so-called Garde populaire, which recruited in the south.\n",
		"plain-force": "# B\n\nEach leader kept his militia, and the government added a paramilitary force under the interior ministry, which recruited in the south.\n",
	}
	var bs []*Briefing
	for slug, text := range files {
		b, err := Parse(filepath.Join(dir, slug+".md"), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		bs = append(bs, b)
	}
	slices.SortFunc(bs, func(a, b *Briefing) int { return strings.Compare(a.Slug, b.Slug) })
	base := ruleOutputs(bs, nil)
	if got := ruleReach(bs, base, ruleSoCalled); !slices.Equal(got, []string{"so-called"}) {
		t.Errorf("so-called rule reaches %v, want [so-called]", got)
	}
	if got := ruleReach(bs, base, ruleFocalReturn); len(got) != 0 {
		t.Errorf("focal-return reaches %v, want none (no month without a year)", got)
	}
}

// ruleOutput is what a rule may change in one briefing.
type ruleOutput struct{ factions, events string }

// ruleOutputs extracts each briefing on its own with the rules in off
// turned off.
func ruleOutputs(bs []*Briefing, off map[string]bool) []ruleOutput {
	out := make([]ruleOutput, len(bs))
	for i, b := range bs {
		fs, _ := extractor{disabled: off}.run([]*Briefing{b})
		out[i] = ruleOutput{factionsKey(fs), eventsKey(briefingEventsWith(b, dateRules(off)))}
	}
	return out
}

// ruleReach lists the slugs of the briefings whose output differs from
// base with rule r off.
func ruleReach(bs []*Briefing, base []ruleOutput, r string) []string {
	got := ruleOutputs(bs, map[string]bool{r: true})
	var changed []string
	for i := range bs {
		if got[i] != base[i] {
			changed = append(changed, bs[i].Slug)
		}
	}
	return changed
}

// reachRuleNames is every faction and date rule, sorted.
func reachRuleNames(t *testing.T) []string {
	names := append(factionRuleNames(t), dateRuleNames()...)
	slices.Sort(names)
	return names
}

func factionsKey(fs []*Faction) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s|%s|%q|%s|%q\n", f.Name, f.Acronym, f.Aliases, f.Summary, f.Epithets)
		for _, p := range f.Passages {
			fmt.Fprintf(&b, "\t%s\n", p.Sentence)
		}
	}
	return b.String()
}

func eventsKey(es []Event) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%v|%v|%s\n", e.Date, e.End, e.Text)
	}
	return b.String()
}
