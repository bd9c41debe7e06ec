package corpus

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// TestLookupIndexMatchesScan checks that the readings reading the look-up
// index (lookup_index.go) answer as a walk over the whole corpus does, on
// six development briefings, for every acronym, initials, capitalised
// word and nation word their texts hold: the index is a speed-up, never a
// change of answer.
func TestLookupIndexMatchesScan(t *testing.T) {
	// Two of them set letters beside names the way spelledFactions reads
	// ("known by the acronym ZOMO").
	c := loadDev(t, "somalia-101", "colombia-101", "uganda-101", "yemen-101", "poland-martial-law-1981-fact-sheet", "soviet-1991-august-coup-reports")
	words := lookupTestWords(c)
	if len(words) < 100 {
		t.Fatalf("only %d words to try", len(words))
	}
	found := map[string]int{}
	for _, w := range words {
		found["acronym"] += btoi(scanAcronymOwned(c, w))
		found["spelled"] += len(scanSpelled(c, w))
		found["place"] += btoi(scanPlaceLetters(c, w) != "")
		if got, want := c.acronymOwned(w), scanAcronymOwned(c, w); got != want {
			t.Errorf("acronymOwned(%q) = %v, a scan says %v", w, got, want)
		}
		if got, want := c.spelledFactions(w), scanSpelled(c, w); !maps.Equal(got, want) {
			t.Errorf("spelledFactions(%q) = %v, a scan says %v", w, factionKeys(got), factionKeys(want))
		}
		if got, want := c.placeLetters(w), scanPlaceLetters(c, w); got != want {
			t.Errorf("placeLetters(%q) = %q, a scan says %q", w, got, want)
		}
		q := []string{w + " forces"}
		_, _, gotNamed := c.queryVariants(q)
		if want := scanNamed(c, w); !maps.Equal(gotNamed, want) {
			t.Errorf("queryVariants(%q) named %v, a scan %v", q[0], factionKeys(gotNamed), factionKeys(want))
		}
	}
	lex := wordnet.Load()
	for _, n := range []string{"somali", "colombian", "ugandan", "yemeni", "kenyan", "ethiopian"} {
		own := newOwnNations(c, []string{n}, lex)
		for _, b := range c.Briefings {
			found["own"] += btoi(scanOwn(c, own, b.Slug))
			if got, want := own.of(b.Slug), scanOwn(c, own, b.Slug); got != want {
				t.Errorf("ownNations{%s}.of(%s) = %v, a scan says %v", n, b.Slug, got, want)
			}
		}
	}
	for _, k := range []string{"acronym", "spelled", "place", "own"} {
		if found[k] == 0 {
			t.Errorf("no word finds anything by %s: the test tries nothing", k)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// lookupTestWords returns the normalized words a look-up may be given
// that the index keys on: acronyms, initials, short forms and every word
// of the factions' texts, once each, sorted.
func lookupTestWords(c *Corpus) []string {
	seen := map[string]bool{}
	for _, f := range c.Factions {
		seen[normalize(f.Acronym)] = true
		seen[initials(f.Name)] = true
		for _, text := range append([]string{f.Summary, f.Name}, passageSentences(f)...) {
			for w := range strings.FieldsSeq(normalize(text)) {
				seen[w] = true
			}
		}
	}
	for _, a := range c.Acronyms {
		seen[normalize(a.Short)] = true
	}
	delete(seen, "")
	return slices.Sorted(maps.Keys(seen))
}

func passageSentences(f *Faction) []string {
	var out []string
	for _, p := range f.Passages {
		out = append(out, p.Sentence)
	}
	return out
}

func factionKeys(m map[*Faction]bool) []string {
	var out []string
	for f := range m {
		out = append(out, f.Name+"@"+f.Defined.Briefing)
	}
	slices.Sort(out)
	return out
}

func scanAcronymOwned(c *Corpus, q string) bool {
	return slices.ContainsFunc(c.Factions, func(f *Faction) bool { return f.Acronym != "" && normalize(f.Acronym) == q })
}

// scanSpelled is spelledFactions walking every faction.
func scanSpelled(c *Corpus, q string) map[*Faction]bool {
	if strings.Contains(q, " ") || len(q) < 2 || len(q) > 8 || scanAcronymOwned(c, q) {
		return nil
	}
	best, gaps := map[string]*Faction{}, map[string]int{}
	for _, f := range c.Factions {
		gap := spelledGap(f, q)
		if g, ok := gaps[f.Defined.Briefing]; gap >= 0 && (!ok || gap < g) {
			best[f.Defined.Briefing], gaps[f.Defined.Briefing] = f, gap
		}
	}
	if len(best) == 0 {
		return nil
	}
	out := map[*Faction]bool{}
	for _, f := range best {
		out[f] = true
	}
	return out
}

func scanPlaceLetters(c *Corpus, w string) string {
	if len(w) < 2 || len(w) > 5 {
		return ""
	}
	for _, a := range c.Acronyms {
		if normalize(a.Short) == w && lang.IsPlace(nameKey(a.Long)) {
			return normalize(a.Long)
		}
	}
	return ""
}

func scanNamed(c *Corpus, w string) map[*Faction]bool {
	out := map[*Faction]bool{}
	for _, f := range c.Factions {
		if f.Acronym != "" && normalize(f.Acronym) == w {
			out[f] = true
		}
	}
	return out
}

// scanOwn is ownNations.of reading the briefing's title and its
// factions' summaries straight from the corpus.
func scanOwn(c *Corpus, o *ownNations, slug string) bool {
	var texts []string
	for _, f := range c.Factions {
		if f.Defined.Briefing == slug {
			texts = append(texts, f.Summary)
		}
	}
	title := c.Briefing(slug).Title
	for _, n := range o.nations {
		if o.names(nationWords(title), n) == 0 && !o.mostNamed(nationWords(strings.Join(texts, " ")), n) {
			return false
		}
	}
	return true
}
