package bot

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/corpus"
)

// The fakes below stand in for the index and corpus so that handler tests
// depend only on bot's own interfaces.

var fakeBriefing = &corpus.Briefing{
	Slug:      "crisis-in-mali-101",
	Title:     "Crisis in Mali 101",
	Publisher: "Example Desk",
	Date:      time.Date(2013, 1, 20, 0, 0, 0, 0, time.UTC),
	URL:       "https://example.org/mali-101",
	Paragraphs: []corpus.Paragraph{
		{Number: 1, Text: "Mali's north has been contested since independence."},
		{Number: 2, Text: "The National Movement for the Liberation of Azawad (MNLA) is a Tuareg separatist movement led by Bilal Ag Acherif."},
		{Number: 3, Text: "Ansar Dine, led by Iyad Ag Ghaly, fought alongside the MNLA before turning on it."},
		{Number: 4, Text: "AQIM and MUJAO held the cities of the north by mid-2012."},
		{Number: 5, Text: "France intervened in January 2013 at the request of the government in Bamako."},
	},
}

var fakeBriefing2 = &corpus.Briefing{
	Slug:       "sahel-notes",
	Title:      "Sahel notes [draft]",
	Paragraphs: []corpus.Paragraph{{Number: 1, Text: "A note."}},
}

func ref(p int) corpus.Ref { return fakeBriefing.Ref(p) }

func ev(y, m, d int, prec corpus.Precision, mod string, sched bool, text string, p int, groups ...string) corpus.Event {
	return corpus.Event{
		Date: corpus.Date{Year: y, Month: m, Day: d, Precision: prec, Modifier: mod, Scheduled: sched},
		Text: text, Ref: ref(p), Groups: groups,
	}
}

// span makes e a range of days ending on day end of its month.
func span(e corpus.Event, end int) corpus.Event {
	e.End = e.Date
	e.End.Day = end
	return e
}

var fakeEvents = []corpus.Event{
	ev(2011, 0, 0, corpus.PrecisionYear, "", false, "Fighters returned from Libya in 2011.", 1),
	ev(2012, 1, 17, corpus.PrecisionDay, "", false, "On 17 January 2012 the MNLA attacked Ménaka.", 2, "MNLA"),
	ev(2012, 4, 6, corpus.PrecisionDay, "", false, "The MNLA declared the independence of Azawad on 6 April 2012.", 2, "MNLA"),
	ev(2012, 6, 0, corpus.PrecisionMonth, "late", false, "In late June 2012 Ansar Dine and MUJAO drove the MNLA from Gao.", 3, "Ansar Dine", "MUJAO", "MNLA"),
	span(ev(2013, 1, 10, corpus.PrecisionDay, "", false, "Between 10 and 11 January 2013 Ansar Dine took Konna.", 3, "Ansar Dine"), 11),
	ev(2013, 7, 28, corpus.PrecisionDay, "", true, "Elections are scheduled for 28 July 2013.", 5),
}

func faction(name, acr string, aliases []string, def int, mentions []int) *corpus.Faction {
	f := &corpus.Faction{Name: name, Acronym: acr, Aliases: aliases, Defined: ref(def)}
	f.Summary = fakeBriefing.Paragraphs[def-1].Text
	for _, m := range mentions {
		f.Mentions = append(f.Mentions, corpus.Mention{Ref: ref(m), Sentence: fakeBriefing.Paragraphs[m-1].Text})
	}
	for _, e := range fakeEvents {
		for _, g := range e.Groups {
			if g == name || g == acr {
				f.Events = append(f.Events, e)
			}
		}
	}
	return f
}

func fakeFactionList() []*corpus.Faction {
	mnla := faction("National Movement for the Liberation of Azawad", "MNLA", []string{"Azawad movement"}, 2, []int{3, 4})
	mnla.Passages = mnla.Mentions[:1] // ¶3 describes it too: listed once, as a passage
	return []*corpus.Faction{
		mnla,
		faction("Ansar Dine", "", []string{"Ansar al-Din", "Ansar ad-Din"}, 3, nil),
		faction("Ansaru", "", nil, 4, nil),
		faction("Al-Qaeda in the Islamic Maghreb", "AQIM", nil, 4, nil),
		faction("Movement for Oneness and Jihad in West Africa", "MUJAO", nil, 4, nil),
	}
}

