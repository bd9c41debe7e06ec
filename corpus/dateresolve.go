package corpus

import "time"

// resolver turns temporal expressions into calendar dates, in the spirit of
// HeidelTime's news mode, carrying the narrative state of one briefing.
//
// The moment of writing is the latest news dateline ("NAIROBI, Jan. 3 —"),
// or date alone on a line or heading, else the briefing's date, else
// unknown; a dateline without a year counts from the previous dateline,
// else from the briefing's date (see eventScan.setMoment). The horizon,
// past which no past date may fall, is the moment
// of writing, except under a date alone on a line, where it is the
// briefing's date (see horizon). The tense of the clause that
// governs a date (see clauseTense) decides which way it may go.
//
// The rules, in order (README.md, "Factions and timeline", says the same
// for readers):
//   - An explicit year is taken as written.
//   - A date with no year in a past clause, or one with no finite verb,
//     takes the narrative year: the year of the last date the text
//     reported, in the text's order. It survives headings and undated paragraphs; a heading
//     that names a year ("## 2011: the uprising") sets it, as does the
//     title of an undated article ("2006 Lebanon War"). Dates that report
//     nothing do not move it (see eventScan.advance): announcements,
//     reference points, conditions, questions, quoted speech, relative
//     clauses ("which signed an accord in 2014"), a year completing the
//     verb's object well ahead of the narrative ("contributed to the
//     party's split in 1964"; see isObjectYearAhead), asides in parentheses
//     or between dashes (see isAside), list items that do not open with
//     their date, a past perfect in an earlier year ("had been the site
//     of a shelling in 1996"), and a date earlier than its sentence's
//     first, unless that first was counted ("the following year") and
//     the later one is written (see sentenceScan.follow). A year naming the subject of a past clause ("The upheavals
//     of 1991 changed that") moves it (see isSubjectYear); "the
//     following March" counts from its latest date (see
//     monthFromNarrative). Narratives run forward: a
//     month more than six months before the previous date of the
//     narrative year ("On Dec. 24 ... on 3 January") takes the next year,
//     unless that lands after the moment of writing. A day the narrative
//     told of, written again a year off the narrative year, keeps the
//     year it was told in (see narrativeYear); a count set off after a
//     date written in full glosses it (see countsToWritten). A new
//     section's paragraph opening on a month, while the narrative stands
//     in a year it only glanced at, returns to the year it told most of
//     (see focalReturn); a paragraph opening on a month that year never
//     told, two months or more from its latest date, picks up the thread
//     of the year next to it that told that month (see toldMonthYear).
//   - A date with no year in a present, perfect or future clause, or in a
//     past one before the text gave any year, takes the year of the moment
//     of writing. So does a past one under a news dateline in a
//     paragraph that has written out no year of its own (see
//     isReportYear).
//   - With neither, it keeps no year: ISO 8601's --MM-DD.
//   - Direction: a past date whose year was not written never lands after
//     the horizon ("December 20" in a briefing of 5 January is
//     last December); a future one ("will be held", "must", "is due to",
//     a passive infinitive "to be held", "fixed for"; see
//     isProspectiveBefore) never before it. A present one ("takes office on May 29", "deploying
//     from 1 October", "talks for 21 May") stays in the moment's year, and
//     is scheduled when it lies after it.
//   - "Last March" is the latest March before the moment of writing
//     (the dateline in force, else the briefing's date).
//   - "Today", "yesterday", "this morning", "last week" count from the
//     moment of writing, or from a chronology entry's day inside the
//     entry; "today" in the present tense is the present age, not a day.
//     "Earlier this week", "later this week", "this week", "next week" are
//     spans of that week (see week). A weekday counts from the nearest
//     date (see weekday):
//     with no dateline in force, the next such day after a day its
//     paragraph gave in full; else the latest such day not after the
//     moment of writing in a past clause, or the first not before it:
//     a report filed on a Monday calls that day "Monday".
//   - A relative day ("the following day", "two days after the election",
//     "hours later", "within two days") counts from the latest
//     day-precision date earlier in its sentence, else from the latest
//     reported day of the text before it, across paragraphs. Announced
//     days, past-perfect steps back and the first day of a span are not
//     anchors, and a sentence that gave only a month or a year has none
//     (see sentenceScan.date). An ordinal day ("the third day of the
//     offensive") counts from the latest day something began (see
//     startCurrent). "The last day of" a month or year is that day.
//   - A range ("3–5 March", "from 1996 until 2006", "on 29 February and 1
//     March", "began on 27 August and ended on 26 September") is resolved
//     at both ends; a start without a year takes the end's.
type resolver struct {
	ref      Date  // day precision; zero when the briefing has no date
	dateline *Date // the latest news dateline, the moment its report was written
	headed   bool  // the dateline is a date alone on a line or a heading
	// spoken says the dateline is a heading's that labels a
	// communication with its day (headingMoment): what is said under it
	// was said on that day (see momentYear).
	spoken bool
	// paraYear is ctxYear as the current paragraph began: a paragraph
	// that has moved it has written out a year of its own.
	paraYear int
	// paraMonth is monthAnchor as the current paragraph began (see
	// latestTold).
	paraMonth *Date
	paraDay   *Date // the latest day the current paragraph reported in full
	// entry is the day of the chronology entry being read ("- Feb. 6 —
	// …"): the day its weekdays and "yesterday" count from, as a
	// dateline's would. Nil outside an entry.
	entry *Date
	// updated says the date being resolved kept the dateline's year as
	// a later line of the dispatch (see isLaterUpdate): it happened, and
	// is no announcement. resolve reads and clears it.
	updated   bool
	ctxYear   int   // narrative year, 0 when none
	dayAnchor *Date // for relative days, from earlier sentences
	// anchorNight is the part of the night the sentence that gave
	// dayAnchor reached (see sentenceScan.rollsOverNight).
	anchorNight nightPart
	monthAnchor *Date // for relative months
	startDay    *Date // the latest day something began on: "the third day" counts from it
	prev        *Date // the latest date of the current narrative (see ctxYear)
	// mentioned and mentionedBefore are the latest year written out in
	// a main clause of the current sentence and of the one before, or 0:
	// what "that year" and "the following year" refer back to (see
	// anaphorYear).
	mentioned, mentionedBefore int
	// opened and openedBefore are the first month or day the current
	// sentence and the one before moved the narrative to, or nil: the
	// month a sentence that went on into a later year returns to (see
	// returnYear).
	opened, openedBefore *Date
	// told holds the year of each day (month, day) the narrative has
	// reported: a later "on 28 October" a year off the narrative year is
	// that day told again (see narrativeYear).
	told map[[2]int]int
	// months counts the dates the narrative reported in each (year,
	// month), monthsTotal in all, and paraMonths is how many it had
	// reported in all as the current paragraph began (see focalReturn).
	months                  map[[2]int]int
	monthsTotal, paraMonths int
	// section is the chain of headings over the current paragraph, and
	// yearSection the one over the paragraph whose date last moved the
	// narrative into another year (see opensStep).
	section, yearSection string
	off                  dateRules // the date rules turned off, for ablation; nil in use
}

