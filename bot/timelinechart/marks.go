package timelinechart

import (
	"slices"
	"time"

	"github.com/briefbot/briefbot/corpus"
)

// BriefingMarks returns a "Briefing" mark at the publication date of each
// dated briefing the events cite, oldest first, so a reader sees which
// events were still ahead when it was written.
func BriefingMarks(events []corpus.Event, briefings []*corpus.Briefing) []Mark {
	var dates []time.Time
	for _, b := range briefings {
		if b.Date.IsZero() || !cites(events, b.Slug) || slices.ContainsFunc(dates, b.Date.Equal) {
			continue
		}
		dates = append(dates, b.Date)
	}
	slices.SortFunc(dates, time.Time.Compare)
	marks := make([]Mark, len(dates))
	for i, d := range dates {
		marks[i] = Mark{At: d, Label: "Briefing"}
	}
	return marks
}

func cites(events []corpus.Event, slug string) bool {
	return slices.ContainsFunc(events, func(e corpus.Event) bool { return e.Ref.Briefing == slug })
}
