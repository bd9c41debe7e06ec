package corpus

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang/verbs"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// This file finds temporal expressions in a sentence. It knows nothing of
// the briefing around the sentence; dateresolve.go turns what it finds into
// calendar dates.

// dateToken is one word, number or punctuation mark of a sentence.
type dateToken struct {
	text  string // as written
	lower string
	start int // byte offsets in the sentence
	end   int
	num   int  // value of a plain or ordinal number (≤ 6 digits), else -1
	plain bool // num is written with digits only (no "th")
	upper bool // starts with an upper-case letter
}

// dateTokens splits s into words (runs of letters and digits), numbers
// (digits, with "," or "." between digits kept inside, as in 17,731) and
// single punctuation runes. Spaces separate tokens and are dropped.
func dateTokens(s string) []dateToken { return appendDateTokens(nil, s, lowerASCII(s)) }

// appendDateTokens appends s's tokens to toks: a caller scanning sentence
// after sentence reuses one buffer instead of growing a new slice for
// each. ASCII text, most of it, is read a byte at a time, and its tokens'
// lower case is sliced from lower, lowerASCII(s).
func appendDateTokens(toks []dateToken, s, lower string) []dateToken {
	for i := 0; i < len(s); {
		r, size := runeAt(s, i)
		switch {
		case isSpaceRune(r):
			i += size
			continue
		case isAlnumRune(r):
			j := wordEnd(s, i)
			toks = append(toks, makeDateToken(s, lower, i, j))
			i = j
		default:
			toks = append(toks, makeDateToken(s, lower, i, i+size))
			i += size
		}
	}
	return toks
}

// wordEnd returns where the word or number starting at i ends.
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) && isAlnumByte(s[j]) {
		j++ // the common case, ASCII letters and digits
	}
	for j < len(s) {
		r2, sz := runeAt(s, j)
		if isAlnumRune(r2) {
			j += sz
			continue
		}
		// 17,731 and 3.5 stay one token.
		if (r2 == ',' || r2 == '.') && j > i && isDigitByte(s[j-1]) && j+1 < len(s) && isDigitByte(s[j+1]) {
			j++
			continue
		}
		break
	}
	return j
}

// runeAt decodes the rune at byte i of s, without a call for ASCII.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isSpaceRune is unicode.IsSpace, with ASCII decided inline.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// isAlnumRune reports whether r is a letter or a digit, with ASCII decided
// inline.
func isAlnumRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isAlnumByte reports whether c is an ASCII letter or digit.
func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// makeDateToken makes the token s[i:j]; lower is s with its ASCII letters
// lower-cased, which is the token's lower case when the token is ASCII.
func makeDateToken(s, lower string, i, j int) dateToken {
	t := dateToken{text: s[i:j], start: i, end: j, num: -1}
	if isASCII(t.text) {
		t.lower = lower[i:j]
		t.upper = t.text[0] >= 'A' && t.text[0] <= 'Z'
	} else {
		t.lower = strings.ToLower(t.text)
		r, _ := utf8.DecodeRuneInString(t.text)
		t.upper = unicode.IsUpper(r)
	}
	digits := t.text
	if len(t.lower) > 2 {
		switch t.lower[len(t.lower)-2:] {
		case "st", "nd", "rd", "th":
			digits = t.text[:len(t.text)-2]
		}
	}
	if isAllDigits(digits) && len(digits) <= 6 {
		if n, err := strconv.Atoi(digits); err == nil {
			t.num = n
			t.plain = digits == t.text
		}
	}
	return t
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// exprKind says how a temporal expression is anchored.
type exprKind int

const (
	exCalendar  exprKind = iota // a calendar date, its year perhaps missing or relative
	exLastMonth                 // "last March": the latest March before the reference
	exNextMonth                 // "next March": the first March after the reference
	exRelDay                    // days from the previous dated event
	exRelMonth                  // months from the previous dated event
	exRefMonth                  // months from the reference: "last month"
	exWeekday                   // a day of the week near the present: "on Tuesday"
	exNowDay                    // days from the present: "today", "yesterday"
	exWeek                      // days of the present week: "earlier this week"
)

// yearRef says where a calendar expression's year comes from.
type yearRef int

const (
	yrNone    yearRef = iota // explicit in Year, or missing when Year is 0
	yrRefLast                // "last year": the reference year minus one
	yrRefThis                // "this year"
	yrRefNext                // "next year"
	yrCtx                    // "that year": the narrative year
	yrCtxNext                // "the following year"
	yrCtxPrev                // "the previous year"
	// yrCtxAfter: "the following March", the first such month after the
	// narrative's latest date; yrCtxBefore: "the previous March", the
	// last one before it.
	yrCtxAfter
	yrCtxBefore
)

// dateExpr is one temporal expression found in a sentence.
type dateExpr struct {
	start, end int // byte offsets in the sentence
	kind       exprKind
	year       int // explicit year, or 0
	yref       yearRef
	month, day int
	prec       Precision
	mod        string
	delta      int       // days or months for relative kinds; years added to a yrCtx year
	base       *dateExpr // "two days after January 10": the explicit anchor
	last       *dateExpr // the other end of a range ("3–5 March"), else nil
	weekday    int       // exWeekday: 0 Sunday … 6 Saturday
	skip       bool      // a reference point, not an event
	// nounOf says a date without a year follows "of" on a noun of a
	// happening ("the events of 25 March"): the noun's date, which the
	// clause's verb does not direct (see isNounDate).
	nounOf bool
	// dayName is 1 + the weekday set before a day with no year
	// ("Tuesday, 23 July"), 0 for none: the calendar agrees with it in
	// one year of any three running (see resolver.namedDayYear).
	dayName int
	// beforeClause says a relative day ends in "after" or "before" and a
	// clause follows ("a day after Aliyev announced"), not a date or a
	// noun phrase ("two days after the election").
	beforeClause bool
	// yearsBeforeClause says a count of years ends in "after" or
	// "before" and a clause follows ("one year after Morsi was sworn
	// in"); it is kept apart from beforeClause, which also keeps a date
	// before it from taking the count in (see rule years-after-clause).
	yearsBeforeClause bool
	// exact says "exactly" opens a count of years before a clause
	// ("exactly one year after Morsi was sworn in"): the clause's day is
	// the known day's, that many years back.
	exact bool
	// countedDays says a count of days beside a day spans from it
	// (positive: "in three days of fighting") or to it (negative: "a
	// two-day meeting, which ended today"); see markCountedSpans.
	countedDays int
	since       bool // a reference point after "since": "killed since Sept. 27"
	// asOf says the expression is the time a report holds for, after
	// "as of" or "as at": a state then, unless a perfect reports what
	// had come about by then.
	asOf bool
	// onward says the expression opens a span with no end: "from 1978
	// onward".
	onward bool
	// anaphoric says a week counts from the narrative's latest day, not
	// the moment of writing: "later that week".
	anaphoric bool
	// attributive says a month describes the noun after it ("the
	// January fighting"): a date only where its clause narrates.
	attributive bool
	// deadline says the expression bounds when its clause's event
	// happens: "no later than 15 October", "not before May" (see
	// dateScanner.isDeadline).
	deadline bool
	// ultimatum says a deadline after "until" has the infinitive it
	// bounds after it: "until 15 October to leave".
	ultimatum bool
	// until says the expression bounds a state after "until": it lies
	// after the sentence's earlier date (see sentenceScan.boundAfter).
	until bool
	// notUntil says the expression follows "until" after a negated
	// clause: "did not reopen until early June" tells the reopening came
	// then (see dateScanner.isNegatedBefore), a time, not a state's end.
	notUntil bool
	// ofYear says a year names a thing after "of" ("the upheavals of
	// 1991"), no date unless its sentence reports on that thing.
	ofYear bool
	// heard says a year is no event but one a reader has just read,
	// which "that year" may refer back to (see sentenceScan.mention):
	// after "into" ("ran on into 1947"), or naming which thing a noun
	// names ("the 2006 memorandum").
	heard bool
	// decade says the expression is a decade or a part of one ("the
	// 1980s", "the late 1960s"): ten years, or a guess at one of them,
	// too vague to give a later day or month its year.
	decade bool
	// pastOnly says the expression counts from the narrative only in a
	// past clause: "in the afternoon" and "within days" told of what
	// happened; in the present they are habits, in the future they count
	// from the moment of writing, which they do not say.
	pastOnly bool
	// toYear says a relative day stands for its year only ("within weeks
	// of the coup"), approximately.
	toYear bool
	// toMonth says a relative day stands for its month only ("within
	// days of the attack"), approximately: a few days, the writer does
	// not say how many.
	toMonth bool
	// anniversary is, for the moment's own day, how many years back the
	// day falls ("thirty-five years ago tonight"; ruleYearsAgoToday).
	anniversary int
	// withinBound says a relative day is the bound of a window of days
	// after "within" ("overran the town within a day"): the happening
	// fell by then, on no day the narrative reached (ruleWithinBound).
	withinBound bool
	// ahead says the expression counts forward from the moment of writing
	// ("in two weeks"), which a past clause cannot mean.
	ahead bool
	// fromStart says a relative day counts from the day something began
	// ("the third day of the offensive"), not the latest day.
	fromStart bool
	// edgeDay says the expression is the first (-1) or last (1) day of
	// the month or year it names: "the last day of 1998".
	edgeDay int
	// clauseMonth says a relative month is "the month" of its clause
	// ("by the end of the month"): the narrative's in a past clause, the
	// moment of writing's in a present or future one.
	clauseMonth bool
	// underDateline says the expression is a day only in a report with a
	// dateline: "overnight" is the night before the report, and
	// elsewhere a figure of speech ("the town fell overnight").
	underDateline bool
	// night says where in the night a time of day falls (see
	// nightPart), for the day it belongs to.
	night nightPart
	// window says a relative day ends a window the happening fell in
	// somewhere ("within two weeks"): the day is not given, only the
	// month the window lies in, or its year when it crosses a month
	// (see ruleWithinWeeks).
	window bool
	// windowFrom is how many days after the day counted from a window
	// opens (see vagueWeeks): "weeks later" opens two weeks on; 0, the
	// day itself, for "within two weeks".
	windowFrom int
	// whenNamed says a bound after "since" or "until" is the time a
	// "when" clause after it tells (see boundNamesWhen): no end of a
	// span that began earlier in its sentence.
	whenNamed bool
	// easter says the expression is a feast that moves with Easter
	// ("Good Friday", "Easter Monday"); its month and day are found once
	// its year is, offset days from Easter Sunday (see movableFeast).
	easter bool
	offset int
	// nowApposed says a day with no year follows "today", "tomorrow" or
	// "yesterday" in apposition ("tomorrow, 27 February"): the same day,
	// next to the moment of writing (ruleNowApposed).
	nowApposed bool
}

// isDeictic reports whether e counts from the moment of writing: "on
// Monday", "tomorrow", "next week", "early next month", "next year".
func (e dateExpr) isDeictic() bool {
	switch e.kind {
	case exNowDay, exWeekday, exWeek, exRefMonth, exNextMonth:
		return true
	}
	return e.kind == exCalendar && (e.yref == yrRefNext || e.yref == yrRefThis)
}

// monthNames lists the months in lower case, January first.
func monthNames() [12]string {
	return [12]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
}

// monthShort returns the month an abbreviation names ("sept" → 9), or 0.
func monthShort(w string) int {
	switch w {
	case "jan":
		return 1
	case "feb":
		return 2
	case "mar":
		return 3
	case "apr":
		return 4
	case "jun":
		return 6
	case "jul":
		return 7
	case "aug":
		return 8
	case "sep", "sept":
		return 9
	case "oct":
		return 10
	case "nov":
		return 11
	case "dec":
		return 12
	}
	return 0
}

// monthOf reads t as a month name. Full names are exact; abbreviations and
// names misspelt by one edit count only when strong says a day or year
// follows or precedes, since "Mar" or "Marco" alone are too weak.
func monthOf(t *dateToken, strong bool) int {
	if !t.upper {
		return 0
	}
	names := monthNames()
	for i, n := range names {
		if t.lower == n {
			return i + 1
		}
	}
	if !strong {
		return 0
	}
	if m := monthShort(t.lower); m > 0 {
		return m
	}
	if runes := utf8.RuneCountInString(t.lower); runes >= 5 {
		for i, n := range names {
			// One edit changes the length by one letter at most.
			if len(n) >= 5 && runes-len(n) <= 1 && len(n)-runes <= 1 && editDistanceAtMostOne(t.lower, n) {
				return i + 1
			}
		}
	}
	return 0
}

// editDistanceAtMostOne reports whether a becomes b by at most one
// insertion, deletion, substitution or swap of adjacent letters. ASCII
// words, nearly all, are compared as bytes, on the stack: the scanner's
// pre-filter asks it of every capitalised word (see mayStart).
func editDistanceAtMostOne(a, b string) bool {
	if isASCII(a) && isASCII(b) {
		if d := len(a) - len(b); d < -1 || d > 1 {
			return false // most month names, for most words
		}
		return withinOneEdit([]byte(a), []byte(b))
	}
	return withinOneEdit([]rune(a), []rune(b))
}

// withinOneEdit is editDistanceAtMostOne over the letters of two words.
func withinOneEdit[E byte | rune](a, b []E) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		first, diffs := -1, 0
		for i := range a {
			if a[i] != b[i] {
				if diffs++; diffs > 2 {
					return false
				}
				if first < 0 {
					first = i
				}
			}
		}
		if diffs < 2 {
			return true
		}
		i := first // two differ: they must be adjacent and swapped
		return a[i+1] != b[i+1] && a[i] == b[i+1] && a[i+1] == b[i]
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		for ; i < len(a); i++ {
			if a[i] != b[i+1] {
				return false
			}
		}
		return true
	}
	return false
}

// afterAttributiveYear reports whether token i follows a year that
// describes a noun, joined to it by "and" or "or": in "the 1991 and 2002
// protest movements" the second year, like the first, names which
// movements, not when anything happened. A bare year after a determiner
// is read as no date already ("the 2002 election").
func (s *dateScanner) afterAttributiveYear(i int) bool {
	switch s.lower(i - 1) {
	case "and", "or":
	default:
		return false
	}
	switch s.lower(i - 3) {
	case "the", "a", "its", "their", "his", "her", "our", "whose":
		return s.isYear(i - 2)
	}
	return false
}

// isDeterminer reports whether w opens a noun phrase that a year may
// describe: "the 2002 election", "its 1998–99 campaign".
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "our", "whose", "this", "that":
		return true
	}
	return false
}

// isContextWord reports whether w, standing before a bare month or year,
// makes it a date: "in 2003", "by April", "as of January". A bare "March"
// or "2003" with none of them is too likely a verb, a count or an adjective.
func isContextWord(w string) bool {
	switch w {
	case "in", "on", "by", "since", "until", "till", "from", "during", "of", "to", "through",
		"before", "after", "around", "circa", "between", "and", "throughout", "within", "late", "early", "mid":
		return true
	}
	return false
}

// numberWord returns the value of a small number written as a word, or 0.
func numberWord(w string) int {
	switch w {
	case "a", "an", "one":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve":
		return 12
	}
	return 0
}

// markDurationFrom gives a date after "from" the end a count of time
// before it measures: "spent eighteen months in America from June 1919"
// runs to December 1920, "held the town for six weeks from 3 March" to
// 14 April. The count's unit may be no finer than the date's precision
// (months from a month, not days from a year), and the count stands
// within a few words of "from", after the previous date (from).
func (s *dateScanner) markDurationFrom(e *dateExpr, i, from int) {
	if s.lower(i-1) != "from" || e.last != nil || e.kind != exCalendar || e.year == 0 || e.yref != yrNone || e.decade {
		return
	}
	for k := i - 2; k > from && k >= i-6; k-- {
		if s.toks[k].num < 0 && !unicode.IsLetter([]rune(s.toks[k].text)[0]) {
			return // a comma or a bracket ends the phrase
		}
		n := countWord(s.lower(k - 1))
		if n == 0 {
			continue
		}
		if end, ok := addDuration(*e, n, s.lower(k)); ok {
			e.last = &end
		}
		return
	}
}

// isDayInName reports whether the day e, tokens i to next, stands
// inside a proper name: after "the" and before a capitalised word that is
// no date of its own ("the 26th of July Movement", "the March 14
// Alliance", "the 23 March Movement"). A name keeps the day it
// commemorates; nothing happens then. Without "the" ("On 3 May Kabila
// fled"), or after a preposition of time ("By the 5th Kabila had fled"),
// the capital opens the clause's subject, and the day dates.
func (s *dateScanner) isDayInName(e *dateExpr, i, next int) bool {
	if e.kind != exCalendar || e.prec != PrecisionDay || e.year != 0 || s.lower(i-1) != "the" {
		return false
	}
	switch s.lower(i - 2) {
	case "on", "by", "until", "till", "since", "from", "after", "before", "at", "to", "through", "during":
		return false
	}
	t, ok := s.tok(next)
	return ok && t.upper && monthOf(t, false) == 0 && !isWeekdayName(t.lower) && !s.startsDate(next)
}

// countWord returns the count w writes out, in digits or in words, from
// one to ninety-nine ("eighteen", "18"), else 0. The scanner asks it of
// nearly every word, so strconv.Atoi (whose failure allocates an error
// and a copy of w) is asked only of a word it may parse: one opening
// with a digit or a plus sign.
func countWord(w string) int {
	if mayBeDecimal(w) {
		if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 100 {
			return n
		}
	}
	if n := numberWord(w); n > 0 {
		return n
	}
	return teenOrTens(w)
}

// teenOrTens returns the count of a teen or a multiple of ten written in
// words ("thirteen" 13, "ninety" 90), else 0. countWord asks it of
// nearly every word, so each list is read only for a word with its
// last letter (every teen ends in n, every ten in y). The test is on a
// byte, not a string: the grammar's string literals are its date words
// (datewords.go).
func teenOrTens(w string) int {
	if w == "" {
		return 0
	}
	switch w[len(w)-1] {
	case 'n':
		teens := [...]string{"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
		if k := slices.Index(teens[:], w); k >= 0 {
			return 13 + k
		}
	case 'y':
		tens := [...]string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
		if k := slices.Index(tens[:], w); k >= 0 {
			return 20 + 10*k
		}
	}
	return 0
}

// mayBeDecimal reports whether strconv.Atoi may parse w: every number it
// parses opens with a digit or a sign, and a negative one is no count.
func mayBeDecimal(w string) bool {
	return w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '+')
}

// addDuration returns the date n units after e, at e's precision, when
// the unit is no finer than that precision.
func addDuration(e dateExpr, n int, unit string) (dateExpr, bool) {
	end := dateExpr{kind: exCalendar, year: e.year, month: e.month, day: e.day, prec: e.prec}
	switch strings.TrimSuffix(unit, "s") {
	case "year":
		end.year += n
	case "month":
		if e.prec < PrecisionMonth {
			return dateExpr{}, false
		}
		months := e.year*12 + e.month - 1 + n
		end.year, end.month = months/12, months%12+1
	case "week", "day":
		if e.prec < PrecisionDay {
			return dateExpr{}, false
		}
		if strings.HasPrefix(unit, "week") {
			n *= 7
		}
		t := time.Date(e.year, time.Month(e.month), e.day+n, 0, 0, 0, 0, time.UTC)
		end.year, end.month, end.day = t.Year(), int(t.Month()), t.Day()
	default:
		return dateExpr{}, false
	}
	return end, true
}

func isVagueNumber(w string) bool { return w == "several" || w == "few" || w == "some" }

func isDayPart(w string) bool {
	switch w {
	case "day", "night", "morning", "evening", "afternoon":
		return true
	}
	return false
}

// dateScanner walks a sentence's tokens looking for temporal expressions.
type dateScanner struct {
	toks []dateToken
	none dateToken // what tok returns past the ends: num -1, never written
	off  dateRules // the date rules turned off, for ablation; nil in use
}

func (s *dateScanner) lower(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].lower
}

// tok returns token i, or the scanner's blank token (num -1) and false
// past either end. It returns a pointer, not a copy of the token: it runs
// for nearly every token and every pattern; callers only read it.
func (s *dateScanner) tok(i int) (*dateToken, bool) {
	if i < 0 || i >= len(s.toks) {
		return &s.none, false
	}
	return &s.toks[i], true
}

// isYear reports whether token i is a four-digit year.
func (s *dateScanner) isYear(i int) bool {
	t, ok := s.tok(i)
	return ok && t.plain && len(t.text) == 4 && t.num >= 1000 && t.num <= 2999
}

