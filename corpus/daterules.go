package corpus

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// dateRules names the date rules turned off, for ablation: a rule's
// worth is what the development briefings score without it
// (TestEventAblation). Nil, in use, turns none off.
type dateRules map[string]bool

// The date rules that can be turned off, each a general pattern of
// English with its own cases in TestDateNightAndPlans.
const (
	// ruleNightRoll: a time after midnight, or before dawn after a day
	// told into its night, is the next day ("At 10 p.m. on Sunday … Shortly
	// after midnight" is Monday).
	ruleNightRoll = "night-roll"
	// ruleNightTimes: the times of the night a narrative tells by other
	// words than a clock's or WordNet's hours: "twenty past midnight",
	// "past midnight", "in the early hours", "after dark".
	ruleNightTimes = "night-times"
	// rulePastPlan: a plan told in the past ("talks were scheduled for
	// June") aims at a date of the narrative, not of the moment of
	// writing, and the next days count from it (see pastPlanTense).
	rulePastPlan = "past-plan"
	// ruleWhenNamed: a bound after "since" or "until" that a "when"
	// clause names ("since February 1948, when they seized power") dates
	// what that clause tells, as "after 1966, when" does.
	ruleWhenNamed = "when-named"
	// rulePresentSince: a "since" bound that opens its clause and that a
	// "when" clause names, before a present perfect ("Since 1991, when
	// the last influx occurred, no appeal has been funded"), is the
	// reference point of a state that holds now, no event (see
	// sinceInPresentPerfect).
	rulePresentSince = "present-since"
	// rulePeriodRange: a range after a noun of a period ("the period
	// from April until November 1992") is a duration the clause is
	// about, no event (see isPeriodRange).
	rulePeriodRange = "period-range"
	// rulePluralReference: a temporal clause whose plural subject takes
	// a bare verb of beginning or ending ("could resume when the rains end
	// in October") is a reference clause as one with an -s form is (see
	// isReferenceClause).
	rulePluralReference = "plural-reference"
	// ruleHappeningIn: a year after "of" names a happening that a past
	// clause tells of taking part in, after "in", "during" or "through"
	// ("came to power in the revolution of 1952"), as "stood in the 1982
	// election" does: the clause's time.
	ruleHappeningIn = "happening-in"
	// ruleNamedYear: a date without a year in a relative clause on a
	// thing named by its year ("the 1978 World Cup, which the country
	// hosted from 1 to 25 June") is in that year.
	ruleNamedYear = "named-year"
	// ruleFutureWeekday: outside a news report, "will meet on Thursday"
	// written on a Thursday is the next one (see isFutureWeekdayAhead).
	ruleFutureWeekday = "future-weekday"
	// ruleDeclaredDay: a weekday a declaration makes a kind of day ("has
	// declared Monday a day of mourning") is the day ahead the
	// declaration is for (see isDeclaredDay).
	ruleDeclaredDay = "declared-day"
	// ruleHedgedFraction: "perhaps" or "possibly" before a fraction
	// ("perhaps half a million people marched") hedges the count, not
	// the clause, as it does before a number.
	ruleHedgedFraction = "hedged-fraction"
	// ruleThatSame: "that same July" is "that July", stressed: the
	// narrative year's July ("same" only says it is the one just told).
	ruleThatSame = "that-same"
	// ruleWithinWeeks: "within two weeks" (or "within about two weeks")
	// of a day gives the window's month, or its year when the window
	// crosses a month, not a day: the text says by when, not when.
	ruleWithinWeeks = "within-weeks"
	// ruleAsLateAs: a year after "as late as" or "as early as" is the
	// clause's time, stressed.
	ruleAsLateAs = "as-late-as"
	// ruleRelativeAside: the verb of a relative clause set off by a
	// comma ("the Public Relations Department, which runs state radio,")
	// is its noun's, not the tense of the clause that holds the date.
	ruleRelativeAside = "relative-aside"
	// ruleNthDay: "fought for a third day today" is a span of three days
	// ending today (see markNthDay).
	ruleNthDay = "nth-day"
	// rulePerfectOverEd: a past perfect before the date ("a decision
	// modelled on the strategy he had once recommended in 1848") is the
	// date's tense even where an -ed form comes first in its clause:
	// after a noun such a form is as often a reduced relative as a past
	// verb (see isPerfectAfterEd).
	rulePerfectOverEd = "perfect-over-ed"
	// ruleParticipleAside: a participle phrase set off by commas after a
	// noun ("U Nu, deposed in 1962, declared on 9 September") is a
	// reduced relative clause, background to its noun as "who was
	// deposed in 1962" is: a year in it before the narrative's is
	// backstory and does not move the narrative (see isParticipleAside).
	ruleParticipleAside = "participle-aside"
	// ruleTheYear: a year after "the year" ("The year 1977 brought the
	// confrontation to a head", "in the year 1911") is a year by the
	// apposition itself, whatever word comes before it.
	ruleTheYear = "the-year"
	// ruleDefinedDay: a past day written in full that a copula gives as
	// what something's date is ("The date usually given for the group's
	// birth is 14 May 1970") is no event of its own, but the narrative
	// reaches it: "That day" in the next sentence is that day (see
	// isDefinedDay).
	ruleDefinedDay = "defined-day"
	// ruleVagueWeeks: "a few weeks later", "several weeks after the
	// vote" give the month the counted day falls in, not a day: the text
	// gives no day, as "the following week" gives none.
	ruleVagueWeeks = "vague-weeks"
	// ruleDeadlineNoun: a weekday a deadline or an ultimatum runs to
	// ("set its own deadline of 5 p.m. on Tuesday") is the next such day,
	// whatever the tense of the verb that set it (see
	// isDeadlineNounBefore).
	ruleDeadlineNoun = "deadline-noun"
	// ruleSentenceYear: where neither the text before nor a date of
	// writing gives a year, a date without one takes the year its own
	// sentence wrote out before it ("in the spring of 1871, from 18 March
	// until 28 May").
	ruleSentenceYear = "sentence-year"
	// ruleWeeksWindow: a few weeks with no count ("weeks later", "in the
	// weeks after the attack", "over the following weeks") keep the
	// month their window lies in, or the year when it crosses a month,
	// as "within two weeks" does (see vagueWeeks).
	ruleWeeksWindow = "weeks-window"
	// ruleCopulaPerfect: a date that opens its clause, after "and" or
	// "but" too, as the subject of a copula in the perfect ("18 May has
	// been a day of remembrance since 1997") is a day the clause
	// classes, as under "is" (see isDateSubjectOfCopula).
	ruleCopulaPerfect = "copula-perfect"
	// ruleSubjectYear: a year before the noun of a past clause's
	// subject ("A 1934 amendment introduced socialist education")
	// dates the sentence, as one after "of" does ("The amendment of
	// 1934 introduced"; see isSubjectYear).
	ruleSubjectYear = "subject-year"
	// ruleThroughState: a period after "through", as after
	// "throughout", and a few words into its name ("Through the middle
	// months of 1987 the country remained tense") spans a state, no
	// happening (see isStateThroughout).
	ruleThroughState = "through-state"
	// ruleCoordinatedSpan: consecutive periods coordinated however the
	// coordination is marked ("in both 1984 and 1985", "in February and
	// again in March") are one span, as "in 1984 and 1985" is (see
	// isCoordinatedNext).
	ruleCoordinatedSpan = "coordinated-span"
	// ruleCoordinatedDays: two days written in full, each with its
	// month, joined by "and" ("the elections of 30 June and 7 July") or
	// "and again on", a month apart at most, are one span, as "on 26 and
	// 28 December" is (see isCoordinatedDays).
	ruleCoordinatedDays = "coordinated-days"
	// ruleCompleteEnd: a day after "completed" or "complete" ("was
	// declared complete on 20 June 1996") ends the span a begin form
	// opened ("Demilitarization began on 21 May 1996"), as after "ended"
	// (see isBeginEnd).
	ruleCompleteEnd = "complete-end"
	// ruleLongSubject: a clause after "a day after" may open with a
	// long subject before its verb in the simple past ("a day after the
	// leaders of the five coalition parties agreed"), as before "had" or
	// "was" (see clauseAt).
	ruleLongSubject = "long-subject"
	// ruleTimeLed: a chronology entry that opens with a time of day alone
	// ("- 07:00: Officers refuse to go on duty", "- Early afternoon: …")
	// is on the day its section's heading names ("Chronology of 30
	// September 2010"), or the day the last entry that opened with a day
	// gave (see timeLedEntry).
	ruleTimeLed = "time-led-entry"
	// ruleLabelYear: a year in a list item's label ("- **U.S. Capitol,
	// 1971**: in the early hours of 1 March …") is the year of the item's
	// dates that give none (see labelYear).
	ruleLabelYear = "label-year"
	// ruleEmbeddedNo: a "no" in a clause inside the subject ("Run-off
	// votes in districts where no candidate won a majority are scheduled
	// for 13 March") denies that clause's verb, not the one that governs
	// the date (see embeddedClause).
	ruleEmbeddedNo = "embedded-no"
	// ruleInfinitiveAim: a day an infinitive looks ahead to, after a day
	// the sentence told ("signed a ceasefire on 27 May, to take effect on
	// 1 June"), is no day the narrative reached: the next sentence's
	// "the following day" counts from the signing (see placed.aim).
	ruleInfinitiveAim = "infinitive-aim"
	// ruleStativeSpan: a date after "until", or a range, in a clause
	// whose verb is one of being or having in WordNet (verb.stative:
	// "dominated the party until 2018") ends or spans a state, and is no
	// event (see isStativeSpan).
	ruleStativeSpan = "stative-span"
	// ruleBecomeBy: "By 2004 the country had become one of the largest
	// producers" states a result reached by the date, no event (see
	// isBecomeBy).
	ruleBecomeBy = "become-by"
	// ruleYearByState: a year after a clause-opening "by" ("By mid-2025
	// the insurgents controlled…", "By early 2025 the party had split")
	// is when the clause's state held, no event (see isYearByState).
	ruleYearByState = "year-by-state"
	// ruleLinkedBy: a "by" after a coordinator that opens a clause ("…,
	// and by 2003 roughly 3.4 million people were displaced") or right
	// after a relative pronoun ("a force that by 1965 numbered 70,000")
	// opens its clause as a sentence-opening "by" does, for
	// ruleYearByState (see byAfterLink).
	ruleLinkedBy = "linked-by"
	// ruleSinceState: a day after "since" over a perfect of "be" ("The
	// town had been controlled since 12 May", "universities, which have
	// been closed since 17 July", "have been boycotting classes since
	// Monday") is the reference point of a state that holds to the time
	// of telling, as a year there is: no event, not the state's onset
	// (see isOnsetSince, the reading it turns off).
	ruleSinceState = "since-state"
	// ruleThroughAspect: a date after "through" or "throughout" whose
	// clause tells a lasting or recurring happening ("continued",
	// "there were", "repeatedly") spans it and dates no moment (see
	// tellsLasting).
	ruleThroughAspect = "through-aspect"
	// ruleOfficeSpan: "held office" or "held power" over a range or up
	// to an "until" is a tenure, as a title over it is (see heldOffice).
	ruleOfficeSpan = "office-span"
	// ruleQuotedFragment: a sentence whose quotations are all fragments
	// its own clause takes in ("announced the dismissal on Monday,
	// accusing him of "disloyalty, deceit and unreliability"") is
	// narration, however much of it is quoted (see quotesFragments).
	ruleQuotedFragment = "quoted-fragment"
	// ruleHyphenCompound: a word joined by hyphens ("the 93-year-old
	// president", "the vice-president") is one word of a clause's subject
	// when a clause is looked for after "two days after" (see clauseAt).
	ruleHyphenCompound = "hyphen-compound"
	// ruleReducedRelative: a participle after a noun that governs a date
	// before the clause's own "be" or "have" ("the number of people
	// killed between 1965 and 1979 is unknown") gives the clause no tense
	// (see blankReducedRelative).
	ruleReducedRelative = "reduced-relative"
	// ruleAgentParticiple: a past participle that an agent's "by"
	// follows, after a present "be" and before any past form, is a
	// passive or a reduced relative, no past tense: "the annual
	// commemoration on 30 May is often marked by protests", "the
	// anniversary on 21 October is a public holiday observed chiefly by
	// its supporters" (see blankAgentParticiple).
	ruleAgentParticiple = "agent-participle"
	// ruleUndatedPresent: with no moment of writing, a date that writes
	// its year lies behind it, so a present state of it describes (see
	// behindWriting).
	ruleUndatedPresent = "undated-present"
	// ruleOvertakenPlan: a plan in the past perfect ("had been due to
	// travel on Wednesday") tells no event (see isOvertakenPlan).
	ruleOvertakenPlan = "overtaken-plan"
	// ruleQuantityPassive: a quantity as the subject of a passive or a
	// perfect ("In 1998 thousands of people were killed") counts what
	// happened; only a copula's complement states a figure (see
	// isQuantityPassive).
	ruleQuantityPassive = "quantity-passive"
	// ruleContactClause: a negation in a relative clause with no pronoun
	// on the object of the date's verb ("In February 1973 he named a
	// minister the army did not want") denies that clause's verb, not
	// the date's (see contactClauseStart).
	ruleContactClause = "contact-clause"
	// ruleOrdinalMonth: "the eighth day of the eighth month" is a day of
	// the calendar, 8 August, not the eighth day of something begun
	// before (see ordinalMonthDay).
	ruleOrdinalMonth = "ordinal-month"
	// ruleWeekMonth: "this week", "earlier this week", "later this week"
	// and "next week", counted from the moment of writing, give no day:
	// the month the week's days lie in, as "the following week" and "the
	// same week" give (see weekByMonths). A week across two months
	// keeps its span without ruleWeekMonths.
	ruleWeekMonth = "week-month"
	// ruleLastWeekMonth: "last week", a whole week behind the moment of
	// writing, gives no day either ("The federal cabinet last week
	// announced a relief package"): its month, as "this week" gives
	// (ruleWeekMonth), where the week lies in one month.
	ruleLastWeekMonth = "last-week-month"
	// ruleWeekMonths: a week counted from the moment of writing whose
	// days lie across two months gives no day either ("Several airlines
	// cancelled flights this week", filed on Thursday 1 September): it
	// is dated by the two months, a span from the first to the second,
	// as a week in one month is dated by that month (see weekByMonths).
	ruleWeekMonths = "week-months"
	// rulePlainPlaced: a plain line that opens a section and gives only
	// a place and a day ("Bishkek, 8 April 2010", "Government House,
	// Bishkek, Friday 16 April 2010") under a heading that labels a
	// communication ("## 3. Transcript: press conference of the
	// Provisional Government") is where and when that communication was
	// given, its moment of writing, as the same line in bold is
	// (ruleBoldPlaced; see eventScan.plainPlaced).
	rulePlainPlaced = "plain-placed"
	// ruleRequestedDay: a weekday or a day with no year that dates what
	// a request asks for ("called for a march through Harare on
	// Saturday", "issued a call for rallies on 24 September") is the
	// day of the thing asked for, which comes after the asking: the
	// weekday ahead, and a day that may lie after the moment of writing,
	// as a plan's does (see isRequestedDay).
	ruleRequestedDay = "requested-day"
	// ruleWeekdayYear: a weekday set before a day with no year
	// ("Tuesday, 23 July") fixes its year: of the year the narrative
	// and tense give and the years either side, the one whose calendar
	// agrees (see resolver.namedDayYear).
	ruleWeekdayYear = "weekday-year"
	// ruleWeekdayRange: two days of the week that bound a span ("from
	// Sunday to Tuesday", "on Friday and Saturday") are one event with a
	// start and an end, as two dates are (see isWeekdayRange), and a
	// span of days declared a kind of day takes its complement in the
	// plural ("declared Sunday to Tuesday public holidays"; see
	// isDeclaredDay).
	ruleWeekdayRange = "weekday-range"
	// ruleCountedPast: a day counted forward ("two weeks after the
	// fall of the government") that lands after the moment of writing
	// in a clause that is not future ("the country has returned to
	// normal", "the army returned to barracks") is no day of the text:
	// a past or a present clause never lies ahead of its writing, as a
	// date written without a year never does (see resolver.direct).
	ruleCountedPast = "counted-past"
	// ruleNextDays: "over the next four days" after a day the narrative
	// reached is the span of the four days after it (see nextDays).
	ruleNextDays = "next-days"
	// ruleFramingBefore: "before" and "ahead of" open a phrase that sets
	// its sentence in a happening named with its year ("Before the 1987
	// election, the parties agreed"), as "after" does (see framingYear).
	ruleFramingBefore = "framing-before"
	// ruleFramingName: a name opening the subject ends such a phrase as
	// a comma does ("Ahead of the 1987 election Labour agreed"; see
	// opensNamedSubject).
	ruleFramingName = "framing-name"
	// ruleQuoteInHappening: a sentence mostly quoted whose first verb
	// outside the quotation is a past that is no verb of saying reports
	// a happening, not speech (see quotesInHappening).
	ruleQuoteInHappening = "quote-in-happening"
	// ruleNextPlural: "over the following weeks", "in the next days" are
	// the weeks or days that followed, as "in the weeks after the attack"
	// are (see isNextPlural).
	ruleNextPlural = "next-plural"
	// ruleCausativeHad: "had the constitution amended in 1961" tells of
	// a happening the subject caused, not of an object the participle
	// describes (see isCausative).
	ruleCausativeHad = "causative-had"
	// ruleHappeningBy: a year after "of" names a happening that a passive
	// clause gives as its agent ("was given its legal form by the
	// constitution of 1933"): the clause's time (see passiveBefore).
	ruleHappeningBy = "happening-by"
	// rulePastExpectation: a past verb of expectation or intent before a
	// date ("observers expected the government to fall within weeks")
	// tells what was looked for, not what happened (see
	// hypotheticalCue).
	rulePastExpectation = "past-expectation"
	// ruleBeginEndClause: "It opened with an assault on 26 July 1953 and
	// ended when the dictator fled on 1 January 1959" is one span, as
	// "began on 27 August and ended on 26 September" is, however many
	// words stand between each verb and its date (see endsAfterAnd).
	ruleBeginEndClause = "begin-end-clause"
	// ruleDirectedDay: a weekday in an infinitive that a verb of
	// directing governs ("called on Egyptians to take to the streets on
	// Friday") is the one ahead of the call (see isDirectedBefore).
	ruleDirectedDay = "directed-day"
	// rulePromisedDay: a weekday in an infinitive that the past of a
	// verb of promise or intent governs ("vowed to return to the streets
	// on Friday", "planned to march on Sunday") is the one ahead of the
	// promise (see isPromisedBefore).
	rulePromisedDay = "promised-day"
	// ruleTallySince: a count in the past perfect passive since a day
	// counted from a dispatch's dateline ("at least 40 people had been
	// killed since Monday") spans that day to the dateline's (see
	// isTallySince).
	ruleTallySince = "tally-since"
	// ruleParticipleDay: a weekday or a day with no year after a past
	// participle that follows its noun ("the statement made in London on
	// Monday", "the accord signed on 3 May will take effect") is behind
	// the moment of writing, whatever the clause's verb (see
	// isParticipleBefore).
	ruleParticipleDay = "participle-day"
	// ruleMovableFeast: a feast that moves with Easter ("On Good
	// Friday", "at noon on Easter Monday") is its day in the year it
	// falls in, found as for a day written without a year and placed by
	// the Gregorian computus (see movableFeast).
	ruleMovableFeast = "movable-feast"
	// ruleNarrativeWeekday: in a text with no moment of writing, a
	// weekday of a past clause is the first such day after the latest
	// day the narrative reached, not the last one before it: narratives
	// run forward (see resolver.narrativeWeekday).
	ruleNarrativeWeekday = "narrative-weekday"
	// ruleBeforeYearEnd: "before the end of 2025" is a bound that lies
	// within the year, as "by the end of 2025" is and as "before the end
	// of the month" lies within the month: the year, not its December
	// (see boundsByEdge).
	ruleBeforeYearEnd = "before-year-end"
	// ruleSameWeek: "the same week" and "that same week" are some day of
	// the week of the day just told, which the text does not give: its
	// month, as "the following week" gives (see sameDayPhrase).
	ruleSameWeek = "same-week"
	// ruleComplementFrequency: a frequency inside an infinitive
	// complement ("agreed to cut output by five percent each month")
	// times what was agreed, not the agreement: the date stays an event
	// (see hasFrequencyWith).
	ruleComplementFrequency = "complement-frequency"
	// rulePresentPassiveDay: a date that opens its clause as the subject
	// of a passive in the simple present ("In Egypt, 6 October is
	// celebrated as Armed Forces Day") names a day something is done
	// with now, a custom: no event (see isPresentPassiveOf).
	rulePresentPassiveDay = "present-passive-day"
	// ruleStativeCount: a clause whose verb is one of being or having in
	// WordNet and that holds a count ("In 1964 there were only a few
	// thousand soldiers in the colony", "By 1974 the army numbered
	// between 50,000 and 60,000") states what there was at its date, no
	// event (see isStativeCount).
	ruleStativeCount = "stative-count"
	// ruleGenericView: a date in what a generic subject says "that" of
	// in the present ("while others argue that the revolution had
	// stalled as early as 1956") is a term of a view of the past, no
	// event (see isGenericView).
	ruleGenericView = "generic-view"
	// ruleCopulaState: a clause whose only verb is a past copula before
	// an adjective or a noun phrase of no happening ("this year the
	// streets were empty") states how things stood at its date, no
	// event (see isPastCopulaState).
	ruleCopulaState = "copula-state"
	// ruleNameSource: a date in what a verb of naming takes "after"
	// ("named after the year 1911") is where a name comes from, no event
	// (see isNamedAfter).
	ruleNameSource = "name-source"
	// ruleYearLead: a paragraph that opens with a year set off as a label
	// ("9.1 2007. On 3 September the JLP wins …", "1993: In March …"), as
	// a chronology's entries do, is in that year: its dates without a year
	// take it, as under a heading that names it (see leadYear).
	ruleYearLead = "year-lead"
	// ruleHeldHappening: a participle that dates a happening the object
	// names ("won the elections held on 23 December 2000") dates the
	// happening itself, which the clause tells of: an event (see
	// isObjectParticipleDate).
	ruleHeldHappening = "held-happening"
	// ruleMadeDocument: a participle that dates what the object names
	// when WordNet files that with what is stated, agreed or declared
	// ("produced a ceasefire announced on 23 January 1964", "negotiated
	// an agreement signed on 5 May") dates its making: an event (see
	// wordnet's Made and isObjectParticipleDate).
	ruleMadeDocument = "made-document"
	// ruleForwardRelative: a year in a relative clause that lies after
	// the narrative's, in a sentence whose main clauses write none, is
	// the one "that year" refers back to (see isForwardRelative).
	ruleForwardRelative = "forward-relative"
	// rulePastUltimatum: the deadline of an ultimatum told in the past
	// ("Fighters were given until 31 May to demobilise") lies ahead of
	// the narrative, in its year, not of the moment of writing (see
	// pastUltimatumTense).
	rulePastUltimatum = "past-ultimatum"
	// ruleAsideDay: a day a relative clause or an aside gives, after a
	// day its sentence reached, is not the day the next sentences count
	// from (see isAsideAfterDay).
	ruleAsideDay = "aside-day"
	// ruleInfinitiveTail: a clause whose verbs the past shares with the
	// present takes its tense from its sentence up to an infinitive, not
	// from a present the infinitive's own words hold (see
	// beforeInfinitive).
	ruleInfinitiveTail = "infinitive-tail"
	// ruleYearsAfterClause: a count of years after "after" and a clause,
	// following a date the sentence gave ("on Sunday, exactly one year
	// after Morsi was sworn in"), dates that clause back from the date,
	// as a count of days does (see sentenceScan.yearsBack).
	ruleYearsAfterClause = "years-after-clause"
	// ruleReferenceClause: a date in a temporal clause in the present
	// ("before his term ends next year") that a bound or a modal main
	// clause takes as its reference time is no event (see
	// isReferenceClause).
	ruleReferenceClause = "reference-clause"
	// ruleTargetFor: a day or a weekday with no year written, right
	// after "for" and a noun in a past clause ("called elections … for 11
	// and 12 December", "announced rallies for Friday and Saturday"), is
	// the day the thing named is for: ahead of the clause's time, and no
	// day the narrative reached (see isTargetFor).
	ruleTargetFor = "target-for"
	// ruleSubordinateModal: a modal in an adverbial clause after the date
	// ("suspended the court on 7 October until the new parliament could
	// be elected") is that clause's mood, not the report's (see
	// opensAdverbialClause).
	ruleSubordinateModal = "subordinate-modal"
	// ruleTimeClauseModal: a modal in a clause of time after the date
	// ("after", "when", "while": "on 19 September, the day after his
	// term would have ended, he shot himself") is that clause's mood,
	// as subordinate-modal's clauses are (see opensTimeClause).
	ruleTimeClauseModal = "time-clause-modal"
	// ruleReportingForms: a reporting verb in any inflection ("saying",
	// "warns"), not only the past, opens speech whose "would" is the
	// speaker's, no condition on a date before it (see isReportingForm).
	ruleReportingForms = "reporting-forms"
	// ruleReducedMood: a date in a reduced relative clause ("a treaty
	// signed by Laval and Mussolini on 7 January 1935 would have
	// transferred the area") dates what the participle tells, which the
	// sentence takes as given; the clause's modal or condition is not
	// its mood (see dateMoodCue).
	ruleReducedMood = "reduced-mood"
	// ruleQuotedSentences: a quotation of several sentences that closes
	// in its paragraph is a part of the sentence that quotes it, which
	// does not end inside it ("marched chanting \"Who are you? Who am
	// I?\" in mocking response": no question; see closedQuotations).
	ruleQuotedSentences = "quoted-sentences"
	// ruleFigureTable: a table of figures read as a paragraph ("Indicator
	// (26 November 2017 -- 27 January 2018): Figure; People killed: 23;
	// …") counts what a period held; its dates are labels and no row
	// tells a happening (see isFigureTable).
	ruleFigureTable = "figure-table"
	// ruleToldDaySequel: outside a news report, an undated plain report
	// in the simple past in the paragraph that told a day goes on
	// telling that day though it names a new subject, unless it shows a
	// sign of another time or of no happening (see isSequelReport).
	ruleToldDaySequel = "told-day-sequel"
	// ruleContactModal: a modal in a relative clause with no pronoun after
	// the date ("talks are scheduled to begin on Wednesday at a location
	// the negotiators would not disclose") is that clause's mood, not the
	// date's, as a negation there is its own (ruleContactClause; see
	// contactClauseAt).
	ruleContactModal = "contact-modal"
	// ruleHappeningSpan: a span of years after "of" that names a
	// happening a past clause tells of ("During the nickel boom of 1969
	// to 1972 thousands of workers arrived") is one span, as the
	// happening's year is one date (happening-in; see isOfSpan).
	ruleHappeningSpan = "happening-span"
	// ruleNotUntil: a date after "until" in a negated clause ("the
	// airport did not reopen until early June") is when what the clause
	// denies before it came about: an event at the date, no span from
	// the sentence's earlier date (see dateScanner.isNegatedBefore).
	ruleNotUntil = "not-until"
	// ruleLaterUpdate: a past date with no year written a little after a
	// dispatch's dateline, and not after the briefing's date, is a later
	// line of the dispatch, in the dateline's year, not a day nearly a
	// year back (see resolver.isLaterUpdate).
	ruleLaterUpdate = "later-update"
	// ruleCoarseAnchor: "that same day" or "the next day" after a
	// happening told at a month's precision, later than the last day
	// told, is in that month (see resolver.isCoarseSameDay).
	ruleCoarseAnchor = "coarse-anchor"
	// ruleOpenBare: a bare verb in -t or -d after a plural subject that
	// WordNet lists no past of its own for may be its own past
	// ("protests spread to Bayda on 17 February", "crowds burst into
	// the hall") or a present ("talks start"); where nothing else in its
	// sentence gives the tense, the narrative's does: the sentence
	// before, when it is past (see sentenceScan.openBareTense).
	ruleOpenBare = "open-bare"
	// ruleNounBeforeVerb: a word in -s that could be a verb's present
	// but stands straight before a finite verb form is the head of the
	// subject, a plural noun ("Police estimates put the crowd at
	// 200,000", "Rebel attacks were reported"): a present does not run
	// into another finite verb (see nounBeforeVerbAt).
	ruleNounBeforeVerb = "noun-before-verb"
	// ruleNamingYear: a sentence whose only dates are years naming a
	// noun ("privileges that a 2003 law had granted", "the 2006
	// memorandum") tells no time of its own, so for an episode it is
	// undated: "Deputies also stripped Akayev of privileges that a 2003
	// law had granted" adds to the dispatch's day as "Deputies also
	// stripped Akayev of privileges" does (see onlyNamingYears).
	ruleNamingYear = "naming-year"
	// ruleWeekdayBeginEnd: two weekdays, the first after a begin verb
	// and the second after an end verb or "until", are one span
	// ("Fighting began on Monday and ended on Tuesday"), as two dates
	// so written are (see dateScanner.isWeekdayBeginEnd).
	ruleWeekdayBeginEnd = "weekday-begin-end"
	// ruleContinueThrough: a date after a verb of going on and "through"
	// or "into" ("The violence began on Saturday, and it continued
	// through Sunday") ends the span the begin verb's date opened, as one
	// after "until" does (see dateScanner.continuesThrough).
	ruleContinueThrough = "continue-through"
	// ruleGoingOnUntil: a verb of going on coordinated after a dated
	// clause ("and continued", ", continuing") carries what that clause
	// told on until the date after its "until": "Fighting broke out at
	// Diamond Head on 6 January 1895 and continued in Manoa until 9
	// January, when …", "began shelling it on 18 October, continuing
	// until 20 October" are one span each, however many words stand
	// between (see isGoingOnUntil).
	ruleGoingOnUntil = "going-on-until"
	// ruleHeadingChain: the headings above a paragraph's own, not only
	// the innermost, set its moment of writing and year: a transcript's
	// "## Briefing No. 1 — Wednesday, 18 December 1996" dates the
	// "### Questions" under it (see eventScan.enterSections).
	ruleHeadingChain = "heading-chain"
	// ruleSectionMoment: the moment of writing a heading's date sets
	// ("PART THREE: PRESS BRIEFING, MONDAY 5 JULY 2021") holds for that
	// heading's section; a heading outside it ends it (see
	// eventScan.leaveMomentSection).
	ruleSectionMoment = "section-moment"
	// ruleReducedBackstory: a date a reduced relative governs after the
	// clause's own past verb ("its members were samurai of the domains
	// defeated by Satsuma in 1868"), before the narrative's year, is
	// backstory: it does not move the narrative (see
	// isReducedRelativeHead).
	ruleReducedBackstory = "reduced-backstory"
	// ruleHeadingMoment: a heading that labels a communication with the
	// one day it was given ("Transcript: press briefing, Saturday 2
	// October 2010") is the moment of writing of the text under it, as
	// a date alone is (see headingMoment).
	ruleHeadingMoment = "heading-moment"
	// ruleFutureWindow: a window of weeks ahead of the moment of writing
	// in a clause that plans ("will be appointed within two weeks") says
	// by when, not when: no event (see isFutureWindow).
	ruleFutureWindow = "future-window"
	// ruleWishedState: "until" after an infinitive of being with its own
	// subject after "for", which a clause asks, allows or campaigns for
	// ("campaigned for the general to stay in office until 1997"), ends a
	// state someone wants, no event (see isWishedStateUntil).
	ruleWishedState = "wished-state"
	// rulePlacedMoment: a heading giving the place and day ("Army
	// Headquarters, Bangkok — Wednesday, 20 September 2006, 17:00 hrs")
	// of the communication the title or a heading above names is the
	// moment of writing of the text under it (see placedMoment).
	rulePlacedMoment = "placed-moment"
	// ruleBoldTimeLead: a chronology entry may open with its time of day
	// as a label in bold ("7. **Approximately 4 a.m.** Armed airmen
	// occupied …"), as it may before a colon (see timeLead).
	ruleBoldTimeLead = "bold-time-lead"
	// ruleHeadFields: a paragraph of fields with labels in bold
	// ("**Reference:** … **Date of issue:** 29 July 2022") tells no
	// story, and near the top the day one gives alone is the
	// document's date, as front matter's would be (see headFieldsDate).
	ruleHeadFields = "head-fields"
	// ruleMomentYear: under a heading that labels a communication with
	// its day (heading-moment), a past date without a year in a
	// paragraph that has written out no year of its own is the nearest
	// such day at or before that moment: "After the events of 25
	// March", said at a briefing of 6 April 2004, is 25 March 2004,
	// whatever year an earlier paragraph's backstory reached (see
	// resolver.momentYear).
	ruleMomentYear = "moment-year"
	// ruleNounDate: a date without a year after "of" on a noun of a
	// happening ("I must refer to the events of 25 and 26 March")
	// belongs to the noun, not to the clause's modal or future verb: it
	// is the nearest such day to the moment of writing, on either side,
	// and scheduled only when it lies ahead (see isNounDate).
	ruleNounDate = "noun-date"
	// ruleNounOnDay: a day without a year after "on" on a noun of a
	// happening ("I must nevertheless report an incident on 22 March")
	// is the happening's, as after "of" (noun-date): the nearest such day
	// to the moment of writing, not a day the modal verb looks ahead to.
	ruleNounOnDay = "noun-on-day"
	// ruleItemMonth: a vague span ("the same week", "in the months that
	// followed") counts from the latest month its paragraph told, even
	// one a list item told as a report of its own, which moves no
	// narrative, when it lies after the narrative's latest date (see
	// resolver.latestTold).
	ruleItemMonth = "item-month"
	// ruleBoldMoment: a paragraph that is one line in bold and labels a
	// communication with its day ("**Press briefing by the Spokesman,
	// Vukovar, Tuesday, 15 April 1997, 12 noon**") heads the text below
	// it as such a heading does (heading-moment): writers who mark no
	// heading make one in bold. A time of day after the date is allowed,
	// here and in headings (see headingMoment).
	ruleBoldMoment = "bold-moment"
	// ruleBoldPlaced: a bold line giving the place and day of the
	// communication the title or a heading above names ("**Marlborough
	// House, London — Friday, 14 July 2000, 11:00 BST**" under "Press
	// Briefing on …") heads the text below it as such a heading does
	// (placed-moment; see boldMoment).
	ruleBoldPlaced = "bold-placed"
	// ruleLabelledDay: a paragraph of plain text that is a capitalised
	// label naming a communication followed by its day, led by the
	// weekday and set off by nothing but the line break the paragraph's
	// joining removed ("TRANSCRIPT OF PRESS BRIEFING ON …" over
	// "Tuesday, 12 November 2013, 10:00 a.m."), heads the text below as
	// a bold line does (see labelledDay).
	ruleLabelledDay = "labelled-day"
	// ruleLabelledPlace: a label in capitals naming a communication may
	// give the place it was issued at before its day instead of a
	// weekday ("STATEMENT BY THE MINISTRY OF FOREIGN AFFAIRS" over "Phnom
	// Penh, 6 February 2011"), the line breaks joined: it heads the text
	// below as a labelled day does (see endsPlaceOfIssue).
	ruleLabelledPlace = "labelled-place"
	// ruleCommunicationHead: a paragraph's label that names a
	// communication before any happening ("STATEMENT BY THE CHAIR OF
	// ASEAN FOLLOWING THE INFORMAL MEETING" over its place and day) labels
	// that communication, whatever happening it goes on to name (see
	// headedByCommunication).
	ruleCommunicationHead = "communication-head"
	// ruleEditorialNote: a note in brackets in lower case closing a
	// labelled day ("… Bangkok, Tuesday 26 April 2011 (excerpts)") says
	// how the text below was cut: the day still closes the label (see
	// trimEditorialNote).
	ruleEditorialNote = "editorial-note"
	// rulePossessiveWould: a weekday in the possessive in the subject
	// of a reported "would" ("Protest leaders said Friday's march would
	// go ahead as planned") is the one ahead, as after the verb ("said
	// the march would go ahead on Friday"; see isPossessiveWould).
	rulePossessiveWould = "possessive-would"
	// ruleExpectedPassive: a date right after a present passive of a
	// verb of expectation ("A meeting of the heads of state is expected
	// later this month") lies ahead of the moment of writing, as after
	// "is expected to" (see isExpectedPassiveAt).
	ruleExpectedPassive = "expected-passive"
	// ruleWeekdayAfterCapitals: a weekday after a capitalised word is a
	// day, not part of a name, when a date follows it ("MINISTER
	// Tuesday, 4 March 2013") or the word before is in capitals and the
	// weekday is not ("UN Tuesday") (see dateScanner.weekdayStands).
	ruleWeekdayAfterCapitals = "weekday-after-capitals"
	// ruleSubjectNamedYear: a month or day without a year in a clause
	// whose subject is a happening named by its year ("The 2021 unrest
	// began in May") is in that year (see subjectNamedYear).
	ruleSubjectNamedYear = "subject-named-year"
	// ruleSeriesNumber: a transcript's label may number the
	// communication in its series ("BRIEFING 2 DEPARTMENT OF STATE DAILY
	// PRESS BRIEFING" over "Washington, Wednesday, 16 April 1986"): the
	// number after the label's first word is no word of a sentence, so
	// the label still heads the text below (see seriesUnnumbered).
	ruleSeriesNumber = "series-number"
	// ruleClauseCopula: a "be" after the date in a clause of its own,
	// after a subject pronoun or "that" ("the ministers close to the
	// mutineers announced on Tuesday that they were suspending"), is no
	// copula of a reduced relative (ruleReducedRelative): the -ed form
	// before the date is the clause's own past verb (see copulaFollows).
	ruleClauseCopula = "clause-copula"
	// ruleAboutYear: a year after "of" on a subject noun that WordNet
	// files as no happening, no made thing and no thing ("The memory of
	// 1972 shaped the politics of both communities") is what the noun is
	// about, not the time of what the subject did (see isAboutNoun).
	ruleAboutYear = "about-year"
	// ruleBodyComplement: in a heading's label, a noun of a happening
	// after "of" on a noun of a body ("DEPARTMENT OF DEFENSE NEWS
	// BRIEFING", "Ministry of Information") is the body's name, not a
	// happening the label titles (see namesHappening).
	ruleBodyComplement = "body-complement"
	// ruleDispatchDay: in a news report, the day the dispatch is filed
	// runs on past its paragraph: a plain report in the simple past in
	// the next paragraph is of that day (see eventScan.toldPara), and an
	// undated comment or state ("The vote was the first to succeed.")
	// does not end it (see eventScan.keepsToldDay). It was two switches
	// (dispatch-day, dispatch-day-kept) until timeline66.
	ruleDispatchDay = "dispatch-day"
	// ruleClockZone: a time zone's abbreviation after a heading's time of
	// day ("11:00 BST") is part of the time, which the heading's closing
	// day may carry (see trimClockTime).
	ruleClockZone = "clock-zone"
	// ruleTenureSpan: a range, or a bound after "until", in a past clause
	// that gives its subject a leader's title ("was president from 2015
	// to 2025", "served as chairman from 1967 to 1974") spans a tenure, a
	// state, and is no event (see isTenureSpan).
	ruleTenureSpan = "tenure-span"
	// ruleTenureBound: a lone start after "from", or end after "until",
	// of a title's tenure in an apposition or after "served as" ("Ubico,
	// president from 1931, governed …") describes, no event (see
	// isOpenTenure).
	ruleTenureBound = "tenure-bound"
	// ruleContinuedHabit: a frequency in the infinitive after "continue"
	// ("have continued to hold events on 28 October each year") makes
	// the date come round, as in the clause's own verb (see
	// hasFrequencyWith).
	ruleContinuedHabit = "continued-habit"
	// ruleOnwardRelative: an open span ("from 1820 onwards") in a relative
	// clause that opens inside its comma phrase ("descendants of
	// missionaries who had arrived from 1820 onwards") describes the
	// noun, as one that opens the phrase does (see isOnsetOnward).
	ruleOnwardRelative = "onward-relative"
	// rulePeakOf: "at the peak" and "at the height of the crisis" open a
	// clause that describes how things stood at the peak, as "at its
	// height" does: no event (see isAtPeak).
	rulePeakOf = "peak-of"
	// ruleCountedMonths: a count of months forward ("Four months after
	// the start of the offensive, most of the displaced have returned
	// home") that lands after the moment of writing in a clause that is
	// not future is no time of the text, as a count of days is not
	// (counted-past; see isCountedPast).
	ruleCountedMonths = "counted-months"
	// rulePlanRelative: a date after a reduced relative clause of plan
	// ("talks due to open in Switzerland on 14 August") in a past clause
	// is the plan's, ahead of the clause's time: a past plan, in the
	// narrative's year and scheduled where it lies after the moment of
	// writing (see isPlanRelative).
	rulePlanRelative = "plan-relative"
	// ruleExpectAhead: a date after a present verb of expectation and an
	// infinitive ("Diplomats expect the Assembly to take up the question
	// on Friday") lies ahead of the moment of writing (see
	// isExpectedAhead).
	ruleExpectAhead = "expect-ahead"
	// ruleCountedSpan: a count of days beside a day spans from or to it
	// ("on 25 April … in three days of fighting", "a two-day meeting,
	// which ended today"; see markCountedSpans).
	ruleCountedSpan = "counted-span"
	// ruleOwnDocument: a sentence that tells of the text itself, its
	// subject "this" and a noun in the present ("This sheet replaces the
	// interim note of 2 June 2014"), "it" after such a sentence, or the
	// text's issuing line ("Issued on 16 February 2004."), dates the text
	// and the texts it replaces: no event (see isOwnDocument).
	ruleOwnDocument = "own-document"
	// ruleReportYear: under a news dateline, a past date without a year
	// in a paragraph that has written out no year of its own takes the
	// dateline's year, not the year an earlier paragraph's background
	// reached (see resolver.isReportYear).
	ruleReportYear = "report-year"
	// ruleObjectYear: a year that completes a noun phrase after the
	// clause's verb ("the dispute contributed to the party's split in
	// 1964"), two years or more past the narrative's latest month or day,
	// tells what came of things later: it moves neither the narrative's
	// year nor its day (see isObjectYearAhead).
	ruleObjectYear = "object-year"
	// ruleLevelReached: a clause whose subject is a rate or a state
	// ("unemployment", "inflation") and whose verb takes a bare
	// percentage ("Unemployment reached about 21 per cent in May 2002")
	// measures how things stood at its date, no event (see
	// isLevelReached).
	ruleLevelReached = "level-reached"
	// ruleFractionCount: a fraction counts as a count of a clause of
	// being ("By October more than half the population lived below the
	// poverty line"; see countsThings).
	ruleFractionCount = "fraction-count"
	// ruleRulingSpan: a range of years in a past clause whose verb is
	// one of ruling ("which governed from 1923 until 1930") spans a
	// rule, a state of the narrative, no event (see isRulingSpan).
	ruleRulingSpan = "ruling-span"
	// ruleFigureBound: a date right after a figure that "from" or "to"
	// makes an end of a change ("expanded from about 10,000 men in 1966
	// to some 85,000 by the end of 1967") is when the figure stood, no
	// event (see isFigureBound).
	ruleFigureBound = "figure-bound"
	// ruleTitleSpan: a range, or a bound after "until", after a verbless
	// phrase giving a leader's title or "in office" ("President of
	// Nigeria from 1979 until the coup of December 1983") is a tenure,
	// no event (see isTitleApposition).
	ruleTitleSpan = "title-span"
	// ruleDispatchPerfect: an undated sentence in the present perfect of
	// a verb of happening, under a dateline or a live page's entry time,
	// reports that day's news: "Troops have sealed off the roads around
	// Pilkhana" (see isNewsPerfect).
	ruleDispatchPerfect = "dispatch-perfect"
	// ruleSpokenPerfect: under a heading that labels a communication, a
	// present perfect of a verb of happening in the third person, in
	// the told day's paragraph or the next, goes on telling that day:
	// "On 19 September martial law was declared. The Constitution has
	// been abrogated." A speaker's label before it ("SPOKESPERSON: His
	// Majesty has agreed to a dialogue") is no first person (see
	// isSpokenPerfect).
	ruleSpokenPerfect = "spoken-perfect"
	// ruleDaySequence: on the dispatch's own day, "then" and an "after"
	// or "before" with no length of time ("After the ceremony three
	// students knelt", "forced the surrender after a short battle")
	// order happenings within the day and do not move a report off it
	// (see withinDay).
	ruleDaySequence = "day-sequence"
	// ruleDispatchSaying: a report under a dateline whose verb is one of
	// saying ("the State Department condemned what it called …") is the
	// dispatch's news of its day as any plain report is: dispatch-body
	// refuses only the present and the perfect (see isDispatchReport).
	ruleDispatchSaying = "dispatch-saying"
	// rulePublisherNote: a sentence of a dispatch or a live page in
	// which the publisher, in the first person plural outside any
	// quotation, announces its own coverage ("We will resume coverage
	// early on Saturday") tells no event (see isPublisherNote).
	rulePublisherNote = "publisher-note"
	// ruleApproxTime: a time of day hedged by an approximator after its
	// preposition ("at about 4 p.m.", "by roughly midnight") is the time
	// the preposition would give without it: the day the narrative has
	// reached (see hourPhrase).
	ruleApproxTime = "approx-time"
	// ruleHourLater: a single hour counted from the moment just told
	// ("an hour later", "half an hour after the broadcast", "within an
	// hour") keeps to its day, as "hours later" does (see oneHourPhrase).
	ruleHourLater = "hour-later"
	// ruleByDayPart: "by" and a bounded part of the day ("by morning",
	// "by the evening", "by mid-morning", "by late afternoon") is, in a
	// past clause, the day the narrative has reached; "by day" and "by
	// night" are manners, not moments (see byDayPart).
	ruleByDayPart = "by-day-part"
	// ruleForTomorrow: "for tomorrow" ("the signing is scheduled for
	// tomorrow") is the day a plan aims at; "for today" ("that is all
	// for today") stays no date (see markGovernor).
	ruleForTomorrow = "for-tomorrow"
	// ruleCopulaPlan: under a dispatch's dateline, a plan told with a
	// past copula before its word of plan ("the conference was due to
	// open on 9 September") aims at a day ahead of the moment of
	// writing, scheduled (see isCopulaPlan).
	ruleCopulaPlan = "copula-plan"
	// ruleAskedAhead: a date after an infinitive that a verb of request
	// in the present perfect governs ("has asked to celebrate Mass on 24
	// December") lies ahead of the moment of writing (see isAskedAhead).
	ruleAskedAhead = "asked-ahead"
	// ruleContinuedYear: a lone year after a verb of going on and
	// "until", "through" or "into" ("The fighting continued until 2001")
	// tells how long things went on, no event (see isContinuedToYear).
	ruleContinuedYear = "continued-year"
	// ruleDashClause: an aside between dashes closes by a semicolon at
	// the latest: it holds no clause of its own, so a lone dash before a
	// semicolon sets off nothing after it. A table read as a paragraph
	// joins its rows with semicolons, and its header's range ("Date
	// (December 2001 – July 2002): Event; 16 Dec 2001: …") leaves the
	// rows below it in the narrative (see isAside).
	ruleDashClause = "dash-clause"
	// ruleMonthReturn: a day with no year in the month the sentence
	// before opened with, when that sentence went on into the next year,
	// is in the month's year: the narrative returns from the glance
	// ahead (see resolver.returnYear).
	ruleMonthReturn = "month-return"
	// ruleHeadingCode: a reference code in brackets closing a heading
	// ("TUESDAY, 28 APRIL 2015 (PB-01)") numbers the document in a
	// series and is no word of the heading, so a date before it is still
	// a date alone or the day a label closes with (see trimHeadingCode).
	ruleHeadingCode = "heading-code"
	// ruleEnumeratedEntry: a chronology entry's date may follow the
	// label that numbers the entry ("(e) 12 May: magnitude 7.3
	// earthquake …", "(iv) 2 March — …"): the entry is a headline, an event
	// by its form with no verb, as a bulleted one is (see isLeadDate).
	ruleEnumeratedEntry = "enumerated-entry"
	// ruleUpdateMoment: a paragraph opening with a noun of
	// communication and a day ("Update, 16 February: …") is a later
	// addition written that day: its day is the moment of writing, as a
	// dateline's is (see updateLabel).
	ruleUpdateMoment = "update-moment"
	// ruleQuoteKeepsEpisode: in a news report, a sentence that is
	// mostly a quotation ("\"The people want elections,\" she said.")
	// does not end the episode of the day told: "She also declared …"
	// after it is still of that day (see isQuotedSpeech).
	ruleQuoteKeepsEpisode = "quote-keeps-episode"
	// ruleIssuedTexts: a verbless noun phrase naming texts, with an
	// issuing participle after a comma that dates them ("A selection of
	// our dispatches, published between December 2022 and February
	// 2023"), tells of the text itself, no event (see isIssuedTexts).
	ruleIssuedTexts = "issued-texts"
	// ruleForCompoundSpan: a compound count of days after "for a" ("is
	// due to arrive on Wednesday for a three-day visit") spans that many
	// days from the day before it (see markCountedSpans).
	ruleForCompoundSpan = "for-compound-span"
	// ruleAttributivePast: a month that describes a noun in a past clause
	// ("demanding an account of the December killings" in January) names
	// a happening already told: the latest such month not after the
	// narrative's latest date, not the narrative year's (see
	// resolver.attributivePast).
	ruleAttributivePast = "attributive-past"
	// ruleDeliberatedAfter: the -ing of a verb of deliberation
	// ("debating", "considering", "pondering"; wordnet.Deliberation)
	// makes hypothetical only a date after it, what is weighed ("debating
	// whether to vote in March"); a date before it dates the weighing
	// ("On 24 January he spent nine hours debating with the strikers";
	// see cueScan.openClassCue).
	ruleDeliberatedAfter = "deliberated-after"
	// ruleDistantMoment: a weekday of a past clause, in a briefing with
	// no dateline written more than a year after the narrative's latest
	// day, counts from that day, not from the moment of writing (see
	// resolver.isDistantMoment).
	ruleDistantMoment = "distant-moment"
	// ruleSameParagraphReport: an undated plain report in the simple
	// past in the paragraph that told a day goes on telling that day: in
	// a news report, with "also" or without it; outside one, when its
	// subject is a pronoun taking up the day's actor ("On 16 July the
	// King convened the council. He appointed a prime minister."; see
	// isToldDayReport). It was two switches (same-paragraph-report,
	// same-actor) until timeline66.
	ruleSameParagraphReport = "same-paragraph-report"
	// ruleHeadLine: in a document with no front matter, a line of its
	// head (a masthead line, a paragraph before the first of prose) that
	// gives one day in full with what a head sets beside it (a weekday,
	// a place, a communication's label, a time on the clock) is its date
	// of writing, as front matter's would be (see headLineDate).
	ruleHeadLine = "head-line"
	// ruleDayLedLines: a paragraph that opens with a weekday and a day in
	// full, the lines of a session's head joined after it with no
	// sentence among them, is the moment of writing of the text below
	// (see dayLedLines).
	ruleDayLedLines = "day-led-lines"
	// ruleHeadingPlaceAfter: a heading that labels a communication with
	// its day may name the place after the day, past the time on the
	// clock ("BRIEFING 1 - TUESDAY 3 JULY 2018, 10:00, MEDIA TENT, THAM
	// LUANG"): the day is still the moment of writing of the text under
	// it, as if it closed the heading (see trimPlaceAfterDay).
	ruleHeadingPlaceAfter = "heading-place-after"
	// ruleSessionHeading: a heading that is a session's day in full
	// with its weekday or the time on the clock, and besides those only
	// a place or a label in capitals ("FRIDAY, 17 AUGUST 2012 - GCIS
	// MEDIA CENTRE, PRETORIA"), is the moment of writing of the text
	// under it, as a date alone is (see sessionHeadingDay).
	ruleSessionHeading = "session-heading"
	// ruleDatelineAlone: a line that is a dispatch's place and day with
	// its year and nothing more ("**LA PAZ, Tuesday, August 4, 1981**"),
	// as an archive sets one above each report, dates the report under
	// it as a dateline does (see datelineAlone).
	ruleDatelineAlone = "dateline-alone"
	// ruleDispatchBody: a plain report in the simple past in the first
	// paragraphs under a dispatch's dateline, with no date of its own
	// and none written before it in its paragraph that the dispatch's
	// day is not, is of the dispatch's day even where the told day
	// broke off before it ("Police stations, trams and buses were set
	// alight" after "By the afternoon the crowds had grown"; see
	// eventScan.dispatchBody).
	ruleDispatchBody = "dispatch-body"
	// ruleUnplacedDay: a sentence of a dispatch's body whose dates are
	// none of the narrative's (place refuses them: "the paper said it
	// could not print its Friday edition") has not turned the report to
	// another day, so dispatch-body goes on after it (see noteDispatch).
	ruleUnplacedDay = "unplaced-day"
	// ruleBareToRange: a day or month written without its year, then
	// "to" and a later one of the same precision with its year, are one
	// span without "from" before them ("First Anfal, 23 February to 19
	// March 1988"), as "7 to 20 April 1988" is: the first takes the
	// second's year (see isBareToRange).
	ruleBareToRange = "bare-to-range"
	// ruleMonthDashMonth: "May" or "March" before a dash and another
	// month ("May-June 2010: draft constitution prepared") is a month,
	// the start of a span, not a verb (see dateScanner.dashMonth).
	ruleMonthDashMonth = "month-dash-month"
	// ruleBareComplement: after a date that follows a reporting verb, a
	// negator in the complement clause the verb takes without "that"
	// ("said on Wednesday he would not ask police to clear the
	// chamber") denies what was said, not the saying (see
	// bareComplementStart).
	ruleBareComplement = "bare-complement"
	// ruleBegunCompound: a compound count of days that a verb of
	// beginning takes ("began a two-day strike today") spans that many
	// days from the day after it, as "from" before the day does (see
	// spanAfterCompound).
	ruleBegunCompound = "begun-compound"
	// ruleResumedConjunct: a modal before "and" and a verb in the simple
	// past ("believed that the conflict could be settled by negotiation
	// and met Kim Dal-sam on 28 April 1948") is the earlier conjunct's
	// mood, not the dated verb's (see resumedConjunctAt).
	ruleResumedConjunct = "resumed-conjunct"
	// ruleClockColon: an infinitive's aim reaches over the colon of a
	// time of day ("demanding a ceasefire to take effect at 07:00 GMT on
	// 22 September"): the colon bounds no clause, and "the following
	// day" in the next sentence counts from the demand (see aimHead).
	ruleClockColon = "clock-colon"
	// ruleCoordinatedOf: a year or a span of years joined by "and" to a
	// year naming a thing after "of" names it too ("the droughts of
	// 1968–1974 and 1983–1985"; see markCoordinatedOf).
	ruleCoordinatedOf = "coordinated-of"
	// ruleYearsAgoToday: a count of years ago before "today" or
	// "tonight" ("Thirty-five years ago tonight, tanks rolled") is the
	// moment's own day that many years back (see anniversaryAgo).
	ruleYearsAgoToday = "years-ago-today"
	// ruleCompoundCount: a count of tens in words, and a unit joined to
	// it by a hyphen, counts a span ("thirty-five years ago"; see
	// compoundCount).
	ruleCompoundCount = "compound-count"
	// ruleWithinBound: the bound of a window of days after "within"
	// ("Pakistani tanks overran Chhamb within a day. That evening …") is
	// no day the narrative reached: "that evening" is still the day
	// before it (see dateExpr.withinBound).
	ruleWithinBound = "within-bound"
	// ruleTimeCount: a count that measures time, a time on the clock or
	// a stretch counted from a point ("at 4 p.m.", "four months
	// later"), is no count of things a clause of being states (see
	// timeMeasure and isStativeCount): "On 27 August 1985, four months
	// later, Buhari was himself removed" is an event.
	ruleTimeCount = "time-count"
	// ruleFirstPersonAm: "am" is a verb only after "I" ("I am", "I still
	// am"); elsewhere it is a word of a name ("set fire to two stores in
	// Frankfurt am Main") or a clock, and does not make the clause that
	// holds a date a present (see blankNameAm).
	ruleFirstPersonAm = "first-person-am"
	// ruleThatDayVerb: "that morning" after a noun and before a finite
	// verb in the past ("A supply drop by RAF aircraft that morning was
	// mistaken for a landing") is a time adverbial that ends the
	// subject's noun phrase: a day part alone is no subject of the verb
	// (see dateScanner.thatDayAdverbial).
	ruleThatDayVerb = "that-day-verb"
	// ruleHeadingNote: a note in brackets closing a heading after its
	// day, holding no figure and opening in lower case ("Statement, 20
	// May 2010 (as carried by the Korean Central News Agency)", "…, 9
	// July 2010 (excerpt)"), says where the text below comes from or how
	// it was cut: the day still closes the heading's label, as under a
	// labelled day (see trimSourceNote).
	ruleHeadingNote = "heading-note"
	// ruleBodyName: in a heading's label, a noun of a happening in the
	// capitalised run that follows "of" on a noun of a body ("Ministry of
	// National Defense", "Department of Homeland Security") is a word of
	// the body's name, as the word right after "of" is
	// (body-complement; see isBodyNameWord).
	ruleBodyName = "body-name"
	// ruleLongHeading: a heading that labels a communication may run to
	// 160 characters where it names the body that gave it and the place
	// ("Statement attributable to the Spokesperson for the
	// Secretary-General on the two members of the Group of Experts — New
	// York, 28 March 2017"): a heading is no sentence, however long its
	// label (see maxMomentHeading).
	ruleLongHeading = "long-heading"
	// ruleFocalReturn: a paragraph that opens on a month with no year,
	// while the narrative stands in a year it told little of, returns to
	// the year the text told most of when it told that month there: an
	// epilogue or a glance ahead ("Aït Ahmed was captured in October
	// 1964") does not carry the next section ("In late October an
	// Egyptian helicopter …") out of the story (see resolver.focalReturn).
	ruleFocalReturn = "focal-return"
	// ruleToldMonth: a paragraph that opens on a month with no year,
	// two months or more from the narrative's latest date in its year
	// and in a month that year never told, returns to the year next to
	// it that told that month: a glance back ("the rigged election of
	// 23 July 2009") or ahead ("On 19 February 2021 …") does not carry
	// the next paragraph ("On 6 April, residents of Talas …") out of the
	// story (see resolver.toldMonthYear).
	ruleToldMonth = "told-month"
	// ruleSeasonForward: a season with no year runs forward from the
	// narrative's latest date as a month does: "Ouattara returned on 29
	// December 1999. By the spring he was touring the country" is the
	// spring of 2000 (see resolver.monthOf).
	ruleSeasonForward = "season-forward"
	// ruleComparisonAs: a time in a clause of comparison that "as"
	// opens after a comma ("…, as in the 1953 coup", "…, as they had in
	// 1986") is the time of what the sentence is likened to: no event of
	// its own, and no year for the narrative to carry (see
	// dateScanner.closesComparisonAs).
	ruleComparisonAs = "comparison-as"
	// ruleVagueDays: "a few days later", "a few days after the vote"
	// give the month the counted day falls in, not a day: the text gives
	// no day, as "days later" gives none (see dateScanner.isFewDays and
	// rule vague-weeks). "Several days later" keeps its day.
	ruleVagueDays = "vague-days"
	// ruleOutbreakEnd: "broke out" and "erupted" open a span as
	// "began" does, ", ending in" closes one as "ended" does, and an end
	// coarser than its start bounds the span when it names a later year
	// ("broke out in late November 2005 …, ending in early 2006"; see
	// dateScanner.isBeginEnd).
	ruleOutbreakEnd = "outbreak-end"
	// ruleCountedEnd: the end of a span a begin form opened on a day
	// may be a day counted from that start ("began on 23 December 1999
	// and ended the next day" is 23 to 24 December; see
	// dateScanner.isCountedEnd).
	ruleCountedEnd = "counted-end"
	// ruleDayPartBegin: a part of the day before a span's start or end
	// ("broke out on the afternoon of 15 December and continued through
	// the following day", "opened yesterday and ran into the early hours
	// of today") stands between the verb and the day as part of the
	// date, not as words of the clause (see dateScanner.dayPartStart).
	ruleDayPartBegin = "day-part-begin"
	// ruleParticleIn: "in" before a count with a direction after its
	// unit ("was sworn in three days later", "were brought in two days
	// after the vote") is the particle of a phrasal verb: the count is
	// counted from the narrative's point, as it is with no "in", not
	// ahead of the moment of writing as "in three days" is (see
	// dateScanner.isParticleIn).
	ruleParticleIn = "particle-in"
	// ruleApposedWeekday: a weekday set off by commas after a day
	// ("On 13 July 1976, a Tuesday, the army …") names that day's
	// weekday: no date of its own (see dateScanner.isApposedWeekday).
	ruleApposedWeekday = "apposed-weekday"
	// ruleDocumentBlock: a collection's block of lines heading one of
	// its documents, its label in capitals and its place and day with
	// the weekday or the clock ("DOCUMENT 2 PRESS BRIEFING BY THE
	// MINISTER Cotonou, Thursday 20 January 1977 Transcript released by
	// the Ministry"), sets the moment of writing for the document below
	// (see documentBlockDay).
	ruleDocumentBlock = "document-block"
	// ruleNowApposed: a day with no year set off by a comma after
	// "today", "tomorrow" or "yesterday" ("has called a meeting for
	// tomorrow, 27 February") names that same day, next to the moment of
	// writing: its year is the one that puts it nearest the moment, not
	// the narrative's, whatever the clause's tense (see
	// resolver.nowApposedYear).
	ruleNowApposed = "now-apposed"
	// ruleQuotedAddress: a sentence that opens with a quotation and
	// closes with its speaker telling it to an audience ("“…,” Sheikh
	// Hasina told parliament this evening") reports an address, a
	// happening of its day, where one the speaker only "said" reports
	// speech (see quotesAddress).
	ruleQuotedAddress = "quoted-address"
	// ruleTargetFrom: a day or a weekday with no year written after
	// "from", "starting" or "beginning" right after a noun in a past or
	// perfect clause ("called a two-day hartal starting on Thursday",
	// "declared a three-day holiday from Monday") is the day the thing
	// named begins: ahead of the clause's time, as after "for" and a
	// noun (target-for); a count of days before the noun spans from it
	// (see isTargetFrom).
	ruleTargetFrom = "target-from"
	// ruleNowHeading: a heading with no year that names the present
	// ("What is happening now?", "The conflict today", "Current situation")
	// sets the narrative's year to the moment of writing's, as a heading
	// with a year sets that year (see eventScan.presentHeadingYear).
	ruleNowHeading = "now-heading"
	// ruleSayingReport: an undated sentence whose first verb is one of
	// saying with no audience ("Legal experts said the arrangement had
	// no basis", "The caucus said it could debate the bill") reports
	// what was said, no happening of the day told: it inherits no told
	// day and no dispatch's day (see isSayingReport). "X told
	// parliament" is an address and is left to the other readings.
	ruleSayingReport = "saying-report"
	// ruleOfSubjectPresent: a verb in the present agrees with a plural
	// head that an "of" or "from" phrase follows ("Estimates of the
	// dead range from 10,000 to 30,000"): the sentence states how
	// things stand, no report of the day told (see isOfSubjectPresent).
	ruleOfSubjectPresent = "of-subject-present"
	// ruleQuoteSpeaker: a sentence that opens with a quotation and
	// writes its dates only in the speaker's clause after it, whose verb
	// is one of saying ("“…,” one striker told a visiting reporter in
	// October, a sentence that circulated widely"), is speech however
	// little of it is quoted: no event (see isQuoteSpeakerDated).
	ruleQuoteSpeaker = "quote-speaker"
)

