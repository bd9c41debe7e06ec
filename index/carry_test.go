package index

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// TestRefersBack: a paragraph opening with a pronoun, or with a definite
// description whose head noun is a word of a name before it, a title or
// a noun for a being, group or place, refers back; one opening with a
// name of its own, an event or a date does not.
func TestRefersBack(t *testing.T) {
	prev := map[string]bool{"movement": true, "national": true, "azawad": true}
	lex := wordnet.Load()
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"It was founded in 2012 by army deserters.", true},
		{"He fled to Nigeria in 2003.", true},
		{"Their fighters took Kidal in March.", true},
		{"The movement declared independence in April.", true},
		{"The armed group split in 2013.", true},
		{"The President resigned the next day.", true},
		{"This militia answered to the interior ministry.", true},
		{"The United Nations sent observers.", false},
		{"The fighting lasted three weeks.", false},
		{"In 2012 the rebels took Gao.", false},
		{"France intervened in January.", false},
		{"It", false},
		{"SPOKESPERSON: It will report to the Council in May.", true},
		{"SPOKESPERSON: Nobody has been arrested.", false},
	} {
		if got := refersBack(tt.text, prev, lex); got != tt.want {
			t.Errorf("refersBack(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestCarriedNames: a paragraph that refers back carries the names of
// the paragraph before it in its section, and through it those that one
// carries; a paragraph under another heading, or one opening otherwise,
// carries none.
func TestCarriedNames(t *testing.T) {
	c := briefing(t,
		"Ansar Dine is an Islamist group led by Iyad Ag Ghaly.",
		"The group took Timbuktu in 2012.",
		"It imposed sharia on the city.",
		"In January France sent troops.",
		"They reached Gao within a week.",
	)
	c.Briefings[0].Paragraphs[4].Section = "Intervention"
	ix := build(t, c)
	for _, tt := range []struct {
		para int
		want []string // terms carried
		not  []string // terms not carried
	}{
		{1, nil, []string{"ansar"}},
		{2, []string{"ansar", "dine", "ghali"}, []string{"timbuktu"}},
		{3, []string{"ansar", "timbuktu"}, nil},
		{4, nil, []string{"ansar", "timbuktu"}},
		{5, nil, []string{"franc"}},
	} {
		got := ix.carried[docID("test", tt.para)]
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("¶%d carries %v, want %q among them", tt.para, got, w)
			}
		}
		for _, w := range tt.not {
			if got[w] {
				t.Errorf("¶%d carries %q, want not", tt.para, w)
			}
		}
	}
}

// TestCarriedAnchor: asked "when did Ansar Dine destroy the shrines?",
// the paragraph that tells it as "The group … destroyed" holds no name of
// the question; it carries Ansar Dine from the paragraph before, so it
// ranks with the paragraphs that name it (noCarry: below them all).
func TestCarriedAnchor(t *testing.T) {
	paras := []string{
		"Ansar Dine is an Islamist group founded by Iyad Ag Ghaly in Kidal.",
		"The group took Timbuktu in April 2012 and destroyed its shrines.",
		"Ansar Dine fighters were seen near Mopti and Konna.",
		"Ansar Dine's leaders met Algerian envoys in Algiers.",
		"French troops entered Timbuktu in January 2013.",
	}
	for _, tt := range []struct {
		noCarry bool
		tier    int
	}{{false, 1}, {true, 0}} {
		ix := build(t, briefing(t, paras...))
		ix.ranker.noCarry = tt.noCarry
		cs, err := ix.Explain(context.Background(), "when did ansar dine destroy the shrines")
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if c.Paragraph == 2 && c.Tier != tt.tier {
				t.Errorf("noCarry %v: ¶2 in tier %d, want %d", tt.noCarry, c.Tier, tt.tier)
			}
		}
	}
}
