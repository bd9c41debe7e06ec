package corpus

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func tlDay(y, m, d int) Date { return Date{Year: y, Month: m, Day: d, Precision: PrecisionDay} }

// timelineCorpus holds events dated 2011, 2012-03, 2012-06-15, 2012-07,
// 2013-01-10 and 2013-01-11; the last two mention MNLA.
func timelineCorpus() *Corpus {
	mk := func(d Date, text string) Event { return Event{Date: d, Text: text, Groups: []string{}} }
	return &Corpus{Events: []Event{
		mk(Date{Year: 2011, Precision: PrecisionYear}, "a"),
		mk(Date{Year: 2012, Month: 3, Precision: PrecisionMonth}, "b"),
		mk(tlDay(2012, 6, 15), "c"),
		mk(Date{Year: 2012, Month: 7, Precision: PrecisionMonth}, "d"),
		mk(tlDay(2013, 1, 10), "e MNLA"),
		mk(tlDay(2013, 1, 11), "f MNLA"),
	}}
}

func TestTimeline(t *testing.T) {
	mnla := &Faction{Name: "National Movement for the Liberation of Azawad", Acronym: "MNLA"}
	year := func(y int) Date { return Date{Year: y, Precision: PrecisionYear} }
	month := func(y, m int) Date { return Date{Year: y, Month: m, Precision: PrecisionMonth} }
	tests := []struct {
		name  string
		q     TimelineQuery
		want  string // event texts' first letters, oldest first
		total int
	}{
		{"all", TimelineQuery{}, "abcdef", 6},
		{"limit takes most recent", TimelineQuery{Limit: 2}, "ef", 6},
		{"offset pages back", TimelineQuery{Limit: 2, Offset: 2}, "cd", 6},
		{"last page is short", TimelineQuery{Limit: 4, Offset: 4}, "ab", 6},
		{"offset past the end", TimelineQuery{Limit: 2, Offset: 10}, "", 6},
		{"offset without limit", TimelineQuery{Offset: 1}, "abcde", 6},
		{"negative values count as zero", TimelineQuery{Limit: -1, Offset: -3}, "abcdef", 6},
		{"since month includes its days", TimelineQuery{Since: month(2012, 6)}, "cdef", 4},
		{"since month keeps an overlapping year", TimelineQuery{Since: month(2011, 6)}, "abcdef", 6},
		{"since year", TimelineQuery{Since: year(2013)}, "ef", 2},
		{"since day excludes the month that ended", TimelineQuery{Since: tlDay(2012, 7, 31)}, "def", 3},
		{"until day", TimelineQuery{Until: tlDay(2013, 1, 10)}, "abcde", 5},
		{"until month includes its days", TimelineQuery{Until: month(2012, 6)}, "abc", 3},
		{"until year", TimelineQuery{Until: year(2011)}, "a", 1},
		{"since and until", TimelineQuery{Since: month(2012, 3), Until: month(2012, 7)}, "bcd", 3},
		{"faction", TimelineQuery{Faction: mnla}, "ef", 2},
		{"faction with limit", TimelineQuery{Faction: mnla, Limit: 1}, "f", 2},
		{"nothing matches", TimelineQuery{Since: year(2020)}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := timelineCorpus().Timeline(tt.q)
			if page.Events == nil {
				t.Fatal("Events is nil")
			}
			got := ""
			for _, e := range page.Events {
				got += e.Text[:1]
			}
			if got != tt.want || page.Total != tt.total {
				t.Errorf("got %q (total %d), want %q (total %d)", got, page.Total, tt.want, tt.total)
			}
		})
	}
}

func TestTimelineDoesNotShareMemory(t *testing.T) {
	c := timelineCorpus()
	c.Events[0].Groups = []string{"X"}
	page := c.Timeline(TimelineQuery{})
	page.Events[0].Groups[0] = "changed"
	page.Events[0].Text = "changed"
	if c.Events[0].Groups[0] != "X" || c.Events[0].Text != "a" {
		t.Errorf("Timeline result aliases the corpus: %+v", c.Events[0])
	}
}

