package corpus

// This file reads the expressions that count from the moment of writing
// (a news dateline, else the briefing's date): "today", "yesterday",
// "on Tuesday", "last week"; and dates written in digits: ISO 8601
// (2013-01-10) and day/month/year with slashes when only one reading is a
// real date (31/12/2013), or with dots, day first (18.08.2003).

import (
	"strconv"
	"strings"
)

// weekdayOf returns the day a weekday name stands for, 0 for Sunday to 6
// for Saturday, or -1. Only capitalised full names count: "sat" and "wed"
// are words.
func weekdayOf(t *dateToken) int {
	if !t.upper {
		return -1
	}
	switch t.lower {
	case "sunday":
		return 0
	case "monday":
		return 1
	case "tuesday":
		return 2
	case "wednesday":
		return 3
	case "thursday":
		return 4
	case "friday":
		return 5
	case "saturday":
		return 6
	}
	return -1
}

// weekend reads "over the weekend", "this weekend", "last weekend".
func (s *dateScanner) weekend(at scanAt) (*dateExpr, int) {
	j := at.j
	k, delta := j, 0
	switch s.lower(j) {
	case "the", "this":
		k++
	case "last":
		k, delta = k+1, -1
	case "next":
		k, delta = k+1, 1
	}
	if s.lower(k) != "weekend" || (k == j && s.lower(j-1) != "the") {
		return nil, 0
	}
	e := &dateExpr{kind: exWeekday, weekday: 6, delta: delta, prec: PrecisionDay}
	e.last = &dateExpr{kind: exWeekday, weekday: 0, prec: PrecisionDay}
	return e, k + 1
}

// weekday reads "Tuesday", "last Friday", "next Monday", "Monday night",
// "that Sunday" (anaphoric: the day just told of, if it is a Sunday).
func (s *dateScanner) weekday(at scanAt) (*dateExpr, int) {
	j := at.j
	k, delta, that := j, 0, false
	switch s.lower(j) {
	case "last":
		k, delta = k+1, -1
	case "next":
		k, delta = k+1, 1
	case "this":
		k++
	case "that":
		k, that = k+1, true
	}
	t, ok := s.tok(k)
	if !ok {
		return nil, 0
	}
	wd := weekdayOf(t)
	if wd < 0 || (k == j && s.inName(j) && !s.weekdayStands(j)) {
		return nil, 0
	}
	if k == j && s.lower(j-1) == "same" {
		that = true // "on the same Friday": the one just told of, as "that Friday"
	}
	e := &dateExpr{kind: exWeekday, weekday: wd, delta: delta, prec: PrecisionDay, anaphoric: that}
	next := s.afterDayPart(k + 1)
	// "Tuesday, 5 March 2013" and "Tuesday 5 March": the date says
	// which Tuesday.
	n := next
	if s.lower(n) == "," {
		n++
	}
	if d, _ := s.dayFirst(scanAt{j: n}); d != nil || s.monthDay(n) {
		e.skip = true
	}
	return e, next
}

// monthDay reports whether a month and a day start at token n: "March
// 5", "Sept. 28". It reads no further, so it costs the same on any input.
func (s *dateScanner) monthDay(n int) bool {
	t, ok := s.tok(n)
	k := n + 1
	if s.lower(k) == "." {
		k++
	}
	return ok && s.isDay(k) && monthOf(t, true) > 0
}

// inName reports whether the capitalised word before token j makes it
// part of a name: "Bloody Sunday", "the Good Friday Agreement". A
// preposition or a time word before it ("On Tuesday", "Late Monday")
// does not.
func (s *dateScanner) inName(j int) bool {
	t, ok := s.tok(j - 1)
	if !ok || !t.upper {
		return false
	}
	switch t.lower {
	case "on", "by", "until", "till", "since", "from", "before", "after", "late", "early", "last", "next", "this", "that", "and", "or", "but", "through":
		return false
	}
	return true
}

