package corpus

import (
	"slices"
	"testing"
)

// dateRuleCase is a dateCase that a named date rule decides: the test checks
// that the case passes with every rule on and fails with that rule off,
// so that no rule is kept that its cases do not need.
type dateRuleCase struct {
	rule string
	dateCase
}

func checkRuleCases(t *testing.T, tests []dateRuleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.rule+"/"+tt.name, func(t *testing.T) {
			if got := eventDates(t, tt.ref, tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("ref %s %q\n got %q\nwant %q", tt.ref, tt.text, got, tt.want)
			}
			if got := eventDatesWith(t, tt.ref, tt.text, dateRules{tt.rule: true}); slices.Equal(got, tt.want) {
				t.Errorf("with %s off the case still passes: it does not test the rule", tt.rule)
			}
		})
	}
}

// TestDateRules holds, for each date rule that can be turned off
// (dateRuleNames), sentences written for it.
func TestDateRules(t *testing.T) {
	checkRuleCases(t, []dateRuleCase{
		// A time after midnight, after a day told into its night, is the
		// next day (rollsOverNight).
		{ruleNightRoll, dateCase{"after midnight after a late hour", "", "At 11 p.m. on 6 May 1980 the garrison surrendered. Shortly after midnight the rebels left.", []string{"1980-05-06", "1980-05-07"}}},
		{ruleNightRoll, dateCase{"after midnight in the same sentence", "", "Late on 24 December 1989 the crowd grew; shortly after midnight, troops fired.", []string{"1989-12-24", "1989-12-25"}}},
		{ruleNightRoll, dateCase{"before dawn after that night", "", "On 6 May 1980 the town fell. That night the garrison surrendered. Before dawn the rebels left.", []string{"1980-05-06", "1980-05-06", "1980-05-07"}}},
		{ruleNightRoll, dateCase{"a small hour on the clock", "", "On 9 June 1975 the column set out at 9 p.m. At 3 a.m. it reached the bridge.", []string{"1975-06-09", "1975-06-10"}}},
		{ruleNightRoll, dateCase{"before dawn after the small hours stays", "", "At 10 p.m. on 6 May 1980 the rebels massed. Shortly after midnight they crossed the river. Before dawn they took the bridge.", []string{"1980-05-06", "1980-05-07", "1980-05-07"}}},
		// A time of the night told in words (pastMidnight, "after dark",
		// "in the early hours").
		{ruleNightTimes, dateCase{"minutes past midnight", "", "At 10.30 p.m. on 3 March 1975 the column set out. At twenty past midnight it reached the bridge.", []string{"1975-03-03", "1975-03-04"}}},
		{ruleNightTimes, dateCase{"in the early hours", "", "At 9 p.m. on 8 May 1980 the town fell. In the early hours the rebels fled.", []string{"1980-05-08", "1980-05-09"}}},
		{ruleNightTimes, dateCase{"after dark", "", "On 8 May 1980 the town fell. After dark, troops opened fire on the crowd.", []string{"1980-05-08", "1980-05-08"}}},
		// A plan told in the past aims at a date of the narrative, and
		// the next days count from it (pastPlanTense).
		{rulePastPlan, dateCase{"the plan's time and its date", "1975-01-01", "In 1970 talks were scheduled for June. In May the army struck.", []string{"1970", "1970-06", "1970-05"}}},
		{rulePastPlan, dateCase{"days counted from a plan that failed", "", "The vote, planned for 12 March 1968, was never held. Two days later the premier resigned.", []string{"1968-03-12!", "1968-03-14"}}},
		{rulePastPlan, dateCase{"a plan with no moment of writing", "", "On 18 July 1974 the general became prime minister. The president called a rally planned for 28 September, but it was called off. Two days later the president resigned.", []string{"1974-07-18", "1974-09-28!", "1974-09-30"}}},
		// A bound after "since" or "until" that a "when" clause names
		// dates what the clause tells (boundNamesWhen).
		{ruleWhenNamed, dateCase{"since a month, when", "", "The party had ruled the country alone since February 1948, when its militias seized the ministries.", []string{"1948-02"}}},
		{ruleWhenNamed, dateCase{"since a year, when, in the perfect", "2010-01-01", "The town has been quiet since 2001, when the rebels left.", []string{"2001"}}},
		{ruleWhenNamed, dateCase{"until a month, when: no span", "", "The general handed power to his deputy on 29 March 1981, but the deputy lasted only until December, when a rival pushed him aside.", []string{"1981-03-29", "1981-12"}}},
		// A past clause tells of taking part in the happening a year
		// after "of" names (happeningOfIn).
		{ruleHappeningIn, dateCase{"in the happening of a year", "", "The movement came to power in the revolution of 1952.", []string{"1952"}}},
		{ruleHappeningIn, dateCase{"through the happening of a year", "", "The sergeant rose to prominence through the Barracks Mutiny of 1933.", []string{"1933"}}},
		{ruleHappeningIn, dateCase{"in the happening of a span", "", "The crisis had its roots in the civil war of 1946–49.", []string{"1946/1949"}}},
		// A date without a year in a relative clause on a thing named by
		// its year is in that year (namedYear).
		{ruleNamedYear, dateCase{"a relative clause on a year before the noun", "", "In June 1976 the minister met the envoy. The regime used the 1978 World Cup, which the country hosted from 1 to 25 June, as a showcase.", []string{"1976-06", "1978-06-01/1978-06-25"}}},
		{ruleNamedYear, dateCase{"a relative clause on a year after of", "", "In 1979 the army invaded. Many countries boycotted the Olympics of 1980, which opened on 19 July.", []string{"1979", "1980-07-19"}}},
		// Outside a news report, the moment's own weekday in a future
		// clause is the next week's (isFutureWeekdayAhead); 2 December
		// 2021 was a Thursday.
		{ruleFutureWeekday, dateCase{"a future weekday on that weekday", "2021-12-02", "The museum said its staff will lay wreaths at the mine on Thursday.", []string{"2021-12-09!"}}},
		// A weekday a declaration makes a kind of day lies ahead
		// (isDeclaredDay); 9 January 2022 was a Sunday.
		{ruleDeclaredDay, dateCase{"declared a day of mourning", "2022-01-20", "ALMATY, 9 January (Wire) - Troops left the city. The president has declared Monday a national day of mourning.", []string{"2022-01-09", "2022-01-10!"}}},
		{ruleDeclaredDay, dateCase{"named a holiday", "2022-01-20", "ALMATY, 12 January (Wire) - Troops left the city. The council named Friday a public holiday.", []string{"2022-01-12", "2022-01-14!"}}},
		// A hedge before a fraction hedges the count (startsFraction).
		{ruleHedgedFraction, dateCase{"perhaps half", "", "On 1 May 1974 perhaps half a million people marched through the capital.", []string{"1974-05-01"}}},
		{ruleHedgedFraction, dateCase{"possibly half", "", "In March 1980 possibly half the garrison deserted.", []string{"1980-03"}}},
		// "That same" is "that", stressed (thatSame).
		{ruleThatSame, dateCase{"that same July", "", "On 12 June 1975 the army marched. That same July the council set up a command.", []string{"1975-06-12", "1975-07"}}},
		// "Within two weeks" gives the window's month, or its year
		// (dateExpr.window).
		{ruleWithinWeeks, dateCase{"within two weeks inside a month", "", "On 11 April 2024 the garrison withdrew. Within two weeks the rebels had withdrawn.", []string{"2024-04-11", "2024-04~approx"}}},
		{ruleWithinWeeks, dateCase{"within two weeks across a month", "", "On 25 April 2024 the garrison withdrew. Within two weeks the rebels had withdrawn.", []string{"2024-04-25", "2024~approx"}}},
		{ruleWithinWeeks, dateCase{"within about two weeks", "", "On 15 December 2003 the army attacked. Within about two weeks all the camps had been overrun.", []string{"2003-12-15", "2003-12~approx"}}},
		// "As late as" stresses a year; it compares nothing (isAsLateAs).
		{ruleAsLateAs, dateCase{"as late as", "", "Several prisoners were executed as late as 1990.", []string{"1990"}}},
		{ruleAsLateAs, dateCase{"as early as", "", "The first guerrilla cells were formed as early as 1962.", []string{"1962"}}},
		// A relative clause set off by a comma does not give its verb's
		// tense to the clause that holds the date (blankRelativeAsides).
		{ruleRelativeAside, dateCase{"overnight beside a present relative", "1992-05-25", "BANGKOK, 18 May (Wire) - Troops fired.\n\nOvernight, rioters set fire to the ministry, which runs the radio.", []string{"1992-05-18", "1992-05-18"}}},
		// A few weeks with no count keep the month their window lies in
		// (vagueWeeks).
		{ruleWeeksWindow, dateCase{"weeks later in the next month", "", "On 27 November 1934 officers forced the president to resign. Weeks later a column struck at the northern front.", []string{"1934-11-27", "1934-12~approx"}}},
		{ruleWeeksWindow, dateCase{"weeks later in the next year", "", "On 20 December 1979 troops crossed the border. Weeks later the army held every city.", []string{"1979-12-20", "1980-01~approx"}}},
		{ruleWeeksWindow, dateCase{"in the weeks after a noun", "", "On 8 January 2010 gunmen attacked a bus. In the weeks after the attack police arrested several activists.", []string{"2010-01-08", "2010-01~approx"}}},
		// A date as the subject of a copula in the perfect is a day the
		// clause classes (isDateSubjectOfCopula).
		{ruleCopulaPerfect, dateCase{"a day classed in the perfect", "2010-01-01", "The rebels took the town on 3 May 1990. 3 May has been a day of mourning since 1995.", []string{"1990-05-03"}}},
		{ruleCopulaPerfect, dateCase{"a day classed in the perfect after and", "2010-01-01", "The rebels took the town on 3 May 1990, and 3 May has been a day of mourning ever since.", []string{"1990-05-03"}}},
		// A year before the noun of a past clause's subject dates it
		// (isSubjectYear).
		{ruleSubjectYear, dateCase{"a year after a", "", "A 1934 amendment introduced socialist education in the schools.", []string{"1934"}}},
		{ruleSubjectYear, dateCase{"a year after the", "", "The 1995 constitution reorganised the country as a federation.", []string{"1995"}}},
		// A period after "through" spans a state that went on, as after
		// "throughout" (isStateThroughout).
		{ruleThroughState, dateCase{"through the months of a year", "", "Through the middle months of 1987 the country remained tense.", []string{}}},
		{ruleThroughState, dateCase{"through a year", "", "Through 1985 the guerrillas remained a nuisance.", []string{}}},
		// Consecutive periods coordinated however it is marked are one
		// span (isCoordinatedNext, isBothAfterContext).
		{ruleCoordinatedSpan, dateCase{"in both one year and the next", "", "The economy contracted in both 1984 and 1985.", []string{"1984/1985"}}},
		{ruleCoordinatedSpan, dateCase{"a month and again in the next", "", "In February and again in March 1973 students occupied the faculty.", []string{"1973-02/1973-03"}}},
		{ruleCoordinatedSpan, dateCase{"a year and in the next", "", "The rebels attacked the town in 1990 and in 1991.", []string{"1990/1991"}}},
		{ruleCoordinatedSpan, dateCase{"a month and again in a later one shares its year", "", "In February and again in June 1973 students occupied the faculty.", []string{"1973-02", "1973-06"}}},
		// Two days in full, each with its month, joined by "and" or "and
		// again on" a month apart at most: one happening's span.
		{ruleCoordinatedDays, dateCase{"the two rounds of an election", "", "The legislative elections of 30 June and 7 July 1991 returned the front.", []string{"1991-06-30/1991-07-07"}}},
		{ruleCoordinatedDays, dateCase{"a span and again a later day", "", "The rebels freed prisoners on 26 and 28 December 1983 and again on 31 December.", []string{"1983-12-26/1983-12-31"}}},
		{ruleCoordinatedDays, dateCase{"a day and again a day of the next month", "", "In 1983 the rebels freed prisoners on 28 November and again on 2 December.", []string{"1983", "1983-11-28/1983-12-02"}}},
		// A clause after "two days after" may have a long subject before
		// its simple past (clauseAt).
		{ruleLongSubject, dateCase{"a long subject before a simple past", "", "The port fell on 7 July 1964, two days after the commanders of the two rebel columns agreed to a truce.", []string{"1964-07-07", "1964-07-05"}}},
		// A "no" inside a clause of the subject denies nothing the date
		// is told of (embeddedClause); 1 March 2005 was a Tuesday.
		{ruleEmbeddedNo, dateCase{"no in a relative clause of the subject", "2005-03-10", "OSLAN, 1 March (Wire) - Second-round votes in towns where no party won a majority are scheduled for 13 March.", []string{"2005-03-13!"}}},
		// A day an infinitive looks ahead to is no day the narrative
		// reached (placed.aim).
		// A feast that moves with Easter is its day in its year, by the
		// computus (movableFeast).
		{ruleMovableFeast, dateCase{"a feast with its year", "", "At about noon on Easter Monday 1916 the Volunteers occupied the General Post Office.", []string{"1916-04-24"}}},
		{ruleMovableFeast, dateCase{"a feast in the narrative year", "", "In March 1964 the army grew restless. On Good Friday the garrison mutinied.", []string{"1964-03", "1964-03-27"}}},
		{ruleMovableFeast, dateCase{"a feast the next day counts from", "", "On Easter Sunday 1916 the council met. The next day the Volunteers rose.", []string{"1916-04-23", "1916-04-24"}}},
		// In a text with no moment of writing, a past weekday runs
		// forward from the day the narrative reached (narrativeWeekday).
		{ruleNarrativeWeekday, dateCase{"a weekday after a paragraph's day", "", "On Friday 21 April 1916 the arms ship was scuttled.\n\nOn Sunday the council met and decided to go ahead.", []string{"1916-04-21", "1916-04-23"}}},
		{ruleNarrativeWeekday, dateCase{"a weekday after a day told the paragraph before", "", "At noon on Monday 24 April 1916 the Volunteers occupied the Post Office.\n\nOn Tuesday troops occupied the Shelbourne Hotel.", []string{"1916-04-24", "1916-04-25"}}},
		// A quotation told to an audience after it is an address, a
		// happening of its day (quotesAddress); 23 April 2009 was a
		// Thursday.
		{ruleQuotedAddress, dateCase{"a quotation told to a committee", "2009-05-01", "ISLAMABAD, 23 April (Wire) - The army moved in. \"The government is abdicating to the Taliban,\" the Secretary of State told a committee in Washington on Wednesday.", []string{"2009-04-23", "2009-04-22"}}},
		{ruleQuotedAddress, dateCase{"a quotation told to reporters", "1996-09-01", "JAKARTA, 13 August (Wire) - \"We have the brains behind the unrest,\" the general told reporters at his headquarters yesterday.", []string{"1996-08-12"}}},
		// "Before the end of" a year lies within it (boundsByEdge).
		{ruleBeforeYearEnd, dateCase{"due before the end of a year", "2024-05-01", "Elections to the council are due before the end of 2025.", []string{"2025~late!"}}},
		// "The same week" is the month of the day just told (sameDayPhrase).
		{ruleSameWeek, dateCase{"the same week", "", "On 16 March 1988 riot police beat the students. Forty-one detained students suffocated in a police van the same week.", []string{"1988-03-16", "1988-03~approx"}}},
		// A frequency in an infinitive complement times what is to be
		// done, not the day (hasFrequencyWith).
		{ruleComplementFrequency, dateCase{"a frequency in what was agreed", "", "On 16 October 1973 the producers raised the price. On 17 October the ministers agreed to cut output by five percent each month.", []string{"1973-10-16", "1973-10-17"}}},
		{ruleOnwardRelative, dateCase{"an open span in a relative clause inside the phrase", "", "The kingdom was annexed in 1898. Its planters were many of them descendants of missionaries who had arrived from 1820 onwards.", []string{"1898"}}},
		{ruleContinuedHabit, dateCase{"a frequency in what continued", "", "Fikri died on 28 October 2016. Supporters have continued to hold events on 28 October each year.", []string{"2016-10-28"}}},
		{ruleInfinitiveAim, dateCase{"the day after a signing with a start date", "", "On 27 May 1996 the two sides signed a truce, to take effect on 1 June. The following day the president visited the troops.", []string{"1996-05-27", "1996-06-01", "1996-05-28"}}},
		// A state's end or span, with a verb of being or having
		// (isStativeSpan), is no event.
		{ruleStativeSpan, dateCase{"a verb of being up to a year", "", "The river trade grew after the war. The northern clans dominated the council until 1987.", nil}},
		{ruleStativeSpan, dateCase{"a verb of having up to a month", "", "The old families held the leading posts in the province until March 1958.", nil}},
		{ruleStativeSpan, dateCase{"an object and a phrase before until", "", "In 1931 the league was founded. It held the governorship without a break until 1977.", []string{"1931"}}},
		// A span of holding a leader's title is a tenure (isTenureSpan).
		{ruleTenureSpan, dateCase{"a copula and a title over a range", "", "The rebels took the capital in 1990. Her brother was president from January 1992 to March 2001.", []string{"1990"}}},
		{ruleTenureSpan, dateCase{"served as a title over a range", "", "The rebels took the capital in 1990. Ali, who served as chairman of the council from 1967 to 1974, fled.", []string{"1990"}}},
		{ruleTenureSpan, dateCase{"head of state, a leader's noun by its person's sense (head.n.04)", "", "The rebels took the capital in 1939. Franco remained head of state from 1939 until 1975, ruling through the army.", []string{"1939"}}},
		{ruleTenureSpan, dateCase{"a verb one step from be up to a year", "", "The rebels took the capital in 1950. Rhee, who remained president until 1960, pressed for severity.", []string{"1950"}}},
		// A lone bound of a title's tenure in an apposition or after
		// "served as" describes (isOpenTenure).
		{ruleTenureBound, dateCase{"a title from a year in an apposition", "", "The rebels took the capital in 1920. General Ubico, president from 1931, governed through the army.", []string{"1920"}}},
		{ruleTenureBound, dateCase{"in office until a month in brackets", "", "The rebels took the capital in 2013. Its presidents were Guebuza (in office until January 2015) and Nyusi.", []string{"2013"}}},
		{ruleTenureBound, dateCase{"served as a title from a year", "", "The rebels signed the accord in 1995. Several leaders entered government; Ag Boula served as Minister of Tourism from 1997.", []string{"1995"}}},
		// "At the peak" as "at its peak" (isAtPeak).
		{rulePeakOf, dateCase{"at the peak, a year set off", "", "The war began in 1962. At the peak, in 1965, about 17,000 troops were deployed.", []string{"1962"}}},
		{rulePeakOf, dateCase{"at the height of a noun", "", "The war began in 1999. At the height of the crisis, in 2001, more than 500,000 people were displaced.", []string{"1999"}}},
		// "had become" by a date states a result (isBecomeBy).
		{ruleBecomeBy, dateCase{"a result reached by a year", "", "By May 1998 the port had become the busiest on the coast.", nil}},
		// A year after a clause-opening "by" is when a state held
		// (isYearByState); a day there still dates an event.
		{ruleYearByState, dateCase{"a state reached by part of a year", "", "By mid-2025 the insurgents controlled large rural areas.", nil}},
		{ruleYearByState, dateCase{"a perfect by a season of a year", "", "By the autumn of 2013 the militias had split into factions.", nil}},
		// A "by" after a clause-opening coordinator or a relative
		// pronoun opens its clause too, when the clause states a count
		// (byAfterLink); without a count it still dates the clause
		// (TestDateRulesKeep).
		{ruleLinkedBy, dateCase{"a count by a year after and", "", "The war began in 1998, and by 2003 roughly 3.4 million people were displaced.", []string{"1998"}}},
		{ruleLinkedBy, dateCase{"a count by a year in a relative clause", "", "The war began in 1962. The corps grew into a force that by 1965 numbered about 70,000 troops.", []string{"1962"}}},
		// A day after "since" over a perfect of "be" is a state's
		// reference point, no onset (ruleSinceState, isOnsetSince).
		{ruleSinceState, dateCase{"since a day with a passive state", "2003-07-20", "The airport has been closed since 12 May.", []string{}}},
		{ruleSinceState, dateCase{"since a day in the past perfect", "2003-07-20", "The town had been held by rebels since 3 March.", []string{}}},
		{ruleSinceState, dateCase{"since a weekday under a dateline", "2003-07-20", "BUNIA, July 17 — The airport has been closed since Monday.", []string{}}},
		{ruleSinceState, dateCase{"since a day with a progressive", "2003-07-20", "Rebels have been fighting the army since 3 June.", []string{}}},
		{ruleSinceState, dateCase{"since a day in a relative clause", "2024-07-30", "They demanded the reopening of universities, which have been closed since 17 July.", []string{}}},
		{ruleLinkedBy, dateCase{"a share by a census year after and", "", "Settlers arrived in 1950, and by the census of 1989 the natives made up only 18 per cent of the people.", []string{"1950"}}},
		// "held office" or "held power" over a span is a tenure (heldOffice).
		{ruleOfficeSpan, dateCase{"held office over a range, in a relative clause", "", "The opposition is led by Abhisit Vejjajiva, who held office from 2008 to 2011.", nil}},
		{ruleOfficeSpan, dateCase{"held power over a range", "", "The colonel held power from 1979 until 1985.", nil}},
		// A lasting or recurring happening through a year spans it
		// (isLastingThrough).
		{ruleThroughAspect, dateCase{"continued through two years", "", "Incidents between soldiers and rebels continued through 1992 and 1993.", nil}},
		{ruleThroughAspect, dateCase{"an adverb of gradual change through a season", "", "Through the winter of 1926–27 rebel activity declined steadily.", nil}},
		{ruleThroughAspect, dateCase{"an adverb of repetition throughout a year", "", "Throughout 2012 regional governments met repeatedly in Kampala.", nil}},
		// A date subject of a passive in the simple present names a
		// custom (isPresentPassiveOf).
		// A count with a verb of being or measure states what there was
		// (isStativeCount).
		{ruleStativeCount, dateCase{"there were only a few thousand", "", "The war began in 1961. In 1964 there were only a few thousand soldiers in the colony.", []string{"1961"}}},
		{ruleStativeCount, dateCase{"numbered between two figures", "", "The war began in 1961. By March 1974 the army numbered between 50,000 and 60,000.", []string{"1961"}}},
		{ruleStativeCount, dateCase{"a verb one step from be", "", "The war began in 1961. In 1970 the rebel force comprised only a few hundred fighters.", []string{"1961"}}},
		{ruleTimeCount, dateCase{"a stretch counted from a day is no count", "", "In April 1985 Buhari spoke. On 27 August 1985, four months later, Buhari was himself removed.", []string{"1985-04", "1985-08-27"}}},
		{ruleTimeCount, dateCase{"a time on the clock is no count", "2013-11-12", "Our next briefing will be at 4 p.m. today.", []string{"2013-11-12!"}}},
		{ruleFirstPersonAm, dateCase{"am in a name is no present", "", "In the night of 2 to 3 April 1968, Baader and two accomplices set fire to two department stores in Frankfurt am Main.", []string{"1968-04-02/1968-04-03"}}},
		{ruleThatDayVerb, dateCase{"that morning before a past verb", "", "On 27 January 1959 they reached the top. A supply drop by RAF aircraft that morning was mistaken by the rebels for a parachute landing.", []string{"1959-01-27", "1959-01-27"}}},
		// A heading's closing note on its source is no word of its label
		// (trimSourceNote); a body's name runs on in capitals after "of"
		// (isBodyNameWord); a heading that labels a communication may
		// name its giver at length (maxMomentHeading).
		{ruleHeadingNote, dateCase{"a heading's day before a note on its source", "", "## Army command — Statement, 23 November 2010 (as carried by the news agency)\n\nThe enemy fired shells into our waters at 13:00 today.", []string{"2010-11-23"}}},
		{ruleHeadingNote, dateCase{"a heading's day before a note that it is cut", "", "## Press briefing transcript, Seoul, 23 November 2010, 19:30 (excerpt)\n\nAt 14:34 today, coastal artillery fired 170 rounds.", []string{"2010-11-23"}}},
		{ruleBodyName, dateCase{"a heading naming a ministry of national defense", "", "## Ministry of National Defense — Announcement, 24 November 2010\n\nThe bodies of two civilians were recovered from a collapsed building this morning.", []string{"2010-11-24"}}},
		{ruleLongHeading, dateCase{"a statement's long heading naming who gave it", "", "## Statement attributable to the Spokesperson for the Secretary-General on the two members of the Group of Experts — New York, 28 March 2017\n\nThe remains were found yesterday near the village of Bunkonde.", []string{"2017-03-27"}}},
		// A paragraph opening on a month, after a glance ahead into a
		// year the text barely told, returns to the story's year
		// (focalReturn).
		{ruleFocalReturn, dateCase{"a section after an epilogue sentence", "", "## Course of the war\n\nOn 8 October 1963 the army attacked the posts. On 14 October the rebels retook the oases. On 30 October the two sides agreed to a ceasefire. The rebel leader was captured in October 1964.\n\n## Foreign involvement\n\nOn 22 October an envoy landed by mistake behind the lines.", []string{"1963-10-08", "1963-10-14", "1963-10-30", "1964-10", "1963-10-22"}}},
		{ruleFocalReturn, dateCase{"a section after a counted year", "", "## The riots\n\nOn 23 July 1983 the rebels ambushed a patrol. On 25 July the riots spread, and on 30 July the government banned three parties. In October 1983 the members lost their seats. Over the following year thousands fled abroad.\n\n## The amendment\n\nOn 4 August Parliament passed the amendment.", []string{"1983-07-23", "1983-07-25", "1983-07-30", "1983-10", "1984", "1983-08-04"}}},
		// A paragraph opening on a month the narrative year never told,
		// far from its latest date there, picks up the year next to it
		// that told that month (toldMonthYear).
		{ruleToldMonth, dateCase{"a paragraph after a glance back", "", "In April 2010 the opposition called a strike. On 7 April 2010 the people rose against the regime. The president won the rigged election of 23 July 2009.\n\nOn 6 April, residents of Talas occupied the regional administration.", []string{"2010-04", "2010-04-07", "2009-07-23", "2010-04-06"}}},
		{ruleToldMonth, dateCase{"a paragraph after a glance ahead", "", "On 15 June 2020 the two patrols clashed, and on 18 June ten soldiers were released. On 19 February 2021 the commission honoured four soldiers.\n\nThe prime minister convened a meeting on 19 June.", []string{"2020-06-15", "2020-06-18", "2021-02-19", "2020-06-19"}}},
		{ruleToldMonth, dateCase{"a section after background", "", "The standoff began in early May 2020 and peaked in the clash of 15 June 2020.\n\n## Background\n\nOn 5 August 2019 India revoked the region's special status.\n\n## Initial incidents\n\nOn the night of 5 May, the patrols clashed.", []string{"2020-05~early", "2020-06-15", "2019-08-05", "2020-05-05"}}},
		// A season runs forward from the narrative's latest date as a
		// month does (monthOf).
		{ruleSeasonForward, dateCase{"the spring after December", "", "On 4 January 2000 he announced a government. Ouattara returned on 29 December 1999.\n\nBy the spring, he was touring the country. In May the ministers were removed.", []string{"2000-01-04", "1999-12-29", "2000-05"}}},
		// A collection's block heading one of its documents gives its
		// moment of writing (documentBlockDay).
		{ruleDocumentBlock, dateCase{"a document's block with its weekday", "", "On 16 January 1977 mercenaries landed at the airport.\n\nDOCUMENT 2 PRESS BRIEFING BY THE MINISTER OF FOREIGN AFFAIRS Cotonou, Thursday 20 January 1977 Transcript released by the Ministry of Foreign Affairs and Cooperation\n\nMINISTER: Yesterday thousands of militants marched in the capital.", []string{"1977-01-16", "1977-01-19"}}},
		{ruleDocumentBlock, dateCase{"a numbered document's place of issue", "", "On 26 October 2018 the president dismissed the prime minister.\n\n5. STATEMENT BY THE SPOKESPERSON OF THE SECRETARY-GENERAL New York, 17 November 2018\n\nThe Secretary-General today urged all parties to refrain from violence.", []string{"2018-10-26", "2018-11-17"}}},
		// What a generic subject argues in the present is a view of the
		// past (isGenericView).
		{ruleGenericView, dateCase{"others argue after while", "", "The revolution began in 1952. Some saw its end in 1964, while others argue that it had stalled as early as 1956.", []string{"1952", "1964"}}},
		{ruleGenericView, dateCase{"historians in the present perfect and the present", "", "The party was founded in 1956. Some historians have questioned this date and argue that it took shape only in 1959.", []string{"1956"}}},
		{ruleGenericView, dateCase{"a bare plural with an adjective", "", "The war ended in 1979. Revisionist scholars contend that the army had lost it by 1975.", []string{"1979"}}},
		// A past copula before an adjective or a noun phrase, after a
		// date that opens the clause, states how things stood
		// (isPastCopulaState).
		{ruleCopulaState, dateCase{"this year the streets were empty", "", "The rebels seized the parliament on 27 July 1990. That year the streets were empty except for army patrols.", []string{"1990-07-27"}}},
		{ruleCopulaState, dateCase{"years after, the army was the arbiter", "", "The army was defeated in April 1952. Twelve years after its defeat, the army was once again the arbiter of politics.", []string{"1952-04"}}},
		// A date a name is taken from is no event (isNamedAfter).
		{ruleNameSource, dateCase{"named after the year", "", "The revolt began in October 1911. The revolution, named after the year 1911 in the old calendar, brought down the dynasty.", []string{"1911-10"}}},
		{ruleNameSource, dateCase{"named after a feast that fell on a date", "", "The war began on 6 October 1973. Israelis named the war after Yom Kippur, which fell on 6 October in 1973.", []string{"1973-10-06"}}},
		{rulePresentPassiveDay, dateCase{"a day celebrated as a named day", "", "The army crossed the canal on 6 October 1973. In Egypt, 6 October is celebrated as Armed Forces Day.", []string{"1973-10-06"}}},
		// A paragraph labelled by its year, as a chronology's entries are,
		// is in that year, and its present tells the past (leadYear).
		{ruleYearLead, dateCase{"a numbered entry labelled by its year", "2010-11-30", "The crisis began in 1989.\n\n9.1 2007. On 3 September the party wins the election.\n\n9.2 2009. On 25 August the United States requests his extradition.", []string{"1989", "2007-09-03", "2009-08-25"}}},
		{ruleYearLead, dateCase{"an entry labelled by its year and a colon", "", "The crisis began in 1989.\n\n1993: In March the army was purged.", []string{"1989", "1993-03"}}},
		// A year in a list item's label is the year of the item's dates
		// (labelYear).
		{ruleLabelYear, dateCase{"a year in a bold label", "", "The campaign began in 1970.\n\n- **The Old Mint, 1971**: in the early hours of 1 March a device exploded. - **The Arsenal, 1972**: on 19 May a bomb went off.", []string{"1970", "1971-03-01", "1972-05-19"}}},
		{ruleLabelYear, dateCase{"a year in a plain label", "", "The campaign began in 1970.\n\n- Harbour office, 1973: a bomb damaged the offices on 29 January.", []string{"1970", "1973-01-29"}}},
		// A chronology entry that opens with a time of day alone is on
		// the day its heading names, or the last entry's day (timeLedEntry).
		{ruleTimeLed, dateCase{"clock times under a dated heading", "", "## Events of 4 May 1981 (local time)\n\n- 06:30: Guards seal the gates of the barracks. Shops stay shut in the port. - 9.45 a.m.: The minister arrives by car.", []string{"1981-05-04", "1981-05-04", "1981-05-04"}}},
		{ruleTimeLed, dateCase{"parts of the day under a dated heading", "", "## Chronology: 12 June 1999\n\n- Early afternoon: The general states that the army stays loyal. - Late evening: Crowds gather at the palace.", []string{"1999-06-12", "1999-06-12"}}},
		{ruleBoldTimeLead, dateCase{"times in bold under a dated heading", "", "## Chronology of 1 August 1982\n\n7. **Approximately 4 a.m.** Armed airmen occupied the radio station.\n\n9. **Morning.** Students marched through the city centre.\n\n10. **From approximately 9 a.m.** Loyal units moved on the occupied sites.", []string{"1982-08-01", "1982-08-01", "1982-08-01"}}},
		// A paragraph of fields in bold tells no story; the day one
		// gives alone is the document's date (headFieldsDate).
		{ruleHeadFields, dateCase{"a fact sheet's date of issue", "", "**Issued by:** Osk Rights Centre **Reference:** ORC/22-014 **Date of issue:** 29 July 2022\n\nThe airmen struck on 1 August 1982. A public hearing is due on 5 September.", []string{"1982-08-01", "2022-09-05!"}}},
		{ruleTimeLed, dateCase{"a time after an entry's day", "", "## Chronology\n\n- 3 March 1975: Students occupy the faculty. - 14:00: Police surround the building. - 8 March 1975: The rector resigns.", []string{"1975-03-03", "1975-03-03", "1975-03-08"}}},
		// "For a third day today" is a span ending today (markNthDay).
		{ruleNthDay, dateCase{"for a third day today", "1989-12-28", "BUCHAREST, 24 December (Wire) - Army units fought snipers for a third day today.", []string{"1989-12-22/1989-12-24"}}},
		// A past perfect before the date gives its tense, even after an
		// -ed form that may be a participle (isPerfectAfterEd): an
		// earlier year there is backstory.
		{rulePerfectOverEd, dateCase{"a perfect after a reduced relative", "", "On 18 March 1871 the troops withdrew. They left for the coast, a retreat modelled on a plan he had once proposed in 1848. On 26 March the city voted.", []string{"1871-03-18", "1848", "1871-03-26"}}},
		// A participle phrase set off by commas is a reduced relative: an
		// earlier year in it is backstory (isParticipleAside).
		{ruleParticipleAside, dateCase{"an appositive participle's year", "", "Protests spread in August 1988. The former premier, deposed in 1962, spoke on 9 September.", []string{"1988-08", "1962", "1988-09-09"}}},
		{ruleParticipleAside, dateCase{"an appositive participle's year before a relative day", "", "Protests spread in August 1988. The veteran minister, ousted in 1974, resigned on 9 September. The next day the party met.", []string{"1988-08", "1974", "1988-09-09", "1988-09-10"}}},
		// "The year 1977" is a year by its apposition (bareYear).
		{ruleTheYear, dateCase{"the year as subject", "", "The army struck in June 1976. The year 1977 brought the crisis to a head. On 7 April the prosecutor was shot.", []string{"1976-06", "1977", "1977-04-07"}}},
		{ruleTheYear, dateCase{"in the year", "", "Rebels rose in the year 1911.", []string{"1911"}}},
		// A past day a copula gives as a date is reached, not told
		// (isDefinedDay).
		{ruleDefinedDay, dateCase{"that day after a defined day", "2017-10-18", "On 2 June 1967 a student was shot. The date usually given for the group's birth is 14 May 1970. That day its founders freed a prisoner.", []string{"1967-06-02", "1970-05-14"}}},
		// A vague count of weeks gives a month (counted).
		{ruleVagueWeeks, dateCase{"a few weeks later", "", "On 14 May 1970 the founders freed a prisoner. A few weeks later they travelled abroad.", []string{"1970-05-14", "1970-06~approx"}}},
		{ruleVagueWeeks, dateCase{"several weeks after", "", "On 20 March 1975 the army attacked. Several weeks after the attack the rebels withdrew.", []string{"1975-03-20", "1975-04~approx"}}},
		// A weekday a deadline runs to lies ahead (isDeadlineNounBefore);
		// 1 July 2013 was a Monday.
		{ruleDeadlineNoun, dateCase{"a deadline set in the past", "2013-08-20", "CAIRO, 1 July (Wire) - The campaign set its own deadline of 5 p.m. on Tuesday for the president to resign.", []string{"2013-07-02!"}}},
		// With no year before and no date of writing, a sentence's own
		// year dates the rest of it (narrativeYear).
		{ruleSentenceYear, dateCase{"a range after a season's year", "", "The Commune was a council that held power for a little over two months in the spring of 1871, from 18 March until 28 May.", []string{"1871-03-18/1871-05-28"}}},
		// A quantity as the subject of a passive counts what happened
		// (isQuantityPassive).
		{ruleQuantityPassive, dateCase{"thousands were killed", "", "In 1998 thousands of villagers were killed in the north.", []string{"1998"}}},
		{ruleQuantityPassive, dateCase{"hundreds were quietly shipped", "", "From 1971 hundreds of prisoners were quietly shipped to an island camp.", []string{"1971"}}},
		// A negation in a relative clause with no pronoun denies that
		// clause's verb (contactClauseStart).
		{ruleContactClause, dateCase{"a contact clause denies its own verb", "", "In March 1975 the president appointed a governor the council did not trust.", []string{"1975-03"}}},
		{ruleContactClause, dateCase{"a pronoun opens the contact clause", "", "In 1998 the army took a town they had never held.", []string{"1998"}}},
		{ruleContactClause, dateCase{"a contact clause on a preposition's object", "", "The talks opened on 4 May 1990 at a location the negotiators did not disclose.", []string{"1990-05-04"}}},
		// "The eighth day of the eighth month" is a calendar day
		// (ordinalMonthDay).
		{ruleOrdinalMonth, dateCase{"an ordinal day of an ordinal month", "", "On 23 July 1988 the congress met. The strike began on the eighth day of the eighth month.", []string{"1988-07-23", "1988-08-08"}}},
		{ruleOrdinalMonth, dateCase{"an ordinal month with its year", "", "Students marched on the fourth day of the fifth month of 1919.", []string{"1919-05-04"}}},
		// "Over the next four days" is the span of the days after the
		// narrative's day (nextDays).
		{ruleNextDays, dateCase{"over the next four days", "", "On 8 August 1988 troops opened fire. Over the next four days soldiers shot demonstrators in the capital.", []string{"1988-08-08", "1988-08-09/1988-08-12"}}},
		{ruleNextDays, dateCase{"for the following three days", "", "The rebels took the port on 2 May 1975, and for the following three days they held the customs house.", []string{"1975-05-02", "1975-05-03/1975-05-05"}}},
		// "Before" and "ahead of" open a framing phrase (framingOpener);
		// a subject with no comma ends it (opensNamedSubject).
		{ruleFramingBefore, dateCase{"before the year's happening", "", "Before the 1987 election, the two parties agreed to run as one bloc.", []string{"1987~approx"}}},
		{ruleFramingBefore, dateCase{"ahead of the year's happening", "", "Ahead of the 1994 referendum, the council printed new ballots.", []string{"1994~approx"}}},
		{ruleFramingName, dateCase{"a name opens the subject", "", "During the 2006 war Israeli aircraft bombed the port.", []string{"2006"}}},
		{ruleFramingName, dateCase{"a determiner opens the subject", "", "After the 1999 vote the militias burned the town.", []string{"1999~approx"}}},
		// A quotation inside a happening's report is a detail of it
		// (quotesInHappening).
		{ruleQuoteInHappening, dateCase{"a letter quoted", "", "On 20 April 1998 the agency received a letter declaring that “the armed struggle is over and history”.", []string{"1998-04-20"}}},
		{ruleQuoteInHappening, dateCase{"a chant quoted", "", "On 9 May 1970 the crowd chanted: “down with the army, down with the king” outside the palace.", []string{"1970-05-09"}}},
		// "Over the following weeks" are the weeks that followed
		// (isNextPlural).
		{ruleNextPlural, dateCase{"over the following weeks", "", "War began on 4 May 1994. Over the following weeks the south fired missiles at the capital.", []string{"1994-05-04", "1994-05~approx"}}},
		{ruleNextPlural, dateCase{"in the next days", "", "The army took the port on 3 June 1975. In the next days the rebels withdrew to the hills.", []string{"1975-06-03", "1975-06~approx"}}},
		// "Had the constitution amended" tells of a caused happening
		// (isCausative).
		{ruleCausativeHad, dateCase{"had a law changed", "", "The president had the electoral law changed in 1961 to allow a second term.", []string{"1961"}}},
		{ruleCausativeHad, dateCase{"got an army purged", "", "The minister got the army purged in May 1970 despite the objections of the party.", []string{"1970-05"}}},
		// A passive's agent named by its year dates the clause
		// (passiveBefore).
		{ruleHappeningBy, dateCase{"an agent named by its year", "", "The regime was given its legal form by the charter of 1933.", []string{"1933"}}},
		{ruleHappeningBy, dateCase{"an agent after an adverb", "", "The old town was largely destroyed by the earthquake of 1908.", []string{"1908"}}},
		// A past verb of expectation with an object tells what was looked
		// for (hypotheticalCue).
		{rulePastExpectation, dateCase{"expected an object to", "", "Most diplomats expected the regime to collapse in March 1989.", []string{}}},
		{rulePastExpectation, dateCase{"expected a relative day", "", "On 2 May 1975 the army took the port. Its commanders expected the garrison to surrender within two days.", []string{"1975-05-02"}}},
		// A begin verb and "and ended" bound one span however far from
		// their dates (endsAfterAnd).
		{ruleCompleteEnd, dateCase{"began and was declared complete", "", "Demining began on 3 May 1996 and was declared complete on 9 June 1996.", []string{"1996-05-03/1996-06-09"}}},
		{ruleCompleteEnd, dateCase{"started and was completed", "", "The withdrawal started on 3 May 1996 and was completed on 9 June 1996.", []string{"1996-05-03/1996-06-09"}}},
		{ruleBeginEndClause, dateCase{"opened with and ended when", "", "The revolt opened with a raid on a police post in the hills on 3 May 1953 and ended when the governor fled on 1 January 1959.", []string{"1953-05-03/1959-01-01"}}},
		{ruleBeginEndClause, dateCase{"began with and ended with", "", "The war began with an attack on the border post on 3 May 1990 and ended with a truce signed in the capital on 9 June 1992.", []string{"1990-05-03/1992-06-09"}}},
		// A weekday a directed infinitive holds lies ahead of the call
		// (isDirectedBefore); 24 July 2013 was a Wednesday.
		{ruleDirectedDay, dateCase{"urged to rally on a weekday", "2013-08-22", "CAIRO, 24 July (Wire) - The general urged his supporters to rally on Friday.", []string{"2013-07-26!"}}},
		{ruleDirectedDay, dateCase{"called on to take to the streets", "2013-08-22", "CAIRO, 24 July (Wire) - The general called on citizens to take to the streets on Friday.", []string{"2013-07-26!"}}},
		// A weekday in an infinitive that the past of a verb of promise
		// or intent governs lies ahead of the promise
		// (isPromisedBefore); 12 March 2019 was a Tuesday.
		// A tally in the past perfect passive since a day counted from
		// the dateline spans that day to the dateline's (isTallySince);
		// 7 July 1993 was a Wednesday.
		{ruleTallySince, dateCase{"killed since a weekday", "1993-12-24", "LAGOS, July 7 (HD) - Hospital workers said at least 40 people had been killed since Monday.", []string{"1993-07-05/1993-07-07"}}},
		{ruleTallySince, dateCase{"detained since yesterday", "1989-12-24", "KHARTOUM, 1 July (Wire) - Officials said more than 30 politicians had been detained since yesterday.", []string{"1989-06-30/1989-07-01"}}},
		// A line that is a dispatch's place and day with its year dates
		// the report under it, whose own dateline gives no year
		// (datelineAlone).
		{ruleDatelineAlone, dateCase{"an archive's line over a report a year on", "", "## Army seizes power\n\n**LA PAZ, Wednesday, August 6, 1980**\n\nLA PAZ, Aug. 6 (HD) - Survivors said troops had attacked the mine on Aug. 4.\n\n## Follow-up\n\n**LA PAZ, Tuesday, August 4, 1981**\n\nLA PAZ, Aug. 4 (HD) - The general resigned today.", []string{"1980-08-04", "1981-08-04"}}},
		{rulePromisedDay, dateCase{"vowed to return on a weekday", "2019-12-24", "ALGIERS, 12 March (Wire) - Protest organisers vowed to return to the streets on Friday.", []string{"2019-03-15!"}}},
		{rulePromisedDay, dateCase{"planned to march on a weekday", "2019-12-24", "ALGIERS, 12 March (Wire) - The unions planned to march through the capital on Friday.", []string{"2019-03-15!"}}},
		{rulePromisedDay, dateCase{"pledged to hold on a weekday", "2019-12-24", "ALGIERS, 12 March (Wire) - The party pledged to hold a congress on Saturday.", []string{"2019-03-16!"}}},
		// A weekday or a day without a year after a noun's past
		// participle is behind (isParticipleBefore); 11 December 1956 was
		// a Tuesday.
		{ruleParticipleDay, dateCase{"a statement made on a weekday", "1956-12-20", "LONDON, 11 December (Wire) - You will all have seen the statement made in London and Paris on Monday.", []string{"1956-12-10"}}},
		{ruleParticipleDay, dateCase{"an accord signed on a day", "1956-12-20", "LONDON, 11 December (Wire) - The accord signed on 3 December will take effect next month.", []string{"1956-12-03", "1957-01!"}}},
		// A sentence whose quotations are fragments its own clause takes
		// in is narration (quotesFragments).
		{ruleQuotedFragment, dateCase{"a charge quoted after of", "", "On 6 November 2017 the minister announced the dismissal, accusing the vice-president of \"consistently and persistently showing disloyalty, disrespect, deceitfulness and unreliability\".", []string{"2017-11-06"}}},
		{ruleQuotedFragment, dateCase{"two fragments in indirect speech", "2017-12-01", "HARARE, 14 November (Wire) - The party met.\n\nOn Tuesday the spokesman said in a statement that the remarks were “clearly calculated to disturb national peace” and “suggest treasonable conduct”.", []string{"2017-11-14", "2017-11-14"}}},
		// A hyphenated word is one word of the clause after "two days
		// after" (wordEnd); 6 November 2017 was a Monday.
		{ruleHyphenCompound, dateCase{"an age before the subject's noun", "", "The minister resigned on 6 November 2017, two days after the 93-year-old president attacked him at a rally.", []string{"2017-11-06", "2017-11-04"}}},
		{ruleHyphenCompound, dateCase{"a hyphenated noun as subject", "", "The minister resigned on 6 November 2017, two days after the vice-president attacked him at a rally.", []string{"2017-11-06", "2017-11-04"}}},
		// A participle after a noun, before the clause's own "be", gives
		// the clause no tense (blankReducedRelative).
		{ruleReducedRelative, dateCase{"a count of people killed over a span", "2010-01-01", "The number of people killed between 1965 and 1979 is unknown.", []string{}}},
		{ruleReducedRelative, dateCase{"a count of people detained in a year", "2010-01-01", "The number of prisoners detained in 1970 is unknown.", []string{}}},
		// With no moment of writing, a present state of a written year
		// describes (behindWriting).
		{ruleUndatedPresent, dateCase{"a total over a span in an undated article", "", "Total military dead between 1921 and 1926 are usually put at more than 20,000.", []string{}}},
		{ruleUndatedPresent, dateCase{"a count in an undated article", "", "The number of people killed between 1965 and 1979 is unknown.", []string{}}},
		// A plan in the past perfect tells no event (isOvertakenPlan);
		// 21 November 2017 was a Tuesday.
		{ruleOvertakenPlan, dateCase{"had been due to travel on a weekday", "2017-12-01", "HARARE, 21 November (Wire) - The president resigned.\n\nTwo leaders had been due to travel to the capital on Wednesday to meet him.", []string{"2017-11-21"}}},
		{ruleOvertakenPlan, dateCase{"had been scheduled for a day", "", "The army seized the palace on 2 May 1975. The vote had been scheduled for 11 May.", []string{"1975-05-02"}}},
		// A participle after an object that names a happening places the
		// happening, which the clause tells of (isObjectParticipleDate).
		{ruleHeldHappening, dateCase{"won the elections held on a day", "", "The coalition won the parliamentary elections held on 23 December 2000.", []string{"2000-12-23"}}},
		{ruleHeldHappening, dateCase{"attended a meeting held in a month", "", "The envoy attended a meeting held in October 1991.", []string{"1991-10"}}},
		// A participle after an object WordNet files with what is stated,
		// agreed or declared dates its making (isObjectParticipleDate).
		{ruleMadeDocument, dateCase{"secured a ceasefire announced on a day", "", "American mediation secured a ceasefire announced on 23 January 1964.", []string{"1964-01-23"}}},
		{ruleMadeDocument, dateCase{"negotiated an agreement signed on a day", "", "The envoy negotiated an agreement signed on 5 May 1990.", []string{"1990-05-05"}}},
		// A participle an agent's "by" follows, after a present "be",
		// is a present passive or a reduced relative: a day without a
		// year there comes round every year (blankAgentParticiple).
		{ruleAgentParticiple, dateCase{"a present passive with an adverb before its agent", "", "The movement was founded in 1999. The annual commemoration on 30 May is often marked by protests in the south-east.", []string{"1999"}}},
		{ruleAgentParticiple, dateCase{"a holiday a reduced relative describes", "", "He won a third term in 2015. The anniversary of the president's death on 21 October is a public holiday observed chiefly by his party.", []string{"2015"}}},
		// A relative clause's year past the narrative's, in a sentence
		// whose main clauses write none, is "that year" (isForwardRelative).
		{ruleForwardRelative, dateCase{"that year after a court's ruling", "", "Habré took the capital on 7 June 1982. The dispute was settled by the court, which ruled on 3 February 1994. The last troops withdrew in May of that year.", []string{"1982-06-07", "1994-02-03", "1994-05"}}},
		{ruleForwardRelative, dateCase{"the same year after a subject's relative clause", "", "The hunger strikes ended in 1981. Adams, who became party president in 1983, was elected MP in the same year.", []string{"1981", "1983"}}},
		// An ultimatum told in the past runs to a day in the narrative's
		// year, not the moment of writing's (pastUltimatumTense).
		{rulePastUltimatum, dateCase{"were given until a day", "2003-05-20", "On 21 May 2001 the leaders signed a statement. Fighters were given until 31 May to demobilise.", []string{"2001-05-21", "2001-05-31"}}},
		{rulePastUltimatum, dateCase{"had until a day", "2003-05-20", "On 21 May 2001 the leaders signed a statement. The rebels had until 31 May to disarm.", []string{"2001-05-21", "2001-05-31"}}},
		// A relative clause's day after the day its sentence reached is no
		// anchor for the next sentence (isAsideAfterDay).
		{ruleAsideDay, dateCase{"the same day after a relative clause's later day", "", "On 26 January 1912 a bomb was thrown at the prince, who died of his wounds two days later. The same day, forty commanders sent a telegram.", []string{"1912-01-26", "1912-01-28", "1912-01-26"}}},
		{ruleAsideDay, dateCase{"the next day after an aside's later day", "", "On 3 May 1980 the rebels took the bridge (the town fell on 9 May). The next day they crossed.", []string{"1980-05-03", "1980-05-09", "1980-05-04"}}},
		// A shared form's tense is read up to an infinitive, not from a
		// present the infinitive's words hold (beforeInfinitive); 26 April
		// 1989 was a Wednesday.
		{ruleInfinitiveTail, dateCase{"set up on a weekday to replace what they say", "1989-06-30", "BEIJING, 26 April (Wire) - Students boycotted classes.\n\nOn Sunday they set up a federation, the Students' Federation, to replace the unions they say do not represent them.", []string{"1989-04-26", "1989-04-23"}}},
		// A count of years after "after" and a clause, after the
		// sentence's day, dates the clause back from it (yearsBack).
		{ruleYearsAfterClause, dateCase{"exactly one year after a clause", "", "On 30 June 2013 millions took to the streets, exactly one year after the president was sworn in.", []string{"2013-06-30", "2012-06-30"}}},
		{ruleYearsAfterClause, dateCase{"two years after a clause, to the year", "", "The talks resumed in 1990. On 3 May the treaty was signed, two years after the fighting had ended.", []string{"1990", "1990-05-03", "1988"}}},
		// A present temporal clause a bound or a modal main clause takes as
		// its reference time dates no event (isReferenceClause).
		{ruleReferenceClause, dateCase{"would step down when a mandate ends", "2014-11-30", "OUAGADOUGOU, 28 October (Wire) - The assembly met.\n\nUnder the current text, he would have to step down when his mandate ends in November 2015.", []string{"2014-10-28"}}},
		{ruleReferenceClause, dateCase{"refusing to step down before a term ends", "2017-12-01", "HARARE, 17 November (Wire) - The talks went on.\n\nThe president was refusing to step down before his term ends next year.", []string{"2017-11-17"}}},
		// A plural subject's bare verb of ending is the clause's verb
		// (isPresentAgreeing).
		{rulePluralReference, dateCase{"could resume when the rains end", "1988-07-01", "KHARTOUM, 28 June (Wire) - The garrison held out.\n\nAid officials fear fighting could resume when the rains end in October.", []string{"1988-06-28"}}},
		// A fronted "since" named by a "when" clause, before a present
		// perfect, is a reference point (sinceInPresentPerfect).
		{rulePresentSince, dateCase{"since a year, when, before a present perfect", "2010-01-01", "In 2008 the camps filled. Since 1991, when the last influx occurred, no appeal has been funded in full.", []string{"2008"}}},
		// A range after a preposition, "the" and a noun of a period is a
		// duration (isPeriodRange).
		{rulePeriodRange, dateCase{"throughout the period from", "", "In March 1992 the president dissolved congress. Its members met throughout the period from April until November 1992.", []string{"1992-03"}}},
		{rulePeriodRange, dateCase{"for the years from", "", "The guard fired on the crowd in 1978. Estimates were given for the years from 1977 to 1979.", []string{"1978"}}},
		// "This week" and "next week" give no day: their month
		// (weekByMonths); 24 November 2017 was a Friday, 14 November a
		// Tuesday.
		{ruleWeekMonth, dateCase{"earlier this week", "2017-12-01", "HARARE, 24 November (Wire) - Earlier this week the minister gave companies a three-month amnesty.", []string{"2017-11"}}},
		{ruleWeekMonth, dateCase{"set up this week", "1989-06-30", "BEIJING, 24 May (Wire) - The federation, set up this week, has called for a general strike.", []string{"1989-05"}}},
		{ruleLastWeekMonth, dateCase{"last week", "2017-12-01", "HARARE, 24 November (Wire) - Rebels met in the capital last week.", []string{"2017-11"}}},
		{ruleLastWeekMonth, dateCase{"announced last week", "2009-06-01", "PESHAWAR, 20 May (Wire) - The cabinet last week announced a relief package.", []string{"2009-05"}}},
		{ruleWeekMonth, dateCase{"expected next week", "2017-12-01", "HARARE, 14 November (Wire) - Parliament is expected to vote on the motion next week.", []string{"2017-11!"}}},
		// A week across two months gives its two months (weekByMonths); 1
		// September 2016 was a Thursday, 6 September a Tuesday, 24
		// February 2011 a Thursday.
		{ruleWeekMonths, dateCase{"this week across two months", "2016-09-30", "LIBREVILLE, 1 September 2016 (Wire) - Several airlines cancelled flights to Libreville this week.", []string{"2016-08/2016-09"}}},
		{ruleWeekMonths, dateCase{"last week across two months", "2016-09-30", "LIBREVILLE, 6 September 2016 (Wire) - A mission of heads of state, announced last week, has been postponed.", []string{"2016-08/2016-09"}}},
		{ruleWeekMonths, dateCase{"next week across two months", "2011-03-31", "CHRISTCHURCH, 24 February 2011 (Wire) - The state of emergency is expected to be extended next week.", []string{"2011-02/2011-03!"}}},
		// A plain place and day opening a section under a communication's
		// heading is its moment (plainPlaced); 16 April 2010 was a Friday.
		{rulePlainPlaced, dateCase{"a place and day under a transcript's heading", "2010-04-30", "## 3. Transcript: press conference of the government\n\nGovernment House, Bishkek, Friday 16 April 2010\n\nMINISTER: Yesterday, Bakiyev left the country. The secretary-general visited Bishkek on Monday.", []string{"2010-04-15", "2010-04-12"}}},
		{rulePlainPlaced, dateCase{"a place and day under a statement's heading", "2010-04-30", "## 1. Statement of the government\n\nBishkek, 8 April 2010\n\nYesterday the people rose against the regime.", []string{"2010-04-07"}}},
		// A weekday set before a day with no year fixes the year
		// (namedDayYear): 23 July 2024 was a Tuesday, 23 July 2023 a
		// Sunday.
		{ruleWeekdayYear, dateCase{"a day after the dateline that its weekday places", "2024-08-20", "DHAKA, 21 July (Wire) - The court ruled on Sunday. The government issued a notice on Tuesday, 23 July.", []string{"2024-07-21", "2024-07-23!"}}},
		// Two weekdays bound one span (isWeekdayRange); 20 July 2024 was
		// a Saturday.
		{ruleWeekdayRange, dateCase{"from one weekday to another", "2024-08-20", "DHAKA, 20 July (Wire) - The curfew held. The strike lasted from Sunday to Tuesday.", []string{"2024-07-20", "2024-07-14/2024-07-16"}}},
		{ruleWeekdayRange, dateCase{"two weekdays in a row", "2024-08-20", "DHAKA, 20 July (Wire) - The curfew held. Protests went on on Thursday and Friday.", []string{"2024-07-20", "2024-07-18/2024-07-19"}}},
		{ruleWeekdayRange, dateCase{"a span of days declared holidays", "2024-08-20", "DHAKA, 20 July (Wire) - The curfew held. The government has declared Sunday to Tuesday public holidays.", []string{"2024-07-20", "2024-07-21/2024-07-23!"}}},
		// A day counted past the moment of writing in a clause that is
		// not future is no day of the text.
		{ruleCountedPast, dateCase{"weeks after a fall, in the perfect", "2024-08-30", "DHAKA, 20 August (Wire) - Two weeks after the fall of the government, the country has returned to a fragile normality.", nil}},
		{ruleCountedMonths, dateCase{"months after a start, in the perfect", "2009-09-12", "MINGORA, 11 September (Wire) - The army began its offensive in early June. Four months after the start of the offensive, most of the displaced have returned home.", []string{"2009-06~early"}}},
		{ruleCountedPast, dateCase{"a day after an attack, in the past", "1990-08-30", "PORT OF SPAIN, 28 July (Wire) - Gunmen held the ministers hostage tonight, a day after the attack on parliament.", []string{"1990-07-28"}}},
		// The day a request asks for comes after the asking
		// (isRequestedDay); 16 November 2017 was a Thursday.
		{ruleRequestedDay, dateCase{"called for a march on a weekday", "2017-12-01", "HARARE, 16 November (Wire) - The veterans called for a march through Harare on Saturday.", []string{"2017-11-18!"}}},
		{ruleRequestedDay, dateCase{"called for rallies on a day with no year", "2017-12-01", "HARARE, 16 November (Wire) - The veterans have called for rallies on 24 November.", []string{"2017-11-24!"}}},
		{ruleRequestedDay, dateCase{"a call for a strike", "2017-12-01", "HARARE, 16 November (Wire) - The unions issued a call for a general strike on Monday.", []string{"2017-11-20!"}}},
		{ruleRequestedDay, dateCase{"called for another march", "2020-12-01", "MINSK, 13 November (Wire) - The council has called for another mass march in Minsk on Sunday.", []string{"2020-11-15!"}}},
		// The day a thing named is for lies ahead of the clause and is no
		// day the narrative reached (isTargetFor); 1 August 2024 was a
		// Thursday.
		{ruleTargetFor, dateCase{"rallies announced for two weekdays", "2024-08-20", "DHAKA, 1 August (Wire) - The students announced a new programme of rallies for Friday and Saturday.", []string{"2024-08-02/2024-08-03!"}}},
		{ruleTargetFor, dateCase{"elections called for a day: that night is the call's", "", "On 21 September 1993 the president issued a decree. It dissolved the Congress and called elections to a new parliament, the Federal Assembly, for 12 December. Meeting that night, the court ruled against the decree.", []string{"1993-09-21", "1993-12-12", "1993-09-21"}}},
		{ruleTargetFor, dateCase{"a target does not move the narrative year", "", "In November 1970 the council met and called a congress for 4 February. On 10 December the army struck.", []string{"1970-11", "1971-02-04", "1970-12-10"}}},
		// A span of years after "of" naming a happening a past clause
		// tells of is one span (isOfSpan).
		{ruleHappeningSpan, dateCase{"during the happening of a span written with to", "", "During the nickel boom of 1969 to 1972 thousands of workers arrived.", []string{"1969/1972"}}},
		{ruleHappeningSpan, dateCase{"in the happening of a span written with through", "", "The party came to power in the revolution of 1952 through 1953.", []string{"1952/1953"}}},
		// A date after "until" in a negated clause is when what it denies
		// before came about: no span from the earlier date
		// (isNegatedBefore).
		{ruleNotUntil, dateCase{"did not reopen until, after a day", "", "The state of emergency was lifted on 28 May 2024, but the airport did not reopen until 3 June.", []string{"2024-05-28", "2024-06-03"}}},
		{ruleNotUntil, dateCase{"did not reopen until, in a clause of its own", "", "Macron flew to Noumea on 23 May 2024. The state of emergency was lifted on 28 May, although a curfew remained, and the airport did not reopen to commercial flights until early June.", []string{"2024-05-23", "2024-05-28", "2024-06~early"}}},
		// A past day a little after a dispatch's dateline, before the
		// briefing's date, is a later line of the dispatch
		// (isLaterUpdate).
		{ruleLaterUpdate, dateCase{"sworn in six days after the dateline", "2013-08-20", "CAIRO, 10 July (Wire) - Mansour appointed Beblawi as prime minister yesterday.\n\nThe cabinet was sworn in on 16 July.", []string{"2013-07-09", "2013-07-16"}}},
		// "That same day" or "the next day" after a month told later
		// than the last day told is in that month (isCoarseSameDay).
		{ruleCoarseAnchor, dateCase{"that same day after a month", "", "The Volunteers were founded on 25 November 1913. The Volunteers landed rifles at Howth in July 1914. That same day, soldiers fired on a crowd.", []string{"1913-11-25", "1914-07", "1914-07"}}},
		{ruleCoarseAnchor, dateCase{"the following day after a month", "", "On 3 May 1980 the rebels attacked. In June the army answered. The following day the rebels fled.", []string{"1980-05-03", "1980-06", "1980-06"}}},
		// A bare verb in -t or -d after a plural subject, with no past of
		// its own in WordNet, takes the narrative's tense where its
		// sentence gives none (openBareTense).
		{ruleOpenBare, dateCase{"spread after a plural subject in a past narrative", "2015-01-01", "In 2011 the unrest grew. Protests spread to Bayda on 17 February.", []string{"2011", "2011-02-17"}}},
		{ruleOpenBare, dateCase{"a weekday under a dateline after a past lead", "2020-12-01", "MINSK, 17 August (Wire) - Troops left the square. Protests spread to Brest on Saturday.", []string{"2020-08-17", "2020-08-15"}}},
		// A word in -s straight before a verb whose past is its bare
		// form is the subject's plural noun (nounBeforeVerbAt); 17 August
		// 2020 was a Monday.
		{ruleNounBeforeVerb, dateCase{"estimates put", "2020-12-01", "MINSK, 17 August (Wire) - Police estimates put the crowd on Sunday at 200,000.", []string{"2020-08-16"}}},
		{ruleNounBeforeVerb, dateCase{"attacks hit", "", "In 1993 the war spread. Rebel attacks hit the pipeline on 4 May.", []string{"1993", "1993-05-04"}}},
		// A sentence whose only dates are years naming a noun is undated
		// for an episode (onlyNamingYears).
		{ruleNamingYear, dateCase{"also with a year naming a law", "2005-06-01", "BISHKEK, 11 April (Wire) - Parliament voted on Monday to accept the resignation.\n\nDeputies also stripped the president of privileges that a 2003 law had granted.", []string{"2005-04-11", "2005-04-11"}}},
		// Two weekdays after a begin verb and an end verb are one span
		// (isWeekdayBeginEnd); 3 March 2010 was a Wednesday.
		{ruleWeekdayBeginEnd, dateCase{"began and ended on weekdays", "2010-04-01", "KABUL, 3 March (Wire) - Troops left. Fighting began on Monday and ended on Tuesday.", []string{"2010-03-03", "2010-03-01/2010-03-02"}}},
		{ruleWeekdayBeginEnd, dateCase{"began and lasted until, across a weekend", "2010-04-01", "KABUL, 3 March (Wire) - Troops left. The strike started on Friday and lasted until Monday.", []string{"2010-03-03", "2010-02-26/2010-03-01"}}},
		{ruleContinueThrough, dateCase{"began and continued through a weekday", "1990-03-01", "BAKU, 15 January (Wire) - Troops arrived. The violence began on Saturday after a rally broke up, and it continued through Sunday.", []string{"1990-01-15", "1990-01-13/1990-01-14"}}},
		{ruleContinueThrough, dateCase{"began and lasted into a month", "", "The strike began in February 1990 and lasted into March 1990.", []string{"1990-02/1990-03"}}},
		// A verb of going on coordinated after a dated clause carries it
		// on to the date its "until" governs (isGoingOnUntil).
		{ruleGoingOnUntil, dateCase{"and continued, a place between, until a day named by when", "", "The mutiny broke out in the northern barracks on 4 March 1977 and continued in the harbour district until 8 March, when the last mutineers surrendered.", []string{"1977-03-04/1977-03-08"}}},
		{ruleGoingOnUntil, dateCase{"a participle of going on after a comma", "", "On 2 June 1931 the gunboats began shelling the port and mining the harbour, continuing until 5 June.", []string{"1931-06-02/1931-06-05"}}},
		{ruleGoingOnUntil, dateCase{"until a happening a month dates", "", "The strike began at the docks in April 1952 and lasted with varying support until the signing of a new wage agreement in July 1952.", []string{"1952-04/1952-07"}}},
		// A reduced relative clause of plan in a past clause aims ahead of
		// the clause's time (isPlanRelative).
		{rulePlanRelative, dateCase{"talks due to open, under a dateline", "", "GENEVA, 2 August 2024 (Wire) - Famine has taken hold in the camp.\n\nThe announcement came less than two weeks before peace talks due to open in Switzerland on 14 August.", []string{"2024-08-14!"}}},
		{rulePlanRelative, dateCase{"a vote set to take place, in a narrative", "", "In March 1990 the army left the capital, a week before a vote set to take place on 2 April. Two days later the president resigned.", []string{"1990-03", "1990-04-02!", "1990-04-04"}}},
		// A count of days beside a day spans from or to it
		// (markCountedSpans).
		{ruleCountedSpan, dateCase{"in days of fighting after the day", "", "On 25 April 1992 the militias entered Kabul and, in three days of fighting, drove their rivals out of the ministry.", []string{"1992-04-25/1992-04-27"}}},
		{ruleCountedSpan, dateCase{"a counted meeting that ended today", "", "BEIJING, 24 June 1989 (Wire) - A two-day meeting of the Central Committee, which ended today, confirmed the dismissal.", []string{"1989-06-23/1989-06-24"}}},
		{ruleCountedSpan, dateCase{"a counted siege that ended on a day", "", "A two-week siege that ended on 14 May 1940 left the town in ruins.", []string{"1940-05-01/1940-05-14"}}},
		// A present verb of expectation with an infinitive looks ahead
		// (isExpectedAhead).
		{ruleExpectAhead, dateCase{"expect an object to, on a weekday", "", "WASHINGTON, 9 October 1991 (Wire) - The OAS called for an embargo last night.\n\nDiplomats expect the General Assembly to take up the question on Friday.", []string{"1991-10-08", "1991-10-11!"}}},
		{ruleExpectAhead, dateCase{"expect to, by the end of the month", "", "PORT-AU-PRINCE, 12 October 1994 (Wire) - There are now teams in twenty towns, and we expect to reach most district towns by the end of the month.", []string{"1994-10~late!"}}},
		{ruleOpenBare, dateCase{"the rest of the sentence is past", "2020-12-01", "MINSK, 17 August (Wire) - Strikes spread to Grodno on Saturday, and police detained forty workers.", []string{"2020-08-15"}}},
		// A modal in an adverbial clause after the date is that clause's
		// (opensAdverbialClause).
		{ruleSubordinateModal, dateCase{"until a clause with could", "", "On 7 October 1993 a decree suspended the court until the new parliament could be elected.", []string{"1993-10-07"}}},
		{ruleSubordinateModal, dateCase{"because a clause with could", "", "On 3 May 1980 the minister resigned because he could not govern.", []string{"1980-05-03"}}},
		// A modal in a clause of time after the date's own words is that
		// clause's (opensTimeClause).
		{ruleTimeClauseModal, dateCase{"an aside after, with would have", "", "On 19 September 1891, the day after his term would have ended, the president shot himself.", []string{"1891-09-19"}}},
		// A reporting verb's other forms open speech too (isReportingForm).
		{ruleReportingForms, dateCase{"saying he would", "", "In October 2012 the party's leader, Afonso Dhlakama, moved to an old base in the mountains, saying he would stay there.", []string{"2012-10"}}},
		// A reduced relative's date is what its participle tells, taken
		// as given (dateMoodCue).
		{ruleReducedMood, dateCase{"a treaty signed before would have", "", "A treaty signed by the two ministers on 7 January 1935 would have transferred the strip to Libya.", []string{"1935-01-07"}}},
		{ruleReducedMood, dateCase{"a conference held, under whether", "", "Whether the decision was influenced by a conference held in Calcutta in February 1948 has long been debated.", []string{"1948-02"}}},
		// A quotation of several sentences stays in the sentence quoting
		// it (closedQuotations): no question ends it.
		{ruleQuotedSentences, dateCase{"a chant of questions", "", "On 14 July 2024 the prime minister mocked the students. That night thousands marched through the campus chanting \"Who are you? Who am I?\" in response.", []string{"2024-07-14", "2024-07-14"}}},
		// A table of figures labels its period; no row is a happening
		// (isFigureTable).
		{ruleFigureTable, dateCase{"a table read as a paragraph", "", "Indicator (1 May 2010 -- 30 June 2010): Figure; People killed in the clashes: 23; People injured: 60; People detained during the curfew (1--10 May): 1,351", nil}},
		// A plain report after a told day, with a new subject, goes on
		// telling it (isSequelReport).
		{ruleToldDaySequel, dateCase{"a new subject in the past", "", "On 15 December 1970 strikers marched on the party building. Protesters set fire to it and attacked militia stations.", []string{"1970-12-15", "1970-12-15"}}},
		{ruleContactModal, dateCase{"a contact clause's modal", "1990-12-01", "MONTREAL, 13 August (Wire) - Talks are scheduled to begin on Wednesday at a location the negotiators would not disclose.", []string{"1990-08-15!"}}},
		{ruleContactModal, dateCase{"a contact clause's modal after a past verb", "", "The talks opened on 4 May 1990 at a location the negotiators would not name.", []string{"1990-05-04"}}},
		{ruleNthDay, dateCase{"yesterday for the second straight day", "1989-12-28", "BUCHAREST, 24 December (Wire) - Police clashed with students yesterday for the second straight day.", []string{"1989-12-22/1989-12-23"}}},
		// The headings above a paragraph's own set its moment of writing
		// and its year (enterSections); 18 December 1996 was a Wednesday.
		{ruleHeadingChain, dateCase{"a dated briefing over its subsections", "1997-01-10", "## Briefing No. 1 — Wednesday, 18 December 1996\n\n### Opening statement\n\nGunmen seized the residence yesterday.\n\n### Questions\n\nThe police had warned the embassy on Monday.", []string{"1996-12-17", "1996-12-16"}}},
		{ruleHeadingChain, dateCase{"a date alone over a subsection", "1997-01-10", "## 20 December 1996\n\n### Statement\n\nThe rebels freed 38 hostages yesterday.", []string{"1996-12-19"}}},
		{ruleHeadingChain, dateCase{"a year over a subsection", "", "## 1919: the opening shots\n\n### The first assembly\n\nOn 21 January the deputies met in the capital.", []string{"1919-01-21"}}},
		{ruleHeadingChain, dateCase{"a chronology's day over its hours", "", "## Chronology of 30 September 2010\n\n### Morning\n\n- 07:00: Officers refuse to go on duty.", []string{"2010-09-30"}}},
		// A reduced relative's date before the narrative's year is the
		// noun's past: the narrative stays in its year.
		{ruleReducedBackstory, dateCase{"a participle after a noun, after the clause's verb", "", "Imperial forces attacked from 4 to 20 March 1877. Its members were samurai of the domains defeated by Satsuma in 1868. A force landed on 19 March.", []string{"1877-03-04/1877-03-20", "1868", "1877-03-19"}}},
		{ruleReducedBackstory, dateCase{"a participle with its agent", "", "The siege of the port began on 2 May 1921. The garrison held men of the regiments disbanded by the king in 1905. The relief arrived on 30 May.", []string{"1921-05-02", "1905", "1921-05-30"}}},
		// A briefing's heading dates its own section only: a later
		// heading with a time of its own ends it, one without keeps it.
		{ruleLabelledDay, dateCase{"a transcript's label and its weekday and day, the line break between them joined", "", "The ministry issued the text below after the head of its release.\n\nTRANSCRIPT OF PRESS BRIEFING BY THE DEFENCE MINISTER Tuesday, 12 November 2013, 10:00 a.m.\n\nSPOKESMAN: The army reached the town yesterday.", []string{"2013-11-11"}}},
		{ruleLabelledDay, dateCase{"a statement's label in capitals and its weekday and day", "", "The ministry issued the text below after the head of its release.\n\nSTATEMENT BY THE MINISTRY OF HEALTH Friday, 3 March 2017\n\nThe first cases were confirmed on Wednesday.", []string{"2017-03-01"}}},
		// A label in capitals may give the place of issue before the day
		// instead of a weekday (endsPlaceOfIssue), name a happening after
		// its communication (headedByCommunication), and close with a
		// note on how the text was cut (trimEditorialNote).
		// A weekday in the possessive in the subject of a reported
		// "would" is the one ahead (isPossessiveWould); 24 December 2019
		// was a Tuesday.
		{rulePossessiveWould, dateCase{"a march on the weekday ahead, reported", "2019-12-31", "ALGIERS, 24 December (Wire) - The general died yesterday.\n\nProtest leaders said Friday's march would go ahead as planned.", []string{"2019-12-23", "2019-12-27!"}}},
		// A date right after a present passive of a verb of expectation
		// lies ahead (isExpectedPassiveAt).
		{ruleExpectedPassive, dateCase{"a meeting expected later this month", "2021-12-31", "GABORONE, 5 July 2021 (Wire) - The team left.\n\nA meeting of the heads of state is expected later this month.", []string{"2021-07-05", "2021-07!"}}},
		{ruleExpectedPassive, dateCase{"a result expected in a month with no year", "2021-12-31", "GABORONE, 5 July 2021 (Wire) - The team left.\n\nThe result is expected in March.", []string{"2021-07-05", "2022-03!"}}},
		{ruleLabelledPlace, dateCase{"a statement's label in capitals and its place and day", "", "The ministry issued the texts below.\n\nDOCUMENT 1 STATEMENT BY THE MINISTRY OF FOREIGN AFFAIRS Phnom Penh, 6 February 2011\n\nThe Prime Minister has today written to the Security Council.", []string{"2011-02-06"}}},
		{ruleCommunicationHead, dateCase{"a statement's label naming the meeting it follows", "", "The ministry issued the texts below.\n\nSTATEMENT BY THE CHAIR FOLLOWING THE INFORMAL MEETING OF THE FOREIGN MINISTERS Jakarta, Tuesday, 22 February 2011\n\nThe ministers met in Jakarta today.", []string{"2011-02-22"}}},
		{ruleEditorialNote, dateCase{"a transcript's day with a note that it is cut", "", "The ministry issued the texts below.\n\nTRANSCRIPT: PRESS BRIEFING BY THE SPOKESPERSON Bangkok, Tuesday 26 April 2011 (excerpts)\n\nSPOKESPERSON: The other side initiated the attack on Friday morning.", []string{"2011-04-22"}}},
		{ruleClauseCopula, dateCase{"a past verb after an adjective's phrase, a complement clause's be after the date", "1997-03-27", "The ministers close to the rebels announced on Tuesday that they were leaving the government.", []string{"1997-03-25"}}},
		// A year after "of" on a noun of no happening, no made thing and
		// no thing in the subject is what the noun is about (isAboutNoun).
		{ruleAboutYear, dateCase{"the memory of a year", "", "The memory of 1972 shaped the politics of both communities for the next three decades.", []string{}}},
		{ruleAboutYear, dateCase{"the memory of a year after a dated sentence", "", "Troops entered the town on 3 May 1993. The memory of 1972 shaped how its people met them.", []string{"1993-05-03"}}},
		{ruleAboutYear, dateCase{"the memory of a month", "", "Troops entered the town on 3 May 1993. The memory of December 1970 shaped how its people met them.", []string{"1993-05-03"}}},
		{ruleBodyComplement, dateCase{"a briefing's label naming a department of defense over its place and day", "", "Compiled transcripts, lightly edited for readability.\n\nDEPARTMENT OF DEFENSE NEWS BRIEFING\nThe Pentagon, Tuesday, 15 April 1986, 10:30 a.m.\n\nSPOKESMAN: Our ambassador delivered a letter to the Council last night.", []string{"1986-04-14"}}},
		{ruleBodyComplement, dateCase{"a heading naming the ministry of defense that gives the briefing", "", "## Press briefing by the Ministry of Defense, Friday, 3 March 2017\n\nThe first cases were confirmed on Wednesday.", []string{"2017-03-01"}}},
		{ruleSeriesNumber, dateCase{"a numbered briefing's label over its place and day, a later session", "", "SESSION 1 MINISTRY OF DEFENCE PRESS BRIEFING Monday, 2 May 1994\n\nSPOKESMAN: The rebels left the town.\n\nSESSION 2 MINISTRY OF DEFENCE PRESS BRIEFING Nairobi, Friday, 20 May 1994, 11:00 a.m.\n\nSPOKESMAN: The army reached the town yesterday.", []string{"1994-05-19"}}},
		// A weekday after a word in capitals is a day, not part of a
		// name, when a date follows it or it is not in capitals itself
		// (weekdayStands).
		// A paragraph of a document's head that gives one day with its
		// weekday, place, label or clock is its date of writing
		// (headLine); 24 February 2011 was a Thursday.
		{ruleHeadLine, dateCase{"a head block's lines joined, a place after the clock", "", "TRANSCRIPT OF JOINT MEDIA BRIEFING Thursday 24 February 2011, 4.00 pm Art Gallery Emergency Operations Centre, Christchurch\n\nMODERATOR: A team arrived this morning.", []string{"2011-02-24"}}},
		{ruleHeadLine, dateCase{"a place and weekday before the day", "", "Christchurch, Thursday 24 February 2011\n\nWe declared a state of emergency yesterday.", []string{"2011-02-23"}}},
		{ruleHeadLine, dateCase{"a communication's label in lower case", "", "Press briefing, Thursday 24 February 2011, 16:00 hrs\n\nWe declared a state of emergency yesterday.", []string{"2011-02-23"}}},
		// A paragraph that opens with a weekday and day, a session's head
		// lines joined after it, is the moment of the text below
		// (dayLedLines); 26 November 2021 was a Friday.
		{ruleDayLedLines, dateCase{"a later session's day over its label and place", "", "The ministry issued the text below after the head of its release.\n\nFriday, 26 November 2021 Noon briefing, UN Headquarters, New York Unofficial transcript\n\nSPOKESPERSON: Looting continued yesterday in the capital.", []string{"2021-11-25"}}},
		{ruleWeekdayAfterCapitals, dateCase{"a weekday and day after a label's capitals", "", "The ministry issued the text below after the head of its release.\n\nTRANSCRIPT OF PRESS BRIEFING BY THE DEFENCE MINISTER Tuesday, 12 November 2013, 10:00 a.m.\n\nSPOKESMAN: The army reached the town yesterday.", []string{"2013-11-11"}}},
		{ruleWeekdayAfterCapitals, dateCase{"a weekday after letters in capitals in a dispatch", "", "GENEVA, 7 March 2013 (Wire) - The UN Tuesday sent troops to the town.", []string{"2013-03-05"}}},
		// A month or day without a year in a clause whose subject is a
		// happening named by its year is in that year (subjectNamedYear).
		{ruleSubjectNamedYear, dateCase{"a state's year before its noun, a verb of beginning", "", "In 2019 the army took power. The 2021 unrest began in May.", []string{"2019", "2021-05"}}},
		{ruleSubjectNamedYear, dateCase{"a happening's year after of", "", "In 2019 the army took power. The war of 2021 ended in May.", []string{"2019", "2021-05"}}},
		{ruleSubjectNamedYear, dateCase{"a happening's year before its noun, a span in the clause", "", "In 2019 the army took power. The 2021 unrest began in May and ended on 3 July.", []string{"2019", "2021-05/2021-07-03"}}},
		{ruleSubjectNamedYear, dateCase{"a happening noun in the passive", "", "In 2019 the army took power. The 2021 elections were held on 3 July.", []string{"2019", "2021-07-03"}}},
		// Outside a news report, a pronoun taking up the day's actor in
		// the next sentence of its paragraph goes on telling that day
		// (isToldDayReport).
		{ruleSameParagraphReport, dateCase{"he after the day's actor", "", "On 16 July 2021 the King convened the council. He appointed a new prime minister.", []string{"2021-07-16", "2021-07-16"}}},
		{ruleSameParagraphReport, dateCase{"they twice after the day's actors", "", "On 3 March 1977 the rebels crossed the border. They took the town of Dilolo. They advanced on the mines.", []string{"1977-03-03", "1977-03-03", "1977-03-03"}}},
		{ruleSectionMoment, dateCase{"a later part with a period of its own", "", "## Part three: press briefing, Monday 5 July 2021\n\nThe team arrived in Mbabane yesterday.\n\n## Part four: developments, July - October 2021\n\nOn 16 October the Government closed the schools.", []string{"2021-07-04", "2021-10-16"}}},
		{ruleSectionMoment, dateCase{"a later part of the year's autumn", "", "## Briefing, Tuesday 3 March 1998\n\nTroops entered the town yesterday.\n\n## Events since, March to December 1998\n\nFrom late September the rebels held the pass.", []string{"1998-03-02", "1998-09~late"}}},
		// A heading that labels a communication with its day is the
		// moment of writing (headingMoment); 2 October 2010 was a Saturday.
		{ruleHeadingMoment, dateCase{"a transcript's day", "2010-10-20", "## Transcript: press briefing, Saturday 2 October 2010\n\nThe police revolted on Thursday.", []string{"2010-09-30"}}},
		// A window of weeks ahead of the moment of writing in a plan says
		// by when, not when (isFutureWindow); one after a told day dates
		// what happened in it (within-weeks).
		{ruleFutureWindow, dateCase{"a plan within two weeks of a dateline", "2021-07-20", "MBABANE, 20 July 2021 (Wire) - The envoys left. The Secretariat will report to the Chair within two weeks.", []string{"2021-07-20"}}},
		{ruleFutureWindow, dateCase{"a plan within weeks beside a dated clause", "2006-09-20", "The army seized power on 19 September. A civilian prime minister will be appointed within two weeks.", []string{"2006-09-19"}}},
		// "until" after an infinitive of being that a clause asks or
		// campaigns for ends a state wanted, no event (isWishedStateUntil).
		{ruleWishedState, dateCase{"a state campaigned for", "", "In 1993 the vote was annulled. A group campaigned openly for the general to stay in office until 1997.", []string{"1993"}}},
		{ruleWishedState, dateCase{"a state an accord provided for", "", "In 2013 an accord was signed. It provided for a ceasefire, for the president to remain in office until the end of his term in 2016, and for a government of national unity.", []string{"2013"}}},
		{ruleHeadingMoment, dateCase{"a briefing held on its day", "2004-02-20", "## 12. Extract from the press briefing held in Thimphu on 5 January 2004\n\nThe government announced on Saturday that the operation had ended.", []string{"2004-01-03"}}},
		{ruleHeadingMoment, dateCase{"a statement's day after a dash", "2010-10-20", "## Statement by the minister – 2 October 2010\n\nThe airport reopened yesterday.", []string{"2010-10-01"}}},
		// A reference code in brackets closing a heading is no word of it
		// (trimHeadingCode); 6 March 2017 and 3 May 2004 were Mondays.
		{ruleHeadingCode, dateCase{"a series code after a date alone", "", "## 6 MARCH 2017 (SB-04)\n\nSPOKESMAN: The convoy reached the camp yesterday. The next convoy will leave tomorrow.", []string{"2017-03-05", "2017-03-07!"}}},
		{ruleHeadingCode, dateCase{"a numbered briefing's code after its day", "2004-06-30", "## Press briefing, 3 May 2004 (No. 12)\n\nThe airport reopened on Saturday.", []string{"2004-05-01"}}},
		{ruleHeadingCode, dateCase{"a code in square brackets", "", "## 6 March 2017 [S/PV.7891]\n\nThe council met in closed session last night.", []string{"2017-03-05"}}},
		// A place named after a heading's day, past its time on the
		// clock, leaves the day the moment of writing (trimPlaceAfterDay);
		// a label in capitals is read by ruleSessionHeading as well
		// (TestDateRulesKeep);
		// 3 July 2018 was a Tuesday, 5 May 2004 a Wednesday.
		{ruleHeadingPlaceAfter, dateCase{"a session head, its clock and place after the day", "", "## Media briefing 1 - Tuesday 3 July 2018, 10:00, Media Tent, Tham Luang\n\nGOVERNOR: The divers reached the ledge yesterday. From tomorrow they will teach the boys to dive.", []string{"2018-07-02", "2018-07-04!"}}},
		{ruleHeadingPlaceAfter, dateCase{"a place after a dash", "", "## Press briefing, Wednesday 5 May 2004 — Palais des Nations, Geneva\n\nThe airport reopened yesterday.", []string{"2004-05-04"}}},
		{ruleHeadingPlaceAfter, dateCase{"a bold line's clock and place after the day", "2004-12-31", "**Statement by the minister, 5 May 2004 at 10.30 a.m., Government House, Osk**\n\nThe airport reopened on Saturday.", []string{"2004-05-01"}}},
		// A chronology entry's date may follow the label numbering the
		// entry (isLeadDate): the entry is a headline with no verb.
		{ruleEnumeratedEntry, dateCase{"a lettered entry", "", "(a) 9 June 1999: ceasefire between the two armies.\n\n(b) 14 June 1999: first refugee convoys across the border.", []string{"1999-06-09", "1999-06-14"}}},
		{ruleEnumeratedEntry, dateCase{"a roman-numbered entry", "", "(iv) 2 March 2001 — border clashes near the river.", []string{"2001-03-02"}}},
		// A paragraph opened by a noun of communication and a day is a
		// later addition written that day (updateLabel); 9 March 2011 was
		// a Wednesday.
		{ruleUpdateMoment, dateCase{"an update's weekday", "", "ACCRA, 3 March 2011 (Wire) - The assembly met in closed session.\n\nUpdate, 9 March: The court struck down the decree on Tuesday.", []string{"2011-03-03", "2011-03-08"}}},
		{ruleUpdateMoment, dateCase{"a note's yesterday, in bold", "", "ACCRA, 3 March 2011 (Wire) - The assembly met in closed session.\n\n**Editor's note (9 March)** - The speaker resigned yesterday.", []string{"2011-03-03", "2011-03-08"}}},
		// A quotation does not end a dispatch's episode (isQuotedSpeech);
		// 3 March 2011 was a Thursday.
		{ruleQuoteKeepsEpisode, dateCase{"also after a quoted sentence", "", "ACCRA, 3 March 2011 (Wire) - The president dissolved the cabinet on Wednesday. \"We need a fresh start,\" he told reporters. He also suspended the chief of police.", []string{"2011-03-02", "2011-03-02"}}},
		// A verbless noun phrase naming texts and the days they were
		// issued tells of the text itself (isIssuedTexts).
		{ruleIssuedTexts, dateCase{"a compilation's own span", "", "A compilation of the mission's weekly reports, issued between March and June 1994, arranged by week.", []string{}}},
		{ruleIssuedTexts, dateCase{"statements issued on a day", "", "Three statements by the ministry, released on 4 May 1994.", []string{}}},
		// A compound count after "for a" spans from the day before it
		// (markCountedSpans); 3 March 2011 was a Thursday.
		{ruleForCompoundSpan, dateCase{"a visit for days from a weekday", "", "ACCRA, 3 March 2011 (Wire) - The envoy is due to land in the capital on Monday for a four-day visit.", []string{"2011-03-07/2011-03-10!"}}},
		{ruleForCompoundSpan, dateCase{"a visit for days from a day", "", "The delegation reached Hanoi on 9 May 1972 for a two-day stay.", []string{"1972-05-09/1972-05-10"}}},
		// A month describing a noun in a past clause names a happening
		// already told, at or before the narrative (attributivePast).
		// The -ing of a verb of deliberation makes hypothetical only
		// what follows it (cueScan.openClassCue).
		{ruleDeliberatedAfter, dateCase{"a day before the debating", "", "On 3 May 1968 the minister spent six hours debating with the students.", []string{"1968-05-03"}}},
		{ruleDeliberatedAfter, dateCase{"a day before the pondering", "", "On 3 May 1968 the minister sat for six hours pondering the strike.", []string{"1968-05-03"}}},
		// A weekday of a past clause, decades before the briefing's date,
		// counts from the narrative (isDistantMoment); 14 December 2020
		// was a Monday, 17 December 1970 a Thursday.
		// In a news report, a plain report in the simple past goes on
		// telling the day its paragraph told (isToldDayReport); 3
		// March 2011 was a Thursday. The next paragraph may be
		// background, and a state or a sentence in the present is no
		// report (TestDateRulesKeep).
		// A plain report in the first paragraphs under a dateline whose
		// lead told the dispatch's own day is of that day, though a past
		// perfect before it ended the told day (dispatchBody).
		{ruleDispatchBody, dateCase{"a report after a past perfect under the dispatch's own day", "", "BAKU, 20 January 1990 (Wire) - Tanks rolled into the city today.\n\nDoctors said they had counted sixty dead.\n\nTroops sealed off the central square and detained dozens of men.", []string{"1990-01-20", "1990-01-20"}}},
		// A day none of whose dates is the narrative's ("its Friday
		// edition", which place refuses) turns the dispatch's body to
		// no other day (noteDispatch).
		{ruleUnplacedDay, dateCase{"a report after a day that is no date of the narrative", "", "BUCHAREST, 14 June 1990 (Wire) - Miners took control of the city centre today.\n\nMiners broke into the party's offices. The paper said it could not print its Friday edition. The student leader was found badly beaten near the university.", []string{"1990-06-14", "1990-06-14", "1990-06-14"}}},
		// A report with a verb of saying there is the day's news too
		// (isDispatchReport).
		{ruleDispatchSaying, dateCase{"a condemnation under the dispatch's own day", "", "BAKU, 20 January 1990 (Wire) - Tanks rolled into the city today.\n\nDoctors said they had counted sixty dead.\n\nIn Washington, the State Department announced sanctions against the republic.", []string{"1990-01-20", "1990-01-20"}}},
		// "then" and "after" with no length of time order the
		// dispatch's day (withinDay).
		{ruleDaySequence, dateCase{"after a happening on the dispatch's own day", "", "BEIJING, 22 April 1989 (Wire) - Students packed the square today as the leaders held a funeral. After the ceremony three students knelt on the steps.", []string{"1989-04-22", "1989-04-22"}}},
		{ruleDaySequence, dateCase{"then on the dispatch's own day", "", "BUCHAREST, 13 June 1990 (Wire) - Riot police cleared the square today. A crowd then forced its way into the television building.", []string{"1990-06-13", "1990-06-13"}}},
		// A communication's perfect goes on telling the day it has just
		// told, a speaker's label before it or not (isSpokenPerfect).
		{ruleSpokenPerfect, dateCase{"a passive perfect after the told day", "", "The ministry issued the texts below.\n\nPRESS BRIEFING BY THE SPOKESPERSON Bangkok, Wednesday 20 September 2006\n\n4. Martial law was declared on 19 September. The Constitution has been abrogated.", []string{"2006-09-19", "2006-09-19"}}},
		{ruleSpokenPerfect, dateCase{"a speaker's perfect after the told day", "", "The ministry issued the texts below.\n\nPRESS BRIEFING BY THE SPOKESPERSON Pretoria, Thursday 21 October 2021\n\nSPOKESPERSON: This morning the envoys met the King at Lozitha.\n\nSPOKESPERSON: His Majesty has agreed to a national dialogue.", []string{"2021-10-21", "2021-10-21"}}},
		// The dispatch's own day carries a report into the next
		// paragraph; dispatch-body does too, but only where the lead told
		// the dispatch's own day (a lead that states does not) and for
		// the first paragraphs.
		{ruleDispatchDay, dateCase{"a report in the paragraph after the dispatch's own day", "", "ACCRA, 3 March 2011 (Wire) - The capital is tense. The president dissolved the cabinet on Thursday.\n\nTroops sealed off the parliament and told the deputies to go home.", []string{"2011-03-03", "2011-03-03"}}},
		{ruleDispatchDay, dateCase{"a report in the paragraph after an undated lead", "", "OSH, 12 June 2010 (Wire) - Mobs burned shops in the old town.\n\nPolice fired tear gas near the mosque.\n\nTroops sealed the bridges.\n\nThe mayor closed the markets.\n\nPolice warned the crowd to disperse.", []string{"2010-06-12", "2010-06-12", "2010-06-12", "2010-06-12", "2010-06-12"}}},
		{ruleDispatchDay, dateCase{"a comment does not end the dispatch's own day", "", "LIMA, 7 December 2022 (Wire) - Peru has a new president. Congress removed the president on Wednesday. The vote was the first of three attempts to succeed.\n\nSeveral of his ministers resigned and declared their support for the vice-president.", []string{"2022-12-07", "2022-12-07"}}},
		{ruleSameParagraphReport, dateCase{"a report after the day in its paragraph", "", "ACCRA, 3 March 2011 (Wire) - The president dissolved the cabinet on Wednesday. Troops sealed off the parliament.", []string{"2011-03-02", "2011-03-02"}}},
		{ruleSameParagraphReport, dateCase{"a report after an attribution", "", "ACCRA, 3 March 2011 (Wire) - Police fired on the crowd on Wednesday. Witnesses said soldiers opened fire near the market.", []string{"2011-03-02", "2011-03-02"}}},
		{ruleDistantMoment, dateCase{"the story's weekend in a new paragraph", "2020-12-14", "On 17 December 1970 troops fired on the crowd.\n\nBy the weekend the leadership had agreed that he had to go.", []string{"1970-12-17", "1970-12-19/1970-12-20"}}},
		{ruleAttributivePast, dateCase{"the month's happening a year back", "", "On 9 March 1962 the dockers struck again, demanding the release of those held after the November riots. On 12 March the army moved in.", []string{"1962-03-09", "1961-11", "1962-03-12"}}},
		{ruleHeadingMoment, dateCase{"a briefing's day after of", "", "## Briefing of 27 March 1997\n\nSPOKESPERSON: These figures are modest compared with the quantities taken from the armouries in 1996. A second phase is scheduled to begin on 15 April.", []string{"1996", "1997-04-15!"}}},
		// A past date without a year said at a communication's moment is
		// the nearest such day before it, whatever year an earlier
		// paragraph's backstory reached (momentYear).
		{ruleMomentYear, dateCase{"a day just before the briefing", "2012-01-01", "## Press conference, Monday, 12 March 2007\n\nThe commission, set up on 4 June 2005, has met since.\n\nAfter the clashes of 2 March, the ministers walked out.", []string{"2005-06-04", "2007-03-02"}}},
		// A reporter dates the days he tells of from his dateline, not
		// from an earlier paragraph's background (isReportYear).
		{ruleReportYear, dateCase{"a day after a paragraph of background", "2018-01-01", "BARCELONA, Dec. 22 (Reuters) - Separatists won the regional election on Thursday.\n\nThe largest party was Ciudadanos, a party founded in Barcelona in 2006.\n\nPuigdemont fled to Belgium on Oct. 30.", []string{"2017-12-21", "2006", "2017-10-30"}}},
		// A year completing the verb's object, well ahead of the
		// narrative, is an outcome glanced at (isObjectYearAhead).
		{ruleObjectYear, dateCase{"an outcome two years on", "", "On 20 October 1962 the Chinese attacked. The party was divided; the dispute contributed to the party's split in 1964.\n\nThe fighting resumed on 14 November.", []string{"1962-10-20", "1964", "1962-11-14"}}},
		{ruleObjectYear, dateCase{"a dissolution years on", "", "In March 1965 the front was formed. The quarrel ended with its dissolution in 1970. In June the front took the town.", []string{"1965-03", "1970", "1965-06"}}},
		// A rate that reached a bare percentage states a level, no event
		// (isLevelReached); a share of something named, or an agent's,
		// still dates (TestDateRulesKeep).
		{ruleLevelReached, dateCase{"unemployment reached a level", "", "The war began in 1995. Unemployment reached about 21 per cent in May 2002.", []string{"1995"}}},
		{ruleLevelReached, dateCase{"a figure split by its comma", "", "The war began in 1985. Annual inflation exceeded 7,000 per cent in 1990.", []string{"1985"}}},
		{ruleLevelReached, dateCase{"a relative subject", "", "The junta took power in 1976. The crisis was aggravated by inflation that passed 300 percent during 1975.", []string{"1976"}}},
		// A coordinated clause opened by "by" and a year states what
		// held by then (isYearByState).
		// A fraction of a whole is a count of a clause of being
		// (countsThings).
		// A range of years a verb of ruling spans is a rule, a state
		// (isRulingSpan); a range of days still dates (TestDateRulesKeep).
		{ruleRulingSpan, dateCase{"governed over a range of years", "", "The army struck in 1936. The dictatorship, which governed from 1923 until 1930, had discredited the monarchy.", []string{"1936"}}},
		{ruleRulingSpan, dateCase{"led an object over a range", "", "The army struck in 1963. Manusama led the exile government from 1966 until 1993.", []string{"1963"}}},
		// A year right after a figure that bounds a change is when the
		// figure stood (isFigureBound); a time of day before a day
		// still dates (TestDateRulesKeep).
		{ruleFigureBound, dateCase{"grew from a figure in a year to one by a year", "", "The war began in 1961. The settler population had grown from about 44,000 in 1940 to roughly 170,000 by 1960.", []string{"1961"}}},
		{ruleFigureBound, dateCase{"a figure with its unit", "", "The truce began in 2009. Output fell to around 1.3 million barrels a day in the second quarter of 2008.", []string{"2009"}}},
		// A verbless phrase giving a title over a range is a tenure
		// (isTitleApposition).
		{ruleTitleSpan, dateCase{"a title in an entry", "", "The riots began in 1980.\n\n- **Shehu Shagari:** President of Nigeria from 1979 until the coup of December 1983.", []string{"1980"}}},
		{ruleTitleSpan, dateCase{"in office over a range", "", "The riots began in 1980.\n\n- **Abubakar Rimi:** governor of Kano State, in office from 1979 to 1983, who clashed with the police.", []string{"1980"}}},
		{ruleFractionCount, dateCase{"more than half the population", "", "The crisis began in 2001. By October more than half the population lived below the poverty line.", []string{"2001"}}},
		// An undated perfect of a verb of happening under a dateline is
		// the dispatch's news (isNewsPerfect).
		{ruleDispatchPerfect, dateCase{"a perfect in a dispatch", "2009-03-01", "DHAKA, 25 February (Wire) - Gunfire broke out at the barracks on Wednesday.\n\nThe army chief, General Moeen U Ahmed, has gone to the prime minister's office. Troops have sealed off the roads. Bereket Simon, who speaks for the front, has accused the opposition of organising the unrest.", []string{"2009-02-25", "2009-02-25", "2009-02-25", "2009-02-25"}}},
		// The publisher's note on its own coverage is no event
		// (isPublisherNote).
		{rulePublisherNote, dateCase{"a live page's note on its coverage", "2009-03-01", "DHAKA, 27 February (Wire) - Soldiers found a mass grave on Friday.\n\nWe will resume coverage early on Saturday.", []string{"2009-02-27"}}},
		// A time of day hedged by an approximator is the narrative's
		// day, as it is without one (hourPhrase).
		// A paragraph break keeps the undated carry (told-day-sequel) out
		// of these cases: what they test is the time of day read.
		{ruleApproxTime, dateCase{"at about a clock time", "", "On 15 October 1987 the president met his ministers.\n\nAt about 4:30 p.m. a unit of soldiers arrived in two vehicles.", []string{"1987-10-15", "1987-10-15"}}},
		{ruleApproxTime, dateCase{"by about a clock time", "", "The assault on the parliament began on 4 October 1993. By about 6 pm the leaders had surrendered.", []string{"1993-10-04", "1993-10-04"}}},
		// A single hour counted from the moment told keeps to its day
		// (oneHourPhrase); "for an hour" is a duration.
		{ruleHourLater, dateCase{"within an hour of a departure", "", "She left the residence by helicopter on 5 August 2024.\n\nWithin an hour of her departure, crowds broke into the residence.", []string{"2024-08-05", "2024-08-05"}}},
		{ruleHourLater, dateCase{"an hour later", "", "The rebels seized the radio station on 3 October 1993. An hour later they stormed the mayor's office.", []string{"1993-10-03", "1993-10-03"}}},
		// "by" and a bounded part of the day (byDayPart): the
		// narrative's day, the next one for a morning after its night.
		{ruleByDayPart, dateCase{"by mid-morning", "", "Radio announced the emergency on 19 August 1991.\n\nBy mid-morning columns of armoured vehicles had entered the city.", []string{"1991-08-19", "1991-08-19"}}},
		{ruleByDayPart, dateCase{"by morning after the night", "", "On 23 October 1956 the crowd besieged the radio building, and the siege went on that night. By morning the building was in the insurgents' hands.", []string{"1956-10-23", "1956-10-24"}}},
		{ruleByDayPart, dateCase{"by the afternoon in a reported clause", "", "Turkish tanks crossed into Syria on 24 August 2016.\n\nRebels said they had taken control of the town by the afternoon.", []string{"2016-08-24", "2016-08-24"}}},
		// "for tomorrow" is a plan's target day (markGovernor).
		{ruleForTomorrow, dateCase{"scheduled for tomorrow", "2003-01-23", "The formal signing of the agreement by the heads of delegation is scheduled for tomorrow.", []string{"2003-01-24!"}}},
		// A day with no year after "tomorrow" or "yesterday" in
		// apposition is that day, next to the moment (nowApposedYear).
		// A day after "from" or "starting" right after a noun of a past
		// clause opens what the noun names, ahead (isTargetFrom); 7 May
		// 2013 was a Tuesday, 4 August 2024 a Sunday.
		{ruleTargetFrom, dateCase{"a counted strike starting on a weekday", "2013-06-01", "DHAKA, 7 May (Wire) - Schools reopened today. The BNP and its allies have called a two-day hartal starting on Thursday.", []string{"2013-05-07", "2013-05-09/2013-05-10!"}}},
		{ruleTargetFrom, dateCase{"a counted holiday from a weekday", "2024-09-01", "DHAKA, 4 August (Wire) - The government responded on Sunday by declaring a curfew and a three-day general holiday from Monday.", []string{"2024-08-04", "2024-08-05/2024-08-07!"}}},
		// A heading that names the present sets the moment's year
		// (presentHeadingYear).
		{ruleNowHeading, dateCase{"a day under a heading asking what is happening now", "2024-11-28", "In 2008 the war ended.\n\n## Since 2008\n\nIn 2019 protesters stormed the building.\n\n## What is happening now?\n\nThe latest crisis began over an agreement, signed on 30 October.", []string{"2008", "2019", "2024-10-30"}}},
		{ruleNowHeading, dateCase{"a month under a current situation", "1983-11-10", "In 1979 the army seized power.\n\n## 6. Current situation\n\nIn October the council dissolved itself.", []string{"1979", "1983-10"}}},
		// What someone said is no happening of the day told
		// (isSayingReport); the source of a report of one is named only.
		{ruleSayingReport, dateCase{"said with a state after a dispatch's lead", "", "KYIV, 3 March 2014 (Wire) - Troops seized the airport today. Legal experts said the move had no basis.", []string{"2014-03-03"}}},
		{ruleSayingReport, dateCase{"said with a modal in a told day's paragraph", "", "KYIV, 3 March 2014 (Wire) - Troops seized the airport today. The caucus said it could debate the bill.", []string{"2014-03-03"}}},
		// A quotation's speaker clause that writes the sentence's date is
		// speech (isQuoteSpeakerDated).
		{ruleQuoteSpeaker, dateCase{"a quotation told to a reporter in a month", "", "In September 2011 the strike spread. \"Nobody in the capital is listening to us,\" one striker told a visiting reporter in October, a sentence that circulated widely on social media among the oil workers and their families.", []string{"2011-09"}}},
		{ruleQuoteSpeaker, dateCase{"a statement said in a month before a semicolon", "", "In April 2019 the army removed the president. \"The revolution has not finished its work,\" a statement said in December; what the civilian and military partners can agree on in the next thirty months will decide whether it does.", []string{"2019-04"}}},
		// A present agreeing with a plural head before "of" states
		// (isOfSubjectPresent).
		{ruleOfSubjectPresent, dateCase{"estimates of the dead range", "", "On 15 December 1970 strikers marched on the party building. Estimates of the dead range from 10,000 to 30,000, and perhaps a million easterners fled home.", []string{"1970-12-15"}}},
		{ruleNowApposed, dateCase{"called a meeting for tomorrow, a day", "2019-03-05", "ISLAMABAD, 26 February (Wire) - The party was founded in 1996. The Prime Minister has called a meeting for tomorrow, 27 February.", []string{"1996", "2019-02-27!"}}},
		{ruleNowApposed, dateCase{"effective tomorrow, a day", "2010-12-20", "SEOUL, 24 November (Wire) - The unit was formed in 2009. The minister has resigned, effective tomorrow, 25 November.", []string{"2009", "2010-11-25!"}}},
		// Under a dateline, a plan told with a past copula aims at a day
		// ahead of the dispatch (isCopulaPlan).
		{ruleCopulaPlan, dateCase{"was due to open, reported", "1989-07-05", "KHARTOUM, 4 July (Wire) - The army seized power. Officials said the conference was due to open on 9 September.", []string{"1989-07-04", "1989-09-09!"}}},
		{ruleCopulaPlan, dateCase{"which was due to convene", "1980-07-20", "LA PAZ, 18 July (Wire) - The army seized power. The coup came before the Congress, which was due to convene on August 6.", []string{"1980-07-18", "1980-08-06!"}}},
		// What a verb of request in the present perfect asks to be done
		// lies ahead of the moment of writing (isAskedAhead).
		{ruleAskedAhead, dateCase{"has asked to celebrate Mass", "1996-12-20", "**DR. CORNEJO:** Monsignor Cipriani has asked to celebrate Mass in the residence on 24 December.", []string{"1996-12-24!"}}},
		{ruleAskedAhead, dateCase{"have asked the parties to meet", "1997-02-10", "The committee have asked the parties to meet in Bangui on 3 March.", []string{"1997-03-03!"}}},
		{ruleAskedAhead, dateCase{"have implored the factions to meet", "1997-02-10", "The bishops have implored the factions to meet the mediators in Bangui on 3 March.", []string{"1997-03-03!"}}},
		// A lone year a verb of going on runs to tells how long things
		// went on, no event (isContinuedToYear).
		{ruleContinuedYear, dateCase{"continued until a year", "", "In March 1996 the rebels took the capital. The fighting between the rebels and the alliance continued until 2001.", []string{"1996-03"}}},
		{ruleContinuedYear, dateCase{"continued until the middle of a year", "", "In March 2012 the rebels took the town. The talks continued intermittently, without result, until the middle of 2013.", []string{"2012-03"}}},
		// An aside between dashes closes by a semicolon (isAside): a
		// table's header range sets off none of its rows (a pipe table is
		// read as a paragraph of its rows, "first cell: other cells; …").
		{ruleDashClause, dateCase{"a table under a header's range", "", "The crisis began in late 2001.\n\nDate (December 2001 – July 2002): Event; 16 Dec 2001: First round of the election.; 22 Feb 2002: The mayor is sworn in.\n\nOn 28 February the president declared martial law.", []string{"2001~late", "2001-12/2002-07", "2001-12-16", "2002-02-22", "2002-02-28"}}},
		{ruleDashClause, dateCase{"a lone dash before a semicolon", "", "In 1970 the rebels rose — the army was slow to respond; in May 1971 the capital fell. On 3 June the government fled.", []string{"1970", "1971-05", "1971-06-03"}}},
		// A day in the month the sentence before opened with, after it
		// went on into the next year, returns to that month (returnYear).
		{ruleMonthReturn, dateCase{"a day of the month a sentence opened with", "", "On 10 December 1920 martial law was proclaimed; it was extended to four more counties in January 1921. On the night of 11 December troops burned the city.", []string{"1920-12-10", "1921-01", "1920-12-11"}}},
		{ruleMonthReturn, dateCase{"a month then a later year", "", "The revolt spread in December 1911, and the envoys met in 1912. On 3 December the delegates agreed on a constitution.", []string{"1911-12", "1912", "1911-12-03"}}},
		{ruleDispatchPerfect, dateCase{"a perfect after a live entry's headline", "2009-03-01", "DHAKA, 26 February (Wire) - Gunfire broke out at the barracks on Wednesday.\n\n**Residents told to leave.** Police using loudspeakers have ordered people living within three kilometres to move out.", []string{"2009-02-25", "2009-02-26"}}},
		{ruleMomentYear, dateCase{"a day after the moment's in its year", "2012-01-01", "## Statement by the spokesman, 3 February 2009\n\nThe talks opened on 12 January 2006.\n\nThe rebels left the capital on 20 November.", []string{"2006-01-12", "2008-11-20"}}},
		// A date on a noun of a happening belongs to the noun, not to the
		// modal or future verb: the nearest such day to the moment.
		{ruleNounDate, dateCase{"the events of a day just before", "2012-01-01", "## Press briefing, Tuesday, 6 April 2004\n\nI must also refer to the riots of 25 March.", []string{"2004-03-25"}}},
		{ruleNounDate, dateCase{"a range on a general noun of happening", "2012-01-01", "## Press briefing, Tuesday, 6 April 2004\n\nI must also refer to the events of 25 and 26 March.", []string{"2004-03-25/2004-03-26"}}},
		// A heading giving the place and day of the communication a
		// heading above names (placedMoment).
		{rulePlacedMoment, dateCase{"the place and day of the briefing above", "2006-12-31", "## Press briefing for foreign media\n\n### Army Headquarters, Ratchadamnoen Nok Avenue, Osk — 20 September 2006\n\nGEN. OSK: He was removed as prime minister last night.", []string{"2006-09-19"}}},
		{ruleBoldMoment, dateCase{"a bold line labels a briefing with its day and hour", "1997-12-21", "Fact sheet.\n\n**Press briefing by the Spokesman, Vukovar, Tuesday, 15 April 1997, 12 noon**\n\nSPOKESMAN: Polling closed last night at 7 p.m.", []string{"1997-04-14"}}},
		{ruleBoldPlaced, dateCase{"a bold line gives the place and day of the briefing the title names", "2000-12-31", "## Press briefing on the situation\n\n**Marlborough House, London — Friday, 14 July 2000**\n\nMR. ALDRIDGE: The hostages were released yesterday.", []string{"2000-07-13"}}},
		{ruleClockZone, dateCase{"a time zone after a heading's time", "2000-12-31", "Fact sheet.\n\n## Press briefing, Friday, 14 July 2000, 11:00 BST\n\nSPOKESMAN: The hostages were released yesterday.", []string{"2000-07-13"}}},
		{ruleBoldMoment, dateCase{"a heading's time after its date", "1997-12-21", "Fact sheet.\n\n## Press briefing, Tuesday, 15 April 1997, 12 noon\n\nSPOKESMAN: Polling closed last night.", []string{"1997-04-14"}}},
		{ruleNounDate, dateCase{"the briefing's date is the moment", "2004-04-06", "A commission will investigate the killings of 25 March.", []string{"2004-03-25"}}},
		// A day after "on" on a noun of a happening is the happening's,
		// not a day a modal looks ahead to (isNounDate).
		{ruleNounOnDay, dateCase{"an incident on a day just before", "1997-08-31", "## Briefing of 27 March 1997\n\nI must nevertheless report an incident on 22 March near the crossroads.", []string{"1997-03-22"}}},
		// A vague span counts from the latest month its paragraph told,
		// a list item's too, not from an older day (latestTold).
		{ruleItemMonth, dateCase{"the same week after a list item's month", "", "On 18 December 1980 the army attacked the sect.\n\nThe sect rose three more times:\n\n- **Bulumkutu, October 1982.** In late October 1982 sect members clashed with police. Smaller clashes broke out in Kaduna the same week.", []string{"1980-12-18", "1982-10", "1982-10~late", "1982-10~approx"}}},
		// A yearless day, "to" and a later day with its year are one span
		// without "from" (isBareToRange).
		{ruleBareToRange, dateCase{"a stage's days in a bold lead", "", "The campaign ran in eight stages.\n\n**First stage, 23 February to 19 March 1988.** Troops besieged the headquarters.", []string{"1988-02-23/1988-03-19"}}},
		// "May" before a dash and another month is the span's first month,
		// no verb (dashMonth).
		{ruleMonthDashMonth, dateCase{"a span of months leading a list item", "", "Key milestones:\n\n- May-June 2010: draft constitution prepared; electoral timetable published.", []string{"2010-05/2010-06"}}},
		{ruleBoldPlaced, dateCase{"a bold line gives the place, day and hour of the briefing above", "", "## Press briefing on the situation in Osk\n\nThe ministry issued the text below after the head of its release.\n\n**Army House, Osk — Friday, 14 July 2000, 11:00 BST**\n\nSPOKESMAN: The rebels released the hostages yesterday.", []string{"2000-07-13"}}},
		// A sentence that tells of the text itself dates the text and the
		// texts it replaces (isOwnDocument).
		{ruleOwnDocument, dateCase{"this note replaces an earlier one", "", "The army seized the airport on 2 May 2011. This note replaces the interim note of 3 March 2011.", []string{"2011-05-02"}}},
		{ruleOwnDocument, dateCase{"it, after this sheet, replaces one", "", "The army seized the airport on 2 May 2011.\n\nThis sheet is issued for information only. It replaces Sheet No. 4 of 9 June 2011.", []string{"2011-05-02"}}},
		{ruleOwnDocument, dateCase{"the text's issuing line", "", "The army seized the airport on 2 May 2011.\n\nPublished on 14 August 2011.", []string{"2011-05-02"}}},
		// A negator in a complement without "that" after a reporting verb
		// and its date denies what was said (bareComplementStart).
		{ruleBareComplement, dateCase{"said on a weekday he would not", "", "TAIPEI, 20 March 2014 (Wire) - Students held the chamber. The speaker said on Wednesday he would not ask police to clear the chamber.", []string{"2014-03-20", "2014-03-19"}}},
		// A verb of beginning opens a compound count of days on the day
		// after it (spanAfterCompound).
		{ruleBegunCompound, dateCase{"began a two-day strike today", "", "ISTANBUL, 4 June 2013 (Wire) - Police fired tear gas. The union began a two-day strike today in support of the protesters.", []string{"2013-06-04", "2013-06-04/2013-06-05"}}},
		// A past verb after "and" does not share an earlier conjunct's
		// modal (resumedConjunctAt).
		// An infinitive's aim reaches over a clock's colon (aimHead).
		{ruleClockColon, dateCase{"a ceasefire to take effect at a clock time on a day", "", "On 20 September 1965 the Council passed Resolution 211, demanding a ceasefire to take effect at 07:00 GMT on 22 September. India accepted the following day.", []string{"1965-09-20", "1965-09-22", "1965-09-21"}}},
		{ruleResumedConjunct, dateCase{"a modal in a complement before and and a past verb", "", "The colonel believed that the conflict could be settled by negotiation and met the rebel leader on 28 April 1948.", []string{"1948-04-28"}}},
		// A year joined by "and" to a year naming a thing after "of"
		// names it too (markCoordinatedOf).
		{ruleCoordinatedOf, dateCase{"the subject's spans of years after of and and", "", "The great droughts of 1968–1974 and 1983–1985 destroyed the herds.", []string{"1968/1974", "1983/1985"}}},
		{ruleCoordinatedOf, dateCase{"years after of and and past the verb name", "", "The coup was the third takeover, after those of 1958 and 1969.", []string{}}},
		// A count of years ago before "today" or "tonight" is the
		// moment's day that many years back (anniversaryAgo).
		{ruleYearsAgoToday, dateCase{"years ago tonight", "2024-02-02", "Ten years ago tonight, tanks rolled through the capital.", []string{"2014-02-02"}}},
		{ruleYearsAgoToday, dateCase{"years ago today, on a leap day", "2024-02-29", "Five years ago today, the army took power.", []string{"2019-02-28"}}},
		// Tens and a unit joined by a hyphen are one count
		// (compoundCount).
		{ruleCompoundCount, dateCase{"thirty-five years ago", "2024-02-02", "Thirty-five years ago, tanks rolled through the capital.", []string{"1989"}}},
		{ruleCompoundCount, dateCase{"twenty-one days later", "", "The army took the port on 4 March 1977. Twenty-one days later the rebels left.", []string{"1977-03-04", "1977-03-25"}}},
		// The bound of a window after "within" is no day the narrative
		// reached (dateExpr.withinBound).
		{ruleWithinBound, dateCase{"that evening after within a day", "", "On 1 September 1965 Pakistan launched an offensive. Its tanks overran the town within a day. That evening the air force was called in.", []string{"1965-09-01", "1965-09-02~approx", "1965-09-01"}}},
		// A time in a clause of comparison after ", as" is what the
		// sentence is likened to: no event, no year for the narrative
		// (closesComparisonAs).
		{ruleComparisonAs, dateCase{"as in the year's happening", "", "In October 1979 the Shah entered the United States. In Iran it was seen as the prelude to a restoration, as in the 1953 coup against Mossadegh. On 1 November Bazargan met Brzezinski in Algiers.", []string{"1979-10", "1979-11-01"}}},
		{ruleComparisonAs, dateCase{"as a pronoun and auxiliary had in a year", "", "In May 2001 the bishops lent moral authority to the protests, as they had in 1986.", []string{"2001-05"}}},
		// A vague count of days gives the month it reaches, no day
		// (countedFrom).
		{ruleVagueDays, dateCase{"a few days later", "", "On 1 October 1994 parliament elected Saleh. Hadi was appointed vice-president a few days later.", []string{"1994-10-01", "1994-10~approx"}}},
		{ruleVagueDays, dateCase{"a few days later into the next month", "", "On 29 April 1979 the army took the port. A few days later the rebels fled.", []string{"1979-04-29", "1979-05~approx"}}},
		// "Broke out" opens a span, ", ending" closes it, and an end in
		// a later year may be coarser than the start (isBeginEnd).
		{ruleOutbreakEnd, dateCase{"broke out, ending in a later year", "", "A third round broke out in late November 2005 and consisted largely of clashes between the rebels and the tribes, ending in early 2006.", []string{"2005-11/2006~late"}}},
		{ruleOutbreakEnd, dateCase{"began in a month and ended in a later year", "", "A third round began in November 2005 and ended in 2006.", []string{"2005-11/2006"}}},
		{ruleOutbreakEnd, dateCase{"erupted and ended on a day", "", "Fighting erupted on 3 May 1920 and ended on 9 May.", []string{"1920-05-03/1920-05-09"}}},
		// A span's end may be a day counted from its start, or, after a
		// start counted from the moment, from the moment (isCountedEnd).
		{ruleCountedEnd, dateCase{"ended the next day after a begun day", "", "The coup began as a mutiny over unpaid bonuses on 23 December 1999 and ended the next day with the overthrow of the president.", []string{"1999-12-23/1999-12-24"}}},
		{ruleCountedEnd, dateCase{"continued through the following day", "", "Heavy fighting broke out on 15 December 1960 and continued through the following day.", []string{"1960-12-15/1960-12-16"}}},
		{ruleCountedEnd, dateCase{"two days later ends what began", "", "The talks began on 3 May 1990 and ended two days later.", []string{"1990-05-03/1990-05-05"}}},
		{ruleCountedEnd, dateCase{"opened yesterday and ran into today", "", "BAKU, 22 January 1990 (Wire) - An emergency session opened yesterday and ran into the early hours of today.", []string{"1990-01-21/1990-01-22"}}},
		// A part of the day before a span's day stands in the date
		// (dayPartStart).
		{ruleDayPartBegin, dateCase{"broke out on the afternoon of a day", "", "Heavy fighting broke out on the afternoon of 15 December 1960 and continued through 16 December.", []string{"1960-12-15/1960-12-16"}}},
		{ruleDayPartBegin, dateCase{"ran into the early hours of a day", "", "The talks began on 3 May 1990 and ran into the early hours of 4 May.", []string{"1990-05-03/1990-05-04"}}},
		// "In" after a verb before a count with a direction is the verb's
		// particle: the count is the narrative's (isParticleIn).
		{ruleParticleIn, dateCase{"sworn in a count of days later", "", "On 20 January 2014 the council elected a president. She was sworn in three days later.", []string{"2014-01-20", "2014-01-23"}}},
		{ruleParticleIn, dateCase{"brought in a count of days later", "", "The army took the town on 3 May 1990. Reinforcements were brought in two days later.", []string{"1990-05-03", "1990-05-05"}}},
		{ruleParticleIn, dateCase{"called in a count of days after a day", "", "The president was sworn in on 20 January 2014. Troops were called in two days after 23 January.", []string{"2014-01-20", "2014-01-25"}}},
		// A weekday after ", a" names the day before it (isApposedWeekday).
		{ruleApposedWeekday, dateCase{"a day and a Tuesday", "", "On 13 July 1976, a Tuesday, the army seized the radio station.", []string{"1976-07-13"}}},
		{ruleApposedWeekday, dateCase{"the morning of a day with no year and a Friday", "", "On 14 December 2011 the strikers were told to leave. On the morning of 16 December, a Friday, a crowd gathered in the square.", []string{"2011-12-14", "2011-12-16"}}},
		{ruleApposedWeekday, dateCase{"a Monday and more after a day", "", "On 26 April 1937, a Monday and market day, aircraft bombed the town.", []string{"1937-04-26"}}},
	})
}

