package corpus

import (
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// maxHeadLine bounds the length of a line of a document's head that may
// give its date: a title block's lines run together, not a paragraph.
const maxHeadLine = 200

// headLine reads a plain document's head for the day it gives as when
// it was written, where no front matter does (ruleHeadLine): the
// masthead lines the parser set aside as title and publisher set the
// moment of writing at once; the paragraphs before the first of prose
// are read as the scan reaches them (headParagraphDay). A head's line is
// one day in full with its year, alone or with what a head sets beside
// it: a weekday, a place, a label naming a communication, a time on the
// clock ("TRANSCRIPT OF JOINT MEDIA BRIEFING" over "Thursday 24 February
// 2011, 4.00 pm" over "Art Gallery Emergency Operations Centre,
// Christchurch"). An encyclopedia's title or first sentence dates its
// story instead: headDay takes no happening ("Bloody Sunday, 30 January
// 1972") and no prose.
func (x *eventScan) headLine(off dateRules) {
	if !off.on(ruleHeadLine) {
		return
	}
	for _, line := range []string{x.b.Publisher, x.b.Title} {
		if e, ok := headDay(line, off); ok {
			x.speakFrom(e, false)
			break
		}
	}
	for _, p := range x.b.Paragraphs[:min(len(x.b.Paragraphs), maxHeadParagraphs)] {
		if isProseParagraph(p.Text) {
			break
		}
		x.headParas++
	}
}

// headParagraphDay reads a paragraph of the document's head as its date
// of writing (see headLine): the moment of writing the text below it
// counts from.
func (x *eventScan) headParagraphDay(text string) (dateExpr, bool) {
	if x.headParas == 0 || len(x.out) > 0 || !x.inHead(text) {
		return dateExpr{}, false
	}
	return headDay(text, x.r.off)
}

// inHead reports whether text is one of the paragraphs of the head.
func (x *eventScan) inHead(text string) bool {
	for _, p := range x.b.Paragraphs[:x.headParas] {
		if p.Text == text {
			return true
		}
	}
	return false
}

// isProseParagraph reports whether a paragraph reads as the body's prose,
// which ends a document's head: long, or closed as a sentence is.
func isProseParagraph(text string) bool {
	t := strings.TrimRight(text, " *_")
	return len(t) > maxHeadLine || strings.HasSuffix(t, ".") && !isClockSuffix(strings.ToLower(lastField(t)))
}

// headDay reads one line of a document's head as its date of writing:
// one day in full with its year, perhaps after its weekday, a time on the
// clock after it, and besides those only a label: capitalised words (a
// place, a communication's name in capitals), or a short label naming a
// communication ("Press briefing, …", "Briefing of …"). A place or label
// alone needs the weekday or the clock beside the day, as a document's
// head gives them and a caption ("Tahrir Square, 8 February 2011") does
// not; a happening named in the label ("Massacre of …") titles the story.
func headDay(line string, off dateRules) (dateExpr, bool) {
	h, ok := readHeadParts(line, off)
	switch {
	case !ok:
		return dateExpr{}, false
	case h.label == "":
		return h.e, true
	case capitalisedLabel(h.label):
		return h.e, h.weekday || h.clock || labelsCommunication(h.label, off)
	}
	// A label in lower case ("Press briefing, …") stands before the day
	// alone: words after it make the line a sentence ("The accord of 1
	// November 1998 provided for").
	return h.e, h.after == "" && len(strings.Fields(h.label)) <= 8 && labelsCommunication(h.label, off)
}

// headParts is what a head's line gives: its one day, the label beside
// it (the words before and after, less the weekday and the clock), the
// words after the day and its clock, and whether a weekday and a clock
// stand beside the day.
type headParts struct {
	e              dateExpr
	label, after   string
	weekday, clock bool
}

// readHeadParts splits a head's line around its one day in full (see
// headDay); false where the line gives no such day, or gives it in a
// happening's name or a revision's note.
func readHeadParts(line string, off dateRules) (headParts, bool) {
	t := strings.TrimRight(trim(line, " *_#:"), ".")
	if t == "" || len(t) > maxHeadLine || !strings.ContainsAny(t, "0123456789") {
		return headParts{}, false
	}
	scan := dateScanner{off: off}
	e, start, ok := oneDay(t, scan.scanSentence(t, lowerASCII(t)))
	if !ok {
		return headParts{}, false
	}
	h := headParts{e: e, weekday: start < e.start}
	h.after, h.clock = cutClock(t[e.end:], off)
	h.label = strings.TrimSpace(t[:start] + " " + h.after)
	if h.label == "" {
		return h, true
	}
	if h.weekday && !weekdaySetOff(t[:start]) || namesHappening(outsideNames(h.label), off) {
		return headParts{}, false
	}
	// "Updated 2 March 2019": a revision's day, not the account's.
	return h, !revisedBefore(t[:start])
}

// revisedBefore reports whether the label before a head's day ends with
// a participle ("Last updated:", "Briefing notes, revised"): the day is
// when the text was last edited or put out, and its account may have
// been written long before.
func revisedBefore(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	return len(f) > 0 && isParticiple(strings.Trim(f[len(f)-1], ",:;-–—"))
}

// oneDay returns the one day in full with its year that the expressions
// scanned from t give, perhaps after its weekday, and where the two
// start; false where t gives any other time.
func oneDay(t string, es []dateExpr) (dateExpr, int, bool) {
	var day *dateExpr
	start := -1
	for i, e := range es {
		switch {
		case e.kind == exWeekday && e.skip && day == nil && start < 0:
			start = e.start
		case e.kind == exCalendar && e.prec == PrecisionDay && e.year != 0 && e.last == nil && day == nil:
			day = &es[i]
		default:
			return dateExpr{}, 0, false
		}
	}
	if day == nil {
		return dateExpr{}, 0, false
	}
	if start < 0 {
		start = day.start
	}
	return *day, start, true
}

// cutClock drops the time on the clock that follows a head's day (",
// 4.00 pm", " at 10:30 a.m.", ", 17:00 hrs EAT") and returns what is left
// after it, and whether there was one.
func cutClock(after string, off dateRules) (string, bool) {
	words := strings.Fields(after)
	end, clock := clockWords(words, off)
	if !clock {
		return after, false
	}
	return strings.Join(words[end:], " "), true
}

// clockWords reads the time on the clock that opens words, after a
// comma, "at" or a dash that sets it off: the words of the clock
// (isClockTimeWord), a number of the hour before one ("12 noon", "4
// pm"), a time zone after them ("11:00 BST"; isZoneAbbreviation). It
// returns where those words end and whether there was a time; a head's
// line (cutClock) and a heading (trimClockTime) give their time so. A
// clock has one zone, right after it: words in capitals after a comma
// ("10:00, MEDIA TENT, THAM LUANG") name the place.
func clockWords(words []string, off dateRules) (int, bool) {
	i := 0
	if i < len(words) && (words[i] == "," || words[i] == "at" || words[i] == "-" || words[i] == "—") {
		i++
	}
	clock, zone := false, false
	for ; i < len(words); i++ {
		w := strings.ToLower(strings.Trim(words[i], ",;()"))
		switch {
		case isClockTimeWord(w):
			clock = true
		case isDigits(w) && len(w) <= 2 && i+1 < len(words) && isClockTimeWord(strings.ToLower(strings.Trim(words[i+1], ",;"))):
		case clock && !zone && !strings.HasSuffix(words[i-1], ",") && isZoneAbbreviation(strings.Trim(words[i], ",;()"), off):
			zone = true
		case words[i] == "," || words[i] == "at":
		default:
			return i, clock
		}
	}
	return len(words), clock
}

// weekdaySetOff reports whether the weekday that ends before is set off
// from the word before it, as a head's line sets its day off from the
// label: by a comma, colon or dash, by "of" or "on", by the line break
// after a label in capitals, or by nothing before it. A capitalised word
// right before it makes the weekday part of a name ("Bloody Sunday").
func weekdaySetOff(before string) bool {
	b := strings.TrimSpace(before)
	if b == "" || strings.ContainsAny(b[len(b)-1:], ",:;-|(") || strings.HasSuffix(b, "—") || strings.HasSuffix(b, "–") {
		return true
	}
	w := strings.ToLower(lastField(b))
	if w == "of" || w == "on" {
		return true
	}
	f := strings.Fields(b)
	last := f[len(f)-1]
	return strings.ToUpper(last) == last && strings.ContainsFunc(last, unicode.IsLetter)
}

// capitalisedLabel reports whether every word of a head's label is
// capitalised but the joining words a name holds ("Ministry of
// Defence"), a number or a mark between its parts.
func capitalisedLabel(label string) bool {
	for _, w := range strings.Fields(label) {
		w = strings.Trim(w, ",;:()[]")
		if w == "" || !strings.ContainsFunc(w, unicode.IsLetter) || startsUpper(w) || isConnector(w) || w == "on" {
			continue
		}
		return false
	}
	return true
}

// dayLedLines reads a paragraph that opens with a weekday and a day in
// full, the lines under it joined after it, a label, a place, a note,
// with no sentence among them ("Friday, 26 November 2021" over "Noon
// briefing, UN Headquarters, New York" over "Unofficial transcript"): a
// session's head, the moment of writing of the text below it, as a date
// alone on its line is (ruleDayLedLines). The weekday tells a day of
// writing from a title's day ("27 May 1977 coup attempt"); a happening
// named after it titles the story.
func dayLedLines(text string, off dateRules) (dateExpr, bool) {
	if !off.on(ruleDayLedLines) || len(text) > maxHeadLine || isProseParagraph(text) {
		return dateExpr{}, false
	}
	t := trim(text, " *_#:")
	scan := dateScanner{off: off}
	es := scan.scanSentence(t, lowerASCII(t))
	if len(es) < 2 || es[0].kind != exWeekday || !es[0].skip || strings.TrimSpace(t[:es[0].start]) != "" {
		return dateExpr{}, false
	}
	e, _, ok := oneDay(t, es)
	if !ok || strings.TrimSpace(t[e.end:]) == "" || namesHappening(outsideNames(t[e.end:]), off) {
		return dateExpr{}, false
	}
	return e, true
}

// sessionHeadingDay reads a heading that is a session's day in full
// with its weekday or the time on the clock beside it, and besides those
// only a place or a label in capitals, before or after it ("FRIDAY, 17
// AUGUST 2012 - GCIS MEDIA CENTRE, PRETORIA" between rules over a
// transcript's session; "Day 2: Friday, 17 August 2012"; "Friday, 17
// August 2012, 10:00"). It is when the text under it was given, as a
// heading that is a date alone is (dateAlone), read as a document's
// head line is (readHeadParts): a place without the weekday or the
// clock is a story's caption ("Tahrir Square, 8 February 2011"), and a
// label in lower case is headingMoment's to read (ruleSessionHeading).
func sessionHeadingDay(h string, off dateRules) (dateExpr, bool) {
	if !off.on(ruleSessionHeading) {
		return dateExpr{}, false
	}
	p, ok := readHeadParts(h, off)
	return p.e, ok && (p.weekday || p.clock) && (p.label == "" || capitalisedLabel(p.label))
}

// documentBlockDay reads a paragraph inside a collection that heads one
// of its documents: lines in capitals naming the document, then its
// place and day, perhaps a note, run together with no sentence among
// them ("DOCUMENT 2" over "PRESS BRIEFING BY THE MINISTER OF FOREIGN
// AFFAIRS" over "Cotonou, Thursday 20 January 1977" over "Transcript
// released by the Ministry"). The day is when the document below was
// given, its moment of writing, as a document's head line is (headDay),
// wherever in the briefing the block stands (ruleDocumentBlock). The day
// has the weekday or the clock beside it, or a place set off before it,
// as a place of issue is ("New York, 17 November 2018"); the block
// opens with a noun of a document in capitals, perhaps after its number
// ("DOCUMENT 2", "5. TRANSCRIPT"); its own words after the day name no
// happening, and no code or number follows the day. A block that is one
// labelled line is labelledDay's to read, and the briefing's own head
// headLine's: the caller leaves those (eventScan.momentLine).
func documentBlockDay(text string, off dateRules) (dateExpr, bool) {
	t := trim(text, " *_#:=-")
	if !off.on(ruleDocumentBlock) || len(t) > maxHeadLine || isProseParagraph(t) || !opensWithDocumentNoun(skipParagraphNumber(t)) {
		return dateExpr{}, false
	}
	scan := dateScanner{off: off}
	e, start, ok := oneDay(t, scan.scanSentence(t, lowerASCII(t)))
	if !ok || start < e.start && !weekdaySetOff(t[:start]) {
		return dateExpr{}, false // "Bloody Sunday": a weekday in a name
	}
	after, clock := cutClock(t[e.end:], off)
	if start == e.start && !clock && !placeOfIssueBefore(t[:start]) || strings.ContainsAny(after, "0123456789") {
		return dateExpr{}, false // "(PB 2011)": a code after the day makes it a reference
	}
	if namesHappening(lowerCaseWords(after), off) {
		return dateExpr{}, false
	}
	return e, true
}

// readAsOneLine reports whether the reader of a single labelled line in
// the body takes text with every rule on (labelledDay), given that it
// did not with the rules in off: a block that is one such line is its
// to read, and documentBlockDay's only where it is not, so that turning
// labelled-day off hands no line to document-block. With no rule off,
// labelledDay has read text already and failed, and is not asked again.
func readAsOneLine(text string, off dateRules) bool {
	if len(off) == 0 {
		return false
	}
	_, ok := labelledDay(text, nil)
	return ok
}

// placeOfIssueBefore reports whether before, the words of a line ahead of its
// day, end in a place set off by a comma, as a dateline's place is
// ("New York, 17 November 2018"; "Cotonou, Thursday"): a capitalised
// word, then the comma.
func placeOfIssueBefore(before string) bool {
	b, ok := strings.CutSuffix(strings.TrimSpace(before), ",")
	return ok && startsUpper(lastField(b))
}

// lowerCaseWords returns the words of s that do not start with a
// capital: a note's own words ("Transcript released by the"), without
// the names it gives ("Ministry of Foreign Affairs and Cooperation"),
// whose nouns name bodies, not happenings.
func lowerCaseWords(s string) string {
	var kept []string
	for _, w := range strings.Fields(s) {
		if !startsUpper(w) {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// opensWithDocumentNoun reports whether t's first word is written in
// capitals and is a noun WordNet files as a thing made, a document or a
// communication ("DOCUMENT", "TRANSCRIPT", "STATEMENT", "COMMUNIQUE"): a
// document's label, not a sentence's first word nor a story's title
// ("THE MASSACRE AT OSK", "FLOODS IN THE NORTH").
func opensWithDocumentNoun(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[0], ",.:;")
	for _, r := range w {
		if !unicode.IsLetter(r) || !unicode.IsUpper(r) {
			return false
		}
	}
	return len(w) >= 2 && wordnet.Load().Made(strings.ToLower(w))
}
