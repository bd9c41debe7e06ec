package corpus

import (
	"errors"
)

// ErrDateFormat means a date bound is not YYYY, YYYY-MM or YYYY-MM-DD.
var ErrDateFormat = errors.New("date must be YYYY, YYYY-MM or YYYY-MM-DD")

// TimelineQuery selects events for a timeline.
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

// Timeline returns the matching events in chronological order. (Issue #4.)
func (c *Corpus) Timeline(q TimelineQuery) TimelinePage {
	return TimelinePage{}
}

// ParseDate parses a date bound: YYYY, YYYY-MM or YYYY-MM-DD. (Issue #4.)
func ParseDate(s string) (Date, error) {
	return Date{}, ErrDateFormat
}

// String renders d in ISO 8601 reduced precision: 2013-01-10, 2012-06, 2011.
func (d Date) String() string { return "" }

// Human renders d for a reader: "10 Jan 2013", "late Jun 2012", "2011".
func (d Date) Human() string { return "" }