// dateRuleNames lists every date rule a test can turn off, one to a line
// so that branches adding rules merge without conflict.
func dateRuleNames() []string {
	return []string{
		ruleNightRoll,
		ruleToldMonth,
		ruleSeasonForward,
		rulePresentSince,
		rulePeriodRange,
		rulePluralReference,
		ruleNightTimes,
		rulePastPlan,
		ruleWhenNamed,
		ruleHappeningIn,
		ruleNamedYear,
		ruleFutureWeekday,
		ruleDeclaredDay,
		ruleHedgedFraction,
		ruleThatSame,
		ruleWithinWeeks,
		ruleAsLateAs,
		ruleRelativeAside,
		ruleNthDay,
		rulePerfectOverEd,
		ruleParticipleAside,
		ruleTheYear,
		ruleDefinedDay,
		ruleVagueWeeks,
		ruleDeadlineNoun,
		ruleSentenceYear,
		ruleWeeksWindow,
		ruleCopulaPerfect,
		ruleSubjectYear,
		ruleThroughState,
		ruleCoordinatedSpan,
		ruleLongSubject,
		ruleQuantityPassive,
		ruleContactClause,
		ruleOrdinalMonth,
		ruleNextDays,
		ruleFramingBefore,
		ruleFramingName,
		ruleQuoteInHappening,
		ruleNextPlural,
		ruleCausativeHad,
		ruleHappeningBy,
		rulePastExpectation,
		ruleBeginEndClause,
		ruleDirectedDay,
		ruleParticipleDay,
		ruleTimeLed,
		ruleLabelYear,
		ruleEmbeddedNo,
		ruleInfinitiveAim,
		ruleMovableFeast,
		ruleNarrativeWeekday,
		ruleBeforeYearEnd,
		ruleSameWeek,
		ruleComplementFrequency,
		ruleStativeSpan,
		ruleBecomeBy,
		ruleQuotedFragment,
		ruleHyphenCompound,
		ruleReducedRelative,
		ruleUndatedPresent,
		ruleOvertakenPlan,
		rulePresentPassiveDay,
		ruleStativeCount,
		ruleGenericView,
		ruleCopulaState,
		ruleNameSource,
		ruleYearLead,
		ruleHeldHappening,
		ruleForwardRelative,
		rulePastUltimatum,
		ruleAsideDay,
		ruleInfinitiveTail,
		ruleYearsAfterClause,
		ruleReferenceClause,
		ruleWeekMonth,
		ruleRequestedDay,
		ruleWeekdayYear,
		ruleWeekdayRange,
		ruleCountedPast,
		ruleMadeDocument,
		ruleAgentParticiple,
		ruleTargetFor,
		ruleSubordinateModal,
		ruleHappeningSpan,
		ruleNotUntil,
		ruleLaterUpdate,
		ruleCoarseAnchor,
		ruleYearByState,
		ruleLinkedBy,
		ruleSinceState,
		ruleOfficeSpan,
		ruleThroughAspect,
		ruleOpenBare,
		ruleNounBeforeVerb,
		ruleNamingYear,
		ruleWeekdayBeginEnd,
		ruleHeadingChain,
		ruleHeadingMoment,
		ruleMomentYear,
		ruleNounDate,
		ruleBoldMoment,
		ruleTenureSpan,
		rulePeakOf,
		ruleCountedMonths,
		ruleLastWeekMonth,
		ruleContactModal,
		ruleContinueThrough,
		rulePlacedMoment,
		ruleBoldTimeLead,
		ruleHeadFields,
		rulePlanRelative,
		ruleExpectAhead,
		ruleCountedSpan,
		ruleOwnDocument,
		ruleBoldPlaced,
		ruleClockZone,
		ruleReportYear,
		ruleObjectYear,
		ruleLevelReached,
		ruleFractionCount,
		ruleRulingSpan,
		ruleFigureBound,
		ruleTitleSpan,
		ruleDispatchPerfect,
		rulePublisherNote,
		ruleApproxTime,
		ruleHourLater,
		ruleByDayPart,
		ruleForTomorrow,
		ruleCopulaPlan,
		ruleAskedAhead,
		ruleContinuedYear,
		ruleDashClause,
		ruleMonthReturn,
		ruleHeadingCode,
		ruleEnumeratedEntry,
		ruleUpdateMoment,
		ruleQuoteKeepsEpisode,
		ruleIssuedTexts,
		ruleForCompoundSpan,
		ruleAttributivePast,
		ruleDeliberatedAfter,
		ruleDistantMoment,
		ruleSameParagraphReport,
		ruleSectionMoment,
		ruleReducedBackstory,
		ruleLabelledDay,
		ruleWeekdayAfterCapitals,
		ruleSubjectNamedYear,
		ruleSeriesNumber,
		ruleClauseCopula,
		ruleBodyComplement,
		ruleDispatchDay,
		ruleAboutYear,
		ruleHeadLine,
		ruleDayLedLines,
		ruleGoingOnUntil,
		ruleHeadingPlaceAfter,
		ruleCoordinatedDays,
		ruleCompleteEnd,
		ruleTimeClauseModal,
		ruleReportingForms,
		ruleReducedMood,
		ruleQuotedSentences,
		ruleFigureTable,
		ruleToldDaySequel,
		ruleSessionHeading,
		ruleTenureBound,
		ruleContinuedHabit,
		ruleOnwardRelative,
		ruleDatelineAlone,
		rulePromisedDay,
		ruleWeekMonths,
		rulePlainPlaced,
		ruleTallySince,
		ruleLabelledPlace,
		ruleCommunicationHead,
		ruleEditorialNote,
		rulePossessiveWould,
		ruleExpectedPassive,
		ruleDispatchBody,
		ruleNounOnDay,
		ruleItemMonth,
		ruleBareToRange,
		ruleMonthDashMonth,
		ruleSpokenPerfect,
		ruleDaySequence,
		ruleDispatchSaying,
		ruleUnplacedDay,
		ruleFutureWindow,
		ruleWishedState,
		ruleBareComplement,
		ruleBegunCompound,
		ruleResumedConjunct,
		ruleClockColon,
		ruleCoordinatedOf,
		ruleYearsAgoToday,
		ruleCompoundCount,
		ruleWithinBound,
		ruleTimeCount,
		ruleFirstPersonAm,
		ruleThatDayVerb,
		ruleHeadingNote,
		ruleBodyName,
		ruleLongHeading,
		ruleFocalReturn,
		ruleComparisonAs,
		ruleVagueDays,
		ruleOutbreakEnd,
		ruleCountedEnd,
		ruleDayPartBegin,
		ruleParticleIn,
		ruleApposedWeekday,
		ruleDocumentBlock,
		ruleNowApposed,
		ruleQuotedAddress,
		ruleTargetFrom,
		ruleNowHeading,
		ruleSayingReport,
		ruleOfSubjectPresent,
		ruleQuoteSpeaker,
	}
}