type fakeSearch struct {
	// hold, when not nil, keeps every answer back until it is closed: a
	// test that must see a deferral closes it once it has seen one, so no
	// answer can beat the deferral timer however loaded the machine.
	hold  <-chan struct{}
	delay time.Duration
}

var fakePassages = func() []corpus.Passage {
	var ps []corpus.Passage
	for i, n := range []int{2, 3, 4, 1, 5, 2, 3} {
		p := fakeBriefing.Paragraphs[n-1]
		ps = append(ps, corpus.Passage{
			Rank: i + 1, Score: 9 - float64(i), Briefing: fakeBriefing.Slug, Title: fakeBriefing.Title,
			Paragraph: n, Text: p.Text, URL: fakeBriefing.URL,
			Excerpt:  strings.ReplaceAll(p.Text, "MNLA", "**MNLA**"),
			Citation: fakeBriefing.Ref(n).Citation(),
		})
	}
	ps[0].Section = "Who is who"
	return ps
}()

func (f fakeSearch) Search(ctx context.Context, q string, k, offset int) (corpus.Results, error) {
	if f.hold != nil {
		select {
		case <-f.hold:
		case <-ctx.Done():
			return corpus.Results{}, ctx.Err()
		}
	}
	if f.delay > 0 {
		select {
		case <-time.After(f.delay):
		case <-ctx.Done():
			return corpus.Results{}, ctx.Err()
		}
	}
	res := corpus.Results{Question: q}
	switch {
	case strings.Contains(q, "panic"):
		panic("fake search exploded")
	case strings.Contains(q, "backend error"):
		return res, errors.New("bleve: disk on fire at /var/lib/secret")
	case strings.Contains(q, "xyzzy"):
		return res, nil
	case q == "what is the?":
		return res, corpus.ErrNoQuery
	}
	all := fakePassages
	if strings.Contains(q, "huge") {
		all = nil
		big := strings.Repeat("The MNLA said a great many things about Azawad that go on and on. ", 120)
		bigBold := strings.ReplaceAll(big, "MNLA", "**MNLA**")
		for i := range 7 {
			all = append(all, corpus.Passage{
				Rank: i + 1, Title: strings.Repeat("Very long title ", 30), Paragraph: i + 1,
				Text: big, Excerpt: bigBold, Citation: strings.Repeat("Very long title ", 30) + "¶" + strconv.Itoa(i+1),
				URL: "https://example.org/x",
			})
		}
	}
	if strings.Contains(q, "founded") {
		res.Missing = "The briefings don't answer \"" + q + "\"; here is what they say about the MNLA."
	}
	res.Total = len(all)
	for i := offset; i < len(all) && i < offset+k; i++ {
		p := all[i]
		p.Rank = i + 1
		res.Passages = append(res.Passages, p)
	}
	return res, nil
}

type fakeFactions struct{ list []*corpus.Faction }

func (f fakeFactions) forms(x *corpus.Faction) []string {
	return append([]string{x.Name, x.Acronym}, x.Aliases...)
}

func (f fakeFactions) LookupFaction(q string) (*corpus.Faction, []*corpus.Faction, error) {
	lq := strings.ToLower(strings.TrimSpace(q))
	for _, x := range f.list {
		for _, form := range f.forms(x) {
			if form != "" && strings.ToLower(form) == lq {
				return x, nil, nil
			}
		}
	}
	var hits []*corpus.Faction
	for _, x := range f.list {
		if lq != "" && strings.HasPrefix(strings.ToLower(x.Name), lq) {
			hits = append(hits, x)
		}
	}
	if len(hits) > 0 {
		return hits[0], hits[1:], nil
	}
	var sugg []string
	if lq == "mlna" {
		sugg = []string{"MNLA"}
	}
	if lq == "aqmi" {
		sugg = []string{"AQIM", "MUJAO"}
	}
	return nil, nil, &corpus.UnknownFactionError{Query: q, Suggestions: sugg}
}

