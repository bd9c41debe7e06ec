package corpus

import (
	"slices"
	"strings"
	"time"
	"unicode"
)

// dateExtractor recognises and resolves the time expressions of briefing
// sentences. It holds only immutable lookup tables built by
// newDateExtractor, so one value may serve any number of goroutines.
//
// Recognition is plain token scanning, no regular expressions, so that
// extraction stays linear in the size of the corpus.
type dateExtractor struct {
	months     map[string]int  // "january", "jan", "sept" → 1..12
	fullMonths []string        // "january".."december", for misspellings
	numbers    map[string]int  // "one".."twelve", "a"
	vague      map[string]bool // counts read as "a few" (approximate)
	// yearCue are the words after which a bare four-digit number is a year.
	yearCue map[string]bool
	// exclude are the words that make a date a reference point ("since
	// 1991", "after 2011") or a bound ("until 2012") rather than the time
	// of a happening.
	exclude map[string]bool
	// future are lower-case phrases that announce a happening to come.
	future []string
	// hedges are lower-case phrases that make a clause hypothetical.
	hedges []string
}

// newDateExtractor builds the lookup tables once per extraction run.
func newDateExtractor() *dateExtractor {
	full := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	x := &dateExtractor{
		months:     map[string]int{},
		fullMonths: full,
		numbers: map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
			"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12},
		vague: map[string]bool{"several": true, "few": true, "some": true},
		yearCue: map[string]bool{"in": true, "by": true, "of": true, "during": true, "since": true,
			"until": true, "till": true, "from": true, "to": true, "around": true, "circa": true,
			"early": true, "mid": true, "late": true, "beginning": true, "start": true, "end": true,
			"middle": true, "spring": true, "summer": true, "autumn": true, "fall": true,
			"winter": true, "throughout": true, "after": true, "before": true, "and": true},
		exclude: map[string]bool{"since": true, "until": true, "till": true, "prior": true, "from": true,
			"before": true, "after": true},
		future: []string{"will ", "won't ", "is scheduled", "are scheduled", "is due to", "are due to",
			"comes up for", "come up for", "is expected to", "are expected to", "is set to",
			"are set to", "is to be", "are to be", "plans to", "plan to", "scheduled for",
			"planned for", "slated", "set for", "due in", "upcoming"},
		hedges: []string{"whether", " could ", " might "},
	}
	for i, m := range full {
		x.months[m] = i + 1
		x.months[m[:3]] = i + 1
	}
	x.months["sept"] = 9
	return x
}

// token is one word of a sentence, with its byte offsets in the sentence.
type token struct {
	text       string // as written (may be a rest after "mid-")
	lower      string
	start, end int
}

// mention is one time expression found in a sentence, before resolution.
type mention struct {
	start, end int // token range
	year       int // explicit year, or 0
	month, day int
	modifier   string
	thatYear   bool // "of that year": the narrative year
	last       bool // "last March": the latest March before the reference
	relative   bool // counts days from the anchor
	offset     int  // days after the anchor
	excluded   bool // a reference point or bound, not a happening
	named      bool // "the revolution of 2004": sets no narrative year
	// fromRef counts from the reference date: "last year" is -1 with
	// unit PrecisionYear, "this month" is 0 with unit PrecisionMonth.
	fromRef bool
	unit    Precision
}

