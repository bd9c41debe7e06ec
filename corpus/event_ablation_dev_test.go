package corpus

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// eventAblateDir, when set, names a folder of briefings on which
// TestEventAblation scores event extraction with each date rule of
// dateRuleNames off in turn: how each rule's worth on the development
// set is shown.
var eventAblateDir = flag.String("eventablate", "", "folder of briefings to score with each date rule off in turn")

var eventAblateRules = flag.String("eventablaterules", "", "comma-separated date rules to turn off in turn (default: all of dateRuleNames)")

// eventScore is what one configuration scores: expected events found
// with their date, found with another, not found, and not_events
// sentences listed.
type eventScore struct{ right, misdated, missed, falsely int }

func TestEventAblation(t *testing.T) {
	if *eventAblateDir == "" {
		t.Skip("no -eventablate folder")
	}
	paths, err := filepath.Glob(filepath.Join(*eventAblateDir, "*.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var bs []*Briefing
	var xs []eventExpectation
	for _, p := range paths {
		bs = append(bs, parseIn(t, *eventAblateDir, strings.TrimSuffix(filepath.Base(p), ".expected.json")))
		xs = append(xs, readEventExpectation(t, p))
	}
	s := scoreEvents(bs, xs, nil)
	fmt.Printf("%-14s right %d misdated %d missed %d false %d\n", "(all on)", s.right, s.misdated, s.missed, s.falsely)
	rules := dateRuleNames()
	if *eventAblateRules != "" {
		rules = strings.Split(*eventAblateRules, ",")
	}
	for _, r := range rules {
		s := scoreEvents(bs, xs, dateRules{r: true})
		fmt.Printf("%-14s right %d misdated %d missed %d false %d\n", r, s.right, s.misdated, s.missed, s.falsely)
	}
}

// scoreEvents extracts each briefing's events with the rules off turned
// off and scores them against its expectations.
func scoreEvents(bs []*Briefing, xs []eventExpectation, off dateRules) eventScore {
	var s eventScore
	for i, b := range bs {
		c := &Corpus{Events: mergeByDate([][]Event{briefingEventsWith(b, off)})}
		hit, problems := eventProblems(c, xs[i])
		s.right += hit
		for _, p := range problems {
			switch {
			case strings.HasPrefix(p, "not an event"):
				s.falsely++
			case strings.HasSuffix(p, "got dates []"):
				s.missed++
			case strings.HasPrefix(p, "no event"):
				s.misdated++
			}
		}
	}
	return s
}