func newResolver(ref time.Time) *resolver {
	r := &resolver{}
	if !ref.IsZero() {
		r.ref = Date{Year: ref.Year(), Month: int(ref.Month()), Day: ref.Day(), Precision: PrecisionDay}
	}
	return r
}

// now is the moment of writing: the latest dateline, else the briefing's
// date, else nil.
func (r *resolver) now() *Date {
	if r.dateline != nil {
		return r.dateline
	}
	if r.ref.IsZero() {
		return nil
	}
	return &r.ref
}

// horizon is the latest day a past date may fall on: the moment of
// writing, except under a date that stands alone on a line or a heading
// ("**June 12**"). Such a date heads a day of a chronology as often as a
// report, and the text under it may run on past it ("On June 20 voters
// went to the polls"): there the briefing's date bounds the past, or
// nothing when it has none.
func (r *resolver) horizon() *Date {
	if r.dateline != nil && r.headed {
		if r.ref.IsZero() {
			return nil
		}
		return &r.ref
	}
	return r.now()
}

// dayMoment is what a weekday or "yesterday" counts from: the day of the
// chronology entry being read, else the moment of writing. Calendar
// dates are not capped by an entry's day, since an entry may tell how a
// story it opened ended.
func (r *resolver) dayMoment() *Date {
	if r.entry != nil {
		return r.entry
	}
	return r.now()
}

// resolve places e, and the end of its range when it is one. t is the
// tense of its clause; local is the latest day-precision date earlier in
// the same sentence.
func (r *resolver) resolve(e dateExpr, t tense, local *Date) (Date, Date, bool) {
	if e.kind == exWeek {
		return r.week(e, t)
	}
	d, ok := r.place(e, t, local)
	if !ok {
		return Date{}, Date{}, false
	}
	end := r.rangeEnd(e, d, t, local)
	if end.IsZero() && e.countedDays != 0 && d.Precision == PrecisionDay {
		d, end = countedSpan(d, e.countedDays)
	}
	r.schedule(&d, t)
	if r.updated {
		d.Scheduled, r.updated = false, false // "was sworn in on 16 July", under 10 July: past
	}
	r.scheduleNowApposed(e, &d)
	if !end.IsZero() {
		r.schedule(&end, t)
		d.Scheduled = d.Scheduled || end.Scheduled && t == tenseFuture
		end.Scheduled = d.Scheduled
	}
	return d, end, true
}

// countedSpan returns the span of |days| days that d opens (days > 0)
// or closes (days < 0): "in three days of fighting" from 25 April is 25
// to 27 April; "a two-day meeting, which ended today" on 24 June is 23
// to 24 June.
func countedSpan(d Date, days int) (Date, Date) {
	start, end := d, d
	if days > 0 {
		end.Year, end.Month, end.Day = addDays(d.Year, d.Month, d.Day, days-1)
	} else {
		start.Year, start.Month, start.Day = addDays(d.Year, d.Month, d.Day, days+1)
	}
	return start, end
}

// rangeEnd resolves the end of e's range, d being its start, or returns
// the zero Date when e is no range or its end would come before d.
func (r *resolver) rangeEnd(e dateExpr, d Date, t tense, local *Date) Date {
	var (
		end Date
		ok  bool
	)
	switch {
	case e.last == nil:
	case e.kind == exWeekday && e.last.kind == exWeekday:
		// The first day after the start that falls on the end's
		// weekday: the weekend's Sunday, "Sunday to Tuesday"'s Tuesday.
		end = weekdayAfter(d, e.last.weekday)
	case e.kind == exCalendar && e.last.kind == exRelDay && d.Precision == PrecisionDay && r.off.on(ruleCountedEnd):
		// "began on 23 December and ended the next day": the end
		// counts from the span's start (see isCountedEnd).
		if end, ok = r.place(*e.last, t, &d); !ok || compareDateKeys(end.end(), d.start()) < 0 {
			end = Date{}
		}
	case e.last.kind != exCalendar:
		// "a visit today that had begun on Thursday": an end counted
		// from the moment or the narrative, as its start is.
		if end, ok = r.place(*e.last, t, local); !ok || compareDateKeys(end.end(), d.start()) < 0 {
			end = Date{}
		}
	default:
		last := *e.last
		if last.year == 0 && last.yref == yrNone && d.Year != 0 {
			last.year = d.Year
		}
		if end, ok = r.calendar(last, t); !ok || compareDateKeys(end.end(), d.start()) < 0 && last.year != e.last.year {
			last.year++ // "from December to February": the next February
			end, ok = r.calendar(last, t)
		}
		if !ok || compareDateKeys(end.end(), d.start()) < 0 {
			end = Date{}
		}
	}
	return end
}

// schedule marks d as announced when it lies after the moment of writing,
// or when its clause is future and it has not ended by then. A past
// clause's date is announced only when it lies after the horizon.
func (r *resolver) schedule(d *Date, t tense) {
	now := r.now()
	if t == tensePastPlan {
		// A plan the narrative told: announced where it lies after the
		// moment of writing, or where no such moment says it is over.
		d.Scheduled = now == nil || compareDateKeys(d.start(), now.start()) > 0
		return
	}
	if isPastTense(t) {
		now = r.horizon()
	}
	switch {
	case now == nil || d.Year == 0:
		d.Scheduled = t == tenseFuture
	case compareDateKeys(d.start(), now.start()) > 0:
		d.Scheduled = true
	default:
		d.Scheduled = t == tenseFuture && compareDateKeys(d.end(), now.start()) >= 0
	}
}