func (f fakeFactions) SuggestFactions(prefix string, limit int) []*corpus.Faction {
	if prefix == "many" { // more groups than Discord allows, some with bad names
		var out []*corpus.Faction
		for i := range 40 {
			out = append(out, &corpus.Faction{Name: fmt.Sprintf("Many group %02d", i)})
		}
		out[3].Name = ""
		out[4].Name = strings.Repeat("x", 120)
		return out
	}
	lp := strings.ToLower(prefix)
	var first, rest []*corpus.Faction
	for _, x := range f.list {
		switch {
		case strings.HasPrefix(strings.ToLower(x.Name), lp) || strings.HasPrefix(strings.ToLower(x.Acronym), lp):
			first = append(first, x)
		case strings.Contains(strings.ToLower(x.Name), lp):
			rest = append(rest, x)
		}
	}
	sort.SliceStable(first, func(i, j int) bool { return first[i].Name < first[j].Name })
	out := append(first, rest...)
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

type fakeTimeline struct{}

var dateRE = regexp.MustCompile(`^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$`)

func (fakeTimeline) ParseDate(s string) (corpus.Date, error) {
	m := dateRE.FindStringSubmatch(s)
	if m == nil {
		return corpus.Date{}, fmt.Errorf("%q: %w", s, corpus.ErrDateFormat)
	}
	d := corpus.Date{Precision: corpus.PrecisionYear}
	d.Year, _ = strconv.Atoi(m[1])
	if m[2] != "" {
		d.Month, _ = strconv.Atoi(m[2])
		d.Precision = corpus.PrecisionMonth
	}
	if m[3] != "" {
		d.Day, _ = strconv.Atoi(m[3])
		d.Precision = corpus.PrecisionDay
	}
	return d, nil
}

func dateKey(d corpus.Date, end bool) int {
	m, day := d.Month, d.Day
	if d.Precision < corpus.PrecisionMonth {
		m = map[bool]int{false: 1, true: 12}[end]
	}
	if d.Precision < corpus.PrecisionDay {
		day = map[bool]int{false: 1, true: 31}[end]
	}
	return d.Year*10000 + m*100 + day
}

func (fakeTimeline) Timeline(q corpus.TimelineQuery) corpus.TimelinePage {
	var match []corpus.Event
	for _, e := range fakeEvents {
		if q.Faction != nil {
			ok := false
			for _, g := range e.Groups {
				ok = ok || g == q.Faction.Name || g == q.Faction.Acronym
			}
			if !ok {
				continue
			}
		}
		if q.Since.Year != 0 && dateKey(e.Date, false) < dateKey(q.Since, false) {
			continue
		}
		if q.Until.Year != 0 && dateKey(e.Date, false) > dateKey(q.Until, true) {
			continue
		}
		match = append(match, e)
	}
	page := corpus.TimelinePage{Total: len(match)}
	end := len(match) - q.Offset
	if end <= 0 {
		return page
	}
	start := 0
	if q.Limit > 0 {
		start = max(0, end-q.Limit)
	}
	page.Events = match[start:end]
	return page
}

type fakeBriefings struct{}

func (fakeBriefings) Briefings() []*corpus.Briefing {
	return []*corpus.Briefing{fakeBriefing, fakeBriefing2}
}

// newTestBot builds a Bot over the fakes, with a fixed clock.
func newTestBot(search Searcher) *Bot {
	if search == nil {
		search = fakeSearch{}
	}
	b, err := New(Config{
		Search:    search,
		Factions:  fakeFactions{list: fakeFactionList()},
		Timeline:  fakeTimeline{},
		Briefings: fakeBriefings{},
		Now:       func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) },
	})
	if err != nil {
		panic(err)
	}
	return b
}