// weekdayStands reports whether the weekday at token j is a day of its
// own whatever capitalised word precedes it (ruleWeekdayAfterCapitals):
// a date follows it ("MINISTER Tuesday, 4 March 2013", a label in
// capitals whose line break was lost; "Bloody Sunday, 30 January 1972"
// is that Sunday too), or the word before is written in capitals and
// the weekday is not, so the two are no one name ("BRIEFING BY THE
// MINISTER Tuesday", "UN Tuesday"). A name writes its words alike:
// "Bloody Sunday", "BLOODY SUNDAY".
func (s *dateScanner) weekdayStands(j int) bool {
	if !s.off.on(ruleWeekdayAfterCapitals) {
		return false
	}
	n := s.afterDayPart(j + 1)
	if s.lower(n) == "," {
		n++
	}
	if d, _ := s.dayFirst(scanAt{j: n}); d != nil || s.monthDay(n) {
		return true
	}
	prev, _ := s.tok(j - 1)
	return isCapitalsWord(prev.text) && !isCapitalsWord(s.toks[j].text)
}

// isCapitalsWord reports whether w is a word of two or more letters all
// written in capitals ("MINISTER", "UN").
func isCapitalsWord(w string) bool {
	return len(w) >= 2 && !strings.ContainsFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' })
}

// nowWord reads "today", "tonight", "this morning", "yesterday", "last
// night", "tomorrow" and "overnight".
func (s *dateScanner) nowWord(at scanAt) (*dateExpr, int) {
	j := at.j
	w0, w1 := s.lower(j), s.lower(j+1)
	if w1 == "'" || w1 == "’" {
		return s.possessiveDay(j)
	}
	day := func(delta, next int) (*dateExpr, int) {
		return &dateExpr{kind: exNowDay, delta: delta, prec: PrecisionDay}, next
	}
	switch {
	case w0 == "today" || w0 == "tonight":
		return day(0, j+1)
	case w0 == "this" && isDayPart(w1) && w1 != "day" && w1 != "night":
		return day(0, j+2)
	case w0 == "yesterday":
		return day(-1, s.afterDayPart(j+1))
	case w0 == "tomorrow":
		return day(1, s.afterDayPart(j+1))
	case w0 == "last" && w1 == "night":
		return day(-1, j+2)
	case w0 == "overnight":
		return s.overnight(j)
	}
	return nil, 0
}

// thisWeek reads "earlier this week", "later this week", "this week",
// "last week" and "next week" at j: days of a week counted from the
// present (see resolver.week). delta is -1 for the days before the
// present, 1 for those after it, -2 for the last week, 2 for the next,
// and 0 when the tense decides.
func (s *dateScanner) thisWeek(at scanAt) (*dateExpr, int) {
	j := at.j
	k, delta := j, 0
	switch s.lower(j) {
	case "earlier":
		k, delta = j+1, -1
	case "later":
		k, delta = j+1, 1
	}
	switch {
	case s.lower(k) == "this" && s.lower(k+1) == "week":
	case k > j && s.lower(k) == "that" && s.lower(k+1) == "week":
		// "later that week": the week of the narrative's day, an
		// anaphor as "that day" is, not the moment of writing's.
		return &dateExpr{kind: exWeek, delta: delta, prec: PrecisionDay, anaphoric: true}, k + 2
	case k == j && s.lower(k) == "next" && s.lower(k+1) == "week":
		delta = 2
	case k == j && s.lower(k) == "last" && s.lower(k+1) == "week":
		delta = -2
	default:
		return nil, 0
	}
	return &dateExpr{kind: exWeek, delta: delta, prec: PrecisionDay}, k + 2
}

// possessiveDay reads "yesterday's", "tomorrow's", and "today's" or
// "tonight's" at j. Outside a report with a dateline, "today's Burkina
// Faso" is the present age; under one, "today's rally" is the report's
// day, as "yesterday's" always names one.
func (s *dateScanner) possessiveDay(j int) (*dateExpr, int) {
	switch s.lower(j) {
	case "today", "tonight":
		return &dateExpr{kind: exNowDay, prec: PrecisionDay, underDateline: true}, j + 1
	case "yesterday":
		return &dateExpr{kind: exNowDay, delta: -1, prec: PrecisionDay}, j + 1
	case "tomorrow":
		return &dateExpr{kind: exNowDay, delta: 1, prec: PrecisionDay}, j + 1
	}
	return nil, 0
}

