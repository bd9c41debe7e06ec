package corpus

import (
	"encoding/json"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/verbs"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// Event is a sentence of a briefing that places something at a time.
type Event struct {
	Date   Date     // when, or when it began; see Date for precision and modifiers
	End    Date     // when a range ("3–5 March 2013") ended; zero for a single date
	Text   string   // the sentence, verbatim
	Ref    Ref      // where it is said
	Groups []string // names of the factions it mentions
}

// Date is a resolved calendar date of reduced precision.
type Date struct {
	Year, Month, Day int
	Precision        Precision
	Modifier         string // "", "early", "mid", "late" or "approx"
	Scheduled        bool   // announced for the future
}

// Precision says which fields of a Date are known.
type Precision int

const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// eventJSON is the wire form of an Event; its field order is the
// documented one.
type eventJSON struct {
	Date      string   `json:"date"`
	End       string   `json:"end,omitempty"`
	Precision string   `json:"precision"`
	Modifier  string   `json:"modifier"`
	Scheduled bool     `json:"scheduled"`
	Text      string   `json:"text"`
	Briefing  string   `json:"briefing"`
	Paragraph int      `json:"paragraph"`
	Citation  string   `json:"citation"`
	Groups    []string `json:"groups"`
}

// When renders the event's date, or its range, for a reader: "10 Jan
// 2013", "3–5 Mar 2013".
func (e Event) When() string { return HumanRange(e.Date, e.End) }

// MarshalJSON renders e flat, with its date in ISO 8601 reduced precision
// and groups never null.
func (e Event) MarshalJSON() ([]byte, error) {
	groups := e.Groups
	if groups == nil {
		groups = []string{}
	}
	return json.Marshal(eventJSON{
		Date:      e.Date.String(),
		End:       e.End.String(),
		Precision: e.Date.Precision.String(),
		Modifier:  e.Date.Modifier,
		Scheduled: e.Date.Scheduled,
		Text:      e.Text,
		Briefing:  e.Ref.Briefing,
		Paragraph: e.Ref.Paragraph,
		Citation:  e.Ref.Citation(),
		Groups:    groups,
	})
}

// maxSentence is the longest sentence, in bytes, searched for events.
// Prose sentences are far shorter; a longer run is a table or a list
// without stops, and skipping it keeps extraction linear in the input.
const maxSentence = 2000

// extractEvents finds the dated events of every briefing and returns them
// in chronological order; events of the same date keep document order.
//
// An event is a sentence, outside quotation marks, with a verb, that is
// neither a question nor a hypothetical ("if", "could", "whether"...), and
// that places something at a time resolvable to at least a year. A
// sentence with two dates yields two events with the same text. Dates
// that are reference points ("since 1991", "prior to 2001") or ends of a
// span ("from 2004 until 2012") are not events.
func extractEvents(bs []*Briefing) []Event {
	return mergeByDate(eachBriefing(bs, briefingEvents))
}

// eventKey places one event of mergeByDate's input: its date's sort key,
// and its briefing and index there (document order).
type eventKey struct {
	date [3]int
	b, i int
}

// mergeByDate joins the briefings' events in chronological order, events
// of the same date in document order: a stable sort, done on small keys
// computed once, then one copy of each event into its place.
func mergeByDate(per [][]Event) []Event {
	n := 0
	for _, evs := range per {
		n += len(evs)
	}
	if n == 0 {
		return nil // as before: no events is a nil slice
	}
	keys := make([]eventKey, 0, n)
	for b, evs := range per {
		for i := range evs {
			keys = append(keys, eventKey{evs[i].Date.sortKey(), b, i})
		}
	}
	slices.SortFunc(keys, func(x, y eventKey) int {
		if c := compareDateKeys(x.date, y.date); c != 0 {
			return c
		}
		if x.b != y.b {
			return x.b - y.b
		}
		return x.i - y.i
	})
	out := make([]Event, len(keys))
	for j, k := range keys {
		out[j] = per[k.b][k.i]
	}
	return out
}

// eventScan carries one briefing's extraction: the resolver's narrative
// state and the events found so far.
type eventScan struct {
	b     *Briefing
	r     *resolver
	out   []Event
	dates dateScanner // reused sentence after sentence, for its token buffer
	// lowerMasked is the paragraph's text with quotations blanked and
	// ASCII lower-cased, offsets kept: lowered once for all its sentences.
	lowerMasked string
	episode     *episode // the day the narrative last reported, for the sentences that go on telling it
	// lastSentence is the sentence read last, quotations blanked: the
	// narrative a sentence whose own verbs leave its tense open goes on
	// (see sentenceScan.openBareTense).
	lastSentence string
	// datelined says the paragraph being read opens with a dateline:
	// its first sentence is the dispatch's lead (see reportLead).
	datelined bool
	// entryDay is the day the section's chronology has reached: its
	// heading's day ("## Chronology of 30 September 2010"), then the day
	// of each entry that opens with one. An entry that opens with a time
	// of day alone ("- 07:00: …", "- Early afternoon: …") is on it (see
	// timeLed). Nil where no day is known.
	entryDay *Date
	// yearLed says the paragraph being read opens with a year as its
	// label (see leadYear): a chronology's entry, told in the present.
	yearLed bool
	// momentHeading is the heading whose date is the moment of writing
	// in force ("PART THREE: PRESS BRIEFING, GABORONE, MONDAY 5 JULY
	// 2021"), or "" where a dateline, a note or nothing set it: the
	// moment holds for that heading's section alone (ruleSectionMoment).
	momentHeading string
	// headParas is how many paragraphs open the document's head, before
	// its first of prose: one of them may give its date (headLine).
	headParas int
	// dispatchPara is the number of the paragraph that opened with the
	// dateline in force, 0 where none does or its lead told another day;
	// otherDayPara that of the paragraph where a sentence last wrote a
	// date that is not the dateline's day, toldOtherPara where an event
	// was last dated by one (see dispatchBody).
	dispatchPara, otherDayPara, toldOtherPara int
	// chain is the briefing's title and the headings the paragraph being
	// read stands under, outermost first, and sectionKey those headings
	// joined by line breaks (resolver.section). Paragraphs of a section
	// share them, so they are built as the section is entered
	// (enterSections), not for each paragraph.
	chain      []string
	sectionKey string
}

// briefingEvents extracts one briefing's events in document order.
func briefingEvents(b *Briefing) []Event { return briefingEventsWith(b, nil) }

// briefingEventsWith is briefingEvents with the date rules off names
// turned off: how a rule's worth is measured (TestEventAblation).
func briefingEventsWith(b *Briefing, off dateRules) []Event {
	x := &eventScan{b: b, r: newResolver(b.Date)}
	x.r.off, x.dates.off = off, off
	if b.Date.IsZero() {
		// An article with no date but a year in its title ("2006 Lebanon
		// War") starts its narrative in that year.
		x.r.ctxYear = headingYear(b.Title)
		if d, ok := headFieldsDate(b, off); ok {
			x.r.ref = d // the date the head's fields give the document, as front matter would
		} else {
			x.headLine(off)
		}
	}
	return x.scan()
}

// maxHeadParagraphs bounds how far into a briefing its head's fields are
// looked for.
const maxHeadParagraphs = 3

// headFieldsDate returns the day a document's head gives as its own
// (ruleHeadFields): a field of a paragraph of fields (see fieldsOf)
// whose value is that day alone ("**Date of issue:** 29 July 2022")
// and whose label names no happening ("Coup date: …" dates the story).
func headFieldsDate(b *Briefing, off dateRules) (Date, bool) {
	if !off.on(ruleHeadFields) {
		return Date{}, false
	}
	for _, p := range b.Paragraphs[:min(len(b.Paragraphs), maxHeadParagraphs)] {
		for _, f := range fieldsOf(p.Text) {
			if e, ok := dateAlone(f[1]); ok && e.year != 0 && !namesHappening(f[0], off) {
				return Date{Year: e.year, Month: e.month, Day: e.day, Precision: PrecisionDay}, true
			}
		}
	}
	return Date{}, false
}

// fieldsOf reads a paragraph made of two or more fields whose labels are
// in bold, as a document's head sets them out ("**Issued by:** …
// **Reference:** EARDC/HAP/FS/22-014 **Date of issue:** 29 July 2022"):
// its label/value pairs, or nil. A transcript's turn has one such label.
func fieldsOf(text string) [][2]string {
	if !strings.HasPrefix(text, "**") {
		return nil
	}
	var fields [][2]string
	rest := text
	for strings.HasPrefix(rest, "**") {
		end := strings.Index(rest[2:], ":**")
		if end <= 0 || end > 40 || strings.Contains(rest[2:2+end], "**") {
			return nil
		}
		label := rest[2 : 2+end]
		rest = rest[2+end+3:]
		next := strings.Index(rest, " **")
		if next < 0 {
			next = len(rest)
		}
		fields = append(fields, [2]string{label, strings.TrimSpace(rest[:next])})
		rest = strings.TrimLeft(rest[next:], " ")
	}
	if len(fields) < 2 || rest != "" {
		return nil
	}
	return fields
}

// scan reads the briefing's paragraphs in order, entering the sections
// they are in.
func (x *eventScan) scan() []Event {
	var section string
	var outer []string
	for pi, p := range x.b.Paragraphs {
		if pi == 0 || p.Section != section || !slices.Equal(p.Outer, outer) {
			x.enterSections(p, outer, section)
		}
		section, outer = p.Section, p.Outer
		x.paragraph(pi, p)
	}
	return x.out
}

// hasYearlessDateline reports whether a paragraph of b opens with a
// news dateline that gives no year ("VILNIUS, Jan. 13 —").
func hasYearlessDateline(b *Briefing) bool {
	for _, p := range b.Paragraphs {
		if e, end := findDateline(p.Text); end > 0 && e.year == 0 {
			return true
		}
	}
	return false
}

// enterSections reads the headings a paragraph is under that the
// paragraph before was not (its own section's, and with ruleHeadingChain
// those enclosing it that were opened since: "## Briefing No. 1 —
// Wednesday, 18 December 1996" over "### Opening statement"), outermost
// first, then the editor's note that may open the section. It builds the
// chain of headings the section's paragraphs are read under (chain,
// sectionKey) once for them all.
func (x *eventScan) enterSections(p Paragraph, outer []string, section string) {
	under := sectionChain(p)
	x.chain, x.sectionKey = x.titleAnd(under), strings.Join(under, "\n")
	if x.r.off.on(ruleHeadingChain) {
		for i := sharedHeadings(p.Outer, outer, section); i < len(p.Outer); i++ {
			x.enterHeading(p.Outer[i], p.Outer[:i])
		}
	}
	x.enterHeading(p.Section, p.Outer)
	x.dispatchPara = 0 // a new section: its text is no dispatch until a dateline opens one
	x.entryDay = headingDay(p.Section, x.r.off)
	for i := len(p.Outer) - 1; x.entryDay == nil && i >= 0 && x.r.off.on(ruleHeadingChain); i-- {
		x.entryDay = headingDay(p.Outer[i], x.r.off)
	}
	if e, ok := noteDate(p.Text); ok {
		x.setMoment(e, false)
	}
}

// sharedHeadings returns how many of the headings enclosing a section,
// outer, the chain the paragraph before was under (prevOuter, then
// prevSection) opens with: those were entered already.
func sharedHeadings(outer, prevOuter []string, prevSection string) int {
	k := 0
	for k < len(outer) {
		switch {
		case k < len(prevOuter) && outer[k] == prevOuter[k]:
		case k == len(prevOuter) && outer[k] == prevSection:
		default:
			return k
		}
		k++
	}
	return k
}

// enterHeading reads one heading as the text under it begins. A heading
// such as "## 2012: the coup" sets the year; any other heading leaves
// the narrative's year as it was. A heading that is a date alone, or
// that labels a communication with its day (headingMoment), that
// gives the place and day of the communication the title or a heading
// above names (placedMoment), or that is a session's day with its
// weekday, place or clock (sessionHeadingDay), is when the text under
// it was written.
// above holds the headings that enclose h.
func (x *eventScan) enterHeading(h string, above []string) {
	full := h
	h = trimHeadingCode(h, x.r.off)
	if e, ok := dateAlone(h); ok {
		x.speakFrom(e, false)
	} else if e, ok := headingMoment(h, x.r.off); ok {
		x.speakFrom(e, true)
	} else if e, ok := placedMoment(h, x.titleAnd(above), x.r.off); ok {
		x.speakFrom(e, true)
	} else if e, ok := sessionHeadingDay(h, x.r.off); ok {
		x.speakFrom(e, false)
	} else {
		if y := headingYear(h); y != 0 {
			x.leaveMomentSection(above)
			x.r.ctxYear, x.r.prev = y, nil
		} else if y := x.presentHeadingYear(h); y != 0 {
			x.r.ctxYear, x.r.prev = y, nil
		}
		return
	}
	if x.r.dateline != nil {
		x.momentHeading = full
	}
}

// presentHeadingYear returns the year of the moment of writing when h,
// a heading with no year, names the present ("What is happening now?",
// "The conflict today", "Current situation"; rule now-heading): the
// text under it tells of the days around the moment, as a heading with
// a year tells of that year, not the year the section before reached. It returns 0 for any other heading, or when the
// moment is unknown.
func (x *eventScan) presentHeadingYear(h string) int {
	now := x.r.now()
	if !x.r.off.on(ruleNowHeading) || now == nil || now.Year == 0 || !slices.ContainsFunc(paddedWordList(h), isPresentWord) {
		return 0
	}
	return now.Year
}

// isPresentWord reports whether w names the present time: "now",
// "today", "current", "latest". "Recent" does not: "Recent events" may
// reach back past the year the section before told.
func isPresentWord(w string) bool {
	switch w {
	case "now", "today", "current", "currently", "latest", "present":
		return true
	}
	return false
}

// leaveMomentSection ends the moment of writing a heading set when a
// heading outside its section opens with a time of its own
// (ruleSectionMoment): under "PART FOUR: DEVELOPMENTS, JULY - OCTOBER
// 2021", after "PART THREE: PRESS BRIEFING, MONDAY 5 JULY 2021", the
// text is no longer that briefing's, and "From late September" is not a
// September before 5 July. The briefing's own date is the moment again.
// A heading that names no time ("Annex: Background note") goes on in the
// briefing's moment. above holds the headings that enclose the new one:
// a subsection of the briefing's keeps it.
func (x *eventScan) leaveMomentSection(above []string) {
	if !x.r.off.on(ruleSectionMoment) || x.momentHeading == "" || slices.Contains(above, x.momentHeading) {
		return
	}
	x.r.dateline, x.r.headed, x.r.spoken, x.momentHeading = nil, false, false, ""
}

// trimHeadingCode drops a reference code in brackets that closes a
// heading ("TUESDAY, 28 APRIL 2015 (PB-01)", "Briefing, 3 May 2004
// (No. 12)", "[S/PV.4567]"): it numbers the document in a series and is
// no word of its label, so the date before it still stands alone or
// closes the label (ruleHeadingCode). A code is one or two words
// holding a digit and no lower-case letter but "No."'s, and no date:
// "(as compiled on 13 May 2015)" and "(2015)" stay.
func trimHeadingCode(h string, off dateRules) string {
	t := strings.TrimRight(trim(h, " *_#"), ".")
	if !off.on(ruleHeadingCode) || t == "" || !strings.ContainsAny(t[len(t)-1:], ")]") {
		return h
	}
	open := strings.LastIndexAny(t, "([")
	if open <= 0 || !isReferenceCode(t[open+1:len(t)-1]) {
		return h
	}
	return strings.TrimRight(t[:open], " ,;:-–—")
}

// isReferenceCode reports whether s reads as a document's number in a
// series ("PB-01", "No. 12", "S/PV.4567", "12"), not as words or a date.
func isReferenceCode(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 2 || !strings.ContainsAny(s, "0123456789") || len(scanDates(s)) > 0 {
		return false
	}
	for _, w := range words {
		if strings.ToLower(w) != w && strings.ToUpper(w) == w {
			continue // capitals, perhaps with digits and marks: "PB-01"
		}
		if w != "No." && w != "no." && strings.ContainsFunc(w, unicode.IsLetter) {
			return false
		}
	}
	return true
}

// headingMoment reads a heading that labels a communication with the
// one day it was given, written in full at the heading's end and set
// off from the label by a comma, a colon, a dash, "on" or "of":
// "Briefing No. 1 — Wednesday, 18 December 1996", "Transcript: press
// briefing, Saturday 2 October 2010", "Briefing of 27 March 1997"
// (ruleHeadingMoment). The label must name a
// communication (a noun WordNet files under noun.communication, as
// "briefing", "statement", "transcript") and no happening: "The
// massacre, 12 June 1996" titles a part of the story, as "12 June: the
// massacre" does.
func headingMoment(h string, off dateRules) (dateExpr, bool) {
	t := trimPlaceAfterDay(trimSourceNote(strings.TrimRight(trim(h, " *_#:"), "."), off), off)
	if off.on(ruleBoldMoment) {
		t = trimClockTime(t, off)
	}
	if !off.on(ruleHeadingMoment) || len(t) > maxMomentHeading(off) || !strings.ContainsAny(t, "0123456789") {
		return dateExpr{}, false
	}
	e, label, ok := closingDay(t)
	return e, ok && labelsCommunication(label, off)
}

// closingDay reads a heading's closing day, written in full and set off
// from the label before it (see cutLabelSeparator), and that label. ok is
// false where the heading ends otherwise or its label holds another
// date.
func closingDay(t string) (dateExpr, string, bool) {
	e, start, ok := lastDay(t, nil)
	if !ok {
		return dateExpr{}, "", false
	}
	label, ok := cutLabelSeparator(t[:start])
	return e, label, ok
}

// lastDay returns the day written in full that closes t, with the
// weekday the scanner read before it ("Tuesday, 12 November 2013"), and
// where that starts; false where t ends otherwise or holds another date
// before it (no one day). off turns date rules off, for ablation.
func lastDay(t string, off dateRules) (dateExpr, int, bool) {
	scan := dateScanner{off: off}
	es := scan.scanSentence(t, lowerASCII(t))
	n := len(es)
	if n == 0 || strings.TrimSpace(t[es[n-1].end:]) != "" {
		return dateExpr{}, 0, false
	}
	e, start := es[n-1], es[n-1].start
	if e.kind != exCalendar || e.prec != PrecisionDay || e.last != nil || e.year == 0 {
		return dateExpr{}, 0, false
	}
	if n >= 2 && es[n-2].kind == exWeekday && es[n-2].skip {
		start, n = es[n-2].start, n-1
	}
	return e, start, n == 1
}

// placedMoment reads a heading that gives where and when the
// communication a heading above it names was given: "Royal Army
// Headquarters, Bangkok — Wednesday, 20 September 2006, 17:00 hrs" under
// "Press briefing for foreign media" (rulePlacedMoment). Its label is a
// place's name (labelsPlace: "3. The events of 30 July 1981" titles a
// numbered section of the story) naming no happening ("The Massacre of
// Osk, 12 June 1996" titles a part of the story) and no communication of
// its own (headingMoment reads those).
func placedMoment(h string, above []string, off dateRules) (dateExpr, bool) {
	if !off.on(rulePlacedMoment) || !slices.ContainsFunc(above, func(h string) bool { return labelsCommunication(h, off) }) {
		return dateExpr{}, false
	}
	e, label, ok := closingDay(trimClockTime(strings.TrimRight(trim(h, " *_#:"), "."), off))
	if !ok || !labelsPlace(label) || namesHappening(outsideNames(label), off) {
		return dateExpr{}, false
	}
	return e, true
}

// labelsPlace reports whether a heading's label reads as a place's name,
// or a list of them from the building to the town ("Army Headquarters,
// Ratchadamnoen Nok Avenue, Osk"): every word capitalised but the joining
// words a name holds inside it ("Ministry of Defence"). A section's
// number or a common noun ("3. The events") is no place.
func labelsPlace(label string) bool {
	for i, w := range strings.Fields(label) {
		w = strings.Trim(w, ",;()")
		if !startsUpper(w) && (i == 0 || !isConnector(w)) {
			return false
		}
	}
	return true
}

// outsideNames returns a label without the words that end a name after
// another capitalised word ("Avenue" in "Ratchadamnoen Nok Avenue",
// "Square" in "Tahrir Square"): those are part of the name, whatever
// WordNet files them under. A word after an article stays: "The
// Massacre" is no name.
func outsideNames(label string) string {
	raw := strings.Fields(label)
	var kept []string
	for i, w := range raw {
		if i == 0 || !startsUpper(w) || !startsUpper(raw[i-1]) || isDeterminer(strings.ToLower(raw[i-1])) {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// namesHappening reports whether a label holds a word WordNet files as
// a happening ("battle", "massacre", "events"); a participle ("held") is
// none, and nor is the complement of a body's name ("Department of
// Defense", ruleBodyComplement). off turns date rules off, for ablation.
func namesHappening(label string, off dateRules) bool {
	wn := wordnet.Load()
	ws := labelWords(label)
	for i, w := range ws {
		if wn.Happening(w) && !isParticiple(w) && !isBodyNameWord(label, ws, i, off) {
			return true
		}
	}
	return false
}

// isBodyComplement reports whether the i-th of a label's lower-cased
// words follows "of" on a noun of a body ("department of defense",
// "ministry of information"): a word of the body's name.
func isBodyComplement(ws []string, i int) bool {
	return i >= 2 && ws[i-1] == "of" && lang.IsGroupNoun(ws[i-2])
}

// labelWords returns a heading label's words, lower-cased, without
// punctuation or a possessive's "'s".
func labelWords(label string) []string {
	ws := strings.Fields(strings.ToLower(label))
	for i, w := range ws {
		w = strings.Trim(w, ".,:;()*_\"'’‘“”")
		ws[i] = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	return ws
}

// sectionChain returns the headings a paragraph stands under, the
// outermost first.
func sectionChain(p Paragraph) []string {
	if p.Section == "" {
		return p.Outer
	}
	return append(slices.Clone(p.Outer), p.Section)
}

// titleAnd returns the briefing's title before the headings above: the
// chain a heading is read under.
func (x *eventScan) titleAnd(above []string) []string {
	return append([]string{x.b.Title}, above...)
}

// boldMoment reads a paragraph that is one line in bold labelling a
// communication with its day, as headingMoment reads a heading
// (ruleBoldMoment), or giving the place and day of the communication
// chain (the title and headings above) names, as placedMoment reads a
// heading (ruleBoldPlaced): "**Marlborough House, London — Friday, 14
// July 2000, 11:00 BST**" under "Press Briefing on the Situation in …".
func boldMoment(text string, chain []string, off dateRules) (dateExpr, bool) {
	if !off.on(ruleBoldMoment) || !isBoldLine(text) {
		return dateExpr{}, false
	}
	if e, ok := headingMoment(text, off); ok || !off.on(ruleBoldPlaced) {
		return e, ok
	}
	return placedMoment(text, chain, off)
}

// plainPlaced reads the paragraph at index pi, text, as a document's
// place and day where it is one plain or italic line that opens its
// section, under a heading that labels a communication (rulePlainPlaced):
// "Bishkek, 8 April 2010" under "## 1. Communiqué of the Provisional
// Government". A collection sets such a line under each document's
// heading, as it sets one in bold (boldMoment); the heading must be the
// paragraph's own, so a caption in a section of the story ("Tahrir
// Square, 8 February 2011") is not read, and placedMoment leaves a line
// that names a happening or is no place's name.
func (x *eventScan) plainPlaced(pi int, text string) (dateExpr, bool) {
	if !x.r.off.on(rulePlainPlaced) || len(text) > maxHeadLine || strings.Contains(text, "\n") || isBoldLine(text) {
		return dateExpr{}, false
	}
	p := x.b.Paragraphs[pi]
	if p.Section == "" || pi > 0 && x.b.Paragraphs[pi-1].Section == p.Section {
		return dateExpr{}, false // no heading of its own, or not the section's first line
	}
	return placedMoment(trim(text, " _*"), []string{p.Section}, x.r.off)
}

// labelledDay reads a paragraph that is a label naming a communication
// followed by its day, the weekday first, with no mark between them but
// the line break the paragraph's joining removed: "TRANSCRIPT OF PRESS
// BRIEFING ON TYPHOON YOLANDA Tuesday, 12 November 2013, 10:00 a.m."
// (ruleLabelledDay). The scanner reads the weekday after the label's
// capitals as a day of its own (ruleWeekdayAfterCapitals), so the label
// is what comes before it. Every word of the label is capitalised but
// the joining words a name holds, so a sentence ("The briefing was given
// on Tuesday, …") is never read as one.
func labelledDay(text string, off dateRules) (dateExpr, bool) {
	if !off.on(ruleLabelledDay) || len(text) > 200 {
		return dateExpr{}, false // the cheap test first
	}
	t := trimClockTime(trimEditorialNote(strings.TrimRight(trim(text, " *_#:"), "."), off), off)
	if len(t) > 160 {
		return dateExpr{}, false // a head is short; a note after it is no part of it
	}
	e, start, ok := lastDay(t, off)
	if !ok || start == e.start && !endsPlaceOfIssue(t[:start], off) {
		return dateExpr{}, false // no weekday leads the day, nor a place
	}
	label := seriesUnnumbered(strings.TrimSpace(t[:start]), off)
	if label == "" || !labelsPlace(label) || !labelsCommunication(label, off) && !headedByCommunication(label, off) {
		return dateExpr{}, false
	}
	return e, true
}

// endsPlaceOfIssue reports whether label, the words before a day that
// no weekday leads, close with a place in title case set off by a comma
// after a label in capitals: "STATEMENT BY THE MINISTRY OF FOREIGN
// AFFAIRS Phnom Penh," over "6 February 2011", the line breaks joined
// (ruleLabelledPlace). A document's head gives where it was issued and
// when; the change of case marks where the label ends, as the weekday
// does, and no sentence opens in capitals. A weekday is no place: one
// the scanner left in a name is no day of its own (ruleWeekdayAfterCapitals).
func endsPlaceOfIssue(label string, off dateRules) bool {
	words := strings.Fields(label)
	n := len(words)
	if !off.on(ruleLabelledPlace) || n < 2 || !isCapitalsWord(words[0]) {
		return false
	}
	place, ok := strings.CutSuffix(words[n-1], ",")
	return ok && startsUpper(place) && !isCapitalsWord(place) && weekdayOf(&dateToken{lower: strings.ToLower(place), upper: true}) < 0
}

// trimEditorialNote drops a note in brackets, a word or two in lower
// case, that closes a document's head after its day: "Bangkok, Tuesday 26
// April 2011 (excerpts)" says how the text below was cut, and is no word
// of the label or the day (ruleEditorialNote).
func trimEditorialNote(t string, off dateRules) string {
	if !off.on(ruleEditorialNote) || !strings.HasSuffix(t, ")") {
		return t
	}
	open := strings.LastIndexByte(t, '(')
	note := t[open+1 : len(t)-1]
	if open <= 0 || len(strings.Fields(note)) > 2 || strings.ToLower(note) != note || strings.ContainsFunc(note, unicode.IsDigit) {
		return t
	}
	return strings.TrimRight(t[:open], " ")
}

// headedByCommunication reports whether a label names a communication
// before any happening (ruleCommunicationHead): "STATEMENT BY THE CHAIR
// OF ASEAN FOLLOWING THE INFORMAL MEETING" is a statement, the meeting
// what it follows, as "PRESS BRIEFING ON THE FLOODS" is a briefing. A
// happening that comes first heads the label ("THE MASSACRE AT OSK,
// STATEMENT"), and a body's complement ("MINISTRY OF FOREIGN AFFAIRS AND
// INTERNATIONAL COOPERATION") is no happening at all.
func headedByCommunication(label string, off dateRules) bool {
	if !off.on(ruleCommunicationHead) {
		return false
	}
	wn := wordnet.Load()
	ws := labelWords(label)
	for i, w := range ws {
		switch {
		case wn.Made(w):
			return true
		case wn.Happening(w) && !isParticiple(w) && !isBodyNameWord(label, ws, i, off):
			return false
		}
	}
	return false
}

// seriesUnnumbered drops from a label the numbers, in digits alone,
// that follow its first word: "BRIEFING 2 DEPARTMENT OF STATE DAILY
// PRESS BRIEFING" numbers the briefing in its series, as "Briefing No.
// 2" does (ruleSeriesNumber). A number that leads the label ("3. The
// capital") numbers a section of the story and stays, so such a label
// is still no place.
func seriesUnnumbered(label string, off dateRules) string {
	if !off.on(ruleSeriesNumber) {
		return label
	}
	words := strings.Fields(label)
	kept := words[:0]
	for i, w := range words {
		if i == 0 || !isDigits(w) {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// trimClockTime drops the time of day a heading gives after its date,
// set off by a comma or "at": "…, 15 April 1997, 12 noon", "… 15 April
// 1997 at 10.30 a.m.". Only one to three words of the clock may follow
// the cut (clockWords).
func trimClockTime(t string, off dateRules) string {
	cut := max(strings.LastIndexByte(t, ','), strings.LastIndex(t, " at "))
	if cut < 0 {
		return t
	}
	words := strings.Fields(strings.TrimPrefix(t[cut:], ","))
	n := len(words)
	if n > 0 && words[0] == "at" {
		n--
	}
	if end, clock := clockWords(words, off); n == 0 || n > 3 || end < len(words) || !clock {
		return t
	}
	return strings.TrimRight(t[:cut], " ,")
}

// isZoneAbbreviation reports whether w, after a time on the clock, is
// a time zone's abbreviation: two to five capital letters ("11:00 BST",
// "17:00 EAT", "9.30 CEST") (ruleClockZone).
func isZoneAbbreviation(w string, off dateRules) bool {
	if !off.on(ruleClockZone) || len(w) < 2 || len(w) > 5 {
		return false
	}
	return !strings.ContainsFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' })
}

// cutLabelSeparator returns the label before a heading's closing date,
// without the comma, colon, dash, "on" or "of" that sets the date off
// ("press briefing held in Thimphu on 5 January 2004", "Briefing of 27
// March 1997"); false where none does.
func cutLabelSeparator(before string) (string, bool) {
	b := strings.TrimRight(before, " ")
	for _, sep := range []string{",", ":", "—", "–", "-", " on", " of"} {
		if l, ok := strings.CutSuffix(b, sep); ok && strings.TrimSpace(l) != "" {
			return l, true
		}
	}
	return "", false
}

// labelsCommunication reports whether a heading's label names a
// communication (a noun WordNet files under noun.communication or
// noun.state, "briefing", "transcript", "statement") and no happening
// ("battle", "massacre", "sitting").
func labelsCommunication(label string, off dateRules) bool {
	if namesHappening(label, off) {
		return false // "held", "given": a participle on the label's noun, no happening
	}
	wn := wordnet.Load()
	return slices.ContainsFunc(labelWords(label), wn.Made)
}

// paragraph extracts the events of p, the briefing's paragraph at index
// pi. A news dateline at its start ("NAIROBI, Jan. 3 —") is the moment
// its report was written, not an event; a list is read item by item.
func (x *eventScan) paragraph(pi int, p Paragraph) {
	x.r.paraDay, x.r.entry = nil, nil
	if x.noAccount(p.Text) {
		return
	}
	body := x.dateline(pi, p.Text, x.chain)
	if x.datelined {
		x.dispatchPara = 0 // until its lead tells the dispatch's own day
	}
	x.beginParagraph(p)
	masked := blankQuotations(body)
	x.lowerMasked = lowerASCII(masked)
	list := listMarker(p.Text)
	for _, item := range itemSentences(p.Text, list, x.r.off) {
		x.item(p, item, body, masked, list)
	}
}

// beginParagraph records the narrative's state as paragraph p begins
// (what its first date may return from: paraYear, paraMonth,
// paraMonths, section) and takes the year its lead gives ("1994. On 3
// May …").
func (x *eventScan) beginParagraph(p Paragraph) {
	x.r.paraYear, x.r.paraMonth = x.r.ctxYear, x.r.monthAnchor
	x.r.paraMonths, x.r.section = x.r.monthsTold(), x.sectionKey
	x.yearLed = false
	if y := leadYear(p.Text, x.r.off); y != 0 {
		x.r.ctxYear, x.r.prev, x.yearLed = y, nil, true
	}
}

// noAccount reports whether a paragraph's text tells no account to read
// events from: a reference or a footer left in the body, or a document's
// fields (issued by, reference, date of issue).
func (x *eventScan) noAccount(text string) bool {
	return isCitation(text) || x.r.off.on(ruleHeadFields) && fieldsOf(text) != nil
}

// item extracts the events of one list item, or of the whole paragraph
// when list is "", from its sentence spans; a chronology entry's day
// becomes the day the next entries' times of day fall on.
func (x *eventScan) item(p Paragraph, item [][2]int, body, masked, list string) {
	var lead *Event
	if list == "" && x.r.off.on(ruleBoldTimeLead) {
		lead = x.timeLedEntry(p, item) // a numbered paragraph of a chronology: "7. **4 a.m.** Airmen …"
	}
	if list != "" {
		x.r.paraDay, x.r.entry = nil, nil // list items are reports of their own
		lead = x.timeLedEntry(p, item)
		if y := labelYear(p.Text[item[0][0]:item[0][1]], x.r.off); y != 0 {
			x.r.ctxYear, x.r.prev = y, nil
		}
	}
	for si, span := range item {
		if span[1]-span[0] > maxSentence {
			continue
		}
		lead = x.sentence(p, span, body, masked, list != "", si == 0, lead)
	}
	if list != "" && lead != nil && lead.Date.Precision == PrecisionDay && lead.End.IsZero() && lead.Date.Year != 0 {
		d := lead.Date
		d.Modifier, d.Scheduled = "", false
		x.entryDay = &d // the next entries' times of day are on this day
	}
}

// timeLedEntry returns the leading date of a chronology entry that opens
// with a time of day alone ("- 07:00: Officers refuse to go on duty", "-
// Around midday: The government declares …"): the day the section's
// chronology has reached, which the entry's sentences take as an entry's
// own leading date would give them. Nil for any other item, or where no
// day is known.
func (x *eventScan) timeLedEntry(p Paragraph, item [][2]int) *Event {
	if x.entryDay == nil || len(item) == 0 || !x.r.off.on(ruleTimeLed) || !timeLed(p.Text[item[0][0]:item[len(item)-1][1]], x.r.off) {
		return nil
	}
	d := *x.entryDay
	x.r.entry = &d
	return &Event{Date: d, Text: "", Ref: x.b.Ref(p.Number), Groups: []string{}}
}

// labelYear returns the year a list item's label names, before the
// colon that opens its text ("- **U.S. Capitol, 1971**: in the early
// hours of 1 March a device exploded"), or 0 (ruleLabelYear). The item's
// dates without a year are in it, as a section's are in its heading's. A
// label that opens with its date is the entry's leading date instead,
// read as such.
func labelYear(text string, off dateRules) int {
	if !off.on(ruleLabelYear) {
		return 0
	}
	t := strings.TrimLeft(text, " ")
	end := strings.Index(t, ": ")
	if end <= 0 || end > 60 || !strings.ContainsAny(t[:end], "0123456789") {
		return 0
	}
	label := strings.Trim(t[:end], "*_ ")
	if label == "" || label[0] >= '0' && label[0] <= '9' {
		return 0
	}
	return headingYear(label)
}

// leadYear returns the year a paragraph opens with when the year stands
// as the paragraph's label, set off from what follows by a full stop, a
// colon or a dash, after the paragraph's number if it has one ("9.1 2007.
// On 3 September …", "**1993:** In March …"), or 0 (ruleYearLead). The
// paragraph's dates without a year are in it, as a section's are in the
// year its heading names. A year that begins a sentence ("1993 was a
// year of …", "2007 saw …") labels nothing.
func leadYear(text string, off dateRules) int {
	if !off.on(ruleYearLead) {
		return 0
	}
	t := strings.TrimLeft(skipParagraphNumber(strings.TrimLeft(text, "*_ ")), "*_ ")
	if len(t) < 6 || !isDigitByte(t[0]) || !isDigitByte(t[1]) || !isDigitByte(t[2]) || !isDigitByte(t[3]) {
		return 0
	}
	rest := strings.TrimLeft(t[4:], "*_")
	for _, sep := range []string{". ", ": ", " – ", " — ", " - "} {
		if strings.HasPrefix(rest, sep) {
			return headingYear(t[:4])
		}
	}
	return 0
}

// skipParagraphNumber returns text after the number an official text
// gives its paragraph ("9.1 ", "12. ", "3.2.1 "), or text as it is. A
// number of four digits is no paragraph number but a year.
func skipParagraphNumber(text string) string {
	w, rest, ok := strings.Cut(text, " ")
	if !ok || !isSectionNumber(w) || strings.IndexByte(w, '.') >= 4 {
		return text // "2007. ": a year, not a paragraph's number
	}
	return rest
}

// headingDay returns the one day a section heading names with its year
// ("Chronology of 30 September 2010 (local time)"), or nil: a heading
// that names no day, a day without a year, or more than one date heads no
// single day's chronology.
func headingDay(h string, off dateRules) *Date {
	if !off.on(ruleTimeLed) || !strings.ContainsAny(h, "0123456789") {
		return nil
	}
	es := scanDates(h)
	if len(es) != 1 || es[0].kind != exCalendar || es[0].prec != PrecisionDay || es[0].last != nil || es[0].year == 0 {
		return nil
	}
	e := es[0]
	return &Date{Year: e.year, Month: e.month, Day: e.day, Precision: PrecisionDay}
}

// timeLed reports whether a list item's text opens with a time of day
// alone, set off by a colon or a dash from what happened then: a time on
// the clock ("07:00", "9.45 p.m.", "0600 hrs", "Around 21:00") or a part
// of the day ("Afternoon", "Early afternoon", "Late evening", "Around
// midday"), in at most three words.
func timeLed(text string, off dateRules) bool {
	words := strings.Fields(strings.Trim(timeLead(text, off), "*_ ,."))
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	hour := func(k int) bool { // "4" in "4 a.m."
		return k+1 < len(words) && isClockSuffix(strings.ToLower(words[k+1])) && isDigits(words[k]) && len(words[k]) <= 2
	}
	for k, w := range words[:len(words)-1] {
		if strings.ContainsAny(w, "0123456789") && !isClockText(w) && !hour(k) {
			return false
		}
	}
	last := strings.ToLower(strings.Trim(words[len(words)-1], "*_.,"))
	if isClockText(last) || len(words) >= 2 && isClockSuffix(last) && (isClockText(words[len(words)-2]) || hour(len(words)-2)) {
		return true
	}
	return last != "day" && isDayPart(last) || isHourOfDay(last) || isNightWord(last)
}

// timeLead returns what may be the time that opens an entry: a label in
// bold or underscores ("**Approximately 4 a.m.** Armed airmen …",
// "**Morning.** Students marched …"; ruleBoldTimeLead), else the words
// before the colon or dash that timeLeadEnd finds; "" where neither is.
func timeLead(text string, off dateRules) string {
	t := strings.TrimLeft(text, " ")
	if n := numberedPrefix(t); n > 0 && off.on(ruleBoldTimeLead) {
		t = t[n:] // a numbered paragraph's number: "7. **4 a.m.** …"
	}
	for _, mark := range []string{"**", "__"} {
		if !off.on(ruleBoldTimeLead) {
			break
		}
		if rest, ok := strings.CutPrefix(t, mark); ok {
			if k := strings.Index(rest, mark); k > 0 && k <= 40 {
				return rest[:k]
			}
		}
	}
	t = strings.TrimLeft(t, "*_ ")
	end := timeLeadEnd(t)
	if end <= 0 {
		return ""
	}
	return t[:end]
}

// numberedPrefix returns the length of a paragraph's number and the
// space after it ("7. ", "12) "), or 0.
func numberedPrefix(t string) int {
	k := 0
	for k < len(t) && k < 3 && t[k] >= '0' && t[k] <= '9' {
		k++
	}
	if k == 0 || k+1 >= len(t) || (t[k] != '.' && t[k] != ')') || t[k+1] != ' ' {
		return 0
	}
	return k + 2
}

// timeLeadEnd returns where the time that opens an entry ends: at the
// first colon that a space follows, or the first spaced dash, within the
// first 30 bytes; 0 if there is none.
func timeLeadEnd(t string) int {
	for i := 0; i < len(t) && i < 30; i++ {
		switch {
		case t[i] == ':' && (i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '*'):
			return i
		case t[i] == ' ' && (strings.HasPrefix(t[i:], " - ") || strings.HasPrefix(t[i:], " – ") || strings.HasPrefix(t[i:], " — ")):
			return i
		}
	}
	return 0
}

// isClockText reports whether w is a time on the clock written as one
// word: "07:00", "9.45", "21h30", "5pm", "10.30am".
func isClockText(w string) bool {
	w = strings.TrimRight(strings.ToLower(w), ".")
	for _, suf := range []string{"a.m", "p.m", "am", "pm"} {
		if h, ok := strings.CutSuffix(w, suf); ok && h != "" {
			if isDigits(h) && len(h) <= 2 {
				return true
			}
			w = h
			break
		}
	}
	i := strings.IndexAny(w, ":.h")
	return i >= 1 && i <= 2 && isDigits(w[:i]) && len(w)-i-1 == 2 && isDigits(w[i+1:])
}

// isClockTimeWord reports whether w, lower case, is a word of a time on the
// clock that needs no number before it: a time written as one word
// ("07:00", "4.00pm"), a word that marks the number before it as one
// ("a.m.", "hrs"; isClockSuffix), or an hour named by a word of the
// clock ("noon", "midday", "midnight"). A heading's or a head line's
// time after its day is made of such words (trimClockTime, cutClock).
func isClockTimeWord(w string) bool {
	switch w {
	case "noon", "midday", "midnight":
		return true
	}
	return isClockText(w) || isClockSuffix(w)
}

// isClockSuffix reports whether w, after a time on the clock, says it is
// one: "a.m.", "pm", "hrs", "GMT".
func isClockSuffix(w string) bool {
	switch strings.TrimRight(w, ".") {
	case "a.m", "p.m", "am", "pm", "hrs", "hours", "h", "gmt", "utc":
		return true
	}
	return false
}

// dateline reads a news dateline at the start of a paragraph: it becomes
// the moment of writing for the paragraphs that follow, until the next,
// and the narrative's latest day. text is the paragraph at index pi of
// the briefing, chain the title and headings it stands under. It returns
// text with the dateline blanked, so it is not read again as an event.
func (x *eventScan) dateline(pi int, text string, chain []string) string {
	e, end := findDateline(text)
	x.datelined = end > 0
	if end == 0 {
		if e, spoken, ok := x.momentLine(pi, text, chain); ok {
			x.speakFrom(e, spoken)
			x.dispatchPara = 0
			return strings.Repeat(" ", len(text))
		}
		if e, end := updateLabel(text, x.r.off); end > 0 {
			// "Update, 16 February: …": a later report, dated as a
			// dispatch is.
			x.datelined = true
			x.setMoment(e, false)
			return strings.Repeat(" ", end) + text[end:]
		}
		return text
	}
	e.dayName = 0 // a dateline's weekday picks no year for its date
	x.setMoment(e, false)
	return strings.Repeat(" ", end) + text[end:]
}

// momentLine reads a paragraph that is a line heading the text below it,
// no sentence of its own, for the day it speaks from: a date alone ("**June
// 12**"), as a dateline heads a report; a bold line or a labelled
// communication's day (boldMoment, labelledDay); a session's day-led
// lines (dayLedLines); a line of a plain document's head
// (headParagraphDay); a block heading one of a collection's documents,
// below the briefing's first paragraph (documentBlockDay); a dispatch's
// place and day alone over a report whose dateline gives no year
// (datelineAlone). text is the paragraph at index pi. spoken says the
// line labels a communication, whose "we" and perfects are its
// speakers' (resolver.spoken).
func (x *eventScan) momentLine(pi int, text string, chain []string) (e dateExpr, spoken, ok bool) {
	if e, ok := dateAlone(text); ok {
		return e, false, true
	}
	if e, ok := boldMoment(text, chain, x.r.off); ok {
		return e, true, true
	}
	if e, ok := labelledDay(text, x.r.off); ok {
		return e, true, true
	}
	if e, ok := x.plainPlaced(pi, text); ok {
		return e, true, true
	}
	if e, ok := dayLedLines(text, x.r.off); ok {
		return e, true, true
	}
	if e, ok = x.headParagraphDay(text); ok {
		return e, false, true
	}
	if e, ok = documentBlockDay(text, x.r.off); ok && pi > 0 && !readAsOneLine(text, x.r.off) {
		return e, true, true // a block inside the collection; its own head is headLine's
	}
	if e, ok = datelineAlone(text, x.r.off); ok && hasYearlessDateline(x.b) {
		return e, false, true
	}
	return dateExpr{}, false, false
}

// speakFrom makes e, the day of a line or heading that stands alone,
// the moment of writing (setMoment, headed); spoken says the line labels
// a communication, which holds while the moment was set.
func (x *eventScan) speakFrom(e dateExpr, spoken bool) {
	x.setMoment(e, true)
	if spoken {
		x.r.spoken = x.r.dateline != nil
	}
}

// setMoment makes a dateline's date, or a date heading's, the moment of
// writing and the narrative's latest day. A date without a year counts
// from the previous dateline, else from the briefing's date, never from
// the narrative's year. headed says the date stands
// alone on its line or heading (see resolver.horizon).
func (x *eventScan) setMoment(e dateExpr, headed bool) {
	prev, ctxYear, ctxPrev := x.r.dateline, x.r.ctxYear, x.r.prev
	x.momentHeading = ""
	x.r.dateline = nil
	if prev != nil {
		// Reports follow one another: a dateline without a year is in the
		// previous one's year, or the next ("Dec. 30 … Jan. 2").
		x.r.ctxYear, x.r.prev = prev.Year, prev
	} else if !x.r.ref.IsZero() {
		// The first report's year is the briefing's, not the narrative's:
		// backstory before it ("the putsch of 2000") dates no dispatch.
		x.r.ctxYear, x.r.prev = 0, nil
	}
	if e.year == 0 && prev != nil && prev.Month == e.month && prev.Day == e.day && x.r.off.on(ruleDatelineAlone) {
		// "**LA PAZ, Tuesday, August 4, 1981**" over "LA PAZ, Aug. 4
		// (HD) -": the report's own day, in the year its line gave.
		e.year = prev.Year
	}
	d, _, ok := x.r.resolve(e, tensePast, nil)
	x.r.dateline, x.r.ctxYear, x.r.prev = prev, ctxYear, ctxPrev
	if !ok || d.Year == 0 {
		return
	}
	d.Scheduled = false
	x.r.dateline, x.r.dayAnchor, x.r.prev, x.r.anchorNight = &d, &d, &d, nightNone
	x.r.ctxYear, x.r.headed, x.r.spoken = d.Year, headed, false
}

// noteDate reads the date of an editor's note that opens a section: a
// paragraph wholly in italics holding one day's date written in full
// ("*Press briefing given at the Secretariat on Wednesday 9 November
// 1983.*"). Such a note says when the text under it was given, as a
// dateline does, so its "today" and "last Wednesday" count from that
// day.
func noteDate(text string) (dateExpr, bool) {
	t := strings.TrimSpace(text)
	if len(t) < 3 || len(t) > 400 || t[0] != '*' && t[0] != '_' || t[len(t)-1] != t[0] || strings.HasPrefix(t, "**") {
		return dateExpr{}, false
	}
	var day *dateExpr
	for _, e := range scanDates(t) {
		switch {
		case e.kind == exWeekday && e.skip:
		case e.kind == exCalendar && e.prec == PrecisionDay && e.year != 0 && e.last == nil && day == nil:
			day = &e
		default:
			return dateExpr{}, false // more than one time: a note about several
		}
	}
	if day == nil {
		return dateExpr{}, false
	}
	return *day, true
}

// dateAlone reads a heading or a line that is one day's date and nothing
// else, perhaps in bold and after its weekday: "June 12", "**Saturday,
// 12 June 2010**". Words besides the date ("12 June: the massacre") make
// it the title of a part of the story instead.
func dateAlone(s string) (dateExpr, bool) {
	t := trim(s, " *_#:")
	if t == "" || len(t) > 40 || !strings.ContainsAny(t, "0123456789") {
		return dateExpr{}, false // most paragraphs: no need to scan
	}
	es := scanDates(t)
	if len(es) == 2 && es[0].kind == exWeekday && es[0].skip {
		es = es[1:]
	}
	if len(es) != 1 || es[0].kind != exCalendar || es[0].prec != PrecisionDay || es[0].last != nil {
		return dateExpr{}, false
	}
	before := trim(t[:es[0].start], " ,")
	if before != "" && !isWeekdayName(strings.ToLower(before)) || strings.TrimSpace(t[es[0].end:]) != "" {
		return dateExpr{}, false
	}
	return es[0], true
}

// sentence extracts the events of one sentence of a paragraph or list
// item, and returns the item's leading date: a chronology entry ("**Feb.
// 7** — …", "- January 10: …") dates every sentence of its item that
// gives no date of its own. A list item or a chronology entry is an event
// by its form, in the headline's present tense; prose needs a verb.
func (x *eventScan) sentence(p Paragraph, span [2]int, body, masked string, listItem, first bool, lead *Event) *Event {
	m := masked[span[0]:span[1]]
	prev := x.lastSentence
	x.lastSentence = m
	x.r.mentionedBefore, x.r.mentioned = x.r.mentioned, 0
	x.r.openedBefore, x.r.opened = x.r.opened, nil
	if x.isPublisherNote(m) {
		return lead // the publisher's own housekeeping: no event
	}
	var exprs []dateExpr
	exprs = x.dates.scanSentence(m, x.lowerMasked[span[0]:span[1]])
	if len(exprs) == 0 && lead == nil {
		if x.isLead(span, body, first) {
			x.reportLead(newUndated(p, span, body, m))
		} else if !listItem {
			x.inherit(newUndated(p, span, body, m))
		}
		return nil // most sentences: nothing to date
	}
	if x.r.off.on(ruleFirstPersonAm) {
		m = blankNameAm(m) // "in Frankfurt am Main": no present
	}
	st := x.readSentence(p, span, body, m, exprs, listItem, first, lead)
	st.prev = prev
	st.dateAll(exprs)
	x.noteDispatch(p, st, x.isLead(span, body, first))
	return x.closeSentence(p, span, body, m, exprs, listItem, lead, st)
}

// isLead reports whether the sentence at span, first in its item, is
// the lead of a dispatch: the sentence its paragraph's dateline opens
// (body is the paragraph with the dateline blanked).
func (x *eventScan) isLead(span [2]int, body string, first bool) bool {
	return x.datelined && first && span[0] <= leadStart(body) && leadStart(body) < span[1]
}

// dateAll dates the sentence by each of its dates, in order, and notes
// each as mentioned for the sentences after it.
func (st *sentenceScan) dateAll(exprs []dateExpr) {
	for i, xe := range exprs {
		if xe.last != nil {
			// "from December 1971 until late January of the following
			// year": a range's end counts from its start.
			start := xe
			start.last = nil
			st.mention(start)
		}
		if st.isTallySince(xe) {
			xe.last = &dateExpr{kind: exNowDay, prec: PrecisionDay} // "40 people have been killed since Monday": Monday to today
			st.date(i, xe)
		} else if !xe.skip || st.isOnsetSince(xe) || st.isSubjectYear(xe) || st.isOnsetOnward(xe) {
			st.date(i, xe)
		}
		st.mention(xe)
	}
}

// closeSentence ends a dated sentence's reading: a chronology entry's
// date taken by a sentence with none of its own, the anchor the next
// sentence's relative days count from, and the episode the sentence
// opens or goes on; it returns the item's leading date.
func (x *eventScan) closeSentence(p Paragraph, span [2]int, body, m string, exprs []dateExpr, listItem bool, lead *Event, st *sentenceScan) *Event {
	if !st.dated && st.eventful && st.lead != nil && st.leadAt < 0 {
		ev := *st.lead
		ev.Text = st.text
		x.out = append(x.out, ev)
	}
	// The next sentence's "several days later" counts from the latest day
	// this one reached ("on Dec. 24 …, and … the following night. Several
	// days later …" counts from the 25th), not from backstory it mentions
	// ("whose term had expired on August 20. Two days after the election
	// …").
	if st.latest != nil {
		x.r.dayAnchor, x.r.anchorNight = st.latest, x.dates.nightBefore(len(m))
	}
	if !st.dated && lead == nil && !listItem && x.r.off.on(ruleNamingYear) && onlyNamingYears(exprs) {
		// "Deputies also stripped Akayev of privileges that a 2003 law
		// had granted": the year names the law; the sentence is undated.
		x.inherit(newUndated(p, span, body, m))
		return st.lead
	}
	x.noteEpisode(p, st)
	return st.lead
}

// onlyNamingYears reports whether exprs, a sentence's dates, are all
// years that name which thing a noun is ("a 2003 law", "the 2006
// memorandum"; see dateExpr.heard): no time the sentence tells of.
func onlyNamingYears(exprs []dateExpr) bool {
	for _, xe := range exprs {
		if xe.kind != exCalendar || !xe.skip || !xe.heard || xe.prec != PrecisionYear || xe.last != nil {
			return false
		}
	}
	return len(exprs) > 0
}

// mention records the year xe writes out, the end's for a range, as the
// one "that year" refers back to (see resolver.anaphorYear), unless xe
// is a reference point, a decade, a day a clause defines, or sits in a
// relative clause or an aside, which a reader does not take up again.
func (st *sentenceScan) mention(xe dateExpr) {
	if xe.last != nil {
		xe = *xe.last
	}
	if xe.kind != exCalendar || xe.year == 0 || xe.yref != yrNone || xe.decade || xe.skip && !xe.heard {
		return
	}
	if scope, _ := dateScope(st.m, st.bounds, xe.start, xe.end); isAside(st.m, xe.start, st.x.r.off) || isRelativeClause(scope) && !st.isForwardRelative(xe) {
		return
	}
	if isDateSubjectOfCopula(st.m[clauseStart(st.bounds, xe.start):xe.start], st.m[xe.end:], st.x.r.off) {
		return // "25 March 1971 is the cut-off date": a defined day, no time the text tells of
	}
	st.x.r.mentioned = xe.year
}

// isForwardRelative reports whether xe, in a relative clause, carries
// the narrative on rather than looking back (rule forward-relative): its
// year lies after the narrative's and the sentence's main clauses wrote
// none ("was settled by the court, which ruled on 3 February 1994.
// Libyan forces withdrew in May of that year"). Backstory a relative
// clause gives lies behind the narrative ("the elite that had inherited
// the state in 1960"), and a main clause's year is the one a reader
// takes up.
func (st *sentenceScan) isForwardRelative(xe dateExpr) bool {
	r := st.x.r
	return r.off.on(ruleForwardRelative) && r.mentioned == 0 && r.ctxYear != 0 && xe.year > r.ctxYear
}

// sentenceScan is what one sentence's dates share.
type sentenceScan struct {
	x           *eventScan
	ref         Ref
	text, m     string // the sentence, and with quotations blanked
	bounds      []int  // its clause bounds
	lead        *Event // the item's leading date
	leadAt      int    // which expression is the lead, or -1
	headline    bool   // a list item or a chronology entry
	eventful    bool   // its dates are events
	conditional bool   // it opens with an inverted condition
	// local is the sentence's last day-precise date, for relative days
	// later in it; latest is its latest, for the next sentence.
	local, latest *Date
	localAt       int // where local was written
	// firstYear is its first date's year: a later date of an earlier
	// year is backstory ("By 2006 it numbered 2,000 troops along the
	// line drawn in 2000") and does not move the narrative back, unless
	// the first year was only counted ("the following year") and the
	// later one is written (see follow).
	firstYear    int
	firstCounted bool
	seen         [][2]Date // the dates emitted: a sentence has few, a slice beats a map
	dated        bool
	placed       bool       // one of its dates is one of the narrative's (see place), emitted or not
	exprs        []dateExpr // all its dates
	coarse       bool       // it has given a month or a year, not a day
	whole        tense      // the tense of the whole sentence, read once (see sharedTense)
	prev         string     // the sentence before, quotations blanked (see openBareTense)
}

// readSentence reads what a sentence's form says of all its dates.
func (x *eventScan) readSentence(p Paragraph, span [2]int, body, m string, exprs []dateExpr, listItem, first bool, lead *Event) *sentenceScan {
	b := strings.TrimSpace(body[span[0]:span[1]])
	st := &sentenceScan{x: x, ref: x.b.Ref(p.Number), text: strings.TrimSpace(p.Text[span[0]:span[1]]), m: m,
		bounds: clauseBounds(x.lowerMasked[span[0]:span[1]]), lead: lead, leadAt: -1, conditional: isInvertedConditional(b), exprs: exprs,
		whole: tenseUnread}
	if first {
		st.leadAt = leadIndex(m, exprs, x.r.off)
	}
	st.headline = listItem || st.leadAt >= 0 || lead != nil
	verbed := hasEventVerb(m[leadingAdjectiveEnd(x.lowerMasked[span[0]:span[1]]):]) || presentBeforeAny(m, exprs)
	quoted := m != body[span[0]:span[1]] && (mostlyQuoted(b, m) || isQuoteSpeakerDated(body[span[0]:span[1]], m, exprs, x.r.off)) &&
		!x.quotesInHappening(body[span[0]:span[1]], m) && !x.quotesFragments(b) && !x.quotesAddress(b, m, exprs)
	told := !isQuestionSentence(b) && (st.headline || verbed) && saysMoreThanDates(m, exprs)
	st.eventful = told && !quoted && !(x.r.off.on(ruleFigureTable) && isFigureTable(m))
	return st
}

// leadingAdjectiveEnd returns where a sentence's opening -ed form ends
// (m in ASCII lower case, offsets kept)
// when it qualifies the noun after it ("Displaced families at a camp
// near the border, March 2012"), else 0. A finite verb has its subject
// before it; an -ed form that opens a sentence and runs straight into a
// noun is an adjective, as in a caption. Before a preposition, a
// determiner or an adverb ("Deployed to the border on 3 May") it may
// still be a telegraphic report's verb, and is left alone.
func leadingAdjectiveEnd(m string) int {
	first, end := nextLowerWord(m, 0)
	if !isRegularPast(first) {
		return 0
	}
	next, _ := nextLowerWord(m, end)
	if next == "" || isPreposition(next) || isSubjectlessOpener(next) || isDeterminer(next) || next == "to" ||
		isPreverbAdverb(next) || hasEventVerbWords([]string{next}) || isCount(next) {
		return 0
	}
	return end
}

// date resolves the sentence's i-th expression and records it: as an
// event, as the narrative's latest date, as an anchor for relative dates.
func (st *sentenceScan) date(i int, xe dateExpr) {
	xe = st.subjectNamedYear(st.namedYear(xe))
	p, ok := st.place(i, xe)
	if !ok {
		return
	}
	st.placed = true
	st.follow(p, xe)
	if !p.figure {
		st.emit(i, p)
	}
	if i == st.leadAt && p.d.Precision == PrecisionDay && p.end.IsZero() && p.d.Year != 0 {
		d := p.d
		st.x.r.entry = &d // the entry's day: its weekdays count from it
	}
}

// placed is one of a sentence's dates, resolved, with what its clause
// says of it.
type placed struct {
	d, end              Date
	t                   tense
	scope               string // the words that govern it
	recalled, backstory bool   // an earlier event the sentence relates
	// figure says the clause states a figure at the date ("By 2006 it
	// numbered 2,000 troops"; see isMeasureState): the narrative has
	// reached that date, but nothing happened then.
	figure bool
	// aim says the date is an infinitive's, looking ahead ("signed a
	// ceasefire on 27 May, to take effect on 1 June"; see
	// hasInfinitiveBefore): a day planned, not one the narrative reached.
	aim bool
	// target says the date is what a thing named is for ("called
	// elections for 11 and 12 December"; see isTargetFor): ahead of the
	// clause, no day the narrative reached.
	target bool
}

// place resolves the i-th expression, or reports false when it is no
// date of the narrative: a condition, a tally's period, a recalled state,
// or a relative day with nothing to count from.
func (st *sentenceScan) place(i int, xe dateExpr) (placed, bool) {
	if xe.kind == exRelDay && xe.base == nil && st.local == nil && st.coarse {
		// "In September 2015 officers tried to seize power, but the
		// attempt collapsed within a week": the sentence has moved the
		// narrative to a month, so the last reported day is no anchor.
		return placed{}, false
	}
	p, at, announced := st.placeTense(i, xe)
	from := clauseStart(st.bounds, xe.start)
	ok := st.resolvePlaced(&p, xe, from, at, announced)
	defined := ok && st.isDefinedDay(p, xe, from)
	if !ok || !defined && st.statesNoHappening(p, xe, from) {
		return placed{}, false
	}
	st.boundAfter(&p, xe)
	dateEnd := at + xe.end - xe.start
	if i == st.leadAt {
		dateEnd = 0 // a chronology entry's scope starts after its date
	}
	p.figure = defined || isMeasureState(p.scope, at, st.x.r.off) || isNegated(p.scope, at, dateEnd, st.x.r.off) || isStateThroughout(st.m[from:xe.start], p.scope, st.x.r.off) || isLastingThrough(st.m[from:xe.start], p.scope, p, st.x.r.off) || isStateBy(st.m[from:xe.start], p.scope) ||
		isDecadeOnly(xe) || xe.decade && isDecadeSpan(st.m[from:xe.start]) || isAtPeak(st.m[from:xe.start], st.x.r.off) ||
		isBecomeBy(st.m[from:xe.start], p.scope, st.x.r.off) || isStativeCount(p.scope, at, dateEnd, st.x.r.off) ||
		isPastCopulaState(p.scope, at, dateEnd, st.x.r.off) || isYearByState(st.m[from:xe.start], st.m[xe.end:], p, st.x.r.off) ||
		isLevelReached(p.scope, at, dateEnd, st.x.r.off) || isFigureBound(st.m[from:xe.start], xe, st.x.r.off)
	aside := st.isParticipleAside(xe) || st.x.r.off.on(ruleReducedBackstory) && isReducedRelativeHead(p.scope[:at])
	p.backstory = st.x.isBackstory(p.d, p.t) || aside && p.d.Year != 0 && st.x.r.ctxYear != 0 && p.d.Year < st.x.r.ctxYear
	return p, !p.backstory || !isStateRecalled(p.scope)
}

// isNounDate reports whether xe, a calendar date without a year, follows
// "of" on a noun WordNet files as a happening, head being its clause's
// words before it ("I must refer to the events of", "will mark the
// anniversary of" is no happening's): the date names when that happening
// was, and the clause's verb, modal or future, does not direct it
// (ruleNounDate). So does a day after "on" on such a noun ("I must
// report an incident on 22 March", ruleNounOnDay).
func isNounDate(head string, xe dateExpr, off dateRules) bool {
	if xe.kind != exCalendar || xe.year != 0 || xe.yref != yrNone {
		return false
	}
	w := paddedWordList(head)
	n := len(w)
	if n < 2 || !isHappeningKind(w[n-2]) {
		return false
	}
	return w[n-1] == "of" || w[n-1] == "on" && xe.prec == PrecisionDay && off.on(ruleNounOnDay)
}

// isHappeningKind reports whether w is a noun of a happening as WordNet
// files its most frequent sense, or a general noun ("event", filed
// under noun.Tops) at least half of whose narrower and broader words are.
func isHappeningKind(w string) bool {
	l := wordnet.Load()
	if l.Happening(w) {
		return true
	}
	if l.Thing(w) {
		return false
	}
	kin := l.Kin(w)
	n := 0
	for _, k := range kin {
		if l.Happening(k) {
			n++
		}
	}
	return len(kin) > 0 && 2*n >= len(kin)
}

// placeTense reads the words that govern the i-th expression and the
// tense they put it in; at is where the expression sits in that scope,
// and announced says a report's future in the past sets its date.
func (st *sentenceScan) placeTense(i int, xe dateExpr) (p placed, at int, announced bool) {
	scope, at := dateScope(st.m, st.bounds, xe.start, xe.end)
	if i == st.leadAt {
		// A chronology entry's date governs the entry's sentence.
		scope, at = st.m[xe.end:], 0
	}
	p = placed{t: st.tense(scope, at, xe), scope: scope}
	p.aim = i != st.leadAt && st.x.r.off.on(ruleInfinitiveAim) && hasInfinitiveBefore(st.aimHead(scope[:at], xe))
	p.target = i != st.leadAt && st.targetFor(scope[:at], xe)
	if i == st.leadAt && isPlanNote(scope) {
		p.t = tenseFuture // "19–20 December (scheduled): GCC summit"
	}
	// "said that he would hand powers back early next month", "said the
	// withdrawal would be completed by 19 January": the future in the
	// past announces its date, an event only when it lies ahead of the
	// moment of writing. A calendar year alone ("would challenge him for
	// the leadership in 2015") sets no timetable: it states an aim.
	announced = !st.conditional && (xe.isDeictic() || xe.kind == exCalendar && xe.prec >= PrecisionMonth) &&
		(isReportedWould(st.m[:xe.start], scope, at) || isPossessiveWould(st.m[:xe.start], st.m[xe.end:], xe, st.x.r.off))
	if announced {
		p.t = tenseFuture // "said that he would hand powers back early next month"
	}
	return p, at, announced
}

// aimHead returns head, the words of xe's scope before it, reaching back
// over the colon of a time of day that bounds the scope ("to take effect
// at 07:00 GMT on 22 September"; rule clock-colon): that colon parts
// hours from minutes, no clauses, so an infinitive before the time still
// aims at the day after it.
func (st *sentenceScan) aimHead(head string, xe dateExpr) string {
	from := xe.start - len(head)
	if !st.x.r.off.on(ruleClockColon) || from < 2 || !isClockColon(st.m, from-1) {
		return head
	}
	start := 0
	for _, b := range st.bounds {
		if b < from-1 && !isClockColon(st.m, b) {
			start = b + 1
		}
	}
	return st.m[start:xe.start]
}

// isClockColon reports whether the colon at byte i of s stands between
// two digits, as in a time of day ("07:00").
func isClockColon(s string, i int) bool {
	return i > 0 && i+1 < len(s) && s[i] == ':' && isDigitByte(s[i-1]) && isDigitByte(s[i+1])
}

// resolvePlaced resolves xe into p's dates, counting a recalled clause's
// day back from the known one, and reports false for a condition's date,
// which is neither an event nor the narrative's. xe starts at from's
// clause, at in p.scope.
func (st *sentenceScan) resolvePlaced(p *placed, xe dateExpr, from, at int, announced bool) bool {
	p.recalled = (xe.beforeClause || xe.yearsBeforeClause) && (isLightClause(st.m[from:xe.start]) || st.local != nil && st.localAt >= from)
	if p.recalled {
		// "The agreement came a day after Aliyev announced", "the city
		// fell on 7 July, two days after Mukalla was taken": the clause
		// after "after" is the day before the known one.
		xe.delta = -xe.delta
	}
	if st.rollsOverNight(xe) {
		xe.delta++ // "At 10 p.m. on Sunday … Shortly after midnight": Monday
	}
	xe.nounOf = st.x.r.off.on(ruleNounDate) && !isPastTense(p.t) && isNounDate(st.m[from:xe.start], xe, st.x.r.off)
	var ok bool
	p.d, p.end, ok = st.x.r.resolve(xe, p.t, st.local)
	if p.recalled && xe.kind == exCalendar {
		p.d, p.end, ok = st.yearsBack(xe)
	}
	if !ok || st.conditional || !announced && (dateMoodCue(p.scope, at, at+xe.end-xe.start, st.x.r.off) || isInvertedClause(p.scope, at)) || announced && !p.d.Scheduled ||
		isCounterfactualTerm(st.m[from:xe.start], st.m[xe.end:]) || st.x.r.off.on(ruleOvertakenPlan) && isOvertakenPlan(st.m[from:xe.start]) {
		return false
	}
	if st.isCountedPast(xe, *p) || st.isFutureWindow(xe, *p) {
		return false
	}
	if xe.asOf && xe.kind == exWeek {
		// "As of this week, the parties have begun moving troops": done
		// by now, on some day the report does not give; its month.
		p.d, p.end = Date{Year: p.d.Year, Month: p.d.Month, Precision: PrecisionMonth, Scheduled: p.d.Scheduled}, Date{}
	}
	return true
}

// isCountedPast reports whether xe, counted forward from the narrative,
// lands past the moment of writing in a clause that is no future
// (ruleCountedPast): "Two weeks after the fall of Hasina, the country has
// returned to normal", under a dateline, is no day of the text. A count
// of months does so as a count of days does (ruleCountedMonths): "Four
// months after the start of the offensive, most of the displaced have
// returned home".
func (st *sentenceScan) isCountedPast(xe dateExpr, p placed) bool {
	if !p.d.Scheduled || p.t == tenseFuture || p.t == tensePastPlan || !st.x.r.off.on(ruleCountedPast) {
		return false
	}
	return xe.kind == exRelDay || xe.kind == exRelMonth && st.x.r.off.on(ruleCountedMonths)
}

// isFutureWindow reports whether xe is a window of weeks ahead of the
// moment of writing, counted from no day of its sentence, in a clause
// that plans ("a civilian prime minister will be appointed within two
// weeks"; rule future-window): the text says by when the plan is to be
// done, not when, and the window's month or year is no date of it. A
// window after a day the narrative told ("Within two weeks the rebels had
// withdrawn") dates what happened in it (ruleWithinWeeks).
func (st *sentenceScan) isFutureWindow(xe dateExpr, p placed) bool {
	return xe.window && xe.kind == exRelDay && xe.base == nil && st.local == nil && p.d.Scheduled && p.t == tenseFuture && st.x.r.off.on(ruleFutureWindow)
}

// yearsBack dates the clause after a count of years and "after" that
// follows the sentence's known date (rule years-after-clause): "on Sunday,
// exactly one year after Morsi was sworn in" is that Sunday a year back;
// without "exactly", that year. xe.delta holds the count, already turned
// back by resolvePlaced.
func (st *sentenceScan) yearsBack(xe dateExpr) (Date, Date, bool) {
	if st.local == nil {
		return Date{}, Date{}, false
	}
	d := *st.local
	d.Year += xe.delta
	d.Scheduled = false
	if !xe.exact {
		d = Date{Year: d.Year, Precision: PrecisionYear}
	}
	return d, Date{}, validDate(d)
}

// isCounterfactualTerm reports whether a date stands in a "without" or
// "but for" phrase whose sentence goes on in a modal perfect: "without
// the audience on Wednesday night, troops might well have moved", "But
// for the rains in May the offensive would have reached the coast". The
// phrase is the condition of what did not happen; the sentence reports
// no happening at its date. head is the clause's words before the date,
// rest the sentence after it. "Without warning, troops stormed the
// campus on Wednesday" has no modal perfect, and dates.
func isCounterfactualTerm(head, rest string) bool {
	if !strings.Contains(head, "ithout") && !strings.Contains(head, "but for") && !strings.Contains(head, "But for") {
		return false // most dates
	}
	h := strings.Fields(paddedWords(head))
	if !slices.Contains(h, "without") && !slices.Contains(h, "for") {
		return false
	}
	w := strings.Fields(paddedWords(rest))
	for i, v := range w {
		if v != "would" && v != "might" && v != "could" {
			continue
		}
		for k := i + 1; k < len(w) && k <= i+3; k++ {
			if w[k] == "have" {
				return true
			}
		}
	}
	return false
}

// statesNoHappening reports whether p's clause dates a state, a tally,
// a recurrence or a property rather than something that happened then.
// from is where xe's clause starts.
func (st *sentenceScan) statesNoHappening(p placed, xe dateExpr, from int) bool {
	if st.reportsState(xe) || xe.last != nil && isTallyOver(st.m[from:xe.start]) || isSpreadOver(st.m[from:xe.start]) ||
		xe.asOf && (!hasPerfectOfChange(p.scope) || hasWord(p.scope, "since")) {
		return true
	}
	if xe.attributive && p.t != tensePast && p.t != tensePastPerfect {
		// "killed in the January fighting" narrates; "have died, most
		// of them in the January riots" tallies up to now.
		return true
	}
	return st.isRecurring(p, xe) || st.isCurrentProperty(p, xe) || st.isSubjectsDate(p, xe) || isObjectParticipleDate(st.m[from:xe.start], st.x.r.off) ||
		st.isPastOfPresentState(p, xe) || isPresentStateUntil(p, xe) || xe.last == nil && isCopulaFrom(st.m[from:xe.start]) ||
		isConstrued(st.m[:xe.start], st.m[xe.end:]) || isDateSubjectOfCopula(st.m[from:xe.start], st.m[xe.end:], st.x.r.off) ||
		isStativeSpan(st.m[from:xe.start], xe, p.t, st.x.r.off) || isAboutSubjectDate(st.m[from:xe.start], xe, p.t, st.x.r.off) || st.x.r.dateline == nil && isGenericView(st.m[:xe.start], st.x.r.off) ||
		isNamedAfter(st.m[:xe.start], st.x.r.off) || isReferenceClause(st.m[:xe.start], st.x.r.off) || isWishedStateUntil(st.m[from:xe.start], xe, st.x.r.off) ||
		isTenureSpan(st.m[from:xe.start], xe, p.t, st.x.r.off) || isPeriodRange(st.m[from:xe.start], xe, st.x.r.off) || isRulingSpan(st.m[from:xe.start], xe, p.t, st.x.r.off) ||
		isContinuedToYear(st.m[from:xe.start], xe, st.x.r.off) || isOwnDocument(st.m, st.prev, st.m[:xe.start], st.m[xe.end:], st.x.r.off)
}

// isReferenceClause reports whether head, the sentence before a date,
// ends in a temporal clause in the present whose verb the date follows
// ("before his term ends next year", "when his mandate ends in November
// 2015"), under a main clause that tells no happening at that time (rule
// reference-clause): a bound ("before", "until") places the main
// clause's happening on one side of the date, and a modal or an
// infinitive ("he would have to step down when …", "was refusing to
// step down before …") tells of none. The clause's date is the main
// clause's reference time, no event of its own.
func isReferenceClause(head string, off dateRules) bool {
	if !off.on(ruleReferenceClause) {
		return false
	}
	w := paddedWordList(head)
	n := len(w)
	if n > 0 && (w[n-1] == "in" || w[n-1] == "on" || w[n-1] == "at" || w[n-1] == "by") {
		n--
	}
	// The clause is a subordinator, a determiner, a noun and a verb that
	// opens or closes a span, in the third person present ("his mandate
	// ends", "the session opens"): an -s form of that closed class after
	// a noun is the verb, where another ("their peace talks") may be a
	// noun's plural.
	if n < 5 {
		return false
	}
	if v, ok := presentThird(w[n-1], w[n-2], off); !ok || !isBeginForm(v) && !isEndForm(v) || !isPossessiveDeterminer(w[n-3]) && w[n-3] != "the" {
		return false
	}
	k := n - 4
	switch w[k] {
	case "before", "until", "till":
		return true
	case "when", "once", "after":
		main := w[:k]
		return slices.ContainsFunc(main, isModalWord) || hasInfinitiveBefore(" "+strings.Join(main, " ")+" ")
	}
	return false
}

// presentThird returns v, a verb after the noun subj, in the third
// person singular present, and whether v is a present that agrees with
// subj: an -s form as it is, or a bare form after a plural noun (rule
// plural-reference: "when the rains end in October", "before the talks
// open"), given its -s form. A bare form after a singular noun ("the
// war's end") is a noun.
func presentThird(v, subj string, off dateRules) (string, bool) {
	if strings.HasSuffix(v, "s") {
		return v, true
	}
	plural := len(subj) > 3 && strings.HasSuffix(subj, "s") && !strings.HasSuffix(subj, "ss") && !strings.HasSuffix(subj, "'s")
	return v + "s", off.on(rulePluralReference) && plural
}

// isPossessiveDeterminer reports whether w is a possessive determiner.
func isPossessiveDeterminer(w string) bool {
	switch w {
	case "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	return false
}

// isModalWord reports whether w is a modal of what would or could be:
// "would", "could", "might".
func isModalWord(w string) bool { return w == "would" || w == "could" || w == "might" }

// isDateSubjectOfCopula reports whether a date opens its clause as the
// subject of a copula and its complement, or of "mark", which says what
// the day is as a copula does ("Sunday marks thirty years since the
// first coup"): "Under its terms, 25 March 1971
// is the cut-off date", "1 August is a public holiday". The clause
// defines or classes the day; nothing happens on it, and the narrative
// does not move to it. A passive ("3 May was declared a holiday") or a
// progressive reports a happening and is left alone. head is the
// clause's words before the date, rest the sentence after it.
func isDateSubjectOfCopula(head, rest string, off dateRules) bool {
	if k := strings.LastIndexByte(head, ','); k >= 0 {
		head = head[k+1:] // after an opening phrase: "Under its terms, "
	}
	w, end := nextLowerWord(rest, 0)
	next, end := nextLowerWord(rest, end)
	if (w == "has" || w == "have" || w == "had") && next == "been" && off.on(ruleCopulaPerfect) {
		// "…, and 18 May has been a day of remembrance since 1997": the
		// perfect of the copula classes the day, as "is" does, in a
		// clause of its own after "and" too.
		w = "was"
		next, _ = nextLowerWord(rest, end)
		head = trimLinkingWord(head)
	}
	if strings.IndexFunc(head, unicode.IsLetter) >= 0 {
		return false
	}
	if w == "marks" || w == "marked" || w == "will" && next == "mark" {
		return true // "Sunday marks thirty years since the coup": what the day is, as a copula says
	}
	if w != "is" && w != "are" && w != "was" && w != "were" && w != "remains" && w != "remained" {
		return false
	}
	if isPresentPassiveOf(w, next, rest[end:], off) {
		return true // "6 October is celebrated as Armed Forces Day": what is done with the day now
	}
	return next != "" && !isParticiple(next) && !strings.HasSuffix(next, "ing")
}

// isPresentPassiveOf reports whether w, a copula after a date that opens
// its clause, and next, the word after it, are a passive in the simple
// present, perhaps with an adverb between ("6 October is celebrated as
// Armed Forces Day", "13 May is still marked by a parade"; rule
// present-passive-day): the present tells what is done with the day
// now, a custom, and nothing that happened on it. after is the text
// after next. The past ("3 May was declared a holiday") reports a
// happening and is left alone.
func isPresentPassiveOf(w, next, after string, off dateRules) bool {
	if !off.on(rulePresentPassiveDay) || w != "is" && w != "are" {
		return false
	}
	if isPreverbAdverb(next) {
		next, _ = nextLowerWord(after, 0)
	}
	return next != "been" && next != "had" && isParticiple(next)
}

// trimLinkingWord returns head, the words of a clause before a date,
// without the coordinating conjunction that links the clause to the one
// before ("and", "but"; ruleCopulaPerfect): "…, and 18 May has been a
// day of remembrance" opens its clause with the date all the same. Only
// the perfect is read so: after "and" a past copula may sum up what a
// year held ("and 1980 was the bloodiest year, with a hundred killed").
func trimLinkingWord(head string) string {
	w, end := nextLowerWord(head, 0)
	if w == "and" || w == "but" {
		return head[end:]
	}
	return head
}

// isConstrued reports whether a date stands in what a present verb of
// construal takes "as" something: "Historians now treat the years from
// 1912 to 1923 as one revolutionary decade", "official histories present
// the conflict as part of a struggle that had begun in 1945". The clause
// tells how the past is seen today; its dates are the view's terms, not
// happenings it reports. before and after are the sentence's words on
// either side of the date; "as" may stand on either side, after the
// verb. A past verb ("contemporaries saw the raid as a failure") reports
// what was thought then, and is left alone.
func isConstrued(before, after string) bool {
	if !strings.Contains(before, "as ") && !strings.Contains(after, "as ") {
		return false // most dates
	}
	w := strings.Fields(paddedWords(before))
	for i := len(w) - 1; i > 0; i-- {
		if !isConstrualPresent(w[i]) {
			continue
		}
		k := i - 1
		for k > 0 && isPreverbAdverb(w[k]) {
			k-- // "historians now commonly treat"
		}
		if !endsSubject(w[k]) || leadsNoun(w[k]) {
			return false
		}
		return slices.Contains(w[i+1:], "as") || hasWord(after, "as")
	}
	return false
}

// isConstrualPresent reports whether w is the present of a verb that
// takes an object "as" what it is seen to be: "regard", "treat",
// "present", "view", "see", "describe", "portray", "depict",
// "remember", "characterise", "interpret".
func isConstrualPresent(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "regard", "treat", "present", "view", "see", "describe", "portray", "depict", "remember",
		"characterise", "characterize", "interpret", "consider":
		return true
	}
	return false
}

// isCopulaFrom reports whether head, the clause's words before a date,
// end in a form of "be", its complement and "from": "who had been regent
// from 1916", "was in exile from March 1950". The date is when a state
// began, told as a reference point, as "emperor since 1930" is: no
// happening. A passive ("was held from 3 May") or a progressive ("were
// fighting from dawn") reports what was done, and still dates; so does a
// range ("was president from 1975 to 1980"), which the caller excludes.
func isCopulaFrom(head string) bool {
	if !strings.Contains(head, "from") {
		return false // most dates
	}
	w := strings.Fields(paddedWords(head))
	if len(w) < 3 || w[len(w)-1] != "from" {
		return false
	}
	for k := len(w) - 2; k >= 0 && k >= len(w)-7; k-- {
		switch v := w[k]; {
		case v == "been" || v == "was" || v == "were" || v == "is" || v == "are" || v == "be":
			return k < len(w)-2 // a complement between the copula and "from"
		case isParticiple(v) || strings.HasSuffix(v, "ing") || isClauseLink(v) || isVerbForm(v):
			return false
		}
	}
	return false
}

// boundAfter moves a date written without a year after "until" to the
// year that puts it after the sentence's earlier day: "adopted the
// resolution on 30 May, authorising a force until 1 September" ends the
// force's mandate after it began, whatever the clause's tense says of
// direction; it is scheduled when that lies after the moment of writing.
func (st *sentenceScan) boundAfter(p *placed, xe dateExpr) {
	a := st.local
	if !xe.until || xe.year != 0 || xe.yref != yrNone || xe.kind != exCalendar || a == nil || p.d.Year == 0 ||
		compareDateKeys(p.d.end(), a.start()) >= 0 {
		return
	}
	p.d.Year++
	st.x.r.schedule(&p.d, tensePresent)
}

// isRecurring reports whether a date written without a year, in a clause
// in the simple present, names a day that comes round every year rather
// than one that happens: "Serbia still marks 24 March as a day of
// mourning". The present dates an event only ahead of the moment of
// writing ("the new president takes office on May 29"); behind it, or
// with no moment to tell, it states a habit.
func (st *sentenceScan) isRecurring(p placed, xe dateExpr) bool {
	if xe.year == 0 && xe.yref == yrNone && hasFrequencyWith(p.scope, st.x.r.off.on(ruleComplementFrequency), st.x.r.off.on(ruleContinuedHabit)) {
		return true // "Every year on 12 March veterans gathered"
	}
	if xe.kind == exCalendar && xe.year == 0 && xe.yref == yrNone && (p.t == tensePresent || p.t == tenseNone || p.t == tensePerfect) && namesObservance(p.scope) {
		return true // "The harvest festival falls on 15 September", "has been kept as a holiday"
	}
	if p.t != tensePresent || xe.kind != exCalendar || xe.year != 0 || xe.yref != yrNone || st.chronology() {
		return false
	}
	now := st.x.r.now()
	return now == nil || compareDateKeys(p.d.start(), now.start()) <= 0
}

// namesObservance reports whether scope names a day the calendar keeps:
// a noun WordNet files under such days ("holiday", "anniversary",
// "festival"), or a name that ends in "Day" ("Independence Day"). In
// the present, a date without a year that such a day falls on comes
// round every year.
func namesObservance(scope string) bool {
	lex := wordnet.Load()
	prevCapital := false
	for _, f := range strings.FieldsFunc(scope, func(r rune) bool { return !isDateWordRune(r) }) {
		if f == "Day" && prevCapital || lex.Observance(strings.ToLower(f)) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(f)
		prevCapital = unicode.IsUpper(r)
	}
	return false
}

// hasFrequency reports whether scope quantifies over times: "every" or
// "each" before a unit of the calendar, a month or a day of the week
// ("every year", "each March", "every Friday"), or "annually". A date in
// such a clause names a day that comes round, not one that happened, in
// any tense ("every year on 12 March veterans gathered").
func hasFrequency(scope string) bool { return hasFrequencyWith(scope, false, false) }

// hasFrequencyWith is hasFrequency, which, when complements, reads no
// further than an infinitive complement ("to" and a verb): in "On 17
// October ministers agreed to cut output by five percent each month"
// the month recurs in what was agreed, and the agreement was one day.
// When aspect, an infinitive after a verb of going on ("have continued
// to hold events on 28 October each year") is read on: the habit is the
// clause's own (rule continued-habit).
func hasFrequencyWith(scope string, complements, aspect bool) bool {
	if !strings.Contains(scope, "very ") && !strings.Contains(scope, "ach ") && !strings.Contains(scope, "nnual") &&
		!strings.Contains(scope, "early") && !strings.Contains(scope, "ly ") && !strings.Contains(scope, "always") && !strings.Contains(scope, "days") &&
		!strings.Contains(scope, "ce a ") && !strings.Contains(scope, "times a ") && !strings.Contains(scope, " per ") &&
		!strings.Contains(scope, "most ") && !strings.Contains(scope, "many ") && !strings.Contains(scope, "for ") &&
		!strings.Contains(scope, "evenings") && !strings.Contains(scope, "mornings") && !strings.Contains(scope, "nights") && !strings.Contains(scope, "afternoons") {
		return false // "every", "each", "annually", "yearly", "usually", "Fridays": most clauses have none
	}
	w := paddedWordList(scope)
	for i, v := range w {
		switch {
		case complements && v == "to" && i+1 < len(w) && verbs.Load().IsVerbFirst(w[i+1]) && !(aspect && i > 0 && isContinuingVerb(w[i-1])):
			return false // the rest is what is to be done
		case v == "annually" || v == "yearly" || isFrequencyAdverb(v):
			return true
		case (v == "every" || v == "each") && i+1 < len(w) && isCalendarUnit(w[i+1]):
			return true
		case i+1 < len(w) && isRate(w[:i], v, w[i+1]):
			return true // "twice a year", "in most years"
		case v == "for" && spansYears(w[i+1:]):
			return true // "was marked for decades as a day of victory"
		case len(v) > 3 && v[len(v)-1] == 's' && isWeekdayName(v[:len(v)-1]):
			return true // "on Fridays"
		case isWeekdayName(v) && i+1 < len(w) && isPluralDayPart(w[i+1]) && (i < 2 || !isWeekdayName(w[i-2])):
			return true // "on Friday evenings", not "on Thursday and Friday nights", two nights
		}
	}
	return false
}

// isContinuingVerb reports whether w is a form of "continue", by
// WordNet's lemmas ("continues", "continued", "continuing"): the verb
// says a habit went on, so its infinitive ("continued to hold events each
// year") is the habit itself, not a plan made on one day.
func isContinuingVerb(w string) bool {
	return slices.Contains(wordnet.Load().Lemmas(w), "continue")
}

// isPluralDayPart reports whether w is a part of the day in the plural,
// which after a weekday makes it come round: "on Friday evenings",
// "Sunday mornings".
func isPluralDayPart(w string) bool {
	switch w {
	case "mornings", "afternoons", "evenings", "nights":
		return true
	}
	return false
}

// spansYears reports whether w, the words after "for", open a duration
// of years or longer: "years", "decades", "many years", "two
// centuries", "generations". A day or a month without a year, in a
// clause that lasts that long, must come round: it cannot be one day.
// Shorter spans ("shelled the town for days") last from the date.
func spansYears(w []string) bool {
	if len(w) > 1 && (w[0] == "many" || w[0] == "several" || w[0] == "some" || w[0] == "more" || numberWord(w[0]) > 1 || isAllDigits(w[0])) {
		w = w[1:]
	}
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "years", "decades", "centuries", "generations":
		return true
	}
	return false
}

// isFrequencyAdverb reports whether w says how often something happens,
// as a habit: "usually", "normally", "always". With a day or a month
// and no year ("the rains usually start in June") the clause tells what
// comes round.
// isRate reports whether v and next, after the words before, quantify
// over times: a count per unit ("twice a year", "three times a month",
// "once per year") or a quantifier over a plural unit ("in most years",
// "in many years"). Either says how often, as "every year" does.
func isRate(before []string, v, next string) bool {
	if (v == "a" || v == "per") && isCalendarUnit(next) && len(before) > 0 {
		switch before[len(before)-1] {
		case "once", "twice", "thrice", "times":
			return true
		}
	}
	unit, plural := strings.CutSuffix(next, "s")
	return (v == "most" || v == "many") && plural && isCalendarUnit(unit)
}

func isFrequencyAdverb(w string) bool {
	switch w {
	case "usually", "normally", "always", "typically", "generally", "customarily", "traditionally", "habitually", "routinely", "regularly":
		return true
	}
	return false
}

// isCalendarUnit reports whether w names a recurring stretch of the
// calendar: a unit, a season, a month or a day of the week.
func isCalendarUnit(w string) bool {
	switch w {
	case "year", "month", "week", "day", "spring", "summer", "autumn", "fall", "winter":
		return true
	}
	months := monthNames()
	return isWeekdayName(w) || slices.Contains(months[:], w)
}

// isSubjectsDate reports whether a past date, in a clause in the
// present, stands inside the clause's subject, after a noun and before
// its verb: "The Sandinista triumph over the Somoza dictatorship in 1979
// remains the party's founding myth" says what the triumph is now; it
// reports nothing of 1979. A date that opens the clause ("In 1979 the
// Sandinistas take power", the historical present) or follows its verb
// ("is blamed for the murder in August 2002") is not in the subject.
func (st *sentenceScan) isSubjectsDate(p placed, xe dateExpr) bool {
	now := st.x.r.now()
	if p.t != tensePresent || st.headline || now == nil || compareDateKeys(p.d.end(), now.start()) >= 0 {
		return false
	}
	from := clauseStart(st.bounds, xe.start)
	head := st.m[from:xe.start]
	if len(strings.Fields(head)) < 3 || hasEventVerb(head) {
		return false // the clause opens with the date, or its verb comes first
	}
	w := paddedWordList(st.m[xe.end:])
	for len(w) > 1 && isPreverbAdverb(w[0]) {
		w = w[1:] // "in 1994 still haunts", "in 1979 now remains"
	}
	return len(w) > 0 && isPresentAt(append([]string{lastWord(st.m[xe.start:xe.end])}, w...), 1)
}

// isPastOfPresentState reports whether a past date qualifies a clause
// that states, in the present, what is: "Figures in this fact sheet are
// those available to the Secretariat on 8 November 1983" says what the
// figures are now; nothing happened on the 8th. The present places an
// event only ahead of the moment of writing (see isRecurring); behind
// it, a stative present ("is", "are", "has") describes. A chronology
// entry's present is its past, and is left alone.
func (st *sentenceScan) isPastOfPresentState(p placed, xe dateExpr) bool {
	if p.t != tensePresent || st.headline || !st.behindWriting(p, xe) {
		return false
	}
	return isStativePresent(p.scope) && !hasPresentPassive(p.scope)
}

// behindWriting reports whether placed date p lies before the moment of
// writing. With no moment of writing (an article saved with no date), a
// date that writes its year is taken to lie behind it (rule
// undated-present): an encyclopedic article tells its crisis after the
// fact, and "the number killed between 1965 and 1979 is unknown" states
// what is known now, whenever now is. A day without a year ("takes
// office on 29 May") may still lie ahead.
func (st *sentenceScan) behindWriting(p placed, xe dateExpr) bool {
	if now := st.x.r.now(); now != nil {
		return compareDateKeys(p.d.end(), now.start()) < 0
	}
	return xe.year != 0 && st.x.r.off.on(ruleUndatedPresent)
}

// hasPresentPassive reports whether scope holds "is" or "are" and a
// participle: "is blamed for the murder of a deputy in August 2002"
// reports, in the present, a judgement about a past happening, which the
// date dates.
func hasPresentPassive(scope string) bool {
	w := paddedWordList(scope)
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "is" && w[i] != "are" {
			continue
		}
		k := i + 1
		if k+1 < len(w) && isPreverbAdverb(w[k]) {
			k++ // "is widely blamed"
		}
		if isParticiple(w[k]) {
			return true
		}
	}
	return false
}

// isPreverbAdverb reports whether w is an adverb that may stand between
// a subject and its verb: one of time (see isAdverbOfTime), "still",
// "now", or one in -ly ("largely remains").
func isPreverbAdverb(w string) bool {
	return isAdverbOfTime(w) || w == "still" || w == "now" || len(w) > 4 && strings.HasSuffix(w, "ly")
}

// lastWord returns the last word of s, in lower case.
func lastWord(s string) string {
	f := paddedWordList(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// isCurrentProperty reports whether a date in a relative clause in the
// present, set off by commas, holds the moment of writing: "Kenya, which chairs the bloc this
// year, sent troops" describes Kenya as it is, over a period still
// running; it reports nothing that happened then. A clause with no past
// form counts as present ("chairs" is no verb by its form). So does a
// stative present anywhere ("This autumn the country has a president",
// as "today the country is calm"). A present clause with a day ahead
// ("who takes office on May 29") still announces.
func (st *sentenceScan) isCurrentProperty(p placed, xe dateExpr) bool {
	now := st.x.r.now()
	if now == nil || p.d.Precision == PrecisionDay || compareDateKeys(p.d.start(), now.start()) > 0 || compareDateKeys(p.d.end(), now.start()) < 0 {
		return false
	}
	if p.t == tensePresent && (isStativePresent(p.scope) || st.isPeriodSubject(xe)) {
		return true // "This autumn the country has a president", "This year marks the anniversary"
	}
	clause, from := clauseAt(st.m, st.bounds, xe.start, xe.end)
	seg, _ := commaPhrase(clause, xe.start-from, xe.end-from)
	if !isRelativeClause(seg) {
		return false
	}
	t := clauseTense(seg, 0)
	return t == tensePresent || t == tenseNone
}

// follow moves the narrative on with a placed date: its year, the day
// and month relative dates count from, the day weekdays count from.
func (st *sentenceScan) follow(p placed, xe dateExpr) {
	ahead, aside := st.followYear(p, xe)
	if ahead {
		return
	}
	st.followDay(p, xe, aside)
}

// followYear moves the narrative's year on with a placed date, unless
// the date is ahead of the narrative or aside from it, and reports which.
func (st *sentenceScan) followYear(p placed, xe dateExpr) (ahead, aside bool) {
	x, d := st.x, p.d
	// A state's end after "until" ("reigned until his death in 2020") is
	// no time the narrative reached: states do not move it on.
	// A flash-forward ("He eventually died in exile in 1985") tells how a
	// story ended, ahead of the narrative: it moves neither the year nor
	// the day the next sentences count from.
	ahead = isFlashForward(p.scope) || p.target || st.isObjectYearAhead(d, xe)
	// A decade ("set up in the 1980s") is no year: "in March" after it
	// is March of the year the text gave before, or of the moment of
	// writing, not March 1980.
	aside = isRelativeClause(p.scope) || isAside(st.m, xe.start, st.x.r.off) || st.headline && !st.chronology() || xe.until || ahead || xe.decade
	// A year written in full is the writer's own word for the
	// narrative's time; a counted one ("the following year", after a
	// heading that set the year) is the reader's inference, and gives
	// way: "recaptured the town the following year, and in 1986 the war
	// peaked" is in 1986.
	written := xe.kind == exCalendar && xe.year != 0 && xe.yref == yrNone
	if !p.backstory && !aside && (st.firstYear == 0 || d.Year == 0 || d.Year >= st.firstYear || st.firstCounted && written) {
		x.advance(d, p.t, st.eventful)
	} else if aside && written && !xe.decade && x.r.ctxYear == 0 && x.r.now() == nil {
		// "The rebels, who had crossed the border in May 1990, took the
		// capital in August": where neither the text nor a date of
		// writing has given a year, an aside's is the best there is.
		x.advance(d, p.t, st.eventful)
	}
	if st.firstYear == 0 {
		st.firstYear, st.firstCounted = d.Year, xe.kind == exCalendar && xe.yref != yrNone
	}
	return ahead, aside
}

// followDay sets the days later dates count from: the day relative dates
// count from, the first day of what began, the paragraph's day in full.
func (st *sentenceScan) followDay(p placed, xe dateExpr, aside bool) {
	x, d := st.x, p.d
	// An infinitive's aim after a day the sentence told ("signed on 27
	// May, to take effect on 1 June") is no day the narrative reached:
	// "The following day" counts from the signing.
	recalled := p.recalled || p.aim && st.latest != nil || st.isAsideAfterDay(p, xe) || xe.withinBound && x.r.off.on(ruleWithinBound)
	if p.end.Precision == PrecisionDay {
		st.anchor(p.end, p.t, recalled, xe.start) // "within hours of the result" of a two-day vote: from its last day
	} else {
		st.anchor(d, p.t, recalled, xe.start)
	}
	// A span kept to its month or year by our reading ("in the days
	// after the signing") moved the narrative to no coarser time.
	st.coarse = st.coarse || d.Precision < PrecisionDay && !xe.toMonth && !xe.toYear
	if d.Precision == PrecisionDay && !d.Scheduled && st.eventful && hasBeginForm(p.scope) {
		dd := d
		x.r.startDay = &dd // "the offensive began on 3 March": day one of what follows
	}
	if xe.kind == exCalendar && d.Precision == PrecisionDay && !d.Scheduled && st.eventful && !p.backstory && !aside {
		dd := d
		x.r.paraDay = &dd // a day given in full: the nearest date for "on Tuesday"
	}
}

// isAsideAfterDay reports whether xe, in a relative clause or an aside,
// follows a day the sentence's own clauses reached (rule aside-day):
// "On 26 January 1912 a bomb was thrown at Liangbi, who died of his
// wounds two days later. The same day …" is the 26th. A reader takes up
// the day the sentence tells of, not one its aside adds.
func (st *sentenceScan) isAsideAfterDay(p placed, xe dateExpr) bool {
	return st.x.r.off.on(ruleAsideDay) && st.latest != nil && (isRelativeClause(p.scope) || isAside(st.m, xe.start, st.x.r.off))
}

// isFlashForward reports whether scope tells, by "eventually" or
// "ultimately", how a story came out, leaping ahead of the narrative:
// "On 3 May 1980 the king fled. He eventually died in exile in 1985. On 9
// May the army took the palace" is still in 1980 on 9 May.
func isFlashForward(scope string) bool {
	return hasWord(scope, "eventually") || hasWord(scope, "ultimately")
}

// hasBeginForm reports whether scope holds an aspectual verb that opens
// a span ("began", "started", "opened"; see isBeginForm). Only words in
// lower case are read, which costs no allocation: a verb after its
// subject is not capitalised.
func hasBeginForm(scope string) bool {
	for i := 0; i < len(scope); {
		j := i
		for j < len(scope) && scope[j] >= 'a' && scope[j] <= 'z' {
			j++
		}
		if j > i && isBeginForm(scope[i:j]) {
			return true
		}
		i = j + 1
	}
	return false
}

// emit lists a placed date as an event of the sentence, once per date.
func (st *sentenceScan) emit(i int, p placed) {
	key := [2]Date{p.d, p.end}
	if !st.eventful || slices.Contains(st.seen, key) {
		return
	}
	st.seen = append(st.seen, key)
	st.dated = true
	ev := Event{Date: p.d, End: p.end, Text: st.text, Ref: st.ref, Groups: []string{}}
	st.x.out = append(st.x.out, ev)
	if i == st.leadAt {
		lead := ev // a copy: taking ev's address would put every event on the heap
		st.lead = &lead
	}
}

// chronology reports whether the sentence is, or belongs to, a
// chronology entry: an item that opens with its date.
func (st *sentenceScan) chronology() bool { return st.leadAt >= 0 || st.lead != nil || st.x.yearLed }

// tense reads the tense of the clause governing a date; a chronology
// entry's present is its past, and forms shared by past and present take
// the sentence's tense (see sharedTense). A list item that does not open with a date
// is no chronology ("- a platoon for Task Force Fox, deploying from 1
// October"): it keeps the tense it has.
func (st *sentenceScan) tense(scope string, at int, xe dateExpr) tense {
	scope = st.tenseScope(scope, at)
	t := st.headTense(scope, at, xe, st.verbTense(scope, at))
	if xe.kind == exNowDay && xe.delta == 0 && !xe.ahead && t != tenseFuture && t != tensePastPerfect && hasWord(scope, "still") {
		// "which both armies still patrol today": "still" says a state
		// has lasted up to the present age, whatever the verb's form.
		return tensePresent
	}
	t = st.aheadTense(scope, at, xe, t)
	return st.settledTense(scope, at, xe, t)
}

// tenseScope returns the words whose verbs may govern the date at at:
// without a comparison's other term and the asides whose verbs are not
// the clause's.
func (st *sentenceScan) tenseScope(scope string, at int) string {
	if k := strings.Index(scope[at:], " than "); k >= 0 {
		// "poorer today than it was in 1970": the comparison's other
		// term has its own verb, which is not the date's.
		scope = scope[:at+k]
	}
	if st.x.r.off.on(ruleRelativeAside) {
		scope = blankRelativeAsides(scope, at)
	}
	if st.x.r.off.on(ruleReducedRelative) {
		scope = blankReducedRelative(scope, at, st.x.r.off)
	}
	if st.x.r.off.on(ruleAgentParticiple) {
		scope = blankAgentParticiple(scope)
	}
	return scope
}

// verbTense is the tense of the clause's verb, where a bare form that
// reads as a present is read again: a plural noun before a verb whose
// past is its bare form, and such a verb after a plural subject in a
// past narrative.
func (st *sentenceScan) verbTense(scope string, at int) tense {
	t := clauseTense(scope, at)
	if t == tensePresent && st.x.r.off.on(ruleNounBeforeVerb) && presentOnlyNounBeforeVerb(scope, at) {
		// "Police estimates put the crowd on Sunday at 200,000": the
		// subject's noun is no present; the verb after it decides.
		t = clauseTense(withNounsBeforeVerbs(thatSide(scope, at)), 0)
		if t == tenseShared {
			t = st.sharedTense()
		}
	}
	if t == tensePresent && st.x.r.off.on(ruleOpenBare) && presentOnlyOpenBare(scope, at) {
		t = st.openBareTense() // "Protests spread to Bayda on 17 February", in a past narrative
	}
	return t
}

// headTense reads the words just before the date that change what the
// verb's tense says of it: a deadline's noun and a perfect after an -ed
// form.
func (st *sentenceScan) headTense(scope string, at int, xe dateExpr, t tense) tense {
	if xe.kind == exWeekday && t != tenseFuture && st.x.r.off.on(ruleDeadlineNoun) && isDeadlineNounBefore(scope[:at]) {
		t = tenseFuture // "set a deadline of 5 p.m. on Tuesday": the day the deadline runs to
	}
	if t == tensePast && st.x.r.off.on(rulePerfectOverEd) && isPerfectAfterEd(scope[:at]) {
		t = tensePastPerfect // "a decision modelled on the strategy he had once recommended in 1848"
	}
	return t
}

// aheadTense reads whether the date lies ahead of what the clause
// reports: an obligation, a direction, a request, a target, a plan or a
// declared day; or behind it, a participle's.
func (st *sentenceScan) aheadTense(scope string, at int, xe dateExpr, t tense) tense {
	t = st.calledAheadTense(scope, at, xe, t)
	t = st.plannedAheadTense(scope, at, xe, t)
	t = st.expectedAheadTense(scope, at, t)
	return st.participleOrPlanTense(scope, at, xe, t)
}

// calledAheadTense reads an obligation, a direction or a promise before
// the date: the day lies ahead of the call.
func (st *sentenceScan) calledAheadTense(scope string, at int, xe dateExpr, t tense) tense {
	if isProspectiveBefore(scope, at) || xe.deadline && t == tensePast && (hasInfinitiveBefore(scope[:at]) || xe.ultimatum) {
		// "elections to be organised within months"; "agreed to step
		// down no later than 15 October": a deadline on an infinitive
		// is an obligation, its date one to come.
		t = pastUltimatumTense(t, xe, st.x.r.off)
	}
	if xe.kind == exWeekday && t == tensePast && st.x.r.off.on(ruleDirectedDay) && isDirectedBefore(scope[:at]) {
		t = tenseFuture // "called on Egyptians to take to the streets on Friday": the day ahead of the call
	}
	if xe.kind == exWeekday && t == tensePast && st.x.r.off.on(rulePromisedDay) && isPromisedBefore(scope[:at]) {
		t = tenseFuture // "vowed to return to the streets on Friday": the day ahead of the vow
	}
	return t
}

// plannedAheadTense reads a request, a target or a plan before the date:
// the day of what was asked for or planned.
func (st *sentenceScan) plannedAheadTense(scope string, at int, xe dateExpr, t tense) tense {
	if (t == tensePast || t == tensePerfect) && st.x.r.off.on(ruleRequestedDay) && isRequestedDay(scope[:at]) {
		t = st.requestedTense(xe, t) // "called for a march through Harare on Saturday": the march's day
	}
	if t == tensePast && st.targetFor(scope[:at], xe) {
		t = st.requestedTense(xe, t) // "announced rallies for Friday and Saturday": the days ahead
	}
	if (t == tensePast || t == tensePerfect) && st.targetFrom(scope[:at], xe) {
		t = st.requestedTense(xe, t) // "have called a two-day hartal starting on Thursday": the day ahead
	}
	if t == tensePast && st.x.r.off.on(rulePlanRelative) && isPlanRelative(scope[:at]) {
		t = st.relativePlanTense() // "The announcement came two weeks before talks due to open on 14 August"
	}
	if t == tensePast && st.x.r.dateline != nil && st.x.r.off.on(ruleCopulaPlan) && isCopulaPlan(scope[:at]) {
		t = tenseFuture // "officials said the conference was due to open on 9 September": ahead of the dispatch
	}
	return t
}

// expectedAheadTense reads an expectation or a request to act before the
// date: a day ahead, whatever tense the clause's verb has.
func (st *sentenceScan) expectedAheadTense(scope string, at int, t tense) tense {
	if (t == tensePresent || t == tensePast) && st.x.r.off.on(ruleExpectAhead) && isExpectedAhead(scope[:at]) {
		// "Diplomats expect the Assembly to take up the question on
		// Friday": a present by its form, whatever tense the narrative
		// lent its bare verb.
		t = tenseFuture
	}
	if t == tensePresent && st.x.r.off.on(ruleExpectedPassive) && isExpectedPassiveAt(scope[:at]) {
		t = tenseFuture // "A meeting of the heads of state is expected later this month"
	}
	if (t == tensePerfect || t == tensePast) && st.x.r.off.on(ruleAskedAhead) && isAskedAhead(scope[:at]) {
		t = tenseFuture // "Monsignor Cipriani has asked to celebrate Mass on 24 December": the Mass ahead
	}
	return t
}

// participleOrPlanTense reads, last, a participle's date behind the
// clause, a plan that has passed, and a declared day ahead.
func (st *sentenceScan) participleOrPlanTense(scope string, at int, xe dateExpr, t tense) tense {
	if (xe.kind == exWeekday || xe.kind == exCalendar && xe.year == 0 && xe.yref == yrNone) && t != tensePast && t != tensePastPerfect &&
		st.x.r.off.on(ruleParticipleDay) && isParticipleBefore(scope[:at], scope[at:]) {
		t = tensePast // "the statement made in London on Monday", "the accord signed on 3 May will take effect"
	}
	if t == tenseFuture && st.x.r.off.on(rulePastPlan) {
		t = st.planTense(scope, at, xe)
	}
	if st.isDeclaredDay(xe) {
		t = tenseFuture // "has declared Monday a day of mourning": the day ahead
	}
	return t
}

// relativePlanTense is the tense of a date a plan in a reduced relative
// clause aims at, in a past clause (see isPlanRelative): under a
// dispatch's dateline, a plan the dispatch reports, ahead of the moment
// it was written, as "is due to" is; elsewhere, a plan of the
// narrative's past, in its year (tensePastPlan).
func (st *sentenceScan) relativePlanTense() tense {
	if st.x.r.dateline != nil {
		return tenseFuture
	}
	return tensePastPlan
}

// settledTense settles what is left open: a tense shared with the
// clause before, no verb at all, a chronology's headline present, a
// plan's "for", and the news present of "today".
func (st *sentenceScan) settledTense(scope string, at int, xe dateExpr, t tense) tense {
	if t == tenseShared {
		t = st.sharedTense()
	}
	if t == tenseNone && (isPresentBefore(st.m, xe.start) || isProgressiveBefore(st.m, xe.start)) {
		t = tensePresent // "the proclamation lapses on July 22", "deploying from 1 October"
	}
	if st.chronology() && (t == tensePresent || t == tenseNone) {
		t = tensePast // "March 3 — The government declares…"
	}
	if (t == tensePerfect || t == tensePresent) && strings.EqualFold(trailingWord(st.m[:xe.start]), "for") {
		// "has announced talks in Arusha for 21 May": the date a plan is
		// for may lie after the moment of writing.
		t = tensePresent
	}
	if t == tensePresent && xe.kind == exNowDay && !xe.ahead && !isStativePresent(scope) && !isTodayBeforeVerb(scope, at, xe) {
		// "Today the President is announcing…", "Today the envoy meets
		// both armies": the news present happens today.
		t = tensePast
	}
	return t
}

// isDirectedBefore reports whether head, the words of a clause before a
// weekday, end in an infinitive that a verb of directing governs, with
// its object between ("called on Egyptians to take to the streets on",
// "urged supporters to rally on", "ordered residents to leave by"): what
// is directed comes after the directing, so its weekday is the one
// ahead (rule directed-day).
func isDirectedBefore(head string) bool {
	for k := strings.LastIndex(head, " to "); k >= 0; k = strings.LastIndex(head[:k], " to ") {
		rest := head[k+len(" to "):]
		if next, _ := nextLowerWord(rest, 0); next == "" || isDeterminer(next) || isDateNumberWord(next) || rest[0] < 'a' || rest[0] > 'z' {
			continue // "to take to the streets on": the second "to" is a preposition
		}
		return !hasEventVerb(rest) && directsInfinitive(paddedWordList(head[:k]))
	}
	return false
}

// directsInfinitive reports whether w, the words before an infinitive's
// "to", end in a verb of directing and its object, up to five words
// ("called on Egyptians", "urged its supporters").
func directsInfinitive(w []string) bool {
	for i := len(w) - 1; i >= 0 && i >= len(w)-5; i-- {
		switch w[i] {
		case "called", "urged", "asked", "ordered", "told", "instructed", "invited", "appealed", "summoned", "directed":
			return true
		}
		if isVerbForm(w[i]) || isClauseLink(w[i]) {
			return false
		}
	}
	return false
}

// isParticipleBefore reports whether head, the words of a clause before a
// day, end in a past participle after a noun and the participle's own
// phrase, with no verb or comma between, and rest, the clause from the
// day on, shows that the participle is no finite verb: a verb before
// its noun or after the day ("have seen the statement made in London
// and Paris on", "the accord signed on … will take effect"). It is then a
// reduced relative, and the day dates its happening, which lies behind
// whatever the clause's verb says of its noun (rule participle-day).
func isParticipleBefore(head, rest string) bool {
	w := paddedWordList(head[strings.LastIndexAny(head, ",;:()")+1:])
	for i := len(w) - 1; i >= 1 && i >= len(w)-7; i-- {
		v := w[i]
		if isAuxiliary(v) || isModalOrDo(v) || isClauseLink(v) && v != "and" && v != "or" || v == "to" {
			return false
		}
		if !isParticiple(v) {
			continue
		}
		prev := w[i-1]
		if isAuxiliary(prev) || isModalOrDo(prev) || isDeterminer(prev) || isPreverbAdverb(prev) || !endsSubject(prev) || isVerbForm(prev) {
			return false
		}
		return hasEventVerbWords(w[:i-1]) || hasEventVerbWords(paddedWordList(rest))
	}
	return false
}

// hasInfinitiveBefore reports whether head, the words before a date in
// its clause, hold an infinitive that looks ahead: "to" before a word
// that opens no noun phrase ("agreed to step down", not "moved to the
// border"), after no implicative or aspectual verb, whose infinitive
// happened ("managed to take the town", "began to withdraw").
func hasInfinitiveBefore(head string) bool {
	k := strings.LastIndex(head, " to ")
	if k < 0 {
		return false
	}
	next, _ := nextLowerWord(head, k+len(" to "))
	if next == "" || head[k+len(" to ")] < 'a' || head[k+len(" to ")] > 'z' || isDeterminer(next) || isDateNumberWord(next) {
		return false
	}
	return !isImplicative(strings.ToLower(trailingWord(head[:k])))
}

// isImplicative reports whether w is a verb whose infinitive tells what
// did happen (an implicative or aspectual verb: "managed to", "began
// to", "went on to"), not what was to happen.
func isImplicative(w string) bool {
	switch w {
	case "managed", "manages", "continued", "continues", "on", "proceeded", "came", "used", "happened":
		return true
	}
	return isBeginForm(w)
}

// isStateThroughout reports whether a date after "throughout" or
// "through" (head, the clause's words before it; see spansFrom) spans a
// state its clause says went on unchanged: "Throughout the 1970s the
// guerrillas remained a minor nuisance", "Through the middle months of
// 1987 the country remained tense". A verb of continuing state ("remained", "stayed") before no
// participle says nothing happened over the span; "occupied the mines
// throughout 1998" still reports.
func isStateThroughout(head, scope string, off dateRules) bool {
	if !strings.Contains(head, "hrough") {
		return false // most dates: no need to split the words
	}
	if !strings.Contains(scope, "remained") && !strings.Contains(scope, "stayed") {
		return false
	}
	w := paddedWordList(head)
	if !off.on(ruleThroughState) && (len(w) == 0 || w[len(w)-1] != "throughout" && (len(w) < 2 || w[len(w)-2] != "throughout")) {
		return false
	}
	if off.on(ruleThroughState) && !spansFrom(w) {
		return false
	}
	words := paddedWordList(scope)
	for i, v := range words {
		if v == "remained" || v == "stayed" {
			return i+1 >= len(words) || !isParticiple(words[i+1]) && !strings.HasSuffix(words[i+1], "ing")
		}
	}
	return false
}

// isLastingThrough reports whether a date of a year's precision after
// "through" or "throughout" (head, the clause's words before it; see
// spansFrom) spans what its clause tells as lasting or recurring (rule
// through-aspect): "incidents continued through 1992 and 1993",
// "Through the winter of 1926–27 rebel activity declined steadily". A
// year is too long for a lasting or repeated happening to have a moment
// in it a reader could place; over days ("gunfire continued through 24
// and 25 May") the span is the happening's own and still dates.
func isLastingThrough(head, scope string, p placed, off dateRules) bool {
	if !off.on(ruleThroughAspect) || p.d.Precision != PrecisionYear || !strings.Contains(head, "hrough") {
		return false
	}
	return spansFrom(paddedWordList(head)) && tellsLasting(paddedWordList(scope))
}

// tellsLasting reports whether words, a clause's, tell what went on as
// lasting or recurring rather than as one happening: a verb of
// continuing ("continued", "persisted") or an adverb of repetition or of
// gradual change ("repeatedly", "steadily").
func tellsLasting(words []string) bool {
	for _, v := range words {
		switch v {
		case "continued", "persisted", "repeatedly", "steadily", "gradually", "regularly", "frequently", "intermittently":
			return true
		}
	}
	return false
}

// spansFrom reports whether words, a clause's before a date, end in a
// phrase of duration that governs it (ruleThroughState): "throughout" or
// "through" and a few words of the period's name, with no verb or
// clause between ("Through the middle months of 1987").
func spansFrom(words []string) bool {
	for k := len(words) - 1; k >= 0 && k >= len(words)-5; k-- {
		switch w := words[k]; {
		case w == "throughout" || w == "through":
			return true
		case isVerbForm(w) || hasEventVerbWords(words[k:k+1]) || isClauseLink(w):
			return false
		}
	}
	return false
}

// isStateBy reports whether a date after "by" (head, the clause's words
// before it) is the time its clause says a state had been reached: "The
// party was, by 1965, the largest outside the bloc", "By 1974 the wars
// had been going on for thirteen years". A copula before a predicate
// noun, or "had been" before an -ing form, states what was, not what
// happened; "By 1990 the rebels had taken the north", "was captured by
// May" and the outcome a state tells ("was complete by the end of 1951",
// "were in rebel hands by August") still report.
func isStateBy(head, scope string) bool {
	if !strings.Contains(head, "by") && !strings.Contains(head, "By") {
		return false // most dates: no need to split the words
	}
	w := strings.Fields(paddedWords(head))
	if len(w) == 0 || w[len(w)-1] != "by" {
		return false
	}
	words := strings.Fields(paddedWords(scope))
	for i, v := range words {
		next := ""
		for _, n := range words[i+1:] {
			if n != "by" && (n[0] < '0' || n[0] > '9') {
				next = n // the word after the verb, past an aside "by 1965"
				break
			}
		}
		switch v {
		case "was", "were":
			return next == "the" || next == "a" || next == "an" || next == "one" // a predicate noun: what it had become
		case "been":
			return i > 0 && words[i-1] == "had" && strings.HasSuffix(next, "ing")
		}
	}
	return false
}

// isPresentStateUntil reports whether a date after "until" bounds a
// state a stative present describes ("Schools are on vacation until
// September", "The road is closed until 5 June"): what is now, and how
// long it is to last, not a happening. An announced end ("is due to stay
// in force until 19 January", "will remain until") is a future, not a
// present, and still dates.
func isPresentStateUntil(p placed, xe dateExpr) bool {
	return xe.until && p.t == tensePresent && isStativePresent(p.scope) && !hasFutureCue(p.scope)
}

// isDecadeOnly reports whether xe is a decade or a part of one and
// nothing more: "in the 1960s", "during the late 1990s". A decade is a
// period, not a time at which something happened: what a clause places
// in one ("Tensions returned in the 2010s", "estimates made in the
// 1920s") is a trend, a habit or a background, and a timeline that lists
// it as one event ten years long misleads. A decade that opens a range
// with a written end ("from the late 1960s to April 1998") is the range's
// start, and the range is an event.
func isDecadeOnly(xe dateExpr) bool {
	return xe.decade && (xe.last == nil || xe.last.decade)
}

// isDecadeSpan reports whether a decade follows "by", "through",
// "throughout" or "until" (head, the clause's words before it): "By the
// 1940s the reserves were overcrowded", "was defeated by the mid-1950s",
// "Through the 1980s the government treated the enclave as an oil
// field", "remained the largest mission until the 1990s". A decade is
// ten years; bounded by one, or stretched over one, a clause tells a
// state reached, held or ended, or a habit, and no time a reader could
// place a happening at.
func isDecadeSpan(head string) bool {
	switch lastWord(strings.TrimSuffix(trimRight(head, " "), "the")) {
	case "by", "through", "throughout", "until", "till":
		return true
	}
	return false
}

// isAtPeak reports whether head, the clause's words before a date, open
// with "at its height" or "at their peak": the clause describes its
// subject at the peak of a state ("At its height in late 1954 the
// detention system held more than 70,000 people"), when it was largest,
// not something that happened then. With rulePeakOf, "the" does as a
// possessive does ("At the peak, in 1965, 17,000 troops were deployed",
// "At the peak of the crisis, in 2001, …"): the peak of what the text
// tells, or of the noun after "of" when that names no happening; the
// height of a happening ("At the height of the fighting in May 1992,
// troops shelled the town") is a time within it, and still dates.
func isAtPeak(head string, off dateRules) bool {
	w := paddedWordList(head)
	if len(w) < 3 || w[0] != "at" {
		return false
	}
	switch w[1] {
	case "its", "their", "his", "her":
	case "the":
		if !off.on(rulePeakOf) || len(w) > 4 && w[3] == "of" && opensHappening(w[4:]) {
			return false // "At the height of the fighting in May 1992, troops shelled"
		}
	default:
		return false
	}
	switch w[2] {
	case "height", "peak", "zenith", "strongest", "largest":
		return true
	}
	return false
}

// opensHappening reports whether one of the first words of w, before any
// preposition, is a noun WordNet files as a happening: "the fighting",
// "the civil war in"; "the crisis" is a state.
func opensHappening(w []string) bool {
	l := wordnet.Load()
	for i := 0; i < len(w) && i < 3 && !isStatePreposition(w[i]); i++ {
		if l.Happening(w[i]) {
			return true
		}
	}
	return false
}

// isPeriodSubject reports whether xe opens its clause as the subject of
// the present verb right after it: "This year marks the thirtieth
// anniversary", "This month sees the rains return". The period holding
// the moment of writing is what the clause describes, not when
// something happens in it.
func (st *sentenceScan) isPeriodSubject(xe dateExpr) bool {
	from := clauseStart(st.bounds, xe.start)
	if strings.TrimSpace(st.m[from:xe.start]) != "" {
		return false
	}
	next, _ := nextLowerWord(st.m, xe.end)
	return len(next) > 3 && strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") && !isVerbForm(next) && !leadsNoun(next)
}

// isTodayBeforeVerb reports whether "today" stands between a clause's
// subject and its present verb ("and today divides the area into six
// provinces", "Kenya today hosts the talks"): there it means the present
// age, as "nowadays" does. Opening the clause ("Today the envoy meets
// both armies") or after the verb's object it names the day.
func isTodayBeforeVerb(scope string, at int, xe dateExpr) bool {
	if xe.delta != 0 || strings.TrimSpace(scope[:at]) == "" {
		return false
	}
	end := min(len(scope), at+xe.end-xe.start)
	next, _ := nextLowerWord(scope, end)
	return len(next) > 3 && strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") &&
		!hasEventVerbWords([]string{next}) && !isPreposition(next) && !isDeterminer(next) && !isSubjectlessOpener(next)
}

// sharedTense decides a clause whose only verbs are forms the past shares
// with the present ("they set the agenda on May 29") by the rest of its
// sentence: present beside a present ("Donors meet on May 28, and they
// set the agenda on May 29"), else past, the tense of narration.
func (st *sentenceScan) sharedTense() tense {
	if st.whole == tenseUnread {
		m := st.m
		if st.x.r.off.on(ruleRelativeAside) {
			m = blankRelativeAsides(m, -1)
		}
		if st.x.r.off.on(ruleInfinitiveTail) {
			m = beforeInfinitive(m)
		}
		if st.x.r.off.on(ruleNounBeforeVerb) {
			m = withNounsBeforeVerbs(m)
		}
		st.whole = clauseTense(m, 0)
	}
	if st.whole == tensePresent || st.whole == tenseFuture {
		return tensePresent
	}
	return tensePast
}

// beforeInfinitive returns m up to its first infinitive ("to" before a
// word that opens no noun phrase), or all of m (rule infinitive-tail):
// what an infinitive of purpose goes on to say ("set up a body to
// replace the unions they say do not represent them") is a clause of
// its own, and its present is no tense of the sentence's narration.
func beforeInfinitive(m string) string {
	for k := strings.Index(m, " to "); k >= 0; {
		next, _ := nextLowerWord(m, k+len(" to "))
		if c := m[k+len(" to ")]; next != "" && c >= 'a' && c <= 'z' && !isDeterminer(next) && !isDateNumberWord(next) && !leadsNoun(next) {
			return m[:k]
		}
		j := strings.Index(m[k+1:], " to ")
		if j < 0 {
			break
		}
		k += 1 + j
	}
	return m
}

// anchor keeps d, of a clause in tense t, for the relative dates that
// follow: a reported day for "the following day", a month for "the
// following month".
func (st *sentenceScan) anchor(d Date, t tense, recalled bool, at int) {
	if d.Precision == PrecisionDay && (!d.Scheduled || t == tensePastPlan) && st.eventful {
		dd := d
		st.local, st.localAt = &dd, at
		if !recalled && !st.x.isFlashback(dd, t) && (st.latest == nil || compareDateKeys(dd.start(), st.latest.start()) > 0) {
			st.latest = &dd
		}
	}
	if d.Precision >= PrecisionMonth {
		dd := d
		st.x.r.monthAnchor = &dd
	}
}

// isFlashback reports whether d, of a clause in tense t, steps back from
// the narrative's day in the past perfect: "He said he had signed the
// agreement late on Monday night" in a report of Tuesday. The past
// perfect places an event before the time the narrative has reached
// without moving that time, so the next sentence's "hours after the
// announcement" still counts from Tuesday.
func (x *eventScan) isFlashback(d Date, t tense) bool {
	a := x.r.dayAnchor
	return t == tensePastPerfect && a != nil && compareDateKeys(d.start(), a.start()) < 0
}

// reportsState reports whether xe dates a report whose content is a
// state or a tally run up since a reference point: "Officials said today
// that 1,383 servicemen had been killed since Sept. 27". The report's
// date dates what it reports ("said on Tuesday that the army had taken
// Zangilan" is the taking); a perfect counted from "since" reports no
// happening, so neither does the sentence.
func (st *sentenceScan) reportsState(xe dateExpr) bool {
	clause, from := clauseAt(st.m, st.bounds, xe.start, xe.end)
	k := strings.Index(clause[xe.end-from:], " that ")
	if k < 0 {
		return false
	}
	content := xe.end + k + len(" that ") // where the reported content starts, in st.m
	if reportsMore(clause[:xe.end-from+k]) {
		return false // "In 2000 a congress met in Jayapura and said that …": the meeting
	}
	for _, e := range st.exprs {
		if e.since && e.start > content && e.start < from+len(clause) {
			t := clauseTense(st.m[content:e.start], 0)
			return t == tensePerfect || t == tensePastPerfect
		}
	}
	return false
}

// reportsMore reports whether head, a clause's words before the "that"
// of what it reports, hold a verb besides the reporting ones ("met in
// Jayapura and said"): the clause tells a happening of its own, which
// its date dates whatever the report says.
func reportsMore(head string) bool {
	var rest []string
	for i := 0; ; {
		w, j := nextLowerWord(head, i)
		if w == "" {
			break
		}
		if !isReportingVerb(w) {
			rest = append(rest, w)
		}
		i = j
	}
	return hasEventVerbWords(rest)
}

// isOnsetSince reports whether xe, a reference point after "since", also
// dates the onset of the state its clause reports: "The town had been
// controlled since 12 May" read as saying the town was taken on 12 May.
// That reading is off while ruleSinceState is on: the state's day is the
// reference point it is measured from, as a year's is, and what began
// then is told, if at all, in words of its own. The perfect
// of "be" ("has been closed", "had been controlled", "has been fighting")
// states that a condition held from that point on, so the condition
// began then; a day is a point that only an onset fills, whereas a year
// or a month ("had been in the country since 2002") measures how long a
// condition has lasted and dates nothing. A tally ("40 people have been
// killed since 12 May"), a comparison ("the worst fighting since 12 May",
// "for the first time since") or "since" governing a clause ("since the
// talks broke down on 12 May", which isOnsetSince leaves to the
// reference-point reading) is no onset.
func (st *sentenceScan) isOnsetSince(xe dateExpr) bool {
	if st.x.r.off.on(ruleSinceState) || !xe.since || xe.prec != PrecisionDay || xe.last != nil || !strings.EqualFold(trailingWord(st.m[:xe.start]), "since") {
		return false
	}
	from := clauseStart(st.bounds, xe.start)
	w := paddedWordList(st.m[from:xe.start])
	held := false
	for i, v := range w {
		switch {
		case isCount(v) || isComparison(v):
			return false
		case v == "been" && i > 0 && (w[i-1] == "has" || w[i-1] == "have" || w[i-1] == "had") && i+1 < len(w) && isChangeAfterBeen(w[i+1:]):
			held = true
		}
	}
	return held
}

// isTallySince reports whether xe, a day counted from a dispatch's
// dateline ("yesterday", "Monday") after "since", ends a tally that a
// reported clause counts in the past perfect passive ("hospital workers
// said at least 40 people had been killed since Monday", "more than 30
// politicians had been detained since yesterday"; rule tally-since). The
// count is of happenings from that day to the day the report was
// filed: the clause spans them, no onset (isOnsetSince) and no state. A
// tally in the present perfect ("At least 100 people have been killed
// since Tuesday") is the running figure the report states, and one from
// a calendar day ("since Sept. 27") a war's toll, no span of the news.
func (st *sentenceScan) isTallySince(xe dateExpr) bool {
	r := st.x.r
	if !r.off.on(ruleTallySince) || !xe.since || xe.kind != exNowDay && xe.kind != exWeekday || xe.delta > 0 || xe.last != nil ||
		r.dateline == nil || r.dateline.Precision != PrecisionDay || !strings.EqualFold(trailingWord(st.m[:xe.start]), "since") {
		return false
	}
	w := paddedWordList(st.m[clauseStart(st.bounds, xe.start):xe.start])
	counted := false
	for i, v := range w {
		switch {
		case isCountWord(v):
			counted = true
		case counted && v == "been" && i > 0 && w[i-1] == "had" && i+1 < len(w) && isParticiple(w[i+1]):
			return true
		}
	}
	return false
}

// isOnsetOnward reports whether xe, the start of a span with no end
// ("from 1978 onward"), dates its clause: the clause reports what went on
// from then, so it began then, as "from 2004 until 2012" begins in 2004.
// "Since" is different: it measures a state or a tally up to the moment
// of writing from a reference point that is usually another happening's
// ("since independence in 1960"). In a relative clause ("conscripts, who
// were called up from 1994 onward") the span describes which of its noun
// are meant, as an attribute does, and reports nothing. A decade or a
// part of one ("from the 1940s onward the colony drew settlers") opens
// a trend rather than dating a start.
func (st *sentenceScan) isOnsetOnward(xe dateExpr) bool {
	if !xe.onward || xe.since || xe.last != nil || xe.mod != "" {
		return false // "from the 1940s onward", "from the late 1960s onward": a trend, no onset a reader could date
	}
	scope, at := dateScope(st.m, st.bounds, xe.start, xe.end)
	return !isRelativeClause(scope) && !(st.x.r.off.on(ruleOnwardRelative) && holdsRelativePronoun(scope[:at]))
}

// holdsRelativePronoun reports whether head, a clause's words before a
// date, hold a relative pronoun ("many of them descendants of
// missionaries who had arrived from New England from 1820 onwards"):
// the date is in the relative clause, which runs on to it, and
// describes the noun the pronoun stands for (rule onward-relative).
func holdsRelativePronoun(head string) bool {
	return slices.ContainsFunc(paddedWordList(head), func(w string) bool { return isRelativeClause(w) && w != "where" })
}

// hasPerfectOfChange reports whether scope holds a perfect that reports
// a change: "has", "have" or "had" before a participle ("had regained
// control", "have begun moving"), or before "been" and a passive or a
// progressive (see isChangeAfterBeen). After "as of" such a clause tells
// what had come about by the date; any other form states what held then
// ("As of 2020 some 40,000 remained", "As of March the mission had
// 12,000 personnel").
func hasPerfectOfChange(scope string) bool {
	w := paddedWordList(scope)
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "has" && w[i] != "have" && w[i] != "had" {
			continue
		}
		rest := w[i+1:]
		for len(rest) > 1 && isPreverbAdverb(rest[0]) {
			rest = rest[1:] // "have already begun"
		}
		if rest[0] == "been" {
			if len(rest) > 1 && isChangeAfterBeen(rest[1:]) {
				return true
			}
			continue
		}
		if isParticiple(rest[0]) {
			return true
		}
	}
	return false
}

// isChangeAfterBeen reports whether the words after "has been" make a
// passive or a progressive ("has been closed", "had been held by rebels",
// "have been fighting"): something was done, or began to go on, and the
// state it left began when it was. A copula's complement ("has been
// without a head of government", "has been calm") states a condition
// whose onset was some other happening, which the sentence does not
// report.
func isChangeAfterBeen(w []string) bool {
	for len(w) > 1 && isPreverbAdverb(w[0]) {
		w = w[1:] // "has been firmly held"
	}
	return isParticiple(w[0]) || len(w[0]) > 4 && strings.HasSuffix(w[0], "ing")
}

// isSubjectYear reports whether xe, a year that names a thing ("the
// upheavals of 1991", "the Simla Agreement of 1972"), dates its
// sentence: the sentence gives no other date, the year stands in the
// subject of a clause in the past, before its verb, and so what the
// sentence reports is what that thing of that year did ("The Simla
// Agreement of 1972 turned the ceasefire line into the Line of
// Control"). After the verb ("joined the uprising of 1991") or in the
// present ("the revolution of 2004 remains a symbol") it names the thing
// only.
func (st *sentenceScan) isSubjectYear(xe dateExpr) bool {
	named := xe.attributive && xe.heard && xe.prec == PrecisionYear && st.x.r.off.on(ruleSubjectYear)
	if !xe.ofYear && !named || !st.eventful || st.headline {
		return false
	}
	from := clauseStart(st.bounds, xe.start)
	for _, e := range st.exprs {
		if !e.skip && !st.isPresentAge(e) && clauseStart(st.bounds, e.start) == from {
			return false // another date in its clause dates it
		}
	}
	head := st.m[from:xe.start]
	if first, _ := nextLowerWord(head, 0); isSubjectlessOpener(first) || hasEventVerb(head) {
		return false // "Under the constitution of 1974 Kosovo enjoyed …": no subject
	}
	if named && !isArticleOnly(trimLinkingWord(head)) {
		return false // "Ever since the 1998 floods", "Estimates for the 1997 fighting": not the subject's own noun
	}
	if xe.ofYear && st.x.r.off.on(ruleAboutYear) && isAboutNoun(head) {
		return false // "The memory of 1972 shaped the politics": the year is what the memory is of
	}
	if rel := relativeAfter(st.m[xe.end:]); rel != "" {
		// "The conference of 1954, which ended the war, …": the
		// relative clause reports what the thing the year names did.
		return clauseTense(rel, 0) == tensePast
	}
	scope, at := dateScope(st.m, st.bounds, xe.start, xe.end)
	w, _ := nextLowerWord(scope, at+xe.end-xe.start)
	if named {
		var object []string
		w, object = verbAfterName(scope[at+xe.end-xe.start:])
		if countFollows(object) {
			return false // "The 2011 census recorded 2.3 million inhabitants": a figure
		}
	}
	return clauseTense(scope, at) == tensePast && w != "was" && w != "were" // "The violence of 2001 was the worst": a judgement
}

// isArticleOnly reports whether head, the words of a clause before an
// attributive year, are its noun phrase's article alone ("The ", "a "):
// the year then names the thing the clause opens with, its subject.
func isArticleOnly(head string) bool {
	w, end := nextLowerWord(head, 0)
	rest, _ := nextLowerWord(head, end)
	return (w == "the" || w == "a" || w == "an") && rest == ""
}

// verbAfterName returns the first verb form of rest, the words after an
// attributive year ("1978 World Cup was a showcase"), within the few
// words a name runs to, and the words after it; or "" and nil: the verb
// the noun phrase is subject of.
func verbAfterName(rest string) (string, []string) {
	words := paddedWordList(rest)
	for i, w := range words[:min(len(words), 6)] {
		if isVerbForm(w) || hasEventVerbWords([]string{w}) {
			return w, words[i+1:]
		}
	}
	return "", nil
}

// relativeAfter returns the non-restrictive relative clause that rest,
// the text after a noun phrase, opens (", which ended the war,"), up to
// its closing comma, or "".
func relativeAfter(rest string) string {
	r, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return ""
	}
	if w, _ := nextLowerWord(r, 0); w != "which" && w != "who" {
		return ""
	}
	if k := strings.IndexAny(r, ",;.()"); k >= 0 {
		r = r[:k]
	}
	return r
}

// isCausative reports whether w opens with "had" or "got" and a definite
// object before a participle: "had the constitution amended in 1961",
// "got the law changed" tell that the subject caused what the
// participle names, which the date then dates (rule causative-had).
// With an indefinite object ("had a newspaper founded in 1920") "had"
// may tell what the subject owned, and is left to the reduced
// relative's reading.
func isCausative(w []string, off dateRules) bool {
	if !off.on(ruleCausativeHad) || len(w) < 3 || w[0] != "had" && w[0] != "got" {
		return false
	}
	return isDeterminer(w[1]) && w[1] != "a" && w[1] != "an"
}

// isHaveOrGet reports whether w is a form of "have" or "get", the verbs
// that make an object's participle a possession or a causative.
func isHaveOrGet(w string) bool {
	switch w {
	case "had", "has", "have", "having", "got", "gets", "get", "gotten":
		return true
	}
	return false
}

// isObjectParticipleDate reports whether head, the words of a clause
// before a date, end in a noun, a past participle with no auxiliary and
// the date's preposition, after a finite past verb whose object, opened
// by a determiner, that noun ends: "The war ended the democratic experiment begun in 1991". The
// participle is a reduced relative ("the experiment that was begun in
// 1991"): its date tells which experiment, as "the uprising of 1991"
// does, and the sentence reports the war's ending, which that date does
// not date. With an auxiliary ("the truce was begun in 1988") the
// participle is the verb; with no verb before the noun ("Fighting in the
// north resumed in 1988") the -ed form is.
func isObjectParticipleDate(head string, off dateRules) bool {
	// A comma sets the participle off ("Resolution 1559, adopted in
	// September 2004"): a clause of its own, which reports.
	w := paddedWordList(head[strings.LastIndexAny(head, ",;:()")+1:])
	n := len(w)
	if n < 4 || !isPreposition(w[n-1]) && w[n-1] != "during" || !isParticiple(w[n-2]) || !endsSubject(w[n-3]) ||
		isPreverbAdverb(w[n-3]) || w[n-3] == "only" {
		return false // "was finally inaugurated on": an adverb, not the object
	}
	if off.on(ruleHeldHappening) && wordnet.Load().Happening(w[n-3]) && !isBeginForm(w[n-2]) {
		// "won the elections held on 23 December": the participle
		// places the whole happening, which the clause tells of; "ended
		// the experiment begun in 1991" places only its start.
		return false
	}
	// "produced a ceasefire announced on 23 January", "negotiated an
	// agreement signed on 5 May": a text or an accord comes into being
	// when it is announced or signed, and the participle dates that
	// making, an event; unless "had" or "got" makes the participle
	// the subject's possession or doing (causative-had), or the verb
	// ends what was made ("The coup ended the truce signed in 1988":
	// the date tells which truce).
	made := off.on(ruleMadeDocument) && wordnet.Load().Made(w[n-3]) && !isBeginForm(w[n-2])
	for k := n - 4; k >= 0; k-- {
		switch {
		case isClauseLink(w[k]) || w[k] != "of" && isSubjectlessOpener(w[k]):
			// "… and troops deployed in May": a verb of its own; "lasted
			// from the riots to the truce signed in April": no object.
			return false
		case isVerbForm(w[k]) && (k == 0 || !governsParticiple(w[k-1])):
			if !isDeterminer(w[k+1]) || isCausative(w[k:], off) {
				return false // "Armed resistance began in 1961": no object opens after the -ed form
			}
			if made && !isHaveOrGet(w[k]) && !isEndForm(w[k]) {
				return false
			}
			t := clauseTense(strings.Join(w[:k+1], " "), 0)
			return t == tensePast || t == tensePastPerfect || t == tensePerfect
		}
	}
	return false
}

// isMeasureState reports whether scope, the clause governing a date,
// states a figure: a verb of measure or possession, then a count, with
// only the words of a quantity between ("numbered about 1,800 in 1982",
// "had a population of roughly 90,000 in 1983", "By 2006 it numbered
// 2,000 troops"). The date says when the figure held, as a census does;
// nothing happened then. A count done ("killed about 900 soldiers in
// 1975") is no measure, and "had" before a participle is the past
// perfect ("had seized 900 rifles").
//
// The verb must be the date's own: the nearest verb before it, or, when
// none comes before, the first after it. "France, which had 1,200 troops
// in the region, evacuated 6,000 people between 7 and 16 June" dates the
// evacuation.
func isMeasureState(scope string, at int, off dateRules) bool {
	before := paddedWordList(scope[:at])
	for i := len(before) - 1; i >= 0; i-- {
		if isMeasureVerb(before[i]) || isLevelVerb(before[i]) {
			return measureFollows(before[i], before[i+1:]) || opensWithQuantity(before[:i]) && !isQuantityPassive(before[i+1:], off)
		}
		if hasEventVerbWords(before[i : i+1]) {
			return false // another verb governs the date
		}
	}
	after := paddedWordList(scope[at:])
	for i, w := range after {
		if isMeasureVerb(w) || isLevelVerb(w) {
			return measureFollows(w, after[i+1:]) || opensWithQuantity(after[min(1, i):i]) && !isQuantityPassive(after[i+1:], off) // after[0] is the date's
		}
		if hasEventVerbWords(after[i : i+1]) {
			return false
		}
	}
	return false
}

// measureFollows reports whether the words w after verb v state a
// figure: a count after a verb of measure or a copula ("numbered 900",
// "was 34", "there were about 300,000"), a level after a verb of level
// ("stood at 40 percent", "was estimated at 1.2 million").
func measureFollows(v string, w []string) bool {
	if isLevelVerb(v) {
		return len(w) > 1 && w[0] == "at" && countFollows(w[1:])
	}
	return countFollows(w)
}

// isLevelVerb reports whether w is a past or present form of a verb
// that puts its subject at a level ("stood at 40 percent", "was
// estimated at 1.2 million", "peaked at 20,000"): with "at" and a count
// it states a figure, as a verb of measure does.
func isLevelVerb(w string) bool {
	switch w {
	case "stood", "stands", "estimated", "peaked", "reckoned", "put", "valued":
		return true
	}
	return false
}

// opensWithQuantity reports whether w, a clause's words before its verb,
// open with a quantity: its subject is a figure ("more than half of the
// children were out of school", "some 40 percent of voters were
// women"), and a copula after it states what held.
func opensWithQuantity(w []string) bool {
	for k := 0; k < len(w) && k < 5; k++ {
		if isCount(w[k]) || numberWord(w[k]) > 1 || isFraction(w[k]) {
			return k+1 < len(w) && (w[k+1] == "of" || w[k+1] == "percent")
		}
		if !isQuantityWord(w[k]) {
			return false
		}
	}
	return false
}

// isQuantityPassive reports whether w, the words after the verb of a
// clause whose subject is a quantity ("thousands of people were …"), open
// a passive or a perfect: a participle, perhaps after an adverb or
// "been" ("were killed", "had been deported", "were later shipped"). The
// quantity is then what the happening counted, not a figure the copula
// states ("more than half of the children were out of school"; rule
// quantity-passive). A verb of level ("was estimated at") still states a
// figure.
func isQuantityPassive(w []string, off dateRules) bool {
	if !off.on(ruleQuantityPassive) {
		return false
	}
	for len(w) > 1 && (isPreverbAdverb(w[0]) || w[0] == "also") {
		w = w[1:]
	}
	if len(w) > 1 && w[0] == "been" {
		w = w[1:]
	}
	return len(w) > 0 && w[0] != "been" && w[0] != "had" && isParticiple(w[0]) && !isLevelVerb(w[0])
}

// isFraction reports whether w names a part of a whole: "half", "third",
// "majority".
func isFraction(w string) bool {
	switch w {
	case "half", "third", "thirds", "quarter", "quarters", "majority", "minority", "fifth", "fifths", "tenth":
		return true
	}
	return false
}

// isNegated reports whether the verb governing the date at bytes [at,
// end) of scope is denied: "The army did not enter the town in 1998", "No
// elections were held in 2009", "Talks planned for March 2004 never took
// place". A denied happening is no event, though the narrative reaches
// its date (see placed.figure). Only the words between the date and the
// nearest comma or clause link on either side count: "acknowledged that
// Hezbollah had not anticipated" and "never returned and died in 2020"
// deny another verb's happening. "No" denies when it opens the subject
// ("produced no agreement" reports the talks); "not to" negates an
// infinitive's aim ("undertook not to allow"); "not … until" dates the
// happening it delays ("did not return until 2003"); a negator before a
// word of degree qualifies ("not only", "no later than").
func isNegated(scope string, at, end int, off dateRules) bool {
	if !hasWord(scope, "no") && !hasWord(scope, "not") && !hasWord(scope, "never") && !hasWord(scope, "No") &&
		!hasWord(scope, "Never") && !strings.Contains(scope, "n't") && !strings.Contains(scope, "n’t") {
		return false // "not", "no", "never", "didn't": most clauses have none
	}
	before := paddedWordList(scope[strings.LastIndexAny(scope[:at], ",.;:!?")+1 : at])
	reported := false
	for k := len(before) - 1; k >= 0; k-- {
		if isClauseLink(before[k]) || isReportingVerb(before[k]) {
			reported = isReportingVerb(before[k]) && !slices.ContainsFunc(before[k+1:], isVerbForm)
			before = before[k+1:]
			break
		}
	}
	// A fronted date set off by a comma ("In 2009, no elections were
	// held") governs what follows the comma.
	after := trimLeft(trimLeft(scope[end:], " "), ",:")
	if k := strings.IndexAny(after, ",.;:!?"); k >= 0 {
		after = after[:k]
	}
	w := paddedWordList(after)
	for k, v := range w {
		if isClauseLink(v) || isReportingVerb(v) {
			w = w[:k]
			break
		}
	}
	if reported && off.on(ruleBareComplement) {
		w = w[:bareComplementStart(w)]
	}
	if off.on(ruleContactClause) {
		w = w[:contactClauseStart(w)]
	}
	embedded := off.on(ruleEmbeddedNo)
	return deniesIn(before, embedded) || deniesIn(w, embedded)
}

// bareComplementStart returns where, in w, the words after a date that
// follows a reporting verb ("said on Wednesday he would not ask police
// to clear the chamber"), a complement clause with no "that" opens: at
// its subject, a pronoun or a determiner's noun phrase, since "said"
// takes no object of its own there (rule bare-complement). What that
// clause denies is what was said, not the saying. It returns len(w)
// when there is none.
func bareComplementStart(w []string) int {
	for k, v := range w {
		if isSubjectPronoun(v) || isDeterminer(v) {
			return k
		}
	}
	return len(w)
}

// contactClauseStart returns where a relative clause with no pronoun
// opens in w, the words after a date up to its clause's edge: after the
// date's verb, or a preposition, and the noun phrase a determiner opens
// as its object, a new subject ("named a defence minister the army did
// not want", "took the town they had never held", "opened at a location
// the negotiators did not disclose"; rule contact-clause). What that clause
// denies is its own verb's happening, not the date's. It returns len(w)
// when there is none.
func contactClauseStart(w []string) int {
	verb, object := -1, -1
	for k, v := range w {
		switch {
		case verb < 0:
			if isVerbForm(v) && !isAuxiliary(v) && !isModalOrDo(v) || isPreposition(v) {
				verb = k
			}
		case object < 0:
			if isDeterminer(v) {
				object = k
			}
		case k > object+1 && (isDeterminer(v) || isSubjectPronoun(v)):
			return k
		}
	}
	return len(w)
}

// contactClauseAt returns the byte offset in scope where a relative
// clause with no pronoun opens after the date at, which follows its
// clause's verb ("to begin on Wednesday at a location the negotiators
// would not disclose"; see contactClauseStart), within the date's
// clause, or len(scope) when there is none: a modal in that clause is its own mood, not the
// date's (ruleContactModal).
func contactClauseAt(scope string, at int) int {
	if !slices.ContainsFunc(paddedWordList(scope[:at]), isVerbForm) {
		return len(scope) // a fronted date: the clause's verb, and its object, come after it
	}
	end := len(scope)
	if k := strings.IndexAny(scope[at:], ",.;:!?"); k >= 0 {
		end = at + k
	}
	var words []string
	var starts []int
	for i := at; i < end; {
		r, size := utf8.DecodeRuneInString(scope[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i
		for j < end {
			r2, sz := utf8.DecodeRuneInString(scope[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
				break
			}
			j += sz
		}
		words, starts = append(words, strings.ToLower(scope[i:j])), append(starts, i)
		i = j
	}
	if k := contactClauseStart(words); k < len(words) {
		return starts[k]
	}
	return len(scope)
}

// isModalOrDo reports whether w is a modal or a form of "do": an
// auxiliary before a verb, never the verb a date's clause reports.
func isModalOrDo(w string) bool {
	switch w {
	case "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must":
		return true
	}
	return false
}

// deniesIn reports whether words, one side of a date up to its clause's
// edge, hold a negator that denies (see isNegated); with embedded, a
// "no" inside a clause of the subject denies nothing (ruleEmbeddedNo).
func deniesIn(w []string, embedded bool) bool {
	if slices.Contains(w, "until") || slices.Contains(w, "till") || len(w) > 0 && w[len(w)-1] == "before" {
		// "did not return until 2003", "will not leave before 15
		// October": the negation delays the happening to the date.
		return false
	}
	for i, v := range w {
		next := ""
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case v == "no":
			if (i == 0 || isPreposition(w[i-1])) && !(embedded && embeddedClause(w[i+1:])) {
				return !isDegreeWord(next) // "No elections were held"
			}
		case v == "not" || v == "never" || strings.HasSuffix(v, "n't") || next == "t" && len(v) > 3 && strings.HasSuffix(v, "n"):
			if next != "to" && !isDegreeWord(next) {
				return true
			}
		}
	}
	return false
}

// embeddedClause reports whether w, the words after a subject's "no",
// hold a past verb and, after it, a form of "be" or "have": the "no"
// opens a clause inside the subject ("votes in districts where no
// candidate won a majority are scheduled for 13 March"), and the verb
// that governs the date, after it, is not denied.
func embeddedClause(w []string) bool {
	for i, v := range w {
		if isIrregularPast(v) || isRegularPast(v) {
			return slices.ContainsFunc(w[i+1:], isAuxiliary)
		}
		if isAuxiliary(v) {
			return false // "No elections were held": the subject's own verb comes first
		}
	}
	return false
}

// isDegreeWord reports whether w, after a negator, makes it qualify a
// degree or an extent rather than deny: "not only", "not least", "no
// later than", "not long after", "no sooner", "no more than", "no
// longer"; or bound a time: "not before 15 October" is a deadline (see
// dateScanner.isDeadline).
func isDegreeWord(w string) bool {
	switch w {
	case "only", "least", "just", "later", "earlier", "long", "sooner", "more", "fewer", "less", "longer", "doubt", "before", "after":
		return true
	}
	return false
}

// countFollows reports whether w opens with a count, perhaps after the
// words of a quantity ("a population of roughly 90,000").
func countFollows(w []string) bool {
	for k := 0; k < len(w) && k < 5; k++ {
		if isCount(w[k]) || numberWord(w[k]) > 1 || isAmountWord(w[k]) {
			return true
		}
		if !isQuantityWord(w[k]) {
			return false
		}
	}
	return false
}

// isMeasureVerb reports whether w is a form of a verb whose object is a
// quantity the subject is or holds: "have", "number", "total". These
// verbs state; they report no happening. "Count" is also an act ("aid
// agencies counted 800,000 displaced"), so it is left out.
func isMeasureVerb(w string) bool {
	switch w {
	case "had", "has", "have", "numbered", "numbers", "totalled", "totaled", "totals", "was", "were", "is", "are":
		return true
	}
	return false
}

// isAmountWord reports whether w quantifies what a verb of measure has
// without a number: "had little equipment", "had few trucks", "had no
// air force", "had many recruits". Like a count, it states how much
// the subject had then, not a happening.
func isAmountWord(w string) bool {
	switch w {
	case "little", "few", "no", "many", "much":
		return true
	}
	return false
}

// isQuantityWord reports whether w may stand between a verb of measure
// and its count: a determiner, an approximator, "of", or a noun naming a
// quantity ("a population of roughly", "a strength of some").
func isQuantityWord(w string) bool {
	switch w {
	case "a", "an", "the", "its", "their", "of", "about", "around", "roughly", "some", "nearly", "almost", "over",
		"approximately", "perhaps", "population", "strength", "total", "force", "membership", "more", "than", "fewer", "less":
		return true
	}
	return false
}

// isClauseLink reports whether w joins a clause, whose subject the words
// after it may start: a conjunction or a relative pronoun.
func isClauseLink(w string) bool {
	switch w {
	case "and", "but", "or", "nor", "yet", "so", "then", "while", "as", "when", "after", "before", "because",
		"which", "who", "that", "where":
		return true
	}
	return false
}

// isPresentAge reports whether e is "today" in a present clause, the
// present age rather than a day ("which both armies still patrol
// today"; see resolver.nowDay): it dates nothing.
func (st *sentenceScan) isPresentAge(e dateExpr) bool {
	if e.kind != exNowDay || e.delta != 0 || e.ahead {
		return false
	}
	scope, at := dateScope(st.m, st.bounds, e.start, e.end)
	return st.tense(scope, at, e) == tensePresent
}

// isSubjectlessOpener reports whether w, opening a clause, makes what
// follows an adverbial rather than its subject: a preposition.
func isSubjectlessOpener(w string) bool {
	switch w {
	case "in", "on", "at", "under", "after", "before", "during", "since", "with", "by", "for", "from",
		"through", "against", "among", "across", "over", "within", "following", "until", "despite":
		return true
	}
	return false
}

// isComparison reports whether w measures against a reference point, as
// "first", "last", "only" or a superlative does: "the worst fighting
// since 12 May" names no onset. A superlative is what WordNet's
// exceptions make one ("worst" of "bad", "biggest" of "big") or an -est
// form it knows only by its base ("largest" of "large"; not "protest",
// "interest", words of their own).
func isComparison(w string) bool {
	switch w {
	case "first", "last", "only", "most", "least":
		return true
	}
	if !strings.HasSuffix(w, "st") {
		return false
	}
	lex := wordnet.Load()
	return len(lex.IrregularBases(w)) > 0 || strings.HasSuffix(w, "est") && !lex.Knows(w) && len(lex.Lemmas(w)) > 0
}

// isTallyOver reports whether head, the words of a clause before a
// period, end in a tally: a count, a noun and a participle with no
// auxiliary, which makes a reduced relative rather than a verb ("lists
// about 13,500 people killed or missing between 1 January 1998 and 31
// December 2000", "hundreds of homes destroyed from March to May"). The
// period is what the statistic covers, not the time of one happening.
// With a finite verb ("tens of thousands … were taken by sea") or with the
// period first ("Between 15 and 24 July tens of thousands …") it is an
// event.
func isTallyOver(head string) bool {
	w := strings.Fields(head)
	for i := range w {
		w[i] = strings.ToLower(trim(w[i], ",.;:()\"“”'’"))
	}
	for i, c := range w {
		if !isCount(c) {
			continue
		}
		j := i + 2 // "13,500 people killed"
		if i+1 < len(w) && w[i+1] == "of" {
			j = i + 3 // "hundreds of people killed"
		}
		if j < len(w) && isParticiple(w[j]) && !isAuxiliary(w[j-1]) && !hasEventVerbWords(w[j+1:]) && !opensObject(w[j+1:]) {
			return true
		}
	}
	return false
}

// opensObject reports whether w, the words after an -ed form, open a
// direct object: a determiner. A passive participle, as in a tally
// ("13,500 people killed between …"), takes none; "(2 Para) attacked the
// positions between 28 and 29 May" is a finite verb and its object.
func opensObject(w []string) bool {
	return len(w) > 0 && isDeterminer(w[0])
}

// isSpreadOver reports whether head, the words of a clause before a date,
// end in a length of time after "over" ("filed over six weeks in early
// 2008", "over ten weeks this year"): what the clause tells was spread
// over that span, which the date only places, so it is no happening of
// that date.
func isSpreadOver(head string) bool {
	if !strings.Contains(head, "ver ") {
		return false // most clauses: no "over", nothing to split
	}
	w := strings.Fields(strings.ToLower(head))
	if n := len(w); n > 0 && (w[n-1] == "in" || w[n-1] == "during") {
		w = w[:n-1]
	}
	n := len(w)
	if n < 3 || w[n-3] != "over" {
		return false
	}
	switch trimRight(w[n-1], ",") {
	case "day", "days", "week", "weeks", "month", "months", "year", "years":
		return numberWord(w[n-2]) > 0 || isVagueNumber(w[n-2]) || isAllDigits(w[n-2])
	}
	return false
}

// isCount reports whether w counts things: digits ("13,500", "120", not a
// year such as "1999") or a round number word ("hundreds", "thousands").
func isCount(w string) bool {
	switch w {
	case "dozens", "hundreds", "thousands", "millions":
		return true
	}
	digits := strings.ReplaceAll(w, ",", "")
	if !isAllDigits(digits) {
		return false
	}
	n, _ := strconv.Atoi(digits)
	return digits != w || len(digits) != 4 || n < 1000 || n > 2999
}

// isAuxiliary reports whether w is a form of "be" or "have", which make
// the participle after them a verb.
func isAuxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having":
		return true
	}
	return false
}

// isLightClause reports whether the words of a clause before its date
// only name a known event and say it happened: a definite subject and a
// verb, at most four words ("The agreement came", "It followed"). Then a
// relative day with a clause after it ("… a day after Aliyev announced
// the capture of Hadrut") dates that clause, the new information, counted
// back from the known event: the day before the latest reported day. So
// does one whose main clause gave its own day ("the city fell on 7 July,
// two days after Mukalla was taken"). Otherwise ("Rebels attacked Gao two
// days after the army withdrew") the main clause is the news and counts
// forward.
func isLightClause(head string) bool {
	w := paddedWordList(head)
	if len(w) < 2 || len(w) > 4 || !hasEventVerbWords(w[len(w)-1:]) {
		return false
	}
	switch w[0] {
	case "the", "this", "that", "it", "these", "those", "its", "their":
		return true
	}
	return false
}

// clauseStart returns the offset where the clause holding byte at starts.
func clauseStart(bounds []int, at int) int {
	from := 0
	for _, b := range bounds {
		if b < at {
			from = b + 1
		}
	}
	return from
}

// isBackstory reports whether d, in a clause in the past perfect, lies in
// a year before the narrative's: "The village had been the site of a
// shelling in 1996", in an account of 2006, recalls rather than reports.
func (x *eventScan) isBackstory(d Date, t tense) bool {
	return t == tensePastPerfect && d.Year != 0 && x.r.ctxYear != 0 && d.Year < x.r.ctxYear
}

// isStateRecalled reports whether scope recalls a state in the past
// perfect with a copula and a noun phrase ("had also been the site of a
// shelling in 1996"): a description, not a happening. "Had been
// deployed" is a passive and reports one.
func isStateRecalled(scope string) bool {
	w := paddedWordList(scope)
	for i := 0; i+2 < len(w); i++ {
		if w[i] != "had" {
			continue
		}
		k := i + 1
		if isAdverbOfTime(w[k]) && k+2 < len(w) {
			k++ // "had also been", "had long been"
		}
		if w[k] != "been" {
			continue
		}
		switch w[k+1] {
		case "the", "a", "an", "its", "their", "his", "her", "home", "part":
			return true
		}
	}
	return false
}

// isPresentBefore reports whether the words before a date at byte at of s
// read as a subject and a verb in the third person present, then the
// date's preposition: "the proclamation lapses on July 22", "the district
// follows by Dec. 1". A determiner before the -s word makes it a plural
// noun instead ("the talks on 5 May").
func isPresentBefore(s string, at int) bool {
	w := paddedWordList(s[:at])
	if len(w) < 3 {
		return false
	}
	switch w[len(w)-1] {
	case "on", "by", "in", "at", "from", "until", "till":
	default:
		return false
	}
	v, subj := w[len(w)-2], w[len(w)-3]
	if len(v) < 4 || !strings.HasSuffix(v, "s") || governsParticiple(subj) || !endsSubject(subj) {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ys", "ics"} {
		if strings.HasSuffix(v, suf) {
			return false
		}
	}
	return true
}

// isProgressiveBefore reports whether the date at byte at of s follows
// an -ing form and its preposition ("a platoon, deploying from 1
// October"): with no finite verb in the clause, the progressive says the
// date is current or to come, never that it is past.
func isProgressiveBefore(s string, at int) bool {
	head := trimRight(s[:at], " ")
	prep := trailingWord(head)
	switch prep {
	case "on", "by", "in", "from", "until", "till":
	default:
		return false
	}
	v := trimRight(trailingWord(head[:len(head)-len(prep)]), ",")
	return len(v) > 5 && strings.HasSuffix(v, "ing")
}

// isDateNumberWord reports whether w counts what follows ("two talks").
func isDateNumberWord(w string) bool {
	return numberWord(w) > 0 || isAllDigits(w) || isVagueNumber(w) || w == "many" || w == "more" || w == "the"
}

// presentBeforeAny reports whether any date of exprs follows a present
// verb as isPresentBefore reads one.
func presentBeforeAny(s string, exprs []dateExpr) bool {
	for _, e := range exprs {
		if isPresentBefore(s, e.start) {
			return true
		}
	}
	return false
}

// isRelativeClause reports whether scope is a relative clause ("which
// signed a peace agreement in 2014", "where he died two years later"):
// background to its noun, which does not move the narrative.
func isRelativeClause(scope string) bool {
	w, _, _ := strings.Cut(trimLeft(scope, " ,"), " ")
	switch strings.ToLower(w) {
	case "which", "who", "whose", "whom", "where":
		return true
	}
	return false
}

// isAside reports whether byte at of sentence s lies in a parenthesis or
// between dashes ("was deposed (he died in exile in 1972)", "was deposed
// — he died in 1972 — and"), or after a lone dash that ends the
// sentence: an aside, like a relative clause, is background to the
// sentence, and its date does not move the narrative. An aside between
// dashes holds no clause of its own, so it closes by a semicolon
// (ruleDashClause): the rows of a table read as a paragraph, which
// semicolons join, are no aside of its header's range.
func isAside(s string, at int, off dateRules) bool {
	if open := strings.LastIndexByte(s[:at], '('); open >= 0 && strings.IndexByte(s[open:at], ')') < 0 {
		return true
	}
	from := 0
	if off.on(ruleDashClause) {
		from = strings.LastIndexByte(s[:at], ';') + 1 // an aside between dashes closes by a semicolon
	}
	return countDashes(s[from:at])%2 == 1
}

// countDashes counts the dashes in s that set off words: an em or en
// dash, or a double hyphen, with a space on either side ("1998–2000" and
// "well-armed" are no dashes).
func countDashes(s string) int {
	n := 0
	for _, d := range []string{" — ", " – ", " -- "} {
		n += strings.Count(s, d)
	}
	return n
}

// isAdverbOfTime reports whether w may stand between an auxiliary and its
// verb: "had also been", "had already fled".
func isAdverbOfTime(w string) bool {
	switch w {
	case "also", "already", "long", "once", "previously", "earlier", "never", "not", "just", "recently":
		return true
	}
	return false
}

// advance moves the narrative on to d: its year becomes the one that
// later dates without a year take. Announced dates and those of sentences
// that report nothing (questions, quotations) do not move it.
func (x *eventScan) advance(d Date, t tense, eventful bool) {
	if d.Year == 0 || t == tenseFuture || d.Scheduled && t != tensePastPlan || !eventful {
		return
	}
	dd := d
	if d.Year != x.r.ctxYear {
		x.r.yearSection = x.r.section
	}
	x.r.ctxYear, x.r.prev = d.Year, &dd
	x.r.noteMonth(d)
	if x.r.opened == nil && d.Precision >= PrecisionMonth {
		x.r.opened = &dd
	}
	if d.Precision == PrecisionDay {
		if x.r.told == nil {
			x.r.told = map[[2]int]int{}
		}
		x.r.told[[2]int{d.Month, d.Day}] = d.Year
	}
}

// saysMoreThanDates reports whether s has words besides its dates and a
// label before a colon: "- **Date:** 3 August 1997 – 1999", an infobox
// line, reports nothing; "- 5 August: Mohéli declares independence" does.
func saysMoreThanDates(s string, exprs []dateExpr) bool {
	from := 0
	if k := strings.IndexByte(s, ':'); k >= 0 && wordsOutside(s[:k], exprs, 0, 4) <= 3 {
		from = k + 1 // a label: "**Date:**", "Location:"
	}
	return wordsOutside(s, exprs, from, 1) > 0
}

// wordsOutside counts, up to limit, the runs of letters in s from byte
// from that lie outside every expression of exprs.
func wordsOutside(s string, exprs []dateExpr, from, limit int) int {
	n, inWord := 0, false
	for i := from; i < len(s) && n < limit; {
		if e := exprAt(exprs, i); e != nil {
			i, inWord = e.end, false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		letter := unicode.IsLetter(r)
		if letter && !inWord {
			n++
		}
		inWord = letter
		i += size
	}
	return n
}

// exprAt returns the expression of exprs that holds byte i, or nil.
func exprAt(exprs []dateExpr, i int) *dateExpr {
	for k := range exprs {
		if exprs[k].start <= i && i < exprs[k].end {
			return &exprs[k]
		}
	}
	return nil
}

// leadIndex returns which of a sentence's expressions is a chronology
// entry's date, or -1: the first, or the second when the first is the
// weekday that names its day ("Tuesday, Feb. 5 —").
func leadIndex(m string, exprs []dateExpr, off dateRules) int {
	for k := range min(len(exprs), 2) {
		if isLeadDate(m, exprs[k], off) && (k == 0 || exprs[0].kind == exWeekday && exprs[0].skip) {
			return k
		}
	}
	return -1
}

// isLeadDate reports whether e opens its sentence as a chronology entry's
// date: nothing but emphasis, or the weekday that names its day, before
// it, and a colon or a dash after it ("**Feb. 7** —", "January 10:",
// "Tuesday, Feb. 5 —"), or the label that numbers the entry, as an
// official annex numbers its list ("(e) 12 May: …", "(iv) 2 March —";
// ruleEnumeratedEntry).
func isLeadDate(s string, e dateExpr, off dateRules) bool {
	before := trim(s[:e.start], " *_,")
	if before != "" && !isWeekdayName(strings.ToLower(before)) && !(off.on(ruleEnumeratedEntry) && isEnumerator(before)) {
		return false
	}
	rest := trimLeft(s[e.end:], " *_")
	if note, after, ok := strings.Cut(rest, ")"); ok && strings.HasPrefix(note, "(") && !strings.Contains(note, ".") {
		rest = trimLeft(after, " *_") // "**19–20 December (scheduled)**:"
	}
	for _, sep := range []string{":", "—", "–", "- ", "--"} {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	return false
}

// isPlanNote reports whether rest, what follows a chronology entry's
// date, opens with a note in brackets that the day is planned, not past:
// "(scheduled)", "(planned)", "(expected)", "(provisional)". Such an
// entry announces; its date lies ahead of the moment of writing.
func isPlanNote(rest string) bool {
	rest = trimLeft(rest, " *_")
	note, _, ok := strings.Cut(rest, ")")
	if !ok || !strings.HasPrefix(note, "(") {
		return false
	}
	for _, w := range paddedWordList(note) {
		switch w {
		case "scheduled", "planned", "expected", "provisional", "tentative", "proposed", "due", "forthcoming", "upcoming":
			return true
		}
	}
	return false
}

// linkEvents records on each faction the events that mention it, and on
// each event the names of those factions. It starts afresh, so running it
// twice changes nothing. c.Events is chronological, so each f.Events is too.
func linkEvents(c *Corpus) {
	x := newMentionIndex(factionMatchers(c.Factions))
	dated := eventSentences(c.Events)
	for i := range c.Events {
		ev := &c.Events[i]
		ev.Groups = []string{}
		seen := map[*Faction]bool{}
		linkMentioned(c, &x, ev.Text, seen, ev)
		if scene := sceneSentence(c, ev, dated[ev.Ref]); scene != "" {
			linkMentioned(c, &x, scene, seen, ev)
		}
	}
	refreshEventCopies(c)
}

// factionMatchers returns each faction's matcher, made where it has none,
// and clears the faction's events for linkEvents to record afresh.
func factionMatchers(fs []*Faction) []matcher {
	ms := make([]matcher, len(fs))
	for i, f := range fs {
		f.Events = nil
		if ms[i] = f.match; ms[i] == nil {
			ms[i] = newMatcher(f)
		}
	}
	return ms
}

// eventSentences returns the sentences of evs, by paragraph.
func eventSentences(evs []Event) map[Ref]map[string]bool {
	dated := map[Ref]map[string]bool{}
	for _, ev := range evs {
		if dated[ev.Ref] == nil {
			dated[ev.Ref] = map[string]bool{}
		}
		dated[ev.Ref][ev.Text] = true
	}
	return dated
}

// linkMentioned links ev with each faction text mentions that seen does
// not hold yet: the faction's name joins ev's groups, and a copy of ev
// the faction's events.
func linkMentioned(c *Corpus, x *mentionIndex, text string, seen map[*Faction]bool, ev *Event) {
	for _, fi := range x.candidates(text) {
		if f := c.Factions[fi]; !seen[f] && f.MentionedIn(text) {
			seen[f] = true
			ev.Groups = append(ev.Groups, f.Name)
			f.Events = append(f.Events, *ev)
		}
	}
}

// refreshEventCopies replaces each faction's copies of events with the
// events as they ended: an event added to a faction before a later
// faction joined its groups carries a stale copy of Groups.
func refreshEventCopies(c *Corpus) {
	byText := map[Ref]map[string]Event{}
	for _, ev := range c.Events {
		if byText[ev.Ref] == nil {
			byText[ev.Ref] = map[string]Event{}
		}
		byText[ev.Ref][ev.Text] = ev
	}
	for _, f := range c.Factions {
		for j := range f.Events {
			f.Events[j] = byText[f.Events[j].Ref][f.Events[j].Text]
		}
	}
}

// sceneSentence returns the sentence just before ev's in its paragraph when
// that sentence reports no event of its own, else "". Writers name who an
// event concerns in an undated sentence that sets the scene, then date what
// happened: "The successes … have created a rift in one of the militant
// groups, Ansar Dine … On January 24, Tuareg leader Alghabass Ag Intalla
// formed a splinter cell." The event involves the scene's factions too.
func sceneSentence(c *Corpus, ev *Event, dated map[string]bool) string {
	b := c.Briefing(ev.Ref.Briefing)
	if b == nil || ev.Ref.Paragraph < 1 || ev.Ref.Paragraph > len(b.Paragraphs) {
		return ""
	}
	prev := ""
	for _, s := range Sentences(b.Paragraphs[ev.Ref.Paragraph-1].Text) {
		if strings.Contains(s, ev.Text) || strings.Contains(ev.Text, s) {
			if prev == "" || dated[prev] {
				return ""
			}
			return prev
		}
		prev = s
	}
	return ""
}

// blankQuotations returns text with everything inside quotation marks, and the
// marks, blanked to spaces byte for byte, so offsets still match. Curly
// double quotes pair up and straight ones toggle; a double quotation left
// open runs to the end of the paragraph, as multi-paragraph quotations do.
// Single curly quotes (‘…’, the British style) count only when they close
// within the paragraph, since ’ is also the apostrophe: the closing one is
// the first ’ not followed by a letter.
//
// Most paragraphs quote nothing and come back as they are, uncopied.
func blankQuotations(text string) string {
	if !hasQuoteMark(text) {
		return text // no mark opens or closes a quotation; ’ alone masks nothing
	}
	buf := []byte(text)
	curly, straight, single := false, false, false
	lastClose := -1 // the last ’ that could close a single quotation
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '’' && !isLetterAt(text, i+size) {
			lastClose = i
		}
		i += size
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		mask := curly || straight || single
		switch r {
		case '“':
			curly, mask = true, true
		case '”':
			curly, mask = false, true
		case '"':
			straight, mask = !straight, true
		case '‘':
			if !single && lastClose > i {
				single, mask = true, true
			}
		case '’':
			if single && !isLetterAt(text, i+size) {
				single = false
			}
		}
		if mask {
			for k := i; k < i+size; k++ {
				buf[k] = ' '
			}
		}
		i += size
	}
	return string(buf)
}

// hasQuoteMark reports whether s holds ", “, ” or ‘: a byte search,
// since strings.ContainsAny decodes every rune for marks beyond ASCII.
func hasQuoteMark(s string) bool {
	if strings.IndexByte(s, '"') >= 0 {
		return true
	}
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], 0xE2) // the lead byte of “ ” ‘
		if k < 0 {
			return false
		}
		i += k
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D || s[i+2] == 0x98) {
			return true
		}
	}
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// splitEventSentences returns the byte spans of the sentences of a paragraph. A
// sentence ends at ".", "!" or "?" (with any closing quotes or brackets)
// followed by a space and a capital, digit or opening quote, unless the
// full stop ends an abbreviation (isSentenceAbbrev): "U.S.", "Jan.",
// "Sept.", a title such as "Mr." or "Insp.", or an initial such as "J.".
func splitEventSentences(text string) [][2]int { return splitSentencesKeeping(text, nil) }

// splitSentencesKeeping is splitEventSentences that does not end a
// sentence inside one of the spans in keep (see closedQuotations).
func splitSentencesKeeping(text string, keep [][2]int) [][2]int {
	var spans [][2]int
	start := 0
	for i := 0; i < len(text); i++ {
		n := indexStop(text[i:])
		if n < 0 {
			break
		}
		i += n
		j, k, end := stopGap(text, i)
		if end {
			break
		}
		if k == j || !canOpenSentence(text[k:]) {
			continue
		}
		if text[i] == '.' && isSentenceAbbrev(wordEndingAt(text, i)) || insideSpan(keep, i, j) {
			continue
		}
		spans = append(spans, [2]int{start, j})
		start = k
		i = k - 1
	}
	if strings.TrimSpace(text[start:]) != "" {
		spans = append(spans, [2]int{start, len(text)})
	}
	return spans
}

// stopGap reads what follows the stop at text[i]: the closing quotes and
// brackets it takes, up to j, and the spaces after them, up to k (k == j
// when no space follows, so no sentence starts there). end reports that
// the text ends before any next sentence could start.
func stopGap(text string, i int) (j, k int, end bool) {
	j = i + 1
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r != '"' && r != '”' && r != '’' && r != ')' && r != ']' && r != '\'' {
			break
		}
		j += size
	}
	if j >= len(text) {
		return j, j, true
	}
	k = j
	for k < len(text) && text[k] == ' ' {
		k++
	}
	return j, k, k >= len(text)
}

// canOpenSentence reports whether rest can open a sentence: a capital, a
// digit, an opening quote or bracket, a dash or a list's mark.
func canOpenSentence(rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("“\"‘(['-*•", next)
}

// closedQuotations returns the spans of text's double quotations that
// close within it (rule quoted-sentences): a quotation of several
// sentences ("chanting \"Who are you? Who am I?\" in response", "\"We
// will fight. We will win,\" he said") is a part of the sentence that
// quotes it, not sentences of the narrator's. One left open, a mark
// unpaired, is no span: the split stays as it was.
func closedQuotations(text string) [][2]int {
	var out [][2]int
	for open, close := range quotationsIn(text) {
		if close < len(text) || strings.HasSuffix(text, "\"") || strings.HasSuffix(text, "”") {
			out = append(out, [2]int{open, close})
		}
	}
	return out
}

// insideSpan reports whether a sentence end at byte i, the next sentence
// to start at or after j, falls inside one of spans: the quotation opens
// before i and closes after j.
func insideSpan(spans [][2]int, i, j int) bool {
	for _, sp := range spans {
		if sp[0] < i && j < sp[1] {
			return true
		}
	}
	return false
}

// listMarker returns the bullet ("- ", "* ", "+ ", "• ") a paragraph
// starts with, or "" when it is prose. Markdown lists reach us as one
// paragraph, items joined by spaces.
func listMarker(text string) string {
	for _, m := range []string{"- ", "* ", "+ ", "• "} {
		if strings.HasPrefix(text, m) {
			return m
		}
	}
	return ""
}

// itemSentences splits a paragraph into sentences, grouped by list item:
// a list is first split into its items, each without its bullet, and
// prose is one item.
func itemSentences(text, marker string, off dateRules) [][][2]int {
	split := splitEventSentences
	if off.on(ruleQuotedSentences) {
		split = func(t string) [][2]int { return splitSentencesKeeping(t, closedQuotations(t)) }
	}
	if marker == "" {
		return [][][2]int{split(text)}
	}
	var items [][][2]int
	for start := 0; start < len(text); {
		from := start + len(marker)
		end := len(text)
		if k := strings.Index(text[from:], " "+marker); k >= 0 {
			end = from + k
		}
		var spans [][2]int
		for _, sp := range split(text[from:end]) {
			spans = append(spans, [2]int{from + sp[0], from + sp[1]})
		}
		items = append(items, spans)
		start = end + 1
	}
	return items
}

// headingYear returns the year a section heading names ("2012", "The
// 2012 coup"), or 0.
func headingYear(h string) int {
	for _, t := range dateTokens(h) {
		if t.plain && len(t.text) == 4 && t.num >= 1800 && t.num <= 2100 {
			return t.num
		}
	}
	return 0
}

// wordEndingAt returns the run of non-space bytes that ends at i.
func wordEndingAt(text string, i int) string {
	k := i
	for k > 0 && text[k-1] != ' ' {
		k--
	}
	return trimLeft(text[k:i], "(“\"‘'[*_")
}

// isSentenceAbbrev reports whether a full stop after w is part of w: an
// abbreviation with a full stop inside ("U.S.", "a.m."), an initial, a
// title written short (lang.IsTitleAbbrev: "Mr.", "Gen.", "the Hon.
// Peter Mwale", "Insp. Mwangi"), or another word written short that
// goes on to what follows ("St.", "Ltd.", "No.", "Sept.", "approx.").
func isSentenceAbbrev(w string) bool {
	if w == "" {
		return false
	}
	if strings.Contains(w, ".") { // U.S., e.g., a.m.
		return true
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
		return true // an initial
	}
	lower := strings.ToLower(w)
	if lang.IsTitleAbbrev(lower) {
		return true
	}
	switch lower {
	case "st", "mt", "ft", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "c", "ca":
		return true
	}
	return false
}

// quotesInHappening reports whether b, a sentence mostly quoted (m, the
// same bytes with its quotations blanked), reports a happening around what it quotes:
// before the quotation opens, its first verb is a past that is no verb
// of saying, nor one whose past is its present ("put it"): "Reuters
// received a letter announcing that "…"", "the crowd chanted "…"". The
// quotation is then a detail of the happening, not the sentence's
// speech (rule quote-in-happening). A quotation that opens the sentence
// is speech its attribution reports.
func (x *eventScan) quotesInHappening(b, m string) bool {
	if !x.r.off.on(ruleQuoteInHappening) {
		return false
	}
	k := strings.IndexAny(b, "\"“")
	if k <= 0 || k > len(m) {
		return false
	}
	for _, f := range strings.Fields(m[:k]) {
		w := strings.ToLower(trim(f, ",.;:()\"“”'’"))
		switch {
		case f != w && isModalOrDo(w):
			continue // "May", a month
		case isReportingVerb(w) || isAuxiliary(w) || isModalOrDo(w) || isSameInPast(w):
			return false
		case isVerbForm(w):
			return true
		}
	}
	return false
}

// quotesAddress reports whether b, a sentence of a dispatch mostly
// quoted (m with its quotations blanked), opens with its quotation and
// closes with the speaker telling it to an audience on a day counted
// from the dispatch's (rule quoted-address): ""We have the brains
// behind the unrest," Sutiyoso told reporters on Monday" reports an
// address to a body, a happening of a day the report tells, as a speech
// is. A quotation only "said", told to a pronoun ("he told me"), or told
// outside a dispatch's days ("Yeltsin told the nation on 4 October", in
// a history) reports speech; one that follows its attribution ("told the
// House on 11 May that "…"") stays the speaker's words.
func (x *eventScan) quotesAddress(b, m string, exprs []dateExpr) bool {
	if !x.r.off.on(ruleQuotedAddress) || x.r.dateline == nil || strings.IndexAny(b, "\"“") != 0 || !slices.ContainsFunc(exprs, isDispatchDay) {
		return false
	}
	w := paddedWordList(m)
	for i, v := range w {
		if v == "told" {
			return i+1 < len(w) && !isObjectPronoun(w[i+1])
		}
	}
	return false
}

// isDispatchDay reports whether e is a day counted from the moment of
// writing: a weekday ("on Monday") or "today", "yesterday", "this
// morning".
func isDispatchDay(e dateExpr) bool { return e.kind == exWeekday || e.kind == exNowDay }

// isObjectPronoun reports whether w is a personal pronoun in the object
// case: "him", "them", "me".
func isObjectPronoun(w string) bool {
	switch w {
	case "him", "her", "them", "me", "us", "you", "it":
		return true
	}
	return false
}

// mostlyQuoted reports whether a sentence is quoted speech: at least
// three of its words, and a third of them, inside quotation marks. A
// quotation with its attribution ("“We will defend them,” he said on
// March 4") reports speech, not an event; a phrase quoted in passing
// ("an operation named Linda Nchi, Swahili for "protect the country"")
// leaves the sentence an event.
func mostlyQuoted(text, masked string) bool {
	all, left := countFields(text), countFields(masked)
	quoted := all - left
	return quoted >= 3 && quoted*3 >= all
}

// quotesFragments reports whether every quotation in sentence b is a
// fragment the narrator's own clause takes in (rule quoted-fragment):
// its opening mark follows a word of that clause that is no verb of
// saying, nor the "that" opening what was said ("accused him of
// "disloyalty"", "said the remarks were "calculated to disturb the
// peace""), and no comma closes it, as one
// closes speech before its attribution (""We will fight," he said").
// Such a sentence is indirect speech or narration in the writer's
// words, however much of it is quoted: it tells what happened, and its
// date is the event's. Speech quoted whole opens the sentence or
// follows a colon, a comma or a verb of saying.
func (x *eventScan) quotesFragments(b string) bool {
	if !x.r.off.on(ruleQuotedFragment) {
		return false
	}
	found := false
	for open, close := range quotationsIn(b) {
		found = true
		before := strings.TrimRight(b[:open], " ")
		k := strings.LastIndexFunc(before, func(r rune) bool { return !isWordRune(r) })
		word := strings.ToLower(before[k+1:])
		if word == "" || word == "that" || isReportingVerb(word) || strings.HasSuffix(strings.TrimRight(b[open:close], "\"”"), ",") || strings.HasPrefix(b[close:], ",") {
			return false
		}
	}
	return found
}

// quotationsIn yields each double quotation of s as the byte offset of
// its opening mark and the offset just past its closing one (or the end
// of s, for one left open). Curly marks pair up; straight ones toggle.
func quotationsIn(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		open := -1
		for i, r := range s {
			switch {
			case open < 0 && (r == '“' || r == '"'):
				open = i
			case open >= 0 && (r == '”' || r == '"'):
				if !yield(open, i+utf8.RuneLen(r)) {
					return
				}
				open = -1
			}
		}
		if open >= 0 {
			yield(open, len(s))
		}
	}
}

// countFields is len(strings.Fields(s)) without building the fields.
func countFields(s string) int {
	n, inField := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inField {
			n++
		}
		inField = !space
	}
	return n
}

// isQuestionSentence reports whether a sentence asks rather than tells.
func isQuestionSentence(s string) bool {
	s = trimRight(s, " \"”’)]'")
	return strings.HasSuffix(s, "?")
}

// clauseBounds returns the byte offsets in s where one clause ends and the
// next begins: semicolons, colons and a comma before a conjunction or a
// relative pronoun. It lets "X have arrived, and a summit will be held on
// January 29" be scheduled for the summit only. lower is the sentence
// with its ASCII lower-cased (lowerASCII), which keeps byte offsets,
// unlike strings.ToLower.
func clauseBounds(lower string) []int {
	var out []int
	for i := 0; i < len(lower); i++ {
		switch lower[i] {
		case ';', ':':
			out = append(out, i)
		case ' ':
			// "opened on 3 January and are expected to continue": a new verb.
			rest := lower[i:]
			// "had been a colony for centuries when rebels launched their
			// struggle in 1964": "when" opens a clause with its own tense.
			for _, w := range []string{" and is ", " and are ", " and was ", " and were ", " and will ", " and has ", " and have ", " and had ", " when "} {
				if strings.HasPrefix(rest, w) {
					out = append(out, i)
					break
				}
			}
		case ',':
			rest := lower[i+1:]
			for _, w := range []string{" and ", " but ", " while ", " whereas ", " which ", " whose ", " who ", " when ", " although ", " though ", " after ", " before "} {
				if strings.HasPrefix(rest, w) {
					out = append(out, i)
					break
				}
			}
		}
	}
	return out
}

// clauseAt returns the clause of s holding the bytes [start, end), and
// the offset where it starts.
func clauseAt(s string, bounds []int, start, end int) (string, int) {
	from, to := 0, len(s)
	for _, b := range bounds {
		if b < start {
			from = b + 1
		} else if b >= end {
			to = b
			break
		}
	}
	return s[from:to], from
}

// dateScope returns the words that govern the date at [start, end) of
// sentence s, and the date's offset within them: the comma-delimited
// phrase around it when that phrase has a verb of its own ("first
// proposed in May"), else its whole clause ("On January 29, a summit will
// be held").
func dateScope(s string, bounds []int, start, end int) (string, int) {
	clause, from := clauseAt(s, bounds, start, end)
	ls := start - from
	if seg, segFrom := commaPhrase(clause, ls, end-from); hasEventVerb(seg) {
		return seg, ls - segFrom
	}
	return clause, ls
}

// commaPhrase returns the comma-delimited phrase of clause around the
// bytes [ls, le), and the offset where it starts.
// A comma inside a parenthesis ("set up the Field Action Coordination
// Unit (Cellule de coordination des actions de terrain, CCAT) to
// organise protests") is the gloss's own and delimits no phrase of the
// clause.
func commaPhrase(clause string, ls, le int) (string, int) {
	segFrom, segTo := 0, len(clause)
	if k := commaOutside(clause[:ls], true); k >= 0 {
		segFrom = k + 1
	}
	if k := commaOutside(clause[le:], false); k >= 0 {
		segTo = le + k
	}
	return clause[segFrom:segTo], segFrom
}

// commaOutside returns the index of s's first comma, or with last its
// last, outside a parenthesis opened (closed, reading back) within s, or
// -1.
func commaOutside(s string, last bool) int {
	open, shut, i, step, end := byte('('), byte(')'), 0, 1, len(s)
	if last {
		open, shut, i, step, end = ')', '(', len(s)-1, -1, -1
	}
	depth := 0
	for ; i != end; i += step {
		switch s[i] {
		case open:
			depth++
		case shut:
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// paddedWords returns the lower-case words of s padded with spaces, so that
// phrases can be found whole: " is scheduled ".
// It lower-cases and joins in one pass, one allocation: it runs on every
// clause of every dated sentence.
func paddedWords(s string) string {
	var j wordJoiner
	j.b.Grow(len(s) + 2)
	j.b.WriteByte(' ')
	for i := 0; i < len(s); {
		if e := asciiWordRunEnd(s, i); e > i {
			// Most of a clause: ASCII letters, digits and apostrophes,
			// copied lowered byte by byte, no decoding.
			j.open()
			for ; i < e; i++ {
				j.b.WriteByte(lowerByte(s[i]))
			}
			continue
		}
		i = j.rune(s, i)
	}
	j.b.WriteByte(' ')
	return j.b.String()
}

// wordJoiner writes paddedWords' words, one space between them.
type wordJoiner struct {
	b      strings.Builder
	inWord bool
	words  int
}

// open starts a word unless one is open, after a space if it is not the
// first.
func (j *wordJoiner) open() {
	if j.inWord {
		return
	}
	if j.words > 0 {
		j.b.WriteByte(' ')
	}
	j.words++
	j.inWord = true
}

// rune writes the rune at s[i], lowered, as part of a word, or closes the
// word at a rune no date word holds; it returns the index past the rune.
// A hyphen between letters joins them into one word ("Indian-held").
func (j *wordJoiner) rune(s string, i int) int {
	r, size := lowerRuneAt(s, i)
	i += size
	if r == '-' && j.inWord && i < len(s) && isLetterAt(s, i) {
		j.b.WriteByte('-') // "Indian-held", "UN-brokered": one word, an adjective
		return i
	}
	if !isDateWordRune(r) {
		j.inWord = false
		return i
	}
	j.open()
	j.b.WriteRune(r)
	return i
}

// asciiWordRunEnd returns the end of the run of ASCII letters, digits
// and apostrophes at s[i:]: the bytes paddedWords keeps as they are,
// lowered.
func asciiWordRunEnd(s string, i int) int {
	for i < len(s) && (isAlnumByte(s[i]) || s[i] == '\'') {
		i++
	}
	return i
}

// lowerByte lowers an ASCII capital.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lowerRuneAt returns the rune at s[i:] lowered as strings.ToLower maps
// it, and its width: an ASCII byte without tables or decoding.
func lowerRuneAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return rune(c), 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.ToLower(r), size
}

// paddedWordList returns the words of paddedWords(s), as strings.Fields
// would split them, in one slice of the right size.
func paddedWordList(s string) []string {
	w, n := paddedWords(s), 0
	if len(w) > 2 { // "  " holds no word; " a b " two
		n = strings.Count(w, " ") - 1
	}
	return paddedFields(make([]string, 0, n), w)
}

// paddedFields appends the words of paddedWords' output w to buf: what
// strings.Fields(w) returns, since w holds words and single spaces only,
// without allocating when buf has room.
func paddedFields(buf []string, w string) []string {
	for start, i := 1, 1; i < len(w); i++ {
		if w[i] != ' ' {
			continue
		}
		if i > start {
			buf = append(buf, w[start:i])
		}
		start = i + 1
	}
	return buf
}

// hasFutureCue reports whether a clause announces something to come.
func hasFutureCue(clause string) bool { return hasFutureCueWords(paddedWords(clause)) }

// hasFutureCueWords is hasFutureCue on paddedWords' form of a clause.
// Every cue starts with a space, so it is tried at each space only, and
// only when the next letter matches: one pass over the clause instead of
// one per cue.
func hasFutureCueWords(w string) bool {
	cues := [...]string{" will ", " shall ", " is scheduled ", " are scheduled ",
		" scheduled for ", " is due ", " are due ", " is set to ", " are set to ", " is expected to ", " are expected to ",
		" comes up for ", " come up for ", " is planned ", " are planned ", " planned for ", " is to be ", " are to be ",
		" plans to ", " plan to ", " must ", " going to ", " intends to ", " intend to ", " intended to "}
	for k := 0; k+1 < len(w); k++ {
		if w[k] != ' ' {
			continue
		}
		switch w[k+1] {
		case 'w', 's', 'i', 'a', 'c', 'p', 'm', 'g': // the cues' first letters
		default:
			continue
		}
		for _, p := range cues {
			if p[1] == w[k+1] && strings.HasPrefix(w[k:], p) {
				return true
			}
		}
	}
	return false
}

// isOvertakenPlan reports whether head, a clause's words before its
// date, hold a plan in the past perfect: "had been due to travel to
// Harare on Wednesday", "had been scheduled for 3 May", "had been
// expected to arrive". What a plan announced in the present ("is due
// to", hasFutureCueWords) is, seen from a later past: overtaken by what
// the narrative tells next, with no word that it happened (rule
// overtaken-plan).
func isOvertakenPlan(head string) bool {
	if !strings.Contains(head, "een") && !strings.Contains(head, "EEN") {
		return false // no "been" in any case: the cheap trigger, most clauses have none
	}
	w := paddedWords(head)
	k := strings.LastIndex(w, " had been ")
	if k < 0 {
		return false
	}
	rest := w[k+len(" had been "):]
	end := len(rest)
	for n, i := 0, 0; i < len(rest); i++ {
		if rest[i] == ' ' {
			if n++; n == 2 {
				end = i + 1 // the plan's word and the one after it: "due to", "scheduled for"
				break
			}
		}
	}
	return hasFutureCueWords(" is " + rest[:end])
}

// isInvertedConditional reports whether a sentence opens with a
// condition by inversion: "Had the army been deployed in 1996, …",
// "Were the talks to fail, …". Declaratives do not start so.
func isInvertedConditional(text string) bool {
	w, _, _ := strings.Cut(trimLeft(text, " *_\"“"), " ")
	return w == "Had" || w == "Were" || w == "Should"
}

// isInvertedClause reports whether the part of scope holding byte at, on
// its side of a "that", opens with a condition by inversion, as
// isInvertedConditional reads a sentence's start: "historians argued
// that had France agreed to intervene in 1991, …". An auxiliary with its
// participle or adverb right after it ("that had arrived in 1991", "that
// had long been") is a relative clause's verb instead: inversion puts
// the subject between them.
func isInvertedClause(scope string, at int) bool {
	part, _ := thatSideAt(scope, at)
	aux, i := rawWord(part, 0)
	if strings.EqualFold(aux, "that") {
		aux, i = rawWord(part, i)
	}
	if !strings.EqualFold(aux, "had") && !strings.EqualFold(aux, "were") && !strings.EqualFold(aux, "should") {
		return false // most clauses: no allocation
	}
	next, _ := nextLowerWord(part, i)
	return next != "" && !isParticiple(next) && !isAdverbOfTime(next) && !isPreverbAdverb(next) && next != "to"
}

// rawWord returns the first run of ASCII letters in s at or after byte
// i, as written, and the offset after it: a word compared with
// strings.EqualFold costs no lower-cased copy.
func rawWord(s string, i int) (string, int) {
	for i < len(s) && !isASCIILetter(s[i]) {
		i++
	}
	j := i
	for j < len(s) && isASCIILetter(s[j]) {
		j++
	}
	return s[i:j], j
}

// hasHypotheticalCue reports whether scope, holding a date at byte at, is
// a condition, a possibility or a debate rather than a report. Case
// matters for "may", which capitalised is the month. Reported speech is
// the exception: in "On Aug. 31, he said he would seek approval" the date
// is when he said it, before both the reporting verb's "would" and what
// was said.
func hasHypotheticalCue(scope string, at int) bool { return hypotheticalCue(scope, at, nil) }

// hypotheticalCue is hasHypotheticalCue with the rules in off turned
// off: with ruleHedgedFraction on, a hedge before a fraction hedges the
// count it opens ("perhaps half a million"); with ruleSubordinateModal
// on, a modal in an adverbial clause after the date is that clause's
// (see opensAdverbialClause).
func hypotheticalCue(scope string, at int, off dateRules) bool { return cueAt(scope, at, at, off) }

// cueAt is hypotheticalCue for a date that ends at byte end of scope: a
// clause of time opens after the date's own words ("the day after his
// term would have ended" is one date; see opensTimeClause).
func cueAt(scope string, at, end int, off dateRules) bool {
	scope, shift := thatSideShift(scope, at)
	at, end = at-shift, end-shift
	contact := len(scope)
	if off.on(ruleContactModal) {
		contact = contactClauseAt(scope, at)
	}
	c := cueScan{scope: scope, at: at, end: end, hedgesFraction: off.on(ruleHedgedFraction), expectsAhead: off.on(rulePastExpectation), subordinate: off.on(ruleSubordinateModal), deliberatedAfter: off.on(ruleDeliberatedAfter),
		timeClause: off.on(ruleTimeClauseModal), reportForms: off.on(ruleReportingForms)}
	resume := 0
	if off.on(ruleResumedConjunct) {
		resume = resumedConjunctAt(scope, at)
	}
	for i := letterAt(scope, 0); i < len(scope); i = letterAt(scope, i) {
		j := letterRunEnd(scope, i)
		cue := c.wordCue(i, j)
		if i >= contact {
			c.embedded = true
		}
		if cue && !((c.reported || c.embedded) && at < i) && !(i < resume && isBareModal(scope, i, j)) {
			return true
		}
		i, c.prev = j, scope[i:j]
	}
	return false
}

// resumedConjunctAt returns the offset in scope, before the date at, of
// the last "and" or "but" that a verb in the simple past follows ("and
// met Kim Dal-sam on 28 April 1948"), or 0 when there is none (rule
// resumed-conjunct). Such a verb cannot share a modal before it
// ("believed that the conflict could be settled by negotiation and
// met"): it is a finite verb of its own, and the modal's mood is the
// earlier conjunct's.
func resumedConjunctAt(scope string, at int) int {
	resume, prev := 0, ""
	for i := letterAt(scope, 0); i < at; i = letterAt(scope, i) {
		j := letterRunEnd(scope, i)
		w := strings.ToLower(scope[i:j])
		if (prev == "and" || prev == "but") && (isIrregularPast(w) && !isParticipleOnly(w) || isRegularPast(w)) {
			resume = i
		}
		i, prev = j, w
	}
	return resume
}

// isBareModal reports whether scope[i:j] is a modal of possibility
// whose verb is no perfect ("could be settled", not "would have
// entered"): a past verb after "and" shares a perfect's "have", but
// not a bare modal's mood.
func isBareModal(scope string, i, j int) bool {
	switch strings.ToLower(scope[i:j]) {
	case "could", "might", "would", "should":
		next, k := nextLowerWord(scope, j)
		if next == "not" {
			next, _ = nextLowerWord(scope, k)
		}
		return next != "have"
	}
	return false
}

// cueScan is hypotheticalCue's walk over a clause's words: the clause,
// the date's offset in it, the rules that shape the reading, and what
// the words before the current one showed.
type cueScan struct {
	scope                                     string
	at, end                                   int
	hedgesFraction, expectsAhead, subordinate bool
	deliberatedAfter                          bool
	timeClause, reportForms                   bool
	reported, embedded                        bool   // a reporting verb, or a clause opening before the date
	prev                                      string // the word before
}

// letterAt returns the offset of the first letter in s at or after i,
// or len(s).
func letterAt(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			return i
		}
		i += size
	}
	return i
}

// letterRunEnd returns the offset just after the run of letters that
// starts at i.
func letterRunEnd(s string, j int) int {
	for j < len(s) {
		r, sz := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += sz
	}
	return j
}

// wordCue reports whether the word scope[i:j] makes the clause a
// possibility, a plan or a condition, and otherwise notes whether it
// reports speech or opens an embedded clause before the date. Modals,
// conditions and hedges are closed classes, grammar; verbs of intent,
// deliberation and expectation and nouns of proposal are WordNet's
// classes (openClassCue).
func (c *cueScan) wordCue(i, j int) bool {
	scope, at := c.scope, c.at
	f := scope[i:j]
	lf := strings.ToLower(f)
	switch lf {
	case "if", "whether", "unless":
		// A condition governs what follows it: "lapses on July 22
		// unless Congress extends it" is not conditional.
		return at > i
	case "could", "might", "would", "should":
		return true
	case "perhaps", "possibly", "potentially":
		// Before a number it hedges a count ("advanced against
		// perhaps 300 guerrillas"), not the clause.
		return !startsCount(scope[j:]) && !(c.hedgesFraction && startsFraction(scope[j:]))
	case "possible", "potential":
		// Before its noun the adjective qualifies that noun ("hinted
		// at possible arms supplies in July"): the clause reports
		// what was done about it. As a predicate ("a ceasefire was
		// possible in May") it makes the clause a possibility.
		return !isAttributive(c.prev, scope[j:])
	}
	if cue, ok := c.openClassCue(i, j, lf); ok {
		return cue
	}
	c.reported = c.reported || isReportingVerb(lf) || c.reportForms && isReportingForm(lf)
	c.embedded = c.embedded || at < i && (opensEmbeddedClause(lf) || c.subordinate && opensAdverbialClause(lf) || c.timeClause && c.end <= i && opensTimeClause(lf))
	return f == "may" // capitalised, the month
}

// isPassiveBefore reports whether head, the words before a participle,
// end with a form of "be" or "have", perhaps with an adverb after it:
// "was expected", "is now expected".
func isPassiveBefore(head string) bool {
	f := paddedWordList(head)
	n := len(f)
	return n > 0 && isAuxiliary(f[n-1]) || n > 1 && isPreverbAdverb(f[n-1]) && isAuxiliary(f[n-2])
}

// opensProposalTerms reports whether between, the words from a
// proposal to a date after it, open the proposal's terms ("for elections
// in", "to hold a referendum in", "that elections be held in"). A
// preposition alone ("a proposal on Thursday") leaves the date to what
// was done with the proposal; so does a participle opening a reduced
// relative clause on it ("known as the Lake Plan in", "backed by the
// envoy in") and a finite verb, the clause's own ("Travel advice for the
// coastal provinces was relaxed in").
func opensProposalTerms(between string) bool {
	w := strings.Fields(paddedWords(between))
	if len(w) <= 1 || isParticiple(w[0]) {
		return false
	}
	return !hasFiniteAfter(w[1:])
}

// startsCount reports whether rest, the text after a word, opens with a
// count in digits or in words ("300 armed guerrillas", "two thousand",
// "dozens"); a year ("perhaps 1990") is no count.
func startsCount(rest string) bool {
	w, _ := nextLowerWord(rest, 0)
	return isCount(w) || numberWord(w) > 0
}

// opensEmbeddedClause reports whether w, after a date, opens a clause of
// its own, a relative clause or an indirect question ("raised disputes
// in 1978 over where the boundary lay and who would benefit", "signed a
// deal in 1978 which would give them autonomy"): a modal in it is that
// clause's, not the dated one's.
func opensEmbeddedClause(w string) bool {
	switch w {
	case "who", "whom", "whose", "which", "where", "what", "how", "why":
		return true
	}
	return false
}

// opensAdverbialClause reports whether w opens an adverbial clause of
// time, cause or concession ("until", "before", "because", "although"):
// after the date, such a clause is the main clause's bound or reason,
// and its mood is its own. "On 7 October a decree suspended the court
// until the new parliament could be elected" reports the decree; "so"
// opens a purpose ("so that talks could begin").
func opensAdverbialClause(w string) bool {
	switch w {
	case "until", "till", "before", "because", "although", "though", "so", "once":
		return true
	}
	return false
}

// opensTimeClause reports whether w opens an adverbial clause of time
// that opensAdverbialClause leaves out, "after", a preposition as often
// as not: after the date's words, a modal past it is that clause's ("on
// 19 September, the day after his term would have ended, he shot
// himself"; rule time-clause-modal).
func opensTimeClause(w string) bool { return w == "after" }

// isReportingForm reports whether w is an inflection of a reporting verb
// isReportingVerb lists in the past ("saying", "warns"; rule
// reporting-forms): the speech it opens after the date is the speaker's,
// and its "would" no condition on the date ("In October 2012 he left,
// saying he would stay there until …").
func isReportingForm(w string) bool {
	for _, l := range wordnet.Load().Lemmas(w) {
		if l != w && isReportingVerb(reportingPast(l)) {
			return true
		}
	}
	return false
}

// reportingPast returns the past of a reporting verb's lemma as
// isReportingVerb lists it.
func reportingPast(l string) string {
	switch l {
	case "say":
		return "said"
	case "tell":
		return "told"
	}
	return strings.TrimSuffix(l, "e") + "ed"
}

// isAttributive reports whether an adjective, after the word prev and
// before rest, stands before a noun it qualifies: no copula before it
// ("was possible"), and a word after it that is no preposition, "to" or
// "that" ("possible to hold", "possible that").
func isAttributive(prev, rest string) bool {
	switch strings.ToLower(prev) {
	case "is", "are", "was", "were", "be", "been", "being", "seems", "seemed", "became", "becomes", "remains", "remained", "deemed":
		return false
	}
	next, _ := nextLowerWord(rest, 0)
	if k := strings.IndexFunc(rest, func(r rune) bool { return r != ' ' }); k < 0 || !unicode.IsLetter(rune(rest[k])) {
		return false // "possible." or "possible, but"
	}
	return next != "" && next != "to" && next != "that" && !isPreposition(next) && !isSubjectlessOpener(next)
}

// isPreposition reports whether w is a preposition that introduces a
// date: "on", "in", "at", "by".
func isPreposition(w string) bool {
	switch strings.ToLower(w) {
	case "on", "in", "at", "by":
		return true
	}
	return false
}

// isReportingVerb reports whether w reports speech: "said", "announced",
// "told" and the like, after which a "would" is the speaker's future, not
// a condition.
func isReportingVerb(w string) bool {
	switch w {
	case "said", "says", "announced", "warned", "stated", "declared", "promised", "vowed", "threatened", "told":
		return true
	}
	return false
}

// isReportedWould reports whether the date at byte at of scope is the
// future a speaker announced: a "would" before it, not "would have", whose
// only hypothetical cue it is, after a reporting verb in head, the
// sentence before the date ("The commodore said tonight that he would
// hand the powers back early next month"). Such a date, when it counts
// from the moment of writing (see isDeictic) and lies ahead of it, is a
// step the report announces; behind it, whether it came about is not
// said, and a year or a date written out ("would challenge Kiir for the
// leadership in 2015") is the speaker's aim rather than the report's
// calendar.
func isReportedWould(head, scope string, at int) bool {
	if !strings.Contains(head, "would") {
		return false // most dates: no need to split the sentence
	}
	w := paddedWordList(head)
	k := len(w) - 1
	for k >= 0 && w[k] != "would" {
		k--
	}
	if k < 1 || k+1 < len(w) && (w[k+1] == "have" || w[k+1] == "not" && k+2 < len(w) && w[k+2] == "have") ||
		!slices.ContainsFunc(w[:k], isReportingVerb) {
		return false
	}
	lower := lowerASCII(scope[:at])
	i := strings.LastIndex(lower, "would")
	if i < 0 {
		return false
	}
	return !hasHypotheticalCue(scope[:i]+"     "+scope[i+5:], at)
}

// isPossessiveWould reports whether xe, a weekday, is a possessive in
// the subject of a reported "would" ("Protest leaders said Friday's
// march would go ahead"): the future in the past announces the day, as
// after the verb (isReportedWould), so the weekday is the one ahead
// (rulePossessiveWould). head is the sentence before the weekday, tail
// the words after it; "would have" is no future.
func isPossessiveWould(head, tail string, xe dateExpr, off dateRules) bool {
	if !off.on(rulePossessiveWould) || xe.kind != exWeekday || xe.delta != 0 {
		return false
	}
	rest, ok := strings.CutPrefix(tail, "'s ")
	if !ok {
		rest, ok = strings.CutPrefix(tail, "’s ")
	}
	if !ok {
		return false
	}
	w := paddedWordList(rest)
	k := slices.Index(w, "would")
	if k < 1 || k > 3 || k+1 < len(w) && w[k+1] == "have" {
		return false // the subject's noun phrase is short: "Friday's planned march"
	}
	return slices.ContainsFunc(paddedWordList(head), isReportingVerb)
}

// hasEventVerb reports whether s looks like a clause with a finite verb rather
// than a caption or a list of dates: an auxiliary, a past form in -ed or
// one of WordNet's irregular ones, perhaps with "re-" ("retook",
// "reopened"), or a present or bare past that its place shows to be a
// verb (see isPresentAt, isBarePastAt).
func hasEventVerb(s string) bool {
	// win holds the two words before w and w: a word may be a verb by its
	// place ("voters go", "the envoy flies", "cholera spread"), which the
	// word after it can deny ("the ends of").
	var win [3]string
	for i := 0; ; {
		w, j := nextLowerWord(s, i)
		if w == "" {
			return hasVerbInPlace(win[1:])
		}
		if hasEventVerbWords([]string{w}) {
			return true
		}
		win = [3]string{win[1], win[2], w}
		if hasVerbInPlace(win[:]) {
			return true
		}
		i = j
	}
}

// nextLowerWord returns the first word of s at or after byte i, in lower
// case, and the offset after it; "" at the end of s.
func nextLowerWord(s string, i int) (string, int) {
	for i < len(s) {
		r, size := runeAt(s, i)
		if isDateWordRune(r) {
			break
		}
		i += size
	}
	j, lower := i, true
	for j < len(s) {
		r, sz := runeAt(s, j)
		if !isDateWordRune(r) {
			break
		}
		lower = lower && !unicode.IsUpper(r)
		j += sz
	}
	w := s[i:j]
	if !lower {
		w = strings.ToLower(w) // few words are capitalised
	}
	return w, j
}

// hasVerbInPlace reports whether the middle word of a window of words
// (the one after the first) is a finite verb by the word before it: a
// present (see isPresentAt) or a past in the bare form (see
// isBarePastAt). The window may lack its last word.
func hasVerbInPlace(win []string) bool {
	return len(win) >= 2 && win[0] != "" && win[1] != "" && (isPresentAt(win, 1) || isBarePastAt(win, 1))
}

// isDateWordRune reports whether r belongs to a word as paddedWords splits
// them.
func isDateWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isAlnumByte(byte(r)) || r == '\''
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// hasEventVerbWords is hasEventVerb on a clause's lower-case words.
func hasEventVerbWords(words []string) bool {
	for _, f := range words {
		if isVerbForm(f) || (strings.HasPrefix(f, "re") && isVerbForm(f[2:])) ||
			(strings.HasPrefix(f, "over") && isVerbForm(f[4:])) {
			return true
		}
	}
	return false
}

// isVerbForm reports whether f, by its form alone, can be a finite verb:
// an auxiliary or a modal (the closed classes), a past in -ed, one of
// WordNet's irregular past forms and participles, or a verb whose past is
// its present ("put"). Other present forms are verbs only by their place
// (see hasVerbInPlace).
func isVerbForm(f string) bool {
	switch f {
	case "was", "were", "be", "been", "had", "will", "did", "shall",
		"must", "can", "could", "would", "should", "might":
		return true
	}
	v := verbs.Load()
	return isAuxiliaryPresent(f) || v.IsRegularPast(f) || v.IsIrregularPast(f) || v.IsSameInPast(f)
}

// openBareTense decides the tense of a clause whose present rests on an
// open bare form alone ("Protests spread to Bayda on 17 February"; see
// isOpenBareAt), as a reader does (rule open-bare): by the rest of its
// sentence, a past there making it past and a present or a future
// leaving it present; else by the narrative it goes on, the sentence
// before, when that is past. With neither, it stays the present its
// place reads.
func (st *sentenceScan) openBareTense() tense {
	switch tenseWithoutOpenBare(st.m) {
	case tensePast, tensePastPerfect:
		return tensePast
	case tensePresent, tenseFuture:
		return tensePresent
	}
	if t := tenseWithoutOpenBare(st.prev); t == tensePast || t == tensePastPerfect {
		return tensePast
	}
	return tensePresent
}
