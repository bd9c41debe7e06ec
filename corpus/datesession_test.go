package corpus

import (
	"slices"
	"testing"
)

// TestSessionHeading: a transcript whose sessions are headed by their
// day, with the weekday or the clock and a place or a label in capitals
// beside it, dates each session's relative days from its own heading
// (ruleSessionHeading), whether the parser read the heading from rule
// lines around it, from a line in capitals alone or from Markdown; a
// caption's place and day, or a happening's, heads a part of the story
// instead. 17 August 2012 was a Friday, 20 August 2012 a Monday.
func TestSessionHeading(t *testing.T) {
	const head = "MINISTRY OF INFORMATION\n\nMEDIA BRIEFINGS ON THE FLOODS\n\nIssued by: the Ministry, Osk\n\n"
	const body = "\n\nSPOKESPERSON: The river burst its banks yesterday. The minister will visit the valley on Thursday.\n\n"
	const rule = "==================================================\n"
	friday := []string{"2012-08-16", "2012-08-23!"}
	for _, tt := range []struct {
		name, file, text string
		want             []string // nil: the heading dates nothing
	}{
		{"between rule lines, the place after a dash", "t.txt", head + rule + "FRIDAY, 17 AUGUST 2012 - MEDIA CENTRE, OSK\n" + rule + body, friday},
		{"a line in capitals alone", "t.txt", head + "FRIDAY, 17 AUGUST 2012 - MEDIA CENTRE, OSK" + body, friday},
		{"the place before the day", "t.txt", head + rule + "OSK, FRIDAY 17 AUGUST 2012\n" + rule + body, friday},
		{"the clock after the day", "t.md", "# Floods\n\n## Friday, 17 August 2012, 10:00" + body, friday},
		{"the clock and the place after the day", "t.md", "# Floods\n\n## Friday, 17 August 2012, 10:00, Media Centre, Osk" + body, friday},
		{"a day's label before the weekday", "t.md", "# Floods\n\n## Day 2: Friday, 17 August 2012" + body, friday},
		{"each session its own day", "t.txt", head + rule + "FRIDAY, 17 AUGUST 2012 - MEDIA CENTRE, OSK\n" + rule + body + rule + "MONDAY, 20 AUGUST 2012 - MEDIA CENTRE, OSK\n" + rule + body,
			[]string{"2012-08-16", "2012-08-23!", "2012-08-19", "2012-08-23!"}},
		{"a caption's place and day", "t.md", "# Floods\n\n## Tahrir Square, Cairo, 8 February 2011" + body, nil},
		{"a happening's title and day", "t.md", "# Floods\n\n## Massacre of Thursday 24 February 2011" + body, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkParsedDates(t, tt.file, tt.text, tt.want, ruleSessionHeading)
		})
	}
}

// checkParsedDates parses text as a file named file and wants its
// events' dates; where want is not nil, the dates must change with rule
// off, or the case does not test it.
func checkParsedDates(t *testing.T, file, text string, want []string, rule string) {
	t.Helper()
	b, err := Parse(file, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := renderEventDates(briefingEventsWith(b, nil)); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if want == nil {
		return
	}
	if off := renderEventDates(briefingEventsWith(b, dateRules{rule: true})); slices.Equal(off, want) {
		t.Errorf("with %s off the dates are still %q: the case does not test the rule", rule, off)
	}
}
