package corpus

import (
	"strings"
	"testing"
)

// osbLead is an invented lead paragraph, one line of prose.
const osbLead = "The Siege of Osk was fought for the river town of Osk in northern Valdoria between the Red Dawn militia and the Valdorian Army in the spring of 1991."

// TestInfoboxRun: an infobox a text extraction printed after the lead,
// blank lines between its values, bullets before sub-units, a label
// broken over two lines and labels glued to their values, is read into
// the infobox and yields no paragraph or heading. Each case fails
// without the part of the reading it names.
func TestInfoboxRun(t *testing.T) {
	tests := []struct {
		name    string
		run     string
		infobox []string
	}{
		{"values parted by blank lines", "Date\n3–9 May 1991\nLocation\nOsk\nBelligerents\n\nRed Dawn\n\n\nKarn Front\n\nValdoria\nStrength\n900\n",
			[]string{"Date=3–9 May 1991", "Location=Osk", "Belligerents=Red Dawn|Karn Front|Valdoria", "Strength=900"}},
		{"bullets before sub-units", "Date\n3–9 May 1991\nBelligerents\n\nRed Dawn\n\n  • Osk Brigade\n\nValdoria\nStrength\n900\n",
			[]string{"Date=3–9 May 1991", "Belligerents=Red Dawn|Osk Brigade|Valdoria", "Strength=900"}},
		{"a label glued to a digit, and one before its value", "Date3–9 May 1991\nResult Valdorian victory\nBelligerents\n\nRed Dawn\n",
			[]string{"Date=3–9 May 1991", "Result=Valdorian victory", "Belligerents=Red Dawn"}},
		{"a label's cell before a value a sentence long", "Date\t3–9 May 1991\nResult\tThe militia was driven from the town and its leaders fled across the river, the army held the bridges until the autumn, and some two thousand families left the valley for good\nBelligerents\nRed Dawn\n",
			[]string{"Date=3–9 May 1991", "Result=The militia was driven from the town and its leaders fled across the river, the army held the bridges until the autumn, and some two thousand families left the valley for good", "Belligerents=Red Dawn"}},
		{"a value listing items a sentence long", "Date\n3–9 May 1991\nLocation\nOsk\nBelligerents\nRed Dawn • Karn Front\nValdoria • Valdorian Army • Valdorian Air Force (VAF) • Border Guard of the Northern Provinces (BGNP) • Provincial Volunteer Corps of Osk and the River Districts (PVC)\nStrength\n900\n",
			[]string{"Date=3–9 May 1991", "Location=Osk", "Belligerents=Red Dawn • Karn Front|Valdoria • Valdorian Army • Valdorian Air Force (VAF) • Border Guard of the Northern Provinces (BGNP) • Provincial Volunteer Corps of Osk and the River Districts (PVC)", "Strength=900"}},
		{"a label broken over two lines", "Date\n3–9 May 1991\nTerritorial\nchanges\nOsk retaken\nBelligerents\n\nRed Dawn\n",
			[]string{"Date=3–9 May 1991", "Territorial changes=Osk retaken", "Belligerents=Red Dawn"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse("t.txt", []byte("Siege of Osk\n\n"+osbLead+"\n\n"+tt.run))
			if err != nil {
				t.Fatal(err)
			}
			checkInfobox(t, b.Infobox, tt.infobox)
			if len(b.Paragraphs) != 1 || !strings.HasPrefix(b.Paragraphs[0].Text, "The Siege of Osk") {
				t.Errorf("paragraphs %+v: want the lead alone", b.Paragraphs)
			}
		})
	}
}

// TestInfoboxRunEnds: a run ends at its last label's values: a section
// heading and the body after a blank line stay the body's, and short
// lines with fewer than three labels are no infobox.
func TestInfoboxRunEnds(t *testing.T) {
	body := "\n\nBackground\n\nThe militia had held the hills above Osk since the harvest failed in 1989, and its raids on the river road grew bolder every month.\n"
	tests := []struct {
		name    string
		text    string
		infobox int
		paras   []string // "section|text prefix"
	}{
		{"run before a heading", osbLead + "\n\nDate\n1991\nLocation\nOsk\nBelligerents\n\nRed Dawn" + body, 3,
			[]string{"|The Siege", "Background|The militia"}},
		{"two labels make no run", osbLead + "\n\nLocation\nOsk\nResult\n\nA truce" + body, 0,
			[]string{"|The Siege", "|Location Osk Result", "Background|The militia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse("t.txt", []byte("Siege of Osk\n\n"+tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if len(b.Infobox) != tt.infobox {
				t.Errorf("infobox %+v: want %d fields", b.Infobox, tt.infobox)
			}
			checkSections(t, b.Paragraphs, tt.paras)
		})
	}
}

