package corpus

import "testing"

// TestDateLeftCauses holds the causes the timeline5 session left open,
// each in sentences written for the cause: the onset of an open span
// ("from 1983 onward"), two adjacent years under a durative preposition,
// "the rest of the month", a participle's date naming an object,
// "possible" before a noun, "still … today", decades, and a span between
// two named happenings.
func TestDateLeftCauses(t *testing.T) {
	checkEventDates(t, []dateCase{
		// "From 1983 onward" opens a span with no end: the clause's
		// happening begins then (isOnsetOnward). In a relative clause it
		// describes its noun.
		{"from a year onward dates the onset", "", "From 1983 onward the navy shelled the coastal villages.", []string{"1983"}},
		{"onward after the verb", "", "The navy shelled the coastal villages from 1983 onwards.", []string{"1983"}},
		{"an open span in a relative clause describes its noun", "", "The militia drew on farmers, who were armed from 1983 onwards.", []string{}},
		{"from a decade onward is a trend", "", "From the 1940s onward the colony drew settlers.", []string{}},
		{"since is still a reference point", "", "The navy has shelled the coastal villages since 1983.", []string{}},

		// A day-precise "since" after a copula's complement is a
		// condition whose onset the sentence does not report (nor after
		// a passive, ruleSinceState).
		{"since a day after a prepositional complement", "1983-11-10", "The island has been without a government since 19 October.", []string{}},
		{"since a day after an adjective", "1983-11-10", "The border has been calm since 19 October.", []string{}},

		// A verb of measure and a count state a figure at a date
		// (isMeasureState); a count done is an event.
		{"a figure at a date is a state", "", "The garrison, which numbered about 900 in 1975, held the port.", []string{}},
		{"a population in a year", "", "The island had a population of roughly 40,000 in 1975.", []string{}},
		{"a figure after the date", "", "By 1975 the garrison numbered 900 men.", []string{}},
		{"a figure's date still moves the narrative", "", "By 1975 the garrison numbered 900 men.\n\nOn 3 May rebels attacked it.", []string{"1975-05-03"}},
		{"another verb's figure", "", "The navy, which had 40 ships at sea, landed 3,000 marines on 9 June 1975.", []string{"1975-06-09"}},
		{"a count done is an event", "", "Rebels killed about 900 soldiers in 1975.", []string{"1975"}},
		{"had before a participle is the past perfect", "", "The rebels had seized 900 rifles in 1975.", []string{"1975"}},

		// A report filed on a Monday calls that day "Monday", in any
		// tense (resolver.weekday).
		{"a weekday that is the dateline's day", "", "KABUL, 3 January 2022 — Protests spread across the city on Monday.", []string{"2022-01-03"}},
		{"next weekday on that day", "", "KABUL, 3 January 2022 — Leaders will meet next Monday.", []string{"2022-01-10!"}},

		// "Before the end of" a period lies within it (isPeriodEnd).
		{"before the end of the month", "", "On 5 March 1980 the army retook the pass. Its commanders were arrested before the end of the month.", []string{"1980-03-05", "1980-03~late"}},
		{"before the end of the month, ahead", "2022-01-10", "The party will hold a congress before the end of the month.", []string{"2022-01~late!"}},
		{"before a month is a reference point", "", "On 5 March 1980 the army retook the pass. Its commanders had fled before April.", []string{"1980-03-05"}},

		// The future in the past announces its date (isReportedWould).
		{"a reported plan's month", "2022-01-10", "The president said he would announce reforms in September.", []string{"2022-09!"}},
		{"a reported deadline", "2022-01-10", "Officials said the withdrawal would be completed by 19 January.", []string{"2022-01-19!"}},
		{"a counterfactual would have", "2022-01-10", "Officials said the army would have won in 2020.", []string{}},
		{"a reported plan already past", "2022-01-10", "In 2015 officials said elections would be held in 2016.", []string{"2015"}},

		// A possessive, like a determiner, makes "aim" a noun.
		{"a possessive's aim is a noun", "1983-11-10", "The council's aim is to hold elections in 1984.", []string{"1984!"}},

		// A count, a noun and an -ed form with an object are a subject
		// and its verb, no tally (isTallyOver, opensObject).
		{"a unit's number before its verb is no tally", "", "The battalion (2 Para) attacked the positions between 28 and 29 May 1982.", []string{"1982-05-28/1982-05-29"}},
		{"a tally over a period", "", "About 900 people killed between 3 and 5 May 1982 were buried there.", []string{}},

		// "When" without a comma still opens a clause of its own, whose
		// tense is its date's (clauseBounds).
		{"a when-clause after a past perfect state", "", "In 1970 the king was deposed.\n\nThe island had been a colony for centuries when rebels launched their revolt in September 1964.", []string{"1970", "1964-09"}},

		// A year written in full moves the narrative back from one
		// counted earlier in its sentence (follow).
		{"a written year after a counted one", "", "## Escalation (1986–1987)\n\nThe rebels retook the town the following year, and in 1986 the war peaked. In September rebels crossed the river.", []string{"1987", "1986", "1986-09"}},

		// An italic note opening a section says when the text under it
		// was given (noteDate).
		{"an italic note dates what follows", "1983-11-10", "## Briefing\n\n*Remarks given at the embassy on Wednesday 9 November 1983.*\n\nThe last advisers left the island today. The assembly voted last Wednesday.", []string{"1983-11-09", "1983-11-09", "1983-11-02"}},
		{"a note in plain text is prose", "1983-11-10", "## Briefing\n\nRemarks were given at the embassy on Wednesday 9 November 1983.\n\nThe last advisers left the island today.", []string{"1983-11-09", "1983-11-10"}},

		// "Within days" gives no count of days: the month only
		// (withinVague).
		{"within days is the month", "", "On 21 December 1972 rebels attacked a farm. Within days the army launched an offensive.", []string{"1972-12-21", "1972-12~approx"}},
		{"within two days is a day", "", "On 21 December 1972 rebels attacked a farm. Within two days the army launched an offensive.", []string{"1972-12-21", "1972-12-23~approx"}},

		// A year naming the happening an opening phrase sets its
		// sentence in dates the sentence (framingYear).
		{"after the year's election", "", "After the 1994 election, the party formed a government.", []string{"1994~approx"}},
		{"during the year's war", "", "During the 2006 war, rebels shelled the port.", []string{"2006"}},
		{"an attributive year in the clause names", "", "The party won the 1994 election.", []string{}},

		// "That August" is the narrative year's (thatMonth).
		{"that August", "", "In May 1979 elections were held. At a summit that August, Britain agreed to a conference.", []string{"1979-05", "1979-08"}},
		{"that may is a modal", "", "In May 1979 elections were held. Some said that may change.", []string{"1979-05"}},

		{"days later is the month", "", "On 21 December 1972 rebels attacked a farm. Days later the army launched an offensive.", []string{"1972-12-21", "1972-12~approx"}},

		// An hour of the day after "after" or "before" is a time of the
		// narrative's day, not a reference point (relativeSameDay).
		{"shortly after midnight", "", "On 6 January 2022 the bloc agreed to send troops. Its chairman announced the decision shortly after midnight.", []string{"2022-01-06", "2022-01-06"}},
		{"before dawn", "", "On 6 January 2022 the bloc agreed to send troops. The first planes landed before dawn.", []string{"2022-01-06", "2022-01-06"}},
		{"after a year is a reference point", "", "On 6 January 2022 the bloc agreed to send troops. No planes had landed there after 2001.", []string{"2022-01-06"}},

		// A stative present with a past date describes (isPastOfPresentState).
		{"a present state with a past day", "1983-11-10", "The figures here are those known on 8 November 1983.", []string{}},
		{"a present state with a day ahead", "1983-11-10", "The vote is on 20 November.", []string{"1983-11-20!"}},
		{"a present passive about a past day", "1983-11-10", "The group is blamed for an attack on 8 November 1983.", []string{"1983-11-08"}},
		{"the historical present narrates", "1983-11-10", "In 1979 the rebels take power.", []string{"1979"}},

		// A date in an exception ("apart from", "except") names it
		// (markReference).
		{"an exception's date names it", "", "Britain has held the islands since 1833, apart from ten weeks of occupation in 1982.", []string{}},
		{"an exception's clause has its own date", "", "Every district voted on 5 May 1990, except Gao, which voted on 9 May.", []string{"1990-05-05", "1990-05-09"}},

		// A flash-forward moves neither the narrative year nor the day
		// anchor (isFlashForward).
		{"a flash-forward keeps the year", "", "On 3 May 1980 the king fled. He eventually died in exile in 1985. On 9 May the army took the palace.", []string{"1980-05-03", "1985", "1980-05-09"}},
		{"a flash-forward keeps the day", "", "On 3 May 1980 the king fled. He was ultimately pardoned on 4 June 1990. Two days later the army took the palace.", []string{"1980-05-03", "1990-06-04", "1980-05-05"}},
		{"a plain later date moves on", "", "On 3 May 1980 the king fled. He died in exile in 1985. On 9 May the army took the palace.", []string{"1980-05-03", "1985", "1985-05-09"}},

		// A paragraph's number does not stop "That evening" opening its
		// sentence (isSectionNumber).
		{"that evening after a paragraph number", "", "3.2 On 19 October 1983 a crowd freed the minister.\n\n3.3 That evening the general announced a curfew.", []string{"1983-10-19", "1983-10-19"}},

		// Two adjacent years named together are one span, as two
		// adjacent months are (isNextPeriod).
		{"through two adjacent years", "", "The rebels held the hills through 1983 and 1984.", []string{"1983/1984"}},
		{"in two adjacent years", "", "A famine struck the hills in 1983 and 1984.", []string{"1983/1984"}},
		{"two years apart", "", "The rebels held the hills through 1983 and 1986.", []string{"1983", "1986"}},
		{"two adjacent years in separate clauses", "", "The rebels took the hills in 1983 and the army retook them in 1984.", []string{"1983", "1984"}},

		// "The rest of the month" is the month its clause is in
		// (clausePeriod).
		{"the rest of the month", "", "On 5 March 1980 the army retook the pass. Its columns cleared the valley during the rest of the month.", []string{"1980-03-05", "1980-03"}},
		{"the remainder of the year", "", "In May 1980 the army retook the pass. Its columns cleared the valley for the remainder of the year.", []string{"1980-05", "1980"}},

		// A date after a participle that follows the verb's object names
		// that object ("the truce begun in 1988"); the clause's own
		// happening is undated (isObjectParticipleDate).
		{"a participle's date names the object", "", "The coup ended the truce begun in 1988.", []string{}},
		{"a regular participle's date names the object", "", "The coup ended the truce signed in 1988.", []string{}},
		{"the verb's own date", "", "The coup ended the truce in 1988.", []string{"1988"}},
		{"a passive is no reduced relative", "", "The truce was begun in 1988.", []string{"1988"}},
		{"a past verb after a subject is no participle", "", "Fighting in the north resumed in 1988.", []string{"1988"}},

		// "Possible" before a noun qualifies the noun; the clause still
		// reports (hasHypotheticalCue).
		{"a possible thing in a past report", "", "The envoy raised possible arms sales in May 1990.", []string{"1990-05"}},
		{"possible as a predicate is a possibility", "", "A ceasefire was possible in May 1990.", []string{}},
		{"possibly stays a possibility", "", "The envoy possibly met the rebels in May 1990.", []string{}},

		// "Still" with the present states what lasts to the moment of
		// writing: "today" is then the present age, no day (tense,
		// isPresentAge).
		{"still with today is the present age", "2004-03-10", "Both armies still patrol the line today.", []string{}},
		{"today with the news present is a day", "2004-03-10", "Today the envoy meets both armies.", []string{"2004-03-10"}},
		{"a subject's year beside the present age", "2004-03-10", "The truce of 1949 split the valley, which both armies still patrol today.", []string{"1949"}},

		// A decade after "the" is a span of ten years; its early, middle
		// or late part is about its second, fifth or eighth year
		// (decade). Alone it is a period, no event (isDecadeOnly); it
		// shows its year where it opens a range.
		{"a decade", "", "In the 1970s the movement split.", []string{}},
		{"the late part of a decade", "", "The war lasted from the late 1970s until 1985.", []string{"1978/1985~approx"}},
		{"the middle of a decade", "", "The war lasted from the mid-1970s until 1985.", []string{"1975/1985~approx"}},
		{"the early part of a decade", "", "The war lasted from the early 1970s until 1985.", []string{"1972/1985~approx"}},
		{"the end of a decade", "", "The war lasted from the end of the 1970s until 1985.", []string{"1978/1985~approx"}},
		{"a decade of a thing is its name", "", "The movement rejected the violence of the 1970s.", []string{}},
		{"into a decade is no date, as into a year", "", "The split persisted into the 2020s.", []string{}},
		{"since a decade is a reference point", "", "The movement has been banned since the 1970s.", []string{}},
		{"a decade without the article is a count", "", "Temperatures rose into the 30s and 1970s music played.", []string{}},

		// "From" one named happening "to" another spans their dates
		// (isNamedRange).
		{"a span between two named happenings", "", "The dispute lasted two decades, from the strikes of 1968 to the accord of 1988.", []string{"1968/1988"}},
		{"a span from a decade to a month", "", "The revolt lasted thirty years, from the riots of the late 1960s to the truce signed in April 1998.", []string{"1968/1998-04~approx"}},
		{"a verb between the ends is no span", "", "Trade grew from the reforms of 1968 and collapsed in 1988.", []string{"1988"}},
	})
}