// on reports whether rule is on.
func (r dateRules) on(rule string) bool { return !r[rule] }

// nightPart says where in the night a time of day falls, which decides
// the day it belongs to: a narrative runs forward, so the hours after
// midnight that follow a day told into its evening are the next day's.
type nightPart uint8

const (
	nightNone  nightPart = iota // daytime, or no time of day given
	nightLate                   // the evening and the night before midnight: "at 10 p.m.", "after dark", "that night"
	nightSmall                  // the hours after midnight: "at 2 a.m.", "before dawn", "overnight"
	nightCross                  // a phrase that says midnight has passed: "shortly after midnight", "in the early hours"
)

// timeOfDay reads a time of day after the preposition at j ("at", "by",
// "after", "before", "past"): a time on the clock, a count past midnight
// ("twenty past midnight"), a time of day WordNet names ("dawn",
// "midnight") or "after dark"; each with the part of the night it falls
// in.
func (s *dateScanner) timeOfDay(j int) (*dateExpr, int) {
	if e, next := s.clockTime(j + 1); e != nil {
		e.night = hourNight(s.clockHour(j + 1))
		return e, next
	}
	if !s.off.on(ruleNightTimes) {
		return s.hourOfDay(j + 1)
	}
	if e, next := s.pastMidnight(j + 1); e != nil {
		return e, next
	}
	if s.lower(j) == "after" && isNightWord(s.lower(j+1)) && !isHourOfDay(s.lower(j+1)) {
		// "After dark, troops opened fire": the evening of the day told.
		if e, next := s.hourAfter(j + 1); e != nil {
			e.night = nightLate
			return e, next
		}
	}
	e, next := s.hourOfDay(j + 1)
	if e != nil {
		e.night = wordNight(s.lower(j), s.lower(j+1))
	}
	return e, next
}

