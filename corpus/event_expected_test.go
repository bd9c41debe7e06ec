package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// eventExpectation is the events part of an *-expected.json file.
type eventExpectation struct {
	Events []struct {
		Date      string `json:"date"`
		End       string `json:"end"`
		Scheduled *bool  `json:"scheduled"`
		TextHas   string `json:"text_has"`
	} `json:"events"`
	NotEvents []string `json:"not_events"`
}

// holdsExpected reports whether text holds one of x's expected events.
func (x eventExpectation) holdsExpected(text string) bool {
	for _, want := range x.Events {
		if strings.Contains(foldEventQuotes(text), foldEventQuotes(want.TextHas)) {
			return true
		}
	}
	return false
}

func readEventExpectation(t *testing.T, path string) eventExpectation {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var x eventExpectation
	if err := json.Unmarshal(data, &x); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return x
}

// eventProblems lists what c gets wrong against x: expected events
// missing or misdated, not_events sentences listed, and disorder. hit
// counts the expected events found with their exact date.
func eventProblems(c *Corpus, x eventExpectation) (hit int, problems []string) {
	for _, want := range x.Events {
		found := false
		var got []string
		for _, e := range c.Events {
			if strings.Contains(foldEventQuotes(e.Text), foldEventQuotes(want.TextHas)) {
				got = append(got, e.Date.String())
				if e.Date.String() == want.Date && (want.End == "" || e.End.String() == want.End) &&
					(want.Scheduled == nil || *want.Scheduled == e.Date.Scheduled) {
					found = true
				}
			}
		}
		if found {
			hit++
		} else {
			problems = append(problems, fmt.Sprintf("no event %q dated %s; got dates %v", want.TextHas, want.Date, got))
		}
	}
	for _, not := range x.NotEvents {
		for _, e := range c.Events {
			switch {
			case !strings.Contains(foldEventQuotes(e.Text), foldEventQuotes(not)):
			case x.holdsExpected(e.Text):
				// The file asks for this sentence and forbids it: no
				// extractor can do both, so the file is at fault.
				problems = append(problems, fmt.Sprintf("the expectations both want and forbid %q: fix the file", e.Text))
			default:
				problems = append(problems, fmt.Sprintf("not an event, but listed: %q", e.Text))
			}
		}
	}
	for i := 1; i < len(c.Events); i++ {
		if a, b := c.Events[i-1].Date.String(), c.Events[i].Date.String(); a > b {
			problems = append(problems, fmt.Sprintf("out of order: %s before %s", a, b))
		}
	}
	return hit, problems
}

func foldEventQuotes(s string) string {
	// Emphasis marks, which the corpus keeps as written ("HMS
	// *Invincible*"), are no part of the words a text_has quotes.
	return strings.NewReplacer("\u00a0", " ", "“", `"`, "”", `"`, "‘", "'", "’", "'", "*", "").Replace(s)
}

// TestEventExpectations checks every development briefing, which the
// extractor must get entirely right: every expected event found with its
// exact date, end and scheduling, and no not_events sentence listed. The
// whole development corpus is also scored, with floors, by
// index/evaluate.
func TestEventExpectations(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(devDir, "*.expected.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no expectations in %s: %v", devDir, err)
	}
	for _, f := range files {
		slug := strings.TrimSuffix(filepath.Base(f), ".expected.json")
		t.Run(slug, func(t *testing.T) {
			c := loadDev(t, slug)
			x := readEventExpectation(t, filepath.Join(devDir, slug+".expected.json"))
			hit, problems := eventProblems(c, x)
			t.Logf("%s: %d/%d", slug, hit, len(x.Events))
			checkAllowance(t, problems, knownEventProblems[slug])
			if testing.Verbose() {
				for _, e := range c.Events {
					t.Logf("%-10s %-7s %-5v ¶%d %s", e.Date, e.Date.Modifier, e.Date.Scheduled, e.Ref.Paragraph, e.Text)
				}
			}
		})
	}
}

