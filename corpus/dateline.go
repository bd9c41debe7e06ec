package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxDateline bounds how far into a paragraph a dateline is looked for.
const maxDateline = 160

// findDateline reads a news dateline at the start of a paragraph: a place
// in capitals (or in capitalised words), perhaps a region or country
// after it, a month and day (and perhaps a year), perhaps the agency in
// brackets, perhaps in bold, and a dash: "NAIROBI, Jan. 3 —", "GANJA,
// Azerbaijan, Oct. 4 (Meridian) —", "NAYPYITAW, Feb. 1, 2021 --",
// "**Osh, 12 June** -". It returns the date and the byte offset just
// after the dash, or 0 when the paragraph has no dateline.
func findDateline(s string) (dateExpr, int) {
	head := s[:min(len(s), maxDateline)]
	open := len(head) - len(trimLeft(head, "*_"))
	comma := strings.IndexByte(head, ',')
	if comma < open+2 || !isDatelinePlace(head[open:comma]) {
		return dateExpr{}, 0
	}
	dash, width := firstDash(head)
	if dash < comma {
		return dateExpr{}, 0
	}
	seg := datelineDateText(head[comma+1 : dash])
	es := scanDates(seg)
	if len(es) != 1 || es[0].kind != exCalendar || es[0].prec != PrecisionDay || strings.TrimSpace(seg[:es[0].start]) != "" ||
		strings.TrimSpace(seg[es[0].end:]) != "" {
		return dateExpr{}, 0
	}
	if opensWithDate(s[dash+width:]) {
		return dateExpr{}, 0 // "NEW DELHI, 28 MAY - 13 JULY 1999": a span's first day, no dateline
	}
	e := es[0]
	if e.year == 0 {
		e.dayName = datelineDayName(head[comma+1 : dash])
	}
	return e, dash + width
}

// datelineAlone reads a line that is a dispatch's dateline standing by
// itself, a place and a day with its year and no dash or report after it
// ("**LA PAZ, Tuesday, August 4, 1981**"), as an archive sets one above
// each report it republishes (rule dateline-alone). The line dates the
// report under it as a dateline does, so the report's own dateline
// without a year ("LA PAZ, Aug. 4 (HD) -") takes its year, not the
// report before's, which may lie a year earlier (see setMoment). The
// caller reads such a line only in a text whose reports carry datelines
// without a year: a place and a day over a transcript ("Libreville, 15
// December 2004") is where it was given, and its moment the document's
// own.
func datelineAlone(text string, off dateRules) (dateExpr, bool) {
	t := trim(text, " *_")
	comma := strings.IndexByte(t, ',')
	if !off.on(ruleDatelineAlone) || len(t) > maxDateline || comma < 2 || !isDatelinePlace(t[:comma]) || strings.ContainsAny(t[:comma], "0123456789/") {
		return dateExpr{}, false
	}
	e, ok := dateAlone(datelineDateText(t[comma+1:]))
	return e, ok && e.year != 0
}

// opensWithDate reports whether rest, what follows a dateline's dash,
// opens with a date: the dash then joins the two ends of a span ("NEW
// DELHI, 28 MAY - 13 JULY 1999", a collection's masthead), whose first
// end takes the second's year, and no report follows it.
func opensWithDate(rest string) bool {
	rest = trimLeft(rest, " *_")
	if rest == "" || !startsWithDigitOrMonth(rest) {
		return false
	}
	es := scanDates(rest[:min(len(rest), 40)])
	return len(es) > 0 && es[0].kind == exCalendar && strings.TrimSpace(rest[:es[0].start]) == ""
}

// datelineDayName returns 1 + the weekday a dateline names before its
// date ("Russia, Sunday, Oct. 3", "Wednesday 19 August"), or 0: where
// the date gives no year, the calendar agrees with the weekday in one
// year of any three running (see resolver.namedDayYear).
func datelineDayName(seg string) int {
	for _, w := range strings.Fields(seg) {
		w = strings.ToLower(strings.Trim(w, ",*_"))
		if d := weekdayOf(&dateToken{lower: w, upper: true}); d >= 0 {
			return d + 1
		}
	}
	return 0
}

// datelineDateText returns the part of a dateline between the place's
// comma and the dash that should be a date: without the closing bold,
// the agency ("(Reuters)"), or a region or weekday before it
// ("Azerbaijan, Oct. 4", "Russia, Sunday, Oct. 3", "Wednesday 19 August").
func datelineDateText(seg string) string {
	seg = trimRight(strings.TrimSpace(seg), "*_")
	if p := strings.IndexByte(seg, '('); p >= 0 && strings.HasSuffix(strings.TrimSpace(seg), ")") {
		seg = seg[:p]
	}
	// A region, a weekday, or both: "Russia, Sunday, Oct. 3".
	for k := strings.IndexByte(seg, ','); k >= 0 && startsWithDigitOrMonth(seg[k+1:]) && isCapitalisedWords(seg[:k]); k = strings.IndexByte(seg, ',') {
		seg = seg[k+1:]
	}
	// A weekday with no comma after it: "Wednesday 19 August 1987".
	if w, rest, ok := strings.Cut(strings.TrimSpace(seg), " "); ok && isWeekdayName(strings.ToLower(w)) && startsWithDigitOrMonth(rest) {
		seg = rest
	}
	return seg
}