// hourAfter is hourOfDay for a word it would refuse as no hour, but that
// a preposition of time makes one ("after dark").
func (s *dateScanner) hourAfter(k int) (*dateExpr, int) {
	next := s.lower(k + 1)
	if next == "of" || next == "on" || s.startsDate(k+1) {
		return nil, 0
	}
	e := relDay(0)
	e.pastOnly = true
	return e, k + 1
}

// pastMidnight reads a count of minutes past midnight at k: "twenty past
// midnight", "a quarter past midnight", "half past midnight", "10
// minutes after midnight". It is the next day's, as "after midnight" is.
func (s *dateScanner) pastMidnight(k int) (*dateExpr, int) {
	if s.lower(k) == "a" && s.lower(k+1) == "quarter" {
		k++
	}
	w := s.lower(k)
	if w != "quarter" && w != "half" && countWord(w) <= 0 {
		t, _ := s.tok(k)
		if t.num <= 0 || t.num > 59 {
			return nil, 0
		}
	}
	k++
	if s.lower(k) == "minutes" {
		k++
	}
	if (s.lower(k) != "past" && s.lower(k) != "after") || s.lower(k+1) != "midnight" {
		return nil, 0
	}
	e := relDay(0)
	e.pastOnly, e.night = true, nightCross
	return e, k + 2
}

