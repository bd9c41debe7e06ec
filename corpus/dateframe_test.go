package corpus

import "testing"

// TestDateFrameCauses holds the general causes behind sentences whose time
// comes from the frame the text has set (the day, the season) rather than
// from a date of their own, each in sentences written for the cause: a
// season counted from the narrative, a day part pointed back to, a time
// on the clock, and "at about the same time".
func TestDateFrameCauses(t *testing.T) {
	checkEventDates(t, []dateCase{
		// "The following spring" counts from the narrative's latest
		// date, as "the following March" does (narrativeSeason,
		// seasonMonth).
		{"the following spring after November", "", "In November 1961 the army took the port. The council signed a truce the following spring.", []string{"1961-11", "1962~early"}},
		{"the following summer in the same year", "", "In February 1961 the army took the port. The following summer the council signed a truce.", []string{"1961-02", "1961~mid"}},
		{"the next autumn after a year alone", "", "In 1961 the army took the port. The next autumn the council signed a truce.", []string{"1961", "1962~late"}},
		{"the previous autumn", "", "In 1961 the army took the port. The previous autumn the council had signed a truce.", []string{"1961", "1960~late"}},
		// "The new year" is the year after the narrative's (yearPhrase).
		{"early in the new year", "", "On 30 December 1953 the president was sworn in. Early in the new year his envoys met the rebels.", []string{"1953-12-30", "1954~early"}},
		{"at the start of the new year", "", "The accord was signed in November 1998. It came close to collapse at the start of the new year.", []string{"1998-11", "1999~early"}},
		{"New Year's Day is a day", "", "On 30 December 1953 the president was sworn in. On New Year's Day his envoys met the rebels.", []string{"1953-12-30", "1954-01-01"}},
		{"the following winter straddles two years", "", "In 1961 the army took the port. The following winter the council signed a truce.", []string{"1961"}},
		{"a capitalised season names a thing", "", "In 1961 the army took the port. The following Spring Offensive failed.", []string{"1961"}},

		// "That morning" after a participle points back to the day when
		// a preposition follows it, not only punctuation (opensAdjunct).
		{"that morning before to", "", "On 2 June 1977 gunmen seized the airport. Appeals were sent that morning to the neighbouring states.", []string{"1977-06-02", "1977-06-02"}},
		{"that night before into", "", "On 2 June 1977 gunmen seized the airport. The villagers fled that night into the forest.", []string{"1977-06-02", "1977-06-02"}},
		{"that night after a reporting verb opens what was said", "", "On 2 June 1977 gunmen seized the airport. The mayor said that night patrols would stop.", []string{"1977-06-02"}},
		// After a noun phrase, "that night" is a time adverbial where the
		// phrase ends or a clause's subject opens (thatDayAdverbial); before
		// another word it may be that clause's subject.
		{"that night ends the sentence after a place", "", "On 2 June 1977 gunmen seized the airport. The colonel moved his battalion into Tarvel that night.", []string{"1977-06-02", "1977-06-02"}},
		{"that evening before the subject", "", "On 2 June 1977 gunmen seized the airport. At a press conference that evening the two ministers resigned.", []string{"1977-06-02", "1977-06-02"}},
		{"that night before a name", "", "On 2 June 1977 gunmen seized the airport. At nine o'clock that night Bishop Arnau spoke on the radio.", []string{"1977-06-02", "1977-06-02"}},
		{"that night as a verb's object", "", "On 2 June 1977 gunmen seized the airport. Survivors still recall that night.", []string{"1977-06-02"}},
		{"that night as a clause's subject", "", "On 2 June 1977 gunmen seized the airport. Residents feared that night raids would follow.", []string{"1977-06-02"}},
		{"in the same month", "", "In March 1929 the rebels took the port. In the same month the president founded a new party.", []string{"1929-03", "1929-03"}},

		// A time on the clock is the narrative's day in a past clause
		// (clockTime, clockEnd).
		{"shortly after p.m.", "", "On 2 June 1977 gunmen seized the airport. Shortly after 7 p.m. the garrison surrendered.", []string{"1977-06-02", "1977-06-02"}},
		{"at a.m. with minutes", "", "On 2 June 1977 gunmen seized the airport. At 9.45 a.m. the governor fled.", []string{"1977-06-02", "1977-06-02"}},
		{"pm joined to the hour", "", "On 2 June 1977 gunmen seized the airport. Around 4pm the radio station fell.", []string{"1977-06-02", "1977-06-02"}},
		{"twenty-four-hour form", "", "On 2 June 1977 gunmen seized the airport. At 0530 hours the first aircraft landed.", []string{"1977-06-02", "1977-06-02"}},
		{"hours and minutes with a colon", "", "On 2 June 1977 gunmen seized the airport. At 21:15 GMT the radio went off the air.", []string{"1977-06-02", "1977-06-02"}},
		{"a count of hours is no clock", "", "On 2 June 1977 gunmen seized the airport. After 12 hours the fighting stopped.", []string{"1977-06-02"}},
		{"a clock time is a habit in the present", "", "On 2 June 1977 gunmen seized the airport. The market closes at 6 p.m.", []string{"1977-06-02"}},
		{"a clock time with its own date", "", "On 2 June 1977 gunmen seized the airport. At 6 p.m. on 4 June the garrison surrendered.", []string{"1977-06-02", "1977-06-04"}},
		{"a clock time with yesterday", "1977-03-06", "KAMBA, March 5 — Gunmen stormed the assembly shortly after 5 p.m. yesterday.", []string{"1977-03-04"}},

		// "At about the same time" is the day just told; bare "at the
		// same time" is as often a connective.
		{"at about the same time", "", "On 2 June 1977 gunmen seized the airport. At about the same time, a bomb exploded outside the barracks.", []string{"1977-06-02", "1977-06-02"}},
		{"at around the same time after yesterday", "1977-03-05", "KAMBA, March 5 — Gunmen stormed the assembly yesterday. At around the same time, a bomb exploded outside the barracks.", []string{"1977-03-04", "1977-03-04"}},
		{"at the same time is a connective", "", "On 2 June 1977 gunmen seized the airport.\n\nAt the same time, the envoy urged restraint.", []string{"1977-06-02"}},
		{"at about the same time in the present is no day", "", "On 2 June 1977 gunmen seized the airport. Buses leave at about the same time each day.", []string{"1977-06-02"}},

		// A day kept on one date every year, named after a preposition
		// of time, is that date (holiday: WordNet's days named with Day
		// or Eve whose synonyms give a date).
		{"on Christmas Day", "", "On 3 December 1962 the police fired on the crowd. The envoy flew to the capital on Christmas Day.", []string{"1962-12-03", "1962-12-25"}},
		{"a curly apostrophe", "", "On 3 December 1962 the police fired on the crowd. On New Year’s Eve the rebels withdrew.", []string{"1962-12-03", "1962-12-31"}},
		{"a named day with its year", "", "The rebels withdrew on Christmas Eve 1971.", []string{"1971-12-24"}},
		{"a named day before a noun names a thing", "", "On 3 December 1962 the police fired on the crowd.\n\nAt a New Year's Eve party the envoy spoke.", []string{"1962-12-03"}},
		{"a day each country keeps its own way", "", "On 3 December 1962 the police fired on the crowd. The rebels withdrew on Independence Day.", []string{"1962-12-03"}},
		{"a named day in the present comes round", "", "On 3 December 1962 the police fired on the crowd. Shops close on Christmas Day.", []string{"1962-12-03"}},
	})
}