func TestLinkEvents(t *testing.T) {
	mnla := &Faction{Name: "National Movement for the Liberation of Azawad", Acronym: "MNLA"}
	ima := &Faction{Name: "Islamic Movement for the Azawad", Acronym: "IMA", Aliases: []string{"MIA"}}
	aqim := &Faction{Name: "al-Qaeda in the Islamic Maghreb", Acronym: "AQIM"}
	c := &Corpus{
		Factions: []*Faction{mnla, ima, aqim},
		Events: []Event{
			{Date: Date{Year: 2011, Precision: PrecisionYear}, Text: "They formed the MNLA."},
			{Date: tlDay(2012, 6, 1), Text: "The MNLA faced off against the Islamists."},
			{Date: tlDay(2013, 1, 24), Text: "Ag Intalla formed the Islamic Movement for the Azawad (IMA), and MNLA fighters watched."},
			{Date: tlDay(2013, 1, 25), Text: "Nobody in particular moved."},
		},
	}
	linkEvents(c)
	linkEvents(c) // idempotent
	wantGroups := [][]string{
		{mnla.Name},
		{mnla.Name},
		{mnla.Name, ima.Name},
		{},
	}
	for i, e := range c.Events {
		if e.Groups == nil || !slices.Equal(e.Groups, wantGroups[i]) {
			t.Errorf("event %d groups = %#v, want %#v", i, e.Groups, wantGroups[i])
		}
	}
	texts := func(es []Event) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Text)
		}
		return out
	}
	if got, want := texts(mnla.Events), texts(c.Events[:3]); !slices.Equal(got, want) {
		t.Errorf("MNLA events = %q, want %q", got, want)
	}
	if got := texts(ima.Events); !slices.Equal(got, []string{c.Events[2].Text}) {
		t.Errorf("IMA events = %q", got)
	}
	if len(aqim.Events) != 0 {
		t.Errorf("AQIM events = %q, want none", texts(aqim.Events))
	}
	if ima.Events[0].Groups == nil || len(ima.Events[0].Groups) != 2 {
		t.Errorf("faction's copy of the event lacks its groups: %#v", ima.Events[0].Groups)
	}
}