// isDay reports whether token i is a day of the month: 1–31, at most two
// digits or an ordinal, and not the start of a time like 10:30.
func (s *dateScanner) isDay(i int) bool {
	t, ok := s.tok(i)
	if !ok || t.num < 1 || t.num > 31 || (t.plain && len(t.text) > 2) {
		return false
	}
	if n, ok := s.tok(i + 1); ok && n.start == t.end {
		if n.text == "%" {
			return false
		}
		if m, ok := s.tok(i + 2); ok && n.text == ":" && m.plain && m.start == n.end {
			return false // 10:30
		}
	}
	return true
}

// scanDates returns the temporal expressions of a sentence in order.
func scanDates(sentence string) []dateExpr {
	var s dateScanner
	return s.scanSentence(sentence, lowerASCII(sentence))
}

// scanSentence is scanDates with s's token buffer, reused sentence after
// sentence: the expressions keep nothing of the tokens. lower is
// lowerASCII(sentence), which the caller may have made for more than it.
func (s *dateScanner) scanSentence(sentence, lower string) []dateExpr {
	s.toks, s.none = appendDateTokens(s.toks[:0], sentence, lower), dateToken{num: -1}
	return s.scan(sentence)
}

// scan returns the temporal expressions of the scanner's sentence.
func (s *dateScanner) scan(sentence string) []dateExpr {
	var out []dateExpr
	prevEnd := 0 // the token after the previous expression
	for i := 0; i < len(s.toks); {
		if !s.mayStart(i) {
			i++
			continue
		}
		e, next := s.parse(i, true)
		if e == nil {
			i++
			continue
		}
		s.mark(e, i, next, prevEnd)
		prevEnd = next
		out = append(out, *e)
		i = next
	}
	return markSeasons(sentence, markAppositions(sentence, s.off, s.markCountedSpans(markCoordinatedOf(sentence, markRanges(s, sentence, out), s.off))))
}

// mark sets what the words around an expression found at tokens
// [i, next) say of it: its span in the sentence, a reference point or
// duration, a day in a name, a time a "when" clause tells, an
// ultimatum's deadline, an nth day, a happening's year, an onset that
// runs on, an approximation. prevEnd is the token after the expression
// before it. The readings run in this order, a later one overriding what
// an earlier one set.
func (s *dateScanner) mark(e *dateExpr, i, next, prevEnd int) {
	e.start = s.toks[i].start
	e.end = s.toks[next-1].end
	s.markReference(e, i, prevEnd)
	s.markDurationFrom(e, i, prevEnd)
	s.markNameOrWhen(e, i, next)
	s.markUltimatum(e, i, next)
	if s.off.on(ruleNthDay) {
		s.markNthDay(e, i, next)
	}
	if s.off.on(ruleHappeningIn) && s.happeningOfIn(i) {
		// "came to power in the revolution of 1952": taking part in
		// the happening the year names, as in "the 1982 election".
		e.skip, e.ofYear, e.attributive = false, false, true
	}
	s.markOnward(e, next)
	s.markApprox(e, i)
}

// markNameOrWhen reads whether the expression at tokens [i, next) is a
// day in a name, skipped, and then whether a "when" clause after it tells
// what happened at that time, which makes it a time again: a name's day
// is no happening's, a time a clause tells is one.
func (s *dateScanner) markNameOrWhen(e *dateExpr, i, next int) {
	if s.isDayInName(e, i, next) {
		e.skip = true // "the 26th of July Movement", "the March 14 Alliance"
	}
	if s.namesWhen(i, next) {
		// "It grew after 1966, when engineers discovered oil": the
		// clause after "when" tells what happened then.
		e.skip = false
	} else if s.off.on(ruleWhenNamed) && s.boundNamesWhen(i, next) {
		// "had governed alone since February 1948, when they seized
		// power", "lasted only until December, when the army pushed
		// him aside": the bound is a time the "when" clause tells.
		e.skip, e.since, e.until, e.whenNamed = false, false, false, true
	}
}

// markUltimatum turns an "until" bound at tokens [i, next) that an
// infinitive follows, after a verb granting time, into an ultimatum's
// deadline: what the clause grants ends then, and no state does.
func (s *dateScanner) markUltimatum(e *dateExpr, i, next int) {
	if e.until && s.lower(next) == "to" && s.isInfinitiveAt(next+1) && s.grantsTime(i) {
		// "gave the junta until 15 October to leave": an
		// ultimatum's deadline, not the end of a state.
		e.until, e.deadline, e.ultimatum = false, true, true
	}
}

// markOnward marks an expression that "onward" or "onwards" follows, at
// token next: the start of a practice that runs on, skipped as no date of
// its own.
func (s *dateScanner) markOnward(e *dateExpr, next int) {
	if w := s.lower(next); w == "onward" || w == "onwards" {
		// "called up from 1994 onward": the start of a practice that
		// runs on, no date of its own unless its clause reports that
		// start (see sentenceScan.isOnsetOnward).
		e.skip, e.onward = true, true
	}
}

// markApprox gives an expression at token i that an approximator opens
// the approximate modifier, unless a modifier of its own came first:
// "around", "circa", "approximately" and "roughly" always, "about" and
// "c." only before a year, since "about" before a day or a relative time
// names a topic.
func (s *dateScanner) markApprox(e *dateExpr, i int) {
	switch s.lower(i - 1) {
	case "around", "circa", "approximately", "roughly":
		if e.mod == "" {
			e.mod = ModApprox
		}
	case "about", ".":
		if e.mod == "" && e.kind == exCalendar && e.prec == PrecisionYear && s.approximatorBefore(i) >= 0 {
			e.mod = ModApprox // "from about 1969", "c. 1969"; "about yesterday's attack" is a topic
		}
	}
}

// mayStart reports whether an expression may start at token i, before
// parse tries every form there: most tokens are words no form begins
// with, and scanning tried all twenty at each (some 40% of extracting
// events). An expression starts at a word or mark of the grammar
// (isDateWord: every string literal of its files, and so every word a
// form or a modifier compares a token with), at a token holding a digit
// or any letter beyond ASCII, or at a capitalised month misspelt by one
// letter (monthOf). Anything else is a word of ASCII letters or a mark
// no form names, where parse finds nothing
// (TestDatePrefilterDropsNoDate).
func (s *dateScanner) mayStart(i int) bool {
	t := &s.toks[i]
	if isDateWord(t.lower) || !isASCIILetters(t.lower) {
		return true
	}
	return t.upper && (monthOf(t, true) > 0 || wordnet.Load().HolidayPrefix(t.lower))
}

// isASCIILetters reports whether w is one or more ASCII letters, or one
// ASCII mark: no digit, nothing beyond ASCII.
func isASCIILetters(w string) bool {
	if len(w) == 1 {
		return w[0] < utf8.RuneSelf && !isDigitByte(w[0])
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// markAppositions joins a date to the one in apposition after it, set
// off by a comma, which names the same time more exactly: "Four weeks
// later, on 15 August 2005", "A year later, in May", "In 1972, in
// April". The second is the date; the first, a counted or coarser way to
// the same time, is no date of its own (skip), and gives the second the
// year it lacks. Two dates of one precision written in full ("on 3 May,
// 5 May and 9 May") are a list, not an apposition. A weekday apposed
// to a day names that day's weekday (see isApposedWeekday).
func markAppositions(sentence string, off dateRules, es []dateExpr) []dateExpr {
	for k := 0; k+1 < len(es); k++ {
		a, b := &es[k], &es[k+1]
		if isApposedWeekday(sentence, *a, *b, off) {
			b.skip = true // "On 13 July 1976, a Tuesday, the army": that day
			continue
		}
		if countsToWritten(sentence, *a, *b) {
			b.skip = true // "On 27 April 1994, exactly a year after the election,"
			continue
		}
		if a.kind == exWeekday && a.delta == 0 && b.kind == exCalendar && b.prec == PrecisionDay && b.year == 0 && b.yref == yrNone &&
			strings.Trim(sentence[a.end:b.start], " ,") == "" {
			b.dayName = a.weekday + 1 // "on Tuesday, 23 July": the weekday the scanner set aside
		}
		b.nowApposed = isNowApposed(sentence, *a, *b)
		if a.skip || b.skip || a.last != nil || b.kind != exCalendar || !isAppositionGap(sentence[a.end:b.start]) {
			continue
		}
		yearOnly := a.kind == exCalendar && a.prec == PrecisionYear && b.prec > PrecisionYear
		if a.kind == exCalendar && !yearOnly && !a.easter {
			continue // "on Good Friday, 21 April": the feast, named, and its date
		}
		if b.year == 0 && b.yref == yrNone && yearOnly {
			b.year, b.yref, b.delta = a.year, a.yref, a.delta
		}
		a.skip = true
	}
	return es
}

// isApposedWeekday reports whether b, a plain weekday after "a", stands
// in apposition after a, a calendar day, with only a comma between
// (rule apposed-weekday): "On 13 July 1976, a Tuesday, the army seized
// the radio station", "On the morning of 16 December, a Friday, a crowd
// gathered". The indefinite article makes the weekday a description of
// a's day, not a day of its own: read alone, "a Tuesday" was the next
// Tuesday after a, a week on.
func isApposedWeekday(sentence string, a, b dateExpr, off dateRules) bool {
	if !off.on(ruleApposedWeekday) || a.kind != exCalendar || a.prec != PrecisionDay || a.last != nil ||
		b.kind != exWeekday || b.delta != 0 || b.anaphoric || b.last != nil {
		return false
	}
	g, ok := strings.CutPrefix(strings.TrimSpace(sentence[a.end:b.start]), ",")
	return ok && strings.TrimSpace(g) == "a"
}

// isNowApposed reports whether b, a day with no year, stands in
// apposition after a, a day counted from the moment of writing ("for
// tomorrow, 27 February", "yesterday, 3 March"): b names a's day.
func isNowApposed(sentence string, a, b dateExpr) bool {
	return a.kind == exNowDay && !a.skip && b.kind == exCalendar && b.prec == PrecisionDay && b.year == 0 && b.yref == yrNone &&
		b.last == nil && isAppositionGap(sentence[a.end:b.start])
}

// countsToWritten reports whether b, set off by a comma after a, counts
// its way to the date a writes out in full: "On 27 April 1994, exactly a
// year after the election, …". b glosses a; counted from the narrative,
// it would give a second, wrong date.
func countsToWritten(sentence string, a, b dateExpr) bool {
	if a.skip || a.last != nil || a.kind != exCalendar || a.year == 0 || a.yref != yrNone || b.beforeClause {
		return false // "on 7 July 1994, two days after Mukalla was taken": the clause dates its own event
	}
	counted := b.kind == exRelDay || b.kind == exRelMonth || b.kind == exCalendar && (b.yref == yrCtx && b.delta != 0 || b.yref == yrCtxNext || b.yref == yrCtxPrev)
	if !counted {
		return false
	}
	g, ok := strings.CutPrefix(strings.TrimSpace(sentence[a.end:b.start]), ",")
	if !ok {
		return false
	}
	g = strings.TrimSpace(g)
	return g == "" || !strings.Contains(g, " ") && (strings.HasSuffix(g, "ly") || approximators[g])
}

// approximators soften a counted time: "almost a year after".
var approximators = map[string]bool{"almost": true, "nearly": true, "just": true, "some": true, "about": true}

// isAppositionGap reports whether gap, the text between two dates, sets
// the second off as an apposition: a comma, then perhaps the
// preposition that introduces a date ("later, on 15 August").
func isAppositionGap(gap string) bool {
	g, ok := strings.CutPrefix(strings.TrimSpace(gap), ",")
	if !ok {
		return false
	}
	g = strings.TrimSpace(g)
	return g == "" || g == "on" || g == "in"
}

// markReference flags expressions that are reference points rather than
// happenings: "since 1991", "since independence in 1960", "since the
// liberation struggle ended in 1974", "prior to 2001", "before March" or
// "after 2001". from is where the words that may govern it start: the
// end of the expression before it.
func (s *dateScanner) markReference(e *dateExpr, i, from int) {
	if !s.markGovernor(e, i) {
		return
	}
	if s.opensWithSince(i, from) {
		e.skip, e.since = true, true
		return
	}
	s.markGovernedWithin(e, i, from)
}

// markGovernor reads the word just before the expression at token i:
// "before", "after", "by", "as of", "every" and the like. It reports
// false when that word settles what e is (a deadline), so that nothing
// further back is read. The bounds are read first; a word that is none
// is read by markNearGovernor.
func (s *dateScanner) markGovernor(e *dateExpr, i int) bool {
	switch prev := s.lower(i - 1); {
	case prev == "before" && s.isPeriodEnd(i):
		// "taken into custody before the end of the month": within the
		// month, as "by the end of the month" is, not a reference point.
	case s.isDeadline(i):
		// "to step down no later than 15 October", "will not leave
		// before 15 October": a deadline bounds when its clause's
		// event happens, as "by 15 October" does.
		e.deadline = true
		return false
	case prev == "before", prev == "after", prev == "than":
		e.skip = true
	case prev == "by" && e.kind == exCalendar:
		e.deadline = true // "agreed to withdraw by 15 October"
	default:
		s.markNearGovernor(e, i, prev)
	}
	return true
}

// markNearGovernor reads prev, the word just before the expression at
// token i, when it bounds nothing (see markGovernor): a comparison
// ("than in 2006", "unlike in 1991"), a day counted from now after "for"
// or "until", "prior to", the time a report holds for ("as of 2020",
// "correct at 1 May") or a day that comes round ("every 12 March"). All
// but a report's time and a plan's target make e no happening's time.
func (s *dateScanner) markNearGovernor(e *dateExpr, i int, prev string) {
	switch {
	case prev == "in" && s.lower(i-2) == "than":
		e.skip = true // "greater than in 2006": a comparison
	case prev == "for" && e.kind == exNowDay && e.delta > 0 && s.off.on(ruleForTomorrow):
		// "The signing is scheduled for tomorrow", "a strike called
		// for tomorrow": a day ahead after "for" is the target of a
		// plan, as "scheduled for 24 January" is.
	case (prev == "until" || prev == "till" || prev == "for") && (e.kind == exNowDay || e.kind == exWeek):
		e.skip = true // "has lasted until today", "that is all for today"
	case prev == "to" && s.lower(i-2) == "prior":
		e.skip = true
	case s.followsAsOf(i):
		// "As of 2020 some 40,000 remained", "current as at 30 June":
		// the time a state is reported for (see sentenceScan.place),
		// not the name of a thing ("the upheavals of 1991").
		e.skip, e.ofYear, e.asOf = false, false, true
	case s.followsCurrency(i):
		// "reflects information available in mid-June 2024", "figures
		// correct at 1 May": the time a text's facts hold for, as "as
		// of" is, and no happening.
		e.skip = true
	case prev == "unlike" || isPreposition(prev) && s.lower(i-2) == "unlike":
		e.skip = true // "Unlike in 1991, the army stayed in barracks": a comparison
	case s.off.on(ruleComparisonAs) && s.closesComparisonAs(i):
		e.skip = true // ", as they had in 1986": the time of what the clause is compared with
	case prev == "every" || prev == "each":
		e.skip = true // "Every 12 March families lay wreaths": a day that comes round
	}
}

// closesComparisonAs reports whether the expression at token i is the
// time of a clause of comparison that "as" opens after a comma, or at
// the head of a sentence, with "in", "on" or "during" before the time:
// "seen as a prelude to a restoration, as in the 1953 coup", "lent
// their authority to the protests, as they had in 1986", "were it to
// seize a town again, as it did in 2014" (rule comparison-as). The
// clause names what the sentence's own happening is likened to, so its
// time is neither that happening's nor the narrative's, as the time of
// a comparison after "than" or "unlike" is none. Only a pronoun and an
// auxiliary ("they had", "it did") may stand between "as" and the
// preposition: "as" before a longer clause may tell a time of its own
// ("as troops entered the city in 1953").
func (s *dateScanner) closesComparisonAs(i int) bool {
	k := i - 1
	if s.lower(k) == "the" {
		k--
	}
	if w := s.lower(k); w != "in" && w != "on" && w != "during" {
		return false
	}
	k--
	if isComparedAuxiliary(s.lower(k)) && isSubjectPronoun(s.lower(k-1)) {
		k -= 2
	}
	if s.lower(k) != "as" {
		return false
	}
	before := s.lower(k - 1)
	return before == "," || before == "just" || k == 0
}

// isComparedAuxiliary reports whether w is the auxiliary that stands
// for the verb of the clause compared in "as they had in 1986", "as it
// did in 2014", "as it was in 1991".
func isComparedAuxiliary(w string) bool {
	switch w {
	case "did", "had", "was", "were", "does", "do", "has", "have":
		return true
	}
	return false
}

// markGovernedWithin looks back from token i, within the expression's
// phrase or clause (a comma, a conjunction or another date ends the
// search, as does sinceReach), for a word that governs it from a few
// words off: "since" ("since independence in 1960"), "until" ("until his
// death in 2020" ends a state), a comparison's "than" or "that of", or an
// exception ("apart from").
func (s *dateScanner) markGovernedWithin(e *dateExpr, i, from int) {
	for k := i - 1; k >= from && k >= i-sinceReach; k-- {
		t := s.toks[k]
		if t.num < 0 && !unicode.IsLetter([]rune(t.text)[0]) || t.lower == "and" || t.lower == "but" || t.lower == "or" {
			return
		}
		switch {
		case t.lower == "since":
			e.skip, e.since = true, true
			return
		case t.lower == "until" || t.lower == "till":
			if s.off.on(ruleNotUntil) && s.isNegatedBefore(k) {
				e.notUntil = true // "did not reopen until early June": the reopening's time
				return
			}
			e.until = true
			return
		case s.isComparisonThan(k) || s.isComparedTerm(k):
			// "poorer today than it was in 1970": a comparison's other
			// term; "more than 300 died in 1998" counts. "far below
			// that of the last election in 1982": the standard a
			// comparison measures against, not a happening.
			e.skip = true
			return
		case t.lower == "except" || t.lower == "from" && k > 0 && (s.toks[k-1].lower == "apart" || s.toks[k-1].lower == "aside"):
			// "has governed the islands since 1833, apart from the ten
			// weeks of occupation in 1982": an exception to what the
			// clause states, named by its date, as a reference point is.
			e.skip = true
			return
		}
	}
}

// isNegatedBefore reports whether the clause before token k, an
// "until", is negated: "not" or a contracted "n't" within a few words,
// with no punctuation or conjunction between (rule not-until). "The
// airport did not reopen until early June" says it reopened then.
func (s *dateScanner) isNegatedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := s.toks[j]
		if t.num < 0 && !unicode.IsLetter([]rune(t.text)[0]) || t.lower == "and" || t.lower == "but" || t.lower == "or" {
			return false
		}
		if t.lower == "not" || strings.HasSuffix(t.lower, "n't") {
			return true
		}
	}
	return false
}

// isComparisonThan reports whether token k is a "than" before a word
// that is no number: "than it was in 1970" compares, "than 300" counts.
func (s *dateScanner) isComparisonThan(k int) bool {
	next, _ := s.tok(k + 1)
	return s.toks[k].lower == "than" && next.num < 0 && numberWord(next.lower) == 0
}

// isComparedTerm reports whether token k is the "of" of "that of" or
// "those of" after a word that compares ("below that of", "higher than
// those of", "as that of"): the pronoun stands for the compared noun,
// and what follows is the comparison's other term. Without such a word
// "those of military age fled" has a subject, not a term.
func (s *dateScanner) isComparedTerm(k int) bool {
	if s.lower(k) != "of" || s.lower(k-1) != "that" && s.lower(k-1) != "those" {
		return false
	}
	return isComparingWord(s.lower(k - 2))
}

// namesWhen reports whether the expression at tokens [i, next), a
// reference point after "before" or "after", is named by the "when"
// clause after it: "after 1966, when engineers discovered oil", "before
// March 1970, when the army seized the radio". The clause is what
// happened at that date, as "in 1966, when …" is; the preposition only
// relates the main clause to it.
func (s *dateScanner) namesWhen(i, next int) bool {
	switch s.lower(i - 1) {
	case "before", "after":
		return s.lower(next) == "," && s.lower(next+1) == "when"
	}
	return false
}

// opensWithSince reports whether token i lies in a sentence's opening
// "since" phrase, before the comma that closes it: "Since the opening of
// party and state archives in the 1990s, scholars have …". Fronted, the
// phrase runs to its comma, so an "and" inside it joins nouns, not
// clauses, and every date in it is part of the reference point.
func (s *dateScanner) opensWithSince(i, from int) bool {
	if from != 0 || s.lower(0) != "since" || i > sinceReach+4 {
		return false
	}
	for k := 1; k < i; k++ {
		if t := s.toks[k]; t.num < 0 && !unicode.IsLetter([]rune(t.text)[0]) {
			return false
		}
	}
	return true
}

