package corpus

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// probeDir, when set, names a folder of briefings whose extracted
// factions TestLookupProbe looks up the ways readers type names: the name
// lower-cased, with a typo, without its article or leading words, by its
// acronym in lower case, by its last words. It reports the share each way
// finds, per way: an instrument for the look-up's generality that needs
// no new text.
var probeDir = flag.String("lookupprobe", "", "folder of briefings whose factions to look up the ways readers type names")

// probeWays make a reader's query from a faction; "" skips the faction.
var probeWays = []struct {
	name string
	make func(f *Faction) string
}{
	{"lower-case name", func(f *Faction) string { return strings.ToLower(f.Name) }},
	{"typo in the longest word", func(f *Faction) string { return typo(f.Name) }},
	{"acronym, lower case", func(f *Faction) string { return strings.ToLower(f.Acronym) }},
	{"last two words", func(f *Faction) string { return lastWords(f.Name, 2) }},
	{"without punctuation", func(f *Faction) string {
		return strings.Map(func(r rune) rune {
			if strings.ContainsRune("'’-–.,()", r) {
				return ' '
			}
			return r
		}, f.Name)
	}},
	{"first two words as initials", func(f *Faction) string {
		w := contentWords(normalize(f.Name))
		if len(w) < 4 {
			return ""
		}
		return w[0][:1] + w[1][:1] + " " + strings.Join(w[2:], " ")
	}},
	{"initials of the last words", func(f *Faction) string {
		in := initials(f.Name)
		if len(in) < 5 || len(in) > 7 {
			return ""
		}
		return in[1:]
	}},
	{"plural of the head", func(f *Faction) string {
		if strings.Contains(f.Name, " ") || strings.HasSuffix(f.Name, "s") {
			return ""
		}
		return f.Name + "s"
	}},
}

func TestLookupProbe(t *testing.T) {
	if *probeDir == "" {
		t.Skip("no -lookupprobe folder")
	}
	paths, err := filepath.Glob(filepath.Join(*probeDir, "*.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	tried, found := make([]int, len(probeWays)), make([]int, len(probeWays))
	for _, p := range paths {
		b := parseIn(t, *probeDir, strings.TrimSuffix(filepath.Base(p), ".expected.json"))
		c, err := New(b)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range c.Factions {
			for i, w := range probeWays {
				q := w.make(f)
				if q == "" || strings.EqualFold(q, f.Name) && i > 0 {
					continue
				}
				tried[i]++
				if g, _, err := c.LookupFaction(q); err == nil && g == f {
					found[i]++
				} else if testing.Verbose() {
					got := "nothing"
					if g != nil {
						got = g.Name
					}
					fmt.Printf("  %-24s %q for %q: %s\n", w.name, q, f.Name, got)
				}
			}
		}
	}
	for i, w := range probeWays {
		fmt.Printf("%-26s %d/%d\n", w.name, found[i], tried[i])
	}
}

// typo swaps two letters in the middle of a name's longest word, or
// returns "" when no word has six letters.
func typo(name string) string {
	words := strings.Fields(name)
	best := -1
	for i, w := range words {
		if utf8.RuneCountInString(w) >= 6 && (best < 0 || len(w) > len(words[best])) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	r := []rune(strings.ToLower(words[best]))
	m := len(r) / 2
	r[m-1], r[m] = r[m], r[m-1]
	words[best] = string(r)
	return strings.ToLower(strings.Join(words, " "))
}

// lastWords returns the last n words of a name of more than n+1 words.
func lastWords(name string, n int) string {
	words := strings.Fields(name)
	if len(words) <= n+1 {
		return ""
	}
	return strings.ToLower(strings.Join(words[len(words)-n:], " "))
}
