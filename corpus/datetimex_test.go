package corpus

import "testing"

// TestDateTimexCategories holds the categories of English temporal
// expression that TimeML's TIMEX annotation distinguishes, each in
// several shapes written for the category rather than taken from a
// briefing: anaphoric references to the narrative's day, deadlines and
// announced dates, a dispatch's lead anchored on its dateline, a month
// or year used as a modifier, approximate dates, and habitual or
// generic statements that are no events.
func TestDateTimexCategories(t *testing.T) {
	checkEventDates(t, []dateCase{
		// Temporal anaphora: the narrative's latest day, or one counted
		// from it.
		{"that day after the verb", "", "On 4 May 1980 rebels entered the town. Twelve soldiers were killed that day.", []string{"1980-05-04", "1980-05-04"}},
		{"on that day", "", "On 4 May 1980 rebels entered the town. On that day the garrison surrendered.", []string{"1980-05-04", "1980-05-04"}},
		{"that day opening", "", "On 4 May 1980 rebels entered the town. That day the garrison surrendered.", []string{"1980-05-04", "1980-05-04"}},
		{"the same day", "", "On 4 May 1980 rebels entered the town. The garrison surrendered the same day.", []string{"1980-05-04", "1980-05-04"}},
		{"later the same day", "", "On 4 May 1980 rebels entered the town. Later the same day the garrison surrendered.", []string{"1980-05-04", "1980-05-04"}},
		{"that night", "", "On 4 May 1980 rebels entered the town. That night the garrison surrendered.", []string{"1980-05-04", "1980-05-04"}},
		{"later that night", "", "On 4 May 1980 rebels entered the town. The garrison surrendered later that night.", []string{"1980-05-04", "1980-05-04"}},
		{"the next morning", "", "On 4 May 1980 rebels entered the town. The next morning the garrison surrendered.", []string{"1980-05-04", "1980-05-05"}},
		{"the following morning", "", "On 4 May 1980 rebels entered the town. The garrison surrendered the following morning.", []string{"1980-05-04", "1980-05-05"}},
		{"hours later", "", "On 4 May 1980 rebels entered the town. Hours later the garrison surrendered.", []string{"1980-05-04", "1980-05-04"}},
		{"two days later", "", "On 4 May 1980 rebels entered the town. Two days later the garrison surrendered.", []string{"1980-05-04", "1980-05-06"}},
		{"within 48 hours", "", "On 6 May 1980 rebels entered the town. Within 48 hours the garrison surrendered.", []string{"1980-05-06", "1980-05-08~approx"}},
		{"within 12 hours", "", "On 6 May 1980 rebels entered the town. Within 12 hours the garrison surrendered.", []string{"1980-05-06", "1980-05-06~approx"}},
		{"within 48 hours in the future", "", "On 6 May 1980 rebels entered the town. The garrison will surrender within 48 hours.", []string{"1980-05-06"}},
		{"the day before", "", "On 4 May 1980 rebels entered the town. The day before, the garrison had fled.", []string{"1980-05-04", "1980-05-03"}},
		{"the previous night", "", "On 4 May 1980 rebels entered the town. The garrison had fled the previous night.", []string{"1980-05-04", "1980-05-03"}},
		{"later that month", "", "On 4 May 1980 rebels entered the town. Later that month the garrison surrendered.", []string{"1980-05-04", "1980-05"}},
		{"later that week", "", "On 6 May 1980 rebels entered the town. Later that week the garrison surrendered.", []string{"1980-05-06", "1980-05-07/1980-05-11"}},
		{"earlier that week", "", "On 8 May 1980 rebels entered the town. Earlier that week the garrison had fled.", []string{"1980-05-08", "1980-05-05/1980-05-07"}},
		{"later that week without a day", "", "In May 1980 rebels entered the town. Later that week the garrison surrendered.", []string{"1980-05"}},
		{"that day without a day is nothing", "", "In 1980 rebels entered the town. Twelve soldiers were killed that day.", []string{"1980"}},
		{"that day in the present is no event", "", "On 4 May 1980 rebels entered the town. Veterans remember that day.", []string{"1980-05-04"}},

		// Deadlines and announced dates lie ahead of the moment of
		// writing, scheduled.
		{"no later than", "1994-09-20", "The generals are to step down no later than 15 October.", []string{"1994-10-15!"}},
		{"must by a day", "1994-09-20", "The militias must disarm by 15 October.", []string{"1994-10-15!"}},
		{"set for", "1994-09-20", "Elections have been set for 15 October.", []string{"1994-10-15!"}},
		{"not before", "1994-09-20", "The troops will not leave before 15 October.", []string{"1994-10-15!"}},
		{"is scheduled for", "1994-09-20", "The handover is scheduled for 15 October.", []string{"1994-10-15!"}},
		{"no later than a month", "1994-09-20", "The accord requires elections to take place no later than December.", []string{"1994-12!"}},
		{"an ultimatum", "1994-09-20", "The council gave the junta until 15 October to leave.", []string{"1994-10-15!"}},
		{"an ultimatum with had", "1994-09-20", "The militias had until 15 October to disarm.", []string{"1994-10-15!"}},
		{"until with a purpose is no ultimatum", "1994-09-20", "The general remained in office until 15 October to oversee the handover.", []string{"1993-10-15"}},
		{"until a day over a siege", "1994-09-20", "The junta besieged the capital until 15 September.", []string{"1994-09-15"}}, // "held the capital until" is a state ended, no event (stative-span)
		{"by a year before an infinitive is no ultimatum", "1990-01-01", "By March 1980 the government claimed to be sheltering a million refugees.", []string{"1980-03"}},
		{"a deadline in the past happened", "", "The militias had disarmed by 15 October 1994.", []string{"1994-10-15"}},
		{"agreed to by a day", "1994-09-20", "The generals agreed to step down by 15 October.", []string{"1994-10-15!"}},
		{"managed to by a day happened", "1994-09-20", "The rebels managed to take the town by 15 October.", []string{"1993-10-15"}},
		{"began to by a day happened", "1994-09-20", "The army began to withdraw by 15 October.", []string{"1993-10-15"}},
		{"not before in the past happened", "", "The troops did not leave before 15 October 1994.", []string{"1994-10-15"}},
		{"later than alone is a comparison", "", "The troops left later than in 1994.", nil},
		{"a deadline under a dateline", "1994-09-30", "PORT-AU-PRINCE, Sept. 19 — The generals agreed to step down no later than Oct. 15.", []string{"1994-10-15!"}},

		// A dispatch's lead sentence with no date tells the dateline's
		// day, and so do the plain reports after it in its paragraph
		// (same-paragraph-report); a later paragraph's sentences need a
		// date of their own.
		{"a lead with no date", "2010-06-30", "OSH, June 12 — Mobs burned shops in the old town. Police fired on the crowd.", []string{"2010-06-12", "2010-06-12"}},
		{"a lead with yesterday", "2010-06-30", "OSH, June 12 — Mobs burned shops in the old town yesterday.", []string{"2010-06-11"}},
		{"a lead in the present perfect states", "2010-06-30", "OSH, June 12 — The army has begun detaining opponents.", nil},
		{"a lead's also sentence", "2010-06-30", "OSH, June 12 — Mobs burned shops in the old town. Gangs also looted a bank.", []string{"2010-06-12", "2010-06-12"}},
		// The paragraph between ends the dispatch's day (dispatch-day
		// leaves out a past perfect), so only a lead could date the last.
		{"a later sentence is no lead", "2010-06-30", "OSH, June 12 — Mobs burned shops in the old town. Police fired on the crowd.\n\nResidents said soldiers had looted the market.\n\nThe town was quiet.\n\nThe road was empty.\n\nTroops arrived.", []string{"2010-06-12", "2010-06-12"}},
		{"a lead in the progressive states", "2010-06-30", "OSH, June 12 — Officials have been unloading ballot boxes.", nil},
		{"a lead that reports a claim", "2010-06-30", "OSH, June 12 — The commission said at least 76 people had been killed.", nil},
		{"a lead with its source after it", "2010-06-30", "OSH, June 12 — Mobs burned shops in the old town, witnesses said.", []string{"2010-06-12"}},
		{"a habitual lead", "2010-06-30", "OSH, June 12 — Police usually detained men on Fridays.", nil},
		{"a denied lead", "2010-06-30", "OSH, June 12 — Police did not intervene.", nil},
		{"a lead stating a state is no event", "2010-06-30", "OSH, June 12 — The old town is quiet.", nil},
		{"a lead in the future is no event", "2010-06-30", "OSH, June 12 — Talks will resume.", nil},

		// A month or year used as a modifier dates the clause's event.
		{"the month's fighting", "", "In 1994 the rebels seized four towns. At least 145 people were killed in the January fighting.", []string{"1994", "1994-01"}},
		{"the month's offensive", "", "In 1994 the rebels seized four towns. The army lost two brigades in the March offensive.", []string{"1994", "1994-03"}},
		{"a thing of a year with a relative clause in the present", "", "The accord of 1973, which remains in force, divided the country.", nil},
		{"a conference of a year", "", "The Geneva Conference of 1954, which ended the war, divided the country.", []string{"1954"}},
		{"an accord of a year", "", "The Paris Accord of 1973 ended the fighting.", []string{"1973"}},
		{"the month's coup with a year", "", "The August coup of 1991 failed within days.", []string{"1991-08"}},
		{"the March on a place is no date", "", "In 1994 the rebels seized four towns. The March on the capital failed.", []string{"1994"}},
		{"the month's riots in a tally", "2009-05-01", "Over a hundred people have been killed since January, most of them in the January riots.", nil},
		{"the month as a name", "", "In 1994 the rebels seized four towns. January was cold.", []string{"1994"}},
		{"a month's modifier in the present", "", "In 1994 the rebels seized four towns. The January fighting is still remembered.", []string{"1994"}},

		// Approximate dates.
		{"from about a year", "", "An arms dealer from about 1969 shipped weapons to the rebels.", []string{"1969~approx"}},
		{"about a year", "", "About 1969 the rebels began to receive weapons.", []string{"1969~approx"}},
		{"around mid-month", "", "In 1972 the army withdrew. Around mid-March the rebels attacked.", []string{"1972", "1972-03~mid"}},
		{"in late year", "", "In late 1972 the rebels attacked.", []string{"1972~late"}},
		{"circa a year", "", "Circa 1969 the rebels began to receive weapons.", []string{"1969~approx"}},
		{"c. before a year", "", "The rebels first received weapons c. 1969 from abroad.", []string{"1969~approx"}},
		{"roughly a year", "", "The rebels began to receive weapons in roughly 1969.", []string{"1969~approx"}},
		{"about a count is no date", "", "In 1969 about 1969 rebels surrendered.", []string{"1969"}},
		{"around a year before a pronoun", "", "When the fighters came home around 1989 they attacked police posts.", []string{"1989~approx"}},
		{"around a year before as", "", "The wing was created around 1990 as an armed force.", []string{"1990~approx"}},
		{"around a count is no date", "", "Around 2000 troops landed in the port.", nil},
		{"about a year before a comma", "", "The rebels began to receive weapons in 1968 or about 1969, officials said.", []string{"1968", "1969~approx"}},

		// Habitual and generic statements quantify over times; they are
		// no events.
		{"every month name", "2010-01-01", "Every March the rebels launch an offensive.", nil},
		{"every month name, past", "2010-01-01", "Every March the rebels launched an offensive.", nil},
		{"each year since", "2010-01-01", "Each year since 1995 veterans have marched to the memorial.", nil},
		{"each spring", "2010-01-01", "Each spring the rebels attacked the convoys.", nil},
		{"a season's months", "2010-01-01", "In the rainy season, from June to September, the roads flooded.", nil},
		{"a season's months, present", "2010-01-01", "In the rainy season, from June to September, the roads flood.", nil},
		{"twice a year", "2010-01-01", "Twice a year, in March and October, the herders move south.", nil},
		{"three times a year, past", "2010-01-01", "The herders moved south three times a year, in March, June and October.", nil},
		{"in most years", "2010-01-01", "In most years the rains arrived in June.", nil},
		{"a count of years is no rate", "", "After two years of talks, the rebels signed the accord in March 1994.", []string{"1994-03"}},
		{"the current year as a present subject", "2024-05-01", "This year sees the rebels' tenth anniversary.", nil},
		{"the current month as a present subject", "2024-05-01", "This month marks a year since the ceasefire.", nil},
		{"a state throughout a year", "", "Throughout 1975 the garrison remained loyal.", nil},
		{"a state throughout, verb first", "", "The garrison stayed in its barracks throughout 1975.", nil},
		{"a happening throughout a year", "", "Rebels occupied the mines throughout 1975.", []string{"1975"}},
		{"usually in a month", "2010-01-01", "The rebels usually attacked in March.", nil},
		{"a season's months in brackets", "2010-01-01", "In the dry season (roughly November to May) the rebels advanced.", nil},
		{"a season's months with a year", "", "In the rainy season, from June to September 1972, the roads flooded.", []string{"1972-06/1972-09"}},
		{"a month range with a year is an event", "", "From June to September 1972 the roads flooded.", []string{"1972-06/1972-09"}},
	})
}