// sentenceDates finds the dates of the happenings a sentence reports,
// resolving them against ctx and updating ctx as the narrative moves on.
// mentioned reports whether the sentence held any time expression at all.
// masked is the sentence with quoted speech blanked out (see maskQuotes).
// buf is scratch space for tokens, reused from sentence to sentence.
func (x *dateExtractor) sentenceDates(masked string, ctx *narrative, buf *[]token) (dates []Date, mentioned bool) {
	if !x.mayHoldDate(masked) {
		return nil, false
	}
	if strings.HasPrefix(masked, " ") {
		// Sentences are trimmed, so a leading blank is a masked quote:
		// the sentence opens with quoted speech ("“We will ...,” he said
		// on March 4."), which reports words, not a happening.
		return nil, true
	}
	trimmed := strings.TrimRight(masked, " ”’\"')")
	if strings.HasSuffix(trimmed, "?") {
		return nil, false
	}
	lowerS := lowerASCII(masked)
	*buf = tokenize(masked, lowerS, (*buf)[:0])
	toks := *buf
	ms := x.findMentions(toks)
	if len(ms) == 0 {
		return nil, false
	}
	hypothetical := len(toks) > 0 && (toks[0].lower == "if" || toks[0].lower == "unless" || toks[0].lower == "should")
	// A relative day counts from the date just before it in the same
	// sentence ("on Jan. 8, and ... three days later"), else from the
	// previous dated sentence of the paragraph.
	var local Date
	for _, m := range ms {
		if m.excluded {
			continue
		}
		clause := clauseAt(lowerS, toks[m.start].start)
		if hypothetical || containsAny(clause, x.hedges) {
			continue
		}
		if m.relative && hasExplicit(ms, toks, lowerS, toks[m.start].start) {
			// "On January 12, the following day by some accounts, ...":
			// the clause's own date wins.
			continue
		}
		scheduled := containsAny(clause, x.future)
		anchor := ctx.anchor
		if local.Precision != PrecisionNone {
			anchor = local
		}
		d, ok := resolve(m, ctx, anchor, scheduled)
		if m.year != 0 && m.year != ctx.year && !m.named {
			ctx.year, ctx.month = m.year, 0
		}
		if !ok {
			continue
		}
		if d.Year == ctx.year && d.Precision >= PrecisionMonth && !d.Scheduled {
			ctx.month = d.Month
		}
		local = d
		if !slices.Contains(dates, d) {
			dates = append(dates, d)
		}
	}
	if len(dates) > 0 {
		ctx.anchor = latest(dates)
	}
	return dates, true
}

// hasExplicit reports whether the clause around byte offset at holds a
// mention that is not relative and not excluded.
func hasExplicit(ms []mention, toks []token, lowerS string, at int) bool {
	start, end := clauseBounds(lowerS, at)
	for _, m := range ms {
		if off := toks[m.start].start; !m.relative && !m.excluded && off >= start && off < end {
			return true
		}
	}
	return false
}

// latest returns the anchor a later "the following day" counts from: the
// chronologically last full-day date of ds (the narrative moves forward),
// or, when none is a full day, the first of ds, from which no day counts.
func latest(ds []Date) Date {
	best := Date{}
	for _, d := range ds {
		if d.Precision == PrecisionDay && (best.Precision != PrecisionDay || compareDates(d, best) > 0) {
			best = d
		}
	}
	if best.Precision == PrecisionNone {
		return ds[0]
	}
	return best
}

// resolve turns a mention into a calendar date, in the spirit of
// HeidelTime's news mode:
//   - a relative day counts from anchor, and needs it to be a full day;
//   - a month without a year takes the narrative year (the next one when
//     the month comes before the narrative's last month), else the reference
//     year, and a past happening never lands after the reference date, so
//     "December 20" in a briefing of early January is the previous year;
//   - a scheduled happening may lie after the reference date; without a
//     year it takes the reference year, or the next when that would put
//     it before the reference date;
//   - what cannot be placed in a year is not placed at all (ok false).
func resolve(m mention, ctx *narrative, anchor Date, scheduled bool) (Date, bool) {
	refKnown := !ctx.ref.IsZero()
	if m.relative {
		a := anchor
		if a.Precision != PrecisionDay {
			return Date{}, false
		}
		t := time.Date(a.Year, time.Month(a.Month), a.Day+m.offset, 0, 0, 0, 0, time.UTC)
		d := Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: PrecisionDay, Modifier: m.modifier}
		d.Scheduled = scheduled && afterRef(d, ctx)
		return d, true
	}
	if m.fromRef {
		if !refKnown {
			return Date{}, false
		}
		d := Date{Year: ctx.ref.Year() + m.offset, Precision: PrecisionYear, Modifier: m.modifier}
		if m.unit == PrecisionMonth {
			t := time.Date(ctx.ref.Year(), ctx.ref.Month()+time.Month(m.offset), 1, 0, 0, 0, 0, time.UTC)
			d = Date{Year: t.Year(), Month: int(t.Month()), Precision: PrecisionMonth, Modifier: m.modifier}
		}
		d.Scheduled = scheduled && afterRef(d, ctx)
		return d, true
	}
	d := Date{Year: m.year, Month: m.month, Day: m.day, Modifier: m.modifier}
	switch {
	case m.day > 0:
		d.Precision = PrecisionDay
	case m.month > 0:
		d.Precision = PrecisionMonth
	default:
		d.Precision = PrecisionYear
	}
	switch {
	case m.year != 0:
	case m.thatYear:
		if ctx.year == 0 {
			return Date{}, false
		}
		d.Year = ctx.year
	case m.last:
		if !refKnown {
			return Date{}, false
		}
		d.Year = ctx.ref.Year()
		if m.month >= int(ctx.ref.Month()) {
			d.Year--
		}
	default:
		// An announcement looks forward from the reference date, so it
		// does not take the year of the story told before it.
		fromNarrative := ctx.year != 0 && !(scheduled && refKnown)
		switch {
		case fromNarrative:
			d.Year = ctx.year
			if m.month > 0 && m.month < ctx.month {
				// The story moves forward: "in November 2013 ... In
				// mid-January" is the next January, unless that is
				// still to come on the reference date.
				next := d
				next.Year++
				if first, _ := next.span(); !refKnown || scheduled || first <= refDay(ctx) {
					d = next
				}
			}
		case refKnown:
			d.Year = ctx.ref.Year()
		default:
			return Date{}, false
		}
		if refKnown {
			first, last := d.span()
			ref := dayNumber(ctx.ref.Year(), int(ctx.ref.Month()), ctx.ref.Day())
			if !scheduled && first > ref {
				d.Year--
			} else if scheduled && !fromNarrative && last < ref {
				d.Year++
			}
		}
	}
	if d.Precision == PrecisionDay && d.Day > daysIn(d.Year, d.Month) {
		return Date{}, false
	}
	d.Scheduled = scheduled && afterRef(d, ctx)
	return d, true
}

