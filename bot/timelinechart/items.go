package timelinechart

import (
	"math"
	"time"

	"github.com/briefbot/briefbot/corpus"
)

// kind is how an event's time is drawn.
type kind int

const (
	exact  kind = iota // a known day: a filled circle
	approx             // a year, a month or a modified date: a diamond with a whisker
	period             // a range with an end: a bar
)

// item is an event prepared for drawing. Times are days since the Unix
// epoch, so that a day is one unit on the axis.
type item struct {
	event     int         // index into the events
	date, end corpus.Date // end is zero but for a period
	at        float64     // where the mark goes
	from, to  float64     // the period the event covers or may fall in
	kind      kind
	scheduled bool
	text      string
	groups    []string
	lane      int   // the lane that carries the mark and label
	alsoIn    []int // other lanes whose factions it mentions
}

// makeItems places on the time axis each event whose date has a year;
// an event the briefing dates only by day and month ("4 Mar") has no
// place on it, and is left to the text list.
func makeItems(events []corpus.Event, endOf func(corpus.Event) (corpus.Date, bool)) []item {
	items := make([]item, 0, len(events))
	for i, ev := range events {
		if ev.Date.Year == 0 {
			continue
		}
		from, to := dateSpan(ev.Date)
		it := item{event: i, date: ev.Date, from: from, to: to, scheduled: ev.Date.Scheduled, text: ev.Text, groups: ev.Groups}
		switch end, ok := endOf(ev); {
		case ok && end.Year != 0 && !end.IsZero():
			it.end = end
			_, it.to = dateSpan(end)
			it.to = max(it.to, from+1)
			it.kind, it.at = period, from
		case ev.Date.Precision == corpus.PrecisionDay && ev.Date.Modifier == "":
			it.kind, it.at = exact, (from+to)/2
		default:
			it.kind, it.at = approx, (from+to)/2
		}
		items = append(items, it)
	}
	return items
}

// EventEnd is the default Options.End: a range's end ("3–5 March"), which
// the chart draws as a bar from the event's date to it.
func EventEnd(ev corpus.Event) (corpus.Date, bool) {
	return ev.End, !ev.End.IsZero()
}

// when names an item's date as the text list does.
func (it item) when() string { return corpus.HumanRange(it.date, it.end) }

// dateSpan returns the days a date covers, [from, to). "Early", "mid" and
// "late" take the first, middle and last third of a month or year.
func dateSpan(d corpus.Date) (from, to float64) {
	switch d.Precision {
	case corpus.PrecisionYear:
		from, to = dayNum(d.Year, 1, 1), dayNum(d.Year+1, 1, 1)
	case corpus.PrecisionMonth:
		from, to = dayNum(d.Year, d.Month, 1), dayNum(d.Year, d.Month+1, 1)
	default:
		from = dayNum(d.Year, d.Month, d.Day)
		return from, from + 1
	}
	third := (to - from) / 3
	switch d.Modifier {
	case corpus.ModEarly:
		to = from + third
	case corpus.ModMid:
		from, to = from+third, to-third
	case corpus.ModLate:
		from = to - third
	}
	return from, to
}

// dayNum counts days from 1970-01-01 to the given date; time.Date
// normalises a month of 13 to January of the next year.
func dayNum(y, m, d int) float64 {
	return float64(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// dayTime converts a day number back to a time.
func dayTime(day float64) time.Time {
	return time.Unix(int64(math.Floor(day))*86400, 0).UTC()
}

// timeDay converts a time to a fractional day number.
func timeDay(t time.Time) float64 {
	return float64(t.Unix()) / 86400
}