// isDatelinePlace reports whether s can be a dateline's place: a name in
// capitals ("N'DJAMENA", "GAZA CITY"), or in capitalised words
// ("N'Djamena") that do not open with a weekday, which would make the
// line a chronology entry ("Tuesday, Feb. 3 — …").
func isDatelinePlace(s string) bool {
	if isCapitalPlace(s) {
		return true
	}
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return isCapitalisedWords(s) && !isWeekdayName(strings.ToLower(first))
}

// isWeekdayName reports whether w, in lower case, names a day of the week.
func isWeekdayName(w string) bool {
	return weekdayOf(&dateToken{lower: w, upper: true}) >= 0
}

// isCapitalPlace reports whether s is a place name in capitals: letters
// with spaces, hyphens, apostrophes or full stops, no lower case.
func isCapitalPlace(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// isCapitalisedWords reports whether every word of s starts with a
// capital, and there are one to four: "Azerbaijan", "Ivory Coast". It is
// asked of most paragraphs' first words, so it allocates nothing.
func isCapitalisedWords(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if n++; !unicode.IsUpper(r) || n > 4 {
			return false
		}
	}
	return n > 0
}

// startsWithDigitOrMonth reports whether s, after spaces, starts with a
// date: a digit or a month's name.
func startsWithDigitOrMonth(s string) bool {
	es := scanDates(s)
	return len(es) > 0 && strings.TrimSpace(s[:es[0].start]) == ""
}

// firstDash returns the offset and width of the first em dash, en dash
// or "--" in s that has a space before it, or of a hyphen with spaces on
// both sides (" - ", as some agencies write it) or closing bold after it
// ("**PORT-AU-PRINCE, 30 September (AWS) -**"), or -1. The width takes
// in the emphasis marks that close right after the dash, so the text
// after it starts with the story.
func firstDash(s string) (int, int) {
	best, width := -1, 0
	for _, d := range []string{" —", " –", " --", " - ", " -*", " -_"} {
		if k := strings.Index(s, d); k >= 0 && (best < 0 || k < best) {
			best, width = k, len(d)
		}
	}
	if best >= 0 {
		end := len(s) - len(trimLeft(s[best+width:], "*_"))
		width = end - best
	}
	return best, width
}

// datelineAgency returns the news agency a paragraph's dateline names in
// brackets ("GANJA, Azerbaijan, Oct. 4 (Meridian) —" gives "Meridian"),
// or "": the outlet signing a dispatch, which is no party to it.
func datelineAgency(text string) string {
	text = trimLeft(text, " *")
	_, end := findDateline(text)
	if end == 0 {
		return ""
	}
	head := text[:end]
	open, close := strings.IndexByte(head, '('), strings.LastIndexByte(head, ')')
	if open < 0 || close < open {
		return ""
	}
	return strings.TrimSpace(head[open+1 : close])
}

// Dateline returns the dateline a news report's paragraph opens with,
// up to its dash ("**OSH, June 11 (Steppe Line) —"), or "" when it opens
// with none. The paragraphs after it, up to the next dateline, are the
// same report: they tell of that place on that day without naming them.
func Dateline(text string) string {
	if _, end := findDateline(text); end > 0 {
		return text[:end]
	}
	return ""
}

// maxUpdateLabel bounds how far into a paragraph an update's label is
// looked for.
const maxUpdateLabel = 60

// updateLabel reads the label that opens a later addition to a report
// with the day it was written: a noun of communication, the day, and a
// colon or a dash ("Update, 16 February: …", "**Editor's note (3 May)**
// — …", "Statement, 4 March 2011: …"). That day is the moment of
// writing of what follows, as a dateline's is: a weekday there counts
// from it (ruleUpdateMoment). It returns the date and the byte offset
// just after the separator, or 0.
func updateLabel(s string, off dateRules) (dateExpr, int) {
	if !off.on(ruleUpdateMoment) {
		return dateExpr{}, 0
	}
	head := s[:min(len(s), maxUpdateLabel)]
	sep, width := firstDash(head)
	if colon := strings.IndexByte(head, ':'); colon >= 0 && (sep < 0 || colon < sep) {
		sep, width = colon, 1+len(head[colon+1:])-len(trimLeft(head[colon+1:], "*_"))
	}
	if sep < 0 {
		return dateExpr{}, 0
	}
	seg := strings.TrimSpace(strings.NewReplacer("(", ",", ")", "").Replace(trim(head[:sep], " *_")))
	es := scanDates(seg)
	if len(es) == 2 && es[0].kind == exWeekday && es[0].skip {
		es = es[1:]
	}
	if len(es) != 1 || es[0].kind != exCalendar || es[0].prec != PrecisionDay || es[0].last != nil || strings.TrimSpace(seg[es[0].end:]) != "" {
		return dateExpr{}, 0
	}
	label, ok := cutLabelSeparator(seg[:es[0].start])
	if !ok || len(strings.Fields(label)) > 3 || !startsUpper(label) || !labelsCommunication(label, off) {
		return dateExpr{}, 0
	}
	if startsWithDigitOrMonth(strings.TrimSpace(s[sep+width : min(len(s), sep+width+maxUpdateLabel)])) {
		return dateExpr{}, 0 // a range's dash: "Indicator (26 November -- 27 January)"
	}
	return es[0], sep + width
}