// clockHour returns the hour (0–23) of the time on the clock at k, or
// -1: "10.30 p.m." is 22, "12 am" is 0, "0600 hours" is 6.
func (s *dateScanner) clockHour(k int) int {
	w := s.lower(k)
	pm := strings.HasSuffix(w, "pm")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "pm"), "am")
	if s.lower(k+1) == ":" {
		w += "." + s.lower(k+2)
		k += 2
	}
	h := clockDigits(w)
	if h < 0 {
		return -1
	}
	next := s.lower(k + 1)
	pm = pm || next == "pm" || next == "p"
	am := strings.HasSuffix(s.lower(k), "am") || next == "am" || next == "a"
	switch {
	case pm && h < 12:
		h += 12
	case am && h == 12:
		h = 0
	}
	return h % 24
}

// hourNight returns the part of the night an hour (0–23, or -1 for none)
// falls in: from six in the evening it is late, before six in the
// morning it is small.
func hourNight(h int) nightPart {
	switch {
	case h < 0:
		return nightNone
	case h >= 18:
		return nightLate
	case h < 6:
		return nightSmall
	}
	return nightNone
}

// wordNight returns the part of the night a time of day WordNet names
// falls in, after the preposition prep: "after midnight" has passed it,
// "at midnight" ends the day; dawn (and what WordNet gives as its
// synonyms: "daybreak") is small; a time WordNet puts beside the night
// ("dusk", "nightfall") is late.
func wordNight(prep, w string) nightPart {
	switch {
	case w == "midnight" && (prep == "after" || prep == "past"):
		return nightCross
	case w == "midnight":
		return nightLate
	case isDawnWord(w):
		return nightSmall
	case isNightWord(w):
		return nightLate
	}
	return nightNone
}

