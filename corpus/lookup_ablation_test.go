package corpus

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// lookupAblateDir, when set (go test ./corpus -run TestLookupAblation -v
// -lookupablate DIR), names a folder of briefings whose expected groups
// TestLookupAblation looks up with each switchable look-up reading off in
// turn, printing how many each finds (name_has in the found name, as
// TestTraceFactions judges) and how many reach another faction.
var lookupAblateDir = flag.String("lookupablate", "", "folder of briefings whose expected groups to look up with each look-up reading off in turn")

// lookupSwitches names the readQuery switches and turns one off.
var lookupSwitches = []struct {
	name string
	off  func(rq *readQuery)
}{
	{"none", func(*readQuery) {}},
	{"own-nation", func(rq *readQuery) { rq.ownNation = false }},
	{"whole-forces", func(rq *readQuery) { rq.wholeForces = false }},
	{"people-members", func(rq *readQuery) { rq.peopleMembers = false }},
	{"leaders", func(rq *readQuery) { rq.leaders = false }},
	{"derived-nation", func(rq *readQuery) { rq.derivedNation = false }},
	{"stated-kind", func(rq *readQuery) { rq.statedKind = false }},
	{"entry-colon", func(rq *readQuery) { rq.entryColon = false }},
	{"ordinals", func(rq *readQuery) { rq.ordinals = false }},
	{"salience", func(rq *readQuery) { rq.salience = false }},
	{"first-letters", func(rq *readQuery) { rq.firstLetters = false }},
	{"spelled-letters", func(rq *readQuery) { rq.spelledLetters = false }},
	{"briefing-nation", func(rq *readQuery) { rq.briefingNation = false }},
	{"described-forces", func(rq *readQuery) { rq.describedForces = false }},
	{"either-name", func(rq *readQuery) { rq.eitherName = false }},
	{"partial", func(rq *readQuery) { rq.partial = false }},
	{"text-names", func(rq *readQuery) { rq.textNames = false }},
	{"member-of", func(rq *readQuery) { rq.memberOf = false }},
	{"place-adjectives", func(rq *readQuery) { rq.dropPlaceAdjectives() }},
}

func TestLookupAblation(t *testing.T) {
	if *lookupAblateDir == "" {
		t.Skip("no -lookupablate folder")
	}
	paths, err := filepath.Glob(filepath.Join(*lookupAblateDir, "*.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	found, wrong := make([]int, len(lookupSwitches)), make([]int, len(lookupSwitches))
	for _, p := range paths {
		slug := strings.TrimSuffix(filepath.Base(p), ".expected.json")
		x := readTraceExpect(t, *lookupAblateDir, slug)
		c, err := New(parseIn(t, *lookupAblateDir, slug))
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range x.Groups {
			for i, sw := range lookupSwitches {
				switch best := bestLooked(c, g.Query, sw.off); {
				case best == nil:
				case strings.Contains(normalize(best.Name), normalize(g.NameHas)):
					found[i]++
				default:
					wrong[i]++
				}
			}
		}
	}
	for i, sw := range lookupSwitches {
		fmt.Printf("off %-16s found %d, another faction %d\n", sw.name, found[i], wrong[i])
	}
}

// bestLooked returns the faction LookupFaction would give for q with
// off applied to its reading, or nil.
func bestLooked(c *Corpus, q string, off func(*readQuery)) *Faction {
	qkeys := matchKeys(q)
	if qkeys[0] == "" || isStopQuery(qkeys[0]) {
		return nil
	}
	rq := c.readQuery(qkeys)
	off(&rq)
	if rq.placed != nil {
		off(rq.placed)
	}
	var best hit
	for _, f := range c.Factions {
		if h := (hit{f, rq.score(f)}); h.score > 0 && (best.f == nil || rq.before(h, best)) {
			best = h
		}
	}
	return best.f
}