// overnight reads "overnight" at j as the day of the report it is in: the
// night just past, by the news convention, which dates it with the
// dateline. A weekday or a date after it, perhaps after a preposition,
// gives the night its own date ("overnight Saturday", "overnight into
// Sunday"; not "spread overnight to the south"), and after an
// article it describes a thing ("an overnight curfew").
func (s *dateScanner) overnight(j int) (*dateExpr, int) {
	next, _ := s.tok(j + 1)
	switch s.lower(j - 1) {
	case "a", "an", "the":
		return nil, 0
	}
	k := j + 1
	switch next.lower {
	case "on", "into", "to", "from", "between", "of":
		k++
	}
	if t, _ := s.tok(k); weekdayOf(t) >= 0 || s.startsDate(k) {
		return nil, 0
	}
	return &dateExpr{kind: exNowDay, prec: PrecisionDay, underDateline: true}, j + 1
}

// afterDayPart skips a part of the day after a day ("Monday night",
// "yesterday morning").
func (s *dateScanner) afterDayPart(k int) int {
	if isDayPart(s.lower(k)) && s.lower(k) != "day" {
		return k + 1
	}
	return k
}

// numeric reads a date written in digits at token j: ISO 8601
// "2013-01-10" or "2013-01", or "31/12/2013". A slashed date whose day and
// month could be swapped ("3/5/2013") is read as nothing at all rather
// than guessed; so is one that is no date in either order.
func (s *dateScanner) numeric(at scanAt) (*dateExpr, int) {
	j := at.j
	if s.isYear(j) && s.joined(j, "-") {
		m, _ := s.tok(j + 2)
		if !m.plain || len(m.text) != 2 || m.num < 1 || m.num > 12 {
			return nil, 0
		}
		// "2011-12" alone may be a span of years: only a full date counts.
		if d, _ := s.tok(j + 4); s.joined(j+2, "-") && d.plain && len(d.text) == 2 && d.num >= 1 && d.num <= 31 {
			y, _ := s.tok(j)
			return &dateExpr{kind: exCalendar, year: y.num, month: m.num, day: d.num, prec: PrecisionDay}, j + 5
		}
		return nil, 0
	}
	a, ok := s.tok(j)
	if e := dottedDate(a.text); ok && e != nil {
		return e, j + 1
	}
	if !ok || !a.plain || len(a.text) > 2 || !s.joined(j, "/") || !s.joined(j+2, "/") || !s.isYear(j+4) {
		return nil, 0
	}
	b, _ := s.tok(j + 2)
	y, _ := s.tok(j + 4)
	if !b.plain || len(b.text) > 2 {
		return nil, 0
	}
	e := &dateExpr{kind: exCalendar, year: y.num, prec: PrecisionDay}
	switch dayFirst, monthFirst := a.num <= 31 && b.num >= 1 && b.num <= 12, b.num <= 31 && a.num >= 1 && a.num <= 12; {
	case a.num == b.num || (dayFirst && !monthFirst):
		e.day, e.month = a.num, b.num
	case monthFirst && !dayFirst:
		e.day, e.month = b.num, a.num
	default:
		e.skip = true // "3/5/2013", or no date at all
	}
	return e, j + 5
}

// dottedDate reads a date written with dots, one token ("18.08.2003"):
// the day comes first wherever dots are written between a date's
// numbers, so it is read day first, and nothing that is no date that
// way ("12.31.2003", a section number) is read.
func dottedDate(t string) *dateExpr {
	if len(t) < 8 || len(t) > 10 || t[0] < '0' || t[0] > '9' {
		return nil // most tokens: words, numbers, years
	}
	d, rest, ok1 := strings.Cut(t, ".")
	m, y, ok2 := strings.Cut(rest, ".")
	if !ok1 || !ok2 || len(d) > 2 || len(m) > 2 || len(y) != 4 {
		return nil
	}
	var n [3]int
	for i, p := range [3]string{d, m, y} {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" {
			return nil
		}
		n[i] = v
	}
	if n[0] < 1 || n[0] > 31 || n[1] < 1 || n[1] > 12 || n[2] < 1000 || n[2] > 2999 {
		return nil
	}
	return &dateExpr{kind: exCalendar, year: n[2], month: n[1], day: n[0], prec: PrecisionDay}
}

// joined reports whether token i+1 is sep, written with no space on
// either side, between token i and a number at i+2.
func (s *dateScanner) joined(i int, sep string) bool {
	a, ok1 := s.tok(i)
	m, ok2 := s.tok(i + 1)
	b, ok3 := s.tok(i + 2)
	return ok1 && ok2 && ok3 && m.text == sep && m.start == a.end && b.start == m.end && b.num >= 0
}
