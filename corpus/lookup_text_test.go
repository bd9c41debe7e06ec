package corpus

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// TestFactionTextMatchesFresh checks that the readings reading each
// faction's text from the look-up index (factionText) score every
// faction as reading it afresh does, for queries of every shape the
// readings take (a word of the texts, a nation's forces, a nation's
// body, members, a name and a group noun, names and slips of them) on
// four development
// briefings: the index is a speed-up, never a change of answer.
func TestFactionTextMatchesFresh(t *testing.T) {
	c := loadDev(t, "somalia-101", "colombia-101", "uganda-101", "yemen-101")
	var queries []string
	for i, w := range lookupTestWords(c) {
		if i%7 == 0 {
			queries = append(queries, w)
		}
		if i%53 == 0 {
			queries = append(queries, w+" forces", w+" government", w+" parliament", w+" fighters", "somali "+w)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, f := range c.Factions {
		queries = append(queries, normalize(f.Name), slip(normalize(f.Name), rng))
		queries = append(queries, summaryQueries(f)...)
	}
	queries = append(queries, "somali army", "ugandan government", "catholic bishops", "al shabab")
	fresh := *c.lookupIndex()
	fresh.texts = nil // every faction's text derived afresh
	scored, described := 0, 0
	for _, q := range queries {
		rq := c.readQuery(matchKeys(q))
		rqFresh := rq
		rqFresh.index = &fresh
		for _, f := range c.Factions {
			got, want := rq.score(f), rqFresh.score(f)
			if got != want {
				t.Errorf("score(%q, %s) = %d, afresh %d", q, f.Name, got, want)
			}
			scored += btoi(got > 0)
			described += checkTextReadings(t, c.lookupIndex().text(f), f, q, rq.lex)
		}
	}
	if scored < 50 || described < 20 {
		t.Fatalf("only %d scores above 0, %d by a description: the test tries little", scored, described)
	}
	t.Logf("%d queries, %d scores above 0", len(queries), scored)
}

// summaryQueries returns queries f's summary answers by its wording, as
// the readings of a body's description and members read it: each two
// words of it in a row, and each group noun it holds after a nation's
// adjective.
func summaryQueries(f *Faction) []string {
	words := contentWords(normalize(f.Summary))
	var out []string
	for i, w := range words {
		if i > 0 {
			out = append(out, words[i-1]+" "+w)
		}
		if isGroupWord(w) {
			for _, n := range []string{"somali", "ugandan", "yemeni", "colombian"} {
				out = append(out, n+" "+w)
			}
		}
	}
	return out
}

// checkTextReadings checks each reading of a faction's indexed text ft
// against the text as those readings first derived it: the keys of each
// form, its summary's and name's words, its summary in lower case. It
// returns 1 when a description or members reading scores f for q.
func checkTextReadings(t *testing.T, ft *factionText, f *Faction, q string, lex *wordnet.Lexicon) int {
	t.Helper()
	qkeys := matchKeys(q)
	want := 0
	for _, form := range f.forms() {
		for _, k := range matchKeys(form) {
			for _, qk := range qkeys {
				want = max(want, scoreKey(qk, k))
			}
		}
	}
	if got := scoreKeys(ft.keys, qkeys); got != want {
		t.Errorf("scoreKeys(%s, %q) = %d, over its forms %d", f.Name, q, got, want)
	}
	if !slices.Equal(ft.tie, contentWords(normalize(f.Summary+" "+f.Name))) {
		t.Errorf("tie words of %s = %q", f.Name, ft.tie)
	}
	low, k := strings.ToLower(f.Summary), qkeys[0]
	got := []int{scoreDescribed(f, ft.low, k, true), scoreMembers(f, ft.low, k), scoreDescribedForces(f, ft.low, k, lex, true)}
	if want := []int{scoreDescribed(f, low, k, true), scoreMembers(f, low, k), scoreDescribedForces(f, low, k, lex, true)}; !slices.Equal(got, want) {
		t.Errorf("described, members, forces (%s, %q) = %v, by its summary %v", f.Name, q, got, want)
	}
	return btoi(slices.Max(got) > 0)
}

// TestStatedCandidatesMatchScan checks that statedBody, reading only the
// factions the look-up index offers for the query's modifier
// (statedCandidates), finds the body a walk over every faction finds,
// for each word of six development briefings' texts, and of a corpus
// made by hand, before a group noun, and, for one modifier, offers every
// faction describedBy accepts.
func TestStatedCandidatesMatchScan(t *testing.T) {
	dev := loadDev(t, "somalia-101", "colombia-101", "uganda-101", "yemen-101", "poland-martial-law-1981-fact-sheet", "soviet-1991-august-coup-reports")
	// Made by hand: an epithet whose word the texts never write, and a
	// verb a body does to a place ("ruled Chile").
	hand := &Corpus{Factions: []*Faction{
		{Name: "Union for Progress", Epithets: []string{"governing union"}, Summary: "The Union for Progress holds most seats."},
		{Name: "Veldian Front", Summary: "The Veldian Front ruled Chile from 1991 as a coalition of four parties."},
		{Name: "High Court", Summary: "The High Court ruled that the vote was lawful."},
	}}
	found := 0
	for _, c := range []*Corpus{dev, hand} {
		found += checkStated(t, c, append(lookupTestWords(c), "governing", "ruling"))
	}
	if found < 2 {
		t.Errorf("%d queries find a stated body: the test tries little", found)
	}
}

// checkStated checks statedBody and statedCandidates against a scan for
// each of words before a group noun; it returns how many queries find a
// body.
func checkStated(t *testing.T, c *Corpus, words []string) int {
	t.Helper()
	lex := wordnet.Load()
	found := 0
	for _, w := range words {
		for _, noun := range []string{"party", "government"} {
			q := []string{w + " " + noun}
			got, want := c.statedBody(q, lex), scanStated(c, q, lex)
			if got != want {
				t.Errorf("statedBody(%q) = %v, a scan says %v", q[0], got, want)
			}
			found += btoi(want != nil)
		}
		offered := c.lookupIndex().statedCandidates([]string{w}, lex.Lemmas(w))
		for i, f := range c.Factions {
			if describedBy(f, []string{w}, lex) && !slices.Contains(offered, i) {
				t.Errorf("statedCandidates(%q) leaves out %s, which describedBy accepts", w, f.Name)
			}
		}
	}
	return found
}

// scanStated is statedBody as first written: every faction of c read.
func scanStated(c *Corpus, qkeys []string, lex *wordnet.Lexicon) *Faction {
	qw := contentWords(qkeys[0])
	n := len(qw)
	if n < 2 || !isGroupWord(qw[n-1]) {
		return nil
	}
	for _, w := range qw[:n-1] {
		if len(w) < 4 || isPlaceOrPeople(w) || isGroupWord(w) || isPersonWord(w) {
			return nil
		}
	}
	var one *Faction
	for _, f := range c.Factions {
		if describedBy(f, qw[:n-1], lex) {
			if one != nil {
				return nil
			}
			one = f
		}
	}
	return one
}

// TestDescribedWithFoldedLength: describedWith reads the description after
// a name in the lower-cased summary, so it must step over the name's
// lower-cased length, which differs from the name's where a letter's
// lower case is longer ("İ") or shorter ("ẞ").
func TestDescribedWithFoldedLength(t *testing.T) {
	isCharity := func(desc []string) bool {
		return slices.ContainsFunc(desc, func(w string) bool { return strings.HasPrefix(w, "charity") })
	}
	tests := []struct {
		name, summary string
		want          bool
	}{
		{"İnsani Yardım Vakfı", "İnsani Yardım Vakfı, a Turkish charity, sent the ships.", true},
		{"STRAẞE", "STRAẞE, a charity of Vienna, sent food.", true},
		{"Relief Fund", "Relief Fund, a charity, sent food.", true},
		{"Relief Fund", "Relief Fund sent food.", false},
		{"STRAẞE", "Food was sent by STRAẞE", false}, // at the end: the name's length would cut past it
	}
	for _, tt := range tests {
		f := &Faction{Name: tt.name}
		if got := describedWith(f, strings.ToLower(tt.summary), isCharity, false); got != tt.want {
			t.Errorf("describedWith(%q, %q) = %v, want %v", tt.name, tt.summary, got, tt.want)
		}
	}
}