// place resolves e's own date.
func (r *resolver) place(e dateExpr, t tense, local *Date) (Date, bool) {
	if e.ahead && isPastTense(t) {
		return Date{}, false // "killed 20 people in two days": a duration
	}
	if e.pastOnly && !isPastTense(t) {
		return Date{}, false // "markets open in the morning": a habit
	}
	if e.kind == exRelDay && r.isCoarseSameDay(e, local) {
		// "landed rifles at Howth in July 1914. That same day,
		// soldiers fired": the day of the month just told, which
		// the text leaves at its month.
		return Date{Year: r.prev.Year, Month: r.prev.Month, Precision: PrecisionMonth}, true
	}
	d, ok := r.placeKind(&e, t, local)
	if !ok {
		return Date{}, false
	}
	return shapePlaced(d, e)
}

// placeKind resolves e by its kind. A window counted in days may set
// e's toMonth or toYear, which shapePlaced then applies.
func (r *resolver) placeKind(e *dateExpr, t tense, local *Date) (Date, bool) {
	switch e.kind {
	case exCalendar:
		return r.calendar(*e, t)
	case exLastMonth, exNextMonth, exRefMonth:
		return r.refMonth(*e)
	case exRelDay:
		return r.relDay(e, local)
	case exRelMonth:
		return r.relMonth(*e, t, local)
	case exNowDay:
		return r.nowDay(*e, t)
	case exWeekday:
		return r.weekday(*e, t, local)
	}
	return Date{}, false
}

// relDay resolves a count of days from its anchor ("two days later").
func (r *resolver) relDay(e *dateExpr, local *Date) (Date, bool) {
	a := r.anchor(*e, local, PrecisionDay)
	if a == nil {
		return Date{}, false
	}
	y, m, day := addDays(a.Year, a.Month, a.Day, e.delta)
	d := Date{Year: y, Month: m, Day: day, Precision: PrecisionDay, Modifier: e.mod}
	if e.window {
		// "within two weeks" of 11 April is April; of 25 April,
		// the window crosses into May: the year.
		e.toMonth = r.windowInMonth(a, *e, y, m)
		e.toYear = !e.toMonth
	}
	if a.Modifier == ModApprox {
		d.Modifier = ModApprox
	}
	return d, y == a.Year || a.Year != 0
}

// relMonth resolves a count of months from its anchor, or from the
// moment of writing for a month in a clause that is no past ("next
// month").
func (r *resolver) relMonth(e dateExpr, t tense, local *Date) (Date, bool) {
	a := r.anchor(e, local, PrecisionMonth)
	if e.clauseMonth && !isPastTense(t) {
		a = r.now()
	}
	if a == nil {
		return Date{}, false
	}
	months := a.Year*12 + a.Month - 1 + e.delta
	return Date{Year: months / 12, Month: months%12 + 1, Precision: PrecisionMonth, Modifier: e.mod}, a.Year != 0 && months >= 0
}

// shapePlaced gives a resolved date the edge day, month or year its
// expression asks for ("the end of the month", a window's month), and
// rejects a date the calendar has not.
func shapePlaced(d Date, e dateExpr) (Date, bool) {
	if e.edgeDay != 0 {
		d = edgeDayOf(d, e.edgeDay)
	}
	if e.toMonth {
		d = Date{Year: d.Year, Month: d.Month, Precision: PrecisionMonth, Modifier: ModApprox}
	}
	if e.toYear {
		d = Date{Year: d.Year, Precision: PrecisionYear, Modifier: ModApprox}
	}
	if !validDate(d) {
		return Date{}, false
	}
	return d, true
}

// windowInMonth reports whether the window e counts from anchor a,
// ending in month m of year y, lies in one month. A window that opens
// some days on (see vagueWeeks) counts only from a day the text gave: a
// day made up from a month told later (see anchor) gives no such start.
func (r *resolver) windowInMonth(a *Date, e dateExpr, y, m int) bool {
	if e.windowFrom > 0 && a.Modifier == ModApprox {
		return false
	}
	sy, sm, _ := addDays(a.Year, a.Month, a.Day, e.windowFrom)
	return sy == y && sm == m
}

// edgeDayOf returns the first (edge -1) or last (edge 1) day of the month
// or year d names. A month without a year ends on its longest last day.
func edgeDayOf(d Date, edge int) Date {
	if d.Precision == PrecisionYear {
		d.Month = 1
		if edge > 0 {
			d.Month = 12
		}
	}
	d.Day = 1
	if edge > 0 {
		d.Day = monthDays(d.Year, d.Month)
		if d.Year == 0 {
			d.Day = monthDays(2000, d.Month)
		}
	}
	d.Precision, d.Modifier = PrecisionDay, ""
	return d
}

// refMonth resolves a month counted from the moment of writing (a
// report's dateline, else the briefing's date): "last March" (the latest
// March before it), "next July", "last month", "earlier this month".
func (r *resolver) refMonth(e dateExpr) (Date, bool) {
	now := r.now()
	if now == nil || now.Year == 0 {
		return Date{}, false
	}
	y := now.Year
	switch e.kind {
	case exLastMonth:
		if e.month >= now.Month {
			y--
		}
	case exNextMonth:
		if e.month <= now.Month {
			y++
		}
	default:
		months := now.Year*12 + now.Month - 1 + e.delta
		return Date{Year: months / 12, Month: months%12 + 1, Precision: PrecisionMonth, Modifier: e.mod}, true
	}
	return Date{Year: y, Month: e.month, Precision: PrecisionMonth, Modifier: e.mod}, true
}

// nowDay resolves "today", "yesterday", "last week" from the moment of
// writing. "Today" in the present tense is the present age ("today the
// country is calm"), not a day.
func (r *resolver) nowDay(e dateExpr, t tense) (Date, bool) {
	now := r.dayMoment()
	if now == nil || now.Year == 0 || (e.delta == 0 && t == tensePresent) || e.underDateline && r.dateline == nil && r.entry == nil {
		return Date{}, false
	}
	y, m, day := addDays(now.Year, now.Month, now.Day, e.delta)
	if e.anniversary > 0 {
		y, m, day = anniversaryDay(y, m, day, e.anniversary)
	}
	return Date{Year: y, Month: m, Day: day, Precision: PrecisionDay, Modifier: e.mod}, true
}