// refDay is the reference date as a day number; the reference must be known.
func refDay(ctx *narrative) int {
	return dayNumber(ctx.ref.Year(), int(ctx.ref.Month()), ctx.ref.Day())
}

// afterRef reports whether d may lie on or after the reference date, as an
// announced happening must; with no reference every announcement counts.
func afterRef(d Date, ctx *narrative) bool {
	if ctx.ref.IsZero() {
		return true
	}
	_, last := d.span()
	return last >= dayNumber(ctx.ref.Year(), int(ctx.ref.Month()), ctx.ref.Day())
}

// findMentions scans tokens for time expressions, left to right, without
// overlaps.
func (x *dateExtractor) findMentions(toks []token) []mention {
	var out []mention
	for i := 0; i < len(toks); {
		m, ok := x.mentionAt(toks, i)
		if !ok {
			i++
			continue
		}
		out = append(out, m)
		i = m.end
	}
	return out
}

// mentionAt tries to read a time expression starting at token i.
func (x *dateExtractor) mentionAt(toks []token, i int) (mention, bool) {
	if m, ok := x.relativeAt(toks, i); ok {
		return m, true
	}
	if w := toks[i].lower; (w == "last" || w == "this") && i+1 < len(toks) {
		off := 0
		if w == "last" {
			off = -1
		}
		switch toks[i+1].lower {
		case "year":
			return x.finish(toks, mention{start: i, end: i + 2, fromRef: true, unit: PrecisionYear, offset: off}), true
		case "month":
			return x.finish(toks, mention{start: i, end: i + 2, fromRef: true, unit: PrecisionMonth, offset: off}), true
		}
	}
	m := mention{start: i}
	j := i
	// Modifier: early, mid, late; "the beginning/start/end/middle of".
	switch toks[j].lower {
	case "early", "mid", "late":
		m.modifier = toks[j].lower
		j++
	case "the", "beginning", "start", "end", "middle":
		k := j
		if toks[k].lower == "the" {
			k++
		}
		if k+1 < len(toks) && toks[k+1].lower == "of" {
			switch toks[k].lower {
			case "beginning", "start":
				m.modifier = "early"
			case "end":
				m.modifier = "late"
			case "middle":
				m.modifier = "mid"
			}
			if m.modifier != "" {
				j = k + 2
			}
		}
	}
	if j >= len(toks) {
		return mention{}, false
	}
	prev := ""
	if i > 0 {
		prev = toks[i-1].lower
	}
	// Day before month: "24 March 2013", "On 19 December", "the 5th of May".
	if d, ok := dayNumberOf(toks[j].text); ok && j+1 < len(toks) {
		k := j + 1
		if toks[k].lower == "of" && k+1 < len(toks) {
			k++
		}
		if mo, ok := x.monthOf(toks, k, prev, true); ok {
			m.day, m.month = d, mo
			m.end = k + 1
			x.yearAfter(toks, &m)
			return x.finish(toks, m), true
		}
	}
	if mo, ok := x.monthOf(toks, j, prev, m.modifier != ""); ok {
		m.month = mo
		m.end = j + 1
		if prev == "last" {
			m.last = true
			m.start = i - 1
		}
		if m.end < len(toks) {
			if d, ok := dayNumberOf(firstOfRange(toks[m.end].text)); ok {
				m.day = d // "January 10" or the start of "January 10-12"
				m.end++
			}
		}
		x.yearAfter(toks, &m)
		if m.year == 0 && m.end+2 < len(toks) && toks[m.end].lower == "of" &&
			(toks[m.end+1].lower == "that" || toks[m.end+1].lower == "the") &&
			(toks[m.end+2].lower == "year" || toks[m.end+2].lower == "same" && m.end+3 < len(toks) && toks[m.end+3].lower == "year") {
			m.thatYear = true
			m.end += 3
			if toks[m.end-1].lower == "same" {
				m.end++
			}
			m.last = false
		}
		return x.finish(toks, m), true
	}
	if y, ok := yearOf(toks[j].text); ok {
		cue := m.modifier != "" || j == 0 || x.yearCue[toks[j-1].lower]
		if cue {
			m.year = y
			m.end = j + 1
			// "the Orange Revolution of 2004" names a thing; it does not
			// move the narrative to 2004.
			m.named = m.modifier == "" && j > 0 && toks[j-1].lower == "of"
			return x.finish(toks, m), true
		}
	}
	return mention{}, false
}

