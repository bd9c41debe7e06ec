package corpus

import (
	"slices"
	"testing"
)

// infoboxCopy is a browser copy whose infobox lists a side the prose
// names only in passing.
const infoboxCopy = `Karn Valley War
From Wikipedia, the free encyclopedia
Date
1988 – 1991
Belligerents
Red Dawn
Kenya
Valdorian Defence Force (VDF)
Commanders and leaders
Ilse Varna

The Karn Valley War was fought in the north of Valdoria between 1988 and 1991, and it cost the lives of several thousand villagers.[1]

Course of the war

In 1989 Red Dawn fighters raided the depot at Osk and held the road for a week. The Valdorian Defence Force (VDF) retook it in April with help from Kenya.[2]
`

// aboutRedDawn is a paragraph saying what Red Dawn is, after the one
// that first names it.
const aboutRedDawn = "\nRed Dawn, Varna's own militia, was built around former students from the valley.\n"

func TestInfoboxSides(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		off     bool
		want    []string
		notWant []string
		defined int // the paragraph defining Red Dawn
	}{
		{name: "sides named in the prose are factions", text: infoboxCopy, want: []string{"Red Dawn", "Valdorian Defence Force"}, notWant: []string{"Kenya", "Ilse Varna"}, defined: 2},
		{name: "without the rule the side named in passing is lost", text: infoboxCopy, off: true, notWant: []string{"Red Dawn"}},
		{name: "defined where the prose says what it is", text: infoboxCopy + aboutRedDawn, want: []string{"Red Dawn"}, defined: 3},
		{name: "without the rule not even there", text: infoboxCopy + aboutRedDawn, off: true, notWant: []string{"Red Dawn"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse("karn.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			x := extractor{}
			if tt.off {
				x.disabled = map[string]bool{ruleInfoboxSide: true}
			}
			fs, _ := x.run([]*Briefing{b})
			var got []string
			for _, f := range fs {
				got = append(got, f.Name)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q not found in %q", w, got)
				}
			}
			if f := byName(fs, "Red Dawn"); tt.defined > 0 && (f == nil || f.Defined.Paragraph != tt.defined) {
				t.Errorf("Red Dawn defined at %+v, want ¶%d", f, tt.defined)
			}
			for _, n := range tt.notWant {
				if slices.Contains(got, n) {
					t.Errorf("%q listed: %q", n, got)
				}
			}
		})
	}
}

func TestInfoboxSideValues(t *testing.T) {
	fields := []InfoField{
		{Label: "Belligerents", Values: []string{"Cobras, Angola / Lissouba government, Ninjas (from September 1997)", "Radical FRUD (from 1994)"}},
		{Label: "Commanders and leaders", Values: []string{"Ilse Varna"}},
	}
	var got []string
	for _, s := range infoboxSides(fields) {
		got = append(got, s.name)
	}
	want := []string{"Cobras", "Angola", "Lissouba government", "Ninjas", "Radical FRUD"}
	if !slices.Equal(got, want) {
		t.Errorf("sides %q, want %q", got, want)
	}
	if name, ok := namedIn("led what became known as the radical FRUD.", "Radical FRUD"); !ok || name != "radical FRUD" {
		t.Errorf("namedIn = %q %v", name, ok)
	}
}

func TestSideOf(t *testing.T) {
	tests := []struct {
		in, name, acronym string
		ok                bool
	}{
		{"Northern Liberation Front (NLF)", "Northern Liberation Front", "NLF", true},
		{"Red Dawn (until 1990)", "Red Dawn", "", true}, // a qualifier is no acronym, nor part of the name
		{"Supported by:", "", "", false},
		{"UNITA (alleged)", "UNITA", "", true},
		{"defectors from the FAC", "", "", false},
		{"Kenya", "Kenya", "", true},
	}
	for _, tt := range tests {
		s, ok := sideOf(tt.in)
		if ok != tt.ok || ok && (s.name != tt.name || s.acronym != tt.acronym) {
			t.Errorf("sideOf(%q) = %+v %v, want %q %q %v", tt.in, s, ok, tt.name, tt.acronym, tt.ok)
		}
	}
}