// week resolves "earlier this week", "later this week", "this week",
// "last week" and "next week" as the span of days they name in the week
// of the day a weekday would count from (see dayMoment), weeks running
// Monday to Sunday as in ISO 8601: the days before that day, the days
// after it, the last week's seven, the next week's seven. "This week" alone is the days before in a past
// clause, the days after otherwise, with the day itself. A span that would be empty ("earlier
// this week" on a Monday) is the one day next to the moment. The writer
// gives no day, so neither does the span: it says when, within it, the
// event fell.
func (r *resolver) week(e dateExpr, t tense) (Date, Date, bool) {
	m := r.dayMoment()
	if e.anaphoric {
		m = r.dayAnchor
	}
	if m == nil || m.Year == 0 || m.Precision != PrecisionDay {
		return Date{}, Date{}, false
	}
	from, to := weekSpan(e, t, (weekdayOfDate(*m)+6)%7)
	d, end := dayOffset(*m, from), dayOffset(*m, to)
	if from == to {
		end = Date{}
	}
	r.schedule(&d, t)
	if !end.IsZero() {
		end.Scheduled = d.Scheduled
	}
	if from, to, ok := r.weekByMonths(e, d, end); ok {
		d, end = from, to
	}
	return d, end, true
}

// weekSpan returns the first and last days of the week e names, counted
// from a day whose ISO weekday (Monday 0) is iso: e.delta -1 the days
// before it in its week, 1 the days after it, 2 the next week's seven,
// -2 the last week's; "this week" alone (delta 0) the days before in a
// past clause of tense t, the days after otherwise, with the day itself.
// A span that would be empty is the one day next to the moment.
func weekSpan(e dateExpr, t tense, iso int) (from, to int) {
	dir := e.delta
	if dir == 0 {
		dir = 1
		if isPastTense(t) {
			dir = -1
		}
	}
	switch dir {
	case -1:
		from, to = min(-iso, -1), -1
	case 1:
		from, to = 1, max(6-iso, 1)
	case 2:
		from, to = 7-iso, 13-iso
	default:
		from, to = -7-iso, -1-iso
	}
	if e.delta == 0 && dir < 0 {
		to = 0 // "this week" alone holds the day itself
	} else if e.delta == 0 {
		from = 0
	}
	return from, to
}

// dayOffset returns the day n days after a (before it when n is
// negative), precise to the day; a's modifier and schedule are not kept.
func dayOffset(a Date, n int) Date {
	y, m, d := addDays(a.Year, a.Month, a.Day, n)
	return Date{Year: y, Month: m, Day: d, Precision: PrecisionDay}
}

// weekByMonths dates a week counted from the moment of writing, whose
// days are d–end (end zero for one day), by the months they lie in:
// "this week", "earlier this week", "later this week" and "next week"
// give no day, so their events fall on some day of the week's month
// (ruleWeekMonth), as "the following week" and "the same week" do (see
// sameDayPhrase), or, for a week across two months, on some day of the
// span of those two months (ruleWeekMonths). "Last week" (delta -2)
// gives no day either: with ruleLastWeekMonth it is dated by its months
// too, else it keeps its seven days. "That week", an anaphor of the
// narrative, and a span of one day ("earlier this week" on a Monday),
// which is that day, keep their days; so does a week whose rule is off.
func (r *resolver) weekByMonths(e dateExpr, d, end Date) (from, to Date, ok bool) {
	if e.anaphoric || end.IsZero() || e.delta == -2 && !r.off.on(ruleLastWeekMonth) {
		return Date{}, Date{}, false
	}
	from = Date{Year: d.Year, Month: d.Month, Precision: PrecisionMonth, Scheduled: d.Scheduled}
	if end.Year == d.Year && end.Month == d.Month {
		return from, Date{}, r.off.on(ruleWeekMonth)
	}
	to = Date{Year: end.Year, Month: end.Month, Precision: PrecisionMonth, Scheduled: d.Scheduled}
	return from, to, r.off.on(ruleWeekMonths)
}

// weekday resolves "on Tuesday" from the nearest date: in a chronology
// entry, the entry's day; in a news report, its dateline; elsewhere a day the same paragraph gave in full ("On 3
// March the army attacked. On Tuesday rebels replied": the Tuesday after
// it), else the briefing's date. From the moment of writing it is the
// latest Tuesday not after it when its clause is past or perfect, else
// the first not before it: a report filed on a Monday calls that day
// "Monday", as news style does, in any tense. "Last Tuesday" and "next
// Tuesday" exclude the day itself. A text with neither dateline nor date counts from the latest
// day it gave.
func (r *resolver) weekday(e dateExpr, t tense, local *Date) (Date, bool) {
	if d, ok := r.paragraphWeekday(e); ok {
		return d, true
	}
	a := r.dayMoment()
	if local == nil && (a == nil || r.isDistantMoment(a, t)) {
		if d, ok := r.narrativeWeekday(e, t); ok {
			return d, true // "By the weekend the leadership had concluded …", fifty years on, or undated
		}
	}
	if a == nil {
		if a = local; a == nil {
			a = r.dayAnchor
		}
	}
	if a == nil || a.Year == 0 || a.Precision != PrecisionDay {
		return Date{}, false
	}
	return dayOffset(*a, r.weekdayOffset(e, t, weekdayOfDate(*a))), true
}

// paragraphWeekday places a weekday after a day the same paragraph gave
// in full, in a text with neither chronology entry nor dateline, unless
// the weekday is a "last" one: the first such weekday after that day,
// or that day itself for "that Sunday" when it falls on one. It reports
// false when no such day applies.
func (r *resolver) paragraphWeekday(e dateExpr) (Date, bool) {
	if r.entry != nil || r.dateline != nil || r.paraDay == nil || r.paraDay.Year == 0 || e.delta < 0 {
		return Date{}, false
	}
	if e.anaphoric && weekdayOfDate(*r.paraDay) == e.weekday {
		return *r.paraDay, true // "21 November 1920 … Early that Sunday morning"
	}
	return weekdayAfter(*r.paraDay, e.weekday), true
}