// isDawnWord reports whether w is "dawn" or one of its WordNet synonyms
// ("daybreak", "dawning").
func isDawnWord(w string) bool {
	return w == "dawn" || wordnet.Load().HasSynonym(w, "dawn")
}

// isNightWord reports whether w names the night or a time WordNet puts
// one step from it ("dusk", "nightfall", "twilight", "dark").
func isNightWord(w string) bool {
	return w == "night" || w == "tonight" || w == "evening" || wordnet.Load().HasKin(w, "night")
}

// nightBefore returns the part of the night the latest time of day
// written before byte end of the scanner's sentence falls in: what the
// day a sentence tells has reached, for a time after it (see
// sentenceScan.rollsOverNight). A daytime part ("in the afternoon")
// resets it.
func (s *dateScanner) nightBefore(end int) nightPart {
	part := nightNone
	for k := range s.toks {
		if s.toks[k].start >= end {
			break
		}
		if p, ok := s.nightAt(k); ok {
			part = p
		}
	}
	return part
}

// nightAt returns the part of the night token k names, and whether it
// names a time of day at all.
func (s *dateScanner) nightAt(k int) (nightPart, bool) {
	w := s.lower(k)
	switch w {
	case "morning", "afternoon", "noon", "midday":
		return nightNone, true
	case "overnight":
		return nightSmall, true // the night just past, into the report's day
	case "late":
		if s.lower(k+1) == "on" {
			return nightLate, true // "late on 24 December", "late on Sunday"
		}
	}
	if s.clockEnd(k) > 0 {
		return hourNight(s.clockHour(k)), true
	}
	if p := wordNight(s.lower(k-1), w); p != nightNone {
		if p == nightCross {
			p = nightSmall
		}
		return p, true
	}
	return nightNone, false
}

// rollsOverNight reports whether xe, a time of the day a relative day
// counts from, lies in the next day (ruleNightRoll): a phrase that says
// midnight has passed ("shortly after midnight", "twenty past midnight",
// "in the early hours") or a small hour ("at 2 a.m.", "before dawn")
// after a day told into its evening or night ("At 10 p.m. on Sunday …",
// "late on 24 December"). The day counted from is the one earlier in
// the sentence, else the latest day the text reported, with the time of
// day its sentence reached. After a day given with no time ("On 6
// January the bloc agreed … shortly after midnight") or one already in
// its small hours ("early on Thursday") the hour is that day's.
func (st *sentenceScan) rollsOverNight(xe dateExpr) bool {
	if !st.x.r.off.on(ruleNightRoll) || xe.kind != exRelDay || xe.delta != 0 || xe.base != nil || xe.night < nightSmall {
		return false
	}
	reached := st.x.r.anchorNight
	if st.local != nil {
		reached = st.x.dates.nightBefore(xe.start)
	}
	return reached == nightLate
}

// pastPlanTense reads the tense of a date in a clause that tells of a
// plan in the past (rulePastPlan): "talks were scheduled for June", "a
// rally planned for 28 September 1974, but … was called off", "The vote,
// planned for 12 March, was never held". clauseTense calls such a
// clause future, for its plan; but the plan was made in the narrative's
// past. The date the plan aims at, after its participle and "for", is
// tensePastPlan: it takes the narrative's year, and a reader counts the
// next days from it, whether or not it came about; any other date of the
// clause ("In 1970 talks were scheduled for June") is the past of the
// telling. ok is false when the clause is no plan told in the past
// ("talks are scheduled for June", "will be planned for").
func pastPlanTense(scope string, at int) (tense, bool) {
	from, to := planCue(scope, at)
	if from < 0 {
		return tenseNone, false
	}
	blanked := scope[:from] + strings.Repeat(" ", to-from) + scope[to:]
	if t := clauseTense(blanked, at); t != tensePast && t != tensePastPerfect || slices.ContainsFunc(paddedWordList(blanked), isAuxiliaryPresent) {
		return tenseNone, false // "is scheduled for Monday, a spokesman said": the plan is the present's
	}
	if from < at {
		return tensePastPlan, true
	}
	return tensePast, true
}

// pastUltimatumTense is the tense of a deadline on an obligation whose
// clause is in tense t: a day or a month with no year that an ultimatum
// told in the past grants ("were given until 31 May to demobilise",
// "gave the junta until 15 October to leave") is, like a plan told in
// the past, a date ahead of the narrative and in its year:
// tensePastPlan. Any other deadline is one to come from the moment of
// writing: tenseFuture.
func pastUltimatumTense(t tense, xe dateExpr, off dateRules) tense {
	if off.on(rulePastUltimatum) && t == tensePast && xe.ultimatum && xe.kind == exCalendar && xe.year == 0 && xe.yref == yrNone {
		return tensePastPlan
	}
	return tenseFuture
}

