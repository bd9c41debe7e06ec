package corpus

import (
	"strings"
	"testing"
)

// TestHeadLine: a plain text with no front matter takes the day a line
// of its head gives, with a weekday, a place, a communication's label or
// a time on the clock beside it, as its date of writing (ruleHeadLine),
// whether the parser set the line aside as a masthead line or kept it as
// a paragraph; a happening's name or a caption's place without a weekday
// or clock dates the story, not the writing. 24 February 2011 was a
// Thursday.
func TestHeadLine(t *testing.T) {
	const body = "\n\nA team arrived this morning. We declared a state of emergency yesterday.\n"
	both := []string{"2011-02-24", "2011-02-23"}
	for _, tt := range []struct {
		name, head string
		want       []string // nil: the head dates nothing
	}{
		{"the day alone under a title line", "TRANSCRIPT\nThursday 24 February 2011", both},
		{"the weekday set off by a comma", "TRANSCRIPT\nThursday, 24 February 2011", both},
		{"a clock time after the day", "TRANSCRIPT\nThursday 24 February 2011, 4.00 pm", both},
		{"a clock time in hours", "TRANSCRIPT\n\nThursday 24 February 2011, 16:00 hrs", both},
		{"a communication's label in lower case", "TRANSCRIPT\nPress briefing, Thursday 24 February 2011", both},
		{"a place, the day and the clock at noon", "TRANSCRIPT\nChristchurch, 24 February 2011, 12 noon", both},
		{"a place, the day and the clock at midnight", "TRANSCRIPT\nChristchurch, 24 February 2011, midnight", both},
		{"a place before the weekday", "TRANSCRIPT\nChristchurch, Thursday 24 February 2011", both},
		{"of before the weekday", "TRANSCRIPT\nBriefing of Thursday 24 February 2011", both},
		{"a head block's joined lines, a place after the clock", "CANTERBURY EARTHQUAKE: NATIONAL CRISIS MANAGEMENT\nCIVIL DEFENCE EMERGENCY MANAGEMENT\n\n" +
			"TRANSCRIPT OF JOINT MEDIA BRIEFING\nThursday 24 February 2011, 4.00 pm\nArt Gallery Emergency Operations Centre, Christchurch\n\nUnofficial transcript.", both},
		{"a weekday that names a happening", "TRANSCRIPT\nBloody Sunday, 30 January 1972", nil},
		{"a caption's place and day", "TRANSCRIPT\nTahrir Square, Cairo, 8 February 2011", nil},
		{"a happening's title and day", "TRANSCRIPT\nMassacre of Thursday 24 February 2011", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkParsedDates(t, "t.txt", tt.head+body, tt.want, ruleHeadLine)
		})
	}
}

// TestClockWords: the one reader of a time on the clock after a day, for
// a head's line (cutClock) and a heading (trimClockTime): words of the
// clock, an hour's number before one, a zone after them; a bare number
// is no time.
func TestClockWords(t *testing.T) {
	for _, tt := range []struct {
		text  string
		off   dateRules
		end   int
		clock bool
	}{
		{", 4.00 pm", nil, 3, true},
		{"at 10:30 a.m. Art Gallery", nil, 3, true},
		{", 17:00 hrs EAT", nil, 4, true},
		{"11:00 BST", dateRules{ruleClockZone: true}, 1, true},
		{"11:00 BST OSK", nil, 2, true},            // one zone to a clock
		{", 10:00, MEDIA TENT, OSK", nil, 2, true}, // capitals after a comma: the place
		{", 10:00 EAT, MEDIA TENT", nil, 3, true},  // the zone right after the clock
		{", 12 noon", nil, 3, true},
		{"— midnight", nil, 2, true},
		{", 12", nil, 1, false},
		{"Art Gallery", nil, 0, false},
	} {
		end, clock := clockWords(strings.Fields(tt.text), tt.off)
		if end != tt.end || clock != tt.clock {
			t.Errorf("clockWords(%q) = %d, %v; want %d, %v", tt.text, end, clock, tt.end, tt.clock)
		}
	}
	for _, tt := range []struct{ heading, want string }{
		{"Press briefing, 15 April 1997, 12 noon", "Press briefing, 15 April 1997"},
		{"Press briefing, 15 April 1997 at 10.30 a.m.", "Press briefing, 15 April 1997"},
		{"Press briefing, 15 April 1997, midnight", "Press briefing, 15 April 1997"},
		{"Press briefing, 15 April 1997, 12", "Press briefing, 15 April 1997, 12"},
		{"Press briefing, 15 April 1997, Geneva", "Press briefing, 15 April 1997, Geneva"},
	} {
		if got := trimClockTime(tt.heading, nil); got != tt.want {
			t.Errorf("trimClockTime(%q) = %q, want %q", tt.heading, got, tt.want)
		}
	}
}
