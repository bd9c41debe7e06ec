package corpus

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ErrDateFormat means a date bound is not YYYY, YYYY-MM or YYYY-MM-DD.
var ErrDateFormat = errors.New("date must be YYYY, YYYY-MM or YYYY-MM-DD")

// TimelineQuery selects events for a timeline.
//
// Since and Until are inclusive at their own precision and compare by
// overlap: an event matches a bound when any day it may denote lies inside
// it. So Since 2012-06 includes 2012-06-15 and also an event dated only
// "2012", whose year overlaps June 2012; Until 2012 includes 2012-12-31.
type TimelineQuery struct {
	Faction *Faction // nil: every event
	Since   Date     // zero: unbounded; inclusive at its precision
	Until   Date     // zero: unbounded; inclusive at its precision
	Limit   int      // how many of the most recent matching events; 0: all
	Offset  int      // skip this many of the most recent first (paging back)
}

// TimelinePage is one page of a timeline, oldest first.
type TimelinePage struct {
	Events []Event
	Total  int // events matching the filters, before Limit and Offset
}

// Timeline returns the matching events in chronological order, oldest
// first: the Limit most recent of them after skipping the Offset most
// recent, so that paging back in time ("Older") raises Offset. A negative
// Limit or Offset counts as zero.
func (c *Corpus) Timeline(q TimelineQuery) TimelinePage {
	src := c.Events
	if q.Faction != nil {
		src = q.Faction.Events
	}
	lo, hi := boundsOf(q.Since, q.Until)
	var match []Event
	for _, ev := range src {
		if ev.Date.Precision == PrecisionNone {
			continue
		}
		s, e := ev.Date.span()
		if e < lo || s > hi {
			continue
		}
		match = append(match, ev)
	}
	if q.Faction != nil {
		slices.SortStableFunc(match, func(a, b Event) int { return compareDates(a.Date, b.Date) })
	}
	total := len(match)
	end := total - max(q.Offset, 0)
	if end <= 0 {
		return TimelinePage{Events: []Event{}, Total: total}
	}
	start := 0
	if q.Limit > 0 {
		start = max(0, end-q.Limit)
	}
	return TimelinePage{Events: slices.Clone(match[start:end]), Total: total}
}

// boundsOf turns optional Since/Until bounds into an inclusive day range.
func boundsOf(since, until Date) (lo, hi int) {
	lo, hi = minDay, maxDay
	if since.Precision != PrecisionNone {
		lo, _ = since.span()
	}
	if until.Precision != PrecisionNone {
		_, hi = until.span()
	}
	return lo, hi
}

const (
	minDay = -1 << 40
	maxDay = 1 << 40
)

// span returns the first and last day d may denote, as days since the Unix
// epoch. A date of no precision spans everything.
func (d Date) span() (first, last int) {
	switch d.Precision {
	case PrecisionYear:
		return dayNumber(d.Year, 1, 1), dayNumber(d.Year, 12, 31)
	case PrecisionMonth:
		return dayNumber(d.Year, d.Month, 1), dayNumber(d.Year, d.Month, daysIn(d.Year, d.Month))
	case PrecisionDay:
		n := dayNumber(d.Year, d.Month, d.Day)
		return n, n
	}
	return minDay, maxDay
}

func dayNumber(y, m, d int) int {
	return int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// compareDates orders dates chronologically; a coarser date sorts before
// the finer dates it contains (2012 before 2012-01 before 2012-01-01).
func compareDates(a, b Date) int {
	return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.Month, b.Month), cmp.Compare(a.Day, b.Day))
}

// ParseDate parses a date bound: YYYY, YYYY-MM or YYYY-MM-DD, with a
// four-digit year and a real calendar month and day.
func ParseDate(s string) (Date, error) {
	bad := func() (Date, error) { return Date{}, fmt.Errorf("%w: got %q", ErrDateFormat, s) }
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 {
		return bad()
	}
	widths := []int{4, 2, 2}
	var nums [3]int
	for i, p := range parts {
		if len(p) != widths[i] {
			return bad()
		}
		for j := 0; j < len(p); j++ {
			if p[j] < '0' || p[j] > '9' {
				return bad()
			}
		}
		nums[i], _ = strconv.Atoi(p)
	}
	d := Date{Year: nums[0], Precision: Precision(len(parts))}
	if len(parts) >= 2 {
		if nums[1] < 1 || nums[1] > 12 {
			return bad()
		}
		d.Month = nums[1]
	}
	if len(parts) == 3 {
		if nums[2] < 1 || nums[2] > daysIn(d.Year, d.Month) {
			return bad()
		}
		d.Day = nums[2]
	}
	return d, nil
}

// String renders d in ISO 8601 reduced precision: 2013-01-10, 2012-06, 2011.
// A date of no precision renders as "".
func (d Date) String() string {
	switch d.Precision {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// monthShort holds the three-letter English month abbreviations in order.
const monthShort = "JanFebMarAprMayJunJulAugSepOctNovDec"

// monthAbbr returns the abbreviation of month m, which must be 1..12.
func monthAbbr(m int) string { return monthShort[3*(m-1) : 3*m] }

// Human renders d for a reader: "10 Jan 2013", "late Jun 2012", "2011",
// "early 2012", "c. 14 Jan 2013". It leaves out Scheduled; presenters say
// that in their own words. A date of no precision renders as "".
func (d Date) Human() string {
	var s string
	switch d.Precision {
	case PrecisionYear:
		s = strconv.Itoa(d.Year)
	case PrecisionMonth:
		if d.Month < 1 || d.Month > 12 {
			return ""
		}
		s = monthAbbr(d.Month) + " " + strconv.Itoa(d.Year)
	case PrecisionDay:
		if d.Month < 1 || d.Month > 12 {
			return ""
		}
		s = strconv.Itoa(d.Day) + " " + monthAbbr(d.Month) + " " + strconv.Itoa(d.Year)
	default:
		return ""
	}
	switch d.Modifier {
	case "":
		return s
	case "approx":
		return "c. " + s
	}
	return d.Modifier + " " + s
}
