package corpus

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/corpus/internal/cputime"
	"github.com/briefbot/briefbot/corpus/lang"
)

// dateCase is one text, the briefing's date (or none) and the dates of
// the events extraction must find in it, as eventDates renders them.
type dateCase struct {
	name string
	ref  string
	text string
	want []string
}

// checkEventDates runs each case as a subtest.
func checkEventDates(t *testing.T, tests []dateCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eventDates(t, tt.ref, tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("ref %s %q\n got %q\nwant %q", tt.ref, tt.text, got, tt.want)
			}
		})
	}
}

// eventDates runs extraction on a one-briefing text (paragraphs separated
// by blank lines; one that starts with "## " is a heading, the section of
// the paragraphs after it) with the given reference date, and renders each
// event's date as "2013-01-10", with "~mod" for a modifier and "!" when
// scheduled, in document order.
func eventDates(t *testing.T, ref, text string) []string {
	t.Helper()
	return eventDatesWith(t, ref, text, nil)
}

// testHeading reads a test text's heading, "## X" (level 2) or "### X"
// (level 3), or returns 0.
func testHeading(p string) (int, string) {
	for level, mark := range []string{"## ", "### "} {
		if h, ok := strings.CutPrefix(p, mark); ok {
			return level + 2, h
		}
	}
	return 0, ""
}

// eventDatesWith is eventDates with the date rules off turned off.
func eventDatesWith(t *testing.T, ref, text string, off dateRules) []string {
	t.Helper()
	b := &Briefing{Slug: "t", Title: "T"}
	if ref != "" {
		d, err := time.Parse(time.DateOnly, ref)
		if err != nil {
			t.Fatal(err)
		}
		b.Date = d
	}
	var chain []string // the headings above, "##" first, as the parser keeps them
	for _, p := range strings.Split(text, "\n\n") {
		if level, h := testHeading(p); level > 0 {
			chain = append(slices.Clone(chain[:min(level-2, len(chain))]), h)
			continue
		}
		var section string
		var outer []string
		if len(chain) > 0 {
			section, outer = chain[len(chain)-1], chain[:len(chain)-1]
		}
		if len(outer) == 0 {
			outer = nil
		}
		b.Paragraphs = append(b.Paragraphs, Paragraph{Number: len(b.Paragraphs) + 1, Section: section, Outer: outer, Text: p})
	}
	return renderEventDates(briefingEventsWith(b, off))
}

// renderEventDates renders events' dates as eventDates does.
func renderEventDates(evs []Event) []string {
	var out []string
	for _, e := range evs {
		s := e.Date.String()
		if !e.End.IsZero() {
			s += "/" + e.End.String()
		}
		if e.Date.Modifier != "" {
			s += "~" + e.Date.Modifier
		}
		if e.Date.Scheduled {
			s += "!"
		}
		out = append(out, s)
	}
	return out
}

