package corpus

// spanReach is how many tokens may lie between a count of days and the
// day it spans from or to: one clause ("on 25 April, forces … entered
// Kabul and, in three days of fighting").
const spanReach = 24

// markCountedSpans gives a day the span that a count of days beside it
// measures (rule counted-span): "On 25 April forces entered Kabul and, in
// three days of fighting, drove them out" spans 25 to 27 April, the day
// opening the count; "a two-day meeting, which ended today" closes its
// two days on today, and "a three-day holiday from Monday" opens its
// three on Monday, as "arrives on Wednesday for a three-day visit" opens
// its three on the day before "for" (rule for-compound-span). The count is written "in N days of" (or weeks), after
// its day, or as a compound ("two-day", "78-day") before it. A count
// after "after" ("captured the base yesterday after three days of
// bombardment") tells what came before its day's event, and is left
// alone.
func (s *dateScanner) markCountedSpans(es []dateExpr) []dateExpr {
	if !s.off.on(ruleCountedSpan) {
		return es
	}
	for i := range s.toks {
		days, next := s.countedDaysAt(i)
		if days < 2 {
			continue
		}
		if s.lower(i-1) == "in" && s.lower(next) == "of" {
			s.spanFromBefore(es, i-1, days)
		} else if s.lower(i+1) == "-" && s.lower(i-1) == "a" && s.lower(i-2) == "for" && s.off.on(ruleForCompoundSpan) {
			s.spanFromBefore(es, i-2, days) // "arrive on Wednesday for a three-day visit"
		} else if s.lower(i+1) == "-" {
			s.spanAfterCompound(es, next, days, s.off.on(ruleBegunCompound) && s.lower(i-1) == "a" && isBeginForm(s.lower(i-2)))
		}
	}
	return es
}

// countedDaysAt reads a count of days or weeks at token i ("three days",
// "78-day", "two weeks") as a number of days, with the token after it;
// 0 when there is none.
func (s *dateScanner) countedDaysAt(i int) (int, int) {
	n := countWord(s.lower(i))
	if n == 0 || n > 366 {
		return 0, 0
	}
	k := i + 1
	if s.lower(k) == "-" {
		k++
	}
	switch s.lower(k) {
	case "day", "days":
		return n, k + 1
	case "week", "weeks":
		return 7 * n, k + 1
	}
	return 0, 0
}

// spanFromBefore opens a span of days on the nearest day before token
// at, within spanReach tokens and no sentence mark between.
func (s *dateScanner) spanFromBefore(es []dateExpr, at, days int) {
	for k := len(es) - 1; k >= 0; k-- {
		if es[k].end > s.toks[at].start {
			continue
		}
		if s.tokensBetween(es[k].end, s.toks[at].start) <= spanReach && isCountableDay(es[k]) && !s.clauseMarkBetween(es[k].end, s.toks[at].start) {
			es[k].countedDays = days
		}
		return
	}
}

// spanAfterCompound spans days from or to the first day after token
// from, within spanReach tokens: from it after "from", "beginning" or
// "starting", or where begun says a verb of beginning opened the count
// ("began a two-day strike today": rule begun-compound); to it where a
// verb of ending comes between ("which ended today", "that ended on 14
// May").
func (s *dateScanner) spanAfterCompound(es []dateExpr, from, days int, begun bool) {
	for k := range es {
		if es[k].start < s.toks[from].start {
			continue
		}
		if s.tokensBetween(s.toks[from].start, es[k].start) > spanReach || !isCountableDay(es[k]) || s.clauseMarkBetween(s.toks[from].start, es[k].start) {
			return
		}
		switch between := s.wordsBetween(s.toks[from].start, es[k].start); {
		case hasEndForm(between):
			es[k].countedDays = -days
		case len(between) > 0 && isSpanOpening(between[len(between)-1]), begun, s.off.on(ruleTargetFrom) && opensSpanOn(between):
			es[k].countedDays = days
		}
		return
	}
}

// isCountableDay reports whether e names one day a count of days can
// span from or to: a calendar day, a weekday, "today" or "yesterday", or
// a day counted from another, with no range or reference of its own.
func isCountableDay(e dateExpr) bool {
	if e.last != nil || e.skip || e.since {
		return false
	}
	switch e.kind {
	case exCalendar:
		return e.prec == PrecisionDay
	case exWeekday, exNowDay, exRelDay:
		return true
	}
	return false
}

// opensSpanOn reports whether words, those between a count of days and
// its day, end in "starting on" or "beginning on" ("a two-day hartal
// starting on Thursday"; rule target-from): the day opens the span, as
// after "starting" alone.
func opensSpanOn(words []string) bool {
	n := len(words)
	return n >= 2 && words[n-1] == "on" && (words[n-2] == "starting" || words[n-2] == "beginning")
}

// isSpanOpening reports whether w, right before a day, makes it the
// first of a span: "from Monday", "beginning 3 May", "starting today".
func isSpanOpening(w string) bool {
	return w == "from" || w == "beginning" || w == "starting"
}

// hasEndForm reports whether words hold a verb of ending (see
// isEndForm: "ended", "closed"), or "ending" or "ends".
func hasEndForm(words []string) bool {
	for _, w := range words {
		if isEndForm(w) || w == "ending" || w == "ends" {
			return true
		}
	}
	return false
}

// tokensBetween counts the tokens that start in bytes [from, to).
func (s *dateScanner) tokensBetween(from, to int) int {
	n := 0
	for _, t := range s.toks {
		if t.start >= from && t.start < to {
			n++
		}
	}
	return n
}

// wordsBetween returns the lower-case tokens that start in bytes
// [from, to).
func (s *dateScanner) wordsBetween(from, to int) []string {
	var out []string
	for _, t := range s.toks {
		if t.start >= from && t.start < to {
			out = append(out, t.lower)
		}
	}
	return out
}

// clauseMarkBetween reports whether a semicolon, a colon or a full stop
// stands between bytes from and to: the count is another clause's.
func (s *dateScanner) clauseMarkBetween(from, to int) bool {
	for _, w := range s.wordsBetween(from, to) {
		if w == ";" || w == ":" || w == "." {
			return true
		}
	}
	return false
}
