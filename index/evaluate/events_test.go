package evaluate

import (
	"reflect"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

func day(y, m, d int) corpus.Date {
	return corpus.Date{Year: y, Month: m, Day: d, Precision: corpus.PrecisionDay}
}

func TestScoreEvents(t *testing.T) {
	yes := true
	listed := []corpus.Event{
		{Date: day(2013, 1, 10), Text: "Rebels took Konna on 10 January."},
		{Date: day(2012, 3, 4), Text: "On 4 March, rebels seized the main square."}, // wrong year
		{Date: day(2015, 5, 29), Text: "The president takes office on May 29."},     // not marked scheduled
		{Date: corpus.Date{Year: 2011, Precision: corpus.PrecisionYear}, Text: "Thousands have died since 2011."},
		{Date: day(2014, 2, 2), Text: "A ceasefire was signed on 2 February."},
	}
	x := Expected{
		Events: []Event{
			{TextHas: "took Konna", Date: "2013-01-10"},
			{TextHas: "seized the main square", Date: "2013-03-04"},
			{TextHas: "takes office", Date: "2015-05-29", Scheduled: &yes},
			{TextHas: "talks collapsed", Date: "2013-06"},
		},
		NotEvents: []string{"since 2011"},
	}
	s := scoreEvents("b", x, listed)
	got := [7]int{s.Expected, s.Right, s.Misdated, s.Missed, s.False, s.Unexpected, s.Listed}
	if want := [7]int{4, 1, 2, 1, 1, 1, 5}; got != want {
		t.Errorf("expected/right/misdated/missed/false/unexpected/listed = %v, want %v", got, want)
	}
	misses := map[string][]string{}
	for _, m := range s.Misses {
		misses[m.TextHas] = m.Got
	}
	wantMisses := map[string][]string{
		"seized the main square": {"2012-03-04"},
		"takes office":           {"2015-05-29"},
		"talks collapsed":        {},
	}
	if !reflect.DeepEqual(misses, wantMisses) {
		t.Errorf("misses %v, want %v", misses, wantMisses)
	}
	if len(s.FalseEvents) != 1 || s.FalseEvents[0].Date != "2011" {
		t.Errorf("false events %v", s.FalseEvents)
	}
	if len(s.Unlooked) != 1 || s.Unlooked[0].Text != "A ceasefire was signed on 2 February." {
		t.Errorf("unexpected events %v", s.Unlooked)
	}
}

// An event's sentence keeps Markdown emphasis as written; text_has
// quotes the words a reader sees, and matches across the marks, as a
// not_events entry does.
func TestScoreEventsAcrossEmphasis(t *testing.T) {
	listed := []corpus.Event{
		{Date: day(1982, 4, 5), Text: "The carriers *Hermes* and *Invincible* sailed on 5 April."},
		{Date: day(1982, 4, 6), Text: "The **tanker** left port on 6 April."},
	}
	x := Expected{
		Events:    []Event{{TextHas: "Hermes and Invincible sailed", Date: "1982-04-05"}},
		NotEvents: []string{"The tanker left port"},
	}
	s := scoreEvents("b", x, listed)
	if s.Right != 1 || s.False != 1 {
		t.Errorf("right %d, false %d; want 1 and 1 (misses %v)", s.Right, s.False, s.Misses)
	}
}

// A timeline with no expectations of it is not judged: nothing is false
// or unexpected where nobody said what to expect.
func TestScoreEventsWithoutExpectations(t *testing.T) {
	s := scoreEvents("b", Expected{}, []corpus.Event{{Date: day(2013, 1, 10), Text: "x"}})
	if s.Unexpected != 0 || s.Listed != 0 {
		t.Errorf("judged without expectations: %+v", s)
	}
}

func TestEventMatches(t *testing.T) {
	yes, no := true, false
	tests := []struct {
		want Event
		got  timelineDate
		ok   bool
	}{
		{Event{Date: "2013-03"}, timelineDate{Date: "2013-03"}, true},
		{Event{Date: "2013-03"}, timelineDate{Date: "2013-03-01"}, false},
		{Event{Date: "2013-03-03", End: "2013-03-05"}, timelineDate{Date: "2013-03-03"}, false},
		{Event{Date: "2013-03-03", End: "2013-03-05"}, timelineDate{Date: "2013-03-03", End: "2013-03-05"}, true},
		{Event{Date: "2015-05-29", Scheduled: &yes}, timelineDate{Date: "2015-05-29"}, false},
		{Event{Date: "2015-05-29", Scheduled: &no}, timelineDate{Date: "2015-05-29", Scheduled: true}, false},
		{Event{Date: "2015-05-29"}, timelineDate{Date: "2015-05-29", Scheduled: true}, true}, // not given: not checked
		{Event{Date: "--03-04"}, timelineDate{Date: "--03-04"}, true},
	}
	for _, tt := range tests {
		if got := tt.want.matches(tt.got); got != tt.ok {
			t.Errorf("%+v matches %+v = %v, want %v", tt.want, tt.got, got, tt.ok)
		}
	}
}