// markSeasons marks as no date a month with no year set off after a
// season it says the time of: "in the rainy season, from June to
// September", "the dry season (roughly November to May)". A season comes
// round every year; its months are no date of the narrative.
func markSeasons(sentence string, es []dateExpr) []dateExpr {
	for k := range es {
		e := &es[k]
		if e.kind != exCalendar || e.year != 0 || e.yref != yrNone || e.prec != PrecisionMonth {
			continue
		}
		if namesSeason(sentence[:e.start]) {
			e.skip = true
		}
	}
	return es
}

// namesSeason reports whether head, the text before a month, ends in a
// season set off by a comma or a bracket, perhaps with the start of a
// span of months after it ("season, from", "season (roughly November
// to").
func namesSeason(head string) bool {
	if !strings.Contains(head, "season") {
		return false // most months: no need to split the words
	}
	w := strings.Fields(head)
	k := len(w) - 1
	for k >= 0 && isSeasonSpanWord(w[k]) {
		k--
	}
	if k < 0 {
		return false
	}
	last := w[k]
	if k < len(w)-1 && strings.HasPrefix(w[k+1], "(") {
		last += ","
	}
	word, ok := strings.CutSuffix(last, ",")
	return ok && (word == "season" || word == "seasons")
}

// isSeasonSpanWord reports whether w may stand between a season and its
// months: "from", "roughly", a month, "to", a bracket.
func isSeasonSpanWord(w string) bool {
	w = strings.ToLower(strings.TrimPrefix(w, "("))
	return w == "" || w == "from" || w == "to" || w == "between" || w == "and" || isApproximator(w) || isMonthName(w)
}

// grantsTime reports whether a verb that grants or holds time ("gave the
// junta until", "the rebels had until") stands a few words before token
// i, the date after "until": the clause sets a deadline, where "remained
// in office until 2000 to oversee the transition" ends a state and
// gives its purpose.
func (s *dateScanner) grantsTime(i int) bool {
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		switch s.lower(k) {
		case "give", "gives", "gave", "given", "giving", "has", "have", "had":
			return true
		}
	}
	return false
}

// isInfinitiveAt reports whether token i, after "to", is a verb's bare
// form rather than a noun phrase's first word ("to leave", not "to the
// border", "to 20").
func (s *dateScanner) isInfinitiveAt(i int) bool {
	w := s.lowerWordAt(i)
	return w != "" && !isDeterminer(w) && !leadsNoun(w)
}

// isDeadline reports whether the words before token i make the date
// there a deadline, the latest or earliest time of its clause's event,
// not a reference point: "no later than", "not later than", "no earlier
// than", "not before", "not after". A negator before the comparison
// turns it from a contrast with another time into a bound on this one.
func (s *dateScanner) isDeadline(i int) bool {
	k := i - 1
	switch s.lower(k) {
	case "than":
		if w := s.lower(k - 1); w != "later" && w != "earlier" {
			return false
		}
		k--
	case "before", "after":
	default:
		return false
	}
	if w := s.lower(k - 1); w == "no" || w == "not" {
		return true // "no later than 15 October", "not before May"
	}
	if s.lower(k) == "than" {
		return false
	}
	// "will not leave before 15 October": a negated verb before
	// "before" delays its happening to the date.
	for j := k - 2; j >= 0 && j >= k-3; j-- {
		if w := s.lower(j); w == "not" || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// followsAsOf reports whether "as of" or "as at" governs the expression
// at token i, next to it or past a time of day: "as of 1 June", "as of
// 1200 hours today", "as at six o'clock this morning".
func (s *dateScanner) followsAsOf(i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		switch w := s.lower(k); {
		case (w == "of" || w == "at") && s.lower(k-1) == "as":
			return true
		case s.toks[k].num < 0 && !isClockWord(w):
			return false
		}
	}
	return false
}

// followsCurrency reports whether the expression at token i follows an
// adjective that says how current facts are and its preposition, with
// at most a modifier between ("available in mid-June 2024", "correct
// at 1 May", "accurate as at"): the note a primer or a fact sheet gives
// of the date its information holds for.
func (s *dateScanner) followsCurrency(i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		switch w := s.lower(k); w {
		case "in", "at", "on", "to", "until":
			// "became available in May 2019" tells a change, which dates.
			return isCurrencyAdjective(s.lower(k-1)) && !isBecoming(s.lower(k-2))
		case "early", "mid", "late", "-", "the", "end", "of", "start":
		default:
			return false
		}
	}
	return false
}

// isCurrencyAdjective reports whether w says that facts hold, or could
// be had, at a time: "available", "current", "correct", "accurate",
// "valid".
func isCurrencyAdjective(w string) bool {
	switch w {
	case "available", "current", "correct", "accurate", "valid":
		return true
	}
	return false
}

// isBecoming reports whether w is a form of a verb of becoming before
// its complement: "became available", "was made available".
func isBecoming(w string) bool {
	switch w {
	case "become", "became", "becomes", "becoming", "made", "make", "makes", "went", "goes", "go":
		return true
	}
	return false
}

// isClockWord reports whether w may stand in a time of day written
// before a day ("1200 hours today", "six o'clock this morning").
func isClockWord(w string) bool {
	switch w {
	case "hours", "hrs", "o", "clock", "'", "’", "noon", "midnight", "a", "p", "m", "am", "pm", "gmt", "utc", "local", "time", "this", ".", ":":
		return true
	}
	return numberWord(w) > 0
}

// isPeriodEnd reports whether token i opens "the end of" or "the close
// of" a period.
func (s *dateScanner) isPeriodEnd(i int) bool {
	w := s.lower(i + 1)
	return s.lower(i) == "the" && (w == "end" || w == "close") && s.lower(i+2) == "of"
}

// sinceReach is how many words back "since" may govern a date: a short
// clause, "since the liberation struggle ended in 1974".
const sinceReach = 8

// markRanges joins the two ends of a range, "from 2004 until August
// 2012", "between June and August", "2004–2008", into one expression
// whose end is the second. A start without a year takes the end's:
// "from June to August 2003" starts in June 2003.
func markRanges(s *dateScanner, sentence string, es []dateExpr) []dateExpr {
	out := es[:0]
	for k := 0; k < len(es); k++ {
		if k+1 < len(es) {
			if joined, ok := s.joinRange(sentence, es[k], es[k+1]); ok {
				out = append(out, joined)
				k++
				continue
			}
			if sharesYear(sentence, es[k], es[k+1], s.off.on(ruleCoordinatedSpan)) {
				es[k].year = es[k+1].year
			}
		}
		out = append(out, es[k])
	}
	return out
}

// joinRange returns a and b, two expressions in a row, as one range when
// the sentence joins them, and whether it does. The range's end is a copy
// of its last expression, never a pointer into the slice markRanges
// overwrites as it goes.
func (s *dateScanner) joinRange(sentence string, a, b dateExpr) (dateExpr, bool) {
	switch {
	case s.isEndThenBegin(sentence, a, b):
		b.last = &a // "wrapped up … today that had begun on Thursday": the start comes second
		return b, true
	case isNamedRange(sentence, a, b):
		a.skip, a.ofYear, b.skip, b.ofYear = false, false, false, false
		a.last = &b
		return a, true
	case isOfSpan(sentence, a, b, s.off.on(ruleHappeningSpan)):
		a.last = &b
		return a, true
	case s.isSpan(sentence, a, b):
		return spanOf(a, b), true
	case s.off.on(ruleWeekdayRange) && (isWeekdayRange(sentence, a, b) || s.isWeekdayBeginEnd(a, b)):
		a.last = &b
		return a, true
	}
	return dateExpr{}, false
}

// isSpan reports whether the sentence writes a and b as the two ends of a
// span: "from 2004 until 2012", "2004–2008", "began … and ended …",
// "until", coordinated days, "23 February to 19 March 1988".
func (s *dateScanner) isSpan(sentence string, a, b dateExpr) bool {
	return isRange(sentence, a, b) || s.isBeginEnd(a, b) || isUntilSpan(sentence, a, b) || s.isGoingOnUntil(sentence, a, b) ||
		s.isCoordinatedNext(sentence, a, b) || s.isCoordinatedDays(sentence, a, b) ||
		s.off.on(ruleBareToRange) && isBareToRange(sentence, a, b)
}

// spanOf makes start the span from start to end. A start without a year
// takes the end's, the year before if its month is later ("from November
// to March 1990"); it is skipped if either end is.
func spanOf(start, end dateExpr) dateExpr {
	if start.year == 0 && start.yref == yrNone && end.kind == exCalendar && end.yref == yrNone && end.year != 0 {
		start.year = end.year
		if start.month > end.month && end.month > 0 {
			start.year--
		}
	}
	start.last = &end
	start.skip = start.skip || end.skip
	return start
}

// sharesYear reports whether a, a day or month written without a year,
// takes the year of b, coordinated with it: "on 3 March and 5 April
// 1992", "in March or June 2003", and, with again (ruleCoordinatedSpan),
// "in February and again in June 1973". A later month than b's would be
// the year before, which the writer would have said.
func sharesYear(sentence string, a, b dateExpr, again bool) bool {
	if a.kind != exCalendar || b.kind != exCalendar || a.year != 0 || a.yref != yrNone || a.prec < PrecisionMonth ||
		b.year == 0 || b.yref != yrNone || a.month > b.month {
		return false
	}
	switch strings.TrimSpace(sentence[a.end:b.start]) {
	case "and", "or", ",", "and on", "and in", "or on", "or in":
		return true
	case "and again in", "and again on":
		return again
	}
	return false
}

// isUntilSpan reports whether b, later in sentence than a, bounds with
// "until" what a started: "from March 2002 until a peace accord was
// signed on 17 March 2003", where "until" opens a clause that b dates,
// or "In November 2000 he ordered a halt, and the pause was extended
// until May 2001", where it governs b itself. What holds until a time
// holds from the time the sentence gave before it; the two are one span
// (resolver.rangeEnd drops an end before its start). A semicolon between
// them ends the sentence's first thought.
func isUntilSpan(sentence string, a, b dateExpr) bool {
	if a.kind != exCalendar || b.kind != exCalendar || a.last != nil || b.last != nil || a.skip || b.skip || b.whenNamed || b.notUntil {
		return false
	}
	between := sentence[a.end:b.start]
	if !strings.Contains(between, "until") && !strings.Contains(between, "till") {
		return false // most pairs of dates: no need to read the words
	}
	if strings.ContainsAny(between, ";:") || opensOtherPredicate(between) {
		return false
	}
	if w := trailingWord(between); w == "until" || w == "till" || endsUntilEvent(between) {
		return true
	}
	rest := strings.TrimSpace(between)
	return strings.EqualFold(trailingWord(sentence[:a.start]), "from") && (strings.HasPrefix(rest, "until ") || strings.HasPrefix(rest, "till "))
}

// endsUntilEvent reports whether between, the words before a span's
// second date, ends in "until" and a happening named by a noun that the
// date is the time of: "until an armistice at Plaka in February 1944",
// "until the ceasefire of 3 May 1995", "until elections in 1979". The
// span ends with that happening. A few words with no verb and no comma
// name it; a preposition puts the date on it.
func endsUntilEvent(between string) bool {
	k := strings.LastIndex(between, "until ")
	if k < 0 {
		return false
	}
	tail := between[k+len("until "):]
	if strings.ContainsAny(tail, ",;()") || countFields(tail) > 6 {
		return false
	}
	switch trailingWord(tail) {
	case "in", "on", "of":
		return !hasEventVerb(tail)
	}
	return false
}

