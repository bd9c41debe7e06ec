package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestMentionIndexMissesNothing checks the index against the matchers it
// narrows: every paragraph a faction's matcher accepts must list that
// faction among its candidates, including matches at apostrophes, accents
// and possessives.
func TestMentionIndexMissesNothing(t *testing.T) {
	var bs []*Briefing
	for _, dir := range []string{"testdata/eval/dev"} {
		c, err := Read(dir)
		if err != nil {
			t.Fatal(err)
		}
		bs = append(bs, c.Briefings...)
	}
	def, err := ReadDefault()
	if err != nil {
		t.Fatal(err)
	}
	bs = append(bs, def.Briefings...)
	tricky, err := Parse("tricky.md", []byte("# Tricky\n\n"+
		"The People's Front of Côte d'Ivoire (PFCI) is an armed group.\n\n"+
		"Fighters of the PFCI's wing and the peoples front of cote divoire met.\n\n"+
		"The US-backed Ansar Dine's leaders spoke; ANSAR DINE replied.\n"))
	if err != nil {
		t.Fatal(err)
	}
	bs = append(bs, tricky)
	fs, _ := extractFactions(bs)
	if len(fs) < 10 {
		t.Fatalf("only %d factions: the test needs a real corpus", len(fs))
	}
	ms := make([]matcher, len(fs))
	for i, f := range fs {
		ms[i] = f.match
	}
	x := newMentionIndex(ms)
	checked, kept := 0, 0
	for _, b := range bs {
		for _, p := range b.Paragraphs {
			cands := x.candidates(p.Text)
			kept += len(cands)
			for fi, f := range fs {
				if f.match.in(p.Text) {
					checked++
					if !slices.Contains(cands, fi) {
						t.Errorf("%s ¶%d mentions %q but the index leaves it out", b.Slug, p.Number, f.Name)
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no mentions at all: the test checks nothing")
	}
	t.Logf("%d mentions; %d candidates for %d paragraph×faction pairs", checked, kept, len(fs)*countParagraphs(bs))
}

// TestMentionIndexEdges pins the spellings where a form's words and the
// text's split differently: an apostrophe inside a word, a possessive, an
// accent, capitals, and a form followed by an apostrophe.
func TestMentionIndexEdges(t *testing.T) {
	tests := []struct {
		name string
		f    Faction
		text string
	}{
		{"apostrophe inside a word", Faction{Name: "Front of Côte d'Ivoire"}, "Troops of the front of Cote d'Ivoire moved."},
		{"possessive", Faction{Name: "People's Front"}, "The People's Front's leaders spoke."},
		{"accent folded", Faction{Name: "Séléka"}, "Seleka fighters moved."},
		{"acronym before an apostrophe", Faction{Name: "Long Name Here", Acronym: "LNH"}, "The LNH'x wing spoke."},
		{"name before an apostrophe", Faction{Name: "Ansar Dine"}, "Ansar Dine'x wing spoke."},
		{"capitals", Faction{Name: "Ansar Dine"}, "ANSAR DINE replied."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMatcher(&tt.f)
			if !m.in(tt.text) {
				t.Fatalf("the matcher does not match %q: the case tests nothing", tt.text)
			}
			x := newMentionIndex([]matcher{nil, m})
			if got := x.candidates(tt.text); !slices.Equal(got, []int{1}) {
				t.Errorf("candidates = %v, want [1]", got)
			}
			if got := x.candidates("Nothing to see here."); len(got) != 0 {
				t.Errorf("candidates of unrelated text = %v, want none", got)
			}
		})
	}
}

func countParagraphs(bs []*Briefing) int {
	n := 0
	for _, b := range bs {
		n += len(b.Paragraphs)
	}
	return n
}

// TestTextWordsSetIsSearch checks the two ways textWords answers, the
// table of a text's words (in its room or grown) and the search of the
// padded text, against each
// other and the expected answer: words that are parts of other words,
// words at either end, words only the apostrophe split gives.
func TestTextWordsSetIsSearch(t *testing.T) {
	tests := []struct {
		name        string
		norm, extra string
		ws          []string
		want        bool
	}{
		{"all present", "the front moved north", "", []string{"front", "north"}, true},
		{"part of a word", "the frontier moved", "", []string{"front"}, false},
		{"word containing it", "the front moved", "", []string{"fronts"}, false},
		{"first word", "front moved", "", []string{"front"}, true},
		{"last word", "moved the front", "", []string{"front"}, true},
		{"one missing", "the front moved", "", []string{"front", "south"}, false},
		{"from the apostrophe split", "cote divoire", "cote d ivoire", []string{"ivoire"}, true},
		{"empty text", "", "", []string{"front"}, false},
		{"a word of the same keyHash", "the zubari frost", "", []string{"front"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var seen wordBits
			for _, s := range []string{tc.norm, tc.extra} {
				for _, w := range strings.Fields(s) {
					seen.add(keyHash(w))
				}
			}
			searched := textWords{padded: " " + tc.norm + " " + tc.extra + " ", seen: &seen}
			table, grown := searched, searched
			table.table, grown.table = new(wordTable), new(wordTable)
			grown.table.grow()
			for _, tt := range []*wordTable{table.table, grown.table} {
				tt.addAll(tc.norm)
				tt.addAll(tc.extra)
			}
			for way, in := range map[string]textWords{"search": searched, "table": table, "grown table": grown} {
				if got := in.all(tc.ws); got != tc.want {
					t.Errorf("%s: all(%q) = %v, want %v", way, tc.ws, got, tc.want)
				}
			}
		})
	}
}

// TestWordTableGrows checks that a table holds every distinct word of a
// text, a repeated word once, whether the words fit its room (half its
// size) or it has to grow, and no word it was not given.
func TestWordTableGrows(t *testing.T) {
	half := len(wordTable{}.room) / 2
	words := func(n int) string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = fmt.Sprintf("w%d", i)
		}
		return strings.Join(ws, " ")
	}
	tests := []struct {
		name  string
		text  string
		n     int
		grown bool
	}{
		{"half full", words(half), half, false},
		{"repeats count once", words(half) + " w0 w1 w2", half, false},
		{"one word too many for the room", words(half + 1), half + 1, true},
		{"twice the room", words(2 * len(wordTable{}.room)), 2 * len(wordTable{}.room), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var table wordTable
			table.addAll(tc.text)
			if table.n != tc.n || (table.large != nil) != tc.grown {
				t.Fatalf("%d words, grown %v; want %d, %v", table.n, table.large != nil, tc.n, tc.grown)
			}
			if !table.has("w0") || !table.has(fmt.Sprintf("w%d", tc.n-1)) || table.has("w") || table.has(fmt.Sprintf("w%d", tc.n)) {
				t.Errorf("table of %d words: w0 %v, last %v, w %v", table.n, table.has("w0"), table.has(fmt.Sprintf("w%d", tc.n-1)), table.has("w"))
			}
		})
	}
}

// TestMentionIndexManyForms puts more forms behind one key word than
// searchedForms, so that candidates takes the table path, and checks it
// keeps every faction whose words are all in the text and drops those
// with a word missing.
func TestMentionIndexManyForms(t *testing.T) {
	var ms []matcher
	for range searchedForms + 4 {
		ms = append(ms, newMatcher(&Faction{Name: "Zubari Front"}))
	}
	x := newMentionIndex(ms)
	if keys := x.lookUp("zubari front", nil, new(wordBits)); x.formsOf(keys) <= searchedForms {
		t.Fatalf("%d forms behind %q: the table path is not taken", x.formsOf(keys), keys)
	}
	tests := []struct {
		text string
		want int
	}{
		{"The Zubari Front moved.", len(ms)},
		{"The front of Zubari moved.", len(ms)}, // the words, not the phrase: the matcher decides
		{"The Zubari frontier moved.", 0},
		{"Zubari's fronts moved.", 0},
		{"The Zubari frost came.", 0}, // "frost" shares keyHash with "front": seen passes it
	}
	for _, tc := range tests {
		if got := x.candidates(tc.text); len(got) != tc.want {
			t.Errorf("candidates(%q) = %d factions, want %d", tc.text, len(got), tc.want)
		}
	}
}