func TestResolveDates(t *testing.T) {
	tests := []dateCase{
		// Calendar forms.
		{"month day no year", "2013-01-25", "On January 10, rebels captured the town.", []string{"2013-01-10"}},
		{"month day year", "2013-01-25", "Troops landed on January 11, 2013, near Gao.", []string{"2013-01-11"}},
		{"day month year", "2013-06-01", "Rebels took the capital on 24 March 2013.", []string{"2013-03-24"}},
		{"day month no year", "2013-01-25", "On 19 December the army withdrew from the north.", []string{"2012-12-19"}},
		{"by night is a manner, not a moment", "", "On 5 May 1980 the town fell.\n\nThe rebels moved by night.", []string{"1980-05-05"}},
		{"for an hour is a duration", "", "On 5 May 1980 the town fell. The general spoke for an hour.", []string{"1980-05-05"}},
		{"all for today is no date", "2003-01-23", "That is all for today.", nil},
		{"ordinal day of month", "2013-01-25", "The army withdrew on the 19th of January.", []string{"2013-01-19"}},
		{"abbreviated month", "2013-03-01", "Talks collapsed on Jan. 5 in the capital.", []string{"2013-01-05"}},
		{"abbreviated sept with year", "2013-03-01", "The ceasefire was signed on Sept. 28, 2012.", []string{"2012-09-28"}},
		{"abbreviation without dot", "2013-03-01", "The ceasefire was signed Aug 3 in Doha.", []string{"2012-08-03"}},
		{"month year", "2012-10-05", "AMISOM deployed in March 2007 with Ugandan troops.", []string{"2007-03"}},
		{"year alone", "2013-01-25", "In 2003, militant groups crossed the border.", []string{"2003"}},
		{"movable feast before its date", "", "On Palm Sunday, 24 March 2002, the crowd marched.", []string{"2002-03-24"}},
		{"the weekday the narrative is on", "", "On 21 April 1916 the ship was taken. Her captain scuttled her the following morning.\n\nOn the Saturday evening the order was printed.", []string{"1916-04-21", "1916-04-22", "1916-04-22"}},
		{"the same weekday looks back", "", "On 21 April 1916 the ship was taken. Her captain scuttled her the following morning.\n\nOn the same Friday the envoy was arrested.", []string{"1916-04-21", "1916-04-22", "1916-04-21"}},
		{"a narrative weekday nearer behind steps back", "", "On Monday 24 April 1916 the rising began.\n\nOn Wednesday, 26 April, the ship shelled the hall.\n\nThe writer was arrested on Tuesday evening.", []string{"1916-04-24", "1916-04-26", "1916-04-25"}},
		{"movable feast counted back from Easter", "", "In 1964 the army grew restless. The talks broke down on Ash Wednesday.", []string{"1964", "1964-02-12"}},
		{"movable feast in a name", "", "The Good Friday Agreement was signed in April 1998.", []string{"1998-04"}},
		{"by year", "2013-01-25", "The insurgency by 2009 controlled most of the south.", []string{"2009"}},
		{"two dates two events", "2013-01-25", "As of January 22, trainers have arrived, and a summit will be held on January 29.", []string{"2013-01-22", "2013-01-29!"}},

		{"a list item with no leading date keeps its tense", "2001-09-27", "- The minister meets donors in Skopje on 4 October", []string{"2001-10-04!"}},
		{"a progressive with no finite verb is not past", "2001-09-27", "- a platoon for Task Force Fox, deploying from 1 October", []string{"2001-10-01!"}},
		{"two days that touch are one span", "", "Bosnia held a referendum on 29 February and 1 March 1992.", []string{"1992-02-29/1992-03-01"}},
		{"two months that touch are one span", "", "In April and May 1992 army units shelled the town.", []string{"1992-04/1992-05"}},
		{"two dates apart stay two", "", "In 1992 rebels attacked on 3 March and 5 April.", []string{"1992", "1992-03-03", "1992-04-05"}},
		{"began and ended is one span", "2001-09-27", "Collection began on 27 August and ended on 26 September.", []string{"2001-08-27/2001-09-26"}},
		{"begins and runs until is one span", "2001-09-27", "Task Force Fox begins its work tomorrow, with a mandate that runs until 26 December.", []string{"2001-09-28/2001-12-26!"}},
		{"an end, then its start in a relative clause, is one span", "2018-07-20", "MANAGUA, May 21 — Its delegation wrapped up a visit today that had begun on Thursday.", []string{"2018-05-17/2018-05-21"}},
		{"a start in another tense is no span", "2008-03-01", "Feb. 6: The president says that talks will open on Monday.", []string{"2008-02-06", "2008-02-11"}},
		{"held until is no span", "2014-01-05", "On 5 March 2012 rebels took Gao, which they held until 2013.", []string{"2012-03-05", "2013"}},
		{"a span of years with a short end", "", "The Bosnian War of 1992–95 killed about 100,000 people.", []string{"1992/1995"}},
		{"coordinated dates share a year", "2013-06-01", "Rebels attacked on 3 March and 5 April 1992.", []string{"1992-03-03", "1992-04-05"}},
		{"an infobox line reports nothing", "", "- **Date:** 3 August 1997 – 1999", nil},
		{"a chronology entry with its label", "", "- 3 August 1997: Anjouan declares independence.", []string{"1997-08-03"}},
		{"a comma inside a gloss ends no phrase", "2024-09-01", "In November 2023 the UC set up the Unit (Cellule de coordination, CCAT) to organise protests.", []string{"2023-11"}},
		{"list items", "2013-06-01", "- January 10: rebels seize Konna - January 11: France intervenes", []string{"2013-01-10", "2013-01-11"}},
		{"day month abbreviated with year", "2013-06-01", "Rebels attacked on 5 Jan. 2013 near Gao.", []string{"2013-01-05"}},
		{"around is approximate", "2013-06-01", "Fighting resumed around March 2012.", []string{"2012-03~approx"}},

		// Parts of years and months.
		{"mid year", "2013-06-01", "Talks collapsed in mid-2012.", []string{"2012~mid"}},
		{"late last year", "2013-06-01", "Late last year, rebels regrouped.", []string{"2012~late"}},
		{"late year", "2013-01-25", "In late 2011, fighters returned to Mali.", []string{"2011~late"}},
		{"beginning of year", "2013-01-25", "Attacks did not begin until the beginning of 2012.", []string{"2012~early"}},
		{"end of year is its last month", "2013-01-25", "He was promoted at the end of 1998.", []string{"1998-12~late"}},
		{"close of the year", "2013-01-25", "In 2011 rebels formed. The force was disbanded at the close of that year.", []string{"2011", "2011-12~late"}},
		{"the end of the year to come", "1998-10-05", "An interim authority is due to be set up by the end of the year.", []string{"1998~late!"}},
		{"the end of the year in a narrative", "2013-10-05", "Rebels took Gao in March 2011. They held the north by the end of the year.", []string{"2011-03", "2011~late"}},
		{"the last day of the year", "", "The war began in 2006. On the last day of the year rebels took Gao.", []string{"2006", "2006-12-31"}},
		{"the first day of a year", "", "On the first day of 2006 rebels took Gao.", []string{"2006-01-01"}},
		{"the last day of February in a leap year", "", "The war began in 2008. On the last day of February rebels took Gao.", []string{"2008", "2008-02-29"}},
		{"the last day of that month", "", "The war began in April 2008. On the last day of that month rebels took Gao.", []string{"2008-04", "2008-04-30"}},
		{"the last days of a year stay its last month", "", "In the last days of 1998 rebels took Gao.", []string{"1998-12~late"}},
		{"the first half of a year is its early part", "", "In the first half of 2006 rebels took Gao.", []string{"2006~early"}},
		{"the middle of a year is its middle", "", "Rebels held Gao by the middle of 2006.", []string{"2006~mid"}},
		{"the second half of a year is its late part", "", "In the second half of 2006 the army withdrew.", []string{"2006~late"}},
		{"late year stays a part", "2018-01-25", "The group was founded in late 2016.", []string{"2016~late"}},
		{"early year", "2013-01-25", "Fighting resumed in early 2012.", []string{"2012~early"}},
		{"mid month", "2013-01-25", "The offensive stalled in mid-December.", []string{"2012-12~mid"}},
		{"end of month", "2013-01-25", "Talks failed at the end of June.", []string{"2012-06~late"}},
		{"season of year", "2013-01-25", "The rebels regrouped in the summer of 2011.", []string{"2011~mid"}},
		{"a season takes the narrative year", "", "The war began in 2006. In the spring rebels took Gao. That summer the army withdrew.", []string{"2006", "2006~early", "2006~mid"}},
		{"the season of that year", "", "The war began in 2006. In the summer of that year rebels took Gao.", []string{"2006", "2006~mid"}},
		{"a season counted from the moment", "2010-06-30", "Last summer the army withdrew. Elections are due next spring.", []string{"2009~mid", "2011~early!"}},
		{"a season ahead", "2010-03-30", "Elections will be held in the summer.", []string{"2010~mid!"}},
		{"a capitalised season is a name", "", "The war began in 1968. The Prague Spring ended in August.", []string{"1968", "1968-08"}},
		{"the fall of a town is no season", "", "The war began in 2006. After the fall of Gao the army regrouped.", []string{"2006"}},

		// Relative months and years.
		{"last month name", "2013-01-25", "Last March, officers removed the president.", []string{"2012-03"}},
		{"last month name same year", "2013-04-10", "Last March, officers removed the president.", []string{"2013-03"}},
		{"by month past", "2013-01-25", "By April, the militants had declared a state.", []string{"2012-04"}},
		{"late month past", "2013-01-25", "Tensions came to a head in late June.", []string{"2012-06~late"}},
		{"month of that year", "2012-10-05", "In 2006 the courts seized the city. Ethiopia invaded in December of that year.", []string{"2006", "2006-12"}},
		{"a month the following year", "", "In October 1971 the army mounted an operation. In April the following year a battalion was landed.", []string{"1971-10", "1972-04"}},
		{"a month that year", "", "The war began in 1971. In May that year a battalion was landed.", []string{"1971", "1971-05"}},
		{"the following year", "2012-10-05", "In 2006 the courts seized the city. The following year, Ethiopia withdrew.", []string{"2006", "2007"}},
		{"years later", "2014-01-05", "The country became independent in 2011. Two years later its ruling party split.", []string{"2011", "2013"}},
		{"earlier this month", "2013-01-25", "Earlier this month, France sent troops.", []string{"2013-01"}},
		{"last month", "2013-01-25", "Last month, talks collapsed.", []string{"2012-12"}},
		{"year as subject", "2013-01-25", "2012 saw the rise of the militants.", []string{"2012"}},
		{"year as count", "2013-01-25", "2012 fighters joined the militants.", nil},
		{"last year", "2013-01-25", "The movement was founded last year.", []string{"2012"}},
		{"next month name", "2013-01-25", "Elections are due next July.", []string{"2013-07!"}},
		{"the following month", "2013-01-25", "In March 2012 soldiers mutinied. The following month rebels declared independence.", []string{"2012-03", "2012-04"}},
		{"that month", "", "In March 2006 the war began. Rebels took Gao that month.", []string{"2006-03", "2006-03"}},
		{"the end of that month", "", "In March 2006 the war began. At the end of that month the army withdrew.", []string{"2006-03", "2006-03~late"}},
		{"that month's is no date", "", "In March 2006 the war began. That month's elections were cancelled.", []string{"2006-03"}},
		{"the end of the month in a narrative", "", "In March 2006 the war began. At the end of the month rebels took Gao.", []string{"2006-03", "2006-03~late"}},
		{"the end of the month to come", "2006-05-10", "In March 2006 the war began. Talks will resume by the end of the month.", []string{"2006-03", "2006-05~late!"}},

		// Relative days.
		{"following day", "2013-01-25", "On January 10, militants captured Konna. The following day, France intervened.", []string{"2013-01-10", "2013-01-11"}},
		{"following night same sentence", "2012-10-05", "On September 28 troops landed. The militants fled the following night, and on October 2 troops entered the town.", []string{"2012-09-28", "2012-09-29", "2012-10-02"}},
		{"same day", "2012-10-05", "Troops captured Baidoa on February 22, 2012. On the same day the council raised the force's strength.", []string{"2012-02-22", "2012-02-22"}},
		{"days after an event", "2012-10-05", "The vote on September 10 ended the mandate, whose term had expired on August 20. Two days after the election, bombers attacked the hotel.", []string{"2012-09-10", "2012-08-20", "2012-09-12"}},
		{"the next day", "2013-01-25", "On January 10 rebels took Konna. The next day France intervened.", []string{"2013-01-10", "2013-01-11"}},
		{"two days later", "2013-01-25", "On January 10 rebels took Konna. Two days later France intervened.", []string{"2013-01-10", "2013-01-12"}},
		// "The following week" is some day of the week after, which the
		// text does not give: its month.
		{"the following week", "2013-01-25", "On January 3 talks opened. The following week they collapsed.", []string{"2013-01-03", "2013-01~approx"}},
		{"the following week in the next month", "", "On 27 June 1950 talks opened. The parties walked out the following week.", []string{"1950-06-27", "1950-07~approx"}},
		{"a day after a noun phrase", "2013-01-25", "On January 10 the election was held. A day after the election, rebels attacked.", []string{"2013-01-10", "2013-01-11"}},
		{"a day after a clause, from a known event", "2020-10-20", "On 10 October the two sides agreed to a truce. The agreement came a day after Aliyev announced the capture of Hadrut.", []string{"2020-10-10", "2020-10-09"}},
		{"the day before a clause, from a known event", "2020-10-20", "On 10 October the two sides agreed to a truce. It came the day before the monitors arrived.", []string{"2020-10-10", "2020-10-11"}},
		{"a day, then days after a clause", "", "Northern forces besieged Aden; the city fell on 7 July 1994, two days after Mukalla was taken.", []string{"1994-07-07", "1994-07-05"}},
		{"days after a clause, counted forward", "2020-10-20", "On 10 October the army withdrew from Gao. Rebels attacked the town two days after the army withdrew.", []string{"2020-10-10", "2020-10-12"}},
		{"days after a date", "2013-01-25", "Troops arrived two days after January 10.", []string{"2013-01-12"}},
		{"several days later", "2013-01-25", "On January 11 France intervened. Several days later, militants invaded Diabaly.", []string{"2013-01-11", "2013-01-14~approx"}},
		{"within days", "2016-03-22", "The coup began on 13 May 2015. Within two days the coup had collapsed.", []string{"2015-05-13", "2015-05-15~approx"}},
		{"within weeks is the year of the day before", "", "On 23 July 1970 the sultan was overthrown. Special forces arrived within weeks of the coup.", []string{"1970-07-23", "1970~approx"}},
		{"within days is the month a few days after", "", "Israel withdrew on 24 May 2000, and the militia disintegrated within days.", []string{"2000-05-24", "2000-05~approx"}}, // no count of days, no day (withinVague)
		{"a relative day after a month in its sentence", "2016-03-22", "On 3 March 2015 talks opened. In September 2015 officers tried to seize power, but the attempt collapsed within a week.", []string{"2015-03-03", "2015-09"}},
		{"a span's last day is the anchor", "", "Voters went to the polls on 29 February and 1 March 1992. The following day barricades appeared.", []string{"1992-02-29/1992-03-01", "1992-03-02"}},
		{"a week later", "2013-01-25", "On January 3 talks opened. A week later they collapsed.", []string{"2013-01-03", "2013-01-10"}},
		{"day before", "2013-01-25", "On January 3 talks opened. The previous day, envoys arrived.", []string{"2013-01-03", "2013-01-02"}},
		{"that night", "2013-01-25", "On January 10 rebels took Konna. That night, France decided to intervene.", []string{"2013-01-10", "2013-01-10"}},
		{"that day inside a noun phrase", "2013-01-25", "The attack that day killed twenty people.", nil},
		{"month roll-over", "2013-03-01", "Rebels attacked on January 31. The following day the army responded.", []string{"2013-01-31", "2013-02-01"}},
		{"year roll-over relative", "2013-03-01", "Rebels attacked on December 31, 2012. The next day the army responded.", []string{"2012-12-31", "2013-01-01"}},
		{"past perfect does not move the day back", "2020-11-10", "On Tuesday the three leaders signed a deal. He said that he had signed it late on Monday night. Hours after the announcement, protesters stormed parliament.", []string{"2020-11-10", "2020-11-09", "2020-11-10"}},
		{"the nth day counts from the start", "", "The offensive began on 3 March 2006. Rebels took Tessalit on 4 March. On the third day of the offensive the army withdrew.", []string{"2006-03-03", "2006-03-04", "2006-03-05"}},
		{"the second day with no start marked", "", "Rebels took Gao on 3 March 2006. On the second day of talks the army withdrew.", []string{"2006-03-03", "2006-03-04"}},
		{"the nth day behind the story counts from its latest day", "", "The war began on 27 September 2020. On 10 October rebels attacked Gao. On the second day of the assault the army withdrew.", []string{"2020-09-27", "2020-10-10", "2020-10-11"}},
		{"the first day of a month is no ordinal day", "", "The offensive began on 3 March 2006. On the first day of April rebels took Gao.", []string{"2006-03-03", "2006-04-01"}},
		{"an ordinal day with nothing to count from", "", "On the second day rebels took Gao.", nil},
		{"in the afternoon is the day reached", "2006-12-23", "SUVA, Dec. 6 — Qarase flew home today. The military declared a state of emergency in the afternoon.", []string{"2006-12-06", "2006-12-06"}},
		{"during the day in the next paragraph", "2006-12-23", "SUVA, Dec. 5 — The commander announced the takeover this evening.\n\nTroops blockaded the residence during the day.", []string{"2006-12-05", "2006-12-05"}},
		{"in the late morning", "", "On 19 July 1972 rebels attacked Mirbat. In the late morning a fresh squadron arrived.", []string{"1972-07-19", "1972-07-19"}},
		{"in the morning of a date is the date's", "", "The war began in 1972. In the morning of 19 July rebels attacked Mirbat.", []string{"1972", "1972-07-19"}},
		{"a part of the day with nothing to count from", "", "Attacks come in the morning.", nil},
		{"a part of the day in the present is a habit", "2010-06-30", "On 3 March 2010 rebels took Gao. Markets open in the morning.", []string{"2010-03-03"}},
		{"within days in the future does not count from the narrative", "2010-06-30", "On 3 March 2010 rebels took Gao. Troops will withdraw within days.", []string{"2010-03-03"}},
		{"relative without anchor", "2013-01-25", "The following day, troops withdrew.", nil},
		{"relative anchor carries to the next paragraph", "2013-01-25", "On January 10, militants captured Konna.\n\nThe following day, France intervened.", []string{"2013-01-10", "2013-01-11"}},

		// Misspellings.
		{"transposed month", "2013-01-25", "On Januray 19, the siege ended.", []string{"2013-01-19"}},
		{"dropped letter", "2013-03-25", "On Febuary 3, the siege ended.", []string{"2013-02-03"}},
		{"substituted letter", "2013-10-25", "On Septenber 4, the siege ended.", []string{"2013-09-04"}},
		{"misspelling needs a day", "2013-01-25", "Januray was quiet in the north.", nil},

		// Year resolution.
		{"roll-over to previous year", "2014-01-05", "On December 20, rebels attacked the capital.", []string{"2013-12-20"}},
		{"narrative year within paragraph", "2012-10-05", "The turning point came in 2011. The UN declared a famine on July 20.", []string{"2011", "2011-07-20"}},
		{"narrative year carries to next dated paragraph", "2013-06-01", "The war began in 2011.\n\nIn March, rebels took the north.", []string{"2011", "2011-03"}},
		{"narrative year survives an undated paragraph", "2013-06-01", "The war began in 2011.\n\nThe north is vast.\n\nOn March 5, talks began.", []string{"2011", "2011-03-05"}},
		{"narrative runs forward into January", "2014-01-05", "In July 2013 the cabinet was dismissed.\n\nOn Dec. 24 troops retook Bor. Talks opened on 3 January.", []string{"2013-07", "2013-12-24", "2014-01-03"}},
		{"a question does not move the narrative year", "", "The war began in 2011. Why did the army withdraw in 2005? On 3 March rebels took Gao.", []string{"2011", "2011-03-03"}},
		{"no year anywhere is year-less", "", "On January 10, rebels captured the town.", []string{"--01-10"}},
		{"no reference explicit year", "", "In 2003, militants crossed the border.", []string{"2003"}},

		// Scheduled.
		{"will be held", "2013-01-25", "A summit will be held on January 29.", []string{"2013-01-29!"}},
		{"comes up for renewal", "2012-10-05", "The mandate comes up for renewal in March 2013.", []string{"2013-03!"}},
		{"a date a plan is for", "2016-03-22", "The EAC has announced a new round of talks in Arusha for 21 May.", []string{"2016-05-21!"}},
		{"a year a plan is for", "2001-09-27", "A census, postponed because of the fighting, is now planned for 2002.", []string{"2002!"}},
		{"scheduled rolls forward", "2013-01-25", "Elections are scheduled for January 5.", []string{"2014-01-05!"}},
		{"date first then future clause", "2013-01-25", "On January 29, a summit will be held in Addis Ababa.", []string{"2013-01-29!"}},
		{"past phrase inside scheduled clause", "2013-09-10", "The conference, first proposed in May, is scheduled for mid-November.", []string{"2013-05", "2013-11~mid!"}},
		{"reported speech keeps its date", "2013-09-10", "On Aug. 31, the president said he would seek approval.", []string{"2013-08-31"}},
		{"a reported future behind the moment is not an event", "2016-01-05", "He announced that he would stand for the leadership in 2015.", nil},
		{"a reported future ahead of the moment is announced", "2014-01-05", "He announced that he would stand for the leadership next year.", []string{"2015!"}},
		{"a reported future with its year written is an aim", "2014-01-05", "He announced that he would stand for the leadership in 2015.", nil},
		{"a reported future counted from the dateline", "2006-12-23", "SUVA, Dec. 22 — The commodore said in a radio address tonight that he would hand the powers back early next month.", []string{"2006-12-22", "2007-01~early!"}},
		{"would have is a counterfactual", "2014-01-05", "He said that the plan would have allowed troops to stay until 2020.", nil},
		{"would beside another cue is no announcement", "2014-01-05", "He said that he would perhaps stand in 2015.", nil},
		{"later that month", "2013-09-10", "In July 2012 a bomb killed the minister. Rebels attacked Aleppo later that month.", []string{"2012-07", "2012-07"}},
		{"future cue with past explicit date", "2012-10-05", "Donors who pledged money in February 2012 will be watching.", []string{"2012-02"}},
		{"explicit future year", "2012-10-05", "The force reached full strength in March 2013.", []string{"2013-03!"}},

		// Not events.
		{"a report of a tally since a date", "2020-11-12", "Officials said today that 1,383 servicemen had been killed since Sept. 27.", nil},
		{"a report of an event", "2020-11-12", "Officials said today that the army had taken Hadrut.", []string{"2020-11-12"}},
		{"a tally over a period", "", "A register lists about 13,500 people killed or missing between 1 January 1998 and 31 December 2000.", nil},
		{"a span a thing was spread over", "2008-03-14", "The dispatches were filed over six weeks in early 2008.", nil},
		{"a span this year", "2010-07-23", "The reports were filed over ten weeks this year.", nil},
		{"a count over a period with a verb", "", "Between 15 and 24 July tens of thousands of foreign nationals were taken by sea to Cyprus.", []string{"--07-15/--07-24"}},
		{"a count then a period with a verb", "", "In 2006 some 300 men were killed at Meja between 27 and 28 April.", []string{"2006", "2006-04-27/2006-04-28"}},
		{"irregular past from WordNet", "2013-01-25", "On January 10 the rebels dug trenches at Konna.", []string{"2013-01-10"}},
		{"an adjective in -ed is no verb", "", "A wicked drought in 2011.", nil},
		{"a day kept every year", "", "In 1999 NATO bombed Serbia. Serbia still marks 24 March as a day of mourning.", []string{"1999"}},
		{"a day kept every year, behind the moment", "2013-10-25", "Mali marks its independence on 22 September.", nil},
		{"the present ahead of the moment is an event", "2015-04-10", "The new president takes office on May 29.", []string{"2015-05-29!"}},
		{"since is a reference point", "2012-10-05", "For the first time since 1991, the country has a president.", nil},
		{"since governs a clause", "", "It was the worst episode since the liberation struggle ended in 1974.", nil},
		{"since stops at another date", "2014-01-05", "Since January rebels have attacked Gao on 5 March.", []string{"2013-03-05"}},
		{"since stops at a conjunction", "2014-01-05", "The army has held Gao since 2012 and rebels attacked it on 5 March 2013.", []string{"2013-03-05"}},
		{"since a few words back", "2014-01-08", "The country has known five coups since independence in 1960.", nil},
		{"from a year onward is a reference point", "", "The army was expanded by conscripts, who were called up from 1994 onward.", nil},
		{"from a year onwards", "", "Conscripts were called up from 1994 onwards.", []string{"1994"}},
		{"prior to", "2013-01-25", "Al-Qaeda held a country prior to 2001 and printed passports.", nil},
		{"range is one event", "2012-10-05", "The TFG was the authority from 2004 until August 2012.", []string{"2004/2012-08"}},
		{"dash range", "2012-10-05", "The TFG governed 2004–2012 with help.", []string{"2004/2012"}},
		{"quotation", "2013-01-25", "“Last time, in 2001, it could print passports,” she said.", nil},
		{"quotation across sentences", "2013-01-25", "“We crossed in 2003. We stayed in 2004.”", nil},
		{"british single quotes", "2013-01-25", "‘We crossed in 2003,’ the commander’s aide said.", nil},
		{"apostrophes are not quotes", "2013-01-25", "The militants’ offensive began in 2012.", []string{"2012"}},
		{"unclosed single quote is an apostrophe", "2013-01-25", "The ‘90s ended; in 2003 militants crossed the border.", []string{"2003"}},
		{"a proposal handed over on a day is an event", "2018-06-08", "The bishops handed Ortega a written proposal on Thursday.", []string{"2018-06-07"}},
		{"a proposal's own date is hypothetical", "2018-06-08", "The bishops made a proposal for elections in March 2019.", nil},
		{"a named proposal's date is what was done with it", "", "The mediators tabled a proposal called the Lake Plan in March 1990.", []string{"1990-03"}},
		{"a proposal known by a name", "", "Two neighbours put forward a joint proposal known as the Pact of Salta in February 1933.", []string{"1933-02"}},
		{"a proposal rejected on a weekday", "", "ACCRA, 3 March 2011 (Wire) - The assembly on Wednesday rejected a proposal to hold a referendum in June.", []string{"2011-03-02"}},
		{"a proposal tabled on a day", "", "On 4 May 1988 the mediators tabled a proposal for a ceasefire.", []string{"1988-05-04"}},
		{"a day before a noun of proposal dates the clause", "", "In December 1956, following the recommendations of a commission, the government froze wages.", []string{"1956-12"}},
		{"a recommendation's own terms are hypothetical", "", "The war began in 1992. The envoy made a recommendation for elections in March 1994.", []string{"1992"}},
		{"a noun of proposal before the clause's own verb", "", "Travel advice for the coastal provinces was relaxed in August 2002.", []string{"2002-08"}},
		{"a proposal backed on a day", "", "The war began in 1992. The council adopted a proposal backed by the envoy in March 1994.", []string{"1992", "1994-03"}},
		{"a verb of intent WordNet classes with want", "", "The war began in 1992. The rebels yearn to take the capital by March 1994.", []string{"1992"}},
		{"a verb of proposing WordNet classes with propose", "", "The war began in 1992. The envoy recommends elections in March 1994.", []string{"1992"}},
		{"a verb of intent as a noun after its modifier", "", "The war began in 1992. The peace plan of March 1994 failed.", []string{"1992", "1994-03"}},
		{"an attempt is a deed", "", "After a failed coup attempt in July 1971 the colonel fled.", []string{"1971-07"}},
		{"a plural noun in -es is no verb of intent", "", "Air force planes fired rockets into the hills on 6 January 1994.", []string{"1994-01-06"}},
		{"the -ing of a verb of deliberation before a date", "", "The war began in 1992. The council is pondering elections in March 1994.", []string{"1992"}},
		{"debate about a possible future", "2013-01-25", "Some argue for a possible referendum in 2015.", nil},
		{"a noun of intent is no hypothetical", "", "The war began in 1992. On the night of 3 July, artillery shelled the forest, ending any hope of winning.", []string{"1992", "1992-07-03"}},
		{"aims are not events", "2013-01-25", "The rebels aim to take Bamako by March.", nil},
		{"quotation with attribution", "2014-03-10", "“We will defend our compatriots,” Putin said on March 4.", nil},
		{"short quoted phrase keeps the event", "2012-10-05", "Kenya sent its army on October 16, 2011, in an operation named Linda Nchi, Swahili for \"protect the country\".", []string{"2011-10-16"}},
		{"year named by of", "2014-03-10", "The Orange Revolution of 2004 had already divided the country.", nil},
		{"narrative runs forward across paragraphs", "2014-03-10", "Protests began in November 2013. On Nov. 30, police beat students.\n\nIn mid-January, parliament passed laws. Clashes on Jan. 19-22 killed five.", []string{"2013-11", "2013-11-30", "2014-01~mid", "2014-01-19/2014-01-22"}},
		{"question", "2013-01-25", "Will the army withdraw in March?", nil},
		{"hypothetical", "2013-01-25", "If talks fail in March, fighting could resume.", nil},
		{"no verb", "2013-01-25", "Timeline: January 10, 2013.", nil},
		{"a month ending a name is no date", "2018-07-20", "The march had been called by the women who call themselves the Mothers of April.", nil},
		{"the end of a month after of is a date", "2018-07-20", "The war began in 2017. Talks failed at the end of April.", []string{"2017", "2017-04~late"}},
		{"bare month is not a date", "2013-01-25", "March on the capital began at dawn.", nil},
		{"modal may", "2013-01-25", "The army may withdraw by 2014.", nil},
		{"past weeks", "2013-01-25", "In the past two weeks, Mali has become front-page news.", nil},
		{"decade ago", "2013-01-25", "The conflict is rooted in events from a decade ago.", nil},
		{"counts are not dates", "2013-01-25", "Some 500 troops and 3,000 soldiers arrived in 20 trucks.", nil},
		{"resolution number", "2013-01-25", "The council passed Resolution 2085 quickly.", nil},
		{"invalid day", "2013-01-25", "Rebels attacked on February 30.", nil},
		// A title written short ends no sentence (isSentenceAbbrev): the
		// sentence goes on to its verb.
		{"the Hon. before a name", "", "On 3 May 1994 the council appointed the Hon. Peter Mwale as chairman and dismissed his deputy.", []string{"1994-05-03"}},
		{"the Rev. before a name", "", "On 4 April 1968 the Rev. Martin Luther King was shot on the balcony of his motel.", []string{"1968-04-04"}},
	}
	checkEventDates(t, append(tests, anyProseDateTests...))
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "One thing. Another thing.", []string{"One thing.", "Another thing."}},
		{"us abbreviation", "The U.S. Embassy was hit. Then it rained.", []string{"The U.S. Embassy was hit.", "Then it rained."}},
		{"month abbreviation", "On Jan. 5 troops left. On Sept. 28 they came back.", []string{"On Jan. 5 troops left.", "On Sept. 28 they came back."}},
		{"initials", "J. R. Smith arrived. He spoke.", []string{"J. R. Smith arrived.", "He spoke."}},
		{"title", "Gen. Ham spoke. Dr. Lee left.", []string{"Gen. Ham spoke.", "Dr. Lee left."}},
		{"rank of the police", "Insp. Mwangi said the road was closed. It rained.", []string{"Insp. Mwangi said the road was closed.", "It rained."}},
		{"titles of office and of the clergy", "The council appointed the Rt. Hon. Peter Mwale. The Rev. Martin Luther King was shot.", []string{"The council appointed the Rt. Hon. Peter Mwale.", "The Rev. Martin Luther King was shot."}},
		{"closing quote", "He said “go.” They went.", []string{"He said “go.”", "They went."}},
		{"question and exclamation", "Why? Because! Yes.", []string{"Why?", "Because!", "Yes."}},
		{"lowercase after stop", "It cost 3.5 million vs. the plan.", []string{"It cost 3.5 million vs. the plan."}},
		{"digit starts sentence", "It ended in 2003. 400 troops stayed.", []string{"It ended in 2003.", "400 troops stayed."}},
		{"emphasised abbreviation", "**Feb. 7** — The deadline passes. Protesters clash.", []string{"**Feb. 7** — The deadline passes.", "Protesters clash."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range splitEventSentences(tt.text) {
				got = append(got, strings.TrimSpace(tt.text[sp[0]:sp[1]]))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTitleEndsNoSentence checks that both sentence splitters, the
// events' and the factions', read every title written short
// (lang.IsTitleAbbrev) as going on to the name after it.
func TestTitleEndsNoSentence(t *testing.T) {
	for _, title := range []string{"Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Cmdr", "Adm", "Brig", "Cpl", "Pte", "Supt", "Insp", "Rep", "Sen", "Gov", "Pres", "Hon", "Rt", "Rev", "Fr"} {
		text := "On 3 May 1994 the council heard " + title + ". Mwangi say the road was closed."
		if !lang.IsTitleAbbrev(strings.ToLower(title)) {
			t.Errorf("%s. is no title in lang.IsTitleAbbrev", title)
		}
		if got := splitEventSentences(text); len(got) != 1 {
			t.Errorf("splitEventSentences(%q) ends a sentence after the title: %d sentences", text, len(got))
		}
		if got := sentencesOf(text); len(got) != 1 {
			t.Errorf("sentencesOf(%q) ends a sentence after the title: %q", text, got)
		}
	}
}

func TestEditDistanceAtMostOne(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"january", "january", true},
		{"januray", "january", true},
		{"janury", "january", true},
		{"januaryy", "january", true},
		{"jenuary", "january", true},
		{"juanray", "january", false},
		{"decmbr", "december", false},
		{"", "a", true},
		{"ab", "ba", true},
		{"abc", "cab", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := editDistanceAtMostOne(tt.a, tt.b); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestTitleYearStartsTheNarrative checks that an undated article whose
// title names a year reads a day and month before any other year in that
// year, and that a dated briefing's title does not override its date.
func TestTitleYearStartsTheNarrative(t *testing.T) {
	tests := []struct {
		title string
		date  time.Time
		want  string
	}{
		{"2006 Lebanon War", time.Time{}, "2006-07-12"},
		{"Lebanon War", time.Time{}, "--07-12"},
		{"The 2006 war, ten years on", time.Date(2016, 8, 1, 0, 0, 0, 0, time.UTC), "2016-07-12"},
	}
	for _, tt := range tests {
		b := &Briefing{Slug: "w", Title: tt.title, Date: tt.date, Paragraphs: []Paragraph{
			{Number: 1, Text: "On 12 July fighters crossed the border."},
		}}
		evs := briefingEvents(b)
		if len(evs) != 1 || evs[0].Date.String() != tt.want {
			t.Errorf("title %q: got %v, want %s", tt.title, evs, tt.want)
		}
	}
}

func TestHeadingYearSetsNarrativeYear(t *testing.T) {
	b := &Briefing{Slug: "h", Title: "H", Date: time.Date(2014, 1, 8, 0, 0, 0, 0, time.UTC), Paragraphs: []Paragraph{
		{Number: 1, Section: "2011: the uprising", Text: "In March, protesters filled the square."},
		{Number: 2, Section: "Recent events", Text: "In March, talks began."},
	}}
	var got []string
	for _, e := range briefingEvents(b) {
		got = append(got, e.Date.String())
	}
	// The narrative's year survives a heading that names none.
	if want := []string{"2011-03", "2011-03"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestExtractionStaysLinear guards against lookahead that rescans the rest
// of a sentence at every token: such input took minutes before. It compares
// the time for one text with the time for one four times as long, so it
// asserts the growth (4× when linear, 16× when quadratic), not a speed.
// Times are the thread's CPU time, best of three, so a loaded machine or
// -race (which slows both sizes alike) does not move the ratio.
func TestExtractionStaysLinear(t *testing.T) {
	tests := []struct{ name, unit string }{
		{"chained relative days", "the day after "},
		{"chained counts", "two days after "},
		{"many dated sentences", "On January 10, 2013 rebels attacked. "},
		{"weekdays in a row", "Tuesday "},
		{"ranges in a row", "3–5 March and "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			small, large := extractionTime(tt.unit, 50_000), extractionTime(tt.unit, 200_000)
			ratio := float64(large) / float64(max(small, 1))
			t.Logf("50 kB %v, 200 kB %v: %.1f×", small, large, ratio)
			if ratio > 10 {
				t.Errorf("50 kB took %v, 200 kB %v: %.1f× for 4× the text", small, large, ratio)
			}
		})
	}
}

// extractionTime is the best of three times to extract the events of one
// paragraph made of unit repeated to about size bytes: the thread's CPU
// time where the system reports it, else wall time.
func extractionTime(unit string, size int) time.Duration {
	defer cputime.LockThread()()
	text := strings.Repeat(unit, size/len(unit))
	b := &Briefing{Slug: "p", Title: "P", Date: time.Date(2013, 1, 25, 0, 0, 0, 0, time.UTC),
		Paragraphs: []Paragraph{{Number: 1, Text: text}}}
	best := time.Duration(math.MaxInt64)
	for range 3 {
		start, cpu := time.Now(), cputime.Thread()
		briefingEvents(b)
		took := cputime.Thread() - cpu
		if cpu == 0 {
			took = time.Since(start)
		}
		best = min(best, took)
	}
	return best
}

// anyProseDateTests hold one case per rule that reads dates in prose other
// than a primer's: sectioned articles, news reports with datelines,
// chronologies, fact sheets and transcripts.
var anyProseDateTests = []dateCase{
	// Tense and mood decide direction.
	{"present announces: after the briefing's date", "2015-04-10", "The new president takes office on May 29.", []string{"2015-05-29!"}},
	{"past never lands after the briefing's date", "2015-04-10", "The new president took office on May 29.", []string{"2014-05-29"}},
	{"perfect counts from the moment of writing", "2013-01-25", "The war began in 2012.\n\nAs of January 22, 400 trainers have arrived.", []string{"2012", "2013-01-22"}},
	{"third person present before a date", "2017-06-13", "Under the Constitution, the proclamation lapses on July 22.", []string{"2017-07-22!"}},
	{"a plural noun is no verb", "2013-01-25", "The talks on 5 May.", nil},
	{"must announces", "2020-11-10", "Armenian forces must hand over the district by Nov. 15.", []string{"2020-11-15!"}},
	{"a condition governs what follows it", "2017-06-13", "The mandate ends on July 22 unless Congress extends it.", []string{"2017-07-22!"}},
	{"a modal after that is not the main clause's", "", "In January 1999 the president signalled that a vote might be allowed.", []string{"1999-01"}},
	{"future after that is not the main clause's", "1999-10-22", "The minister today announced that the Government will send troops.", []string{"1999-10-22"}},
	{"since marks a reference point a few words on", "2015-04-10", "Thousands have died since the fighting began in early 2011.", nil},
	{"inverted conditional", "2013-01-25", "Had the army been deployed in 1996, the rebels might have been crushed.", nil},
	{"comparison is a reference point", "", "The war ended in 2006. By March 2010 its arsenal was greater than in 2006.", []string{"2006", "2010-03"}},

	// The narrative's year: backstory does not move it.
	{"past perfect in an earlier year", "", "The war began on 12 July 2006.\n\nThe town, which the leader had used for a speech in May 2000, became a symbol. On 26 July soldiers died there.", []string{"2006-07-12", "2000-05", "2006-07-26"}},
	{"a recalled state is not an event", "", "The war began in 2006. The village had also been the site of a shelling in 1996. On 4 August an airstrike hit it.", []string{"2006", "2006-08-04"}},
	{"a present relative clause over the current year is a property", "2010-06-30", "Kenya, which chairs the bloc this year, sent troops in March.", []string{"2010-03"}},
	{"a present relative clause with a present auxiliary", "2010-06-30", "The bloc, whose chair this year is Kenya, sent troops in March.", []string{"2010-03"}},
	{"a past relative clause this year is an event", "2010-06-30", "Kenya, which took the chair this year, sent troops in March.", []string{"2010", "2010-03"}},
	{"a stative present over the current year is a state", "2012-10-05", "This year the country has a president.", nil},
	{"a participle in -en is no past", "2015-04-10", "The new president, chosen by parliament, takes office on May 29.", []string{"2015-05-29!"}},
	{"a participle after a noun leaves the clause present", "2012-10-05", "This autumn the country has a president chosen inside its own borders.", nil},
	{"a relative clause's progressive leaves the clause stative", "2012-10-05", "Today the country has a president that is losing ground.", nil},
	{"a where clause is background", "", "On 23 July 1970 the sultan was overthrown and flown to London, where he died two years later. On 9 August the country was renamed.", []string{"1970-07-23", "1972", "1970-08-09"}},
	{"a past date in a present clause's subject is no event", "2018-07-20", "The Sandinista triumph over the dictatorship in 1979 remains the party's founding myth, and the crowd was large.", nil},
	{"a date opening a historical present is an event", "2018-07-20", "In 1979 the Sandinistas take power in Managua.", []string{"1979"}},
	{"a date after a present verb is an event", "2018-07-20", "His group is blamed for the murder of a deputy in August 2002.", []string{"2002-08"}},
	{"relative clause is background", "2017-06-13", "The front, which signed an accord in 2014, has opened a corridor. Congress voted at the end of May.", []string{"2014", "2017-05~late"}},
	{"a later, earlier date in a sentence is background", "", "By 2006 it numbered 2,000 troops along the line drawn in 2000.\n\nOn 12 July fighters crossed it.", []string{"2000", "2006-07-12"}}, // "numbered 2,000 troops" states a figure (isMeasureState): no event, but 2006 is the narrative's year

	// Ranges.
	{"days of one month", "2013-06-01", "Rebels besieged the town 3–5 March 2013.", []string{"2013-03-03/2013-03-05"}},
	{"between days", "", "The war began in 2006. Between 15 and 24 July foreigners were taken by sea to Cyprus.", []string{"2006", "2006-07-15/2006-07-24"}},
	{"the night of a day", "", "The war began in 1992. On the night of 3 July, artillery shelled the forest.", []string{"1992", "1992-07-03"}},
	{"an ordinal after a date's comma is no day", "", "The war began in 1992. On 3 July, 14th Army artillery shelled the forest.", []string{"1992", "1992-07-03"}},
	{"night of two days", "", "In the night of 4 to 5 June 2021 gunmen killed 130 people.", []string{"2021-06-04/2021-06-05"}},
	{"from until with days", "", "The war began in 1999. From 9 April until 10 June units fought on.", []string{"1999", "1999-04-09/1999-06-10"}},
	{"months take the end's year", "", "Talks were held between June and August 2003.", []string{"2003-06/2003-08"}},
	{"month first days", "2021-10-16", "The summit is scheduled for Oct. 26-28.", []string{"2021-10-26/2021-10-28!"}},
	{"month first days with to", "2010-06-30", "Rebels attacked the town from Feb. 2 to 4.", []string{"2010-02-02/2010-02-04"}},
	{"month first days between", "2010-06-30", "Rebels attacked the town between Feb. 2 and 4.", []string{"2010-02-02/2010-02-04"}},
	{"a day before a month starts the end", "2010-06-30", "Rebels attacked the town from March 3 to 5 April.", []string{"2010-03-03/2010-04-05"}},
	{"late month to a day", "", "The war lasted from late February 1998 until 11 June 1999.", []string{"1998-02/1999-06-11~late"}},
	{"an approximate span of years", "", "The war ended in 1930. A second rising lasted from about 1934 to 1938 and never spread.", []string{"1930", "1934/1938~approx"}},
	{"from a month into the next", "", "The war ended in 1930. A general strike, which lasted from late July into early August 1947, shut the capital.", []string{"1930", "1947-07/1947-08~late"}},

	// Anchors on the moment of writing.
	{"weekday after a day the paragraph gave", "2013-06-01", "On 3 March 2013 the army attacked. On Tuesday rebels replied.", []string{"2013-03-03", "2013-03-05"}},
	{"a relative clause's day is no nearest date", "2003-08-14", "The amnesty, which began on 1 August, is working, and troops reached the base on Tuesday.", []string{"2003-08-01", "2003-08-12"}},
	{"list items are separate reports", "2003-08-14", "- The amnesty began on 1 August. - Troops reached the base on Tuesday.", []string{"2003-08-01", "2003-08-12"}},
	{"weekday past", "2021-05-17", "The army declared martial law on Thursday.", []string{"2021-05-13"}},
	{"weekday future", "2021-05-17", "Talks will resume on Thursday.", []string{"2021-05-20!"}},
	{"weekday beside its date", "2013-03-20", "On Tuesday, 5 March 2013, rebels took the town.", []string{"2013-03-05"}},
	{"weekday beside its date, month first", "2013-03-20", "On Tuesday, March 5, rebels took the town.", []string{"2013-03-05"}},
	{"weekday in a name", "2013-03-10", "The Good Friday Agreement was signed in April 1998.", []string{"1998-04"}},
	{"last weekday excludes today", "2021-05-13", "Rebels attacked last Thursday.", []string{"2021-05-06"}},
	{"weekend", "2017-06-13", "Their remains were flown home over the weekend.", []string{"2017-06-10/2017-06-11"}},
	{"yesterday", "2003-08-14", "Keke surrendered yesterday.", []string{"2003-08-13"}},
	{"today past", "2003-08-14", "Today, the minister welcomed the surrender.", []string{"2003-08-14"}},
	{"this morning", "2003-08-14", "He was flown to the capital this morning.", []string{"2003-08-14"}},
	{"today in the present is the present age", "2003-08-14", "Today the country is calm.", nil},
	{"until today is the open end of a span", "2003-08-14", "The dispute has lasted until today.", nil},
	{"for today is no day of an event", "2003-08-14", "That ends our briefing for today.", nil},
	{"today in the present progressive is a day", "2021-03-05", "Today, the President is announcing new sanctions.", []string{"2021-03-05"}},
	{"today's is not a day", "2003-08-14", "Rebels called today's strike a referendum.", nil},
	{"in two weeks is ahead of the moment", "2010-06-30", "The council will meet again in two weeks.", []string{"2010-07-14~approx!"}},
	{"in three days' time in the present", "2010-06-30", "The council meets again in three days' time.", []string{"2010-07-03!"}},
	{"in a month", "2010-06-30", "Elections will be held in a month.", []string{"2010-07!"}},
	{"in two days in the past is a duration", "2010-06-30", "Rebels killed 20 people in two days.", nil},
	{"in two days of talks is no date", "2010-06-30", "The sides will agree in two days of talks.", nil},
	{"last week is a day of its month", "2022-02-01", "The spokesman told reporters last week that he was confident.", []string{"2022-01"}},
	{"hours later", "2021-12-06", "A court sentenced her on 6 December. Hours later, the sentence was reduced.", []string{"2021-12-06", "2021-12-06"}},
	{"later in the day", "2020-10-17", "Troops took the town on 17 October. The president said later in the day that it had fallen.", []string{"2020-10-17", "2020-10-17"}},

	// Datelines.
	{"dateline is the moment of writing", "2022-02-10", "YANGON, Feb. 3 (Wire) — Doctors walked off the job yesterday.", []string{"2022-02-02"}},
	{"a dateline is not after the briefing's date", "2022-02-01", "YANGON, Feb. 3 (Wire) — Doctors walked off the job yesterday.", []string{"2021-02-02"}},
	{"dateline year", "2022-02-01", "NAYPYITAW, Feb. 1, 2021 (Wire) — The military seized power today.", []string{"2021-02-01"}},
	{"dateline carries to the next paragraph", "2022-02-01", "NAYPYITAW, Feb. 1, 2021 — Troops seized power today.\n\nAlso yesterday, the army named a council.", []string{"2021-02-01", "2021-01-31"}},
	{"dateline with a region", "2020-11-12", "GANJA, Azerbaijan, Oct. 4 (Meridian) — Rockets struck the city on Sunday.", []string{"2020-10-04"}},
	{"dateline sets the moment of scheduling", "2022-02-01", "JAKARTA, Oct. 16, 2021 — Ministers excluded the general from the summit, scheduled for Oct. 26-28.", []string{"2021-10-26/2021-10-28!"}},
	{"a dateline alone is not an event", "2022-02-01", "YANGON, Feb. 3 — Doctors are on strike.", nil},

	// Chronology entries.
	{"entry dates every sentence", "2024-06-26", "**Feb. 7** — The deadline passes. Protesters clash with police.", []string{"2024-02-07", "2024-02-07"}},
	{"entry in the present is past", "2024-06-26", "**Feb. 29** — Gangs launch attacks on police stations.", []string{"2024-02-29"}},
	{"entry range", "2024-06-26", "**March 2–3** — Gunmen storm the prison.", []string{"2024-03-02/2024-03-03"}},
	{"future entry", "2003-08-14", "- **14–16 August 2003:** Leaders meeting in Auckland will review the mission.", []string{"2003-08-14/2003-08-16!"}},

	// Years that describe a noun.
	{"a year before its noun is no event", "2009-05-14", "The crisis began in January.\n\nThe 2002 election was disputed. On 8 March officers mutinied.", []string{"2009-01", "2009-03-08"}},
	{"coordinated years before their noun", "2009-05-14", "The crisis began in January.\n\nSome backers are veterans of the 1991 and 2002 protest movements. On 8 March officers mutinied.", []string{"2009-01", "2009-03-08"}},
	{"a year before its subject is a date", "", "In 2003 militants crossed the border.", []string{"2003"}},

	// Numbers.
	{"ISO date", "", "Troops arrived on 2013-01-10.", []string{"2013-01-10"}},
	{"day first slashes", "", "Troops arrived on 31/12/2013.", []string{"2013-12-31"}},
	{"month first slashes", "", "Troops arrived on 12/31/2013.", []string{"2013-12-31"}},
	{"ambiguous slashes", "", "Troops arrived on 3/5/2013.", nil},
	{"year span with a hyphen is no ISO month", "", "The war of 2011-12 ended.", nil},

	// Parts of years and relative years.
	{"first weeks of a year", "", "The ceasefire collapsed in the first weeks of 1999.", []string{"1999-01~early"}},
	{"month last year", "2024-06-26", "A wave of killings erupted in April last year.", []string{"2023-04"}},
	{"scheduled dates are no anchor", "2020-11-10", "The army must leave by Dec. 1.\n\nHours after the announcement, protesters stormed parliament.", []string{"2020-12-01!"}},
}