// finish marks reference points and bounds ("since 1991", "until the
// beginning of 2012", "prior to 2001").
func (x *dateExtractor) finish(toks []token, m mention) mention {
	k := m.start - 1
	for k >= 0 && (toks[k].lower == "on" || toks[k].lower == "in" || toks[k].lower == "to" || toks[k].lower == "the") {
		if toks[k].lower == "to" {
			k--
			break
		}
		k--
	}
	if k >= 0 && x.exclude[toks[k].lower] {
		m.excluded = true
	}
	if m.start > 0 && m.modifier == "" {
		switch toks[m.start-1].lower {
		case "around", "about", "circa", "approximately", "roughly":
			m.modifier = "approx"
		}
	}
	return m
}

// yearAfter reads an explicit year right after a month expression.
func (x *dateExtractor) yearAfter(toks []token, m *mention) {
	if m.end < len(toks) {
		if y, ok := yearOf(toks[m.end].text); ok {
			m.year = y
			m.end++
		}
	}
}

// relativeAt reads "the following day", "the next night", "the same day",
// "two days after", "several days later".
func (x *dateExtractor) relativeAt(toks []token, i int) (mention, bool) {
	w := toks[i].lower
	if (w == "following" || w == "next" || w == "same") && i > 0 && (toks[i-1].lower == "the" || toks[i-1].lower == "that") && i+1 < len(toks) {
		switch toks[i+1].lower {
		case "day", "night", "morning", "evening", "afternoon":
			off := 1
			if w == "same" {
				off = 0
			}
			return mention{start: i - 1, end: i + 2, relative: true, offset: off}, true
		}
	}
	// "the day after", "the day before".
	if w == "day" && i > 0 && toks[i-1].lower == "the" && i+1 < len(toks) {
		switch toks[i+1].lower {
		case "after":
			return mention{start: i - 1, end: i + 2, relative: true, offset: 1}, true
		case "before":
			return mention{start: i - 1, end: i + 2, relative: true, offset: -1}, true
		}
	}
	// "N days later", "N days after", "a few days later", "two weeks later".
	if !isDayUnitNear(toks, i) {
		return mention{}, false
	}
	j := i
	n, approx := 0, false
	if x.vague[w] {
		n, approx = 3, true
	} else if v, ok := x.numbers[w]; ok {
		n = v
		if w == "a" && j+1 < len(toks) && toks[j+1].lower == "few" {
			n, approx = 3, true
			j++
		}
	} else if v, ok := dayNumberOf(toks[i].text); ok && toks[i].text == toks[i].lower {
		n = v
	} else {
		return mention{}, false
	}
	if j+2 >= len(toks) {
		return mention{}, false
	}
	switch toks[j+1].lower {
	case "day", "days", "night", "nights":
	case "week", "weeks":
		n *= 7
		approx = true
	default:
		return mention{}, false
	}
	if dir := toks[j+2].lower; dir != "later" && dir != "after" {
		return mention{}, false
	}
	m := mention{start: i, end: j + 3, relative: true, offset: n}
	if approx {
		m.modifier = "approx"
	}
	return m, true
}