// infoboxPartsCopy lists its sides against each other, the forces of one
// in brackets, and the units that fought; the prose names them only in
// passing.
const infoboxPartsCopy = `Karn Valley War
From Wikipedia, the free encyclopedia
Date
1988 – 1991
Belligerents
Valdorian Republic (Grauwehr, Osk Brethren) against Red Dawn
Units involved
Tarn Military Region
Commanders and leaders
Ilse Varna

The Karn Valley War was fought in the north of Valdoria between 1988 and 1991, and it cost the lives of several thousand villagers.[1]

Course of the war

The forces sent to Osk in 1989 included Grauwehr infantry and engineer battalions. Troops of the Tarn Military Region, commanded by Ilse Varna, formed a western front.[2]
`

func TestInfoboxParts(t *testing.T) {
	for _, off := range []bool{false, true} {
		b, err := Parse("karn.txt", []byte(infoboxPartsCopy))
		if err != nil {
			t.Fatal(err)
		}
		x := extractor{}
		if off {
			// The span model, fitted to every introduction at once, finds
			// names the hand rules miss; as in TestRuleAblation the rule is
			// ablated against the other rules alone. So does
			// military-area, which reads "Troops of the Tarn Military
			// Region" in the prose.
			x.disabled = map[string]bool{ruleInfoboxParts: true, ruleSpanModel: true, ruleMilitaryArea: true}
		}
		fs, _ := x.run([]*Briefing{b})
		got := names(fs)
		for _, w := range []string{"Grauwehr", "Tarn Military Region"} {
			if slices.Contains(got, w) == off {
				t.Errorf("rule off %v: %q listed %v in %q", off, w, !off, got)
			}
		}
	}
	var got []string
	for _, s := range infoboxParts([]InfoField{{Label: "Belligerents", Values: []string{"26th of July Movement; Popular Socialist Party versus the Republic of Cuba", "State Protection Authority (ÁVH)"}}}) {
		got = append(got, s.name)
	}
	if want := []string{"26th of July Movement", "Popular Socialist Party", "Republic of Cuba"}; !slices.Equal(got, want) {
		t.Errorf("parts %q, want %q", got, want)
	}
}