// TestDateNamingCauses holds the causes where a year names a thing or
// bounds a state rather than dating a happening, each in sentences
// written for the cause: a named thing's year dates its own clause, an
// opening phrase's named happening is the sentence's time, a span after
// "of" names, and a state's bound after "until" is no event.
func TestDateNamingCauses(t *testing.T) {
	checkEventDates(t, []dateCase{
		// A year that names the subject of a past clause dates that
		// clause even where another clause of the sentence has its own
		// date (isSubjectYear).
		{"a named subject in a coordinated clause", "", "Schools were closed, the old court moved in 1960, and the Press Act of 1962 brought the papers under control.", []string{"1960", "1962"}},
		{"another date in the same clause dates it", "", "In 1964 the Press Act of 1962 was repealed.", []string{"1964"}},
		{"a named object is still no date", "", "The army took the port in 1960, and the council joined the uprising of 1962.", []string{"1960"}},

		// An opening phrase of time that names a happening by its year
		// after "of" sets the sentence in it (framingOf).
		{"in the season of a year", "", "In the rainy season of 1971 the army launched an offensive.", []string{"1971"}},
		{"during the named happening of a span", "", "During the long siege of 1971–72 the army shelled the port.", []string{"1971/1972"}},
		// The span's end is its own, not the date after it (markRanges once
		// pointed into the slice it rewrote).
		{"a span of years after of, then another date", "", "During the long siege of 1971 to 1973 the army shelled the port, and in 1975 it withdrew.", []string{"1971/1973", "1975"}},
		{"after the happening is approximate", "", "After the coup of 1966 the army purged its officers.", []string{"1966~approx"}},
		{"a named happening of a year", "", "In the Sergeants' Revolt of 1933 the army seized the barracks.", []string{"1933"}},
		// Not an opening phrase, but what the clause tells took place in
		// the time the year names (happeningOfIn).
		{"not an opening phrase", "", "The army shelled the port in the rainy season of 1971 and again later.", []string{"1971"}},
		{"not an opening phrase, nor in it", "", "The army shelled the port before the rainy season of 1971 and again later.", []string{}},

		// A span after "of" names a thing, as a year after "of" does
		// (isOfSpan, yearSpan).
		{"a span of years after of names", "", "The country emerged from the occupation of 1942 to 1945 in poor shape.", []string{}},
		{"a dashed span after of names", "", "The country emerged from the occupation of 1942–45 in poor shape.", []string{}},
		{"a span from one year to another dates", "", "The country was occupied from 1942 to 1945.", []string{"1942/1945"}},

		// A decade after "until" bounds a state (isDecadeSpan).
		{"until a decade", "", "The mission remained the largest in the world until the 1990s.", []string{}},
		{"until a year still dates", "", "The mission remained the largest in the world until 1994.", []string{"1994"}},

		// A stative present's "until" bounds what is now
		// (isPresentStateUntil); an announced end still dates.
		{"a present state until a month", "1990-08-03", "Schools are on their long vacation until September.", []string{}},
		{"a present state until a day", "1990-08-03", "The border is closed until 5 September.", []string{}},
		{"an announced end until a day", "1990-08-03", "The curfew is due to stay in force until 5 September.", []string{"1990-09-05!"}},
	})
}

