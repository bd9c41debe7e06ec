package corpus

import "strings"

// trimPlaceAfterDay drops the place a heading names after its day, and
// the time on the clock between them: "BRIEFING 1 - TUESDAY 3 JULY 2018,
// 10:00, MEDIA TENT, THAM LUANG", "Press briefing, 5 May 2004 — Geneva"
// (ruleHeadingPlaceAfter). Transcripts and official documents set the
// place last as often as first; once it is dropped the day closes the
// heading and headingMoment reads the label before it as it reads any
// other. The day must be one in full with its year, and what lies
// between it and the place a time on the clock or nothing
// (trimClockTime); the place must read as one (labelsPlace: capitalised
// words, perhaps a list from the room to the town), hold no digit and
// name no happening ("3 July 2018, The Rescue Begins" titles the
// story). t is returned unchanged otherwise.
func trimPlaceAfterDay(t string, off dateRules) string {
	if !off.on(ruleHeadingPlaceAfter) {
		return t
	}
	e, ok := lastCalendarDay(t, off)
	if !ok {
		return t
	}
	for i := e.end; i < len(t); i++ {
		n := placeSeparator(t[i:])
		if n == 0 || strings.TrimRight(trimClockTime(t[:i], off), " ") != t[:e.end] {
			continue
		}
		if isPlaceAfter(strings.TrimSpace(t[i+n:]), off) {
			return t[:e.end]
		}
	}
	return t
}

// lastCalendarDay returns the last calendar date t gives, if it is one
// day in full with its year; a time on the clock after it is no date.
func lastCalendarDay(t string, off dateRules) (dateExpr, bool) {
	scan := dateScanner{off: off}
	es := scan.scanSentence(t, lowerASCII(t))
	for i := len(es) - 1; i >= 0; i-- {
		if e := es[i]; e.kind == exCalendar {
			return e, e.prec == PrecisionDay && e.last == nil && e.year != 0
		}
	}
	return dateExpr{}, false
}

// placeSeparator returns the length of the comma or spaced dash that s
// opens with, which sets a place off from the day before it; 0 if none.
func placeSeparator(s string) int {
	if strings.HasPrefix(s, ",") {
		return 1
	}
	for _, sep := range []string{" - ", " – ", " — "} {
		if strings.HasPrefix(s, sep) {
			return len(sep)
		}
	}
	return 0
}

// isPlaceAfter reports whether what follows a heading's day reads as
// the place the communication was given: capitalised words with no
// digit and no happening among them.
func isPlaceAfter(place string, off dateRules) bool {
	return place != "" && !strings.ContainsAny(place, "0123456789") && labelsPlace(place) && !namesHappening(outsideNames(place), off)
}
