package corpus

import (
	"slices"
	"testing"
)

func mustDate(t *testing.T, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestTimeline(t *testing.T) {
	mk := func(s, text string) Event {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return Event{Date: d, Text: text}
	}
	c := &Corpus{Events: []Event{
		mk("2003", "a"),
		mk("2011", "b"),
		mk("2012", "c"),
		mk("2012-05", "d"),
		mk("2012-06", "e"),
		mk("2012-06-15", "f"),
		mk("2012-07-01", "g"),
		mk("2013-01-10", "h"),
		mk("2013-01-11", "i"),
	}}
	tests := []struct {
		name      string
		q         TimelineQuery
		want      []string
		wantTotal int
	}{
		{"all", TimelineQuery{}, []string{"a", "b", "c", "d", "e", "f", "g", "h", "i"}, 9},
		{"limit keeps most recent", TimelineQuery{Limit: 3}, []string{"g", "h", "i"}, 9},
		{"offset pages back", TimelineQuery{Limit: 3, Offset: 3}, []string{"d", "e", "f"}, 9},
		{"last page is short", TimelineQuery{Limit: 3, Offset: 7}, []string{"a", "b"}, 9},
		{"offset past the end", TimelineQuery{Limit: 3, Offset: 9}, []string{}, 9},
		{"offset without limit", TimelineQuery{Offset: 7}, []string{"a", "b"}, 9},
		{"negative offset", TimelineQuery{Limit: 1, Offset: -4}, []string{"i"}, 9},
		{"since month includes its days and overlapping year", TimelineQuery{Since: mustDate(t, "2012-06")}, []string{"c", "e", "f", "g", "h", "i"}, 6},
		{"until month is inclusive", TimelineQuery{Until: mustDate(t, "2012-06")}, []string{"a", "b", "c", "d", "e", "f"}, 6},
		{"until day", TimelineQuery{Until: mustDate(t, "2012-06-14")}, []string{"a", "b", "c", "d", "e"}, 5},
		{"since and until a year", TimelineQuery{Since: mustDate(t, "2012"), Until: mustDate(t, "2012")}, []string{"c", "d", "e", "f", "g"}, 5},
		{"single day", TimelineQuery{Since: mustDate(t, "2013-01-10"), Until: mustDate(t, "2013-01-10")}, []string{"h"}, 1},
		{"empty range", TimelineQuery{Since: mustDate(t, "2014")}, []string{}, 0},
		{"filters then limit", TimelineQuery{Until: mustDate(t, "2012"), Limit: 2}, []string{"f", "g"}, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := c.Timeline(tt.q)
			got := []string{}
			for _, ev := range page.Events {
				got = append(got, ev.Text)
			}
			if !slices.Equal(got, tt.want) || page.Total != tt.wantTotal {
				t.Errorf("got %q (total %d), want %q (total %d)", got, page.Total, tt.want, tt.wantTotal)
			}
		})
	}
}

func TestTimelineFaction(t *testing.T) {
	b := &Briefing{Slug: "b", Title: "B", Paragraphs: []Paragraph{
		{Number: 1, Text: "On January 11, 2013, France launched Opération Serval against Ansar Dine."},
		{Number: 2, Text: "In 2012 the MNLA declared a state. In 2003, militants crossed the border."},
		{Number: 3, Text: "On January 24, 2013, the IMA broke off from Ansar Dine."},
	}}
	c := &Corpus{Briefings: []*Briefing{b}}
	ansar := &Faction{Name: "Ansar Dine", Aliases: []string{"Ansar Eddine"}}
	mnla := &Faction{Name: "National Movement for the Liberation of Azawad", Acronym: "MNLA"}
	idle := &Faction{Name: "Nobody Here"}
	c.Factions = []*Faction{ansar, mnla, idle}
	c.Events = extractEvents(c.Briefings)
	linkEvents(c)

	tests := []struct {
		name string
		f    *Faction
		want []string // dates
	}{
		{"two events, chronological", ansar, []string{"2013-01-11", "2013-01-24"}},
		{"acronym", mnla, []string{"2012"}},
		{"none", idle, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, ev := range tt.f.Events {
				got = append(got, ev.Date.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("f.Events dates = %q, want %q", got, tt.want)
			}
			var page []string
			for _, ev := range c.Timeline(TimelineQuery{Faction: tt.f}).Events {
				page = append(page, ev.Date.String())
			}
			if !slices.Equal(page, tt.want) {
				t.Errorf("Timeline dates = %q, want %q", page, tt.want)
			}
		})
	}
	for _, ev := range c.Events {
		wantGroups := map[string][]string{
			"2003":       nil,
			"2012":       {"National Movement for the Liberation of Azawad"},
			"2013-01-11": {"Ansar Dine"},
			"2013-01-24": {"Ansar Dine"},
		}[ev.Date.String()]
		if !slices.Equal(ev.Groups, wantGroups) {
			t.Errorf("%s: Groups = %q, want %q", ev.Date, ev.Groups, wantGroups)
		}
	}
}
