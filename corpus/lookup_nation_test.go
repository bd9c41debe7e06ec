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
	for _, tt := range []struct {
		q, want string
		on      bool
	}{
		{"supreme court mexico", "Supreme Court of Justice of the Nation", true},
		{"supreme court mexico", "", false},
		{"mexican supreme court", "Supreme Court of Justice of the Nation", true},
		{"supreme court guatemala", "", true},
		{"oaxaca supreme court", "", true},
		{"thai police", "Police Department", true},
		{"thai police", "", false},
	} {
		rq := c.readQuery(matchKeys(normalize(tt.q)))
		rq.briefingNation = tt.on
		if got := bestFor(c, rq); got != tt.want {
			t.Errorf("%q with briefing-nation %v: best %q, want %q", tt.q, tt.on, got, tt.want)
		}
	}
}
