package corpus

import (
	"slices"
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
