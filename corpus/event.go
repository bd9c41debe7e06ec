package corpus

import (
	"cmp"
	"encoding/json"
	"runtime"
	"slices"
	"sync"
	"time"
)

// Event is a sentence of a briefing that places something at a time.
type Event struct {
	Date   Date     // when; see Date for precision and modifiers
	Text   string   // the sentence, verbatim
	Ref    Ref      // where it is said
	Groups []string // names of the factions it mentions
}

// Date is a resolved calendar date of reduced precision.
type Date struct {
	Year, Month, Day int
	Precision        Precision
	Modifier         string // "", "early", "mid", "late" or "approx"
	Scheduled        bool   // announced for the future
}

// Precision says which fields of a Date are known.
type Precision int

const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// String names p as the JSON output does: "", "year", "month" or "day".
func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return ""
}

// eventJSON is the wire form of an Event, flat so that consumers need not
// know about Ref or Date.
type eventJSON struct {
	Date      string   `json:"date"`
	Precision string   `json:"precision"`
	Modifier  string   `json:"modifier"`
	Scheduled bool     `json:"scheduled"`
	Text      string   `json:"text"`
	Briefing  string   `json:"briefing"`
	Paragraph int      `json:"paragraph"`
	Citation  string   `json:"citation"`
	Groups    []string `json:"groups"`
}

// MarshalJSON writes e flat: date, precision, modifier, scheduled, text,
// briefing, paragraph, citation and groups (never null).
func (e Event) MarshalJSON() ([]byte, error) {
	groups := e.Groups
	if groups == nil {
		groups = []string{}
	}
	return json.Marshal(eventJSON{
		Date:      e.Date.String(),
		Precision: e.Date.Precision.String(),
		Modifier:  e.Date.Modifier,
		Scheduled: e.Date.Scheduled,
		Text:      e.Text,
		Briefing:  e.Ref.Briefing,
		Paragraph: e.Ref.Paragraph,
		Citation:  e.Ref.Citation(),
		Groups:    groups,
	})
}

// extractEvents finds the dated events of every briefing and returns them
// in chronological order; events of the same date keep document order.
// Sentences whose date cannot be resolved are left out rather than guessed.
func extractEvents(bs []*Briefing) []Event {
	x := newDateExtractor()
	// Briefings are independent (the narrative never crosses files), so
	// they are read in parallel; results are joined in corpus order.
	per := make([][]Event, len(bs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(bs)) {
		wg.Go(func() {
			for i := range next {
				per[i] = x.briefingEvents(bs[i])
			}
		})
	}
	for i := range bs {
		next <- i
	}
	close(next)
	wg.Wait()
	var out []Event
	for _, evs := range per {
		out = append(out, evs...)
	}
	return sortChronologically(out)
}

// sortChronologically sorts events by date, keeping document order among
// events of the same date. It sorts positions with an explicit tie-break
// rather than using a stable sort, which is much slower on 10⁵ events.
func sortChronologically(evs []Event) []Event {
	order := make([]int32, len(evs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		return cmp.Or(compareDates(evs[a].Date, evs[b].Date), cmp.Compare(a, b))
	})
	out := make([]Event, len(evs))
	for i, k := range order {
		out[i] = evs[k]
	}
	return out
}

// briefingEvents extracts the events of one briefing in document order.
func (x *dateExtractor) briefingEvents(b *Briefing) []Event {
	var out []Event
	ctx := narrative{ref: b.Date}
	prevSection := ""
	var buf []token
	for i, p := range b.Paragraphs {
		if i > 0 && p.Section != prevSection {
			ctx.year, ctx.month = 0, 0
		}
		prevSection = p.Section
		ref := b.Ref(p.Number)
		dated := false
		ctx.anchor = Date{}
		masked := maskQuotes(p.Text)
		for _, sp := range splitSentences(p.Text) {
			dates, mentioned := x.sentenceDates(masked[sp.start:sp.end], &ctx, &buf)
			dated = dated || mentioned
			for _, d := range dates {
				out = append(out, Event{Date: d, Text: p.Text[sp.start:sp.end], Ref: ref})
			}
		}
		if !dated {
			// A paragraph that places nothing in time ends the narrative:
			// a month named later no longer inherits an old year.
			ctx.year, ctx.month = 0, 0
		}
	}
	return out
}

// narrative is what the resolver remembers while reading a briefing.
type narrative struct {
	ref    time.Time // the briefing's date; zero when unknown
	year   int       // the most recent explicit year, or 0
	month  int       // the month the narrative last reached within year, or 0
	anchor Date      // what the previous dated sentence of this paragraph gave (see latest)
}

// linkEvents records on each faction the events that mention it, and on
// each event the names of those factions. Both end up in chronological
// order because c.Events already is.
func linkEvents(c *Corpus) {
	for _, f := range c.Factions {
		f.Events = nil
	}
	for i := range c.Events {
		ev := &c.Events[i]
		ev.Groups = nil
		for _, f := range c.Factions {
			if f.MentionedIn(ev.Text) {
				ev.Groups = append(ev.Groups, f.Name)
			}
		}
	}
	for _, ev := range c.Events {
		for _, f := range c.Factions {
			if slices.Contains(ev.Groups, f.Name) {
				f.Events = append(f.Events, ev)
			}
		}
	}
}
