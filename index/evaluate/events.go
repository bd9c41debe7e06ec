package evaluate

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus"
)

// Events scores the timeline engine on a set of briefings.
type Events struct {
	Expected   int `json:"expected"`
	Right      int `json:"right"`      // found with the expected date (and end, scheduled where given)
	Misdated   int `json:"misdated"`   // found, but only with other dates
	Missed     int `json:"missed"`     // sentence not on the timeline at all
	Listed     int `json:"listed"`     // events on the timeline
	False      int `json:"false"`      // listed, but the sentence is in not_events
	Unexpected int `json:"unexpected"` // listed, matching no expected event nor not_events

	Misses      []EventMiss   `json:"misses"`
	FalseEvents []ListedEvent `json:"false_events"`
	Unlooked    []ListedEvent `json:"unexpected_events"`
}

// EventMiss is an expected event misdated or missed; Got lists the dates
// the timeline gave its sentence (empty when missed).
type EventMiss struct {
	Briefing string   `json:"briefing"`
	TextHas  string   `json:"text_has"`
	Want     string   `json:"want"`
	Got      []string `json:"got"`
}

// ListedEvent is a timeline entry counted as false or unexpected.
type ListedEvent struct {
	Briefing string `json:"briefing"`
	Date     string `json:"date"`
	Text     string `json:"text"`
}

func (e *Events) add(o Events) {
	e.Expected += o.Expected
	e.Right += o.Right
	e.Misdated += o.Misdated
	e.Missed += o.Missed
	e.Listed += o.Listed
	e.False += o.False
	e.Unexpected += o.Unexpected
	e.Misses = append(e.Misses, o.Misses...)
	e.FalseEvents = append(e.FalseEvents, o.FalseEvents...)
	e.Unlooked = append(e.Unlooked, o.Unlooked...)
}

// timelineDate is what the timeline says of an event's time, read from its
// JSON so that fields an engine adds later (an end) are scored as soon as
// they exist.
type timelineDate struct {
	Date      string `json:"date"`
	End       string `json:"end"`
	Scheduled bool   `json:"scheduled"`
}

func (d timelineDate) String() string {
	s := d.Date
	if d.End != "" {
		s += "/" + d.End
	}
	if d.Scheduled {
		s += " (scheduled)"
	}
	return s
}

func dateOf(e corpus.Event) timelineDate {
	var d timelineDate
	if data, err := json.Marshal(e); err == nil {
		if json.Unmarshal(data, &d) == nil {
			return d
		}
	}
	return timelineDate{Date: e.Date.String(), Scheduled: e.Date.Scheduled}
}

// matches reports whether the timeline's date is the expected one: the
// same ISO date, and the same end and scheduling where want gives them.
func (want Event) matches(d timelineDate) bool {
	if d.Date != want.Date {
		return false
	}
	if want.End != "" && d.End != want.End {
		return false
	}
	return want.Scheduled == nil || *want.Scheduled == d.Scheduled
}

// scoreEvents judges the timeline events of one briefing against x.
func scoreEvents(slug string, x Expected, listed []corpus.Event) Events {
	s := Events{Expected: len(x.Events)}
	for _, want := range x.Events {
		s.judge(slug, want, listed)
	}
	if len(x.Events) == 0 && len(x.NotEvents) == 0 {
		return s // no expectations of the timeline: nothing listed is judged
	}
	s.Listed = len(listed)
	for _, e := range listed {
		switch {
		case holdsAny(e.Text, x.NotEvents):
			s.False++
			s.FalseEvents = append(s.FalseEvents, ListedEvent{slug, dateOf(e).String(), e.Text})
		case !holdsAnyEvent(e.Text, x.Events):
			s.Unexpected++
			s.Unlooked = append(s.Unlooked, ListedEvent{slug, dateOf(e).String(), e.Text})
		}
	}
	return s
}

// judge counts one expected event as right, misdated or missed.
func (s *Events) judge(slug string, want Event, listed []corpus.Event) {
	var got []string
	for _, e := range listed {
		if !containsEventText(e.Text, want.TextHas) {
			continue
		}
		d := dateOf(e)
		if want.matches(d) {
			s.Right++
			return
		}
		if g := d.String(); !slices.Contains(got, g) {
			got = append(got, g)
		}
	}
	m := EventMiss{Briefing: slug, TextHas: want.TextHas, Want: Event{Date: want.Date, End: want.End, Scheduled: want.Scheduled}.label(), Got: got}
	if len(got) == 0 {
		s.Missed++
		m.Got = []string{}
	} else {
		s.Misdated++
	}
	s.Misses = append(s.Misses, m)
}

// label renders an expected date as timelineDate.String does.
func (want Event) label() string {
	return timelineDate{Date: want.Date, End: want.End, Scheduled: want.Scheduled != nil && *want.Scheduled}.String()
}

func holdsAny(text string, subs []string) bool {
	return slices.ContainsFunc(subs, func(s string) bool { return containsEventText(text, s) })
}

func holdsAnyEvent(text string, want []Event) bool {
	return slices.ContainsFunc(want, func(w Event) bool { return containsEventText(text, w.TextHas) })
}

// emphasisFolder drops Markdown's emphasis marks, which the corpus keeps
// in a sentence as written ("HMS *Invincible* sailed"; see corpus's
// inline.go): an event's text_has quotes the sentence a reader sees, and
// a mark is no part of its words.
var emphasisFolder = strings.NewReplacer("*", "")

// containsEventText reports whether an event's sentence holds sub, as
// containsText does, with emphasis marks dropped from both.
func containsEventText(text, sub string) bool {
	return containsText(emphasisFolder.Replace(text), emphasisFolder.Replace(sub))
}