// TestDateEmbeddedModal holds the cause where a modal after a date stands
// in a clause of its own, an indirect question or a relative clause,
// and leaves the dated clause a report (opensEmbeddedClause).
func TestDateEmbeddedModal(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"a modal in an indirect question", "", "The find of gold in 1978 raised disputes over where the border lay and who would profit.", []string{"1978"}},
		{"a modal in a relative clause", "", "The rebels signed a pact in 1978 which would give them a province.", []string{"1978"}},
		{"a modal in the dated clause", "", "The rebels would have signed a pact in 1978.", []string{}},
		{"a modal before the date's clause", "", "Some argue that the rebels could have won in 1978.", []string{}},
	})
}

// TestDateLongSubjectAfter holds the cause where the clause after "days
// after" has a subject of several words: an auxiliary still shows a
// clause, so its happening is the days before the sentence's day
// (clauseAt, isPastAuxiliary).
func TestDateLongSubjectAfter(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"a long subject before had", "", "The port fell on 7 July 1964, ten days after the last French marines had left.", []string{"1964-07-07", "1964-06-27"}},
		{"a long subject before was", "", "The port fell on 7 July 1964, two days after the old colonial governor was flown out.", []string{"1964-07-07", "1964-07-05"}},
		// A noun phrase, no clause: the count glosses the day written in
		// full and gives no date of its own (countsToWritten).
		{"a participle far in is a noun phrase", "", "The port fell on 7 July 1964, two days after the arrival of troops sent from the north.", []string{"1964-07-07"}},
	})
}