// planCue returns where, in scope, the words that make its clause a
// plan lie: a participle and "for" right before the date at byte at
// ("fixed for", "set for"; see isTargetBefore), else "scheduled for" or
// "planned for" anywhere in it. from is -1 when there are none.
func planCue(scope string, at int) (from, to int) {
	if head := trimRight(scope[:at], " "); isTargetBefore(head) {
		v := trailingWord(head[:len(head)-len(" for")])
		return len(head) - len(" for") - len(v), len(head)
	}
	low := lowerASCII(scope)
	for _, cue := range [...]string{" scheduled for ", " planned for "} {
		if k := strings.Index(low, cue); k >= 0 {
			return k + 1, k + len(cue) - 1
		}
	}
	return -1, -1
}

// planTense is the tense of xe, in scope at byte at, when its clause,
// future by its plan, tells the plan in the past (see pastPlanTense),
// else tenseFuture. A plan set off by commas ("The vote, planned for 12
// March, was never held") is read in the clause around it.
func (st *sentenceScan) planTense(scope string, at int, xe dateExpr) tense {
	if t, ok := pastPlanTense(scope, at); ok {
		return t
	}
	if clause, from := clauseAt(st.m, st.bounds, xe.start, xe.end); len(clause) > len(scope) {
		if t, ok := pastPlanTense(clause, xe.start-from); ok {
			return t
		}
	}
	return tenseFuture
}

// boundNamesWhen reports whether the expression at tokens [i, next) is
// a bound after "since", "until" or "till" that a "when" clause after a
// comma names (ruleWhenNamed): "The communists had governed alone since
// February 1948, when they seized full control", "Viola lasted only
// until December, when Galtieri pushed him aside". The bound is a
// reference point to the main clause, but the "when" clause tells what
// happened at it, as after "after 1966, when" (see namesWhen).
func (s *dateScanner) boundNamesWhen(i, next int) bool {
	switch s.lower(i - 1) {
	case "since":
		return s.lower(next) == "," && s.lower(next+1) == "when" && !(s.off.on(rulePresentSince) && s.sinceInPresentPerfect(i-1, next+1))
	case "until", "till":
		return s.lower(next) == "," && s.lower(next+1) == "when"
	}
	return false
}

// sinceInPresentPerfect reports whether the "since" at token k opens
// its clause, before a "when" clause at token when, and the clause goes
// on after it in the present perfect (rule present-since): "Since 1991,
// when the last influx occurred, no appeal has been funded above 60 per
// cent". The fronted bound frames what holds now, measured from it; the
// "when" clause names the bound as a reference point, background to that
// state, as "the first time since" does. A past perfect ("Since February
// 1948, when they seized power, the communists had governed alone")
// tells the narrative's own past, and its bound dates; so does a "since"
// after its verb ("has ruled since 1986, when he took power"), which
// names the onset of the state as an event of its own.
func (s *dateScanner) sinceInPresentPerfect(k, when int) bool {
	for j := k - 1; j >= 0 && !isClauseMark(s.lower(j)); j-- {
		if strings.IndexFunc(s.lower(j), unicode.IsLetter) >= 0 {
			return false // "since" inside its clause, after a section's number at most
		}
	}
	j := when + 1
	for j < len(s.toks) && s.lower(j) != "," {
		j++ // the "when" clause, up to its comma
	}
	for j++; j < len(s.toks) && !isClauseMark(s.lower(j)); j++ {
		if s.isPresentPerfectAt(j) {
			return true
		}
	}
	return false
}

// isPresentPerfectAt reports whether token j is "has" or "have" before a
// participle, an adverb or two between: "has lived", "have fallen
// sharply", "has been funded".
func (s *dateScanner) isPresentPerfectAt(j int) bool {
	if w := s.lower(j); w != "has" && w != "have" {
		return false
	}
	for k := j + 1; k <= j+3 && k < len(s.toks); k++ {
		if isParticiple(s.lower(k)) {
			return true
		}
		if !strings.HasSuffix(s.lower(k), "ly") && s.lower(k) != "not" && s.lower(k) != "never" && s.lower(k) != "long" {
			return false
		}
	}
	return false
}

// isClauseMark reports whether w, a token, ends a clause before it or
// opens one: a comma, a semicolon, a colon, a dash, a bracket, the
// sentence's edge. A hyphen ("self-imposed") and an en dash ("1954–55")
// join words.
func isClauseMark(w string) bool {
	switch w {
	case ",", ";", ":", "—", "(", ")", "":
		return true
	}
	return false
}

// happeningOfIn reports whether the year at token i follows "of" and a
// noun phrase opened by "the" that "in", "during" or "through" governs:
// "came to power in the revolution of 1952", "rose through the
// Sergeants' Revolt of 1933", "lay in the civil war of 1946–49" (see
// ruleHappeningIn). A few words of a name, capitalised or not, stand
// between "the" and "of"; a comma, a verb's clause or a date does not.
func (s *dateScanner) happeningOfIn(i int) bool {
	if s.lower(i-1) != "of" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		t := s.toks[k]
		switch {
		case t.lower == "the":
			switch s.lower(k - 1) {
			case "in", "during", "through":
				return k < i-2
			case "by":
				return k < i-2 && s.off.on(ruleHappeningBy) && s.passiveBefore(k-1)
			}
			return false
		case t.num >= 0 || t.lower == "of" || t.lower == "and" || t.lower == "or":
			return false
		case t.lower == "'" || t.lower == "’":
		case !isLetterFirst(t.text):
			return false
		}
	}
	return false
}

// passiveBefore reports whether a passive's participle ends a verb
// phrase of a few words before token by, a "by" that then opens the
// agent: "was given its legal form by", "were driven out by" (rule
// happening-by). The happening the agent names is what did it.
func (s *dateScanner) passiveBefore(by int) bool {
	for k := by - 1; k >= 1 && k >= by-5; k-- {
		w := s.lower(k)
		if w == "," || w == "" {
			return false
		}
		if !isParticiple(w) {
			continue
		}
		prev := s.lower(k - 1)
		if isPreverbAdverb(prev) {
			prev = s.lower(k - 2)
		}
		switch prev {
		case "was", "were", "been", "be", "being":
			return true
		}
	}
	return false
}

// namedYear returns xe with the year of the thing a relative clause it
// stands in is about, when xe has none and that thing is named by its
// year (ruleNamedYear): "The regime used the 1978 World Cup, which the
// country hosted from 1 to 25 June, as a showcase"; "the Olympics of
// 1980, which opened on 19 July". The relative clause tells of that
// thing, in its year, not of the narrative's.
func (st *sentenceScan) namedYear(xe dateExpr) dateExpr {
	if !st.x.r.off.on(ruleNamedYear) || xe.kind != exCalendar || xe.year != 0 || xe.yref != yrNone || xe.prec < PrecisionMonth {
		return xe
	}
	y := relativeNameYear(st.m[:xe.start])
	if y == 0 {
		return xe
	}
	xe.year = y
	if xe.last != nil && xe.last.year == 0 && xe.last.yref == yrNone {
		end := *xe.last
		end.year = y
		xe.last = &end
	}
	return xe
}

// subjectNamedYear returns xe with the year that names its clause's
// subject, when xe has none and that subject is a happening
// (ruleSubjectNamedYear): "The 2021 unrest began in May", "The unrest
// of 2021 began in May". The clause tells what that happening did, in
// its year, whatever year the narrative had reached.
func (st *sentenceScan) subjectNamedYear(xe dateExpr) dateExpr {
	if !st.x.r.off.on(ruleSubjectNamedYear) || xe.kind != exCalendar || xe.year != 0 || xe.yref != yrNone || xe.prec < PrecisionMonth {
		return xe
	}
	from := clauseStart(st.bounds, xe.start)
	for _, e := range st.exprs {
		if e.end > xe.start || clauseStart(st.bounds, e.start) != from || !st.namesHappeningSubject(e, from) {
			continue
		}
		xe.year = e.year
		if xe.last != nil && xe.last.year == 0 && xe.last.yref == yrNone {
			end := *xe.last
			end.year = e.year
			xe.last = &end
		}
		return xe
	}
	return xe
}

// namesHappeningSubject reports whether e, a year in the clause that
// starts at from, names that clause's subject, and the subject is a
// happening: "The 2021 unrest" (the article alone before the year) or
// "The unrest of 2021" (no opener such as "Under" before it), before
// the clause's verb. The subject is a happening when its noun is one
// (WordNet: "election", "war") or its verb begins a span ("The 2021
// unrest began …": "unrest" WordNet files as a state).
func (st *sentenceScan) namesHappeningSubject(e dateExpr, from int) bool {
	if e.prec != PrecisionYear || e.year == 0 || !(e.attributive && e.heard || e.ofYear) {
		return false
	}
	head := st.m[from:e.start]
	noun := strings.TrimSuffix(strings.TrimSpace(head), " of")
	if e.attributive {
		if !isArticleOnly(trimLinkingWord(head)) {
			return false
		}
		noun = st.m[e.end:]
	} else if first, _ := nextLowerWord(head, 0); isSubjectlessOpener(first) || hasEventVerb(head) {
		return false
	}
	rest := st.m[e.end:]
	if e.attributive {
		// The year's noun comes first, though English makes a verb of
		// many ("The 2021 revolt spread …").
		_, first := nextLowerWord(rest, 0)
		noun, rest = rest[:first], rest[first:]
	}
	verb, _ := verbAfterName(rest)
	if e.attributive {
		noun += rest[:max(0, strings.Index(rest, verb))]
	}
	return verb != "" && (namesHappening(noun, st.x.r.off) || isBeginForm(verb))
}

// relativeNameYear returns the year that names the noun phrase a
// relative clause ending head follows (", which …", ", when …", ", in
// which …"), or 0: the year after the phrase's "the" ("the 1978 World
// Cup") or after its last "of" ("the Olympics of 1980"). The clause runs
// to the date with no other comma or clause between.
func relativeNameYear(head string) int {
	k := -1
	for _, rel := range [...]string{", which ", ", when ", ", in which ", ", during which "} {
		if j := strings.LastIndex(head, rel); j > k {
			k = j
		}
	}
	if k < 0 || strings.ContainsAny(head[k+1:], ",;:()") {
		return 0
	}
	np := head[:k]
	if j := strings.LastIndexAny(np, ",;:("); j >= 0 {
		np = np[j+1:]
	}
	words := strings.Fields(np)
	for i, w := range words {
		if y := yearWord(w); y != 0 && i > 0 && (strings.EqualFold(words[i-1], "the") || words[i-1] == "of" && i == len(words)-1) {
			return y
		}
	}
	return 0
}

// yearWord returns w as a year (1000–2999) when it is four digits, else 0.
func yearWord(w string) int {
	if len(w) != 4 || !isAllDigits(w) {
		return 0
	}
	if n, _ := strconv.Atoi(w); n >= 1000 && n <= 2999 {
		return n
	}
	return 0
}

// isFutureWeekdayAhead reports whether a weekday in a clause in tense
// t that names the moment of writing's own weekday is the next week's
// (ruleFutureWeekday): in a future clause, where no news dateline is in
// force. A speaker or a writer dating a text calls its own day "today"
// and says "on Thursday" of one to come ("On Thursday our staff will
// join the commemoration", in a text of a Thursday); only the news
// convention, under a dateline, calls the report's own day by its
// weekday in any tense.
func (r *resolver) isFutureWeekdayAhead(t tense) bool {
	return t == tenseFuture && r.dateline == nil && r.entry == nil && r.off.on(ruleFutureWeekday)
}

// isDeclaredDay reports whether xe, a weekday, is the object of a verb
// whose complement makes it a kind of day (ruleDeclaredDay): "Tokayev has
// declared Monday a national day of mourning", "the council named Friday
// a public holiday". The declaration is for a day it precedes, so the
// weekday lies ahead of the clause's time, as a plan's date does. The
// complement is "a" or "an" right after the weekday and, within a few
// words, "day" or a day WordNet files as kept ("holiday", "festival";
// see Lexicon.Observance).
func (st *sentenceScan) isDeclaredDay(xe dateExpr) bool {
	if !st.x.r.off.on(ruleDeclaredDay) || xe.kind != exWeekday || xe.delta != 0 {
		return false
	}
	if v := lastWord(st.m[:xe.start]); v == "" || !isVerbForm(lowerASCII(v)) {
		return false
	}
	end := xe.end
	if xe.last != nil {
		end = xe.last.end // "Sunday to Tuesday": the complement follows the span
	}
	words := strings.Fields(lowerASCII(st.m[end:]))
	plural := xe.last != nil && st.x.r.off.on(ruleWeekdayRange)
	if len(words) < 2 || words[0] != "a" && words[0] != "an" && !plural {
		return false
	}
	for _, w := range words[:min(len(words), 5)] {
		w = strings.TrimRight(w, ".,;:")
		if w == "day" || plural && w == "days" || wordnet.Load().Observance(w) {
			return true
		}
	}
	return false
}

// startsFraction reports whether rest, the text after a hedge, opens
// with a fraction of a count ("half a million", "a third of the
// garrison"), which the hedge qualifies (ruleHedgedFraction).
func startsFraction(rest string) bool {
	w, end := nextLowerWord(rest, 0)
	if w == "a" || w == "an" {
		w, _ = nextLowerWord(rest, end)
	}
	return isFraction(w)
}

// isAsLateAs reports whether the tokens before token i are "as late
// as" or "as early as" (ruleAsLateAs): "were executed as late as 1990"
// dates the executions in 1990; the phrase stresses how late, it
// compares nothing. "As recently as 2020" is left alone: it opens a
// state the text goes on to contrast ("As recently as 2020, few
// expected war") more often than a happening.
func (s *dateScanner) isAsLateAs(i int) bool {
	if !s.off.on(ruleAsLateAs) || s.lower(i-1) != "as" || s.lower(i-3) != "as" {
		return false
	}
	switch s.lower(i - 2) {
	case "late", "early":
		return true
	}
	return false
}

