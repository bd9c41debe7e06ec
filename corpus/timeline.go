package corpus

import "slices"

// TimelineQuery selects events for a timeline.
type TimelineQuery struct {
	Faction *Faction // nil: every event
	Since   Date     // zero: unbounded; inclusive at its precision
	Until   Date     // zero: unbounded; inclusive at its precision
	Limit   int      // how many of the most recent matching events; 0 (or less): all
	Offset  int      // skip this many of the most recent first (paging back); less than 0 counts as 0
}

// TimelinePage is one page of a timeline, oldest first.
type TimelinePage struct {
	Events []Event
	Total  int // events matching the filters, before Limit and Offset
}

// Timeline returns the matching events in chronological order, oldest
// first: the Limit most recent of them after skipping the Offset most
// recent, so that Offset += Limit pages back in time.
//
// Since and Until are inclusive at their precision, and an event matches
// when the period it covers overlaps the bounds: Since 2012-06 keeps an
// event of 15 June 2012 and also one dated only "2012", which may have
// happened in June or later. Likewise Until 2012-06 keeps "2012". A range
// matches when any part of it overlaps; an event whose year the text
// never gives (--06-04) matches only when there are no bounds.
// A Faction keeps the events whose text mentions it.
//
// Events is never nil, and the page shares no memory with c.
func (c *Corpus) Timeline(q TimelineQuery) TimelinePage {
	var match []Event
	bounded := !q.Since.IsZero() || !q.Until.IsZero()
	for _, e := range c.Events {
		last := e.Date
		if !e.End.IsZero() {
			last = e.End
		}
		if bounded && e.Date.Year == 0 {
			continue // no year: in no period
		}
		if !q.Since.IsZero() && compareDateKeys(last.end(), q.Since.start()) < 0 {
			continue
		}
		if !q.Until.IsZero() && compareDateKeys(e.Date.start(), q.Until.end()) > 0 {
			continue
		}
		if q.Faction != nil && !slices.Contains(e.Groups, q.Faction.Name) && !q.Faction.MentionedIn(e.Text) {
			continue
		}
		match = append(match, e)
	}
	end := len(match) - max(q.Offset, 0)
	end = max(end, 0)
	start := 0
	if q.Limit > 0 {
		start = max(end-q.Limit, 0)
	}
	page := TimelinePage{Events: make([]Event, 0, end-start), Total: len(match)}
	for _, e := range match[start:end] {
		e.Groups = append([]string{}, e.Groups...)
		page.Events = append(page.Events, e)
	}
	return page
}