// TestDateRulesKeep holds what the date rules must leave as it was.
func TestDateRulesKeep(t *testing.T) {
	checkEventDates(t, []dateCase{
		{"since a day a when clause names dates what it tells (since-state)", "2003-07-20", "The town has been quiet since 12 May, when the rebels left.", []string{"2003-05-12"}},
		{"a day the clause tells before a bare since still dates (since-state)", "", "The rebels took the town on 3 March 2003 and have held it since.", []string{"2003-03-03"}},
		{"a year after and by with no count goes on with the narrative (linked-by)", "", "The rebels crossed in 1999, and by the middle of 2001 the rebels controlled much of the county.", []string{"1999", "2001~mid"}},
		{"a by after its clause's verb is no clause-opening by (linked-by)", "", "The war began in 1962. The army had lost 9,000 men by 1965.", []string{"1962", "1965"}},
		{"a day after and by still dates (linked-by)", "", "The rebels crossed on 3 May 1999, and by 9 May some 4,000 people had fled.", []string{"1999-05-03", "1999-05-09"}},
		{"a quotation said at a news conference is an address (quote-speaker)", "", "CONAKRY, 27 February 2007 (Wire) - The strike ended today. \"We have won a battle, not the war,\" the union leader said at a news conference this morning, adding that the unions would judge the new prime minister.", []string{"2007-02-27", "2007-02-27"}},
		{"a quotation's speaker's statement sent in a relative clause is an act (quote-speaker)", "", "LAGOS, 19 December 2006 (Wire) - Militants attacked a pipeline today. \"We will strike again,\" the group said in a statement, which was sent to journalists on Monday afternoon.", []string{"2006-12-19", "2006-12-18"}},
		{"a source said a happening took place: a report (saying-report)", "", "BEIJING, 4 June 1989 (Wire) - Troops cleared the square today. Witnesses said soldiers opened fire on crowds at Muxidi.", []string{"1989-06-04", "1989-06-04"}},
		{"a source said a passive happening took place (saying-report)", "", "KYIV, 3 March 2014 (Wire) - Troops seized the airport today. Officials said the decree was signed by the president.", []string{"2014-03-03", "2014-03-03"}},
		{"a plural head's phrase with a past verb is a report (of-subject-present)", "", "On 15 December 1970 strikers marched on the party building. Soldiers of the presidential guard opened fire on them.", []string{"1970-12-15", "1970-12-15"}},
		{"an infinitive of being a plan governs announces its end (wished-state)", "2022-01-12", "ALMATY, 12 January 2022 (Wire) - Troops left. It is due to stay in force until 19 January.", []string{"2022-01-12", "2022-01-19!"}},
		{"an attempt is made on its weekday (promised-day)", "2019-12-24", "ALGIERS, 12 March (Wire) - The army sought to storm the town on Friday.", []string{"2019-03-08"}},
		{"a promise overtaken after had is the clause's (promised-day)", "2019-12-24", "ALGIERS, 12 March (Wire) - The union had planned to strike on Friday.", []string{"2019-03-08"}},
		{"a promise's own weekday before its infinitive is the promise's (promised-day)", "2019-12-24", "ALGIERS, 12 March (Wire) - The group vowed on Friday to step up attacks.", []string{"2019-03-08"}},
		{"a running tally in the present perfect is no span (tally-since)", "1993-12-24", "LAGOS, July 7 (HD) - Riots spread today. At least 100 people have been killed since Monday.", []string{"1993-07-07"}},
		{"a tally since a calendar day is no span (tally-since)", "2020-12-24", "YEREVAN, Nov. 12 (Wire) - Officials said 1,383 servicemen had been killed since Sept. 27.", []string{}},
		{"a verb whose participle is its bare form makes a passive, no state (isCopulaState)", "", "CAIRO, 18 January 1977 (Wire) - Workers poured into the streets today. Police stations were set alight.", []string{"1977-01-18", "1977-01-18"}},
		{"a news perfect in the passive needs no object (isPerfectOfHappening)", "", "ACCRA, 3 March 2011 (Wire) - The army seized power on Wednesday.\n\nThe constitution has been suspended.", []string{"2011-03-02", "2011-03-03"}},
		{"a place and day over a transcript is no dateline (dateline-alone)", "2004-12-31", "Libreville, 15 December 2004\n\nSPOKESPERSON: The Observatory has written to several governments. We will report their answers in April.", []string{"2005-04!"}},
		{"a verb of going on with a subject of its own carries nothing on (going-on-until)", "", "The army took the port on 4 March 1977, and the governor continued in office for some weeks until the arrival of his successor from the capital on 8 April.", []string{"1977-03-04", "1977-04-08"}},
		{"a verb of going on in a relative clause carries nothing on (going-on-until)", "", "The army took the port on 4 March 1977, which the rebels had held and continued to hold until 8 March.", []string{"1977-03-04", "1977-03-08"}},
		{"a day counted after another clause's day is its own (counted-end)", "", "The army took the town on 3 May 1990 and the rebels fled two days later.", []string{"1990-05-03", "1990-05-05"}},
		{"a count of days ahead from the narrative is no end (counted-end)", "", "On 8 August 1988 troops opened fire. Over the next four days soldiers shot demonstrators.", []string{"1988-08-08", "1988-08-09/1988-08-12"}},
		{"in a count of days after a noun is a duration (particle-in)", "", "On 20 January 2014 the army landed. It advanced 50 km in two days after the landing.", []string{"2014-01-20"}},
		{"in a count of days ahead is from the moment (particle-in)", "2014-01-20", "The army will take the town in three days.", []string{"2014-01-23!"}},
		{"a weekday with no article after a day is a day of its own (apposed-weekday)", "", "The rebels took the port on 13 July 1976, and on Friday the army retook it.", []string{"1976-07-13", "1976-07-16"}},
		{"a day counted from a day before a begin form stays apart (counted-end)", "", "On 20 January 2014 the council elected a president. She resigned three days later.", []string{"2014-01-20", "2014-01-23"}},
		{"a happening of a year in the subject dates the clause (about-year)", "", "The uprising of 1972 shaped the politics of both communities.", []string{"1972"}},
		{"a name's noun of a year in the subject dates the clause (about-year)", "", "The Meiji Restoration of 1868 swept away the shogunate.", []string{"1868"}},
		{"a transcript's turn is no paragraph of fields (headFieldsDate)", "", "**Spokesperson:** The vote was held on 3 May 2005.", []string{"2005-05-03"}},
		{"a participle of release opens a story, no issuing line (isOwnDocument)", "", "Released on bail, the colonel fled to Lome in October 1991.", []string{"1991-10"}},
		{"a report this sheet sums up, published on a day (isOwnDocument)", "", "This sheet summarises the report *Abuses in the north*, published by the Office of the High Commissioner on 12 March 2018.", []string{"2018-03-12"}},
		{"a briefing given on a day, after this sheet, is told of (isOwnDocument)", "", "This sheet is issued for information only. It is followed by the text of the press briefing given at the ministry on 9 November 1983.", []string{"1983-11-09"}},
		{"a part of the story under a statement stays a part (placedMoment)", "2006-12-31", "## Statement of the commission\n\n### The massacre at Osk, 20 September 2006\n\nThe rebels had entered the town the night before.", []string{}},
		{"a numbered section of the story under a briefing is no place and day (placedMoment)", "", "## Background briefing: Osk\n\n### 3. The capital on 30 July 1981\n\nOn 1 August the rebels released the hostages, and the president returned on 2 August.", []string{"1981-08-01", "1981-08-02"}},
		{"a session head in capitals, its clock and place after the day (heading-place-after, session-heading)", "", "## BRIEFING 1 - TUESDAY 3 JULY 2018, 10:00, MEDIA TENT, THAM LUANG\n\nGOVERNOR: The divers reached the ledge yesterday. From tomorrow they will teach the boys to dive.", []string{"2018-07-02", "2018-07-04!"}},
		{"a series code after a weekday and day in capitals (heading-code, session-heading)", "", "## MONDAY, 6 MARCH 2017 (SB-04)\n\nSPOKESMAN: The convoy reached the camp yesterday. The next convoy will leave tomorrow.", []string{"2017-03-05", "2017-03-07!"}},
		{"a participle that is the clause's own verb moves the narrative (reduced-backstory)", "", "The siege began on 2 May 1921. Troops moved to the port, and the regiment landed in 1905. On 30 May the relief arrived.", []string{"1921-05-02", "1905", "1905-05-30"}},
		{"an annex that names no time goes on in the briefing's moment (section-moment)", "", "## Briefing, Wednesday 20 September 2006\n\nThe army seized power yesterday.\n\n## Annex: background note\n\nThe court annulled the poll on 8 October.", []string{"2006-09-19", "2005-10-08"}},
		{"a subsection of the briefing keeps its moment (section-moment)", "", "## Briefing, Wednesday 20 September 2006\n\n### Questions, 2006\n\nThe army seized power yesterday.", []string{"2006-09-19"}},
		{"events, in title case, are a happening, no place (placedMoment)", "", "## Background briefing: Osk\n\n### The Events of 30 July 1981\n\nOn 1 August the rebels released the hostages.", []string{"1981-08-01"}},
		{"the next paragraph's report is no part of the day (same-paragraph-report)", "", "ACCRA, 3 March 2011 (Wire) - The president dissolved the cabinet on Wednesday.\n\nThe army seized power in a coup.", []string{"2011-03-02"}},
		{"a sentence with a present perfect is no report of the day (same-paragraph-report)", "", "ACCRA, 3 March 2011 (Wire) - The president dissolved the cabinet on Wednesday. An aide told reporters the committee has been given seven days.", []string{"2011-03-02"}},
		{"a length of years in the main clause is no report of the day (same-paragraph-report)", "", "ACCRA, 3 March 2011 (Wire) - The president resigned on Wednesday. He ruled the country for nearly 30 years.", []string{"2011-03-02"}},
		{"a length of weeks in a relative clause leaves the report of the day (same-paragraph-report)", "", "ACCRA, 3 March 2011 (Wire) - The army reopened the road on Wednesday. Villagers, who waited for weeks at the roadblock, cheered the soldiers.", []string{"2011-03-02", "2011-03-02"}},
		{"a present sentence in the day's paragraph is no report (same-paragraph-report)", "", "ACCRA, 3 March 2011 (Wire) - The president dissolved the cabinet on Wednesday. The army controls the capital.", []string{"2011-03-02"}},
		{"a state in the day's paragraph is no report (same-paragraph-report)", "", "ACCRA, 3 March 2011 (Wire) - The president dissolved the cabinet on Wednesday. The cabinet was unpopular.", []string{"2011-03-02"}},
		{"outside a news report an undated sentence with a span of time stays undated (told-day-sequel)", "", "On 2 March 2011 the president dissolved the cabinet. Troops sealed off the parliament in the last hours of the regime.", []string{"2011-03-02"}},
		{"outside a news report an undated denial stays undated (told-day-sequel)", "", "On 2 March 2011 the president dissolved the cabinet. Troops did not seal off the parliament.", []string{"2011-03-02"}},
		{"outside a news report an undated state stays undated (told-day-sequel)", "", "On 2 March 2011 the president dissolved the cabinet. The army dominated the capital.", []string{"2011-03-02"}},
		{"outside a news report an undated modal stays undated (told-day-sequel)", "", "On 2 March 2011 the president dissolved the cabinet. Troops would seal off the parliament.", []string{"2011-03-02"}},
		{"a day after the considering stays weighed (deliberated-after)", "", "In April 1968 the students struck. The minister was considering a visit on 3 May. On 6 May the police charged.", []string{"1968-04", "1968-05-06"}},
		{"would have after a weekday's happening announces nothing ahead (possessive-would)", "2019-12-31", "ALGIERS, 24 December (Wire) - The general died yesterday.\n\nLeaders said Friday's march would have drawn a million.", []string{"2019-12-23", "2019-12-20"}},
		{"an expectation of the past is no plan ahead (expected-passive)", "2021-12-31", "GABORONE, 5 July 2021 (Wire) - The team left.\n\nA meeting of the heads of state was expected later that month.", []string{"2021-07-05"}},
		{"a paragraph a month on from the narrative's latest date goes on in its year (told-month)", "", "On 5 August 1994 the rebels took the town. In July 1995 the army struck back.\n\nOn 28 August the rebels withdrew.", []string{"1994-08-05", "1995-07", "1995-08-28"}},
		{"a month told in the year before, inside the paragraph, keeps the narrative year (told-month)", "", "On 5 May 1994 the rebels took the town. On 9 September 1995 the army struck back, and on 4 May the rebels withdrew.", []string{"1994-05-05", "1995-09-09", "1995-05-04"}},
		{"a month further back than the year before's latest keeps the narrative year (told-month)", "", "In June 1992 the fighting began. On 10 December 1992 the front took the capital. The warlord died in March 1993.\n\nIn June the court banned the opposition.", []string{"1992-06", "1992-12-10", "1993-03", "1993-06"}},
		{"a sentence's place and day is no label (labelled-place)", "", "The ministry issued the texts below.\n\nThe minister spoke in Phnom Penh, 6 February 2011\n\nThe council was briefed today.", []string{"2011-02-06"}},
		{"a label a happening heads is no communication's (communication-head)", "", "The ministry issued the texts below.\n\nTHE MASSACRE AT OSK STATEMENT Jakarta, 22 February 2011\n\nThe ministers met in Jakarta today.", []string{}},
		{"a code in brackets is no editorial note (editorial-note)", "", "The ministry issued the texts below.\n\nPRESS BRIEFING BY THE SPOKESPERSON Bangkok, Tuesday 26 April 2011 (PB 2011)\n\nSPOKESPERSON: The other side initiated the attack on Friday morning.", []string{}},
		{"a sentence about a briefing on a weekday and day is no label (labelled-day)", "", "The briefing was given on Tuesday, 12 November 2013.", []string{"2013-11-12"}},
		{"a label naming no communication before a day sets no moment (labelled-day)", "", "FLOODS IN THE NORTH Tuesday, 12 November 2013\n\nThe army reached the town yesterday.", []string{}},
		{"a weekday a capitalised word names stays a name (weekday-after-capitals)", "", "The paratroopers fired on marchers on Bloody Sunday. The inquiry reported in 2010.", []string{"2010"}},
		{"a name in capitals writes its weekday in capitals (weekday-after-capitals)", "", "## BLOODY SUNDAY\n\nThe inquiry reported in 2010.", []string{"2010"}},
		{"a text's year before its noun leaves the narrative's year (subject-named-year)", "", "In 2019 the army took power. The 1995 constitution was amended in May.", []string{"2019", "2019-05"}},
		{"a year in an opener names no subject (subject-named-year)", "", "In 2019 the army took power. Under the 1995 constitution the army withdrew in May.", []string{"2019", "2019-05"}},
		{"a pronoun's state is no happening of the day (same-actor)", "", "On 2 February 2014 the prime minister lost the vote. She remained in office as caretaker.", []string{"2014-02-02"}},
		{"a happening named after a heading's day stays a part of the story (heading-place-after)", "", "## Statement, 5 May 2004, The Massacre at Osk\n\nThe rebels had entered the town the night before.", []string{}},
		{"words in lower case after a heading's day are no place (heading-place-after)", "", "## Press briefing, 5 May 2004, after the fall of Osk\n\nThe airport reopened yesterday.", []string{}},
		{"a pronoun in the next paragraph leaves the day (same-actor)", "", "On 16 July 2021 the King convened the council.\n\nHe appointed a new prime minister.", []string{"2021-07-16"}},
		{"a pronoun in the present tells how things stand (same-actor)", "", "On 16 July 2021 the King convened the council. He holds all executive power.", []string{"2021-07-16"}},
		{"a pronoun after an undated sentence leaves the day (same-actor)", "", "On 16 July 2021 the King convened the council. The council is an old institution. He appointed a new prime minister.", []string{"2021-07-16"}},
		{"a day after a clause-opening by is an event", "", "By 10 November 1956 organised fighting had largely stopped.", []string{"1956-11-10"}},
		{"a year after by carries the narrative to the next clause", "", "By early 1920 the police had abandoned hundreds of stations, and on the night of 3 April they burned them.", []string{"1920-04-03"}},
		{"a title over a span of a happening is no tenure", "", "The general was president until his murder in 1997.", []string{"1997"}},
		{"a day a verb of going on runs to still dates (isContinuedToYear)", "", "Fighting continued until 5 May 1971.", []string{"1971-05-05"}},
		{"a span a verb of going on runs over still dates (isContinuedToYear)", "", "The war lasted from 1963 until 1966.", []string{"1963/1966"}},
		{"a verb of ruling over a range still dates", "", "From 1936 to 1939 reformist officers governed the country.", []string{"1936/1939"}},
		{"a year after a by inside the clause is no state of its opening", "", "The army retook the town by force in 1971.", []string{"1971"}},
		{"the day after a day reached by an implicative infinitive", "", "On 3 May 1980 the rebels attacked, and they managed to take the bridge on 5 May. The following day they crossed.", []string{"1980-05-03", "1980-05-05", "1980-05-06"}},
		{"a plan expected in the passive, an adverb before the participle", "2005-04-20", "OSLAN, 4 April (Wire) - The early presidential vote is now expected on 10 July.", []string{"2005-07-10!"}},
		{"a law is no made text: its participle only tells which", "", "Parliament approved a law passed on 5 May 1990.", []string{}},
		{"a begun experiment is dated by its start only", "", "The war ended the democratic experiment begun in 1991.", []string{}},
		{"a dispatch's perfect that runs up to the day, or is speech, is no news of it (isNewsPerfect)", "2009-03-01", "DHAKA, 25 February (Wire) - Gunfire broke out at the barracks on Wednesday.\n\nRomanians have queued for bread for most of the decade. We have heard different timetables. The party has issued no statement. The army has begun taking opponents to the barracks. It is the first operation the force has conducted abroad. She has said she will return when it is safe.", []string{"2009-02-25"}},
		{"no opening the subject denies", "", "No elections were held in 2009.", []string{}},
		{"no opening the subject of a passive denies", "", "No party won a majority in 1994.", []string{}},
		{"a paragraph's number is no year", "", "The crisis began in 1989.\n\n12. In March the army was purged.", []string{"1989", "1989-03"}},
		{"a day of a month two sentences back keeps the later year (returnYear)", "", "On 10 December 1920 martial law was proclaimed. In January 1921 it was extended. On 11 December troops burned the city.", []string{"1920-12-10", "1921-01", "1921-12-11"}},
		{"a day after a year written in its own sentence keeps it (returnYear)", "", "On 10 December 1920 martial law was proclaimed; it was extended in January 1921. In 1921 the army struck, and on 11 December it withdrew.", []string{"1920-12-10", "1921-01", "1921", "1921-12-11"}},
		{"a noun's day nearer ahead of the moment stays ahead", "2004-04-06", "Observers will monitor the elections of 15 May.", []string{"2004-05-15!"}},
		{"a paragraph's own year keeps its days under a briefing's moment", "2012-01-01", "## Press briefing, Tuesday, 6 April 2004\n\nThe rebels rose in September 2002, and on 25 December they took Man.", []string{"2002-09", "2002-12-25"}},
		{"a label with no year keeps the narrative's", "", "The campaign began in 1970.\n\n- **The Arsenal**: on 19 May a bomb went off.", []string{"1970", "1970-05-19"}},
		{"an item with no time under a dated heading", "", "## Chronology of 4 May 1981\n\n- Guards seal the gates of the barracks.", []string{}},
		{"a time of day under a heading with no day", "", "## The strike of 1981\n\n- 06:30: Guards seal the gates of the barracks.", []string{}},
		{"a named entry under a dated heading", "", "## Actors on 4 May 1981\n\n- Night Watch: a militia that guards the gates.", []string{}},
		{"a year is no clock time", "", "## Chronology of 4 May 1981\n\n- 1914: The party wins the vote.", []string{}},
		{"a share of what is named is won, no level (isLevelReached)", "", "Nyusi won the presidency with about 57 per cent of the vote in October 2014.", []string{"2014-10"}},
		{"an agent's bare percentage is no level (isLevelReached)", "", "In the election of 1990 Aristide won 67 per cent.", []string{"1990"}},
		{"a named person's percentage is no level (isLevelReached)", "", "Nyusi won 57 per cent in 2014.", []string{"2014"}},
		{"a rule over a range of days still dates (isRulingSpan)", "", "The authority governed from 1 October 1962 until 1 May 1963.", []string{"1962-10-01/1963-05-01"}},
		{"a passive over a range of years is no rule (isRulingSpan)", "", "The region was ruled from 1899 to 1956 by a condominium.", []string{"1899/1956"}},
		{"a time of day before a day is no figure (isFigureBound)", "", "The curfew was shortened to midnight to 4 a.m. on 28 May 2014.", []string{"2014-05-28"}},
		{"an ordinal is no fraction (isFractionOf)", "", "The deadline passed, and only on 5 April 1974 was the third coalition installed.", []string{"1974-04-05"}},
		{"called for calm: the day is the call's", "2017-12-01", "HARARE, 16 November (Wire) - The party called for calm on Monday.", []string{"2017-11-13"}},
		{"called for a resignation: the day is the call's", "2017-12-01", "HARARE, 16 November (Wire) - The party called for his resignation on Monday.", []string{"2017-11-13"}},
		{"a request in a narrative with no moment of writing", "", "On 3 May 1988 the students met. On 5 May the federation called for a general strike on Monday.", []string{"1988-05-03", "1988-05-05", "1988-05-09"}},
		{"a weekday that agrees keeps the year", "", "In 1988 the students met. On Monday, 8 August, the strike began.", []string{"1988", "1988-08-08"}},
		{"a weekday's year never after the briefing's date", "2024-07-22", "DHAKA, 21 July (Wire) - The court ruled on Sunday. The government issued a notice on Tuesday, 23 July.", []string{"2024-07-21", "2023-07-23"}},
		{"two weekdays apart are two days", "2024-08-20", "DHAKA, 20 July (Wire) - The curfew held. Protests went on on Monday and Friday.", []string{"2024-07-20", "2024-07-15", "2024-07-19"}},
		{"a day counted ahead in a future clause", "2024-08-30", "DHAKA, 5 August (Wire) - The premier fled. Two weeks after her fall, the army will return to barracks.", []string{"2024-08-05", "2024-08-19!"}},
		{"last week across two months gives its months (week-months)", "2017-12-10", "HARARE, 6 December (Wire) - Rebels met in the capital last week.", []string{"2017-11/2017-12"}},
		{"next week across two months gives its months (week-months)", "2017-12-01", "HARARE, 24 November (Wire) - Parliament is expected to vote on the motion next week.", []string{"2017-11/2017-12!"}},
		{"before dawn after a day with no hour", "", "On 4 May 1980 rebels entered the town. Before dawn the garrison surrendered.", []string{"1980-05-04", "1980-05-04"}},
		{"after midnight after a day with no hour", "", "On 4 May 1980 rebels entered the town. Shortly after midnight the garrison surrendered.", []string{"1980-05-04", "1980-05-04"}},
		{"the early hours of a date", "", "Rebels entered the town in the early hours of 4 May 1980.", []string{"1980-05-04"}},
		{"after dark is a habit in the present", "", "On 4 May 1980 rebels entered the town. The market closes after dark.", []string{"1980-05-04"}},
		{"a year alone before a dispatch keeps its year", "", "In 1990 the republic declared its independence.\n\nVILNIUS, Jan. 13 — Soviet troops stormed the television tower today.", []string{"1990", "1990-01-13"}},
		{"a happening's title with its day is no moment of writing", "2010-10-20", "## The mutiny, 2 October 2010\n\nThe airport reopened yesterday.", []string{"2010-10-19"}},
		{"a label with two days is no moment of writing", "2010-10-20", "## Briefing on the events of 1 and 2 October 2010\n\nThe airport reopened yesterday.", []string{"2010-10-19"}},
		{"a day opening a heading titles a part of the story", "2010-10-20", "## 2 October 2010: the statement\n\nThe airport reopened yesterday.", []string{"2010-10-19"}},
		{"a present before its object stays present", "2020-12-01", "MINSK, 17 August (Wire) - The opposition is divided. The government sends monitors to Grodno on Saturday.", []string{"2020-08-22!"}},
		{"a verb with a past of its own stays present after a past sentence", "2020-12-01", "MINSK, 17 August (Wire) - Troops left the square. Leaders meet in Vilnius on Saturday.", []string{"2020-08-17", "2020-08-22!"}},
		{"a bare form beside a present stays present", "2020-12-01", "MINSK, 17 August (Wire) - Troops left the square. Talks start in Vilnius on Saturday and are expected to last a week.", []string{"2020-08-17", "2020-08-22!"}},
		{"a bare form after a present sentence stays present", "2020-12-01", "MINSK, 17 August (Wire) - The opposition is divided. Talks start in Vilnius on Saturday.", []string{"2020-08-22!"}},
		{"since a year alone", "2010-01-01", "The town has been quiet since 2001.", []string{}},
		{"until a year, with no when", "", "The general took power on 29 March 1981 and ruled until 1990.", []string{"1981-03-29/1990"}},
		{"a happening of a year in the present", "2010-01-01", "The revolution of 1952 remains a symbol.", []string{}},
		{"a plan's participle and for keep the plan's reading", "", "On 3 May 1980 the rally, set for 9 May, was banned.", []string{"1980-05-03", "1980-05-09!"}},
		{"a modal in the main clause after a bound stays hypothetical", "", "On 7 October 1993 the court could have ruled before the vote.", []string{}},
		{"until after a clause that is not negated is a span", "", "The rebels held the town from March 1990 until May 1991.", []string{"1990-03/1991-05"}},
		{"a day after the dateline is last year's where that is nearer", "2013-01-20", "CAIRO, 5 January (Wire) - Mansour appointed Beblawi yesterday.\n\nThe cabinet was sworn in on 20 December.", []string{"2013-01-04", "2012-12-20"}},
		{"a day after the dateline and the briefing's date is last year's", "2013-07-12", "CAIRO, 10 July (Wire) - Mansour appointed Beblawi yesterday.\n\nThe cabinet was sworn in on 16 July.", []string{"2013-07-09", "2012-07-16"}},
		{"that evening after an epilogue's month is the story's", "", "By the morning of 28 April 1978 resistance had collapsed. The president was given a state funeral in March 2009. That evening, the radio broadcast statements.", []string{"1978-04-28", "2009-03"}},
		{"a relative clause on a thing named otherwise", "", "In 1979 the army invaded. Many countries boycotted the Games, which opened on 19 July.", []string{"1979", "1979-07-19"}},
		{"a future weekday under a dateline is the report's day", "2021-12-20", "WARSAW, Dec. 2 — The museum said its staff will lay wreaths at the mine on Thursday.", []string{"2021-12-02!"}},
		{"a past weekday on that weekday", "2021-12-02", "The museum said its staff laid wreaths at the mine on Thursday.", []string{"2021-12-02"}},
		{"a weekday that is no declared day", "2022-01-20", "ALMATY, 12 January (Wire) - Troops left the city. The council met Friday a second time.", []string{"2022-01-12", "2022-01-07"}},
		{"perhaps before a clause", "", "On 1 May 1974 the army perhaps marched through the capital.", []string{}},
		{"a figure as late as a year", "", "The town had about 300 people as late as 1990.", []string{}},
		{"weeks later across a month keeps the year", "", "On 10 April 1975 the rebels took the town. Weeks later the army retook it.", []string{"1975-04-10", "1975~approx"}},
		{"the weeks after across a month keep the year", "", "On 20 April 1975 the rebels took the town. In the weeks after the assault the army shelled it.", []string{"1975-04-20", "1975~approx"}},
		{"weeks later after a month keeps the year", "", "On 4 December 1976 the movement was founded. In August 1998 the commander apologised. Weeks later the graves were opened.", []string{"1976-12-04", "1998-08", "1998~approx"}},
		{"a past copula after and sums up a year", "", "The rebels took the town in 1979, and 1980 was the bloodiest year of the war.", []string{"1979", "1980"}},
		{"a count held by a verb of doing", "", "By the end of September 1977 the rebels held around 90 per cent of the province.", []string{"1977-09~late"}},
		{"a count with a relative clause of a happening", "", "On 15 October 2015 the three groups were among eight armed groups that signed the ceasefire.", []string{"2015-10-15"}},
		{"a copula before a phrase of place with a count", "2010-06-25", "OSH, 20 June (Wire) - A spokesman said troops had been \"the only barrier\" between the two communities during the four days of killing, from 10 to 14 June.", []string{"2010-06-10/2010-06-14"}},
		{"a count of time spent", "", "The leader spent about seven months in jail in 1982.", []string{"1982"}},
		{"a named speaker says that", "", "The war ended in 1979. The general argues that the army had lost it by 1975.", []string{"1979", "1975"}},
		{"generic subjects in the past", "", "The war ended in 1979. Historians agreed that the army had lost it by 1975.", []string{"1979", "1975"}},
		{"generic subjects in a news report", "2021-05-20", "KABUL, 12 May (Wire) - Residents say that the militia left the town on Monday.", []string{"2021-05-10"}},
		{"a copula after the date of a happening's noun", "", "At the time of the deployment on 14 March 2011 the public estimates were about a thousand troops.", []string{"2011-03-14"}},
		{"a copula before a date in its complement", "", "The result was the New York Agreement of 15 August 1962.", []string{"1962-08-15"}},
		{"renamed after a happening tells when", "", "The town was renamed after independence in 1975.", []string{"1975"}},
		{"a day declared in a past passive reports", "", "The rebels took the town in 1990. 5 May 1991 was declared a holiday.", []string{"1990", "1991-05-05"}},
		{"a passive in the perfect after a day reports", "2010-01-01", "The rebels took the town in 1990. 3 May has been declared a day of mourning.", []string{"1990", "2009-05-03"}},
		{"a year naming a subject of a copula", "", "The 1978 World Cup was a showcase for the regime.", []string{}},
		{"a year naming a subject in the present", "2010-01-01", "The 1995 constitution remains in force.", []string{}},
		{"a year naming an object", "", "The army crushed the 1988 uprising.", []string{}},
		{"through a year, a happening", "", "Through 1985 the guerrillas attacked the army posts.", []string{"1985"}},
		{"through a year, a state turned passive", "", "Through 1985 the town remained occupied by rebels.", []string{"1985"}},
		{"in both of two years apart", "", "The economy contracted in both 1984 and 1987.", []string{"1984", "1987"}},
		{"a participle and by after a long noun phrase", "", "The port fell on 7 July 1964, two days after the arrival of the troops of the council deployed by the envoy.", []string{"1964-07-07"}},
		{"within two days keeps its day", "", "On 11 April 2024 the garrison withdrew. Within two days the rebels had withdrawn.", []string{"2024-04-11", "2024-04-13~approx"}},
		{"a plan in the present", "1971-01-01", "Talks are scheduled for 3 June.", []string{"1971-06-03!"}},
		{"a present plan reported in the past", "1990-08-20", "PORT OF SPAIN, Aug. 3 — The men were charged. Their first appearance is scheduled for Monday, a police spokesman said.", []string{"1990-08-03", "1990-08-06!"}},
		{"a participle clause's year after the narrative's", "", "Protests spread in August 1958. The premier, elected in 1962, spoke on 9 September.", []string{"1958-08", "1962", "1962-09-09"}},
		{"a participle opening the sentence is no aside", "", "Protests spread in August 1988. Deposed in 1962, the premier spoke on 9 September.", []string{"1988-08", "1962", "1962-09-09"}},
		{"a past verb before a perfect elsewhere", "", "On 18 March 1871 the troops withdrew. The army was defeated in 1848, as he had feared.", []string{"1871-03-18", "1848"}},
		{"a future day a copula gives", "2017-10-18", "The deadline is 14 May 2030.", []string{"2030-05-14!"}},
		{"two weeks later keeps its day", "", "On 14 May 1970 the founders freed a prisoner. Two weeks later they travelled abroad.", []string{"1970-05-14", "1970-05-28"}},
		{"a deadline that passed on a weekday", "2013-08-20", "CAIRO, 4 July (Wire) - The army's deadline passed on Tuesday without a deal.", []string{"2013-07-02"}},
		{"a quantity's copula states a figure", "", "In 1998 more than half of the children were out of school.", []string{}},
		{"a quantity's level is a figure", "", "In 1990 some 40 percent of the vote was estimated at 2 million ballots.", []string{}},
		{"a denied verb before its object", "", "In 1998 the rebels never attacked the town the army held.", []string{}},
		{"a participle's noun as subject of a denied verb", "", "In 1998 a minister named Ruiz did not resign.", []string{}},
		{"the nth day of a happening counts from it", "", "On 2 June 1990 the offensive began. On the third day of the offensive the town fell.", []string{"1990-06-02", "1990-06-04"}},
		{"within the next days is a bound", "", "On 8 August 1988 troops opened fire. Within the next four days the army had retaken the city.", []string{"1988-08-08"}},
		{"over the next few days gives no span", "", "On 8 August 1988 troops opened fire. Over the next few days soldiers shot demonstrators.", []string{"1988-08-08"}},
		{"a year naming the object after before", "", "The council met before the 1994 referendum.", []string{}},
		{"a quotation opening its attribution is speech", "", "“We will defend the city to the last man,” the general said on 4 March 1975.", []string{}},
		{"a quotation after a verb of saying is speech", "", "On 4 March 1975 the general declared that “the city will be defended to the last man”.", []string{}},
		{"a quotation closed by a comma before its attribution is speech", "", "The army was “ready to defend the city to the last man,” the general said on 4 March 1975.", []string{}},
		{"a participle with a past be after it narrates", "", "The men arrested in 1970 were released in 1972.", []string{"1970", "1972"}},
		{"put it is saying", "", "As the minister put it in April 1975, “there is no military answer to a political question”.", []string{}},
		{"the following weeks as a subject", "", "War began on 4 May 1994. The following weeks were quiet.", []string{"1994-05-04"}},
		{"had an object a participle describes", "", "The war ended the experiment begun in 1991.", []string{}},
		{"a plural noun after a possessive is no present verb", "", "The rebels left before their peace talks in May 1990.", []string{"1990-05"}},
		{"an ultimatum in a dispatch runs ahead of its dateline", "2017-12-01", "HARARE, 14 November (Wire) - The party gave the president until 20 November to resign.", []string{"2017-11-20!"}},
		{"had an indefinite object is possession", "", "The party had a newspaper founded in 1920.", []string{}},
		{"by after an active verb", "", "The regime justified its rule by the charter of 1933.", []string{}},
		{"expected to after a noun is a plan", "1999-11-01", "The force will leave, with the handover expected to be completed in early 2000.", []string{"2000~early!"}},
		{"a past verb of seeking is a happening", "", "He sought asylum in the Netherlands in 1988.", []string{"1988"}},
		{"an end told by another subject", "", "The war began with an attack on the border post on 3 May 1990, and the army ended its offensive on 9 June 1992.", []string{"1990-05-03", "1992-06-09"}},
		{"a weekday the directing verb has", "2013-08-22", "CAIRO, 24 July (Wire) - On Monday the general urged his supporters to stay calm.", []string{"2013-07-22"}},
		{"a participle with its auxiliary is the verb", "1956-12-20", "LONDON, 11 December (Wire) - The accord will be signed on Monday.", []string{"1956-12-17!"}},
		{"after midnight early on a day", "", "Early on 6 January 2022 the bloc agreed to send troops. Its chairman announced it shortly after midnight.", []string{"2022-01-06", "2022-01-06"}},
	})
}

// TestCoordinatedDaysApart: two days coordinated across a comma and a
// new predicate, or more than a month apart, stay two events (rule
// coordinated-days joins only one phrase's days).
func TestCoordinatedDaysApart(t *testing.T) {
	for _, tt := range []dateCase{
		{"a comma and a new predicate", "", "They seized the city on 4 August 1964, and on 7 September the rebels proclaimed a republic.", []string{"1964-08-04", "1964-09-07"}},
		{"more than a month apart", "", "The rebels attacked the town on 3 March and 5 May 1983.", []string{"1983-03-03", "1983-05-05"}},
	} {
		if got := eventDates(t, tt.ref, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q\n got %q\nwant %q", tt.name, tt.text, got, tt.want)
		}
	}
}
