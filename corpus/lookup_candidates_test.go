package corpus

import (
	"errors"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCandidatesMatchScan checks that a look-up scoring only the
// candidates of the look-up index (lookup_candidates.go) answers as one
// scoring every faction: the same faction, the same alternatives in the
// same order, the same error and suggestions. It asks each development
// briefing, alone, for four factions' names, epithets, words and
// openings, names misspelt five ways, two names joined by "or", and
// made-up names; then six briefings together, for forty factions. The
// index is a speed-up, never a change of answer.
func TestCandidatesMatchScan(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(devDir, "*.expected.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no briefings in %s: %v", devDir, err)
	}
	rng := rand.New(rand.NewPCG(38, 59))
	c := loadDev(t, "somalia-101", "colombia-101", "uganda-101", "yemen-101", "poland-martial-law-1981-fact-sheet", "soviet-1991-august-coup-reports")
	asked, indexed := checkCandidates(t, c, 40, rng)
	for _, f := range files {
		c := loadDev(t, strings.TrimSuffix(filepath.Base(f), ".expected.json"))
		a, i := checkCandidates(t, c, 4, rng)
		asked, indexed = asked+a, indexed+i
	}
	t.Logf("%d look-ups, %d read only candidates", asked, indexed)
	if indexed < asked/2 {
		t.Errorf("only %d of %d look-ups read candidates: the test checks little", indexed, asked)
	}
}

// checkCandidates looks up candidateQueries of about n of c's factions
// both ways, and returns how many it asked and how many the index
// answered.
func checkCandidates(t *testing.T, c *Corpus, n int, rng *rand.Rand) (asked, indexed int) {
	t.Helper()
	for _, q := range candidateQueries(c, n, rng) {
		asked++
		if qkeys := matchKeys(q); qkeys[0] != "" && !isStopQuery(qkeys[0]) {
			if _, ok := c.readQuery(qkeys).candidates(); ok {
				indexed++
			}
		}
		got, gotOthers, gotErr := c.lookupFaction(q, false)
		want, wantOthers, wantErr := c.lookupFaction(q, true)
		if got != want || !slices.Equal(gotOthers, wantOthers) || errText(gotErr) != errText(wantErr) {
			t.Errorf("%s: LookupFaction(%q) = %s %s %v; a scan says %s %s %v", c.Briefings[0].Slug, q,
				factionName(got), factionNames(gotOthers), gotErr, factionName(want), factionNames(wantOthers), wantErr)
		}
	}
	return asked, indexed
}

func errText(err error) string {
	var u *UnknownFactionError
	if errors.As(err, &u) {
		return u.Error()
	}
	if err != nil {
		return err.Error()
	}
	return ""
}

func factionName(f *Faction) string {
	if f == nil {
		return "<none>"
	}
	return f.Name
}

func factionNames(fs []*Faction) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Name)
	}
	return out
}

// candidateQueries returns what a reader may ask c for of about n of its
// factions, spread over the corpus: each one's forms and epithets, its
// name misspelt, its name's words and openings, its last word misspelt,
// its acronym beside a noun, two names joined by "or"; and made-up
// names.
func candidateQueries(c *Corpus, n int, rng *rand.Rand) []string {
	var out []string
	for i := 0; i < len(c.Factions); i += max(1, len(c.Factions)/n) {
		f := c.Factions[i]
		out = append(out, f.forms()...)
		out = append(out, misspellings(f.Name, rng)...)
		out = append(out, f.Epithets...)
		words := strings.Fields(f.Name)
		for k, w := range words {
			out = append(out, w, strings.Join(words[:k+1], " "))
		}
		out = append(out, misspellings(words[len(words)-1], rng)...)
		if len(f.Name) > 4 {
			out = append(out, f.Name[:len(f.Name)/2])
		}
		if f.Acronym != "" {
			out = append(out, f.Acronym+" forces", strings.ToLower(f.Acronym)+" "+words[len(words)-1])
		}
		out = append(out, f.Name+" or "+c.Factions[(i+1)%len(c.Factions)].Name)
	}
	for range 3 {
		out = append(out, madeUpName(rng))
	}
	return out
}

// misspellings returns s with a letter left out, two swapped, one
// replaced, one added and one doubled, each at a place rng picks.
func misspellings(s string, rng *rand.Rand) []string {
	r := []rune(s)
	if len(r) < 3 {
		return nil
	}
	at := func() int { return 1 + rng.IntN(len(r)-2) }
	cut := func(i, j int) string { return string(r[:i]) + string(r[j:]) }
	del, swap, sub, add, dbl := at(), at(), at(), at(), at()
	swapped := slices.Clone(r)
	swapped[swap], swapped[swap+1] = swapped[swap+1], swapped[swap]
	letter := string(rune('a' + rng.IntN(26)))
	return []string{
		cut(del, del+1),
		string(swapped),
		string(r[:sub]) + letter + string(r[sub+1:]),
		string(r[:add]) + letter + string(r[add:]),
		string(r[:dbl+1]) + string(r[dbl:]),
	}
}

// madeUpName returns one to three made-up words of three to nine
// letters.
func madeUpName(rng *rand.Rand) string {
	words := make([]string, 1+rng.IntN(3))
	for i := range words {
		b := make([]byte, 3+rng.IntN(7))
		for k := range b {
			b[k] = byte('a' + rng.IntN(26))
		}
		words[i] = string(b)
	}
	return strings.Join(words, " ")
}