// TestDateComparedTerm holds the cause where a date stands in the other
// term of a comparison, after "that of" or "those of" and a word that
// compares (isComparedTerm).
func TestDateComparedTerm(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"below that of", "", "Turnout appeared to be far below that of the general election in 1977, officials said.", []string{}},
		{"above those of", "", "Losses rose well above those of the first offensive in 1977.", []string{}},
		{"those of as a subject", "", "Most of those of military age fled in 1977.", []string{"1977"}},
		{"with that of is no comparison", "", "The army merged its units with those of the rebels in 1977.", []string{"1977"}},
	})
}

// TestDateHedgedCount holds the cause where "perhaps" or "possibly"
// hedges a count, not the clause (startsCount).
func TestDateHedgedCount(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"perhaps before digits", "", "In June 1958 the army attacked perhaps 300 rebels in the hills.", []string{"1958-06"}},
		{"possibly before a number word", "", "In June 1958 possibly two thousand people fled the town.", []string{"1958-06"}},
		{"perhaps before the verb", "", "In June 1958 the army perhaps attacked the hills.", []string{}},
		{"perhaps before a year", "", "The army attacked the hills perhaps in 1958.", []string{}},
	})
}

// TestDateReportAndHappening holds the cause where a clause tells a
// happening and then reports a statement whose content is a state since
// a reference point: the happening still dates (reportsMore).
func TestDateReportAndHappening(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"a meeting and a declaration", "", "In 1999 a congress met in the capital and declared that the island had been free since 1961.", []string{"1999"}},
		{"a range and a declaration", "", "A congress met in the capital from 3 to 6 May 1999, declared that the island had been free since 1961 and chose a council.", []string{"1999-05-03/1999-05-06"}},
		{"a report alone of a tally since", "1994-10-10", "Officials said on 2 October that 1,383 soldiers had been killed since Sept. 27.", []string{}},
	})
}

// TestDateDayAfterNamedDay holds the cause where "the day after" counts
// from a happening named with its day after "of", not from the
// narrative's latest day (namedDayBase).
func TestDateDayAfterNamedDay(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"the day after the election of a day", "", "On 15 February 2008 the leader was shot. The day after the general election of 7 November 2010, his men seized the town.", []string{"2008-02-15", "2010-11-08"}},
		{"the night before the vote of a day", "", "On 15 February 2008 the leader was shot. The night before the vote of 7 November 2010 his men seized the town.", []string{"2008-02-15", "2010-11-06"}},
		{"the day after a named happening with no day", "", "On 15 February 2008 the leader was shot. The day after the funeral his men seized the town.", []string{"2008-02-15", "2008-02-16"}},
	})
}