// weekdayOffset returns the days from a day falling on weekday wd (0
// Sunday) to the weekday e names, in a clause of tense t. A past or
// perfect clause, or "last", counts back to the latest such weekday not
// after the day; any other clause, or "next", ahead to the first not
// before it. "Last" and "next" never name the day itself, nor does a
// future clause that looks a week ahead (isFutureWeekdayAhead).
func (r *resolver) weekdayOffset(e dateExpr, t tense, wd int) int {
	back := t != tenseFuture && t != tensePresent
	if e.delta != 0 {
		back = e.delta < 0
	}
	if back {
		n := -((wd - e.weekday + 7) % 7)
		if n == 0 && e.delta < 0 {
			n = -7
		}
		return n
	}
	n := (e.weekday - wd + 7) % 7
	if n == 0 && (e.delta > 0 || r.isFutureWeekdayAhead(t)) {
		n = 7 // "next Monday" on a Monday
	}
	return n
}

// isDistantMoment reports whether m, the moment a weekday would count
// from, is the briefing's own date lying more than a season after the
// narrative's latest day, in a past clause (rule distant-moment): a
// primer written fifty years on tells "By the weekend the leadership had
// concluded" of the story's weekend, not of the week it was written in.
func (r *resolver) isDistantMoment(m *Date, t tense) bool {
	a := r.dayAnchor
	if !r.off.on(ruleDistantMoment) || m == nil || r.entry != nil || r.dateline != nil || !isPastTense(t) || a == nil || a.Year == 0 || a.Precision != PrecisionDay {
		return false
	}
	return compareDateKeys(a.start(), [3]int{m.Year - 1, m.Month, max(m.Day, 1)}) < 0
}

// narrativeWeekday places a weekday of a past clause in a text with no
// moment of writing, counted from the latest day the narrative reached:
// narratives run forward, so "On Good Friday … On the Saturday evening
// … On Sunday morning" is the first such day after it, not the last one
// before, when it lies no more than three days ahead; one nearer behind
// is a step back (ruleNarrativeWeekday). "Last" and "next" keep their
// own direction (see weekday).
func (r *resolver) narrativeWeekday(e dateExpr, t tense) (Date, bool) {
	a := r.dayAnchor
	if !r.off.on(ruleNarrativeWeekday) || e.delta != 0 || !isPastTense(t) || a == nil || a.Year == 0 || a.Precision != PrecisionDay || a.Scheduled {
		return Date{}, false
	}
	n := (e.weekday - weekdayOfDate(*a) + 7) % 7 // the day reached itself, when it falls on that weekday ("… the following morning. On the Saturday evening")
	if e.anaphoric && n > 0 || n > 3 {
		// "On the same Friday", "that Friday": the one just told of.
		// And a weekday nearer behind than ahead is a step back
		// ("On Wednesday, 26 April … arrested on Tuesday evening"):
		// the nearer reading wins, so one misread weekday cannot carry
		// the story a week on.
		n -= 7
	}
	y, m, day := addDays(a.Year, a.Month, a.Day, n)
	return Date{Year: y, Month: m, Day: day, Precision: PrecisionDay}, true
}

// isCoarseSameDay reports whether e, "that same day" or "the next day"
// with no day of its own sentence to count from, follows a happening the
// narrative told at a month's precision after the last day it told (rule
// coarse-anchor): "Cumann na mBan was formed in April 1914, and the
// Volunteers landed rifles at Howth in July 1914. That same day, …" is
// that July, not the day given in full a paragraph before. A reader
// takes up the nearest time told, and keeps its precision.
func (r *resolver) isCoarseSameDay(e dateExpr, local *Date) bool {
	if !r.off.on(ruleCoarseAnchor) || local != nil || e.base != nil || e.fromStart || e.window || e.toMonth || e.toYear || e.delta < 0 || e.delta > 1 {
		return false
	}
	p, a := r.prev, r.dayAnchor
	if p == nil || p.Precision != PrecisionMonth || p.Year == 0 {
		return false
	}
	// The month must carry the story on from its last day, within the
	// year after it: a month decades on ("given a state funeral in March
	// 2009") is an epilogue, and "That evening" after it is still the
	// story's.
	return a == nil || compareDateKeys(p.start(), a.end()) > 0 && (p.Year-a.Year)*12+p.Month-a.Month <= 12
}

// anchor finds what a relative expression counts from.
func (r *resolver) anchor(e dateExpr, local *Date, prec Precision) *Date {
	if e.base != nil {
		b, ok := r.calendar(*e.base, tensePast)
		if !ok || b.Precision < prec {
			return nil
		}
		return &b
	}
	if e.fromStart && r.startDay != nil && r.startCurrent(e.delta) {
		return r.startDay
	}
	if local != nil && local.Precision >= prec {
		return local
	}
	if told := r.latestTold(); prec == PrecisionDay && (e.toMonth || e.toYear) && told != nil && r.dayAnchor != nil &&
		compareDateKeys(told.start(), r.dayAnchor.end()) > 0 {
		// "In August 1998 the commander apologised. Mass graves were
		// exposed in the months that followed": a vague span counts from
		// the latest thing told, here a month, not an older day; only its
		// month or year is kept.
		d := Date{Year: told.Year, Month: max(told.Month, 1), Day: max(told.Day, 1), Precision: PrecisionDay, Modifier: ModApprox}
		return &d
	}
	if prec == PrecisionDay {
		return r.dayAnchor
	}
	if r.monthAnchor != nil && r.monthAnchor.Precision >= prec {
		return r.monthAnchor
	}
	return nil
}

// latestTold returns the latest time told that a vague span ("the same
// week", "in the months that followed") may count from: the narrative's
// latest date, or a later month its own paragraph told in a list item,
// a report of its own that moves no narrative ("- **Bulumkutu, October
// 1982.** In late October 1982 sect members clashed with police. …
// Smaller clashes broke out the same week", after a day of 1980; rule
// item-month). An earlier paragraph's month may be a state's end ("reigned
// until his death in January 2020"), no time the story reached.
func (r *resolver) latestTold() *Date {
	m := r.monthAnchor
	if !r.off.on(ruleItemMonth) || m == nil || m == r.paraMonth || r.prev != nil && compareDateKeys(m.start(), r.prev.end()) <= 0 {
		return r.prev
	}
	return m
}

