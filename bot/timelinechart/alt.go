package timelinechart

import (
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/corpus"
)

// alt describes the chart in a sentence, for the attachment's alt text:
// what it spans and which lanes it has. The events themselves are in the
// text list beside it.
func (g *geometry) alt(events []corpus.Event) string {
	n := "1 event"
	if len(events) != 1 {
		n = fmt.Sprintf("%d events", len(events))
	}
	first, last := events[0].Date.Human(), events[len(events)-1].Date.Human()
	span := "on " + first
	if first != last {
		span = "from " + first + " to " + last
	}
	names := make([]string, len(g.lanes))
	for i, l := range g.lanes {
		names[i] = l.name
	}
	s := fmt.Sprintf("Timeline chart of %s %s, one row per faction: %s.", n, span, strings.Join(names, ", "))
	if g.hidden > 0 {
		s += fmt.Sprintf(" %d labels hidden for space.", g.hidden)
	}
	return s
}