// opensOtherPredicate reports whether between, the words between two
// dates, opens a relative or participle clause about something else
// (", which they held until 2013", ", authorising the deployment until 1
// September"): what holds until the second date then did not start at
// the first ("took Gao on 5 March").
func opensOtherPredicate(between string) bool {
	if hasRelativeOpener(between) {
		return true
	}
	for i := strings.IndexByte(between, ','); i >= 0; {
		if w, _ := nextLowerWord(between, i+1); len(w) > 4 && strings.HasSuffix(w, "ing") {
			return true
		}
		k := strings.IndexByte(between[i+1:], ',')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// isRange reports whether a and b, in this order in sentence, are the
// ends of one span: a dash between them, or "from … to/until/through" or
// "between … and".
func isRange(sentence string, a, b dateExpr) bool {
	if a.kind != exCalendar || b.kind != exCalendar || a.last != nil || b.last != nil {
		return false
	}
	between := strings.TrimSpace(sentence[a.end:b.start])
	if isDash(between) {
		return true
	}
	return spanBetween(spanOpener(sentence[:a.start]), between) || between == "and" && isNextPeriod(a, b)
}

// isBareToRange reports whether a, a day or month without its year,
// and b, a later one of the same precision with its year, joined by
// "to" alone, are the two ends of one span (ruleBareToRange): "23
// February to 19 March 1988". The yearless start can only take the
// end's year; two dates that each stand alone would have a year each
// or a verb between them.
func isBareToRange(sentence string, a, b dateExpr) bool {
	if a.kind != exCalendar || b.kind != exCalendar || a.last != nil || b.last != nil || a.skip || b.skip ||
		a.year != 0 || a.yref != yrNone || b.year == 0 || b.yref != yrNone || a.prec != b.prec || a.prec < PrecisionMonth {
		return false
	}
	if a.month > b.month || a.month == b.month && a.day >= b.day {
		return false
	}
	return strings.TrimSpace(sentence[a.end:b.start]) == "to"
}

// isWeekdayRange reports whether a and b, in this order in sentence,
// are two days of the week that bound a span (ruleWeekdayRange): joined
// by a dash, "to", "until", "till" or "through" ("from Sunday to
// Tuesday", "Sunday to Tuesday"), or by "and" when b is the day after a
// ("on Friday and Saturday"), as "in February and March" is one span
// (see isRange). "Last" and "next" ("last Friday and next Monday") and
// "that Friday" name days apart, no span.
func isWeekdayRange(sentence string, a, b dateExpr) bool {
	if a.kind != exWeekday || b.kind != exWeekday || a.last != nil || b.last != nil || a.skip || b.skip ||
		a.delta != 0 || b.delta != 0 || a.anaphoric || b.anaphoric || a.weekday == b.weekday {
		return false
	}
	between := strings.TrimSpace(sentence[a.end:b.start])
	switch {
	case isDash(between):
		return true
	case between == "and":
		return (a.weekday+1)%7 == b.weekday
	}
	switch between {
	case "to", "until", "till", "through":
		return true
	}
	return false
}

// isCoordinatedNext reports whether a and b, in this order in
// sentence, are consecutive periods coordinated with the preposition
// repeated, perhaps with "again" ("in February and again in March", "in
// 1984 and in 1985"; ruleCoordinatedSpan): one span, as "in February
// and March" is (see isRange). "Both" before a ("in both 1984 and
// 1985") is read as context (see hasContext).
func (s *dateScanner) isCoordinatedNext(sentence string, a, b dateExpr) bool {
	if !s.off.on(ruleCoordinatedSpan) || a.kind != exCalendar || b.kind != exCalendar || a.last != nil || b.last != nil {
		return false
	}
	switch strings.TrimSpace(sentence[a.end:b.start]) {
	case "and in", "and again in":
		return isNextPeriod(a, b)
	}
	return false
}

// maxCoordinatedDays bounds the days between two days coordinated as
// one happening's (isCoordinatedDays): the rounds of one election, the
// days of one session, a month apart at most.
const maxCoordinatedDays = 31

// isCoordinatedDays reports whether a and b, in this order in sentence,
// are two days written in full with their months and joined by "and"
// alone or "and again on", b within a month after a: "the legislative
// elections of 30 June and 7 July", "released hostages on 28 December
// and again on 31 December" (rule coordinated-days). One phrase holds
// both, so they date one happening, a span from the first to the last,
// as "on 26 and 28 December" is; a comma or a new predicate between
// them ("on 4 August, and on 7 September Gbenye proclaimed") tells two.
func (s *dateScanner) isCoordinatedDays(sentence string, a, b dateExpr) bool {
	last := a // a span's last day ("on 26 and 28 December and again on 31 December")
	if a.last != nil {
		last = *a.last
	}
	if !s.off.on(ruleCoordinatedDays) || a.kind != exCalendar || b.kind != exCalendar || b.last != nil || a.skip || b.skip ||
		!isDayInFull(a) || !isDayInFull(last) || !isDayInFull(b) {
		return false
	}
	switch strings.TrimSpace(sentence[a.end:b.start]) {
	case "and", "and again on":
	default:
		return false
	}
	if strings.HasSuffix(trimRight(sentence[:a.start], " "), ",") {
		return false // the last two of a list ("on 3 May, 5 May and 9 May"): days apart
	}
	n := daysApart(last, b)
	return n > 0 && n <= maxCoordinatedDays
}

// isDayInFull reports whether e is a day with its month and no year
// counted from another ("that year").
func isDayInFull(e dateExpr) bool {
	return e.prec == PrecisionDay && e.month != 0 && e.yref == yrNone
}

// daysApart counts the days from a to b, two days written in full, in
// b's year (a's when b gives none, a leap year when neither does), a
// later month of a's than b's falling in the year before; negative when
// b comes first, and -1 when a gives another year than b.
func daysApart(a, b dateExpr) int {
	y := b.year
	switch {
	case y == 0 && a.year != 0:
		y = a.year // "on 28 December 1996 and again on 31 December"
		if a.month > b.month {
			y++
		}
	case y == 0:
		y = 2000
	}
	ya := y
	if a.month > b.month {
		ya--
	}
	if a.year != 0 && a.year != ya {
		return -1
	}
	ta := time.Date(ya, time.Month(a.month), a.day, 0, 0, 0, 0, time.UTC)
	tb := time.Date(y, time.Month(b.month), b.day, 0, 0, 0, 0, time.UTC)
	return int(tb.Sub(ta).Hours() / 24)
}

// spanOpener returns the word that may open a span before its first
// date, in lower case, past an approximator: "from" of "from about 1934".
func spanOpener(before string) string {
	w := strings.ToLower(trailingWord(before))
	if isApproximator(w) {
		before = trimRight(before, " ")
		w = strings.ToLower(trailingWord(before[:len(before)-len(w)]))
	}
	return w
}

// spanBetween reports whether opener, the word before a first date, and
// between, the words between it and a second, bound a span: "from … to",
// "between … and", "from late July into early August".
func spanBetween(opener, between string) bool {
	switch between {
	case "to", "until", "till", "through", "and":
		return opener == "from" || opener == "between"
	case "into":
		return opener == "from"
	}
	return false
}

// isOfSpan reports whether a, a year after "of", and b, a year after
// "to", "until" or "through" right after it, are the two ends of a span
// that names a thing: "the occupation of 1942 to 1945", as "the
// occupation of 1942–45" does. The span keeps a's naming (ofYear): a
// date only where the thing is its clause's subject (see
// sentenceScan.isSubjectYear), or a's happening-in reading where a past
// clause tells of taking part in it ("during the nickel boom of 1969 to
// 1972"; ruleHappeningSpan, with happening the rule's state).
func isOfSpan(sentence string, a, b dateExpr, happening bool) bool {
	named := a.ofYear || happening && a.attributive && strings.EqualFold(trailingWord(sentence[:a.start]), "of")
	if !named || a.last != nil || b.kind != exCalendar || b.prec != PrecisionYear || b.last != nil || b.year <= a.year {
		return false
	}
	switch strings.TrimSpace(sentence[a.end:b.start]) {
	case "to", "until", "till", "through":
		return true
	}
	return false
}

// isNamedRange reports whether a and b date the two happenings that
// bound a span, "from" the one "to" the other: "lasted three decades,
// from the protests of the late 1960s to the signing of the accord in
// April 1998". Each end is a noun phrase holding its date, with no verb
// and no comma; a verb between them ("grew from the reforms of 1968 and
// collapsed in 1988") makes two clauses, not one span. The dates, which
// after "of" would only name their happenings (see bareYear), are the
// span's ends.
func isNamedRange(sentence string, a, b dateExpr) bool {
	if a.kind != exCalendar || b.kind != exCalendar || a.last != nil || b.last != nil ||
		a.skip && !a.ofYear || b.skip && !b.ofYear {
		return false
	}
	between := paddedWordList(sentence[a.end:b.start])
	if len(between) < 3 || between[0] != "to" || strings.ContainsAny(sentence[a.end:b.start], ",;:") || !isNounPhrase(between[1:]) {
		return false
	}
	head := sentence[strings.LastIndexAny(sentence[:a.start], ",;:()")+1 : a.start]
	w := paddedWordList(head)
	for k := len(w) - 2; k >= 0 && k >= len(w)-8; k-- {
		if w[k] == "from" {
			return isNounPhrase(w[k+1:])
		}
	}
	return false
}

// isNounPhrase reports whether words, running up to a date, can be a
// noun phrase and the preposition before that date: no clause link, no
// auxiliary or modal, no finite verb other than a participle after a
// noun ("the truce signed in").
func isNounPhrase(words []string) bool {
	for i, w := range words {
		switch {
		case isClauseLink(w) || isAuxiliary(w) || isModal(w):
			return false
		case i > 0 && isParticiple(w) && !isDeterminer(words[i-1]):
			// a reduced relative, "the truce signed in"
		case isVerbForm(w) && i > 0:
			return false
		}
	}
	return true
}

// isModal reports whether w is a modal verb.
func isModal(w string) bool {
	switch w {
	case "will", "would", "shall", "should", "can", "could", "may", "might", "must":
		return true
	}
	return false
}

// isBeginEnd reports whether a is when something began and b, later in
// the sentence, when it ended: "Collection began on 27 August and ended
// on 26 September", "Task Force Fox begins its work tomorrow, with a
// mandate that runs until 26 December". The two are one span.
func (s *dateScanner) isBeginEnd(a, b dateExpr) bool {
	if a.last != nil || b.last != nil || a.skip {
		return false
	}
	// Only a b that is no calendar date needs to be a counted end.
	if b.kind != exCalendar && !s.isCountedEnd(a, b) || b.prec != PrecisionDay && b.prec != a.prec && !s.endsLaterYear(a, b) {
		return false
	}
	bs := s.dayPartStart(b.start)
	if s.beginsBefore(a.start) && (s.aspectBefore(bs, 1, isUntil) || s.aspectBefore(bs, 2, isEndForm) || s.continuesThrough(bs) ||
		s.off.on(ruleCompleteEnd) && s.aspectBefore(bs, 2, isCompleteForm) || s.off.on(ruleOutbreakEnd) && s.aspectBefore(bs, 2, isEndingForm)) {
		return true
	}
	return s.off.on(ruleBeginEndClause) && a.kind == exCalendar && a.prec == b.prec && s.aspectBefore(a.start, 40, isBeginForm) && s.endsAfterAnd(a.end, b.start)
}

// isCountedEnd reports whether b, the end of a span that a begin form
// opened on a, the calendar day before it, is a day counted from that
// start (rule counted-end): "began as a mutiny on 23 December 1999 and
// ended the next day", "broke out on the afternoon of 15 December and
// continued through the following day". A reader counts "the next day"
// from the day just told, the span's own start, as the end of "from
// 23 to 24 December" would be; the verbs that make a and b a span are
// isBeginEnd's. Two days counted from the moment of writing, the later
// second, are as good a span: "a session that opened yesterday and ran
// into the early hours of today".
func (s *dateScanner) isCountedEnd(a, b dateExpr) bool {
	if !s.off.on(ruleCountedEnd) {
		return false
	}
	if a.kind == exNowDay && b.kind == exNowDay {
		return b.delta > a.delta // "opened yesterday and ran into the early hours of today"
	}
	if a.kind != exCalendar || a.prec != PrecisionDay || b.kind != exRelDay {
		return false
	}
	return b.delta > 0 && b.base == nil && !b.fromStart && !b.window && !b.toMonth && !b.toYear && !b.beforeClause && !b.skip
}

// isWeekdayBeginEnd reports whether a and b are two days of the week,
// a when something began and b, later in the week, when it ended:
// "Fighting began on Monday and ended on Tuesday", as "began on 1 March
// and ended on 2 March" is one span (see isBeginEnd). The days' own
// words must be plain ("last", "next" and "that" name days apart), and
// b must fall after a within one week (rule weekday-begin-end).
func (s *dateScanner) isWeekdayBeginEnd(a, b dateExpr) bool {
	if !s.off.on(ruleWeekdayBeginEnd) || a.kind != exWeekday || b.kind != exWeekday || a.last != nil || b.last != nil ||
		a.skip || b.skip || a.delta != 0 || b.delta != 0 || a.anaphoric || b.anaphoric || a.weekday == b.weekday {
		return false
	}
	return s.aspectBefore(a.start, 4, isBeginForm) && (s.aspectBefore(b.start, 1, isUntil) || s.aspectBefore(b.start, 2, isEndForm) || s.continuesThrough(b.start))
}

// continuesThrough reports whether the date at byte offset at is where
// a span begun before it runs to, after a verb of going on and
// "through" or "into" ("it continued through Sunday", "lasted into
// March"), as after "until" (rule continue-through).
func (s *dateScanner) continuesThrough(at int) bool {
	if !s.off.on(ruleContinueThrough) || !s.aspectBefore(at, 1, isThroughOrInto) {
		return false
	}
	return s.aspectBefore(at, 3, isContinueForm)
}

// isGoingOnUntil reports whether b, later in sentence than a, is where
// a verb of going on coordinated with a's clause carries it: "broke out
// on 6 January 1895 and continued in Manoa until 9 January", "began
// shelling it on 18 October, continuing until 20 October" (rule
// going-on-until). The verb, right after "and" or a comma, shares the
// subject of a's clause, so what went on until b began at a; after it,
// "until" governs b or a happening b dates ("until the signing of the
// accord in February 2002"), with no comma, clause or semicolon
// between. A "when" clause after b ("until 9 January, when the
// insurgents were defeated") names b, and does not undo the span.
func (s *dateScanner) isGoingOnUntil(sentence string, a, b dateExpr) bool {
	if !s.off.on(ruleGoingOnUntil) || a.kind != exCalendar || b.kind != exCalendar || a.last != nil || b.last != nil || a.skip || b.skip || b.notUntil {
		return false
	}
	between := sentence[a.end:b.start]
	if strings.ContainsAny(between, ";:()") || hasRelativeOpener(between) {
		return false
	}
	comma := strings.LastIndexByte(between, ',')
	w := paddedWordList(between[comma+1:]) // the verb and "until" stand after the last comma
	for k := len(w) - 1; k >= 0; k-- {
		if isGoingOnForm(w[k]) {
			coordinated := k > 0 && w[k-1] == "and" || k == 0 && comma >= 0
			return coordinated && untilGoverns(w[k+1:])
		}
	}
	return false
}

// hasRelativeOpener reports whether between opens a relative clause
// after a comma (", which", ", who", ", where", ", whose"): what goes
// on in it is its noun's, not the clause's before it.
func hasRelativeOpener(between string) bool {
	for _, w := range []string{", which ", ", who ", ", where ", ", whose "} {
		if strings.Contains(between, w) {
			return true
		}
	}
	return false
}

// isGoingOnForm recognises the past and the participle of the verbs of
// going on ("continued", "lasted", "continuing").
func isGoingOnForm(w string) bool {
	return isContinueForm(w) || w == "continuing" || w == "lasting" || w == "persisting"
}

// untilGoverns reports whether words, those after a verb of going on up
// to a date, hold "until" or "till" with no verb of a clause of their
// own after it: "in Manoa until", "until the signing of the accord in".
func untilGoverns(words []string) bool {
	for k, w := range words {
		if isUntil(w) {
			return isNounPhrase(words[k+1:])
		}
	}
	return false
}

// isThroughOrInto reports whether w is "through" or "into", the
// prepositions that carry a continuing verb to the end of its span.
func isThroughOrInto(w string) bool { return w == "through" || w == "into" }

// isContinueForm recognises the past of the aspectual verbs that carry
// a span on to its end, a closed class of English ("continued",
// "lasted", "persisted", "went on").
func isContinueForm(w string) bool {
	switch w {
	case "continued", "lasted", "persisted", "went", "ran", "dragged":
		return true
	}
	return false
}

// endsAfterAnd reports whether the tokens from byte from to byte to hold
// "and" and an end form right after it, with no semicolon: the second
// half of "It opened with an assault on 26 July 1953 and ended when the
// dictator fled on 1 January 1959", whose dates bound one span (rule
// begin-end-clause). The begin form must open the first half without a
// comma in between (see aspectBefore).
func (s *dateScanner) endsAfterAnd(from, to int) bool {
	for k := range s.toks {
		t := s.toks[k]
		if t.start < from {
			continue
		}
		if t.start >= to || t.lower == ";" {
			return false
		}
		if t.lower == "and" && k+1 < len(s.toks) && isEndForm(s.toks[k+1].lower) {
			return true
		}
	}
	return false
}

// isEndThenBegin reports whether a is when something ended and b, later
// in the sentence in a relative clause, when it began: "Its delegation
// wrapped up a visit today that had begun on Thursday". The two are one
// span, from b to a.
func (s *dateScanner) isEndThenBegin(sentence string, a, b dateExpr) bool {
	if a.last != nil || b.last != nil || a.skip || b.skip || a.prec != PrecisionDay || b.prec != PrecisionDay {
		return false
	}
	if between := sentence[a.end:b.start]; !hasWord(between, "that") && !hasWord(between, "which") {
		return false
	}
	return s.aspectBefore(b.start, 3, isBeginPast) && !s.aspectBefore(a.start, 4, isBeginForm)
}

// hasWord reports whether w, in lower case, stands in s as a whole word.
// It allocates nothing.
func hasWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		end := k + len(w)
		if (k == 0 || !isLetterAt(s, k-1)) && (end == len(s) || !isLetterAt(s, end)) {
			return true
		}
		i = k + 1
	}
}

// isBeginPast reports whether w is a begin form in the past: "began",
// "had begun", "started", "opened". A relative clause in another tense
// ("talks that will open on Monday") tells no start of what ended.
func isBeginPast(w string) bool {
	return isBeginForm(w) && (isRegularPast(w) || verbs.Load().IsIrregularPast(w))
}

// aspectBefore reports whether one of the n words before byte offset at
// satisfies is, with no punctuation between.
func (s *dateScanner) aspectBefore(at, n int, is func(string) bool) bool {
	i := s.tokenIndexAt(at)
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		t := s.toks[k]
		if !unicode.IsLetter([]rune(t.text)[0]) {
			return false
		}
		if is(t.lower) {
			return true
		}
	}
	return false
}

// tokenIndexAt returns the index of the first token that starts at or
// after byte offset at (len(s.toks) when none does): the token a date
// at at opens with, whose predecessors are the words before it.
func (s *dateScanner) tokenIndexAt(at int) int {
	return sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= at })
}

// beginsBefore reports whether a verb that opens a span stands in the
// few words before byte offset at: a begin form ("began in"), or, with
// rule outbreak-end, "broke out" or "erupted", which say of a war or a
// riot that it began ("A third round broke out in late November 2005").
func (s *dateScanner) beginsBefore(at int) bool {
	at = s.dayPartStart(at)
	if s.aspectBefore(at, 4, isBeginForm) {
		return true
	}
	return s.off.on(ruleOutbreakEnd) && (s.aspectBefore(at, 4, isEruptForm) || s.aspectBefore(at, 3, isOutAfterBreak) && s.aspectBefore(at, 4, isBreakForm))
}

// dayPartStart returns the byte offset where "the afternoon of" (or
// another part of the day after "the", "the early hours of" among them)
// stands right before the date at byte offset at, else at (rule
// day-part-begin): "broke out on the afternoon of 15 December" opens its
// span on that day as "broke out on 15 December" does, and "ran into
// the early hours of today" ends one today; the part of the day is no
// words between the verb and its date.
func (s *dateScanner) dayPartStart(at int) int {
	if !s.off.on(ruleDayPartBegin) {
		return at
	}
	i := s.tokenIndexAt(at)
	if i < 3 || s.toks[i-1].lower != "of" {
		return at
	}
	k := i - 2
	if w := s.toks[k].lower; w == "hours" && k > 0 && isEarlyOrSmall(s.toks[k-1].lower) {
		k--
	} else if !isDayPart(w) {
		return at
	}
	if k > 0 && s.toks[k-1].lower == "the" {
		return s.toks[k-1].start
	}
	return at
}

// isEarlyOrSmall recognises the adjectives of "the early hours" and
// "the small hours", the hours after midnight.
func isEarlyOrSmall(w string) bool { return w == "early" || w == "small" }

// endsLaterYear reports whether b, a span's end coarser than its start
// a, names a later year than a's own (rule outbreak-end): "broke out in
// late November 2005 …, ending in early 2006" spans from the month to
// the year, as the text gives each end.
func (s *dateScanner) endsLaterYear(a, b dateExpr) bool {
	return s.off.on(ruleOutbreakEnd) && a.kind == exCalendar && a.year > 0 && b.year > a.year && b.yref == yrNone
}

// isEruptForm, isBreakForm and isOutAfterBreak recognise the verbs that
// say a conflict began: "erupted", and "broke out" in its two words.
func isEruptForm(w string) bool { return w == "erupted" || w == "erupts" }

func isBreakForm(w string) bool { return w == "broke" || w == "breaks" }

func isOutAfterBreak(w string) bool { return w == "out" }

// isEndingForm recognises the participle of "end" that closes a span
// after a comma: "…, ending in early 2006" (rule outbreak-end).
func isEndingForm(w string) bool { return w == "ending" }

// isBeginForm and isEndForm recognise the aspectual verbs that open and
// close a span, a closed class of English ("begin", "start", "open",
// "commence"; "end", "finish", "close", "conclude").
func isBeginForm(w string) bool {
	switch w {
	case "begin", "begins", "began", "begun", "start", "starts", "started", "open", "opens", "opened",
		"commence", "commences", "commenced":
		return true
	}
	return false
}

func isEndForm(w string) bool {
	switch w {
	case "ended", "ends", "finished", "finishes", "closed", "closes", "concluded", "concludes":
		return true
	}
	return false
}

// isCompleteForm reports whether w is "complete" as a verb or the
// adjective a clause declares of a task ("was completed on", "was
// declared complete on"): the end of what began (rule complete-end).
func isCompleteForm(w string) bool {
	switch w {
	case "complete", "completed", "completes":
		return true
	}
	return false
}

func isUntil(w string) bool { return w == "until" || w == "till" }

// isNextPeriod reports whether b is the day, the month or the year right
// after a, as in "on 29 February and 1 March 1992", "in April and May
// 1992" or "through 1978 and 1979": two periods named together that
// touch are one span. Other pairs ("on 3 March and 5 April", "in 1978 and
// 1981") stay two dates.
func isNextPeriod(a, b dateExpr) bool {
	if a.yref != yrNone || b.yref != yrNone || a.prec != b.prec || a.year != 0 && b.year != 0 && b.year-a.year > 1 {
		return false
	}
	if a.prec == PrecisionYear {
		return a.year != 0 && b.year == a.year+1
	}
	y := b.year
	if y == 0 {
		y = 2000 // a leap year, so that 29 February has a next day
	}
	switch a.prec {
	case PrecisionMonth:
		return b.month == a.month%12+1
	case PrecisionDay:
		ya := y
		if a.month > b.month {
			ya--
		}
		ny, nm, nd := addDays(ya, a.month, a.day, 1)
		return nm == b.month && nd == b.day && (b.year == 0 || ny == b.year)
	}
	return false
}

// isDash reports whether w is a hyphen or a dash joining two ends.
func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }

// isRangeWord reports whether w joins the first day of a range to the
// last: "3–5 March", "between 3 and 5 March", "4 to 5 June".
func isRangeWord(w string) bool {
	return isDash(w) || w == "to" || w == "and" || w == "until" || w == "till" || w == "through"
}