// startCurrent reports whether the day n days after the latest start
// is not before the latest reported day: narratives run forward, so "the
// second day" that would fall behind the story counts from the story's
// latest day, a newer start the text did not mark, instead.
func (r *resolver) startCurrent(n int) bool {
	if r.dayAnchor == nil {
		return true
	}
	y, m, d := addDays(r.startDay.Year, r.startDay.Month, r.startDay.Day, n)
	return compareDateKeys([3]int{y, m, d}, r.dayAnchor.start()) >= 0
}

// calendar resolves a calendar expression's year. A date without one
// takes the narrative year when its clause is past (or has no verb), and
// the year of the moment of writing when it is present or future; failing
// either, the other. Then direction: a past date never lands after the
// moment of writing, a future one never before it.
func (r *resolver) calendar(e dateExpr, t tense) (Date, bool) {
	y, implicit, ok := r.writtenYear(e)
	if !ok {
		return Date{}, false
	}
	now := r.now()
	if implicit {
		y = r.narrativeYear(e, t, now)
	}
	if ny, ok := r.momentYear(e, t); implicit && ok {
		d := Date{Year: ny, Month: e.month, Day: e.day, Precision: e.prec, Modifier: e.mod}
		return d, validDate(d)
	}
	d := Date{Year: y, Month: e.month, Day: e.day, Precision: e.prec, Modifier: e.mod}
	if implicit && r.attributivePast(e, t, d) {
		d.Year--
	}
	if e.easter {
		if y == 0 {
			return Date{}, false // a feast that moves has no year-less date
		}
		placeFeast(&d, e.offset)
	}
	if implicit && y == 0 {
		// No year anywhere: ISO 8601's year-less form, --MM-DD.
		return d, e.prec >= PrecisionMonth && validYearless(d)
	}
	if implicit {
		r.directImplicit(&d, e, t, now)
	}
	return d, validDate(d)
}

// writtenYear returns the year e writes or points to: its own, one
// counted from the moment of writing ("last year", "two years ago"), or
// one counted from the year the narrative last told ("the next year").
// implicit says e writes none; ok is false when the year it points to
// is unknown.
func (r *resolver) writtenYear(e dateExpr) (y int, implicit, ok bool) {
	switch e.yref {
	case yrNone:
		return e.year, e.year == 0, true
	case yrRefLast, yrRefThis, yrRefNext:
		// "Last year" counts from the moment of writing: a report's
		// dateline, else the briefing's date.
		now := r.now()
		if now == nil || now.Year == 0 {
			return 0, false, false
		}
		return now.Year + yearOffset(e.yref) + e.delta, false, true // "two years ago"
	case yrCtx, yrCtxNext, yrCtxPrev:
		base := r.anaphorYear()
		if base == 0 {
			return 0, false, false
		}
		return base + yearOffset(e.yref) + e.delta, false, true
	case yrCtxAfter, yrCtxBefore:
		y := r.monthFromNarrative(e)
		return y, false, y != 0
	}
	return 0, false, true
}

// directImplicit turns d, a date written without a year that took one
// from the narrative or the moment of writing, to the side of the moment
// of writing its tense t says, and a named weekday to the year whose
// calendar holds it; a movable feast moves with the year.
func (r *resolver) directImplicit(d *Date, e dateExpr, t tense, now *Date) {
	r.direct(d, t, now, e.dayName != 0)
	if e.easter {
		placeFeast(d, e.offset) // the feast's day in the year direct chose
	}
	if e.dayName != 0 && r.off.on(ruleWeekdayYear) {
		d.Year = r.namedDayYear(*d, e.dayName-1, t)
	}
}

// momentYear returns the year of a date e written without one that the
// moment of writing places, and whether it applies: a date that belongs
// to a noun (e.nounOf, ruleNounDate) is the nearest such day to the
// moment on either side; a past one said at a communication's moment
// (see resolver.spoken), where the paragraph has written out no year of
// its own (ruleMomentYear), the nearest at or before it. A speaker refers to days near the day he
// speaks on; a year an earlier paragraph told of backstory is not his
// narrative's.
func (r *resolver) momentYear(e dateExpr, t tense) (int, bool) {
	if e.month == 0 || e.dayName != 0 || e.easter {
		return 0, false
	}
	if y, ok := r.nowApposedYear(e); ok {
		return y, true
	}
	if now := r.now(); e.nounOf && now != nil && now.Year != 0 && r.off.on(ruleNounDate) {
		return nearestYear(*now, e.month, e.day, 0), true
	}
	m := r.dateline
	if m == nil || !r.spoken {
		return 0, false
	}
	switch {
	case isPastTense(t) && t != tensePastPlan && r.ctxYear == r.paraYear && r.off.on(ruleMomentYear):
		return nearestYear(*m, e.month, e.day, -1), true
	}
	return 0, false
}

// scheduleNowApposed marks d, the day e names in apposition after
// "tomorrow" (ruleNowApposed), scheduled when it lies after the day that
// word counts from, whatever its clause's tense: "has called a meeting
// for tomorrow, 27 February" tells of a meeting still to come.
func (r *resolver) scheduleNowApposed(e dateExpr, d *Date) {
	if m := r.dayMoment(); e.nowApposed && r.off.on(ruleNowApposed) && m != nil && m.Precision == PrecisionDay {
		d.Scheduled = compareDateKeys(d.start(), m.start()) > 0
	}
}

// nowApposedYear returns the year of e, a day set in apposition after
// "today", "tomorrow" or "yesterday" (ruleNowApposed): the year that puts
// it nearest the day those words count from. It reports false for any
// other date, or when that day is unknown.
func (r *resolver) nowApposedYear(e dateExpr) (int, bool) {
	m := r.dayMoment()
	if !e.nowApposed || !r.off.on(ruleNowApposed) || m == nil || m.Year == 0 {
		return 0, false
	}
	return nearestYear(*m, e.month, e.day, 0), true
}