// TestDateDecadeIsNoEvent: a decade, or a part of one, is a period a
// clause sets a trend, a habit or a background in, not a time at which
// something happened (isDecadeOnly); as a range's start it still dates
// the range.
func TestDateDecadeIsNoEvent(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"a trend in a decade", "", "Relations between the two provinces soured in the 1970s.", []string{}},
		{"a participle in a decade", "", "Surveys carried out in the 1950s were less thorough than later ones.", []string{}},
		{"an adjective in a decade", "", "For the farmers alive in the 1930s, the drought was the defining event.", []string{}},
		{"a classification in a decade", "", "The raid was one of many in the 1960s that embarrassed the police.", []string{}},
		{"a decade's part", "", "The guerrillas regrouped in the mid-1980s.", []string{}},
		{"a decade beside a year", "", "The party split in the 1970s, and in 1981 its left wing took up arms.", []string{"1981"}},
		{"a decade opens a range", "", "The blockade lasted from the late 1950s until March 1964.", []string{"1958/1964-03~approx"}},
	})
}

// TestDateCopulaFrom: "from" a date after a copula and its complement
// tells when a state began, a reference point as "since" is
// (isCopulaFrom); a passive, a progressive or a range still dates.
func TestDateCopulaFrom(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"a role from a year", "", "The general, who had been governor from 1975 and senator since 1981, fled the capital in 1990.", []string{"1990"}},
		{"a role before a clause", "", "The old king had been regent from 1931, and in 1946 he abdicated.", []string{"1946"}},
		{"a place from a day", "", "The envoy was in the capital from 3 May 1975.", []string{}},
		{"a passive from a day dates", "", "The leaders were held from 3 May 1975 in the old fort.", []string{"1975-05-03"}},
		{"a progressive from a day dates", "", "Rebels were fighting from 3 May 1975 in the hills.", []string{"1975-05-03"}},
		{"a range dates", "", "The province was under martial law from 1975 to 1980.", []string{"1975/1980"}},
		{"a title over a range is a tenure (tenure-span)", "", "He was president of the republic from 1975 to 1980.", []string{}},
	})
}

// TestDateCurrencyNote: a date after an adjective of currency and its
// preposition is the time a text's facts hold for, as "as of" is
// (followsCurrency); becoming available is a change, and dates.
func TestDateCurrencyNote(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"available in a month", "", "This guide reflects information available in early May 2019.", []string{}},
		{"current to a period's end", "", "The guide uses the latest data, current to the end of March 2019.", []string{}},
		{"correct at a day after a past", "", "The rebels took the port in 2017. The casualty figures were correct at 1 May 2019.", []string{"2017"}},
		{"became available is a change", "", "The report became available in May 2019.", []string{"2019-05"}},
	})
}

// TestDateConstrued: dates in what a present verb of construal takes
// "as" something are the terms of a view held now, not happenings
// (isConstrued); a past view, a noun "present" and a reporting verb
// without "as" leave them dated.
func TestDateConstrued(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"present as, date after as", "", "School textbooks now present the war as the last stage of a long struggle that had begun in 1923.", []string{}},
		{"treat a range as", "", "Most historians treat the years from 1946 to 1954 as a single period of unrest.", []string{}},
		{"regard a day as", "", "Many villagers still regard the massacre of 4 June 1982 as the start of the war.", []string{}},
		{"a past view reports", "", "Contemporaries saw the raid of 4 June 1982 as a failure.", []string{"1982-06-04"}},
		{"present as an adjective", "", "The present government took office in 1982 as the war ended.", []string{"1982"}},
		{"describes without as", "", "The report describes how the army shelled the town on 4 June 1982.", []string{"1982-06-04"}},
	})
}

// TestDateCounterfactualTerm: a date in a "without" or "but for" phrase
// of a sentence in the modal perfect is the condition of what did not
// happen (isCounterfactualTerm); without the modal perfect it dates.
func TestDateCounterfactualTerm(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"without, might have, reported", "1992-05-22", "BANGKOK, May 22 - Diplomats said privately that without the audience on Wednesday night, troops might well have stormed the campus by morning.", []string{}},
		{"but for, would have", "1992-05-22", "BANGKOK, May 22 - But for the rains in early May, the offensive would have reached the coast.", []string{}},
		{"without warning dates", "1992-05-22", "BANGKOK, May 22 - Without warning, troops stormed the campus on Wednesday night.", []string{"1992-05-20"}},
		{"a modal perfect elsewhere", "1992-05-22", "BANGKOK, May 22 - Troops stormed the campus on Wednesday night without warning, and the students would have fled had they been able.", []string{"1992-05-20"}},
	})
}