// knownEventProblems is a ratchet for briefings that joined dev with
// problems the extractor does not yet solve: the count each may have, as
// scored when it joined, before any change for it. A briefing not listed
// must be entirely right. The count may only fall: the test fails when a
// briefing does better than its allowance, so the allowance follows.
// "expect46" in a comment marks a count moved when dev's date
// expectations were made consistent with the writers' conventions
// (2026-12-06: weeks, overnight, since, place-and-date lines; reported
// speech neither wanted nor forbidden).
var knownEventProblems = map[string]int{
	// dev27, 2026-12-04, scored at bf3ad95 before any change for them;
	// nine briefings written by people who never saw an engine. A
	// not_event naming part of a wanted sentence was dropped (eight).
	"abkhazia-conflict-101":                         1, // 5 at bf3ad95; 2 with days under "What is happening now?" in the year of the moment (now-heading, timeline90); 1 with "and by the last Soviet census in 1989 … 18 per cent" a state (linked-by, timeline97)
	"bolivia-1980-cocaine-coup-reports":             1, // 7 at bf3ad95; 6 with "which was due to convene on August 6" ahead of the dispatch (copula-plan, timeline54); 5 with a report in the paragraph after the dispatch's own day (dispatch-day, timeline63); 2 with an archive's dated line over the 1981 report (dateline-alone) and a tally since yesterday (tally-since, timeline72); 2 with the expectations made consistent (expect46); 1 with a week across two months dated by its months (week-months, timeline93)
	"communist-insurgency-in-thailand":              2, // 2 at bf3ad95
	"fpmr-chile-primer":                             5, // 5 at bf3ad95
	"guinea-2021-coup-reports":                      2, // 2 at lead28 (timeline51); 2 with the expectations made consistent (expect46)
	"rohingya-influx-2017-fact-sheet":               2, // 3 at bf3ad95; 2 with "Since 1991, when …, no appeal has been funded" a reference point (present-since, timeline80)
	"sand-war-1963":                                 3, // 8 at bf3ad95; section-title-year (3) fitted on it alone and removed (timeline67); 3 with sections returning from "captured in October 1964" (focal-return, timeline86)
	"satsuma-rebellion-1877":                        1, // 2 at bf3ad95
	"solomon-islands-2021-honiara-riots-transcript": 3, // 6 at bf3ad95; 4 with its sessions' day-led heads (day-led-lines, timeline64); 3 with the expectations made consistent (expect46)
	// dev26, 2026-12-03, scored at 065f25a before any change for them;
	// nine briefings written by people who never saw an engine. A
	// not_event naming part of a wanted sentence was dropped (two).
	"angola-1961-uprising":                 7,  // 9 at 065f25a; 7 once a browser copy's infobox rows of long values stay in the infobox (factions56)
	"cameroon-upc-insurgency-primer":       2,  // 2 at 065f25a
	"chilean-civil-war-1891":               2,  // 4 at 065f25a; 3 with a lone year a verb of going on runs to no event (continued-year, timeline54); 2 with "the day after his term would have ended" that clause's mood (time-clause-modal, timeline69)
	"ethiopia-1960-coup-attempt":           1,  // 3 at 065f25a; 2 with a plain report after the told day (told-day-sequel, timeline69); 1 with "broke out on the afternoon of 15 December and continued through the following day" one span (counted-end, day-part-begin, timeline94)
	"ethiopia-2005-election-violence-live": 14, // 23 at 065f25a; 16 once an undated present perfect of happening under a live entry's time is that day's news (dispatch-perfect, timeline49); 14 with the expectations made consistent (expect46)
	"lesotho-1970-emergency-statement":     2,  // 7 at 065f25a, 3 with labelled-day; 2 with a day after "since" over a state its reference point (since-state, timeline97)
	"madagascar-2002-crisis-fact-sheet":    3,  // 8 at 065f25a; 3 once a table's header range sets off none of its rows (dash-clause, timeline53)
	"maitatsine-riots-1980-primer":         2,  // 6 at 065f25a; 4 with a year after a figure one end of a change (figure-bound) and a title over a range a tenure (title-span, timeline50); 3 with "the same week" after a list item's month (item-month, timeline76); 2 with a counted stretch no count (time-count, timeline84)
	"sudan-1989-coup-reports":              5,  // 8 at 065f25a; 7 with "the conference was due to open on 9 September" ahead of the dispatch (copula-plan, timeline54); 6 with an undated report in the paragraph that told the day (same-paragraph-report, timeline57); 5 with a tally since yesterday (tally-since, timeline72); 4 with "could resume when the rains end in October" a reference clause (plural-reference, timeline80); 5 with the expectations made consistent (expect46)
	// dev25, 2026-12-03, scored at bdedfb0 before any change for them;
	// nine briefings written by people who never saw an engine. A
	// not_event naming part of a wanted sentence was dropped.
	"agacher-strip-war":                       5, // 5 at bdedfb0
	"bdr-mutiny-2009-live":                    7, // 25 at bdedfb0; 17 once a live blog's entries are read from the day their <time> gives (formats52); 11 with dispatch-perfect and publisher-note (timeline49); 10 with "by late afternoon" (by-day-part, timeline51); 11 with an undated report in the paragraph that told the day (same-paragraph-report, timeline57), +1 false: "A cabinet secretary told reporters …"; 10 with "A cabinet secretary told reporters the committee has been given …" no report of the day, a present perfect in it (timeline57); 9 with a report in the paragraph after the dispatch's own day (dispatch-day, timeline63); 7 with the expectations made consistent (expect46)
	"catalonia-2017-crisis-reports":           4, // 10 at bdedfb0; 7 once a dateline's year dates its report's days (report-year, timeline48); 6 with an undated report in the paragraph that told the day (same-paragraph-report, timeline57); 4 with quotations told to reporters and supporters on a day of the dispatch (quoted-address, timeline90); 4 with the expectations made consistent (expect46)
	"fiji-2000-coup-transcript":               1, // 13 at bdedfb0; 2 once a bold line giving the place and day of the briefing its title names is its moment (bold-placed), a time zone after its hour allowed (clock-zone); 1 with "will next consider Fiji" no verb of deliberation after "next" (cue classes, timeline57)
	"honduras-2017-post-election-fact-sheet":  2, // 9 at bdedfb0; 8 once pandoc's title block gives the title and date, no paragraph; 2 with a table of figures no event (figure-table, timeline69)
	"nigeria-1993-june-12-crisis-reports":     2, // 25 at bdedfb0; 4 once a page of several dispatches reads them all, each from its own day (formats52); 3 with a tally since Monday (tally-since, timeline72); 2 with a state campaigned for no event (wished-state, timeline82); 2 with the expectations made consistent (expect46)
	"paraguay-1989-coup-primer":               4, // 5 at bdedfb0; 4 with "Thirty-five years ago tonight" the moment's day 35 years back (years-ago-today, compound-count, timeline85)
	"sino-indian-war-1962":                    3, // 6 at bdedfb0; 3 once a year closing an object phrase moves no narrative (object-year, timeline48); 3 with the expectations made consistent (expect46)
	"sino-soviet-border-conflict-1969-primer": 6, // 6 at bdedfb0
	// dev24, 2026-12-03, scored at 7553031 before any change for them;
	// nine briefings written by people who never saw an engine. Their
	// not_events that named a part of a sentence another expectation
	// wants as an event were dropped (the test's "fix the file").
	"bangladesh-1975-coups-primer":       3, // 4 at 7553031; 3 with "By morning" the day the narrative reached (by-day-part, timeline51)
	"burkina-faso-1987-coup":             1, // 2 at 7553031; 1 with "At about 4:30 p.m." (approx-time, timeline51)
	"kenya-1982-coup-attempt-fact-sheet": 2, // 7 at 7553031; 3 once a numbered paragraph opening with its time in bold is a chronology entry (bold-time-lead); 2 once the fields of its head tell no story (head-fields)
	"soviet-1991-august-coup-reports":    4, // 9 at 7553031; 8 with "By mid-morning" (by-day-part, timeline51); 5 with an undated report in the paragraph that told the day (same-paragraph-report, timeline57); 4 with a report in the paragraph after the dispatch's own day (dispatch-day, timeline63); 4 with the expectations made consistent (expect46); 3 with "opened yesterday and ran into the early hours of today" one span (counted-end, day-part-begin, timeline94)
	"thailand-2006-coup-transcript":      2, // 14 at 7553031; 6 once a heading giving the briefing's place and day under the title naming it is its moment (placed-moment); 5 with an undated report in the paragraph that told the day (same-paragraph-report, timeline57); 3 with a communication's perfects after the told day (spoken-perfect, timeline77); 2 with a plan's window of weeks ahead of writing no date (future-window, timeline82)
	"turkey-2016-coup-attempt-reports":   2, // 25 at 7553031; 3 once plain-text rule lines separate and underline, and the masthead's other line gives the year (masthead-year); 2 with "by the afternoon" (by-day-part, timeline51); 2 with the expectations made consistent (expect46); masthead-year, which no longer changed it, removed (mends76)
	// dev23, 2026-12-03, scored at 865f029 before any change for them;
	// nine briefings written by people who never saw an engine.
	"car-1996-97-mutinies-misab-transcript": 5, // 12 at 865f029; 6 with "Briefing of 27 March 1997" a heading that gives its moment (heading-moment's "of", timeline46), though "I must nevertheless report an incident on 22 March" goes ahead with it; 7 with an undated report in the paragraph that told the day (same-paragraph-report, timeline57), +1 false: "The resolution was adopted under Chapter VII …"; 6 with "announced on Tuesday that they were" kept past (clause-copula, timeline61); 5 with "an incident on 22 March" the incident's day (noun-on-day, timeline76)
	"chad-libya-war-1978-87":                7, // 7 at 865f029
	"cyprus-1963-64-crisis-primer":          2, // 2 at 865f029
	"haiti-1991-coup-reports":               3, // 24 at 865f029; 4 once a dateline closed in bold after its dash is read; 3 with "Diplomats expect the … Assembly to take up the Haitian question on Friday" the Friday ahead (expect-ahead, timeline46)
	"lebanon-may-2008-clashes-reports":      4, // 6 at 865f029; 5 with report-year; 4 with "By mid-morning" (by-day-part, timeline51)
	"renamo-insurgency-2013-19-primer":      7, // 10 at 865f029; 9 with "saying he would" the speaker's (reporting-forms, timeline69); 8 with "(in office until January 2015)" a tenure (tenure-bound, timeline73); 7 with the expectations made consistent (expect46)
	"saada-wars-yemen-2004-10":              4, // 6 at 865f029; 5 once edit-linked headings ending in a bracket are headings; 4 with "broke out …, ending in" one span (outbreak-end, timeline88)
	"second-congo-war-1998-2003":            1, // 2 at 865f029; 1 with "and by 2003 roughly 3.4 million people were displaced" a state (linked-by, timeline97)
	"untaes-eastern-slavonia-fact-sheet":    5, // 11 at 865f029; 6 once a bold line labelling a briefing with its day and hour is its moment (bold-moment); 7 with "served as Transitional Administrator from January 1996 until 31 July 1997" a tenure, which its writer dated (tenure-span, timeline45, merged after the first look); 6 with the text's own lines (what it replaces, its issue) no event (own-document); 2 with "held office from 2008 to 2011" a tenure (office-span, timeline60); 5 with "began on 21 May 1996 and was declared complete on 20 June 1996" one span (complete-end, timeline70)
	// Briefings entirely right when they joined, raised since by a rule
	// whose net gain cost them an event their writers read otherwise.
	// dev22, 2026-12-03, scored at 5b104fd before any change for them;
	// eight briefings written by people who never saw an engine.
	"afghan-civil-war-1992-96":                  2, // 4 at 5b104fd; 3 with "on 25 April … in three days of fighting" a span (counted-span, timeline46); 2 with "continued until 2001" no event (continued-year, timeline54)
	"baku-black-january-1990-reports":           3, // 7 at 5b104fd; 6 with "began on Saturday … and it continued through Sunday" one span (continue-through, timeline44); 5 with "A week later … killed in three days of rioting" a span (counted-span, timeline46); 4 with a report in the paragraph after the dispatch's own day (dispatch-day, timeline63); 4 with the expectations made consistent (expect46); 3 with "opened yesterday and ran into the early hours of today" one span (counted-end, day-part-begin, timeline94)
	"cote-divoire-civil-war-2002-07-transcript": 5, // 34 at 5b104fd; 10 once the headings above a paragraph set the moment of writing (heading-chain, heading-moment); 6 once a year-less day said at a briefing's moment is the nearest before it and a noun's "events of 25 and 26 March" is not the modal verb's (moment-year, noun-date); 5 with "is scheduled for tomorrow" its day (for-tomorrow, timeline51)
	"gukurahundi-1983-87-primer":                6, // 6 at 5b104fd
	"maluku-sectarian-conflict-1999-2002":       0, // 2 at 5b104fd; 1 with "At the peak of the crisis, in 2001," a state (peak-of, timeline45); 0 with a verb of going on carrying its clause on until a date (going-on-until, timeline67)
	"oka-crisis-1990-reports":                   3, // 5 at 5b104fd; 4 with "at a location the negotiators would not disclose" a contact clause's modal (contact-modal, timeline44); 3 with "were due to arrive in Montreal this week" ahead of the dispatch (copula-plan, timeline54); 3 with the expectations made consistent (expect46)
	"tuareg-rebellion-1990-95":                  4, // 7 at 5b104fd; 6 with "continued through 1992 and 1993" no event (through-aspect, timeline60); 5 with "served as Minister of Tourism from 1997" a tenure (tenure-bound, timeline73); 4 with "the droughts of 1968–1974 and 1983–1985" both naming (coordinated-of, timeline85)
	"uganda-tanzania-war-1978-79":               3, // 4 at 5b104fd; 3 with "a few days later" the month (vague-days, timeline88)
	// dev21, 2026-12-03, scored at d9c97d3 before any change for them;
	// eight briefings no helper saw, read by the twenty-first session's lead.
	"bhutan-2003-operation-all-clear-fact-sheet":  4, // 6 at d9c97d3; 5 with the day of the briefing "held in Thimphu on" its heading gives (heading-moment); 4 with the text's own lines (what it replaces, its issue) no event (own-document); 2 with "held office from 2008 to 2011" a tenure (office-span, timeline60)
	"boko-haram-insurgency-primer":                2, // 3 at d9c97d3; 2 once a year after a clause-opening "by" is a state (year-by-state)
	"central-african-republic-civil-war-2012-14":  1, // 4 at d9c97d3; 3 once a year after a clause-opening "by" is a state (year-by-state); 2 with a state an accord provided for no event (wished-state, timeline82); 1 with "was sworn in three days later" counted from the narrative (particle-in, timeline96)
	"ethiopia-tigray-war-2020-22":                 2, // 5 at d9c97d3; 4 once a year after a clause-opening "by" is a state (year-by-state); 3 at timeline88; 2 at timeline97 (linked-by)
	"m23-rebellion-2012-13":                       1, // 3 at d9c97d3; 2 with "continued … through the middle of 2013" no event (continued-year, timeline54); 1 with "met repeatedly" through 2012 (through-aspect, timeline60)
	"niger-delta-mend-reports":                    2, // 7 at d9c97d3; 6 with "announced last week" its month (last-week-month, timeline44); 3 with "fell to around 1.3 million barrels a day in the second quarter of 2009, down from about 2.6 million … in 2005" the ends of a change, figures (figure-bound, timeline50); 2 with "threatened in an e-mail on Thursday to step up attacks if he was not released" the threat (bare-complement, timeline83)
	"peru-1996-embassy-hostage-crisis-transcript": 2, // 13 at d9c97d3; 4 with the dated briefing heading above its subsections (heading-chain); 3 with "has asked to celebrate Mass … on 24 December" ahead (asked-ahead, timeline54); 2 with "on 26 and 28 December and again on 31 December" one span (coordinated-days, timeline70)
	"swat-valley-2009-reports":                    2, // 6 at d9c97d3; 5 with months counted past the moment of writing in a perfect no time (counted-months, timeline45); 3 with "last week" its month too (last-week-month, timeline44); 2 with a quotation told to a committee on Wednesday (quoted-address, timeline90); 2 with the expectations made consistent (expect46)
	// dev20, 2026-12-03, scored at 9541294 before any change for them;
	// six briefings no helper saw, read by the twentieth session's lead.
	"burundi-civil-war-1993-2005":    1, // 4 at 9541294; 3 with "the anniversary … on 21 October is a public holiday observed chiefly by" recurring (agent-participle); 2 once a year after a clause-opening "by" is a state (year-by-state, lead21); 1 with "The memory of 1972 shaped" (about-year, timeline62)
	"cabo-delgado-insurgency-primer": 3, // 6 at 9541294; 4 once a year after a clause-opening "by" is a state (year-by-state, lead21); 3 with a title held over a range a tenure (tenure-span, timeline45)
	"libya-2011-civil-war":           4, // 4 at 9541294
	"nigerian-civil-war-1967-70":     2, // 7 at 9541294; 6 with "The annual commemoration on 30 May is often marked by" recurring (agent-participle); 5 once a year after a clause-opening "by" is a state (year-by-state, lead21); 2 with "expanded from about 10,000 men in 1966 to some 85,000 by the end of 1967" the ends of a change, figures (figure-bound, timeline50)
	"sudan-2023-war-reports":         5, // 8 at 9541294; 7 with "agreed a seven-day ceasefire on 20 May" under a 12 May dateline in the dateline's year (later-update, timeline40); 6 with "peace talks due to open in Switzerland on 14 August" ahead of the dateline (plan-relative, timeline46); 5 with the expectations made consistent (expect46)
	"thailand-2014-coup-fact-sheet":  2, // 6 at 9541294; 5 with "on Friday evenings" a habit, not a Friday (the lead); 4 with the transcript heading's day (heading-moment); 3 with the text's own lines (what it replaces, its issue) no event (own-document); 2 with "held office from 2008 to 2011" a tenure (office-span, timeline60)
	// dev19, 2026-12-03, scored at 916765d before any change for them;
	// nine briefings no helper saw, read by the nineteenth session's lead.
	"argentina-2001-crisis":          2, // 7 at 916765d; 2 with a rate at a bare percentage a level (level-reached, timeline50), "more than half the population lived" a count (fraction-count) and "governed from 1989 to 1999" a rule (ruling-span)
	"belarus-2020-protests-reports":  0, // 3 at 916765d; 1 with "Independent estimates put the crowd at Sunday's …" past (noun-before-verb) and "on the same day" after it; 0 with "called for another mass march … on Sunday" the Sunday ahead (requested-day, timeline44)
	"brunei-revolt-1962":             5, // 5 at 916765d
	"guatemala-1954-coup":            0, // 1 at 916765d; 0 with "Ubico, president from 1931," a tenure (tenure-bound, timeline73)
	"jeju-uprising-1948":             1, // 4 at 916765d; 3 once a year after a clause-opening "by" is a state (year-by-state, lead21); 2 with "remained president until 1960" a tenure (tenure-span, timeline45); 1 with "could be settled by negotiation and met Kim Dal-sam on 28 April 1948" the met (resumed-conjunct, timeline83)
	"konfrontasi-1963-66-primer":     5, // 8 at 916765d; 6 with the lead's rules read off its misses (made-document: "produced a ceasefire announced on 23 January 1964"); 5 with "At the peak, in 1965," a state (peak-of, timeline45)
	"peru-1992-autogolpe-fact-sheet": 2, // 5 at 916765d; 4 with the text's own lines (what it replaces, its issue) no event (own-document); 2 with "held office from 2008 to 2011" a tenure (office-span, timeline60); 3 with "Annual inflation exceeded 7,000 per cent" a level (level-reached, timeline50); 2 with "throughout the period from April until November 1992" a duration (period-range, timeline80)
	"south-maluku-rms-primer":        2, // 3 at 916765d; 2 with "led the exile government from 1966 until 1993" a rule (ruling-span, timeline50)
	"ten-day-war-slovenia-1991":      1, // 3 at 916765d; 2 with an undated report in the paragraph that told the day (same-paragraph-report, timeline57); 1 with "after a short battle" no shift off the day told (day-sequence, timeline77)
	// dev18, 2026-12-02, scored at 99a4687 before any change for them,
	// held out of the fourteenth session's helpers; the counts on the
	// merged tree, after the lead's fixes read off their misses.
	"bangladesh-2024-student-uprising-reports": 1, // 14 at 99a4687; 13 with "next week" its month (week-month, timeline36); 12 with "on Tuesday, 23 July" in the year its weekday agrees with (weekday-year, timeline36); 11 with "declared Sunday to Tuesday public holidays" one span ahead (weekday-range, timeline36); 10 with "Two weeks after the fall of Sheikh Hasina, Bangladesh has returned" no day ahead of the writing (counted-past, timeline36); 9 with "rallies for Friday and Saturday" the days ahead (target-for, timeline40); 7 with "at about 4 p.m." and "within an hour of her departure" the day reached (approx-time, hour-later, timeline51); 6 with a report in the paragraph after the dispatch's own day (dispatch-day, timeline63); 5 with a chant of questions kept in its sentence (quoted-sentences, timeline69); 4 with "a three-day general holiday from Monday" ahead (target-from, timeline90); 2 with the expectations made consistent (expect46); 1 with a day after "since" over a state its reference point (since-state, timeline97)
	"jamaica-2010-tivoli-incursion-fact-sheet": 5, // 17 at 99a4687; 5 with a paragraph labelled by its year ("9.1 2007. On 3 September the JLP wins …") in that year, its present the past (year-lead)
	"mexican-cartel-war-primer":                0, // 1 at 99a4687; 0 with "governed Mexico, from 1929 until 2000" a rule (ruling-span, timeline50)
	"new-caledonia-kanak-unrest-primer":        7, // 12 at 99a4687; 11 with a comma inside a gloss ("(Cellule de coordination …, CCAT)") no phrase boundary; 10 with the day a request asks for ahead of the asking (requested-day, timeline36); 9 with "the nickel boom of 1969 to 1972" one span (happening-span, timeline40); 8 with "did not reopen … until early June" its time, no span (not-until, timeline40); 7 with a title held over a range a tenure (tenure-span, timeline45); 8 with a level of a rate no event (level-reached, timeline50: −4 false for 1 right on dev), a held-out briefing of its, not tuned on; 7 with "the elections of 30 June and 7 July" one span (coordinated-days, timeline70)
	"north-yemen-civil-war-1962-70":            1, // 3 at 99a4687; 2 with "served as chairman … from 1967 to 1974" a tenure (tenure-span, timeline45); 1 with "a force that by 1965 numbered about 70,000" a state (linked-by, timeline97)
	"philippine-american-war-1899-1902":        1, // 1 at 99a4687
	"russia-1993-constitutional-crisis":        3, // 6 at 99a4687; 5 with "called elections … for 11 and 12 December" no day the narrative reached (target-for, timeline40); 4 with "suspended the court until the new parliament could be elected" a report (subordinate-modal, timeline40); 2 with "within an hour" and "By about 6 pm" (hour-later, approx-time, timeline51); 3 with the expectations made consistent (expect46)
	"spanish-civil-war-1936-39":                3, // 5 at 99a4687; 4 with "which governed from 1923 until 1930" a rule (ruling-span, timeline50); 3 with "Franco remained head of state from 1939 until 1975" a tenure (head.n.04 a leader, mends70)
	"sri-lanka-1971-jvp-insurrection":          1, // 2 at 99a4687; 1 once a year after a clause-opening "by" is a state (year-by-state, lead21)
	// dev17, 2026-12-02, scored at c2a7f37 before any change for them,
	// held out of the thirteenth session's helpers; the counts on the
	// merged tree, after the lead's fixes read off their misses.
	"arakan-army-conflict-primer":            0, // 1 at c2a7f37; 0 once a year after a clause-opening "by" is a state (year-by-state, lead21)
	"chadian-civil-war-1965-79":              3, // 5 at c2a7f37; 4 with "the number of people killed between 1965 and 1979 is unknown" a state (reduced-relative, undated-present); 3 with "in May of that year" after a relative clause's 1994 (forward-relative)
	"irish-civil-war-1922-23":                1, // 2 at c2a7f37; 1 with WordNet's cue classes (timeline57)
	"lesotho-2014-attempted-coup-fact-sheet": 3, // 4 at c2a7f37; 3 with "governed from 1998 to 2012" a rule (ruling-span, timeline50)
	"presevo-valley-insurgency-primer":       3, // 5 at c2a7f37; 4 with "won the elections held on 23 December 2000" dated (held-happening); 3 with "were given until 31 May" in 2001 (past-ultimatum)
	"rif-war-1921-26":                        6, // 7 at c2a7f37; 6 with "total … dead between 1921 and 1926 are usually put at" (undated-present)
	"shaba-invasions-1977-78":                2, // 1 at c2a7f37; 2 with "By the end of May the province was back under government control" read as a state (copula-state, timeline24)
	"warsaw-uprising-1944":                   5, // 5 at c2a7f37
	"zimbabwe-2017-coup-reports":             1, // 9 at c2a7f37; 5 with quoted fragments, a hyphenated subject after "two days after" and an overtaken plan (lead17); 4 with "before his term ends next year" a reference time (reference-clause); 3 with "Earlier this week" its month (week-month, timeline36); 2 with "called for a march … on Saturday" the march's day (requested-day, timeline36); 1 at timeline90 (quoted-address or target-from; a check-set briefing, its misses unread); 1 with the expectations made consistent (expect46)
	// dev16, 2026-12-02, scored at 9d8840e before any change for them,
	// held out of the twelfth session's helpers; the counts on the merged
	// tree, after the lead's fixes read off their misses.
	"burkina-faso-2014-uprising-reports":          3, // 5 at 9d8840e; 4 with overtaken plans (lead17); 3 with "when his mandate ends in November 2015" a reference time (reference-clause); 3 with the expectations made consistent (expect46)
	"equatorial-guinea-2004-coup-plot-fact-sheet": 2, // 4 at 9d8840e; 3 with "By 2004 … had become" a state (become-by, states23); 2 with "Nine months after …, the judicial phase … is largely complete" no time (counted-months, timeline45)
	"gorkhaland-agitation-primer":                 1, // 1 at 9d8840e
	"guinea-bissau-war-of-independence":           1, // 2 at 9d8840e; 1 with "Some historians … argue that" a view (generic-view, timeline24)
	"mozambican-war-of-independence":              2, // 4 at 9d8840e; 2 with "there were only a few thousand" and "numbered between" states (stative-count, timeline24)
	"nicaraguan-revolution-1978-79":               0, // 1 at 9d8840e; 0 with "for the period from 1977 to 1979" a duration (period-range, timeline80)
	"onlf-ogaden-insurgency-primer":               6, // 7 at 9d8840e; 6 with a stative verb's state "until" a date (stative-span, states23)
	"xinhai-revolution-1911":                      1, // 5 at 9d8840e; 4 with a page's byline no text (byline); 3 with "named after the year 1911" (name-source, timeline24); 2 with "The same day" after a relative clause's "two days later" (aside-day); 1 with a day of the month the sentence before opened with (month-return, timeline53)
	"yom-kippur-war-1973":                         0, // 4 at 9d8840e; 3 with a frequency inside what was agreed (complement-frequency); 2 with "6 October is celebrated as" a custom (present-passive-day), 0 with "named the war after Yom Kippur, …, which fell on 6 October" (name-source, timeline24)
	// dev15, 2026-12-02, scored at 0349376 before any change for them,
	// held out of the eleventh session's helpers; the counts on the merged
	// tree, after the lead's fixes read off their misses.
	"bodoland-insurgency-primer":               1, // 2 at 0349376; 1 with "before the end of 2025" (timeline21)
	"easter-rising-1916":                       1, // 10 at 0349376; 3 with movable feasts, narrative weekdays and the day a quotation was spoken (timeline21); 2 with quoted fragments (lead17); 1 with "That same day" after "in July 1914" that July (coarse-anchor, timeline40)
	"ecuador-2010-police-crisis-fact-sheet":    3, // 14 at 0349376; 4 with chronology entries led by a time of day alone (time-led-entry); 3 with the text's own lines (what it replaces, its issue) no event (own-document); 2 with "held office from 2008 to 2011" a tenure (office-span, timeline60)
	"first-chechen-war":                        3, // 5 at 0349376; 4 with "to take effect on 1 June" no day reached (infinitive-aim); 3 with "a vote held on 27 October 1991" dated (held-happening)
	"kyrgyzstan-2005-tulip-revolution-reports": 0, // 4 at 0349376; 3 with "where no candidate won a majority" (embedded-no); 2 with "next week" its month (week-month, timeline36); 1 with two weekdays in a row one span (weekday-range, timeline36); 0 with "Deputies also stripped Akayev of some privileges that a 2003 law had granted" on the dispatch's day (naming-year, timeline41); 1 with the expectations made consistent (expect46); 0 with a week across two months dated by its months (week-months, timeline93)
	"mexican-revolution-1910-20":               1, // 3 at 0349376; 2 with "held the presidency without interruption until 2000" no event (stative-span); 1 with "proposals ranging from 1917 to 1940" a proposal's terms (cue classes, timeline57)
	"saur-revolution-1978":                     3, // 2 at 0349376; 3 once a year after a clause-opening "by" is a state (year-by-state, lead21)
	"sino-vietnamese-war-1979":                 4, // 3 at 0349376; 4 once a year after a clause-opening "by" is a state (year-by-state, lead21)
	"weather-underground-primer":               3, // 6 at 0349376; 3 with a year in a list item's label (label-year)
	// dev14, 2026-12-02, scored at 7385d46 before any change for them,
	// held out of the tenth session's helpers; the counts on the merged
	// tree, after the lead's fixes read off their misses.
	"bolivian-revolution-1952":            0, // 3 at 7385d46; 2 with "had the constitution amended in 1961" (timeline14); 0 with "others argue that" a view (generic-view) and "the army was once again the arbiter" a state (copula-state, timeline24)
	"boxer-rebellion-1899-1901":           1, // 1 at 7385d46
	"burmese-8888-uprising":               3, // 10 at 7385d46; 4 with "the eighth day of the eighth month" and "over the next four days" (timeline14); 3 with "the same week" (timeline21)
	"egypt-2013-coup-reports":             5, // 12 at 7385d46; 10 with "called on Egyptians to take to the streets on Friday" (timeline14); 9 with "exactly one year after Mohamed Morsi was sworn in" a year back (years-after-clause); 8 with "was sworn in on 16 July" under a dateline of 10 July a later line, not 2012 (later-update, timeline40); 9 with an undated report in the paragraph that told the day (same-paragraph-report, timeline57), +1 false: "Mubarak, 85, ruled Egypt for nearly 30 years."; 8 with "Mubarak, 85, ruled Egypt for nearly 30 years" no report of the day, a length of years (timeline57); 7 with a report in the paragraph after the dispatch's own day (dispatch-day and dispatch-day-kept, timeline63); 6 with a report with a verb of saying under the dispatch's own day (dispatch-saying, timeline77); 5 with the expectations made consistent and timeline91's rules (expect46, timeline91)
	"kachin-conflict-primer":              1, // 1 at 7385d46
	"paris-commune-1871":                  3, // 31 at 7385d46
	"red-army-faction-germany-primer":     1, // 14 at 7385d46; 3 with a letter quoted inside a happening (timeline14); 2 with a plain report after the told day (told-day-sequel, timeline69); 1 with a name's "am" no present (first-person-am, timeline84)
	"sandline-affair-png-1997-fact-sheet": 0, // 2 at 7385d46; 1 with a state ended by "until" no event (stative-span); 0 with "the end of last week" its month (last-week-month, timeline44)
	"thai-1973-uprising":                  0, // 1 at 7385d46; 0 with "the generation of 1973 and 1976" naming (coordinated-of, timeline85)
	// dev13, 2026-12-02, scored at 093cf8b before any change for them,
	// held out of the ninth session's helpers; the counts on the merged
	// tree, after the lead's fixes read off their misses.
	"costa-rican-civil-war-1948":             3, // 4 at 093cf8b
	"cristero-war-1926-29":                   1, // 5 at 093cf8b; 1 with a year naming a past clause's subject ("A 1934 amendment … introduced", timeline13)
	"fiji-1987-coups-fact-sheet":             4, // 9 at 093cf8b; 6 with "Through the middle months of 1987 … remained tense" no event (timeline13); 5 with "Ahead of the 1987 general election" (timeline14); 4 with same-actor (timeline59)
	"gwangju-uprising-1980":                  1, // 4 at 093cf8b; 2 with "and 18 May has been a day of remembrance" no event, 1 with "A 1989 white paper … denied" (timeline13); 1 with the expectations made consistent (expect46)
	"people-power-revolution-1986":           1, // 7 at 093cf8b; 4 with "in both 1984 and 1985" one span (timeline13); 2 with an undated report in the paragraph that told the day (same-paragraph-report, timeline57); 1 with "took the oath of office before" no shift off the day told (day-sequence, timeline77)
	"philippine-communist-insurgency-primer": 2, // 3 at 093cf8b; 2 with "weeks later" in the next month (timeline13); 2 with the expectations made consistent (expect46)
	"spanish-coup-attempt-1981":              6, // 6 at 093cf8b; 6 with "at about 6.20 p.m." (approx-time, timeline51)
	"tiananmen-1989-reports":                 1, // 10 at 093cf8b; 8 with "has become" a perfect (timeline14); 7 with "On Sunday they set up" past, the present after its infinitive no tense of it (infinitive-tail); 6 with "set up this week" its month (week-month, timeline36); 4 with "last week" its month too (last-week-month, timeline44); 3 with "A two-day meeting …, which ended today" a span (counted-span, timeline46); 2 with an undated report in the paragraph that told the day (same-paragraph-report, timeline57); 1 with "After the ceremony" no shift off the dispatch's day (day-sequence, timeline77); 2 with the expectations made consistent (expect46); 1 with a day after "since" over a state its reference point (since-state, timeline97)
	// dev12, 2026-12-02, scored at d05a56f before any change for them,
	// held out of the eighth session's helpers; the counts on the merged
	// tree, after the lead's fixes read off their misses.
	"argentine-dirty-war":                0, // 3 at d05a56f; 2 with "until December, when", 1 with "the 1978 World Cup, which … from 1 to 25 June" (timeline12); 0 with "The restoration of 1983 opened" (about-year, timeline62)
	"carnation-revolution-1974":          1, // 7 at d05a56f; 5 with "twenty past midnight", 4 with a plan told in the past, 2 with "perhaps half a million" and "that same July" (timeline12); 1 with "by the constitution of 1933" after a passive (timeline14)
	"greek-junta-1967-74":                0, // 2 at d05a56f; 1 with "in the Greek Civil War of 1946–49" (timeline12); 0 with "In February and again in March" one span (timeline13)
	"poland-martial-law-1981-fact-sheet": 0, // 1 at d05a56f; 0 with "will join … on Thursday" on a Thursday (timeline12)
	"prague-spring-1968":                 0, // 1 at d05a56f; 0 with "since February 1948, when" (timeline12)
	"red-brigades-italy-primer":          4, // 4 at d05a56f
	"romanian-revolution-1989-reports":   3, // 6 at d05a56f; 4 with "after dark", 3 with "for a third day today" (timeline12); 3 with the expectations made consistent (expect46)
	"soviet-afghan-war-primer":           2, // 3 at d05a56f; 2 with "expected … to fall within weeks" no event (timeline14)
	// dev11, 2026-12-01, scored at 84c6722 before any change for them,
	// held out of the seventh session's helpers; the counts on the
	// merged tree (ea7e68c), after the lead's fixes read off their misses.
	"chaco-war":                       0, // 5 at 84c6722; 4 once a decade is no event, 3 with a named proposal, 2 with "the following week" as its month (timeline11); 1 with "in the revolution of 1952" (timeline12); 0 with "weeks later" in the next month (timeline13)
	"ethiopian-civil-war-1974-91":     0, // 2 at 84c6722; 1 once a decade is no event, 0 with a state "from" a year after a copula (timeline11)
	"hungarian-revolution-1956":       1, // 4 at 84c6722; 1 at ea7e68c
	"irish-war-of-independence":       1, // 7 at 84c6722; 5 at ea7e68c; 4 once a decade is no event, 3 with a view construed "as", 2 with a count of months "from" a month (timeline11); 1 with a day of the month the sentence before opened with (month-return, timeline53)
	"suez-crisis-1956-fact-sheet":     0, // 2 at 84c6722; 1 at ea7e68c; 0 with "the statement made … on Monday" (timeline14)
	"thailand-1992-black-may-reports": 0, // 5 at 84c6722; 4 with a counterfactual "without" (timeline11); 2 with the night after "10 p.m.", 1 with a relative clause's present set aside (timeline12); 0 with a long subject after "a day after" (timeline13); 1 with "had called the rally last week" its month where the writers want the week (last-week-month, timeline44: +7 tune for 3 lost); 0 with the expectations made consistent (expect46)
	"tupamaros-uruguay-primer":        2, // 4 at 84c6722; 3 once a decade is no event (timeline11); 2 with "a minister the army did not want" (timeline14); 3 with "governed from 2010 to 2015" a rule, which its writer dated (ruling-span, timeline50: −5 false for 1 right on dev); 2 with a plain report after the told day (told-day-sequel, timeline69)
	"ulfa-assam-insurgency-primer":    1, // 3 at 84c6722; 2 once a day a clause defines is no year for "that December" (timeline11); 1 with "within about two weeks" (timeline12)
	// dev5, 2026-12-01, scored at 0e2a07b.
	"angolan-civil-war":                3, // 3 at 0e2a07b; 2 with "from 1978 onward" (timeline6); 3 once a year after a clause-opening "by" is a state (year-by-state, lead21)
	"congo-brazzaville-civil-war-1997": 1, // 6 at 0e2a07b; 3 once the infobox table is no paragraph (formats); 0 (timeline6); 1 once a year after a clause-opening "by" is a state (year-by-state, lead21)
	"djiboutian-civil-war":             0, // 7 at 0e2a07b; 3 once infobox lines and references are no paragraphs (formats)
	"kashmir-insurgency-primer":        0, // 1 at 0e2a07b; 0 (timeline6)
	"northern-ireland-troubles-primer": 0, // 1 at 0e2a07b; 0 (timeline6)
	"untac-cambodia-fact-sheet":        0, // 1 at 0e2a07b; 0 with "as of" (timeline7)
	// dev6, 2026-12-01, scored with the html branch before any change for it.
	"ogaden-war-1977": 0, // 3 when it joined; 0 (timeline6)
	// dev7, 2026-12-01, scored at b4eea63 before any change for them.
	"balochistan-insurgency-primer": 0, // 1 at b4eea63; 0 (timeline6)
	"falklands-war-1982":            0, // 8 at b4eea63; 3 once emphasis marks do not hide text_has; 0 (timeline6)
	"grenada-1983-fact-sheet":       1, // 12 at b4eea63; 4 (timeline6); 1 (timeline7); 3 once a name taken up no longer dates a sentence (half of what that listed on dev was dated wrong); 1 with plain reports after the told day (told-day-sequel, timeline69)
	"mozambican-civil-war":          0, // 3 at b4eea63; 0 (timeline6)
	"rhodesian-bush-war":            0, // 2 at b4eea63; 0 (timeline6)
	// dev8, 2026-12-01, scored at 64135ae before any change for them.
	"aden-emergency":                       1, // 4 at 64135ae; 1 (timeline7); 0 once "by the end of" a year is the year (timeline9); 1 once a year after a clause-opening "by" is a state (year-by-state, lead21)
	"first-sudanese-civil-war":             0, // 3 before timeline8; 2 once an approximate year is read ("from about 1969"); 1 (timeline10: a named subject in a coordinated clause); 0 (timeline10: a modal in an indirect question)
	"haiti-1994-uphold-democracy-briefing": 1, // 3 at 64135ae; 2 (timeline7); 1 (timeline8: deadlines)
	"laotian-civil-war":                    0, // 3 before timeline8; 2 once a relative clause reports on a thing named by its year; 1 once a season's months are no date; 0 with a view construed "as" (timeline11)
	"west-papua-conflict-primer":           1, // 3 at 64135ae; 2 (timeline7); 1 (timeline10: a meeting besides a report)
	"zapatista-uprising-1994-reports":      2, // 5 at 64135ae; 4 (timeline7); 3 (timeline8: a month as a modifier); 4 with "met in San Cristobal last week" its month where the writers want the week (last-week-month, timeline44); 3 with a report in the paragraph after the dispatch's own day (dispatch-day, timeline63); 2 with the expectations made consistent (expect46)
	// dev9, 2026-12-01, scored at ab743fd before any change for them, and
	// held out of the fifth session's work until its engines were merged.
	"bahrain-2011-peninsula-shield-briefing": 0, // 6 at ab743fd; 6 after the fifth session's engines; 1 once a decade gives later dates no year; 0 (timeline9: an entry noted as scheduled)
	"cabinda-conflict-primer":                1, // 6 at ab743fd; 2 (timeline9: "after 1966, when", decades, "over the next two years"); 1 (timeline13: "in the weeks after the attack" keeps its month)
	"greek-civil-war":                        2, // 7 at ab743fd; 3 (timeline9: "that year", a fronted "since", "until an armistice in", "had little"); 2 (timeline10: "on Christmas Day")
	"jvp-insurrection-1987-89-reports":       2, // 27 at ab743fd; 9 once a dateline may give a weekday before its date; 6 (timeline9: "in the 1982 election", "the following year", "in the days after"); 5 (timeline10: "below that of"); 3 with "last week" its month (last-week-month, timeline44); 2 with the expectations made consistent and timeline91's rules (expect46, timeline91)
	"mau-mau-uprising":                       1, // 4 at ab743fd; 1 (timeline9: decades, "at its height")
	// dev10, 2026-12-01, scored at 4f8a3c9 before any change for them,
	// held out of the sixth session's work until its engines were merged;
	// the same counts after them.
	"congo-crisis-1960-65":                    0, // 2 at 4f8a3c9; 1 (timeline10: "until the 1990s"); 0 (timeline10: a long subject after "ten days after")
	"cuban-revolution":                        1, // 5 at 4f8a3c9; 4 (timeline10: "the following spring"); 3 (timeline10: "perhaps 300"); 2 (timeline12: "through the Sergeants' Revolt of 1933"); 1 with "opened with … and ended when" one span (timeline14)
	"hukbalahap-rebellion":                    0, // 1 at 4f8a3c9; 0 (timeline10: "early in the new year")
	"karen-conflict-primer":                   2, // 5 at 4f8a3c9; 4 (timeline10: "the day after the election of 7 November 2010"); 3 (timeline11: "information available in" a month); 2 (timeline12: "within two weeks" keeps its month)
	"maldives-1988-operation-cactus-briefing": 1, // 2 at 4f8a3c9; 1 (timeline10: "sent that morning to")
	"trinidad-1990-coup-attempt-reports":      2, // 7 at 4f8a3c9; 5 (timeline10: "shortly after 6 p.m.", "at about the same time"); 4 (timeline10: a present state "until September"); 3 with "this year the streets were empty" a state (copula-state, timeline24); 2 with "next week" its month (week-month, timeline36); 2 with the expectations made consistent (expect46)
	"dhofar-rebellion":                        1, // 0 before; 1 once a year after a clause-opening "by" is a state (year-by-state, lead21): "By the middle of 1970 they controlled almost the entire jebel"

	// dev28 (2026-12-04), nine briefings held out from the session's tuning; counts at lead28.
	"caste-war-of-yucatan":                  2,
	"nepal-2015-earthquake-un-briefings":    1, // 12 at lead28; 2 with a heading's bracketed code no word of it (heading-code, timeline55); 1 with "(e) 12 May: …" an entry (enumerated-entry, timeline55)
	"nigeria-endsars-2020-primer":           2, // 2 before; 2 with the expectations made consistent (expect46)
	"oaxaca-2006-uprising-primer":           1,
	"peru-2022-23-protests-reports":         7, // 13 at lead28; 12 with "on Wednesday rejected a proposal to …" the rejection's day (proposal-acted, timeline55); 11 with "Update, 16 February:" the moment of writing (update-moment, timeline55); 10 with "She also declared …" after a quotation (quote-keeps-episode, timeline55); 9 with the page's "A selection of … dispatches …, published between …" no event (issued-texts, timeline55); 8 with "on Wednesday for a three-day visit" a span (for-compound-span, timeline55); 7 with the expectations made consistent (expect46)
	"saya-san-rebellion-1930-32":            3,
	"sierra-leone-ebola-2014-16-fact-sheet": 4,
	"south-yemen-civil-war-1986":            2, // 3 with "Estimates of the dead range …, and … were displaced" carried as the told day's (told-day-sequel, timeline69: +1 false, a present "range" not read); 2 with its present read (of-subject-present, timeline91)

	// dev29 (2026-12-04), six briefings held out from the session's tuning; counts at lead29.
	"great-syrian-revolt-1925-27":       0, // 2 before "declined steadily" through a winter (through-aspect, timeline60); 0 with a verb of going on carrying its clause on until a date (going-on-until, timeline67)
	"ifni-war-1957-58":                  4,
	"kargil-1999-joint-press-briefings": 2,
	"poland-december-1970-primer":       6, // 12 at lead29; 10 with "the December killings" in January the December before (attributive-past, timeline56) and "On 24 January he spent nine hours debating with …" the debating's day (deliberated-after, timeline56); 7 with "By the weekend the leadership had concluded" in a new paragraph the story's weekend, not the primer's (distant-moment, timeline56); 6 with a plain report after the told day (told-day-sequel, timeline69)
	"polish-1970-coastal-protests":      1, // 2 with a plain report after the told day (told-day-sequel, timeline69); 1 with "The memory of December 1970 shaped" no event (about-year, timeline73)
	"venezuela-1989-caracazo-reports":   2, // 3 at d2b4bd1; 2 with a report in the paragraph after the dispatch's own day (dispatch-day, timeline63); 2 with the expectations made consistent (expect46)

	// dev30 (2026-12-04), five briefings held out from the session's tuning; counts at lead30 (8e1d673); 23 missed and 6 false in all, as at the start (7b3be1a).
	"angola-1977-nitista-coup-attempt":    6,
	"chad-2021-fact-offensive-reports":    4, // 4 before; 5 with the expectations made consistent (expect46); 4 with a week across two months dated by its months (week-months, timeline93)
	"eswatini-2021-unrest-sadc-briefings": 1, // 7 with subject-named-year (timeline59); 4 with a communication's perfects after the told day (spoken-perfect, timeline77); 2 with the expectations made consistent (expect46); 1 with a week across two months dated by its months (week-months, timeline93)
	"madagascar-1972-rotaka":              3, // 4 with a plain report after the told day (told-day-sequel, timeline69); 3 with bare-to-range (timeline78)
	"sudan-2018-19-revolution-primer":     2, // 2 with "an SPA statement said in December" read as speech (quote-speaker, timeline91)

	// dev31 (2026-12-04), five briefings held out from the session's tuning; counts at lead31 (c0a41f0), the transcript 23 before labelled-day.
	"maldives-2012-transfer-of-power-reports":        4, // 5 before; 4 with the expectations made consistent (expect46)
	"pakistan-2007-lal-masjid-siege-reports":         2, // 2 before; 3 with the expectations made consistent (expect46); 2 with a day after "since" over a state its reference point (since-state, timeline97)
	"philippines-2013-typhoon-haiyan-press-briefing": 3, // 5 with a clock time no count (time-count, timeline84); 3 with the expectations made consistent (expect46)
	"south-korea-1961-may-16-coup":                   2, // 3; 2 with "Foreign reaction: On 16 May" back in 1961 (focal-return, timeline86)
	"sri-lanka-1983-black-july-primer":               2, // 3; 2 with "The Sixth Amendment: On 4 August" back in 1983 (focal-return, timeline86)

	// dev32 (2026-12-04), five briefings held out from the session's helpers; counts at lead32 (the helpers' merged engines). Two not_events quoting part of a wanted sentence were dropped.
	"egypt-1977-bread-riots-reports":              1, // 1 with "were set alight" a passive, no state (isCopulaState, timeline77); 1 with the expectations made consistent (expect46)
	"hirak-rif-protests-2016-17":                  1, // 1 with "have continued to hold events on 28 October each year" a habit (continued-habit, timeline73)
	"libya-1986-el-dorado-canyon-press-briefings": 3, // 13 at lead32; 7 with "BRIEFING 2 … Washington, Wednesday, 16 April 1986" heading its session (series-number, timeline61); 3 with "DEPARTMENT OF DEFENSE NEWS BRIEFING … Tuesday, 15 April 1986" heading its session (body-complement, timeline63)
	"ogoni-crisis-1990-95-primer":                 2,
	"six-day-war-1967":                            3,

	// dev33 (2026-12-05), five briefings held out from the session's first-round helpers; counts at d2b4bd1 (the session's start). Three not_events quoting part of a wanted sentence were dropped.
	"christchurch-2011-earthquake-press-briefing": 2, // 18 at the start; 5 with its head block dating the transcript (head-line, timeline64); 4 with a week across two months dated by its months (week-months, timeline93); 2 with a day after "since" over a state its reference point (since-state, timeline97)
	"eureka-rebellion-1854":                       1,
	"guadeloupe-2009-lkp-general-strike-primer":   1,
	"overthrow-of-the-hawaiian-kingdom-1893":      1, // 2 with a verb of going on carrying its clause on until a date (going-on-until, timeline67); 1 with "missionaries who had arrived … from 1820 onwards" describing them (onward-relative, timeline73)
	"romania-1990-june-mineriad-reports":          3, // 8 until timeline75 (dispatch-body); 5 with "then" on the dispatch's day (day-sequence) and a report with a verb of saying (dispatch-saying, timeline77); 4 once an unplaced day ("its Friday edition") turns the body to no other day (unplaced-day, timeline79); 3 with a week across two months dated by its months (week-months, timeline93)

	// dev34 (2026-12-05), five briefings held out from the session's first-round helpers; counts at 6880f5a (the session's start). One not_event quoting part of a wanted sentence was dropped.
	"february-26-incident-1936":                   1,
	"kazakhstan-2011-zhanaozen-primer":            2, // 2 with the striker's quotation told in October read as speech (quote-speaker, timeline91)
	"tham-luang-cave-rescue-2018-press-briefings": 3, // 15 at the start; 4 with "BRIEFING 1 - TUESDAY 3 JULY 2018, 10:00, MEDIA TENT, THAM LUANG" heading its session (heading-place-after, timeline68); 3 with the expectations made consistent (expect46)
	"thammasat-university-massacre-1976":          3,
	"vietnam-2014-oil-rig-riots-reports":          2, // 3 before; 2 with the expectations made consistent (expect46)

	// dev35 (2026-12-05), five briefings held out from the session's first-round helpers; counts at fb96442 (the session's start). Three not_events quoting part of a wanted sentence were dropped.
	"algeria-2019-hirak-reports":               5, // 6 with "vowed to return to the streets on Friday" ahead (promised-day, timeline72)
	"first-intifada-1987-93-primer":            1,
	"iran-1953-coup":                           5,
	"jebel-akhdar-war-1954-59":                 3, // 3 with "that morning" before a past verb (that-day-verb, timeline84)
	"marikana-2012-government-press-briefings": 1, // 2 before; 1 with the expectations made consistent (expect46)

	// dev36 (2026-12-05, session 36), five briefings held out from the session's first-round helpers; counts at 0bb6652 (the session's start). No not_event quoted part of a wanted sentence.
	"cambodia-thailand-2011-border-clashes-statements": 2, // 4 before; 2 with the expectations made consistent (expect46)
	"goa-1961-annexation":                              0, // 0 at saying-report (timeline91)
	"india-emergency-1975-77":                          2,
	"kyrgyzstan-2020-october-crisis-reports":           2, // 3 with "Legal experts said" no report (saying-report, timeline91); 2 with the expectations made consistent and timeline91's rules (expect46, timeline91)
	"urumqi-2009-riots-primer":                         2, // 2 before; 2 with the expectations made consistent (expect46)

	// dev37 (2026-12-05, session 37), five briefings held out from the session's helpers; counts at 57871cd (the session's start). No not_event quoted part of a wanted sentence.
	"algeria-2001-black-spring-primer":      1,
	"anfal-campaign-1986-89-primer":         3, // 6 at its start; 3 with bare-to-range (timeline78)
	"lebanon-2019-october-protests-reports": 6, // 7 before timeline83; 6 with its rules (bare-complement, resumed-conjunct); 6 with the expectations made consistent (expect46)
	"niger-2010-coup-statements":            7, // 14 at its start; 11 once lines boxed between rules are a chain of headings, 10 with bare-to-range, 9 with month-dash-month (timeline78); 7 with the expectations made consistent (expect46)

	// dev38 (2026-12-05, session 38), five briefings held out from the session's helpers; counts at 1fcae00 (the session's start).
	"indo-pakistani-war-1965":                 0, // 2 before timeline83; 1 with "demanding a ceasefire to take effect at 07:00 GMT on 22 September. India accepted the following day." the 21st (clock-colon); 0 with "That evening" after "within a day" the day before (within-bound, timeline85)
	"ipkf-sri-lanka-1987-90":                  1,
	"philippines-2001-edsa-ii-primer":         2,
	"south-korea-1987-june-struggle-reports":  2, // 2 before; 2 with the expectations made consistent (expect46)
	"taiwan-strait-crisis-1995-96-statements": 1,

	// dev39 (2026-12-05, session 39), five briefings held out from the session's helpers; counts at c808d63 (the session's start).
	"drc-kasai-2017-official-statements": 4, // 5 before; 4 with the expectations made consistent (expect46)
	"egypt-1952-revolution":              4,
	"iraq-1991-uprisings":                1,
	"nigeria-1966-coups-primer":          5, // 5 with "Estimates of the dead range" read as present (of-subject-present, timeline91)
	"turkey-2013-gezi-protests-reports":  2, // 3 before timeline83; 2 with "began a two-day strike today" its two days (begun-compound, timeline83); 2 with the expectations made consistent (expect46)

	// dev40 (2026-12-06, session 40), five briefings held out from the session's helpers; counts at 7b935f7 (the session's start).
	"india-2020-21-farmers-protest-primer":            3,
	"mongolia-1990-democratic-revolution":             2,
	"pakistan-1977-coup":                              2, // 3 before timeline85; 2 with "after those of 1958 and 1969" naming (coordinated-of)
	"sri-lanka-2018-constitutional-crisis-statements": 5,
	"taiwan-2014-sunflower-movement-reports":          4, // 29 at its start; 6 with span-dateline (timeline81, after the held-out figures were taken); 5 with "said on Wednesday he would not ask police" the saying (bare-complement, timeline83); 5 with the expectations made consistent (expect46); 4 with "The KMT caucus said it could" no report (saying-report, timeline91); span-dateline and stated-year, which no longer changed it, removed (mends76)

	// dev41 (2026-12-06, session 41), five briefings held out from the session's helpers; counts at 9ba0ebc (the session's start).
	"benin-1977-mercenary-attack-statements": 2, // 2 before; 3 with the expectations made consistent (expect46); 2 with a day after "since" over a state its reference point (since-state, timeline97)
	"iran-2019-fuel-protests-reports":        1, // 1 before; 1 with the expectations made consistent (expect46)
	"iraq-tishreen-protests-2019-21":         3,
	"niger-tuareg-rebellion-2007-09-primer":  1,
	"pool-conflict-2016-17":                  4,
	// dev42 (2026-12-06, session 42), five briefings held out from the session's helpers; counts at d812ef1 (the session's start).
	"bangladesh-2013-shahbag-hefazat-reports":  11, // 13 when it joined; 12 with a quotation told to parliament this evening (quoted-address), 11 with "a two-day hartal starting on Thursday" ahead (target-from, timeline90)
	"korea-2010-cheonan-yeonpyeong-statements": 13, // 14 when it joined; 13 with "effective tomorrow, 25 November" that day (now-apposed, timeline90)
	"philippines-1972-martial-law-primer":      5,  // 5 before; 6 with the expectations made consistent (expect46); 5 with a day after "since" over a state its reference point (since-state, timeline97)
	"sri-lanka-2019-easter-bombings":           6,  // 6 before; 6 with the expectations made consistent (expect46)
	"thailand-2020-21-youth-protests":          4,
	// dev43 (2026-12-06, session 43), six briefings held out from the session's helpers; counts at 1c4d614 (the session's start).
	"achille-lauro-1985-official-statements": 12, // 12 before; 12 with the expectations made consistent (expect46)
	"algeria-1988-october-riots-reports":     4,  // 4 before; 4 with the expectations made consistent (expect46)
	"uganda-1966-mengo-crisis":               5,
	// dev44 (2026-12-06, session 44), five briefings held out from the session's helpers; counts at 334f4bc (the session's start).
	"bangladesh-2006-08-caretaker-crisis-primer":     2,
	"india-pakistan-2019-pulwama-balakot-statements": 9, // 10 when it joined; 9 with "for tomorrow, 27 February" that day (now-apposed, timeline90)
	"indonesia-1996-july-27-incident-reports":        2, // 5 when it joined; 3 with quotations told to reporters (quoted-address, timeline90); 2 with the expectations made consistent (expect46)
	"nathu-la-cho-la-clashes-1967":                   4,
	"operation-lalang-1987":                          2,
	// dev45 (2026-12-06, session 45), five briefings held out from the session's helpers; counts at 870935f (the session's start).
	"cote-divoire-1999-coup":                            2, // 4; 3 with "By the spring" after 29 December 1999 in 2000 (season-forward, timeline92); 2 with "began … on 23 December 1999 and ended the next day" one span (counted-end, timeline94)
	"guinea-2007-general-strike-reports":                5, // 6 before; 5 with the expectations made consistent (expect46)
	"iran-1999-student-protests":                        2, // 3; 2 with "on 13 July, a Tuesday," that day (apposed-weekday, timeline96)
	"senegal-2024-election-postponement-official-texts": 5, // 6 before; 5 with the expectations made consistent (expect46)
	// dev46 (2026-12-06, session 46), five briefings held out from the session's helpers; counts at b66cc41 (the session's start).
	"central-kalimantan-2001-sampit-primer":           2,
	"china-india-2020-21-galwan-border-standoff":      2, // 17; 2 with the story's 2020 thread picked up after a background section and a glance ahead (told-month, timeline92)
	"kokang-incident-2009":                            2,
	"kyrgyzstan-2010-april-revolution-official-texts": 2, // 15; 13 with "On 6 April" back in 2010 after a glance at 2009 (told-month, timeline92); 2 with "Government House, Bishkek, Friday 16 April 2010" under the transcript's heading its moment (plain-placed, timeline93)
	"pakistan-2023-may-9-unrest-reports":              7,
	// dev47 (2026-12-07, session 47), five briefings held out from the session's helpers; counts at 159179c (the session's start).
	"cameroon-1984-coup-attempt-primer":                4, // 5; 4 with "was sworn in two days later" counted from the narrative (particle-in, timeline96)
	"casablanca-riots-1981":                            4,
	"gabon-2016-post-election-crisis-reports":          7, // 9 when it joined dev; 7 with a week across two months dated by its months (week-months, timeline93)
	"guinea-bissau-2009-assassinations-official-texts": 8,
	"malawi-2019-20-election-crisis":                   4,
	// dev48 (2026-12-07, session 48), five briefings held out from the session's helpers; counts at 89456b5c (the session's start).
	"armenia-2016-yerevan-police-station-siege":        4,
	"malaysia-2020-sheraton-move-primer":               3,
	"philippines-2015-mamasapano-clash-official-texts": 6,
	"south-korea-2024-martial-law-reports":             5,
	"wukan-protests-2011-12":                           3,
	// dev49 (2026-12-07, session 49), five briefings held out from the session's helpers; counts at 6858eceb (the session's start). One not_events quoting a dispatch's dateline, which the wanted lead sentence holds, was dropped.
	"croatian-spring-1971":                     1, // 2 at the start; timeline94's counted-end joins "began on 30 November 1971 and continued into the following day"
	"el-salvador-1932-la-matanza":              3,
	"italy-1970-reggio-calabria-revolt-primer": 6,
	"new-zealand-2007-urewera-raids-reports":   3,
	"uruguay-1973-coup-official-texts":         7,
	// dev50 (2026-12-07, session 50), five briefings held out from the session's helpers; counts at 994bfd3c (the session's start).
	"east-timor-1991-santa-cruz-massacre":         2,
	"india-2001-parliament-attack-official-texts": 15,
	"manila-peninsula-siege-2007":                 8,
	"nepal-2001-royal-massacre-primer":            4,
	"pakistan-2007-bhutto-assassination-reports":  11,
	// dev51 (2026-12-07, session 51), five briefings held out from the session's helpers; counts at 4dcfc84e (the session's start).
	"ethiopia-2019-amhara-coup-attempt":               6,
	"israel-2023-judicial-overhaul-crisis-reports":    5,
	"jordan-2021-prince-hamzah-affair-official-texts": 11,
	"lebanon-2017-hariri-resignation-crisis-primer":   6,
	"morocco-1972-oufkir-coup-attempt":                8,
	// Entirely right before expect46 (2026-12-06); these counts are the
	// sentences the writers' date conventions now ask for or forbid (week,
	// overnight, since, place-date lines), as scored at b66cc414's engine.
	"ituri-artemis-2003-briefing": 0, // 0 with a day after "since" over a state its reference point (since-state, timeline97)
}

// checkAllowance fails when there are more problems than allowed, listing
// them, and when there are fewer, so that the allowance is lowered.
func checkAllowance(t *testing.T, problems []string, allowed int) {
	t.Helper()
	switch {
	case len(problems) > allowed:
		for _, p := range problems {
			t.Error(p)
		}
		t.Errorf("%d problems, %d allowed", len(problems), allowed)
	case len(problems) < allowed:
		t.Errorf("%d problems, fewer than the %d allowed: lower the allowance in knownEventProblems", len(problems), allowed)
	default:
		for _, p := range problems {
			t.Log("known:", p)
		}
	}
}