// attributivePast reports whether d, a month with no year written that
// describes the noun after it in a past clause, lies after the
// narrative's latest date and so names the same month a year back (rule
// attributive-past): "On 22 January 1971 workers began a strike,
// demanding an account of the December killings" tells of the December
// before, a happening the reader already knows, not one eleven months on.
func (r *resolver) attributivePast(e dateExpr, t tense, d Date) bool {
	if !e.attributive || e.day != 0 || !isPastTense(t) || t == tensePastPlan || r.prev == nil || !r.off.on(ruleAttributivePast) {
		return false
	}
	return d.Year == r.prev.Year && compareDateKeys(d.start(), r.prev.end()) > 0
}

// nearestYear returns the year in which the day (month, day; day 0 for
// the month) lies nearest to m: at or before it for dir -1, on either
// side for dir 0 (the earlier on a tie).
func nearestYear(m Date, month, day, dir int) int {
	at := func(y int) time.Time {
		return time.Date(y, time.Month(month), max(day, 1), 0, 0, 0, 0, time.UTC)
	}
	mt := time.Date(m.Year, time.Month(m.Month), max(m.Day, 1), 0, 0, 0, 0, time.UTC)
	before := m.Year
	if at(before).After(mt) {
		before--
	}
	if dir < 0 {
		return before
	}
	if at(before+1).Sub(mt) < mt.Sub(at(before)) {
		return before + 1
	}
	return before
}

// namedDayYear returns the year of d, a day whose year was not written,
// that the weekday set before it, wd, agrees with (ruleWeekdayYear): the
// year the narrative and the tense chose when the calendar agrees, else
// the year before or after it that does ("and did so on Tuesday, 23
// July" in a report of 2024 is 2024's Tuesday, not 2023's Sunday). A
// writer who names the weekday has fixed the year. A past date still
// never lands after the briefing's own date.
func (r *resolver) namedDayYear(d Date, wd int, t tense) int {
	if !validDate(d) || weekdayOfDate(d) == wd {
		return d.Year
	}
	for _, y := range [...]int{d.Year - 1, d.Year + 1} {
		c := Date{Year: y, Month: d.Month, Day: d.Day, Precision: PrecisionDay}
		if !validDate(c) || weekdayOfDate(c) != wd {
			continue
		}
		if isPastTense(t) && !r.ref.IsZero() && compareDateKeys(c.start(), r.ref.start()) > 0 {
			continue
		}
		return y
	}
	return d.Year
}

// direct moves a date whose year was not written to the side of the
// moment of writing its tense points to: a past one to the latest such
// date not after the horizon, a future one to the first such date not
// before the moment.
//
// named says a weekday was written with the date: its year is the one the
// weekday agrees with (see namedDayYear), not a later update's.
func (r *resolver) direct(d *Date, t tense, now *Date, named bool) {
	if t == tensePastPlan {
		return // a plan's date lies ahead of the narrative, on either side of the moment
	}
	if h := r.horizon(); h != nil && isPastTense(t) && compareDateKeys(d.start(), h.start()) > 0 {
		if !named && r.isLaterUpdate(*d, h) {
			r.updated = true
			return
		}
		d.Year = h.Year
		if compareDateKeys(d.start(), h.start()) > 0 {
			d.Year--
		}
	}
	if now != nil && t == tenseFuture && compareDateKeys(d.end(), now.start()) < 0 {
		d.Year = now.Year
		if compareDateKeys(d.end(), now.start()) < 0 {
			d.Year++
		}
	}
}

// isLaterUpdate reports whether d, a past date with no year written that
// lies after the horizon h, a dispatch's dateline, is nearer after it
// than a year back would be before it, and not after the briefing's own
// date (rule later-update): "CAIRO, 10 July — … Beblawi's cabinet was
// sworn in on 16 July" is a line added to the dispatch before the
// briefing was put together, six days on, not a day eleven months
// before. "December 20" under a dateline of 5 January is still last
// December: a year back is the nearer.
func (r *resolver) isLaterUpdate(d Date, h *Date) bool {
	if !r.off.on(ruleLaterUpdate) || r.dateline == nil || r.headed || r.ref.IsZero() || d.Year != h.Year {
		return false
	}
	if compareDateKeys(d.end(), r.ref.start()) > 0 {
		return false // after the briefing's date: no one could have written it
	}
	ahead := (d.Month-h.Month)*31 + d.Day - h.Day // days after the dateline, roughly
	return ahead < 365-ahead
}

// anaphorYear is the year "that year", "the following year" and "two
// years later" count from: the latest year the text wrote out in a main
// clause, in this sentence or the one before, else the narrative year.
// A demonstrative points back to the nearest year a reader has just
// read, even one that moved no narrative: "supported the government
// into 1947. In February of that year …" is 1947; "He stood in the 1982
// election, before the party was banned the following year" is 1983.
func (r *resolver) anaphorYear() int {
	switch {
	case r.mentioned != 0:
		return r.mentioned
	case r.mentionedBefore != 0:
		return r.mentionedBefore
	}
	return r.ctxYear
}

// isPastTense reports whether a clause in tense t tells of the past, or
// has no verb to tell: all but the present and the future.
func isPastTense(t tense) bool { return t != tenseFuture && t != tensePresent }

// narrativeYear picks the year of a date written without one, or 0 when
// the text and the briefing give none.
func (r *resolver) narrativeYear(e dateExpr, t tense, now *Date) int {
	if now != nil && (t == tenseFuture || t == tensePresent || t == tensePerfect || r.ctxYear == 0 || r.isReportYear(t)) {
		return now.Year
	}
	if r.ctxYear == 0 {
		if r.off.on(ruleSentenceYear) {
			return r.mentioned // "in the spring of 1871, from 18 March until 28 May"
		}
		return 0
	}
	y := r.toldDayYear(e, r.forwardYear(e, now))
	return r.returnYear(e, r.focalReturn(e, r.toldMonthYear(e, y)))
}

