package index

import (
	"math"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

// twoBriefings is a corpus of a briefing about Kasana, which names it
// often, and one that names it once in passing.
func twoBriefings(t *testing.T) *corpus.Corpus {
	t.Helper()
	about := &corpus.Briefing{Slug: "kasana", Title: "The Kasana Uprising", Paragraphs: []corpus.Paragraph{
		{Number: 1, Text: "Rebels took Kasana in May. The siege of Kasana lasted weeks."},
		{Number: 2, Text: "Aid reached Kasana late; the Okello Front held Kasana until June."},
	}}
	passing := &corpus.Briefing{Slug: "other", Title: "Talks in Mbeya", Paragraphs: []corpus.Paragraph{
		{Number: 1, Text: "Delegates met in Mbeya, far from Kasana, and again in Mbeya in May."},
		{Number: 2, Text: "The Okello Front sent envoys to Mbeya."},
	}}
	c, err := corpus.New(about, passing)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestTopicShares: a question naming a place prefers the briefing that
// names it most; one naming nothing is pushed nowhere; one naming what
// both briefings name alike prefers neither.
func TestTopicShares(t *testing.T) {
	ix := build(t, twoBriefings(t))
	for _, tt := range []struct {
		q    string
		want map[string]float64 // nil: no shares at all
	}{
		{"who took kasana", map[string]float64{"kasana": 1, "other": 0.25}},
		{"who met in mbeya", map[string]float64{"other": 1}},
		{"who held the town", nil},
		{"who leads the okello front", map[string]float64{"kasana": 1, "other": 1}},
	} {
		got := ix.topicShares(ix.buildQuery(tt.q))
		if (got == nil) != (tt.want == nil) || len(got) != len(tt.want) {
			t.Errorf("%q: shares %v, want %v", tt.q, got, tt.want)
			continue
		}
		for slug, w := range tt.want {
			if math.Abs(got[slug]-w) > 1e-9 {
				t.Errorf("%q: %s %.3f, want %.3f", tt.q, slug, got[slug], w)
			}
		}
	}
}

// TestTopicOneBriefing: in a corpus of one briefing the feature is the
// same for every candidate, so it cannot reorder them.
func TestTopicOneBriefing(t *testing.T) {
	ix := build(t, briefing(t, "Rebels took Kasana. Kasana fell in May.", "Kasana was retaken."))
	if got := ix.topicShares(ix.buildQuery("who took kasana")); len(got) != 1 || got["test"] != 1 {
		t.Errorf("shares %v, want test: 1", got)
	}
}

// TestWholeNames: a paragraph holds a name by a whole form of it, not by
// one common word of its long form.
func TestWholeNames(t *testing.T) {
	b := &corpus.Briefing{Slug: "t", Title: "T", Paragraphs: []corpus.Paragraph{
		{Number: 1, Text: "The Interim Emergency Multinational Force (IEMF) deployed to Bunia."},
		{Number: 2, Text: "The IEMF had 1,400 troops. The force was French-led."},
		{Number: 3, Text: "A police force of 200 troops guarded the airport."},
	}}
	c, err := corpus.New(b)
	if err != nil {
		t.Fatal(err)
	}
	ix := build(t, c)
	pl := ix.buildQuery("how many troops are in the force of the iemf")
	if len(pl.anchors) != 1 {
		t.Fatalf("anchors %+v, want the IEMF", pl.anchors)
	}
	for _, tt := range []struct {
		text  string
		whole bool
		want  bool
	}{
		{"A police force of 200 troops.", true, false},
		{"A police force of 200 troops.", false, true},
		{"The IEMF had 1,400 troops.", true, true},
		{"The Interim Emergency Multinational Force landed.", true, true},
	} {
		c := candidate{text: tt.text, terms: map[string][]termAt{}}
		for term := range ix.terms(tt.text) {
			c.terms[term] = []termAt{{}}
		}
		p := pl
		p.wholeNames = tt.whole
		if anchorFeature(&c, p, nil); c.anchored != tt.want {
			t.Errorf("%q (whole forms %v): anchored %v, want %v", tt.text, tt.whole, c.anchored, tt.want)
		}
	}
}

// TestSurnames: a person named in full by the question is held by a
// paragraph that names them by the surname alone, as prose does after the
// first mention; a place is not held by its last word ("South Africa" by
// "Africa").
func TestSurnames(t *testing.T) {
	c := briefing(t,
		"President Moses Varela governed from Port Hadley. Varela was elected in 1997.",
		"Varela fled to Calabar in 2003.",
		"Troops from South Africa crossed the river. South Africa sent more.",
		"Africa watched.",
	)
	ix := build(t, c)
	for _, tt := range []struct {
		question, text string
		surnames, want bool
	}{
		{"where did moses varela go", "Varela fled to Calabar in 2003.", true, true},
		{"where did moses varela go", "Varela fled to Calabar in 2003.", false, false},
		{"where did moses varela go", "Moses Varela fled.", false, true},
		{"when did south africa send troops", "Africa watched.", true, false},
	} {
		ix.expansion.noSurnames = !tt.surnames
		pl := ix.buildQuery(tt.question)
		if len(pl.anchors) != 1 {
			t.Fatalf("%q: anchors %+v, want one", tt.question, pl.anchors)
		}
		c := candidate{text: tt.text, terms: map[string][]termAt{}}
		for term := range ix.terms(tt.text) {
			c.terms[term] = []termAt{{}}
		}
		if anchorFeature(&c, pl, nil); c.anchored != tt.want {
			t.Errorf("%q in %q (surnames %v): anchored %v, want %v", tt.question, tt.text, tt.surnames, c.anchored, tt.want)
		}
	}
}