// TestSplitLabel: how a run's line parts into label and value.
func TestSplitLabel(t *testing.T) {
	tests := []struct{ line, label, rest string }{
		{"Date3–9 May 1991", "Date", "3–9 May 1991"},
		{"Result Valdorian victory", "Result", "Valdorian victory"},
		{"Commanders and leaders", "Commanders and leaders", ""},
		{"Location: Osk", "Location", "Osk"},
		{"Part of the Karn Valley War", "Part of", "the Karn Valley War"},
		{"• Osk Brigade", "", ""},
		{"Red Dawn", "", ""},
	}
	for _, tt := range tests {
		label, rest, _ := splitLabel(tt.line)
		if label != tt.label || rest != tt.rest {
			t.Errorf("splitLabel(%q) = %q, %q; want %q, %q", tt.line, label, rest, tt.label, tt.rest)
		}
	}
}

// templateText is an invented export made from wikitext: its infobox
// as the template's parameters, numbered by side.
const templateText = "= Siege of Osk =\n\nInfobox\n- Conflict: Siege of Osk\n- Partof: the Karn Valley War\n- Date: 3–9 May 1991, ()\n- Place: Osk, Valdoria\n" +
	"- Combatant1: Red Dawn, Karn Front\n- Combatant2: Valdoria\n- Commander1: Ilse Varna\n- Commander2: Anton Meribel\n- Casualties3: 40 dead|\n\n" +
	osbLead + "\n\n== Background ==\nThe militia had held the hills above Osk since 1989.\n"

// TestTemplateInfobox: "Infobox" over "- Param: value" lines is read as
// the infobox, each parameter under the label the page prints for it,
// and yields no paragraph (its date no event).
func TestTemplateInfobox(t *testing.T) {
	b, err := Parse("t.txt", []byte(templateText))
	if err != nil {
		t.Fatal(err)
	}
	checkInfobox(t, b.Infobox, []string{
		"Conflict=Siege of Osk", "Part of=the Karn Valley War", "Date=3–9 May 1991", "Location=Osk, Valdoria",
		"Belligerents=Red Dawn, Karn Front", "Belligerents=Valdoria",
		"Commanders and leaders=Ilse Varna", "Commanders and leaders=Anton Meribel", "Casualties and losses=40 dead",
	})
	if len(b.Paragraphs) != 2 || b.Paragraphs[1].Section != "Background" {
		t.Errorf("paragraphs %+v: want the lead and Background's", b.Paragraphs)
	}
}

// TestTemplateInfoboxSides: the sides a template's numbered combatant
// parameters list are the infobox's sides, and its commanders persons.
func TestTemplateInfoboxSides(t *testing.T) {
	b, err := Parse("t.txt", []byte(templateText))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range infoboxSides(b.Infobox) {
		names = append(names, s.name)
	}
	if strings.Join(names, "|") != "Red Dawn|Karn Front|Valdoria" {
		t.Errorf("sides %q, want Red Dawn, Karn Front, Valdoria", names)
	}
	persons := map[string]bool{}
	infoboxCommanders(b.Infobox, persons)
	if len(persons) != 2 {
		t.Errorf("commanders %v, want Ilse Varna and Anton Meribel", persons)
	}
}

// TestNamedTemplateInfobox: at a text's head, the infobox's own title over
// parameters printed in words is read as the infobox too; further down,
// or with a line that is a sentence over them, such a list stays text.
func TestNamedTemplateInfobox(t *testing.T) {
	params := "- Native Name Lang: vl\n- Active: 1982–present\n- Leaders: Ilse Varna, (until 2007), Anton Meribel\n- Area of operations: Osk, Valdoria\n"
	tests := []struct {
		name, text string
		fields     int
	}{
		{"the title over its parameters", "= Red Dawn =\n\nRed Dawn Movement\n" + params + "\n" + osbLead + "\n", 4},
		{"a sentence over a list", "= Red Dawn =\n\nThe movement has these traits.\n" + params + "\n" + osbLead + "\n", 0},
		{"under a section heading", "= Red Dawn =\n\n" + osbLead + "\n\n== Leaders ==\n\nRed Dawn Movement\n" + params, 0},
	}
	for _, tt := range tests {
		b, err := Parse("t.txt", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Infobox) != tt.fields {
			t.Errorf("%s: %d infobox fields %+v, want %d", tt.name, len(b.Infobox), b.Infobox, tt.fields)
		}
	}
}

// TestWikiInfobox: an article's wikitext infobox template is read into
// the infobox, each parameter under the label the page prints, each
// entry a <br> or a list's "*" sets apart, a flag template as its
// country; it yields no paragraph.
func TestWikiInfobox(t *testing.T) {
	text := "{{Infobox military conflict\n| conflict = Siege of Osk\n| date = 3–9 May 1991\n| combatant1 = [[Red Dawn]]<br />[[Karn Front]] (KF)\n| combatant2 = {{flag|Valdoria}}\n* [[Osk Brigade]]\n| commander1 = [[Ilse Varna]]\n}}\n\n" + osbLead + "\n"
	b, err := Parse("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	checkInfobox(t, b.Infobox, []string{"conflict=Siege of Osk", "date=3–9 May 1991", "Belligerents=Red Dawn|Karn Front (KF)", "Belligerents=Valdoria|Osk Brigade", "Commanders and leaders=Ilse Varna"})
	if len(b.Paragraphs) != 1 || !strings.HasPrefix(b.Paragraphs[0].Text, "The Siege of Osk") {
		t.Errorf("paragraphs %+v: want the lead alone", b.Paragraphs)
	}
}
