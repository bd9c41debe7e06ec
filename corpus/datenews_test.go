package corpus

import (
	"slices"
	"testing"
)

// TestNewsDates holds what wire chronologies do with dates: datelines in
// their several styles, days named relative to the dateline, reports that
// cross a new year, and the dateline taking over from the briefing's own
// date. The sentences are written for these cases.
func TestNewsDates(t *testing.T) {
	checkEventDates(t, []dateCase{
		// Datelines.
		{"dateline with a region and no year", "2010-06-30", "OSH, Kyrgyzstan, June 12 — Mobs burned shops in the old town yesterday.", []string{"2010-06-11"}},
		{"dateline with an apostrophe and an agency", "2008-02-20", "N'DJAMENA, Feb. 3 (Wire) — Rebels reached the edge of the capital on Friday.", []string{"2008-02-01"}},
		{"dateline with a hyphen", "2008-02-20", "N'DJAMENA, Feb. 3 (Wire) - Rebels reached the edge of the capital on Friday.", []string{"2008-02-01"}},
		{"dateline in title case", "2008-02-20", "N'Djamena, Feb. 3 — Rebels reached the edge of the capital on Friday.", []string{"2008-02-01"}},
		{"dateline day first", "2008-02-20", "N'DJAMENA, 3 February (Wire) — Rebels reached the edge of the capital on Friday.", []string{"2008-02-01"}},
		{"dateline with a year", "2011-05-01", "OSH, Kyrgyzstan, June 12, 2010 — Mobs burned shops in the old town yesterday.", []string{"2010-06-11"}},
		{"dateline in bold", "2008-02-20", "**N'DJAMENA, Feb. 3** — Rebels reached the edge of the capital on Friday.", []string{"2008-02-01"}},
		{"dateline overrides the briefing's date", "2011-01-10", "KABUL, Dec. 28 — Gunmen attacked a convoy on Sunday.", []string{"2010-12-26"}},
		{"today is the dateline's day", "2011-01-10", "KABUL, Dec. 28 — Gunmen attacked a convoy today.", []string{"2010-12-28"}},
		{"a weekday and a date is a chronology entry, not a dateline", "2008-02-20", "Tuesday, Feb. 5 — Protesters clash with police.", []string{"2008-02-05"}},
		{"an abbreviated September", "2014-10-01", "TBILISI, Sept. 18 — Police detained four men on Tuesday.", []string{"2014-09-16"}},

		// Weekdays against the dateline.
		{"the dateline's own weekday is that day", "2014-10-01", "TBILISI, Sept. 16 — Police detained four men on Tuesday.", []string{"2014-09-16"}},
		{"a weekday without on", "2014-10-01", "TBILISI, Sept. 18 — Police detained four men Tuesday.", []string{"2014-09-16"}},
		{"late on a weekday", "2014-10-01", "TBILISI, Sept. 18 — Police detained four men late Tuesday.", []string{"2014-09-16"}},
		{"a weekday's night", "2014-10-01", "TBILISI, Sept. 18 — Police detained four men on Tuesday night.", []string{"2014-09-16"}},
		{"next weekday is scheduled", "2014-10-01", "TBILISI, Sept. 18 — The trial will open next Tuesday.", []string{"2014-09-23!"}},
		{"a weekday ahead in the future", "2014-10-01", "TBILISI, Sept. 18 — The trial is due to open on Monday.", []string{"2014-09-22!"}},
		{"a present weekday is ahead", "2014-10-01", "TBILISI, Sept. 18 — Talks open Monday in Geneva.", []string{"2014-09-22!"}},
		{"a present -s verb on a weekday is ahead", "2014-10-01", "TBILISI, Sept. 18 — The president flies to Moscow on Friday.", []string{"2014-09-19!"}},
		{"a past weekday after a present report", "2014-10-01", "TBILISI, Sept. 18 — Four men are in custody after police detained them on Tuesday.", []string{"2014-09-16"}},
		{"a weekday in a later paragraph", "2014-10-01", "TBILISI, Sept. 18 — Police detained four men.\n\nThe men were charged on Tuesday.", []string{"2014-09-18", "2014-09-16"}},
		{"an hour before a weekday", "2014-10-01", "TBILISI, Sept. 18 — Police detained four men at 3 a.m. Tuesday. Officials later released one.", []string{"2014-09-16"}},

		// The dispatch's own day runs on into the next paragraph; an
		// earlier day it recalls, or a past perfect, does not (dispatch-day).
		{"an earlier day stays in its paragraph", "", "ACCRA, 3 March 2011 (Wire) - The president dissolved the cabinet on Tuesday.\n\nTroops sealed off the parliament.", []string{"2011-03-01"}},
		{"a past perfect after the dispatch's day is backstory", "", "ACCRA, 3 March 2011 (Wire) - The president dissolved the cabinet on Thursday.\n\nHe said the ministers had stolen the election.", []string{"2011-03-03"}},
		// A report in the dispatch's first paragraphs after a past
		// perfect is of the dispatch's day only where the lead told that
		// day, where no sentence before it in its paragraph wrote
		// another, none in it or the one before dated an event by one,
		// and it tells a happening (dispatch-body).
		{"no dispatch-body after a lead of the day before", "", "BAKU, 20 January 1990 (Wire) - Tanks rolled into the city yesterday.\n\nDoctors said they had counted sixty dead.\n\nTroops sealed off the central square.", []string{"1990-01-19"}},
		{"no dispatch-body after another day in the paragraph before", "", "BAKU, 20 January 1990 (Wire) - Tanks rolled into the city today.\n\nAn explosion wrecked the television centre yesterday.\n\nDoctors said they had counted sixty dead. Troops sealed off the central square.", []string{"1990-01-20", "1990-01-19"}},
		{"no dispatch-body for an expectation or a denial", "", "BAKU, 20 January 1990 (Wire) - Tanks rolled into the city today.\n\nDoctors said they had counted sixty dead. The talks were expected to last a week. The commander made no reference to casualties.", []string{"1990-01-20"}},
		{"no dispatch-body past the first paragraphs", "", "BAKU, 20 January 1990 (Wire) - Tanks rolled into the city today.\n\nDoctors said they had counted sixty dead.\n\nThe city was quiet.\n\nShops were empty.\n\nTroops sealed off the central square.", []string{"1990-01-20"}},
		{"no dispatch-day outside news", "", "The president dissolved the cabinet on 3 March 2011.\n\nTroops sealed off the parliament.", []string{"2011-03-03"}},

		{"a weekday across the new year", "2009-03-01", "KABUL, Jan. 2 — A bomb killed six soldiers on Tuesday.", []string{"2008-12-30"}},
		{"the early hours of a weekday", "2014-10-01", "TBILISI, Sept. 18 — Police detained four men in the early hours of Tuesday.", []string{"2014-09-16"}},
		{"dawn on a weekday", "2014-10-01", "TBILISI, Sept. 18 — Police detained four men at dawn on Tuesday.", []string{"2014-09-16"}},
		{"a weekday deadline", "2014-10-01", "TBILISI, Sept. 18 — The men must leave the country by Monday.", []string{"2014-09-22!"}},
		{"a place with a full stop and a weekday in the dateline", "2010-12-01", "ST. PETERSBURG, Russia, Sunday, Oct. 3 — Police detained four men today.", []string{"2010-10-03"}},
		{"a weekday before the date without a comma", "1990-01-30", "COLOMBO, Wednesday 19 August 1987 (Wire) - Grenades were thrown into parliament yesterday.", []string{"1987-08-18"}},
		{"a weekday, a day and a month", "2011-12-01", "MANAMA, Tuesday, 22 November (Wire) — Police detained four men yesterday.", []string{"2011-11-21"}},
		{"a dateline with no date keeps the last one", "2014-10-01", "TBILISI, Sept. 18 — Police detained four men today.\n\nWASHINGTON (Wire) — Officials condemned the arrests on Tuesday.", []string{"2014-09-18", "2014-09-16"}},

		// Relative days, weeks and months.
		{"days ago", "2014-10-01", "TBILISI, Sept. 18 — Police detained four men two days ago.", []string{"2014-09-16"}},
		{"a week ago", "2014-10-01", "TBILISI, Sept. 18 — Police detained four men a week ago.", []string{"2014-09-11~approx"}},
		{"months ago", "2014-10-01", "TBILISI, Sept. 18 — Police detained four men three months ago.", []string{"2014-06"}},
		{"years ago", "2014-10-01", "TBILISI, Sept. 18 — Police detained four men two years ago.", []string{"2012"}},
		{"ago without a moment of writing", "", "Police detained four men two days ago.", nil},
		{"earlier this year", "2015-03-01", "KABUL, Dec. 3, 2014 — Earlier this year, gunmen kidnapped an engineer.", []string{"2014"}},
		// The days of a week (see TestWeekSpans) in one month give the
		// month (week-month).
		{"earlier this week is a day of its month", "2010-06-30", "OSH, June 17 — Mobs burned shops earlier this week.", []string{"2010-06"}},
		{"later this week is a day of its month", "2010-06-30", "OSH, June 17 — The envoy will arrive later this week.", []string{"2010-06!"}},
		{"this week in the past is a day of its month", "2010-06-30", "OSH, June 17 — The envoy arrived this week.", []string{"2010-06"}},
		{"next week is a day of its month", "2010-06-30", "OSH, June 17 — Talks resume next week.", []string{"2010-06!"}},
		{"this week across two months gives its months (week-months)", "2010-07-30", "OSH, July 1 — The envoy arrived this week.", []string{"2010-06/2010-07"}},
		{"earlier this week on a Monday is the day before", "2010-06-30", "OSH, June 14 — Mobs burned shops earlier this week.", []string{"2010-06-13"}},
		{"this week without a moment", "", "Mobs burned shops earlier this week.", nil},
		{"for this week is no day", "2010-06-30", "OSH, June 17 — That is all for this week.", nil},
		{"the previous day", "2014-10-01", "TBILISI, Sept. 18 — Police said the men crossed the border the previous day.", []string{"2014-09-17"}},
		{"today's under a dateline is the report's day", "2018-07-20", "MANAGUA, July 19 — Ortega used today's rally to accuse the bishops.", []string{"2018-07-19"}},
		{"yesterday's is the day before", "2018-07-20", "MANAGUA, July 19 — Ortega spoke about yesterday's attack.", []string{"2018-07-18"}},
		{"overnight", "2009-01-20", "GAZA CITY, Jan. 5 — Aircraft struck a mosque overnight.", []string{"2009-01-05"}},
		{"overnight without a dateline is a figure of speech", "2009-01-20", "The town fell overnight.", nil},
		{"overnight with its own day", "2009-01-20", "GAZA CITY, Jan. 5 — Aircraft struck a mosque overnight Saturday.", []string{"2009-01-03"}},
		{"overnight before a place", "2009-01-20", "GAZA CITY, Jan. 5 — The fighting spread overnight to the south.", []string{"2009-01-05"}},
		{"earlier this month", "2008-04-01", "KABUL, Feb. 20 — Earlier this month, gunmen kidnapped an engineer.", []string{"2008-02"}},
		{"late last month", "2008-04-01", "KABUL, March 3 — Late last month, gunmen kidnapped an engineer.", []string{"2008-02~late"}},
		{"last week is a day of its month", "2008-04-01", "KABUL, March 14 — Gunmen kidnapped an engineer last week.", []string{"2008-03"}},

		// A dateline's year is the reports', not the backstory's.
		{"a first dateline takes the briefing's year, not the backstory's", "2006-12-23", "In May 2000 gunmen stormed parliament.\n\nSUVA, Dec. 1 — Soldiers removed ammunition from the port on Friday.", []string{"2000-05", "2006-12-01"}},
		{"a later dateline takes the previous one's year", "2006-12-23", "SUVA, Nov. 29 — The two men met today.\n\nIn May 2000 gunmen stormed parliament.\n\nSUVA, Dec. 4 — Soldiers set up checkpoints on Monday.", []string{"2006-11-29", "2000-05", "2006-12-04"}},

		{"a later dateline takes the previous one's year with no briefing date", "", "SUVA, Nov. 29, 2006 — The two men met today.\n\nIn May 2000 gunmen stormed parliament.\n\nSUVA, Dec. 4 — Soldiers set up checkpoints on Monday.", []string{"2006-11-29", "2000-05", "2006-12-04"}},

		// Year roll-over between reports.
		{"reports across a new year", "2009-03-01", "KABUL, Dec. 30 — A bomb killed six soldiers today.\n\nKABUL, Jan. 2 — A second bomb killed two police officers today.", []string{"2008-12-30", "2009-01-02"}},
		{"reports across a new year with no briefing date", "", "KABUL, Dec. 30, 2008 — A bomb killed six soldiers today.\n\nKABUL, Jan. 2 — A second bomb killed two police officers today.", []string{"2008-12-30", "2009-01-02"}},
		{"a date after the dateline in the next year", "2009-03-01", "KABUL, Dec. 30 — A bomb killed six soldiers today. Elections are due on Jan. 15.", []string{"2008-12-30", "2009-01-15!"}},

		// A chronology entry's day is the moment its weekdays count from.
		{"a weekday in a chronology entry is before its day", "2008-03-01", "- Feb. 6 — Troops attacked rebels on Monday. - Feb. 8: Rebels withdrew on Thursday.", []string{"2008-02-06", "2008-02-04", "2008-02-08", "2008-02-07"}},
		{"yesterday in a chronology entry", "2008-03-01", "**Feb. 6** — The army said rebels had withdrawn yesterday.", []string{"2008-02-06", "2008-02-05"}},
		{"a future weekday in a chronology entry", "2008-03-01", "Feb. 6: The president says that talks will open on Monday.", []string{"2008-02-06", "2008-02-11"}},

		// Abbreviated months in the text.
		{"Sept. with a year", "", "Police detained four men on Sept. 14, 2010, near the border.", []string{"2010-09-14"}},
		{"Jan. after a December narrative", "2009-03-01", "On Dec. 29 aircraft struck the port. On Jan. 3 troops crossed the border.", []string{"2008-12-29", "2009-01-03"}},
	})
}

