package corpus

import "testing"

// TestDateAnchorCategories holds the categories of English temporal
// expression behind the problems the dev9 briefings left, each in
// sentences written for the category rather than taken from a briefing
// (TimeML's distinctions: how a relative expression is anchored, the
// bounds of a period, a reference point named by what happened then, and
// states against events).
func TestDateAnchorCategories(t *testing.T) {
	checkEventDates(t, []dateCase{
		// "By the end of" a year bounds when its clause came about; it is
		// not the time of it (dateScanner.parse).
		{"by the end of a year is the year", "", "Resettlement was complete by the end of 1951.", []string{"1951~late"}},
		{"by the end of a year, after the clause", "", "The branch had ceased to function by the end of 1965.", []string{"1965~late"}},
		{"by the close of a year", "", "The army had withdrawn by the close of 1972.", []string{"1972~late"}},
		{"at the end of a year is December", "", "The army withdrew at the end of 1972.", []string{"1972-12~late"}},
		{"by the end of a month stays the month", "", "The army withdrew by the end of July 1972.", []string{"1972-07~late"}},

		// A decade after "by", "through" or "throughout" bounds or spans
		// a state or a habit: no happening to place (isDecadeSpan).
		{"by a decade, a state", "", "By the 1940s the reserves were badly overcrowded.", nil},
		{"by a decade's part, a change", "", "The rising was defeated by the mid-1950s.", nil},
		{"by a decade, a past perfect", "", "By the late 1980s two armed wings had emerged.", nil},
		{"through a decade", "", "Through the 1980s the government treated the enclave as an oil field.", nil},
		{"throughout a decade, a habit", "", "Throughout the 1990s the rebels raided the border villages.", nil},
		{"in a decade is a period too", "", "In the 1980s the rebels raided the border villages.", nil},
		{"through a year still dates", "", "The rebels raided the border villages through 1985.", []string{"1985"}},

		// A sentence that opens with "since" is a reference point up to
		// its comma, whatever "and" it holds (opensWithSince).
		{"a fronted since phrase with and", "", "Since the opening of party and state archives in the 1990s, scholars have shifted attention.", nil},
		{"a fronted since phrase with and, a day", "2010-01-01", "Since the fall of Gao and Timbuktu on 1 April 2009, the army has held the south.", nil},
		{"a fronted since phrase, long", "", "Since the signing of the northern and southern accords in March 2005, violence has fallen.", nil},
		{"and after a fronted since phrase's comma", "", "Since 2005 the rebels have held the hills, and in March 2007 they took the port.", []string{"2007-03"}},

		// A reference point named by the "when" clause after it is the
		// time of what that clause tells (namesWhen).
		{"after a year, when", "", "The town grew after 1966, when engineers discovered oil.", []string{"1966"}},
		{"after a year, when, sets the year", "", "The town grew after 1966, when engineers discovered oil. Production started two years later.", []string{"1966", "1968"}},
		{"before a month, when", "", "The talks stalled before March 1970, when the army seized the radio station.", []string{"1970-03"}},
		{"after a year with no when stays a reference point", "", "The town grew after 1966.", nil},
		{"after a year, when, in the narrative", "", "Rebels took the town in 1994. It mattered only after 1999, when the army withdrew.", []string{"1994", "1999"}},

		// "That year", "the following year" and "two years later" refer
		// back to the year the reader has just read in a main clause, in
		// the sentence or the one before (resolver.anaphorYear).
		{"that year after a state's year", "", "In 1950 the mission opened. Troops supported the government into 1947. In February of that year London withdrew.", []string{"1950", "1947-02"}},
		{"into a year is no event", "", "The fighting dragged on into 1947.", nil},
		{"into a count is no year", "", "In 1950 the statue broke into 2000 pieces.", []string{"1950"}},
		{"the following year after a past perfect", "", "In 1990 the rebels took the port. The army had been formed in 1975. The following year it mutinied.", []string{"1990", "1975", "1976"}},
		{"that year after an aside keeps the narrative", "", "In 1990 the rebels, who had been formed in 1975, took the port. That year the army mutinied.", []string{"1990", "1975", "1990"}},
		{"that year after a relative clause keeps the narrative", "", "In 1990 the rebels took the port, which had fallen in 1975. In May of that year the army mutinied.", []string{"1990", "1975", "1990-05"}},
		{"two sentences on, the narrative again", "", "In 1990 the rebels took the port. The army had been formed in 1975. Its officers were young. In May of that year it mutinied.", []string{"1990", "1975", "1990-05"}},
		{"a range's end counts from its start", "", "In the dry season of 1971–72 the army attacked; the fighting lasted from December 1971 until late January of the following year.", []string{"1971/1972", "1971-12/1972-01"}},

		// A chronology entry whose date carries a note that it is
		// planned announces it: future, scheduled (isPlanNote).
		{"an entry noted as scheduled", "2011-11-24", "- **23 November**: The report is presented. - **19-20 December (scheduled)**: Summit in Riyadh.", []string{"2011-11-23", "2011-12-19/2011-12-20!"}},
		{"an entry noted as planned", "2011-11-24", "- 2 November: Talks open. - 5 January (planned): Elections.", []string{"2011-11-02", "2012-01-05!"}},
		{"an entry noted as provisional", "2011-11-24", "- **3 December (provisional)** — The envoy returns.", []string{"2011-12-03!"}},
		{"an entry with another note is past", "2011-11-24", "- **3 October (Monday)**: The envoy returns.", []string{"2011-10-03"}},
		{"an entry with no note is past", "2011-11-24", "- **23 November**: The report is presented. - **19-20 December**: Summit in Riyadh.", []string{"2011-11-23", "2010-12-19/2010-12-20"}},

		// "Over the next two years" is a span from the year just read to
		// that year and the count, told in a past clause (nextYears).
		{"over the next two years", "", "After the leader was killed in February 2002, the army redeployed. Over the next two years the army overran most rebel bases.", []string{"2002-02", "2002/2004"}},
		{"during the following three years", "", "The rebels signed in 1990. During the following three years they disarmed.", []string{"1990", "1990/1993"}},
		{"in the next few years", "", "In 1990 the rebels signed. In the next few years they disarmed.", []string{"1990", "1990/1993~approx"}},
		{"the next two years as a subject is a state", "", "In 1990 the rebels signed. The next two years were calm.", []string{"1990"}},
		{"for the next two years is a duration", "", "In 1990 the rebels signed. They ruled for the next two years.", []string{"1990"}},
		{"the next years in the future", "2010-05-01", "The rebels will disarm over the next two years.", nil},

		// A span whose end is a happening named by a noun after "until"
		// ends at that happening's date, across a coordinated clause
		// (endsUntilEvent).
		{"until an armistice in a month", "", "From October 1943 the rebels attacked the army, and fighting continued until an armistice at Plaka in February 1944.", []string{"1943-10/1944-02"}},
		{"until the ceasefire of a day", "", "From 3 March 1995 the army shelled the town until the ceasefire of 9 May 1995.", []string{"1995-03-03/1995-05-09"}},
		{"until elections in a year", "", "From 1975 the junta ruled by decree until elections in 1979.", []string{"1975/1979"}},
		{"until a clause with a verb is no noun", "", "From 1975 the junta ruled, and the army stayed until the president resigned in 1979.", []string{"1975", "1979"}},

		// A year between "the" and a noun names which happening the noun
		// means; after "in" a past clause tells of taking part in it,
		// dated so, and a past clause whose subject it names tells what
		// that thing did then (ruleSubjectYear); anywhere it is a year
		// the reader has just read.
		{"in the year's election", "", "He stood in the 1982 presidential election.", []string{"1982"}},
		{"in the year's war", "", "Both brigades fought in the 1967 war.", []string{"1967"}},
		{"in the year's election, then the following year", "", "The party stood in the 1990 elections, before it was banned the following year.", []string{"1990", "1991"}},
		{"in the year's election, present", "", "Voters still remember the fraud in the 1982 election.", nil},
		{"the year's thing as a subject is what it did then", "", "The 2006 memorandum settled the question.", []string{"2006"}},
		{"the year's thing as a subject of a copula", "", "The 2006 memorandum was a compromise.", nil},
		{"the year's thing, then the following year", "", "Both sides signed a copy of the 2006 memorandum. The following year the rebels split.", []string{"2007"}},
		{"the year's thing in a reported clause", "2010-01-01", "Officials insist that the 2006 memorandum settled the question.", nil},
		{"for the year's fighting", "", "Estimates for the 1997 fighting ranged from 4,000 to 10,000 dead.", nil},
		{"until the year's takeover", "", "The party governed until the 1986 military takeover.", nil},

		// A clause that states how much its subject had, without a
		// number ("had little", "had no"), or describes it at its peak
		// is a state, no event (isAmountWord, isAtPeak).
		{"had little", "", "At the start of 1946 the army had little equipment and poor morale.", nil},
		{"had few", "", "In 1950 the army had few trucks.", nil},
		{"had no", "", "By 1960 the rebels had no air force.", nil},
		{"lost little still happens", "", "In 1950 the army lost little equipment.", []string{"1950"}},
		{"at its height", "", "At its height in late 1954 the camp held more than 70,000 people.", nil},
		{"at their peak", "", "At their peak in 1990 the rebels controlled half the country.", nil},
		{"at the height of a happening", "", "At the height of the fighting in May 1992, troops shelled the town.", []string{"1992-05"}},
		{"held by the end of the month still happens", "", "In September 1977 the offensive began. By the end of the month the rebels held around 90 per cent of the province.", []string{"1977-09", "1977-09~late"}},

		// "The days after" a happening the text told of open the day
		// after it; only the month is kept, as for "days later"
		// (daysAfter). A vague span counts from the latest thing told,
		// not from an older day (resolver.anchor).
		{"in the days after a noun", "", "The accord was signed on 29 July 1987. Rioting broke out in several towns in the days after the signing.", []string{"1987-07-29", "1987-07~approx"}},
		{"in the days that followed", "", "The accord was signed on 29 July 1987. In the days that followed, rioting broke out in several towns.", []string{"1987-07-29", "1987-07~approx"}},
		{"in the days following a noun", "", "The accord was signed on 29 July 1987. In the days following the signing, rioting broke out.", []string{"1987-07-29", "1987-07~approx"}},
		{"the day after beside the days after", "", "The accord was signed on 29 July 1987. Rioting broke out in the days after the signing, and a sailor struck the envoy the day after.", []string{"1987-07-29", "1987-07~approx", "1987-07-30"}},
		{"in the weeks that followed keeps the year", "", "The accord was signed on 29 July 1987. In the weeks that followed the two sides fought along the river.", []string{"1987-07-29", "1987~approx"}},
		{"the months that followed a month told later", "", "On 4 December 1976 the movement was founded. In August 1998 the commander apologised. Mass graves were exposed in the months that followed.", []string{"1976-12-04", "1998-08", "1998~approx"}},
		{"within days of a month told later", "", "On 4 May 1990 the rebels attacked. In early October 1997 columns crossed the border. The advance broke the resistance within days.", []string{"1990-05-04", "1997-10~early", "1997-10~approx"}},
		{"the days after in a habit", "2010-01-01", "Prices rise in the days after the harvest.", nil},
	})
}
