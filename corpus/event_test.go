package corpus

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestEventJSON(t *testing.T) {
	tests := []struct {
		name string
		ev   Event
		want string
	}{
		{
			"full",
			Event{
				Date:   Date{Year: 2013, Month: 1, Day: 29, Precision: PrecisionDay, Scheduled: true},
				Text:   "A summit will be held.",
				Ref:    Ref{Briefing: "mali", Title: "Mali 101", Paragraph: 5},
				Groups: []string{"MNLA"},
			},
			`{"date":"2013-01-29","precision":"day","modifier":"","scheduled":true,"text":"A summit will be held.","briefing":"mali","paragraph":5,"citation":"Mali 101 ¶5","groups":["MNLA"]}`,
		},
		{
			"groups never null",
			Event{
				Date: Date{Year: 2011, Precision: PrecisionYear, Modifier: "late"},
				Text: "x",
				Ref:  Ref{Briefing: "b", Title: "B", Paragraph: 1},
			},
			`{"date":"2011","precision":"year","modifier":"late","scheduled":false,"text":"x","briefing":"b","paragraph":1,"citation":"B ¶1","groups":[]}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(tt.ev)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestEventsSortedAndStable(t *testing.T) {
	b := &Briefing{Slug: "b", Title: "B", Date: time.Date(2013, 1, 25, 0, 0, 0, 0, time.UTC), Paragraphs: []Paragraph{
		{Number: 1, Text: "On January 10, the second thing happened."},
		{Number: 2, Text: "In 2003, the first thing happened."},
		{Number: 3, Text: "On January 10, 2013, the third thing happened. Nothing is dated here."},
	}}
	c, err := New(b)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range c.Events {
		got = append(got, ev.Date.String()+" "+ev.Text)
	}
	want := []string{
		"2003 In 2003, the first thing happened.",
		"2013-01-10 On January 10, the second thing happened.",
		"2013-01-10 On January 10, 2013, the third thing happened.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// FuzzExtractEvents feeds arbitrary paragraph text to extraction: it must
// never panic and every date it yields must be a real calendar date.
func FuzzExtractEvents(f *testing.F) {
	for _, seed := range []string{
		"On January 10, militants attacked. The following day, France answered.",
		"On Januray 19, the siege ended. Two days after the siege, nothing.",
		"In late 2011, fighters returned. Last March, officers rebelled. By April, done.",
		"He said: “We left in 2001.” Will they vote in 2016?",
		"Sept. 28 mid-December the beginning of 2012 in December of that year several days later",
		"On February 31 the following night mid- mid-- “ \" 9999 0000 31st 99th",
		"",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		b := &Briefing{Slug: "f", Title: "F", Date: time.Date(2013, 1, 25, 0, 0, 0, 0, time.UTC),
			Paragraphs: []Paragraph{{Number: 1, Text: text}}}
		for _, ev := range extractEvents([]*Briefing{b}) {
			d := ev.Date
			if d.Precision < PrecisionYear || d.Precision > PrecisionDay {
				t.Fatalf("bad precision in %+v", d)
			}
			if d.Precision >= PrecisionMonth && (d.Month < 1 || d.Month > 12) {
				t.Fatalf("bad month in %+v", d)
			}
			if d.Precision == PrecisionDay && (d.Day < 1 || d.Day > daysIn(d.Year, d.Month)) {
				t.Fatalf("bad day in %+v", d)
			}
			if !strings.Contains(text, ev.Text) {
				t.Fatalf("event text %q is not in the paragraph", ev.Text)
			}
		}
	})
}

// syntheticBriefing builds n paragraphs of about 80 words, each with a few
// time expressions, for speed checks.
func syntheticBriefing(n int) *Briefing {
	b := &Briefing{Slug: "big", Title: "Big", Date: time.Date(2013, 1, 25, 0, 0, 0, 0, time.UTC)}
	for i := range n {
		text := fmt.Sprintf("On January %d, militants from the northern region captured the town of Konna and moved toward the capital, "+
			"according to officials who spoke to reporters. The following day, the French president authorized an operation, "+
			"sending air support and some 500 troops. In late 2011, fighters who had supported the former dictator returned, "+
			"and by April they had declared an independent state. Analysts said the U.S. would watch closely as the crisis "+
			"grew over the following months in paragraph %d.", i%28+1, i)
		b.Paragraphs = append(b.Paragraphs, Paragraph{Number: i + 1, Text: text})
	}
	return b
}

func BenchmarkExtractEvents(b *testing.B) {
	br := syntheticBriefing(10000)
	b.ResetTimer()
	for b.Loop() {
		extractEvents([]*Briefing{br})
	}
}

// realisticBriefing repeats the paragraphs of the test briefings up to n
// paragraphs: prose where most sentences hold no date.
func realisticBriefing(tb testing.TB, n int) *Briefing {
	tb.Helper()
	var src []Paragraph
	for _, dir := range []string{"briefings", "testdata/somalia", "testdata/timeline/car", "testdata/timeline/southsudan"} {
		c, err := Load(dir)
		if err != nil {
			tb.Fatal(err)
		}
		for _, b := range c.Briefings {
			src = append(src, b.Paragraphs...)
		}
	}
	b := &Briefing{Slug: "big", Title: "Big", Date: time.Date(2013, 1, 25, 0, 0, 0, 0, time.UTC)}
	for i := range n {
		p := src[i%len(src)]
		b.Paragraphs = append(b.Paragraphs, Paragraph{Number: i + 1, Text: p.Text})
	}
	return b
}

func BenchmarkExtractEventsRealistic(b *testing.B) {
	br := realisticBriefing(b, 10000)
	b.ResetTimer()
	for b.Loop() {
		extractEvents([]*Briefing{br})
	}
}
