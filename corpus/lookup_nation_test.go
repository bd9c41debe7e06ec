package corpus

import "testing"

// TestLookupBriefingNation: a query's nation word that names the nation
// the briefing is about (its title, or the people its factions'
// summaries name most) does not block a body whose own text never names
// it ("supreme court mexico" in a briefing on Oaxaca); a nation the
// briefing is not about, a body naming another nation, and a city's
// name find nothing by it. Off, the query finds nothing.
func TestLookupBriefingNation(t *testing.T) {
	in := func(slug string) Ref { return Ref{Briefing: slug, Paragraph: 1} }
	c := &Corpus{
		Briefings: []*Briefing{{Slug: "oax", Title: "Oaxaca 2006"}, {Slug: "thai", Title: "Thailand in 1973"}},
		Factions: []*Faction{
			{Name: "Supreme Court of Justice of the Nation", Defined: in("oax"), Summary: "In 2009 the Supreme Court of Justice of the Nation concluded its inquiry."},
			{Name: "Federal Preventive Police", Defined: in("oax"), Summary: "Mexico's Federal Preventive Police entered Oaxaca; Mexican officials said so."},
			{Name: "Teachers' Union", Defined: in("oax"), Summary: "The Teachers' Union struck in Oaxaca, as in all Mexico, with Guatemalan support."},
			{Name: "Police Department", Defined: in("thai"), Summary: "The Police Department fired on the crowd."},
			{Name: "Lao Police Department", Defined: in("thai"), Summary: "Lao police watched the border."},
		},
	}
	checkLookupSwitch(t, c, "briefing-nation", func(rq *readQuery, on bool) { rq.briefingNation = on }, []switchCase{
		{"supreme court mexico", "Supreme Court of Justice of the Nation", true},
		{"supreme court mexico", "", false},
		{"mexican supreme court", "Supreme Court of Justice of the Nation", true},
		{"supreme court guatemala", "", true},
		{"oaxaca supreme court", "", true},
		{"thai police", "Police Department", true},
		{"thai police", "", false},
	})
}

// TestLookupPlaceAdjective: a query's land adjective reaches a body
// whose text names the land, and a query's land name one whose text
// names it by its adjective, where no ending of demonymEndings makes
// the one of the other and they share too few letters for nationStem
// ("peruvian", Peru; "dutch", the Netherlands; "myanmar", Burmese):
// WordNet's pertainyms link them (wordnet.Lexicon.Places). Another
// land's adjective reaches nothing. Off, the queries find nothing.
func TestLookupPlaceAdjective(t *testing.T) {
	in := func(slug string) Ref { return Ref{Briefing: slug, Paragraph: 1} }
	c := &Corpus{
		Briefings: []*Briefing{{Slug: "a", Title: "Protests and reprisals"}},
		Factions: []*Faction{
			{Name: "Congress", Defined: in("a"), Summary: "Peru's Congress removed the president on Wednesday."},
			{Name: "Navy", Defined: in("a"), Summary: "The Netherlands sent its Navy to the islands."},
			{Name: "Senate", Defined: in("a"), Summary: "The Burmese Senate met in Rangoon."},
		},
	}
	checkLookupSwitch(t, c, "place-adjectives", func(rq *readQuery, on bool) {
		if !on {
			rq.dropPlaceAdjectives()
		}
	}, []switchCase{
		{"peruvian congress", "Congress", true},
		{"peruvian congress", "", false},
		{"dutch navy", "Navy", true},
		{"dutch navy", "", false},
		{"myanmar senate", "Senate", true},
		{"myanmar senate", "", false},
		{"chilean congress", "", true},
	})
}

// TestLookupDescribedForces: a nation's forces named by a military noun
// reach the body its summary describes as that nation's forces ("myanmar
// military" for "**Tatmadaw**: Myanmar's armed forces"), above a body
// whose name only holds the nation and a military noun; a description
// of a unit of the forces ("the army's border guard") or of another
// nation's does not. Off, the named army wins.
func TestLookupDescribedForces(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Tatmadaw", Summary: "- **Tatmadaw**: Myanmar's armed forces, which seized power."},
		{Name: "Myanmar National Democratic Alliance Army", Summary: "The Myanmar National Democratic Alliance Army fought in Kokang."},
		{Name: "Border Guard Force", Summary: "The Border Guard Force, the Thai army's frontier unit, patrolled."},
		{Name: "Sit-tat", Summary: "- **Sit-tat**: Thailand's armed forces."},
	}}
	checkLookupSwitch(t, c, "described-forces", func(rq *readQuery, on bool) { rq.describedForces = on }, []switchCase{
		{"myanmar military", "Tatmadaw", true},
		{"myanmar military", "Myanmar National Democratic Alliance Army", false},
		{"thai army", "Sit-tat", true},
		{"chinese army", "", true},
	})
}