// TestInfoboxAfterHatnote: a hatnote between the tagline and the infobox
// ("This article is about … For other uses, see …"), one long sentence,
// is the page's chrome, not the lead: the infobox after it is still read.
func TestInfoboxAfterHatnote(t *testing.T) {
	text := "Karn Valley War\nFrom Wikipedia, the free encyclopedia\n" +
		"This article is about the conflict of 1988–1991 in Valdoria. For the earlier conflict in the valley, see Karn Rising. For other uses, see Karn War (disambiguation).\n" +
		"Karn Valley War\nPart of the Valdorian conflicts\nDate\n1988 – 1991\nBelligerents\nRed Dawn\nValdorian Defence Force\nCommanders and leaders\nIlse Varna\n\n" +
		"The Karn Valley War was fought in the north of Valdoria between 1988 and 1991, and it cost the lives of several thousand villagers.\n"
	b, err := Parse("karn.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var sides []string
	for _, f := range b.Infobox {
		if f.Label == "Belligerents" {
			sides = f.Values
		}
	}
	if want := []string{"Red Dawn", "Valdorian Defence Force"}; !slices.Equal(sides, want) {
		t.Errorf("belligerents %q, want %q (infobox %+v)", sides, want, b.Infobox)
	}
}

// commandersCopy is a browser copy whose prose names a commander the
// infobox lists as it would name a party: "led by".
const commandersCopy = `Karn Valley War
From Wikipedia, the free encyclopedia
Date
1988 – 1991
Belligerents
Red Dawn
Valdorian Defence Force (VDF)
Commanders and leaders
Ilse Varna †
Abdul-Karim al-Tamari

The Karn Valley War was fought in the north of Valdoria between 1988 and 1991, and it cost the lives of several thousand villagers.

This second war was the first in which the rebels were led by Abdul-Karim al-Tamari, a younger brother of Ilse, who would become the movement's undisputed leader. Red Dawn fighters raided the depot at Osk and held the road for a week.

On 25 January 1991 Abdul-Karim al-Tamari announced that his fighters were withdrawing from the valley.
`

func TestInfoboxCommanders(t *testing.T) {
	for _, off := range []bool{false, true} {
		b, err := Parse("karn.txt", []byte(commandersCopy))
		if err != nil {
			t.Fatal(err)
		}
		x := extractor{}
		if off {
			// particle-surname reads the appositive "a younger brother"
			// as a person's too; off, only the infobox shows it.
			x.disabled = map[string]bool{ruleInfoboxCommanders: true, ruleParticleSurname: true}
		}
		fs, _ := x.run([]*Briefing{b})
		if listed := byName(fs, "Abdul-Karim al-Tamari") != nil; listed != off {
			t.Errorf("rule off %v: al-Tamari listed %v, want %v", off, listed, off)
		}
		if byName(fs, "Red Dawn") == nil {
			t.Errorf("rule off %v: Red Dawn lost", off)
		}
	}
}

func TestCommanderName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Hussein Badreddin al-Houthi †", "Hussein Badreddin al-Houthi"},
		{"Ilse Varna (POW)", "Ilse Varna"},
		{" Abdul-Malik al-Houthi", "Abdul-Malik al-Houthi"},
		{"Varna", ""},
		{"unknown", ""},
	} {
		if got := commanderName(tt.in); got != tt.want {
			t.Errorf("commanderName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// infoboxOnlyLead is an invented lead that names none of the infobox's
// parties.
const infoboxOnlyLead = "The Karn War was fought in the north of Valdoria between 1988 and 1991, when the hill districts rose against the government in Torvo and held the river road for three years."

// TestInfoboxOnlyForms: the organisations an infobox lists are factions
// though the prose never names them, in every form a copied or saved
// article gives its infobox, while its commanders, its strength and its
// location are not.
func TestInfoboxOnlyForms(t *testing.T) {
	want := []string{"Karn Popular Front", "Valdorian Border Guard"}
	notWant := []string{"Ilse Varna", "Anton Meribel", "Osk", "Karn Hills", "Supported by", "Tarvia"}
	tests := []struct{ name, file, body string }{
		{"a browser copy, the infobox after the lead", "t.txt", "Karn War\n\nFrom the free encyclopedia\n\n" + infoboxOnlyLead + "\n\nKarn War\nDate\t1988–1991\nLocation\tOsk, Karn Hills\nBelligerents\nKarn Popular Front (KPF),\nSupported by:\nTarvia\n\nValdoria • Valdorian Border Guard\nCommanders and leaders\nIlse Varna\nStrength\n900\n\nBackground[edit]\n\nThe hill districts had been poor since the mines closed in 1979, and the first raids on the river road began in the spring of 1988."},
		{"a saved page's infobox table", "t.html", "<html><body><table class=\"infobox\"><tr><th>Date</th><td>1988–1991</td></tr><tr><th>Location</th><td>Osk, Karn Hills</td></tr><tr><th colspan=\"2\">Belligerents</th></tr><tr><td><img alt=\"Karn Popular Front\"> Karn Popular Front (KPF)<br>Supported by:<br>Tarvia</td><td>Valdoria<br>Valdorian Border Guard</td></tr><tr><th colspan=\"2\">Commanders and leaders</th></tr><tr><td>Ilse Varna</td><td>Anton Meribel</td></tr></table><p>" + infoboxOnlyLead + "</p></body></html>"},
		{"an article's wikitext, the template before the lead", "t.txt", "{{Infobox military conflict\n| conflict = Karn War\n| date = 1988–1991\n| place = [[Osk]], [[Karn Hills]]\n| combatant1 = [[Karn Popular Front]] (KPF)<br>{{flagicon|Tarvia}} Supported by: [[Tarvia]]\n| combatant2 = {{flag|Valdoria}}\n* [[Valdorian Border Guard]]\n| commander1 = [[Ilse Varna]]\n| commander2 = [[Anton Meribel]]\n| strength1 = 900\n}}\n\n" + infoboxOnlyLead + "\n\n== Background ==\n\nThe hill districts had been poor since the mines closed in 1979, and the first raids on the river road began in the spring of 1988.\n"},
		{"a Markdown table", "t.md", "# Karn War\n\n| Date | 1988–1991 |\n|---|---|\n| Location | Osk, Karn Hills |\n| Belligerents | Karn Popular Front (KPF) · Valdoria · Valdorian Border Guard |\n| Commanders and leaders | Ilse Varna · Anton Meribel |\n\n" + infoboxOnlyLead + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse(tt.file, []byte(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			fs, _ := extractFactions([]*Briefing{b})
			checkListed(t, names(fs), want, notWant)
		})
	}
}

// flaggedCopy is a browser copy of an infobox as a page with flag icons
// gives it: each party and commander after its flag's country, one a
// line, a note's letter and a comma left on some, a note in brackets on
// a line of its own, "Supported by:" over a backer, the second side
// after a tab.
const flaggedCopy = `Northern Karn rebellion (2012)

From Wikipedia, the free encyclopedia

Northern Karn rebellion
Part of the Karn conflicts
Date	17 January – 6 April 2012
Location	Northern Mali
Result	Rebel victory
Belligerents
Azawad Karn Liberation Movement (KLM)
Ansar Tarn[a]
Movement for Unity in Osk,
Supported by:
 Libya (alleged)
	Mali Malian Armed Forces
Mali National Gendarmerie
(until March 2012)
Mali Ganda Iso
Commanders and leaders
Azawad Bilal Osk
Iyad Tarnek	Mali Amadou Traore
Strength
3,000	7,000

The Northern Karn rebellion was an armed uprising in the north of Mali in early 2012, waged by the Karn Liberation Movement (KLM) and Islamist groups against the Malian government.[1]

Background

The Karn Liberation Movement was founded in October 2011 by returning fighters. Ansar Tarn, a group led by Iyad Tarnek, fought beside it from January. The Movement for Unity in Osk raided convoys near Gao.

Course

On 17 January the KLM attacked the garrison at Osk. The Malian Armed Forces withdrew from Kidal in March, and the National Gendarmerie abandoned its posts. Ganda Iso, a Songhai self-defence group, fought the rebels near Gao.[2]
`

// tabbedCopy is a browser copy whose entries open with the space a flag
// icon leaves, a side's last entry and the other side's first on one
// line, a tab between them, and a date's note under the date.
const tabbedCopy = `Osk War
From Wikipedia, the free encyclopedia
Osk War
Part of the Sahel conflicts
Date	2 March 2014 – 9 November 2015
(1 year, 8 months and 1 week)
Location	Northern Niger
Belligerents
 Niger
 Nigerien Armed Forces
 National Guard of Niger
Supported by:
 France
 Chad	 Tamasheq Front for Liberation (TFL)[a]
 Jama'at Nusrat Osk
(until 2015)
 Coordination of Azawak Movements,
Commanders and leaders
 Mahamadou Issoufou
 Salou Djibo	 Rhissa Ag Tarnek
 Ahmed Ould Sidi †

The Osk War was an armed conflict in northern Niger between March 2014 and November 2015, fought between the government of Niger and the Tamasheq Front for Liberation (TFL), with Islamist allies.

Background

The Tamasheq Front for Liberation was founded in Agadez in late 2013 by veterans of earlier rebellions. Its leader, Rhissa Ag Tarnek, demanded autonomy for the north. Jama'at Nusrat Osk, a jihadist group led by Ahmed Ould Sidi, joined the front in its first offensive.

Course

In March 2014 the TFL attacked garrisons of the Nigerien Armed Forces near Arlit. The National Guard of Niger withdrew from several posts. In July the Coordination of Azawak Movements, an alliance of smaller Tuareg and Arab groups, proclaimed its support for the TFL.
`

// TestInfoboxBrowserCopy: every party of a real-looking browser copy is
// found under the name the prose uses, and no country or commander is.
func TestInfoboxBrowserCopy(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"flags before the parties", flaggedCopy,
			[]string{"Karn Liberation Movement", "Ansar Tarn", "Movement for Unity in Osk", "Malian Armed Forces", "National Gendarmerie", "Ganda Iso"},
			[]string{"Mali Malian Armed Forces", "Mali National Gendarmerie", "Mali", "Libya", "Azawad", "Bilal Osk", "Iyad Tarnek", "Amadou Traore"}},
		{"sides after a tab", tabbedCopy,
			[]string{"Tamasheq Front for Liberation", "Jama'at Nusrat Osk", "Coordination of Azawak Movements", "Nigerien Armed Forces", "National Guard of Niger"},
			[]string{"Niger", "France", "Chad", "Mahamadou Issoufou", "Rhissa Ag Tarnek", "Ahmed Ould Sidi", "Salou Djibo"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse("copy.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			fs, _ := extractFactions([]*Briefing{b})
			checkListed(t, names(fs), tt.want, tt.not)
		})
	}
}