func TestEventMarshalJSON(t *testing.T) {
	e := Event{
		Date: Date{Year: 2013, Month: 1, Day: 29, Precision: PrecisionDay, Scheduled: true},
		Text: "A summit will be held.",
		Ref:  Ref{Briefing: "mali", Title: "Mali 101", Paragraph: 25},
	}
	data, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"date":"2013-01-29","precision":"day","modifier":"","scheduled":true,"text":"A summit will be held.","briefing":"mali","paragraph":25,"citation":"Mali 101 ¶25","groups":[]}`
	if string(data) != want {
		t.Errorf("got  %s\nwant %s", data, want)
	}
	e.Date = Date{Year: 2012, Month: 6, Precision: PrecisionMonth, Modifier: ModLate}
	e.Groups = []string{"MNLA"}
	var back map[string]any
	data, _ = json.Marshal(e)
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back["date"] != "2012-06" || back["precision"] != "month" || back["modifier"] != "late" {
		t.Errorf("month event JSON = %s", data)
	}
}

func TestCorpusEventsSortedAndLinked(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Events) == 0 {
		t.Fatal("no events in the embedded corpus")
	}
	for i, e := range c.Events {
		if e.Groups == nil {
			t.Errorf("event %d has nil groups", i)
		}
		if e.Date.Precision == PrecisionNone {
			t.Errorf("undated event %q", e.Text)
		}
		if i > 0 && compareDateKeys(c.Events[i-1].Date.sortKey(), e.Date.sortKey()) > 0 {
			t.Errorf("out of order at %d: %s then %s", i, c.Events[i-1].Date, e.Date)
		}
	}
}

func TestExtractEventsChronologicalAndStable(t *testing.T) {
	mk := func(slug, text string) *Briefing {
		return &Briefing{Slug: slug, Title: slug, Date: utcDate(2013, 1, 25), Paragraphs: []Paragraph{{Number: 1, Text: text}}}
	}
	events := extractEvents([]*Briefing{
		mk("a", "On January 10, militants captured Konna. In 2003, militants crossed the border. On the same day France protested."),
		mk("b", "On January 10, the UN met. In 2003, talks began."),
	})
	var got []string
	for _, e := range events {
		got = append(got, e.Ref.Briefing+":"+e.Date.String())
	}
	// Same date: briefing order, then document order within a briefing.
	want := []string{"a:2003", "b:2003", "a:2013-01-10", "a:2013-01-10", "b:2013-01-10"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if events[2].Text != "On January 10, militants captured Konna." || events[3].Text != "On the same day France protested." {
		t.Errorf("same-date events out of document order: %q, %q", events[2].Text, events[3].Text)
	}
}

// TestTimelineRangesAndYearless checks the filters on a range, which
// matches when any part of it overlaps the bounds, and on an event with no
// year, which belongs to no period.
func TestTimelineRangesAndYearless(t *testing.T) {
	year := func(y int) Date { return Date{Year: y, Precision: PrecisionYear} }
	c := &Corpus{Events: []Event{
		{Date: Date{Month: 6, Day: 4, Precision: PrecisionDay}, Text: "g", Groups: []string{}},
		{Date: year(2010), End: year(2012), Text: "h", Groups: []string{}},
	}}
	tests := []struct {
		name string
		q    TimelineQuery
		want string
	}{
		{"no bounds keeps both", TimelineQuery{}, "gh"},
		{"since the range's last year", TimelineQuery{Since: year(2012)}, "h"},
		{"until the range's first year", TimelineQuery{Until: year(2010)}, "h"},
		{"after the range", TimelineQuery{Since: year(2013)}, ""},
		{"before the range", TimelineQuery{Until: year(2009)}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, e := range c.Timeline(tt.q).Events {
				got += e.Text
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLinkEventsScene: a dated sentence involves the factions named in the
// undated sentence just before it in its paragraph (the scene it is set
// in), but not those of a sentence that reports a dated event of its own.
func TestLinkEventsScene(t *testing.T) {
	b := &Briefing{Slug: "s", Title: "S", Paragraphs: []Paragraph{
		{Number: 1, Text: "The Zebra Front (ZF) is an armed group. The Quagga Brigade (QB) is a militia."},
		{Number: 2, Text: "The fighting opened a rift inside the Zebra Front. On 3 May 2010, one of its commanders formed a splinter cell."},
		{Number: 3, Text: "On 5 May 2010, the Quagga Brigade shelled Alphaville. On 6 May 2010, rebels withdrew from the hills."},
	}}
	c, err := New(b)
	if err != nil {
		t.Fatal(err)
	}
	groups := map[string][]string{}
	for _, e := range c.Events {
		groups[e.Date.String()] = e.Groups
	}
	has := func(date, name string) bool {
		for _, g := range groups[date] {
			if strings.Contains(g, name) {
				return true
			}
		}
		return false
	}
	if !has("2010-05-03", "Zebra Front") {
		t.Errorf("the splinter event lacks the faction of its scene: %v", groups)
	}
	if has("2010-05-06", "Quagga") {
		t.Errorf("an event took the faction of the dated sentence before it: %v", groups)
	}
	zf, _, err := c.LookupFaction("Zebra Front")
	if err != nil {
		t.Fatal(err)
	}
	if page := c.Timeline(TimelineQuery{Faction: zf}); len(page.Events) != 1 {
		t.Errorf("Zebra Front's timeline = %d events, want the splinter event", len(page.Events))
	}
}