// TestDateHeadingIsTheMomentOfWriting checks that a report filed under a
// heading, or a line, that is a date and nothing else counts "yesterday"
// and weekdays from that date, as it would from a dateline; a heading
// with words besides its date names a part of the story, not when it was
// written.
func TestDateHeadingIsTheMomentOfWriting(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"a heading that is a date", "2010-07-23", "## June 12\n\nMobs burned shops yesterday.", []string{"2010-06-11"}},
		{"a heading with a weekday and a year", "", "## Saturday, 12 June 2010\n\nMobs burned shops yesterday. Police fired on a crowd on Thursday.", []string{"2010-06-11", "2010-06-10"}},
		{"a line that is a date in bold", "2010-07-23", "**June 12**\n\nMobs burned shops yesterday.", []string{"2010-06-11"}},
		{"the next heading takes over", "2010-07-23", "## June 12\n\nMobs burned shops yesterday.\n\n## June 20\n\nVoting began yesterday.", []string{"2010-06-11", "2010-06-19"}},
		{"a date under a date line may run past it", "2010-07-23", "**June 12**\n\nMobs burned shops yesterday. On June 20 voters went to the polls.", []string{"2010-06-11", "2010-06-20"}},
		{"under a date heading with no briefing date", "", "## 12 June 2010\n\nMobs burned shops yesterday. On June 20 voters went to the polls.", []string{"2010-06-11", "2010-06-20"}},
		{"a present date past a date line is still ahead", "2010-07-23", "**June 12**\n\nThe new president takes office on June 20.", []string{"2010-06-20!"}},
		// A dateline bounds the past up to the briefing's date; a day past
		// both is a year back. Before the briefing's date, a day a little
		// after the dateline is a later line of the dispatch (later-update,
		// timeline40): "OSH, June 12 — … on June 20" under a briefing of
		// 23 July is 2010-06-20.
		{"a dateline still bounds the past", "2010-06-15", "OSH, June 12 — Voters went to the polls on June 20.", []string{"2009-06-20"}},
		{"a day after the dateline before the briefing's date is a later line", "2010-07-23", "OSH, June 12 — Voters went to the polls on June 20.", []string{"2010-06-20"}},
		{"a heading with words is no moment", "2010-07-23", "## 12 June: the massacre\n\nOn 14 June troops withdrew.", []string{"2010-06-14"}},
	})
}