// isDayUnitNear is a cheap guard for relativeAt: one of the two tokens
// after i must be "day(s)" or "night(s)".
func isDayUnitNear(toks []token, i int) bool {
	for k := i + 1; k <= i+2 && k < len(toks); k++ {
		switch toks[k].lower {
		case "day", "days", "night", "nights", "week", "weeks":
			return true
		}
	}
	return false
}

// firstOfRange returns the first number of a range such as "10-12" or
// "10–12", or s unchanged.
func firstOfRange(s string) string {
	if i := strings.IndexAny(s, "-–"); i > 0 {
		return s[:i]
	}
	return s
}

// monthOf reads a month name at token j: full, abbreviated ("Jan.",
// "Sept."), or misspelt by one edit ("Januray"). Abbreviations, misspellings
// and the ambiguous "May" need a day or year after them, or (for "May") a
// date word before, to count.
func (x *dateExtractor) monthOf(toks []token, j int, prev string, cued bool) (int, bool) {
	t := toks[j]
	if t.text == "" || !unicode.IsUpper(rune(t.text[0])) {
		return 0, false
	}
	numberAfter := false
	if j+1 < len(toks) {
		_, isDay := dayNumberOf(firstOfRange(toks[j+1].text))
		_, isYear := yearOf(toks[j+1].text)
		numberAfter = isDay || isYear
	}
	if mo, ok := x.months[t.lower]; ok {
		full := len(t.lower) > 3 && t.lower != "sept"
		switch {
		case t.lower == "may":
			return mo, numberAfter || cued || x.yearCue[prev] || prev == "last" || prev == "on"
		case full:
			return mo, true
		default:
			return mo, numberAfter
		}
	}
	if !numberAfter || len(t.lower) < 6 {
		return 0, false
	}
	for i, name := range x.fullMonths {
		if len(name) >= 6 && withinOneEdit(t.lower, name) {
			return i + 1, true
		}
	}
	return 0, false
}

// dayNumberOf reads a day of the month: "5", "19", "3rd", "21st".
func dayNumberOf(s string) (int, bool) {
	n, i := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
		if i > 2 {
			return 0, false
		}
	}
	if i == 0 {
		return 0, false
	}
	switch strings.ToLower(s[i:]) {
	case "", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	return n, n >= 1 && n <= 31
}

// yearOf reads a four-digit year between 1000 and 2199.
func yearOf(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, n >= 1000 && n < 2200
}

// withinOneEdit reports whether a and b (ASCII lower case) differ by at
// most one insertion, deletion, substitution or swap of adjacent letters.
func withinOneEdit(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := len(a), len(b)
	switch {
	case la == lb:
		i := 0
		for i < la && a[i] == b[i] {
			i++
		}
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case la == lb+1:
		a, b = b, a
		fallthrough
	case la+1 == lb:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}

// mayHoldDate is a cheap filter run before tokenizing: a time expression
// needs a digit, a capitalised word starting like a month, or one of the
// words relative days are counted in.
func (x *dateExtractor) mayHoldDate(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			return true
		}
		if i > 0 && s[i-1] != ' ' && s[i-1] != '-' {
			continue // only word starts matter below
		}
		switch {
		case c >= 'A' && c <= 'Z' && i+3 <= len(s):
			var w [3]byte
			for k := range 3 {
				w[k] = s[i+k] | 0x20
			}
			if _, ok := x.months[string(w[:])]; ok {
				return true
			}
		case c == 'y':
			if strings.HasPrefix(s[i:], "year") {
				return true
			}
		case c == 'd' || c == 'n' || c == 'm' || c == 'e' || c == 'a' || c == 'w':
			r := s[i:]
			if strings.HasPrefix(r, "day") || strings.HasPrefix(r, "night") || strings.HasPrefix(r, "week") ||
				strings.HasPrefix(r, "month") ||
				strings.HasPrefix(r, "morning") || strings.HasPrefix(r, "evening") ||
				strings.HasPrefix(r, "afternoon") {
				return true
			}
		}
	}
	return false
}