// TestDateDurationFrom: a count of time before "from" a date measures
// the range that starts there (markDurationFrom), at the date's
// precision; a unit finer than the date gives no end.
func TestDateDurationFrom(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"months from a month", "", "The leader spent eighteen months in America from June 1919, raising funds.", []string{"1919-06/1920-12"}},
		{"years from a year", "", "The leader spent two years abroad from 1975.", []string{"1975/1977"}},
		{"for months from a month", "", "The militia held the town for three months from March 1950.", []string{"1950-03/1950-06"}},
		{"weeks from a day", "", "For six weeks from 3 March 1950 the militia held the town.", []string{"1950-03-03/1950-04-14"}},
		{"days from a month give no end", "", "The militia held the town for three days from March 1950.", []string{"1950-03"}},
		{"a count of things is no duration", "", "Some 300 soldiers from 1950 onward served in the north.", []string{"1950"}},
	})
}

// TestDateCountedAfter: a count of days after "after" tells what came
// before its day's event, and a compound count with no verb of ending
// or "from" around the day does not say which end the day is
// (markCountedSpans): the day alone.
func TestDateCountedAfter(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"after days of bombardment", "", "WARRI, 16 May 2009 (Wire) - Soldiers captured the main militant base yesterday after three days of bombardment.", []string{"2009-05-15"}},
		{"a counted siege with no end told", "", "The town fell on 14 May 1940 after a two-week siege.", []string{"1940-05-14"}},
		{"a counted siege another clause dates", "", "The two-week siege was lifted; on 14 May 1940 the garrison marched out.", []string{"1940-05-14"}},
	})
}

// TestDateDayInName: a day between "the" and a capitalised word is part
// of a proper name (isDayInName), and dates nothing; a day that opens a
// clause before its subject's name dates.
func TestDateDayInName(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"an ordinal day of a month in a name", "", "The rebels of the 26th of July Movement took the town in 1958.", []string{"1958"}},
		{"a month and a day in a name", "", "Leaders of the March 14 Alliance met in 2005.", []string{"2005"}},
		{"a day and a month in a name", "", "Fighters of the 23 March Movement seized the city in 2012.", []string{"2012"}},
		{"a day before a subject's name", "", "On 3 May 1990 Kabila fled.", []string{"1990-05-03"}},
		{"a day after on the before a name", "", "The rebels took the town in 1990. On the 3 May Kabila fled.", []string{"1990", "1990-05-03"}},
	})
}

// TestDateSubjectOfCopula: a date that opens its clause as the subject of
// a copula is a day the clause defines or classes (isDateSubjectOfCopula):
// no event, and no year "that December" takes; a passive after it
// reports a happening.
func TestDateSubjectOfCopula(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"a defined day after an opening phrase", "", "The accord was signed on 15 August 1985. Under its terms, 25 March 1971 is the cut-off date for citizenship. The leaders founded a party, which won the election that December.", []string{"1985-08-15", "1985-12"}},
		{"a day classed, past", "", "The rebels took the town in 1990. 3 May 1991 was the day the siege ended.", []string{"1990"}},
		{"a passive after the day reports", "", "The rebels took the town in 1990. 3 May was declared a day of mourning.", []string{"1990", "1990-05-03"}},
		{"a day marks an anniversary", "2017-05-10", "The rebels took the town in 1987. As you know, Sunday marks thirty years since the siege.", []string{"1987"}},
		{"a day on which something marks it reports", "2017-05-10", "The rebels took the town in 1987. On Sunday a ceremony will mark thirty years since the siege.", []string{"1987", "2017-05-14!"}},
	})
}
