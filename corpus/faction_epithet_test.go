package corpus

import (
	"cmp"
	"strings"
	"testing"
)

// epithetCases are look-ups that reach a faction only by a description
// the text sets beside its name.
var epithetCases = []struct {
	name, body, query, want string
	rule                    string // the rule that reads it; epithets when ""
}{
	{"a body's noun before a one-word name",
		"Villagers told the human-rights group Vestnik that soldiers had burned forty houses.\n\nVestnik published its report in May.",
		"vestnik human rights group", "Vestnik", ""},
	{"a description after the name and its letters",
		"The National Service for Public Order, or SNOP, the new state's political police, ran a network of camps.",
		"political police", "National Service for Public Order", ""},
	{"a description naming the body",
		"The north was held by a rebel alliance known as the Forces Marines, which grew out of the 2002 mutiny.",
		"rebel alliance", "Forces Marines", ""},
	{"members of the body, qualified by a nation",
		"The Russian defence ministry said the first aircraft carrying paratroopers of the Airborne Troops landed on Thursday.",
		"russian paratroopers", "Airborne Troops", ""},
	{"a copula's complement",
		"The Harakat al-Nur (HAN) was a rival Islamist coalition based in the south.",
		"rival coalition", "Harakat al-Nur", ""},
	{"a complement after of",
		"The most feared of these forces were the Mobile Reserves (ZOVO), the riot units of the regular police.",
		"riot police", "Mobile Reserves", ""},
	{"a description a comma closes before called",
		"When students marched on 13 March, the riot police, called the Public Order Force (POF), opened fire on them.",
		"riot police", "Public Order Force", ruleEpithetCalled},
	{"a description before known since a year as",
		"Many writers suspect that the Veldian secret police, known since 1969 as the State Directorate (SD), infiltrated the plot.",
		"secret police", "State Directorate", ruleEpithetCalled},
	{"a modifier between the article and the name",
		"The ruling Democratic Party of Veldia (PDV) has dominated all politics since 1987. The PDV won every seat.",
		"ruling party", "Democratic Party of Veldia", ruleEpithetModifier},
	{"a description that names itself",
		"On 22 May the armed forces seized power. The junta named itself the National Council for Order (NCO) and suspended the constitution.",
		"the junta", "National Council for Order", ruleEpithetSelfNamed},
	{"a description first, the name between commas after it",
		"The Veldian People's Congress (VPC) was founded in 1961.\n\nThe ruling party, VPC, dominated the security services from 1980.",
		"ruling party", "Veldian People's Congress", ruleEpithetFronted},
}

// TestEpithetLookup checks that each case is found with its rule on and
// lost with it off.
func TestEpithetLookup(t *testing.T) {
	for _, tt := range epithetCases {
		t.Run(tt.name, func(t *testing.T) {
			for _, on := range []bool{true, false} {
				x := extractor{disabled: map[string]bool{}}
				if !on {
					x.disabled[cmp.Or(tt.rule, ruleEpithets)] = true
				}
				b := briefing(t, "t", "# T\n\n"+tt.body+"\n")
				c := &Corpus{Briefings: []*Briefing{b}, extracted: true}
				c.Factions, c.Acronyms = x.run(c.Briefings)
				f, _, err := c.LookupFaction(tt.query)
				got := err == nil && strings.Contains(f.Name, tt.want)
				if got != on {
					name := ""
					if f != nil {
						name = f.Name
					}
					t.Errorf("epithets on=%v: %q found %q (err %v), want found=%v; factions %q", on, tt.query, name, err, on, names(c.Factions))
				}
			}
		})
	}
}

// TestEpithetsNotInLists checks that names a list sets side by side with
// commas are no epithets of one another, while an apposition closed by a
// comma is; that another body's name is no word of an epithet; and that
// a name closing a longer one takes nothing the text sets beside that.
func TestEpithetsNotInLists(t *testing.T) {
	for _, tt := range []struct {
		text, form string
		want       []string
	}{
		{"Talks brought together the Karen National Union, the Veldian Buddhist Army and the Karen Peace Council.", "Karen National Union", nil},
		{"Talks brought together the Karen National Union, the Veldian Buddhist Army, the Karen Peace Council and others.", "Veldian Buddhist Army", nil},
		{"The ZOVO, the riot units of the regular police, broke up the march.", "ZOVO", []string{"riot units regular police"}},
		{"The Harakat al-Nur was a rival Islamist coalition and a party.", "Harakat al-Nur", []string{"rival islamist coalition"}},
		{"The most feared were the ZOVO (Mobile Reserves of the Civic Guard), the riot units of the regular police.", "Civic Guard", nil},
		{"The most feared were the ZOVO (Mobile Reserves of the Civic Guard), the riot units of the regular police.", "Mobile Reserves of the Civic Guard", []string{"riot units regular police"}},
		{"The Social Action Party, the Chart Thai party's partner, left the coalition.", "Social Action Party", []string{"thai party partner"}},
	} {
		got := epithetsIn([]string{tt.text}, []string{tt.form}, nil)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q in %q: epithets %q, want %q", tt.form, tt.text, got, tt.want)
		}
	}
}