// forwardYear is the narrative year for e, a date with no year, and the
// next one when e's month lies more than six months before the
// narrative's latest date in it: narratives run forward, and "On Dec.
// 24 ... on 3 January" is the next January, when that is not after the
// moment of writing now. A season stands for its middle month
// (ruleSeasonForward): "Ouattara returned on 29 December 1999. By the
// spring …" is 2000's spring.
func (r *resolver) forwardYear(e dateExpr, now *Date) int {
	y := r.ctxYear
	p, m := r.prev, r.monthOf(e)
	if p == nil || p.Year != y || m == 0 || p.Month-m <= 6 {
		return y
	}
	next := Date{Year: y + 1, Month: m, Precision: PrecisionMonth}
	if now == nil || compareDateKeys(next.start(), now.start()) <= 0 {
		return y + 1
	}
	return y
}

// monthOf is e's month, or the middle month of the part of the year a
// year-less season or part stands for ("the spring", "the autumn", "the
// first months of the year"; see seasonMonth), or 0. Winter, across the
// new year, has none.
func (r *resolver) monthOf(e dateExpr) int {
	if e.month != 0 || e.prec != PrecisionYear || e.mod == "" || e.year != 0 || !r.off.on(ruleSeasonForward) {
		return e.month
	}
	return seasonMonth(e.mod)
}

// toldDayYear returns the year of e, a day with no year that y places,
// when the narrative told that day a year off y: a section that goes
// back to a day the text has told of names it again ("International
// reaction: the Security Council first took up the situation on 28
// October", after a narrative that reached 1957).
func (r *resolver) toldDayYear(e dateExpr, y int) int {
	y0, ok := r.told[[2]int{e.month, e.day}]
	if !ok || e.prec != PrecisionDay || y0 != y-1 && y0 != y+1 {
		return y
	}
	return y0
}

// returnYear returns the year of a day e with no year written, y by the
// narrative, when the sentence before opened in e's month of the year
// before y and went on into y (ruleMonthReturn): "On 10 December 1920
// martial law was proclaimed; it was extended to four more counties in
// January 1921. On the night of 11 December …" is 11 December 1920. The
// later clause glanced ahead; a day of the month the sentence told of
// returns to it, as a day told again does. A year written in the
// sentence itself first ("In January 1921 …, and on 11 December …")
// keeps y.
func (r *resolver) returnYear(e dateExpr, y int) int {
	o := r.openedBefore
	if !r.off.on(ruleMonthReturn) || o == nil || e.prec != PrecisionDay || r.mentioned != 0 || o.Year != y-1 || o.Month != e.month || r.prev == nil || r.prev.Year != y {
		return y
	}
	return o.Year
}

// isReportYear reports whether a past date without a year, in tense t,
// takes the year of the news dateline in force (rule report-year): a
// reporter dates the days he tells of from the day he files, so where
// the paragraph has written out no year of its own, "fled to Belgium on
// Oct. 30", under "BARCELONA, Dec 22", is that year's, whatever year an
// earlier paragraph's background reached ("a party founded in 2006").
// Direction then applies as to any past date (see direct). A date alone
// on a line heads a chronology, whose entries run on in their own years,
// and a communication's moment has its own reading (see momentYear); a
// plan told in the past lies ahead of its narrative.
func (r *resolver) isReportYear(t tense) bool {
	return r.off.on(ruleReportYear) && r.dateline != nil && !r.headed && !r.spoken && t != tensePastPlan && r.ctxYear == r.paraYear
}

// validYearless reports whether a date without a year exists in some
// year: 29 February does.
func validYearless(d Date) bool {
	if d.Month < 1 || d.Month > 12 {
		return false
	}
	return d.Precision == PrecisionMonth && d.Day == 0 ||
		d.Precision == PrecisionDay && d.Day >= 1 && d.Day <= monthDays(2000, d.Month)
}

// weekdayOfDate is d's day of the week, 0 Sunday … 6 Saturday.
func weekdayOfDate(d Date) int {
	return int(time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Weekday())
}

// weekdayAfter returns the first day after a that falls on weekday wd.
func weekdayAfter(a Date, wd int) Date {
	from := int(time.Date(a.Year, time.Month(a.Month), a.Day, 0, 0, 0, 0, time.UTC).Weekday())
	n := (wd - from + 7) % 7
	if n == 0 {
		n = 7
	}
	y, m, day := addDays(a.Year, a.Month, a.Day, n)
	return Date{Year: y, Month: m, Day: day, Precision: PrecisionDay}
}

// validDate reports whether d is a real calendar date of its precision.
func validDate(d Date) bool {
	if d.Year == 0 {
		return validYearless(d)
	}
	if d.Year < 1 || d.Year > 9999 {
		return false
	}
	switch d.Precision {
	case PrecisionYear:
		return d.Month == 0 && d.Day == 0
	case PrecisionMonth:
		return d.Month >= 1 && d.Month <= 12 && d.Day == 0
	case PrecisionDay:
		return d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= monthDays(d.Year, d.Month)
	}
	return false
}

// monthFromNarrative is the year of "the following March" (the first
// March after the narrative's latest date) or "the previous March" (the
// last one before it), or 0 when the narrative has no date yet. After a
// date that gave only its year ("In 1971 … The following March") the
// month is in the next year, or the one before.
func (r *resolver) monthFromNarrative(e dateExpr) int {
	p := r.prev
	if p == nil || p.Year == 0 {
		return 0
	}
	month := e.month
	if month == 0 {
		month = seasonMonth(e.mod) // "the following spring"
	}
	switch {
	case e.yref == yrCtxAfter && (p.Month == 0 || month <= p.Month):
		return p.Year + 1
	case e.yref == yrCtxBefore && (p.Month == 0 || month >= p.Month):
		return p.Year - 1
	}
	return p.Year
}

// seasonMonth is the middle month of the season a modifier stands for
// (see seasonMod): spring April, summer July, autumn October. A season
// after a date in its own month or later is the next year's.
func seasonMonth(mod string) int {
	switch mod {
	case ModEarly:
		return 4
	case ModMid:
		return 7
	}
	return 10
}

// yearOffset is how many years a relative year reference moves from its
// base (the reference year or the narrative year).
func yearOffset(y yearRef) int {
	switch y {
	case yrRefLast, yrCtxPrev:
		return -1
	case yrRefNext, yrCtxNext:
		return 1
	}
	return 0
}