// trailingWord returns the last space-separated word of s.
func trailingWord(s string) string {
	s = trimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// parse tries to read a temporal expression starting at token i and
// returns it with the index of the token after it, or nil.
//
// relatives says whether relative expressions may start here; lookahead
// from inside one ("two days after January 10") reads calendar dates only,
// which keeps scanning linear on any input.
func (s *dateScanner) parse(i int, relatives bool) (*dateExpr, int) {
	j, mod, edge := s.modifier(i)
	e, next := s.core(scanAt{j: j, from: i, modified: mod != ""}, relatives)
	if e == nil {
		return nil, 0
	}
	if day := s.edgeDay(i); day != 0 && e.prec != PrecisionDay && e.last == nil && takesModifier(e) {
		// "The last day of 1998" is 31 December; "the first day of
		// March" the 1st.
		e.edgeDay = day
		return e, next
	}
	if mod != "" && e.mod == "" && takesModifier(e) {
		e.mod = mod
		if edge && e.prec == PrecisionYear && e.last == nil && !s.boundsByEdge(i) {
			// "The first weeks of 1999" and "the last days of 1998" lie
			// in the year's first or last month. After "by" the edge is
			// a bound, not the time: "complete by the end of 1951" came
			// about at some time in 1951, late in it.
			e.month, e.prec = 1, PrecisionMonth
			if mod == ModLate {
				e.month = 12
			}
		}
	}
	return e, next
}

// boundsByEdge reports whether the word before token i makes the edge of
// a year that follows a bound rather than the time: "by the end of
// 1951", and "before the end of 2025" (ruleBeforeYearEnd), which lies
// within the year as "before the end of the month" lies within the
// month (see markGovernor).
func (s *dateScanner) boundsByEdge(i int) bool {
	switch s.lower(i - 1) {
	case "by":
		return true
	case "before":
		return s.off.on(ruleBeforeYearEnd) && s.lower(i) == "the" && s.lower(i+1) == "end"
	}
	return false
}

// takesModifier reports whether e names a month or a year that "early",
// "mid-" or "late" can part: a calendar one ("late 2011"), or one counted
// from the moment of writing or the narrative ("late last month", "early
// the following month").
func takesModifier(e *dateExpr) bool {
	switch e.kind {
	case exCalendar, exRefMonth, exLastMonth, exNextMonth, exRelMonth:
		return e.prec != PrecisionDay
	}
	return false
}

// modifier reads "early", "mid-", "late", "the beginning of", "the end
// of", "the first half of", "the first weeks of" and so on, returning
// where the date proper starts. edge says the phrase names a few days or
// weeks at the start or end of a year ("the first weeks of", "the last
// days of"), which lie in its first or last month, rather than a part of
// it ("early", "late", "the beginning of"). "The end of" and "the close
// of" a year are edges too: a year's end is the fixed point that
// deadlines, tallies and accounts run to (31 December), so "promoted at
// the end of 1998" is December 1998. Its beginning has no such use and
// is written loosely of the first months, so it stays a part.
func (s *dateScanner) modifier(i int) (int, string, bool) {
	switch s.lower(i) {
	case "early":
		if s.lower(i+1) == "in" {
			return i + 2, ModEarly, false // "early in 1977"
		}
		return i + 1, ModEarly, false
	case "mid":
		if s.lower(i+1) == "-" {
			return i + 2, ModMid, false
		}
		return i + 1, ModMid, false
	case "late":
		if s.lower(i+1) == "in" {
			return i + 2, ModLate, false // "late in 1977"
		}
		return i + 1, ModLate, false
	case "the":
		return s.partOf(i)
	}
	return i, "", false
}

// partOf reads a part of a period written with "the" at i: "the end of",
// "the first half of", "the last weeks of", "the early months of"; as
// modifier, it returns where the period starts, the modifier and whether
// the part is a short span at the period's edge.
func (s *dateScanner) partOf(i int) (int, string, bool) {
	if j, mod, edge := s.edgeOf(i); mod != "" {
		return j, mod, edge
	}
	if j, mod, edge := s.halfOf(i); mod != "" {
		return j, mod, edge
	}
	if j, mod, edge := s.shortSpanOf(i); mod != "" {
		return j, mod, edge
	}
	return s.monthsOf(i)
}

// edgeOf reads "the beginning of", "the middle of", "the end of".
func (s *dateScanner) edgeOf(i int) (int, string, bool) {
	if s.lower(i+2) == "of" {
		switch s.lower(i + 1) {
		case "beginning", "start", "dawn":
			return i + 3, ModEarly, false
		case "middle":
			return i + 3, ModMid, false
		case "end", "close":
			return i + 3, ModLate, true
		}
	}
	return i, "", false
}

// halfOf reads "the first half of" and "the second half of".
func (s *dateScanner) halfOf(i int) (int, string, bool) {
	if s.lower(i+2) == "half" && s.lower(i+3) == "of" {
		switch s.lower(i + 1) {
		case "first":
			return i + 4, ModEarly, false
		case "second":
			return i + 4, ModLate, false
		}
	}
	return i, "", false
}

// shortSpanOf reads "the first days of", "the last weeks of": a short
// span at the period's edge.
func (s *dateScanner) shortSpanOf(i int) (int, string, bool) {
	if s.lower(i+3) == "of" && isShortSpan(s.lower(i+2)) {
		switch s.lower(i + 1) {
		case "first", "opening":
			return i + 4, ModEarly, true
		case "last", "final", "closing":
			return i + 4, ModLate, true
		}
	}
	return i, "", false
}

// monthsOf reads "the early months of 1990", "the final months of the
// war's last year": a part of the year, as "early" is.
func (s *dateScanner) monthsOf(i int) (int, string, bool) {
	if s.lower(i+3) == "of" && s.lower(i+2) == "months" {
		switch s.lower(i + 1) {
		case "first", "opening", "early":
			return i + 4, ModEarly, false
		case "last", "final", "closing", "late":
			return i + 4, ModLate, false
		}
	}
	return i, "", false
}

// edgeDay reads "the first day of" or "the last day of" at i: -1 for the
// first day of the period after it, 1 for its last, else 0.
func (s *dateScanner) edgeDay(i int) int {
	if s.lower(i) != "the" || s.lower(i+2) != "day" || s.lower(i+3) != "of" {
		return 0
	}
	switch s.lower(i + 1) {
	case "first", "opening":
		return -1
	case "last", "final", "closing":
		return 1
	}
	return 0
}

// isShortSpan reports whether w names a span of days or weeks.
func isShortSpan(w string) bool {
	switch w {
	case "days", "weeks", "week", "day", "hours":
		return true
	}
	return false
}

// core reads the date proper at at.j: the first reading of
// relativeForms (when relatives may start here), then of absoluteForms,
// which run from the most specific to the least.
func (s *dateScanner) core(at scanAt, relatives bool) (*dateExpr, int) {
	if relatives {
		rel := relativeForms()
		if e, next := s.firstOf(rel[:], at); e != nil {
			return e, next
		}
	}
	abs := absoluteForms()
	return s.firstOf(abs[:], at)
}

// hasContext reports whether a word before the expression starting at
// from ("in", "by", "planned for", a modifier) makes a bare month or year
// a date. It is asked only once a month or a year is found: most tokens
// are neither.
func (s *dateScanner) hasContext(from int, modified bool) bool {
	return modified || isContextWord(s.lower(from-1)) || s.isTargetFor(from-1) || s.isDeadline(from) || s.isBothAfterContext(from)
}

// isBothAfterContext reports whether "both" and a context word stand
// before token from ("in both 1984 and 1985"; ruleCoordinatedSpan):
// "both" opens the coordination, and the preposition governs the date.
func (s *dateScanner) isBothAfterContext(from int) bool {
	return s.lower(from-1) == "both" && isContextWord(s.lower(from-2)) && s.off.on(ruleCoordinatedSpan)
}

// yearNamed reads "that year", "that same year", "the following year",
// "the previous year" (see yearPhrase).
func (s *dateScanner) yearNamed(at scanAt) (*dateExpr, int) {
	if yr, n := s.yearPhrase(at.j); n > 0 {
		return &dateExpr{kind: exCalendar, yref: yr, prec: PrecisionYear}, at.j + n
	}
	return nil, 0
}

// clausePeriod reads "the year" or "the month" after a modifier: "by the
// end of the year" is the year its clause is in, found as for a month
// written without one; "at the end of the month" likewise. "The rest of
// the month" and "the remainder of the year" are what is left of the
// clause's month or year: that month or year, as its part is.
func (s *dateScanner) clausePeriod(at scanAt) (*dateExpr, int) {
	j := at.j
	if w := s.lower(j + 1); s.lower(j) == "the" && (w == "rest" || w == "remainder") && s.lower(j+2) == "of" {
		j, at.modified = j+3, true
	}
	if !at.modified || s.lower(j) != "the" {
		return nil, 0
	}
	switch s.lower(j + 1) {
	case "year":
		return &dateExpr{kind: exCalendar, prec: PrecisionYear}, j + 2
	case "month":
		return &dateExpr{kind: exRelMonth, prec: PrecisionMonth, clauseMonth: true}, j + 2
	}
	return nil, 0
}

// monthFirst reads a calendar date whose month comes first: "January
// 11, 2013", "Sept. 28", "March 2007", "June". A bare month needs
// hasContext.
func (s *dateScanner) monthFirst(at scanAt) (*dateExpr, int) {
	j := at.j
	t, ok := s.tok(j)
	if !ok || !t.upper {
		return nil, 0
	}
	k := j + 1
	if s.lower(k) == "." && monthShort(t.lower) > 0 {
		k++ // "Sept."
	}
	strong := s.isDay(k) || s.isYear(k)
	m := monthOf(t, strong)
	if m > 0 && !at.modified && s.isAttributiveMonth(j, k) {
		// "killed in the January fighting", "the March offensive": the
		// month says when the thing the noun names took place.
		e := &dateExpr{kind: exCalendar, month: m, prec: PrecisionMonth, attributive: true}
		if s.lower(k+1) == "of" && s.isYear(k+2) {
			y, _ := s.tok(k + 2)
			e.year = y.num // "the August coup of 1991"
		}
		return e, k
	}
	if m > 0 {
		return s.afterMonth(m, j, k, s.hasContext(at.from, at.modified))
	}
	return nil, 0
}

// isAttributiveMonth reports whether the month name at j, ending before
// k, stands between "the" and a noun it describes: "the January
// fighting", "the August coup". A function word or a verb after it
// ("the March on the capital", "the May was") makes it no modifier.
func (s *dateScanner) isAttributiveMonth(j, k int) bool {
	if k != j+1 || !s.opensAttributive(j) {
		return false
	}
	w := s.lowerWordAt(k)
	return w != "" && !leadsNoun(w) && !isVerbForm(w)
}

// opensAttributive reports whether the word before token from is the
// article of a noun phrase a year there may modify: "the", or, with
// ruleSubjectYear, "a" or "an" ("a 1934 amendment").
func (s *dateScanner) opensAttributive(from int) bool {
	switch s.lower(from - 1) {
	case "the":
		return true
	case "a", "an":
		return s.off.on(ruleSubjectYear)
	}
	return false
}

// lowerWordAt returns token i when it is a word written in lower case,
// else "": a content word or a function word, not a name, a number or
// a mark.
func (s *dateScanner) lowerWordAt(i int) string {
	t, ok := s.tok(i)
	if !ok || t.num >= 0 || t.text == "" || t.lower != t.text || !isLetterFirst(t.text) {
		return ""
	}
	return t.lower
}

// bareYear reads a year alone: "in 2003", "by 2009", "early 2012", or a
// sentence's subject: "2012 saw the rise of...". "The revolution of
// 2004" names a thing, not a time, and so does an attributive year.
func (s *dateScanner) bareYear(at scanAt) (*dateExpr, int) {
	j := at.j
	if !s.isYear(j) {
		return nil, 0
	}
	if e := s.framingYear(at); e != nil {
		return e, j + 1
	}
	if e := s.attributiveYear(at); e != nil {
		return e, j + 1
	}
	if mod, ok := s.framingOf(at); ok {
		// "In the dry season of 1971 the army attacked": the
		// happening the opening phrase names is the sentence's time.
		y, _ := s.tok(j)
		return &dateExpr{kind: exCalendar, year: y.num, prec: PrecisionYear, mod: mod}, j + 1
	}
	if e := s.yearRunningInto(at); e != nil {
		return e, j + 1
	}
	if e := s.yearInContext(at); e != nil {
		return e, j + 1
	}
	return nil, 0
}

// attributiveYear reads the year at at.j before the noun of a happening,
// after a determiner ("stood in the 1982 presidential election"), or
// returns nil. The year says when the happening the noun names took
// place, and the clause tells of taking part in it; elsewhere ("until
// the 1986 takeover") it only names which one, but it is still the year
// a reader has just read, and it dates a past clause whose subject it
// names ("the 2006 memorandum settled the question"; see
// sentenceScan.isSubjectYear).
func (s *dateScanner) attributiveYear(at scanAt) *dateExpr {
	j, from := at.j, at.from
	if at.modified || !s.opensAttributive(from) || !s.isAttributiveMonth(j, j+1) {
		return nil
	}
	y, _ := s.tok(j)
	in := s.lower(from-2) == "in"
	return &dateExpr{kind: exCalendar, year: y.num, prec: PrecisionYear, attributive: true, skip: !in, heard: !in}
}

// yearRunningInto reads the year at at.j after "into" where it stands as
// a year (endsYear), or returns nil: "supported the government into
// 1947" is a state running on, no happening, but a year "that year" may
// refer back to; "broke into 2000 pieces" counts.
func (s *dateScanner) yearRunningInto(at scanAt) *dateExpr {
	if at.modified || s.lower(at.from-1) != "into" || !s.endsYear(at.j) {
		return nil
	}
	y, _ := s.tok(at.j)
	return &dateExpr{kind: exCalendar, year: y.num, prec: PrecisionYear, skip: true, heard: true}
}

// yearInContext reads the year at at.j where the words before it make it
// a date (isYearContext), after "of" where it names a thing, or opening
// the sentence before a verb ("1994 saw …"); else it returns nil.
func (s *dateScanner) yearInContext(at scanAt) *dateExpr {
	j := at.j
	afterOf := !at.modified && s.lower(at.from-1) == "of"
	ofYear := afterOf && !isDash(s.lower(j+1)) // "the war of 2011–12" is a span's name
	if !s.isYearContext(at, afterOf) && !ofYear && (j != 0 || !isVerbForm(s.lower(j+1))) {
		return nil
	}
	y, _ := s.tok(j)
	// "The revolution of 2004" names a thing: no date of its own,
	// unless it is the subject its sentence reports on (see
	// sentenceScan.isSubjectYear).
	return &dateExpr{kind: exCalendar, year: y.num, prec: PrecisionYear, skip: ofYear, ofYear: ofYear}
}

// isYearContext reports whether the words before the number at at.j make
// it a year: a word that makes a year a date (hasContext), not after "of"
// (afterOf) nor another year's noun; "as late as"; an approximator where
// the number counts nothing (approximatesYear); "the year".
func (s *dateScanner) isYearContext(at scanAt, afterOf bool) bool {
	from, modified := at.from, at.modified
	yearContext := s.hasContext(from, modified) && !afterOf && !s.afterAttributiveYear(from) || !modified && s.isAsLateAs(from)
	if a := s.approximatorBefore(from); !modified && a >= 0 {
		yearContext = s.approximatesYear(a, at.j)
	}
	if !modified && s.lower(from-1) == "year" && s.lower(from-2) == "the" && s.off.on(ruleTheYear) {
		yearContext = true // "The year 1977 brought …", "in the year 1911"
	}
	return yearContext
}

// isApproximator reports whether w says the number after it is
// roughly so: "about", "around", "circa", "approximately", "roughly".
func isApproximator(w string) bool {
	switch w {
	case "about", "around", "circa", "approximately", "roughly":
		return true
	}
	return false
}

// approximatorBefore returns the index of the approximator that ends
// just before token i ("about", "around", or the abbreviation "c." or
// "ca." of circa), or -1.
func (s *dateScanner) approximatorBefore(i int) int {
	if isApproximator(s.lower(i - 1)) {
		return i - 1
	}
	if w := s.lower(i - 2); s.lower(i-1) == "." && (w == "c" || w == "ca") {
		return i - 2
	}
	return -1
}

// approximatesYear reports whether the approximator at token a makes the
// four-digit number at j an approximate year ("from about 1969", "About
// 1969, the rebels …") rather than an approximate count ("around 2000
// troops"). After a word that makes a year a date the number is a date;
// otherwise it is one only where no noun follows it to be counted: the
// clause ends, or a function word, a pronoun or a verb comes next
// ("came home around 1989 they gave", "created around 1990 as").
func (s *dateScanner) approximatesYear(a, j int) bool {
	return isContextWord(s.lower(a-1)) || s.endsYear(j)
}

// endsYear reports whether the number at token j stands as a year by
// what follows it: the clause ends, or a function word, a pronoun or a
// verb comes next, not a noun it would count ("around 2000 troops").
func (s *dateScanner) endsYear(j int) bool {
	next, ok := s.tok(j + 1)
	if !ok || next.num < 0 && next.text != "" && !isLetterFirst(next.text) {
		return true
	}
	w := next.lower
	return w == next.text && (leadsNoun(w) || isVerbForm(w) || isSubjectPronoun(w))
}

// isSubjectPronoun reports whether w is a personal pronoun in the
// subject case.
func isSubjectPronoun(w string) bool {
	switch w {
	case "i", "we", "you", "he", "she", "it", "they":
		return true
	}
	return false
}

// decade reads a decade after "the", itself after a word that makes it
// a date ("in the 1990s", "by the late 1960s", "from the mid-1990s"): ten
// years, 1990 to 1999, a span. Its early, middle or late part is about
// its second, fifth or eighth year, each the middle of a third of the
// decade, and approximate: "the late 1960s" is c. 1968. The writer gives
// no year, so neither does the date; it is placed where a reader would
// put it. After "of" ("the wars of the 1990s") it names a thing, as a
// year does (see bareYear). Without "the" ("1970s music") it is no
// decade of a calendar; nor after a word that makes no year a date
// ("persisted into the 2020s", as "into 2020").
func (s *dateScanner) decade(at scanAt) (*dateExpr, int) {
	j, before := at.j, at.from-1 // the decade's token, and the word before "the"
	if at.modified && s.lower(j) == "the" {
		j++ // "at the end of the 1980s"
	} else if s.lower(before) == "the" {
		before-- // "in the 1990s", "in the late 1960s"
	} else {
		return nil, 0
	}
	t, ok := s.tok(j)
	if !ok || len(t.lower) != 5 || !strings.HasSuffix(t.lower, "0s") || !isAllDigits(t.lower[:4]) {
		return nil, 0
	}
	start, _ := strconv.Atoi(t.lower[:4])
	if start < 1000 {
		return nil, 0
	}
	prev := s.lower(before)
	ofYear := prev == "of"
	if !ofYear && !isContextWord(prev) && prev != "at" {
		return nil, 0
	}
	e := &dateExpr{kind: exCalendar, year: start, prec: PrecisionYear, skip: ofYear, ofYear: ofYear, decade: true}
	switch _, mod, _ := s.modifier(at.from); mod {
	case ModEarly:
		e.year, e.mod = start+2, ModApprox
	case ModMid:
		e.year, e.mod = start+5, ModApprox
	case ModLate:
		e.year, e.mod = start+8, ModApprox
	default:
		e.last = &dateExpr{kind: exCalendar, year: start + 9, prec: PrecisionYear, decade: true}
	}
	return e, j + 1
}

// framingYear reads a year that names the happening an opening phrase
// sets its sentence in: "After the 2013 election, the party formed the
// government", "During the 2006 war, rebels shelled the port". An
// attributive year names which election or war (see bareYear), but a
// phrase of time opening the sentence, set off by a comma, makes that
// happening the sentence's time: its year, approximately after "after",
// "following", "before" or "ahead of". A name that opens the subject
// ends the phrase as a comma does ("Ahead of the 1987 general election
// Labour and the NFP agreed"; rule framing-name).
func (s *dateScanner) framingYear(at scanAt) *dateExpr {
	j := at.j
	mod, the, ok := s.framingOpener()
	if !ok || at.modified || at.from != the+1 || s.lower(the) != "the" {
		return nil
	}
	for k := j + 1; k <= j+4; k++ {
		switch w := s.lower(k); {
		case w == "," || k > j+1 && s.opensNamedSubject(k):
			y, _ := s.tok(j)
			return &dateExpr{kind: exCalendar, year: y.num, prec: PrecisionYear, mod: mod}
		case w == "" || !isAlnumByte(w[0]):
			return nil
		}
	}
	return nil
}

// opensNamedSubject reports whether token k opens a clause's subject
// after an opening phrase with no comma: a capitalised word or a
// determiner after a word in lower case that is neither a preposition
// nor a determiner ("Ahead of the 1987 general election Labour agreed",
// "After the 2013 election the party formed"; rule framing-name).
func (s *dateScanner) opensNamedSubject(k int) bool {
	t, ok := s.tok(k)
	prev := s.lowerWordAt(k - 1)
	if !ok || !s.off.on(ruleFramingName) || t.num >= 0 || prev == "" || isPreposition(prev) || isDeterminer(prev) {
		return false
	}
	return isLetterFirst(t.text) && t.text != t.lower || isDeterminer(t.lower) && t.lower != "that"
}

// framingOpener reports whether the sentence opens with a preposition
// that sets it in a happening, "in", "during", "after", "following",
// and, with rule framing-before, "before" or "ahead of"; the modifier
// the happening's year takes (approximate but after "in" or "during");
// and the token where the happening's "the" stands.
func (s *dateScanner) framingOpener() (mod string, the int, ok bool) {
	switch s.lower(0) {
	case "after", "following":
		return ModApprox, 1, true
	case "during", "in":
		return "", 1, true
	case "before":
		return ModApprox, 1, s.off.on(ruleFramingBefore)
	case "ahead":
		return ModApprox, 2, s.lower(1) == "of" && s.off.on(ruleFramingBefore)
	}
	return "", 0, false
}

// framingOf reports whether the year at at closes, after "of", a phrase
// of time that opens the sentence: "In the dry season of 1971 …",
// "During the siege of 1948 …", "After the coup of 1966 …". As with an
// attributive year (see framingYear), the happening the phrase names is
// the sentence's time; with "after" or "following", approximately
// (the modifier returned). Up to four words may name the happening,
// between "the" and "of" ("During the Sergeants' Revolt of 1933").
func (s *dateScanner) framingOf(at scanAt) (string, bool) {
	mod, the, ok := s.framingOpener()
	if !ok || at.modified || s.lower(at.from-1) != "of" || at.from < the+3 || at.from > the+6 || s.lower(the) != "the" {
		return "", false
	}
	for k := the + 1; k < at.from-1; k++ {
		if t, _ := s.tok(k); t.num >= 0 || !isASCIILetters(t.lower) || len(t.lower) < 2 && t.lower != "s" && t.lower != "'" {
			return "", false
		}
	}
	return mod, true
}

// isTargetFor reports whether token i is a "for" that gives a plan its
// date: after a participle, "planned for 2002", "set for 2015".
func (s *dateScanner) isTargetFor(i int) bool {
	p := s.lower(i - 1)
	return s.lower(i) == "for" && (isParticiple(p) || isSameInPast(p))
}

// refMonthOrYear reads "last March", "next July", "this month", "last
// year" at j.
func (s *dateScanner) refMonthOrYear(at scanAt) (*dateExpr, int) {
	j := at.j
	w := s.lower(j)
	if w == "the" {
		return s.narrativeMonth(j + 1)
	}
	if w == "that" {
		if s.lower(j+1) == "same" && s.off.on(ruleThatSame) {
			return s.thatMonth(j + 2) // "That same July": stressed
		}
		return s.thatMonth(j + 1)
	}
	if w != "last" && w != "next" && w != "this" {
		return nil, 0
	}
	t, ok := s.tok(j + 1)
	if !ok {
		return nil, 0
	}
	if m := monthOf(t, false); m > 0 && !s.isDay(j+2) {
		switch w {
		case "last":
			return &dateExpr{kind: exLastMonth, month: m, prec: PrecisionMonth}, j + 2
		case "next":
			return &dateExpr{kind: exNextMonth, month: m, prec: PrecisionMonth}, j + 2
		default:
			return &dateExpr{kind: exCalendar, yref: yrRefThis, month: m, prec: PrecisionMonth}, j + 2
		}
	}
	switch t.lower {
	case "month":
		// "earlier this month", "last month": from the reference.
		return &dateExpr{kind: exRefMonth, delta: yearOffset(refYear(w)), prec: PrecisionMonth}, j + 2
	case "year":
		return &dateExpr{kind: exCalendar, yref: refYear(w), prec: PrecisionYear}, j + 2
	}
	return nil, 0
}

// thatMonth reads the month after "that" at k: "that August" is the
// August of the narrative's year, as "that year" is its year. The month
// must be capitalised ("that may be" is a modal).
func (s *dateScanner) thatMonth(k int) (*dateExpr, int) { return s.monthCounted(k, yrCtx) }

// monthCounted reads a capitalised month alone at k, with no day or
// year after it, as a month whose year yr names.
func (s *dateScanner) monthCounted(k int, yr yearRef) (*dateExpr, int) {
	t, ok := s.tok(k)
	if !ok || !t.upper {
		return nil, 0
	}
	m := monthOf(t, false)
	if m == 0 || s.isDay(k+1) || s.isYear(k+1) {
		return nil, 0
	}
	return &dateExpr{kind: exCalendar, yref: yr, month: m, prec: PrecisionMonth}, k + 1
}

// narrativeMonth reads "following March", "next March", "previous
// March", "preceding March" at k, after "the": a month counted from the
// narrative, not from the moment of writing as "next March" without the
// article is (see refMonthOrYear).
func (s *dateScanner) narrativeMonth(k int) (*dateExpr, int) {
	yr := narrativeDirection(s.lower(k))
	if yr == yrNone {
		return nil, 0
	}
	return s.monthCounted(k+1, yr)
}

// narrativeDirection is the year reference "following" or "next" (the
// first such month or season after the narrative's latest date) or
// "previous" or "preceding" (the last one before it) stand for, else
// yrNone.
func narrativeDirection(w string) yearRef {
	switch w {
	case "following", "next":
		return yrCtxAfter
	case "previous", "preceding":
		return yrCtxBefore
	}
	return yrNone
}

// dayFirst reads a date whose day comes first at j: "24 March 2013",
// "19th of December", and a range of days in one month: "3–5 March
// 2013", "between 15 and 24 July".
func (s *dateScanner) dayFirst(at scanAt) (*dateExpr, int) {
	j := at.j
	if !s.isDay(j) {
		return nil, 0
	}
	k := j + 1
	endDay := 0
	if isRangeWord(s.lower(k)) && s.isDay(k+1) && !s.isYear(k+1) {
		if d, _ := s.tok(k + 1); d.num > s.toks[j].num {
			endDay, k = d.num, k+2
		}
	}
	if s.lower(k) == "of" {
		k++
	}
	t, ok := s.tok(k)
	m := monthOf(t, true)
	if !ok || m == 0 {
		return nil, 0
	}
	day, _ := s.tok(j)
	e := &dateExpr{kind: exCalendar, month: m, day: day.num, prec: PrecisionDay}
	k++
	if s.lower(k) == "." && monthShort(t.lower) > 0 {
		k++
	}
	k = s.trailingYear(e, k)
	if endDay > 0 {
		end := *e
		end.day = endDay
		e.last = &end
	}
	return e, k
}

// yearSpan reads a span of years written with a dash and no spaces,
// "2004–2012" or "1992–95", which is a range whatever stands before it.
func (s *dateScanner) yearSpan(at scanAt) (*dateExpr, int) {
	j := at.j
	if !s.isYear(j) || !isDash(s.lower(j+1)) || !s.joined(j, s.lower(j+1)) || !at.modified && isDeterminer(s.lower(at.from-1)) {
		return nil, 0 // "the 1998–99 round" names which round, as "the 2002 election" does
	}
	a, _ := s.tok(j)
	b, _ := s.tok(j + 2)
	end := b.num
	if !s.isYear(j + 2) {
		// With a hyphen, "2011-12" may be ISO 8601's December 2011: only
		// a dash makes a short end a span.
		if !b.plain || len(b.text) != 2 || s.lower(j+1) == "-" {
			return nil, 0
		}
		end = a.num - a.num%100 + b.num // "1992–95": the same century
	}
	if end <= a.num {
		return nil, 0
	}
	// "The occupation of 1942–45" names a thing, as "the revolution of
	// 2004" does (see bareYear, ofSpan).
	of := !at.modified && s.lower(at.from-1) == "of"
	mod, framing := s.framingOf(at) // "In the dry season of 1971–72 the army attacked"
	of = of && !framing
	e := &dateExpr{kind: exCalendar, year: a.num, prec: PrecisionYear, mod: mod, skip: of, ofYear: of}
	e.last = &dateExpr{kind: exCalendar, year: end, prec: PrecisionYear}
	return e, j + 3
}

// trailingYear reads the year that may follow a day and month at token k
// into e, written or named as a month's is (see monthYear: "January 11,
// 2013", "24 March 2013", "11 November of that year", "3 May the
// following year"), and returns the token after what it read.
func (s *dateScanner) trailingYear(e *dateExpr, k int) int {
	if next := s.monthYear(e, k); next > 0 {
		return next
	}
	return k
}

// afterMonth completes an expression whose month m is token j; k is the
// token after the month (and its abbreviation dot). A day or a year
// after the month makes it a date by itself; a month alone needs
// hasContext, a word before it that makes it one, or a dash and another
// month after it (ruleMonthDashMonth: "May-June 2010", the first month
// of a span).
func (s *dateScanner) afterMonth(m, j, k int, hasContext bool) (*dateExpr, int) {
	if s.isDay(k) && !s.isYear(k) {
		return s.monthDayAt(m, j, k)
	}
	e := &dateExpr{kind: exCalendar, month: m, prec: PrecisionMonth}
	if next := s.monthYear(e, k); next > 0 {
		return e, next
	}
	if s.off.on(ruleMonthDashMonth) && s.dashMonth(k) {
		return e, k
	}
	if !hasContext || !s.monthInContext(j) {
		return nil, 0
	}
	return e, k
}

// monthDayAt reads the day at k after month m (token j), a range of days
// ("March 3–5", "Feb. 2 to 4", "between Feb. 2 and 4") and the year that
// may follow: "January 11, 2013". "Feb. 2 and 4" without "between" is
// two days.
func (s *dateScanner) monthDayAt(m, j, k int) (*dateExpr, int) {
	d, _ := s.tok(k)
	e := &dateExpr{kind: exCalendar, month: m, day: d.num, prec: PrecisionDay}
	k++
	endDay := 0
	joins := isRangeWord(s.lower(k)) && (s.lower(k) != "and" || s.lower(j-1) == "between")
	if joins && s.isDay(k+1) && !s.isYear(k+1) && !s.monthAfter(k+2) {
		if d2, _ := s.tok(k + 1); d2.num > d.num {
			endDay, k = d2.num, k+2
		}
	}
	k = s.trailingYear(e, k)
	if endDay > 0 {
		end := *e
		end.day = endDay
		e.last = &end
	}
	return e, k
}

// monthAfter reports whether a month name stands at token i, which makes
// the day before it the start of a new date ("March 3 to 5 April").
func (s *dateScanner) monthAfter(i int) bool {
	t, ok := s.tok(i)
	return ok && monthOf(t, true) > 0
}

// monthYear reads the year of month e at token k into e: "March 2007",
// "March, 2007", "March of 2007", "April last year", "March of that
// year", "April the following year". It returns the token after it, or 0 when none follows.
func (s *dateScanner) monthYear(e *dateExpr, k int) int {
	switch {
	case s.isYear(k):
		y, _ := s.tok(k)
		e.year = y.num
		return k + 1
	case (s.lower(k) == "," || s.lower(k) == "of") && s.isYear(k+1):
		y, _ := s.tok(k + 1)
		e.year = y.num
		return k + 2
	case (s.lower(k) == "last" || s.lower(k) == "this" || s.lower(k) == "next") && s.lower(k+1) == "year":
		e.yref = refYear(s.lower(k)) // "in April last year"
		return k + 2
	case s.lower(k) == "the" || s.lower(k) == "that":
		if yr, n := s.yearPhrase(k); n > 0 {
			e.yref = yr // "in April the following year", "in May that year"
			return k + n
		}
	case s.lower(k) == "of":
		if yr, n := s.yearPhrase(k + 1); n > 0 {
			e.yref = yr
			return k + 1 + n
		}
		if w := s.lower(k + 1); (w == "last" || w == "this" || w == "next") && s.lower(k+2) == "year" {
			e.yref = refYear(w)
			return k + 3
		}
	}
	return 0
}

// monthInContext reports whether the month alone at j may be a date once
// a context word stands before it: "in May" is a month, but "May" and
// "March" are too often verbs unless the word right before them is one
// ("in", "by") or a hyphen ("mid-March"). After "of" and a capitalised
// word that is not the sentence's first, a month ends a name ("the
// Mothers of April", "the Revolution of October").
func (s *dateScanner) monthInContext(j int) bool {
	if s.lower(j-1) == "of" && j >= 3 && s.toks[j-2].upper && monthOf(&s.toks[j-2], false) == 0 {
		return false // "the Mothers of April": a name
	}
	if t, _ := s.tok(j); t.lower == "may" || t.lower == "march" {
		return isContextWord(s.lower(j-1)) || s.lower(j-1) == "-"
	}
	return true
}

// dashMonth reports whether a dash at k joins the month before it to
// another month after it ("May-June 2010", "March–April"): a span of
// months, whose first is no verb (ruleMonthDashMonth).
func (s *dateScanner) dashMonth(k int) bool {
	if !isDash(s.lower(k)) {
		return false
	}
	t, ok := s.tok(k + 1)
	return ok && monthOf(t, false) > 0
}

// refYear maps "last", "this" and "next" (year) to their yearRef.
func refYear(w string) yearRef {
	switch w {
	case "last":
		return yrRefLast
	case "next":
		return yrRefNext
	}
	return yrRefThis
}

// yearPhrase reads "that year", "that same year", "the following year",
// "the next year", "the previous year", "the year before" at j, returning
// how many tokens it spans.
func (s *dateScanner) yearPhrase(j int) (yearRef, int) {
	switch s.lower(j) {
	case "that":
		if s.lower(j+1) == "year" {
			return yrCtx, 2
		}
		if s.lower(j+1) == "same" && s.lower(j+2) == "year" {
			return yrCtx, 3
		}
	case "the":
		if s.lower(j+2) == "year" {
			switch s.lower(j + 1) {
			case "following", "next":
				return yrCtxNext, 3
			case "previous", "preceding":
				return yrCtxPrev, 3
			case "same":
				return yrCtx, 3
			case "new":
				// "Early in the new year his government opened talks",
				// after a date late in a year: the one after it. "New
				// Year's Day" names a day (see holiday).
				if w := s.lower(j + 3); w != "'" && w != "’" {
					return yrCtxNext, 3
				}
			}
		}
	}
	return yrNone, 0
}

// seasonMod returns the part of the year a season stands for.
func seasonMod(w string) (string, bool) {
	switch w {
	case "spring":
		return ModEarly, true
	case "summer":
		return ModMid, true
	case "autumn", "fall":
		return ModLate, true
	case "winter":
		return "", true
	}
	return "", false
}

// season reads "the summer of 2011" or "spring 2012": a year-precision date
// with the season's part of the year as modifier. A season without a
// year, in lower case, takes its year as a month written without one
// does ("in the spring", "during the winter"), or from the words after
// it ("the summer of that year", "the spring of last year"), or before
// it ("that summer", "last winter", "this autumn").
func (s *dateScanner) season(at scanAt) (*dateExpr, int) {
	j := at.j
	if e, next := s.seasonOfRef(j); e != nil {
		return e, next
	}
	k := j
	if s.lower(k) == "the" {
		k++
	}
	mod, ok := seasonMod(s.lower(k))
	if !ok {
		return nil, 0
	}
	k++
	of := s.lower(k) == "of"
	if of {
		k++
	}
	if s.isYear(k) {
		y, _ := s.tok(k)
		return &dateExpr{kind: exCalendar, year: y.num, prec: PrecisionYear, mod: mod}, k + 1
	}
	return s.seasonAlone(j, k, mod, of)
}

// seasonAlone reads a season whose year is not written, from j, where k
// is the token after it (and after its "of" when of is set): "in the
// spring", "the summer of that year". Capitalised seasons name things
// ("the Prague Spring"), and "the fall of Gao" is no season.
func (s *dateScanner) seasonAlone(j, k int, mod string, of bool) (*dateExpr, int) {
	if s.lower(j) != "the" || s.toks[j+1].upper || !isContextWord(s.lower(j-1)) {
		return nil, 0
	}
	e := &dateExpr{kind: exCalendar, prec: PrecisionYear, mod: mod}
	if !of {
		return e, k
	}
	if yr, n := s.yearPhrase(k); n > 0 {
		e.yref = yr
		return e, k + n
	}
	if w := s.lower(k); (w == "last" || w == "this" || w == "next") && s.lower(k+1) == "year" {
		e.yref = refYear(w)
		return e, k + 2
	}
	return nil, 0
}

// seasonOfRef reads "that summer", "last winter", "this autumn", "next
// spring" at j, or one counted from the narrative (see narrativeSeason).
func (s *dateScanner) seasonOfRef(j int) (*dateExpr, int) {
	if s.lower(j) == "the" {
		return s.narrativeSeason(j + 1)
	}
	t, ok := s.tok(j + 1)
	mod, season := seasonMod(t.lower)
	if !ok || !season || t.upper {
		return nil, 0
	}
	yr := yrCtx
	switch w := s.lower(j); w {
	case "that":
	case "last", "this", "next":
		yr = refYear(w)
	default:
		return nil, 0
	}
	return &dateExpr{kind: exCalendar, yref: yr, prec: PrecisionYear, mod: mod}, j + 2
}

// holiday reads the name of a day the calendar keeps on one date every
// year, capitalised, at j: "Christmas Day", "New Year's Eve", "All
// Saints' Day" (see wordnet.Lexicon.Holiday), perhaps with its year
// ("Christmas Day 1944", "Christmas Eve of 1989"). Without one it takes
// its year as a day and month written without one does. Only after a
// preposition of time ("on Christmas Day", "by New Year's Eve") is it
// the time of its clause: "a New Year's Eve gathering" names a thing.
func (s *dateScanner) holiday(at scanAt) (*dateExpr, int) {
	j := at.j
	if t, _ := s.tok(j); !t.upper || !timePreposition(s.lower(at.from-1)) {
		return nil, 0
	}
	if e, next := s.movableFeast(j); e != nil {
		return e, next
	}
	lex := wordnet.Load()
	name := ""
	for k := j; k < len(s.toks) && k < j+6; k++ {
		name = joinNameWord(name, s.lower(k))
		if m, d, ok := lex.Holiday(name); ok {
			return s.withYear(&dateExpr{kind: exCalendar, month: m, day: d, prec: PrecisionDay}, k+1)
		}
		if !lex.HolidayPrefix(name) {
			return nil, 0
		}
	}
	return nil, 0
}

// timePreposition reports whether w, before a named day, makes it the
// time of its clause.
func timePreposition(w string) bool {
	switch w {
	case "on", "by", "until", "till", "before", "after", "since", "from", "over", "through":
		return true
	}
	return false
}

// joinNameWord adds token w to name as the holiday table writes names:
// words joined by "_", an apostrophe kept and the "s" after it joined to
// it ("new_year's_day", "all_saints'_day"). A curly apostrophe is a
// straight one.
func joinNameWord(name, w string) string {
	switch {
	case name == "":
		return w
	case w == "'" || w == "’":
		return name + "'"
	case w == "s" && strings.HasSuffix(name, "'"):
		return name + w
	}
	return name + "_" + w
}

// withYear gives e the year written after it at k ("1944", "of 1944"),
// returning the token after what it read.
func (s *dateScanner) withYear(e *dateExpr, k int) (*dateExpr, int) {
	of := 0
	if s.lower(k) == "of" {
		of = 1
	}
	if s.isYear(k + of) {
		y, _ := s.tok(k + of)
		e.year = y.num
		return e, k + of + 1
	}
	return e, k
}

// narrativeSeason reads "following spring", "next summer", "previous
// autumn" at k, after "the": the first such season after the
// narrative's latest date, or the last one before it, as "the following
// March" is counted (see monthFromNarrative, seasonMonth). Winter, which
// straddles two years, has no month to count by and is left unread.
func (s *dateScanner) narrativeSeason(k int) (*dateExpr, int) {
	t, ok := s.tok(k + 1)
	mod, season := seasonMod(t.lower)
	if !ok || !season || t.upper || mod == "" {
		return nil, 0
	}
	yr := narrativeDirection(s.lower(k))
	if yr == yrNone {
		return nil, 0
	}
	return &dateExpr{kind: exCalendar, yref: yr, prec: PrecisionYear, mod: mod}, k + 2
}

// inTime reads "in two weeks", "in three days' time", "in a month": that
// long after the moment of writing, which only a clause about what is to
// come can mean ("will meet again in two weeks"; "killed 20 people in
// two days" is a duration, see resolver.place). Weeks and vague counts
// are approximate. A count with a direction after its unit is no such
// time (see isParticleIn).
func (s *dateScanner) inTime(at scanAt) (*dateExpr, int) {
	if s.lower(at.j) != "in" {
		return nil, 0
	}
	k := at.j + 1
	n, vague, u := s.countAt(k)
	if n == 0 || s.isParticleIn(at.j, u) {
		return nil, 0
	}
	next := u + 1
	if w := s.lower(next); w == "'" || w == "’" {
		next++
	}
	if s.lower(next) == "time" {
		next++
	} else if s.lower(next) == "of" {
		return nil, 0 // "in two days of talks"
	}
	var e *dateExpr
	switch s.lower(u) {
	case "day", "days":
		e = &dateExpr{kind: exNowDay, delta: n, prec: PrecisionDay}
	case "week", "weeks":
		e = &dateExpr{kind: exNowDay, delta: 7 * n, prec: PrecisionDay, mod: ModApprox}
	case "month", "months":
		e = &dateExpr{kind: exRefMonth, delta: n, prec: PrecisionMonth}
	default:
		return nil, 0
	}
	if vague {
		e.mod = ModApprox
	}
	e.ahead = true
	return e, next
}

// isParticleIn reports whether the unit at token u, after "in" and a
// count, has a direction after it ("later", "after", "earlier",
// "before"), so that "in" is the particle of a phrasal
// verb and the count is counted from a point (rule particle-in): "was
// sworn in three days later" is three days after the narrative's day,
// as "resigned three days later" is, not three days after the moment
// of writing. The particle follows its verb ("sworn", "brought",
// "moved"); after a noun "in" measures a duration ("advanced 50 km in
// two days after the landing"), and "in three days" with no direction
// keeps its reading. The directions are countDirection's, those
// counted reads.
func (s *dateScanner) isParticleIn(in, u int) bool {
	if !s.off.on(ruleParticleIn) || !isVerbForm(s.lower(in-1)) {
		return false // "advanced 50 km in two days after the landing": a duration
	}
	return countDirection(s.lower(u+1)) != 0
}

// relDay is a relative day delta days from its anchor.
func relDay(delta int) *dateExpr {
	return &dateExpr{kind: exRelDay, delta: delta, prec: PrecisionDay}
}

// relativeNeighbour reads the day, week or month next to the anchor:
// "the following day", "the next week", "the previous month", "the day
// after", "the night before".
func (s *dateScanner) relativeNeighbour(at scanAt) (*dateExpr, int) {
	j := at.j
	w0, w1, w2 := s.lower(j), s.lower(j+1), s.lower(j+2)
	if w0 != "the" {
		return nil, 0
	}
	switch {
	case (w1 == "following" || w1 == "next") && isDayPart(w2):
		return relDay(1), j + 3
	case (w1 == "following" || w1 == "next") && w2 == "week":
		// "Bolivia retaliated the following week": some day of the week
		// after, which the text does not give; the month it falls in.
		e := relDay(7)
		e.mod, e.toMonth = ModApprox, true
		return e, j + 3
	case (w1 == "following" || w1 == "next") && w2 == "month":
		return &dateExpr{kind: exRelMonth, delta: 1, prec: PrecisionMonth}, j + 3
	case (w1 == "previous" || w1 == "preceding") && isDayPart(w2):
		return relDay(-1), j + 3
	case (w1 == "previous" || w1 == "preceding") && w2 == "month":
		return &dateExpr{kind: exRelMonth, delta: -1, prec: PrecisionMonth}, j + 3
	case isDayPart(w1) && (w2 == "after" || w2 == "before") && !s.startsDate(j+3):
		delta := 1
		if w2 == "before" {
			delta = -1
		}
		e := relDay(delta)
		if b, next := s.namedDayBase(j + 3); b != nil {
			e.base = b // "the day after the election of 7 November 2010"
			return e, next
		}
		e.beforeClause = s.clauseAt(j + 3)
		return e, j + 3
	}
	return nil, 0
}

// namedDayBase reads, at k, a happening named with its day after "of"
// ("the general election of 7 November 2010"): the day a neighbouring
// day counts from, as a date right after "after" is ("two days after
// January 10"). Up to four words name the happening, with no verb and
// no mark between them.
func (s *dateScanner) namedDayBase(k int) (*dateExpr, int) {
	if s.lower(k) != "the" {
		return nil, 0
	}
	for i := k + 1; i < k+6; i++ {
		t, ok := s.tok(i)
		if !ok || t.num >= 0 || !isASCIILetters(t.lower) || len(t.lower) < 2 || isVerbForm(t.lower) {
			return nil, 0
		}
		if s.lower(i+1) != "of" {
			continue
		}
		if b, next := s.parse(i+2, false); b != nil && b.kind == exCalendar && b.prec == PrecisionDay && b.last == nil {
			return b, next
		}
		return nil, 0
	}
	return nil, 0
}

// nextYears reads "the next two years", "the following three years",
// "the subsequent few years" after "over", "during", "in" or "within": a
// span that runs from the year it counts from (the year just read, as
// "two years later" does) to that year and n, in a past clause only. A
// vague count ("the next few years") is three, approximately.
func (s *dateScanner) nextYears(at scanAt) (*dateExpr, int) {
	n, vague, k := s.nextCounted(at, "within")
	if n < 2 || s.lower(k) != "years" {
		return nil, 0
	}
	end := &dateExpr{kind: exCalendar, yref: yrCtx, delta: n, prec: PrecisionYear}
	e := &dateExpr{kind: exCalendar, yref: yrCtx, prec: PrecisionYear, last: end, pastOnly: true}
	if vague {
		e.mod, end.mod = ModApprox, ModApprox
	}
	return e, k + 1
}

// nextDays reads "over the next four days", "for the following three
// days" (after "over", "during", "for" or "in"; rule next-days): the span
// of the n days after the day the narrative reached, in a past clause
// only, as "over the next two years" is. A vague count ("the next few
// days") gives no span, and "within the next four days" is a bound, not
// a span (see within).
func (s *dateScanner) nextDays(at scanAt) (*dateExpr, int) {
	if !s.off.on(ruleNextDays) {
		return nil, 0
	}
	n, vague, k := s.nextCounted(at, "for")
	if n < 2 || n > 366 || vague || s.lower(k) != "days" {
		return nil, 0
	}
	e := relDay(1)
	e.last, e.pastOnly = relDay(n), true
	return e, k + 1
}

// daysAfter reads the days next to a happening the text has told of,
// named by a noun rather than a date: "(in) the days after the signing",
// "the days following the coup", "the days that followed" open the day
// after the latest reported day, of which only the month is kept, as of
// "days later" (≈); "the weeks after the attack" keep the month of the
// few weeks they open, or the year (see vagueWeeks); "the months after"
// keep the year. All in a past clause only.
func (s *dateScanner) daysAfter(at scanAt) (*dateExpr, int) {
	j := at.j
	if s.lower(j) != "the" {
		return nil, 0
	}
	w1, w2 := s.lower(j+1), s.lower(j+2)
	next := j + 3
	switch {
	case s.isNextPlural(at, w1, w2):
		w1 = w2 // "over the following weeks": the weeks that followed
	case w2 == "after" || w2 == "following":
		if s.startsDate(next) {
			return nil, 0 // "the days after 3 May": counted from that date elsewhere
		}
	case w2 == "that" && s.lower(j+3) == "followed":
		next = j + 4
	default:
		return nil, 0
	}
	switch w1 {
	case "days":
		e := relDay(1) // the span opens the day after, where "days later" points a few days on
		e.mod, e.pastOnly, e.toMonth = ModApprox, true, true
		return e, next
	case "weeks":
		if s.off.on(ruleWeeksWindow) {
			return vagueWeeks(1, 21), next // "in the weeks after the attack": the few weeks it opens
		}
		return vagueSpan(w1), next
	case "months":
		return vagueSpan(w1), next
	}
	return nil, 0
}

// isNextPlural reports whether w1 and w2, after "the" at at, are
// "following", "next" or "subsequent" and a plural unit with no count,
// after "over", "during", "in" or "for": "over the following weeks", "in
// the next days" say what "the weeks that followed" says (rule
// next-plural).
func (s *dateScanner) isNextPlural(at scanAt, w1, w2 string) bool {
	if !s.off.on(ruleNextPlural) || !isNextWord(w1) || !s.opensNextSpan(at, "for") {
		return false
	}
	return w2 == "days" || w2 == "weeks" || w2 == "months"
}

// isNextWord reports whether w counts on from the narrative's time:
// "next", "following", "subsequent".
func isNextWord(w string) bool {
	return w == "next" || w == "following" || w == "subsequent"
}

// opensNextSpan reports whether the word before the expression at at is
// "over", "during", "in" or also, a preposition that makes "the next
// …" a span of the narrative ("over the next two years").
func (s *dateScanner) opensNextSpan(at scanAt, also string) bool {
	switch w := s.lower(at.from - 1); w {
	case "over", "during", "in":
		return true
	default:
		return w == also
	}
}

// nextCounted reads "the next two", "the following three" at at, after
// a preposition that opens a span (see opensNextSpan): the count,
// whether it was vague ("the next few"), and the token after it; a
// count of 0 when there is none.
func (s *dateScanner) nextCounted(at scanAt, also string) (n int, vague bool, k int) {
	if s.lower(at.j) != "the" || !isNextWord(s.lower(at.j+1)) || !s.opensNextSpan(at, also) {
		return 0, false, at.j
	}
	return s.countAt(at.j + 2)
}

// vagueWeeks is the date a few weeks with no exact count give, counted
// from the day before (ruleWeeksWindow): a window from days from to to
// days after it, of which the month is kept when the whole window lies
// in that month, else only the year, approximately, as for "within two
// weeks" (dateExpr.window). Weeks later than 27 November fall in
// December; weeks after 25 April may be April's or May's. It holds in a
// past clause only, which tells what happened then.
func vagueWeeks(from, to int) *dateExpr {
	e := relDay(to)
	e.toYear, e.pastOnly, e.window, e.windowFrom, e.mod = true, true, true, from, ModApprox
	return e
}

// ordinalDay reads "the second day", "the third day of the offensive":
// the nth day of something that began on a day the narrative gave, n-1
// days after it (see resolver.anchor). "The first day of March" names a
// calendar day instead (see edgeDay).
func (s *dateScanner) ordinalDay(at scanAt) (*dateExpr, int) {
	j := at.j
	if s.lower(j) != "the" || s.lower(j+2) != "day" {
		return nil, 0
	}
	n := ordinalWord(s.lower(j + 1))
	if n == 0 {
		return nil, 0
	}
	if s.lower(j+3) == "of" {
		if e, next := s.ordinalMonthDay(n, j+4); e != nil {
			return e, next
		}
		if s.namesPeriod(j + 4) {
			return nil, 0
		}
	}
	e := relDay(n - 1)
	e.fromStart = true
	return e, j + 3
}

// ordinalMonthDay reads the month of "the eighth day of the eighth
// month" after "the nth day of" at token i: the calendar's nth month
// counted from January, and its day n, a calendar date as "8 August"
// is, with the year that may follow ("of the eighth month of 1988";
// rule ordinal-month). The month of a count that is no calendar's ("the
// third day of the second month of the siege") reads as the nth day of
// the siege's month would; the calendar reading wins, as writers
// use the bare phrase for the calendar's months.
func (s *dateScanner) ordinalMonthDay(day, i int) (*dateExpr, int) {
	if !s.off.on(ruleOrdinalMonth) || s.lower(i) != "the" || s.lower(i+2) != "month" || day > 31 {
		return nil, 0
	}
	m := ordinalWord(s.lower(i + 1))
	if m == 0 || m > 12 || s.lower(i+3) == "of" && !s.isYear(i+4) {
		return nil, 0
	}
	e := &dateExpr{kind: exCalendar, month: m, day: day, prec: PrecisionDay}
	if s.lower(i+3) == "of" {
		return e, s.trailingYear(e, i+4)
	}
	return e, i + 3
}

// namesPeriod reports whether a month or a year starts at token i: a
// calendar date, or "that month", "the year".
func (s *dateScanner) namesPeriod(i int) bool {
	switch s.lower(i + 1) {
	case "month", "year":
		if w := s.lower(i); w == "that" || w == "the" || w == "this" {
			return true
		}
	}
	return s.startsDate(i)
}

// ordinalWords are the ordinals written as words, from first to tenth.
func ordinalWords() [10]string {
	return [...]string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
}

// ordinalName returns ordinal n (1 to 10) as a word.
func ordinalName(n int) string { return ordinalWords()[n-1] }

// ordinalSuffix returns the letters after ordinal n in digits: "st" of
// "1st", "nd", "rd", else "th" ("11th", "12th", "13th").
func ordinalSuffix(n int) string {
	if n%100/10 != 1 {
		switch n % 10 {
		case 1:
			return "st"
		case 2:
			return "nd"
		case 3:
			return "rd"
		}
	}
	return "th"
}

// ordinalWord returns the number an ordinal names, "first" to "tenth" or
// in digits ("2nd"), or 0.
func ordinalWord(w string) int {
	for i, o := range ordinalWords() {
		if w == o {
			return i + 1
		}
	}
	if n := len(w); n > 2 && isAllDigits(w[:n-2]) && (w[n-2:] == "st" || w[n-2:] == "nd" || w[n-2:] == "rd" || w[n-2:] == "th") {
		if v, err := strconv.Atoi(w[:n-2]); err == nil && v <= 366 {
			return v
		}
	}
	return 0
}

// relativeSameDay reads the anchor's own day or month, or a vague few
// days after it: "the same day", "that night", "later that month",
// "hours later", "later in the evening", "days later". The day's
// phrases are tried first, then the month's, then an hour's.
func (s *dateScanner) relativeSameDay(at scanAt) (*dateExpr, int) {
	if e, next := s.sameDayPhrase(at); e != nil {
		return e, next
	}
	if e, next := s.sameMonthPhrase(at.j); e != nil {
		return e, next
	}
	return s.hourPhrase(at)
}

// sameDayPhrase reads a phrase naming the anchor's own day: "the same
// day", "That night, …", "killed that day", "at about the same time",
// "later that evening".
func (s *dateScanner) sameDayPhrase(at scanAt) (*dateExpr, int) {
	j, from := at.j, at.from
	w0, w1, w2 := s.lower(j), s.lower(j+1), s.lower(j+2)
	switch {
	case (w0 == "the" || w0 == "that") && w1 == "same" && isDayPart(w2):
		return relDay(0), j + 3
	case (w0 == "the" || w0 == "that") && w1 == "same" && w2 == "week" && s.off.on(ruleSameWeek):
		// "suffocated in a police van the same week": some day of the
		// week just told, which the text does not give; its month, as
		// "the following week" keeps the month it falls in.
		e := relDay(0)
		e.mod, e.toMonth = ModApprox, true
		return e, j + 3
	case w0 == "that" && isDayPart(w1) && j == from && (thatDayOpener(s.lower(j-1)) || j == 1 && isSectionNumber(s.toks[0].text)):
		// "That night, rebels...", "and that evening the army..."
		return relDay(0), j + 2
	case w0 == "that" && isDayPart(w1) && isParticiple(s.lower(j-1)) && !isReportingVerb(s.lower(j-1)) && (closesPhrase(s.lower(j+2)) || opensAdjunct(s.lower(j+2))):
		// "Twenty-two soldiers were killed that day, many in an
		// ambush", "appeals were sent that morning to": after a
		// participle and before the phrase ends or a preposition opens
		// another, "that" points back to the day; after "said" it
		// would open what was said ("said that night patrols would
		// stop").
		return relDay(0), j + 2
	case w0 == "at" && isApproximator(w1) && w2 == "the" && s.lower(j+3) == "same" && s.lower(j+4) == "time":
		// "At about the same time, a bomb went off": the day just told.
		// Bare "at the same time" is as often a connective ("At the same
		// time, the UN warned …") and is left alone.
		e := relDay(0)
		e.pastOnly = true
		return e, j + 5
	case (w0 == "later" || w0 == "earlier") && w1 == "that" && isDayPart(w2):
		return relDay(0), j + 3
	case w0 == "that" && isDayPart(w1) && s.thatDayAdverbial(j):
		// "moved troops into Seoul that night.", "At a news conference
		// that evening the two men announced …"
		return relDay(0), j + 2
	}
	return nil, 0
}

// thatDayAdverbial reports whether "that night" at j, after a noun
// phrase, is a time adverbial: the phrase ends after it, or a clause's
// subject (an article, a pronoun, a name) opens. After a reporting verb
// or "so" "that" opens a clause instead ("said that night patrols would
// stop"), after another verb the day is its object ("Veterans remember
// that day"), and before any other word it may be that clause's subject.
func (s *dateScanner) thatDayAdverbial(j int) bool {
	prev, next := s.lower(j-1), s.lower(j+2)
	if prev == "" || !allLetters(prev) || isFiniteVerb(prev) || prev == "so" || prev == "such" || prev == "now" {
		return false
	}
	switch next {
	case "the", "a", "an", "he", "she", "they", "it", "we", "his", "her", "their", "its":
		return true
	}
	if s.off.on(ruleThatDayVerb) && isPastFinite(next) {
		// "A supply drop by RAF aircraft that morning was mistaken for a
		// landing": a day part alone is no subject of the finite verb
		// after it; the phrase ends the subject's noun phrase.
		return true
	}
	return closesPhrase(next) || j+2 < len(s.toks) && startsUpper(s.toks[j+2].text)
}

// sameMonthPhrase reads a phrase naming the anchor's own month: "later
// that month", "that same month", "that month".
func (s *dateScanner) sameMonthPhrase(j int) (*dateExpr, int) {
	w0, w1, w2 := s.lower(j), s.lower(j+1), s.lower(j+2)
	switch {
	case (w0 == "later" || w0 == "earlier") && w1 == "that" && w2 == "month":
		return &dateExpr{kind: exRelMonth, delta: 0, prec: PrecisionMonth}, j + 3
	case (w0 == "that" || w0 == "the") && w1 == "same" && w2 == "month":
		// "In the same month Calles founded …", "that same month".
		return &dateExpr{kind: exRelMonth, delta: 0, prec: PrecisionMonth}, j + 3
	case w0 == "that" && w1 == "month" && w2 != "'" && w2 != "’":
		// "Rebels took Gao that month", "at the end of that month".
		return &dateExpr{kind: exRelMonth, delta: 0, prec: PrecisionMonth}, j + 2
	}
	return nil, 0
}

// hourPhrase reads an hour of the anchor's day or a vague few days
// after it: "hours later", "later in the evening", "in the afternoon",
// "shortly after midnight", "days later". Its first word tells which
// reading applies: a part of the day, a time of day after a preposition,
// or a count of hours or days after the moment just told.
func (s *dateScanner) hourPhrase(at scanAt) (*dateExpr, int) {
	switch w0 := s.lower(at.j); {
	case w0 == "later" || w0 == "earlier" || w0 == "in" || w0 == "during":
		return s.inPartOfDay(at.j)
	case isTimePreposition(w0) || w0 == "past":
		return s.atTimeOfDay(at.j)
	}
	return s.hoursLater(at)
}

// inPartOfDay reads a part of the anchor's day at j: "later in the
// evening", "in the early hours", "during the afternoon".
func (s *dateScanner) inPartOfDay(j int) (*dateExpr, int) {
	w0, w1, w2 := s.lower(j), s.lower(j+1), s.lower(j+2)
	switch {
	case (w0 == "later" || w0 == "earlier") && w1 == "in" && w2 == "the" && isDayPart(s.lower(j+3)):
		return relDay(0), j + 4
	case (w0 == "in" || w0 == "during") && w1 == "the" && (w2 == "early" || w2 == "small") && s.lower(j+3) == "hours" && s.lower(j+4) != "of" && s.off.on(ruleNightTimes):
		// "in the early hours": past midnight, the next day's after a
		// day told into its night (see rollsOverNight); "in the early
		// hours of 3 May" is read from its date.
		e := relDay(0)
		e.pastOnly, e.night = true, nightCross
		return e, j + 4
	case (w0 == "in" || w0 == "during") && w1 == "the":
		return s.partOfDay(j + 2)
	}
	return nil, 0
}

// atTimeOfDay reads a time of day that a preposition at j opens:
// "shortly after midnight", "before dawn", "at 6 p.m.", "by morning",
// "past midnight". It is an hour of the day, not a reference point as
// "after 2001" is.
func (s *dateScanner) atTimeOfDay(j int) (*dateExpr, int) {
	w0, w1 := s.lower(j), s.lower(j+1)
	switch {
	case isTimePreposition(w0) && isApproximator(w1) && w1 != "around" && s.off.on(ruleApproxTime):
		// "at about 4 p.m.", "by roughly midnight": the approximator
		// stands where the preposition would.
		return s.timeOfDay(j + 1)
	case w0 == "by" && s.off.on(ruleByDayPart):
		if e, next := s.byDayPart(j + 1); e != nil {
			return e, next
		}
		return s.timeOfDay(j)
	case isTimePreposition(w0):
		return s.timeOfDay(j)
	case w0 == "past" && w1 == "midnight" && s.off.on(ruleNightTimes):
		return s.timeOfDay(j)
	}
	return nil, 0
}

// hoursLater reads hours or days counted from the moment just told, at
// at.j: "hours later" and "within minutes" keep to its day, as "an hour
// later" does (oneHourPhrase); "days later" is a few days on, dated by
// its month only, and after "for" a duration.
func (s *dateScanner) hoursLater(at scanAt) (*dateExpr, int) {
	j := at.j
	w0, w1 := s.lower(j), s.lower(j+1)
	switch {
	case (w0 == "hours" || w0 == "minutes") && (w1 == "later" || w1 == "after" && !s.startsDate(j+2)),
		w0 == "within" && (w1 == "hours" || w1 == "minutes"):
		// "Hours later, state television said…": the same day.
		return relDay(0), j + 2
	case (w0 == "an" || w0 == "one" || w0 == "within") && s.off.on(ruleHourLater):
		return s.oneHourPhrase(j)
	case w0 == "days" && w1 == "later":
		if s.lower(at.from-1) == "for" {
			return nil, 0
		}
		e := relDay(3)
		e.mod, e.toMonth = ModApprox, true // no count of days: the month only, as "within days"
		return e, j + 2
	}
	return nil, 0
}

// isTimePreposition reports whether w is a preposition that places a
// happening at a time of day: "at", "by", "towards", "around", "after",
// "before".
func isTimePreposition(w string) bool {
	switch w {
	case "at", "by", "towards", "around", "after", "before":
		return true
	}
	return false
}

// oneHourPhrase reads a single hour counted from the moment just told
// at j (rule hour-later): "an hour later", "one hour after the
// broadcast", "within an hour". Like "hours later" it keeps to the
// anchor's day; "an hour after 6 p.m." is read from its time, and "for
// an hour" is a duration, not a moment.
func (s *dateScanner) oneHourPhrase(j int) (*dateExpr, int) {
	k := j
	if s.lower(k) == "within" {
		k++
		if s.lower(k) != "an" && s.lower(k) != "one" {
			return nil, 0
		}
	}
	if s.lower(k+1) != "hour" || s.lower(j-1) == "for" {
		return nil, 0
	}
	switch dir := s.lower(k + 2); {
	case s.lower(j) == "within":
		return relDay(0), k + 2
	case dir == "later" || dir == "after" && !s.startsDate(k+3) && s.clockEnd(k+3) == 0:
		return relDay(0), k + 3
	}
	return nil, 0
}

// byDayPart reads, at k after "by", a part of the day that bounds a
// happening (rule by-day-part): "by morning", "by the evening", "by
// mid-morning", "by late afternoon". In a past clause it is the day the
// narrative has reached, as "in the afternoon" is; "by day" and "by
// night" are manners ("travelled by night"), and "by the morning of 3
// May" is read from its date.
func (s *dateScanner) byDayPart(k int) (*dateExpr, int) {
	if s.lower(k) == "the" {
		k++
	}
	switch s.lower(k) {
	case "early", "late":
		k++
	case "mid":
		if s.lower(k+1) == "-" {
			k += 2
		}
	}
	w := s.lower(k)
	if !isDayPart(w) || w == "day" || w == "night" || s.lower(k+1) == "of" || s.startsDate(k+1) || s.lower(k+1) == "on" {
		return nil, 0
	}
	e := relDay(0)
	e.pastOnly = true // "the shops close by evening" is a habit
	if w == "morning" {
		e.night = nightSmall // "fought through the night; by morning …": the next day's
	}
	return e, k + 1
}

// partOfDay reads the part of the day at k, after "in the" or "during
// the": "in the afternoon", "during the day", "in the late morning". In a
// past clause it is the day the narrative has reached, which a report
// tells part by part; "in the morning of 3 July" is that date's, read
// from the date.
func (s *dateScanner) partOfDay(k int) (*dateExpr, int) {
	if w := s.lower(k); w == "early" || w == "late" {
		k++
	}
	if !isDayPart(s.lower(k)) || s.lower(k+1) == "of" || s.lower(k+1) == "hours" {
		return nil, 0
	}
	e := relDay(0)
	e.pastOnly = true // "markets open in the morning" is a habit
	return e, k + 1
}

// hourOfDay reads a time of day at k, after "at", "by", "towards" or
// "around": "at dusk", "by nightfall", "at midday". As a part of the day
// after "in the" (see partOfDay), it is, in a past clause, the day the
// narrative has reached. The times of day are WordNet's (see
// isHourOfDay), not a list. One that a date or a weekday follows ("at
// dawn on 19 July", "at dawn Tuesday") is that day's, read from it.
func (s *dateScanner) hourOfDay(k int) (*dateExpr, int) {
	if t, _ := s.tok(k); t.upper || !isHourOfDay(t.lower) {
		return nil, 0
	}
	next := s.lower(k + 1)
	if next == "of" || s.startsDate(k+1) || next == "on" && s.startsDate(k+2) {
		return nil, 0
	}
	if e, _ := s.parse(k+1, false); e != nil || next == "on" {
		return nil, 0
	}
	e := relDay(0)
	e.pastOnly = true // "the market closes at dusk" is a habit
	return e, k + 1
}

// clockTime reads a time on the clock at k, after "at", "by", "around",
// "after" or "before": "6 p.m.", "10.30 am", "5pm", "0600 hours", "18:00
// GMT". As a time of day read by hourOfDay, it is, in a past clause, the
// day the narrative has reached; one that a date or a weekday follows
// ("at 6 p.m. on 3 May", "at 5 p.m. yesterday") is that day's, read from
// it.
func (s *dateScanner) clockTime(k int) (*dateExpr, int) {
	next := s.clockEnd(k)
	if next == 0 {
		return nil, 0
	}
	w := s.lower(next)
	if s.startsDate(next) || w == "on" && s.startsDate(next+1) {
		return nil, 0
	}
	if e, _ := s.parse(next, false); e != nil || w == "on" {
		return nil, 0
	}
	e := relDay(0)
	e.pastOnly = true // "the market closes at 6 p.m." is a habit
	return e, next
}

// clockEnd returns the token after a time on the clock at k, or 0: an
// hour (1–12, perhaps with minutes after "." or ":") before "a.m.",
// "p.m.", "am" or "pm"; a word that joins the two ("5pm"); or an hour in
// 24-hour form ("0600", "18:00") before "hours", "hrs", "GMT", "UTC" or
// "local time". A number alone ("at 6") is a count or a score as often.
func (s *dateScanner) clockEnd(k int) int {
	t, ok := s.tok(k)
	if !ok {
		return 0
	}
	if h, m, ok := strings.Cut(t.lower, "pm"); ok && m == "" && isAllDigits(h) && h != "" {
		return k + 1 // "5pm"
	}
	if h, m, ok := strings.Cut(t.lower, "am"); ok && m == "" && isAllDigits(h) && h != "" {
		return k + 1
	}
	hour, j := clockDigits(t.lower), k+1
	if s.lower(j) == ":" && isAllDigits(s.lower(j+1)) && len(s.lower(j+1)) == 2 {
		hour, j = clockDigits(t.lower+"."+s.lower(j+1)), j+2 // "18:00"
	}
	if hour < 0 {
		return 0
	}
	if n := s.meridiem(j); n > 0 && hour >= 1 && hour <= 12 {
		return j + n
	}
	if len(t.lower) < 4 && j == k+1 {
		return 0 // "after 12 hours" is a span: the 24-hour form has minutes
	}
	switch s.lower(j) {
	case "hours", "hrs", "gmt", "utc":
		return j + 1
	case "local":
		if s.lower(j+1) == "time" {
			return j + 2
		}
	}
	return 0
}

// meridiem returns how many tokens "a.m.", "p.m.", "am" or "pm" take at
// j, or 0.
func (s *dateScanner) meridiem(j int) int {
	switch s.lower(j) {
	case "am", "pm":
		return 1
	case "a", "p":
		if s.lower(j+1) == "." && s.lower(j+2) == "m" {
			if s.lower(j+3) == "." {
				return 4
			}
			return 3
		}
	}
	return 0
}

// clockDigits returns the hour of a time written in digits ("6", "10.30",
// "0600", "18.00"), or -1 when w is no such time.
func clockDigits(w string) int {
	h, m, dotted := strings.Cut(w, ".")
	if dotted && (len(m) != 2 || !isAllDigits(m) || m > "59") {
		return -1
	}
	if !dotted && len(h) == 4 && isAllDigits(h) && h[2:] <= "59" {
		h = h[:2] // "0600"
	}
	if h == "" || len(h) > 2 || !isAllDigits(h) {
		return -1
	}
	n, _ := strconv.Atoi(h)
	if n > 24 {
		return -1
	}
	return n
}

// isHourOfDay reports whether w names a time of day: a word WordNet puts
// one step below "hour" in its sense of a time of day ("dusk", "dawn",
// "nightfall", "midday", "midnight", "daybreak"). "Hour" itself, and
// the parts of the day isDayPart reads, are not: "at night" and "by
// day" are habits more often than days.
func isHourOfDay(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || w == "hour" || w == "time" || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || leadsNoun(w) || isVerbForm(w) {
		return false // cheap refusals first: "by rebels", "at their", "by giving", "by armed"
	}
	return wordnet.Load().HasKin(w, "hour")
}

// counted reads a count of days, weeks, months or years and its
// direction: "two days later", "a few weeks after the vote", "three
// months earlier", "two years ago", "two days after January 10".
func (s *dateScanner) counted(at scanAt) (*dateExpr, int) {
	j, from := at.j, at.from
	n, vague, k := s.countAt(j)
	if n == 0 {
		return s.countedVague(j, from)
	}
	unit, dir := s.lower(k), s.lower(k+1)
	if dir == "ago" {
		if e, next := s.anniversaryAgo(unit, n, vague, k+2); e != nil {
			return e, next
		}
		return agoExpr(unit, n, vague), k + 2
	}
	sign := countDirection(dir)
	if sign == 0 || s.lower(from-1) == "for" {
		return nil, 0 // "fighting went on for two days after"
	}
	e, next := s.countedFrom(countedExpr(unit, sign*n), unit, dir, vague, k+2, from)
	if e != nil && s.isFewDays(j, unit) {
		e.toMonth = true
	}
	return e, next
}

// isFewDays reports whether the count at token j is "a few" days (rule
// vague-days): "Hadi was appointed vice-president a few days later" is
// some day of the month the count reaches, which the text does not give,
// as "days later" gives none. "Several days later" keeps its day
// (TestResolveDates): read as a month, it lost the one such event dev
// expects.
func (s *dateScanner) isFewDays(j int, unit string) bool {
	return s.off.on(ruleVagueDays) && s.lower(j) == "a" && s.lower(j+1) == "few" && strings.HasPrefix(unit, "day")
}

// countDirection is the way a span's direction word counts: 1 forward
// ("later", "after"), -1 back ("earlier", "before"), 0 for any other.
func countDirection(dir string) int {
	switch dir {
	case "later", "after":
		return 1
	case "earlier", "before":
		return -1
	}
	return 0
}

// countedFrom finishes e, a span counted from a point ("two days later",
// "a few weeks after the vote"), whose direction word dir ends before
// next: a vague count makes it approximate, and "after" or "before"
// takes the point the text gives after it. It returns nil for a unit
// countedExpr cannot count.
func (s *dateScanner) countedFrom(e *dateExpr, unit, dir string, vague bool, next, from int) (*dateExpr, int) {
	if e == nil {
		return nil, 0
	}
	if vague {
		e.mod = ModApprox
		// "a few weeks later": some day weeks on, which the text does
		// not give; the month it falls in, as "the following week".
		e.toMonth = strings.HasPrefix(unit, "week") && s.off.on(ruleVagueWeeks)
	}
	if dir == "after" || dir == "before" {
		next = s.countedBase(e, next)
		// "exactly one year after Morsi was sworn in": to the day.
		e.exact = e.yearsBeforeClause && s.lower(from-1) == "exactly"
	}
	return e, next
}

// countedVague reads a span with no count before its direction: "weeks
// later", "months after the coup", "weeks before the vote". Months may
// cross into another month, so they date only the year of what they
// count from, approximately, as "within weeks" does (see vagueSpan);
// weeks keep the month their window lies in (see vagueWeeks). "Days
// later" is read as a few days (see relativeSameDay).
func (s *dateScanner) countedVague(j, from int) (*dateExpr, int) {
	switch s.lower(j + 1) {
	case "later", "after", "earlier", "before":
	default:
		return nil, 0
	}
	e := vagueSpan(s.lower(j))
	if e == nil || s.lower(from-1) == "for" {
		return nil, 0 // "fighting went on for weeks after"
	}
	if s.lower(j) == "weeks" && s.off.on(ruleWeeksWindow) {
		e = vagueWeeks(14, 28) // "weeks later": two weeks on at least, a few at most
	}
	next := j + 2
	if w := s.lower(j + 1); w == "after" || w == "before" {
		next = s.countedBase(e, next)
	}
	return e, next
}

// vagueSpan is the date a span of weeks or months with no exact count
// gives, counted from the day before: only that day's year,
// approximately, and only in a past clause, which tells what happened
// then. It returns nil for any other unit: "days" is near enough to keep
// its day, "years" too far to keep its year.
func vagueSpan(unit string) *dateExpr {
	switch unit {
	case "weeks", "months", "month":
		e := relDay(0)
		e.toYear, e.pastOnly = true, true
		return e
	}
	return nil
}

// countAt reads the count at j: a number word, digits, or a vague "a
// few" or "several" (taken as three). It returns the count, whether it
// is vague, and the token after it; a count of 0 means none.
func (s *dateScanner) countAt(j int) (int, bool, int) {
	switch t, _ := s.tok(j); {
	case isVagueNumber(t.lower):
		return 3, true, j + 1
	case t.lower == "a" && s.lower(j+1) == "few":
		return 3, true, j + 2
	case numberWord(t.lower) > 0:
		return numberWord(t.lower), false, j + 1
	case t.plain && t.num > 0 && t.num <= 366:
		return t.num, false, j + 1
	}
	return s.compoundCount(j)
}

// compoundCount reads a count of tens written in words at token j and
// the unit joined to it by a hyphen ("thirty-five years ago"), as
// countAt returns one (rule compound-count): without it the count was
// read from the unit alone ("five years ago"). Tens alone ("fifty years
// after the Days of Rage") stay uncounted, as before: on dev, reading
// them dated present views and tallies ("former members still
// disagree"), no happening.
func (s *dateScanner) compoundCount(j int) (int, bool, int) {
	tens := teenOrTens(s.lower(j))
	if !s.off.on(ruleCompoundCount) || tens == 0 {
		return 0, false, j
	}
	w := s.lower(j + 2)
	if unit := numberWord(w); tens%10 == 0 && s.lower(j+1) == "-" && unit > 0 && unit < 10 && w != "a" && w != "an" {
		return tens + unit, false, j + 3
	}
	return 0, false, j
}

// countedExpr makes the expression for delta units from the anchor, or
// nil for a unit that is no span of the calendar. Years count from the
// narrative year: "two years later".
func countedExpr(unit string, delta int) *dateExpr {
	switch unit {
	case "day", "days":
		return &dateExpr{kind: exRelDay, delta: delta, prec: PrecisionDay}
	case "week", "weeks":
		return &dateExpr{kind: exRelDay, delta: delta * 7, prec: PrecisionDay}
	case "month", "months":
		return &dateExpr{kind: exRelMonth, delta: delta, prec: PrecisionMonth}
	case "year", "years":
		return &dateExpr{kind: exCalendar, yref: yrCtx, delta: delta, prec: PrecisionYear}
	}
	return nil
}

// countedBase reads what a count "after" or "before" counts from, at
// token next: a calendar date ("two days after January 10") becomes its
// base; otherwise it notes whether a clause follows ("a day after Aliyev
// announced"). It returns the token after what it read.
func (s *dateScanner) countedBase(e *dateExpr, next int) int {
	if b, bn := s.parse(next, false); b != nil && e.kind != exCalendar && b.kind == exCalendar && b.prec >= e.prec {
		e.base = b
		return bn
	}
	e.beforeClause = e.kind == exRelDay && s.clauseAt(next)
	e.yearsBeforeClause = s.off.on(ruleYearsAfterClause) && e.kind == exCalendar && e.yref == yrCtx && s.clauseAt(next)
	return next
}

// agoExpr reads "two days ago", "a week ago", "three months ago", "two
// years ago": counted back from the moment of writing (a report's
// dateline, else the briefing's date), not from the narrative. A week is
// approximate, as "last week" is. It returns nil for any other unit.
func agoExpr(unit string, n int, vague bool) *dateExpr {
	var e *dateExpr
	switch unit {
	case "day", "days":
		e = &dateExpr{kind: exNowDay, delta: -n, prec: PrecisionDay}
	case "week", "weeks":
		e = &dateExpr{kind: exNowDay, delta: -7 * n, prec: PrecisionDay, mod: ModApprox}
	case "month", "months":
		e = &dateExpr{kind: exRefMonth, delta: -n, prec: PrecisionMonth}
	case "year", "years":
		e = &dateExpr{kind: exCalendar, yref: yrRefThis, delta: -n, prec: PrecisionYear}
	default:
		return nil
	}
	if vague {
		e.mod = ModApprox
	}
	return e
}

// clauseAt reports whether a clause, rather than a noun phrase, starts at
// token i: a finite verb within its first four words, before any
// punctuation ("Aliyev announced", "the army had withdrawn"; not "the
// election"), or an auxiliary within its first six, after a longer
// subject ("the last UN soldiers had left"). Past four words a bare
// participle is as often a reduced relative ("the arrival of troops
// sent by …"), and only an auxiliary makes a clause, or, with
// ruleLongSubject, a regular past within eight words not followed by
// "by" ("the leaders of the five coalition parties agreed").
func (s *dateScanner) clauseAt(i int) bool {
	reach := 6
	if s.off.on(ruleLongSubject) {
		reach = 8
	}
	for n, k := 0, i; n < reach && k < len(s.toks); n, k = n+1, s.wordEnd(k) {
		t := s.toks[k]
		if s.wordEnd(k) > k+1 {
			continue // "the 93-year-old president": a modifier or a noun, never the clause's verb
		}
		if !unicode.IsLetter([]rune(t.text)[0]) {
			return false
		}
		if n > 0 && (n < 4 && isVerbForm(t.lower) || n < 6 && isPastAuxiliary(t.lower)) {
			return true
		}
		if n >= 4 && isRegularPast(t.lower) && s.lower(k+1) != "by" && s.off.on(ruleLongSubject) {
			return true // "a day after the leaders of the five coalition parties agreed"; not "troops deployed by"
		}
	}
	return false
}

// wordEnd returns the token after the word at k: past the hyphens that
// join it to the next tokens with no space between ("93-year-old",
// "vice-president") under rule hyphen-compound, else k+1.
func (s *dateScanner) wordEnd(k int) int {
	if !s.off.on(ruleHyphenCompound) {
		return k + 1
	}
	for k+2 < len(s.toks) && s.toks[k+1].text == "-" && s.toks[k+1].start == s.toks[k].end && s.toks[k+2].start == s.toks[k+1].end && isWordRune([]rune(s.toks[k+2].text)[0]) && isWordRune([]rune(s.toks[k].text)[0]) {
		k += 2
	}
	return k + 1
}

// within reads "within two days", "within a week", "within weeks": at
// most that long after the day before, dated at its bound and
// approximate.
func (s *dateScanner) within(at scanAt) (*dateExpr, int) {
	if s.lower(at.j) != "within" {
		return nil, 0
	}
	k := at.j + 1
	if isApproximator(s.lower(k)) && s.off.on(ruleWithinWeeks) {
		k++ // "within about two weeks": the count is approximate already
	}
	t, _ := s.tok(k)
	n := numberWord(t.lower)
	if n == 0 && t.plain && t.num > 0 && t.num <= 31 {
		n = t.num
	}
	if h := s.lower(k + 1); (h == "hours" || h == "hour") && t.plain && t.num > 0 && t.num <= 72 {
		// "within 48 hours": the day the count of whole days reaches,
		// approximately; under a day is the anchor's own day, as
		// "within hours" is.
		e := relDay(t.num / 24)
		e.mod, e.pastOnly = ModApprox, true
		return e, k + 2
	}
	if n == 0 {
		return s.withinVague(k)
	}
	switch s.lower(k + 1) {
	case "day", "days":
	case "week", "weeks":
		e := &dateExpr{kind: exRelDay, delta: n * 7, prec: PrecisionDay, mod: ModApprox}
		e.window = s.off.on(ruleWithinWeeks)
		return e, k + 2
	case "month":
		if n != 1 {
			return nil, 0
		}
		return vagueSpan("month"), k + 2 // "within a month of the coup"
	default:
		return nil, 0
	}
	return &dateExpr{kind: exRelDay, delta: n, prec: PrecisionDay, mod: ModApprox, withinBound: true}, k + 2
}

// withinVague reads "within days", "within weeks", "within months" at k,
// in a past clause: the month of a few days after the day before, or,
// for weeks and months, which may cross into the next month, only that
// day's year, approximate. The writer gives no count, so the date keeps
// no day: a timeline that showed one would claim more than the text.
func (s *dateScanner) withinVague(k int) (*dateExpr, int) {
	switch s.lower(k) {
	case "days":
		e := relDay(3)
		e.mod, e.pastOnly, e.toMonth = ModApprox, true, true
		return e, k + 1
	case "weeks", "months":
		return vagueSpan(s.lower(k)), k + 1
	}
	return nil, 0
}

// thatDayOpener reports whether "that day" after w is a time ("On that
// day", sentence-initial "That night") rather than a noun phrase ("the
// attack that day").
func thatDayOpener(w string) bool {
	switch w {
	case "", "on", "later", "earlier", ",", "and", "by":
		return true
	}
	return false
}

// closesPhrase reports whether token w ends the phrase before it: a
// mark of punctuation, the end of the sentence, or a word that opens
// another phrase or clause.
func closesPhrase(w string) bool {
	switch w {
	case "", ",", ".", ";", ":", "!", "?", "and", "but", "as", "when", "after", "before", "in", "at", "on", "near", "outside":
		return true
	}
	return false
}

// isSectionNumber reports whether w numbers a paragraph, as fact
// sheets and reports do ("3.3 That evening the council …"): digits
// with dots between. What follows it opens the sentence.
func isSectionNumber(w string) bool {
	return strings.Contains(w, ".") && isAllDigits(strings.ReplaceAll(w, ".", ""))
}

// startsDate reports whether a calendar date starts at token i.
func (s *dateScanner) startsDate(i int) bool {
	e, _ := s.parse(i, false)
	return e != nil && e.kind == exCalendar
}

// isLetterFirst reports whether s opens with a letter, decoded without
// allocating.
func isLetterFirst(s string) bool {
	r, _ := firstRune(s)
	return unicode.IsLetter(r)
}

// movableFeast reads, at j, the name of a feast that moves with Easter,
// two capitalised words ("Good Friday", "Easter Monday", "Palm Sunday"),
// perhaps with its year ("Easter Monday 1916"). Its day depends on the
// year, which a date without one learns only from the narrative, so it
// is kept as an offset from Easter Sunday (see easterSunday) and placed
// once the year is known (see resolver.calendar).
func (s *dateScanner) movableFeast(j int) (*dateExpr, int) {
	if !s.off.on(ruleMovableFeast) {
		return nil, 0
	}
	second, _ := s.tok(j + 1)
	if !second.upper {
		return nil, 0
	}
	offset, ok := easterOffset(s.lower(j), s.lower(j+1))
	if !ok {
		return nil, 0
	}
	// The month and day of some year stand in until the year is known,
	// for the checks that read them.
	d := Date{Year: 2000, Precision: PrecisionDay}
	placeFeast(&d, offset)
	return s.withYear(&dateExpr{kind: exCalendar, month: d.Month, day: d.Day, prec: PrecisionDay, easter: true, offset: offset}, j+2)
}

// easterOffset returns how many days from Easter Sunday the feast named
// by the two words a and b falls: the start of Lent, the days of Holy
// Week, Easter, and the feasts counted from it that English names with a
// day's name.
func easterOffset(a, b string) (int, bool) {
	for _, f := range [...]struct {
		a, b   string
		offset int
	}{
		{"shrove", "tuesday", -47}, {"ash", "wednesday", -46}, {"palm", "sunday", -7}, {"maundy", "thursday", -3}, {"good", "friday", -2}, {"holy", "saturday", -1},
		{"easter", "sunday", 0}, {"easter", "day", 0}, {"easter", "monday", 1},
		{"ascension", "day", 39}, {"whit", "sunday", 49}, {"whit", "monday", 50},
	} {
		if a == f.a && b == f.b {
			return f.offset, true
		}
	}
	return 0, false
}

// easterSunday returns the date of Easter Sunday in the Gregorian year y,
// by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
func easterSunday(y int) (int, int, int) {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return y, month, day
}

// placeFeast sets d, a movable feast's date whose year is known, to the
// feast's month and day in that year.
func placeFeast(d *Date, offset int) {
	y, m, day := easterSunday(d.Year)
	d.Year, d.Month, d.Day = addDays(y, m, day, offset)
}