// TestWeekSpans checks the days "this week" and "next week" name, which
// week-month gives as their month when they lie in one: with the rule
// off, the span itself.
func TestWeekSpans(t *testing.T) {
	for _, tt := range []dateCase{
		{"earlier this week is the days of the week before", "2010-06-30", "OSH, June 17 — Mobs burned shops earlier this week.", []string{"2010-06-14/2010-06-16"}},
		{"later this week is the days after", "2010-06-30", "OSH, June 17 — The envoy will arrive later this week.", []string{"2010-06-18/2010-06-20!"}},
		{"this week in the past holds the day", "2010-06-30", "OSH, June 17 — The envoy arrived this week.", []string{"2010-06-14/2010-06-17"}},
		{"next week is the week after", "2010-06-30", "OSH, June 17 — Talks resume next week.", []string{"2010-06-21/2010-06-27!"}},
		{"last week is the week before", "2010-06-30", "OSH, June 17 — Mobs burned shops last week.", []string{"2010-06-07/2010-06-13"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := eventDatesWith(t, tt.ref, tt.text, dateRules{ruleWeekMonth: true}); !slices.Equal(got, tt.want) {
				t.Errorf("ref %s %q\n got %q\nwant %q", tt.ref, tt.text, got, tt.want)
			}
		})
	}
}

// TestDatelineSpan checks that a place and a span of days ("NEW DELHI,
// 28 MAY - 13 JULY 1999", a collection's masthead) is no dateline: the
// dash joins the span's two ends, no report follows it, and the first
// end takes the second's year. A dash followed by words stays one.
func TestDatelineSpan(t *testing.T) {
	tests := []struct {
		text     string
		dateline bool
	}{
		{"NEW DELHI, 28 MAY - 13 JULY 1999", false},
		{"GABORONE, 30 June – 21 October 2021", false},
		{"NEW DELHI, 28 May - The army said the intruders had withdrawn.", true},
		{"N'DJAMENA, 3 February - 12 rebels were captured.", true},
	}
	for _, tt := range tests {
		if _, end := findDateline(tt.text); (end > 0) != tt.dateline {
			t.Errorf("%q: dateline %v, want %v", tt.text, end > 0, tt.dateline)
		}
	}
}