// blankRelativeAsides returns scope with each relative clause that a
// comma opens (", which …", ", who …", ", whose …") blanked to the next
// comma or the end, unless the date at byte at lies in it
// (ruleRelativeAside): "Overnight, rioters set fire to the Public
// Relations Department, which runs state radio" is a past clause; the
// present "runs" describes the department. Offsets are kept.
func blankRelativeAsides(scope string, at int) string {
	if !strings.Contains(scope, ", wh") {
		return scope // most clauses: no relative clause set off
	}
	out := []byte(scope)
	for i := 0; ; {
		k := strings.Index(scope[i:], ", wh")
		if k < 0 {
			break
		}
		start := i + k + 2
		w, _ := nextLowerWord(scope, start)
		end := len(scope)
		if c := strings.IndexByte(scope[start:], ','); c >= 0 {
			end = start + c
		}
		if (w == "which" || w == "who" || w == "whose") && (at < start || at >= end) {
			for j := start; j < end; j++ {
				out[j] = ' '
			}
		}
		i = start
	}
	return string(out)
}

// markNthDay makes e, a day counted from the moment of writing or the
// narrative ("today", "yesterday", "the next day") at tokens [i, next),
// the last day of a span when "for a third day" or "for the second
// straight day" stands beside it (ruleNthDay): "Army units fought for a
// third day today" fought on the two days before today and on today.
func (s *dateScanner) markNthDay(e *dateExpr, i, next int) {
	if e.kind != exNowDay && (e.kind != exRelDay || e.base != nil) || e.last != nil || e.prec != PrecisionDay || e.toMonth || e.toYear {
		return
	}
	n := s.nthDayAt(next)
	if n == 0 {
		n = s.nthDayBefore(i)
	}
	if n < 2 {
		return
	}
	end := *e
	e.delta -= n - 1
	e.last = &end
}

// nthDayAt reads "for a third day" or "for the second straight day" at
// k and returns the ordinal, else 0.
func (s *dateScanner) nthDayAt(k int) int {
	if s.lower(k) != "for" || s.lower(k+1) != "a" && s.lower(k+1) != "the" {
		return 0
	}
	n := ordinalWord(s.lower(k + 2))
	k += 3
	switch s.lower(k) {
	case "straight", "consecutive", "successive":
		k++
	}
	if n == 0 || s.lower(k) != "day" {
		return 0
	}
	return n
}

// nthDayBefore reads "for a third day" (perhaps "running" or "in a row"
// after it) ending just before token i, else 0.
func (s *dateScanner) nthDayBefore(i int) int {
	k := i
	if s.lower(k-1) == "running" {
		k--
	} else if s.lower(k-1) == "row" && s.lower(k-2) == "a" && s.lower(k-3) == "in" {
		k -= 3
	}
	for j := k - 4; j >= k-5 && j >= 0; j-- {
		if n := s.nthDayAt(j); n > 0 && s.lower(k-1) == "day" {
			return n
		}
	}
	return 0
}

// isPerfectAfterEd reports whether head, the words of a clause before its
// date, hold a past perfect ("had recommended", "had once recommended")
// with nothing before it that is past beyond doubt ("was", "were",
// "did"): the forms before it that made the clause past may be
// participles of reduced relatives (rulePerfectOverEd).
func isPerfectAfterEd(head string) bool {
	words := paddedWordList(head)
	for i, w := range words {
		switch {
		case w == "was" || w == "were" || w == "did":
			return false
		case w == "had" && i+1 < len(words) && (isParticiple(words[i+1]) || isAdverbOfTime(words[i+1]) && i+2 < len(words) && isParticiple(words[i+2])):
			return true
		}
	}
	return false
}

// isParticipleAside reports whether the date xe lies in a phrase set off
// by commas on both sides that opens with a past participle, after words
// of its own clause: "U Nu, deposed in 1962, declared" (ruleParticipleAside).
func (st *sentenceScan) isParticipleAside(xe dateExpr) bool {
	if !st.x.r.off.on(ruleParticipleAside) {
		return false
	}
	clause, from := clauseAt(st.m, st.bounds, xe.start, xe.end)
	seg, segFrom := commaPhrase(clause, xe.start-from, xe.end-from)
	if segFrom == 0 || segFrom+len(seg) >= len(clause) || strings.TrimSpace(clause[:segFrom-1]) == "" {
		return false // not set off on both sides, or opening the clause
	}
	first, _ := nextLowerWord(seg, 0)
	return isRegularPast(first) || isParticipleOnly(first) && isParticiple(first)
}

// isDefinedDay reports whether p, xe's placing, is a past day written in
// full right after a copula that has a subject before it: "The date
// usually given for the group's birth is 14 May 1970" (ruleDefinedDay).
// The clause says what a date is, which is told as a figure is: the
// narrative reaches the day, and nothing happened in the clause itself.
func (st *sentenceScan) isDefinedDay(p placed, xe dateExpr, from int) bool {
	if !st.x.r.off.on(ruleDefinedDay) || xe.kind != exCalendar || xe.year == 0 || xe.yref != yrNone || xe.prec != PrecisionDay || xe.last != nil {
		return false
	}
	if now := st.x.r.now(); now != nil && compareDateKeys(p.d.start(), now.start()) > 0 {
		return false // "The deadline is 5 May 2030": a day to come
	}
	head := paddedWordList(st.m[from:xe.start])
	if len(head) < 2 {
		return false
	}
	switch head[len(head)-1] {
	case "is", "are", "was", "were":
		return true
	}
	return false
}

// isDeadlineNounBefore reports whether head, the words of a clause before
// a weekday, end in a noun phrase headed by "deadline" or "ultimatum"
// that the weekday completes: "a deadline of 5 p.m. on", "an ultimatum
// expiring on". Only the last six words count, and a finite past verb
// after the noun ("the deadline passed on") makes the day the verb's.
func isDeadlineNounBefore(head string) bool {
	w := paddedWordList(head)
	for k := len(w) - 1; k >= 0 && k >= len(w)-6; k-- {
		switch {
		case w[k] == "deadline" || w[k] == "ultimatum":
			return true
		case w[k] == "was" || w[k] == "were" || isIrregularPast(w[k]) && !isParticipleOnly(w[k]) || isRegularPast(w[k]):
			return false
		}
	}
	return false
}

// isRequestedDay reports whether head, the words of a clause before a
// weekday or a day with no year, ends in a request and what it asks for
// (ruleRequestedDay): a verb or noun of request, "for", and an
// indefinite noun phrase with no verb in it, before "on" ("called for a
// march through Harare on", "a call for rallies on"). An indefinite
// phrase ("a march", "rallies") names a thing yet to be, so the day is
// its own, ahead of the asking; a mass noun or a definite one ("called
// for calm on Monday", "called for his resignation on Monday") names
// no new thing, and the day is the asking's.
func isRequestedDay(head string) bool {
	head = trimRight(head, " ")
	if !strings.HasSuffix(head, " on") || !strings.Contains(head, " for ") {
		return false // most dates: no need to read the words
	}
	w := paddedWordList(head[strings.LastIndexAny(head, ",;:()")+1:])
	w = w[:len(w)-1] // "on"
	for k := len(w) - 1; k >= 1 && k >= len(w)-8; k-- {
		if w[k] != "for" {
			continue
		}
		return isRequestWord(w[k-1]) && isIndefinitePhrase(w[k+1:])
	}
	return false
}

// isRequestWord reports whether w is a verb or a noun of asking for
// something to be done: "call", "appeal", "plea" in any inflection.
func isRequestWord(w string) bool {
	switch w {
	case "call", "calls", "called", "calling", "appeal", "appeals", "appealed", "appealing", "plea", "pleas":
		return true
	}
	return false
}

// isIndefinitePhrase reports whether w, the words after "for", are a
// noun phrase that names a new thing: it opens with "a" or "an", or with
// no determiner holds a plural ("rallies", "nationwide protests"); no
// verb or clause link stands in it.
func isIndefinitePhrase(w []string) bool {
	if len(w) == 0 || hasEventVerbWords(w) || slices.ContainsFunc(w, isClauseLink) {
		return false
	}
	if w[0] == "a" || w[0] == "an" || w[0] == "another" {
		return true
	}
	if isDeterminer(w[0]) || isPossessiveDeterminer(w[0]) {
		return false
	}
	for _, x := range w {
		if isPreposition(x) || x == "of" || x == "through" || x == "to" {
			break
		}
		if len(x) > 3 && strings.HasSuffix(x, "s") && !strings.HasSuffix(x, "ss") {
			return true
		}
	}
	return false
}

// requestedTense is the tense of a day a request asks for
// (ruleRequestedDay), in a clause of tense t: a weekday is the one
// ahead of the asking, as a future clause's is; a day with no year is a
// plan's, in the narrative's year and scheduled when it lies after the
// moment of writing. With no moment of writing the narrative's own
// order already puts a weekday after the day it told, and nothing is
// scheduled: t stands, as it does for a date that writes its year.
func (st *sentenceScan) requestedTense(xe dateExpr, t tense) tense {
	switch {
	case st.x.r.now() == nil:
		return t
	case xe.kind == exWeekday && xe.delta == 0:
		return tenseFuture
	case xe.kind == exCalendar && xe.year == 0 && xe.yref == yrNone:
		return tensePastPlan
	}
	return t
}

// isTargetFor reports whether head, the words of a clause before a
// date, end in "for" after a noun, perhaps set off by a comma ("called
// elections to a new parliament, the Federal Assembly, for", "announced
// a new programme of rallies for"; rule target-for): the date is the one
// the thing named is for. "For" after a verb ("waited for") or a
// participle ("set for", see isTargetBefore) is left to those readings,
// and so is a preposition that excepts or compares ("except for", "as
// for").
func isTargetFor(head string) bool {
	head = trimRight(head, " ")
	if !strings.HasSuffix(head, " for") {
		return false // most dates: no need to read the words
	}
	prev := lowerASCII(strings.TrimRight(trailingWord(head[:len(head)-len(" for")]), ","))
	if len(prev) < 2 || !isASCIILetters(prev) || isVerbForm(prev) || isParticiple(prev) || lang.IsEnglishStopWord(prev) {
		return false // "waited for", "set for", "and for", "as for"
	}
	switch prev {
	case "except", "save", "apart", "time", "responsible", "known", "famous", "ready":
		return false // "except for", "apart from", "for the first time for", "known for"
	}
	return true
}

// isTargetFrom reports whether head, a clause's words before its date,
// end in "from", "starting" or "beginning" (perhaps with "on") right
// after a noun (rule target-from): "a two-day hartal starting on", "a
// general holiday from". A verb, a participle or a function word before
// it ("moved from", "fled from", "and from") opens no target.
func isTargetFrom(head string) bool {
	w := paddedWordList(head)
	n := len(w)
	if n > 0 && w[n-1] == "on" {
		n--
	}
	if n < 2 || !isSpanOpening(w[n-1]) || w[n-1] == "from" && w[n-2] == "on" {
		return false
	}
	prev := w[n-2]
	return len(prev) > 2 && isASCIILetters(prev) && !isVerbForm(prev) && !isParticiple(prev) && !lang.IsEnglishStopWord(prev) && !isDateNumberWord(prev)
}

// targetFor reports whether xe, a day or a weekday with no year written,
// is the target of "for" after a noun (rule target-for, isTargetFor).
func (st *sentenceScan) targetFor(head string, xe dateExpr) bool {
	if !st.x.r.off.on(ruleTargetFor) {
		return false
	}
	if xe.kind != exWeekday && (xe.kind != exCalendar || xe.year != 0 || xe.yref != yrNone) {
		return false // a year written is taken as written
	}
	return isTargetFor(head)
}

// targetFrom reports whether xe, a day or a weekday with no year
// written, opens what a noun names after "from" or "starting" (rule
// target-from, isTargetFrom).
func (st *sentenceScan) targetFrom(head string, xe dateExpr) bool {
	if !st.x.r.off.on(ruleTargetFrom) {
		return false
	}
	if xe.kind != exWeekday && (xe.kind != exCalendar || xe.year != 0 || xe.yref != yrNone) {
		return false
	}
	return isTargetFrom(head)
}

// isObjectYearAhead reports whether d, a year written alone, completes a
// noun phrase opened by a determiner or a possessive after its clause's
// verb ("contributed to the party's split in 1964", "ended with its
// dissolution in 1970"), and lies two years or more past the latest
// month or day the narrative told (rule object-year). The year dates
// the noun, an outcome the writer glances ahead to, not the verb: the
// story told day by day stays in its year ("The fighting resumed on 14
// November"). A year that opens its clause ("In 1964 the party split")
// or names its subject ("The split of 1964 weakened it") sets the
// narrative's time, and a year after the verb itself ("came in 1964")
// is the verb's.
func (st *sentenceScan) isObjectYearAhead(d Date, xe dateExpr) bool {
	p := st.x.r.prev
	if !st.x.r.off.on(ruleObjectYear) || p == nil || p.Precision < PrecisionMonth || d.Precision != PrecisionYear ||
		xe.kind != exCalendar || xe.year == 0 || xe.last != nil || d.Year < p.Year+2 {
		return false
	}
	w := paddedWordList(st.m[clauseStart(st.bounds, xe.start):xe.start])
	if n := len(w); n > 0 && (w[n-1] == "in" || w[n-1] == "of") {
		w = w[:n-1]
	}
	n := len(w)
	return n >= 3 && (isDeterminer(w[n-2]) || isPossessive(w[n-2])) && hasEventVerbWords(w[:n-2])
}
