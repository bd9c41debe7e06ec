package corpus

import (
	"slices"
	"strings"
)

// The speaking-from date. A text speaks from a day, and a sentence that
// gives no date of its own, or only a relative one, is read from it.
// There are two such days, one inside the other:
//
//   - The moment of writing (resolver.dateline; resolver.now falls back
//     on the briefing's date): the day the text says it is written or
//     given on.
//     Set by setMoment, from the first of: a news dateline ("ACCRA, 3
//     March 2011 (Wire) -"); a line heading the text below it
//     (momentLine: a date alone, a bold or labelled communication's day,
//     a session's day-led lines (ruleDayLedLines), a line of a plain
//     document's head (ruleHeadLine), its masthead lines read up front
//     by headLine); an update's label; an editor's note opening a
//     section; a heading's date (enterHeading: a date alone, a
//     communication's label and day, a session's day with its place or
//     clock beside it, ruleSessionHeading).
//     Reset by the next of those, and by leaving the section of the
//     heading that set it (leaveMomentSection).
//     Inherited by every relative date ("yesterday", "on Wednesday";
//     resolver.now, resolver.horizon), by a dispatch's undatedSentence lead
//     (reportLead), and by an undated news perfect under a dateline
//     (ruleDispatchPerfect; isNewsPerfect), but not under a heading that
//     labels a communication (resolver.spoken), whose perfects are
//     speech.
//   - The told day (eventScan.episode): the day the narrative last
//     reported in full, which a writer tells the rest of in sentences
//     with no date. Set by a sentence that reports a day (noteEpisode),
//     or by a dispatch's lead at the moment of writing; it is then the
//     dispatch's own day (isDispatchDay).
//     Reset by a sentence whose dates move the narrative elsewhere
//     (noteEpisode), by an undated sentence no carry admits that may
//     have moved it (keepsToldDay says which do not), and by a
//     paragraph two past the one that last told it.
//     Inherited (inheritToldDay) by a news report's "also" sentence in
//     the told day's paragraph or the next (isEpisodeSentence), and by
//     a plain report in the simple past in the told day's paragraph
//     (ruleSameParagraphReport; isToldDayReport), outside news only
//     when it keeps the day's actor, and under a communication's heading
//     by a perfect of happening (ruleSpokenPerfect; isSpokenPerfect).
//     On the dispatch's own day "then" and "after" without a length of
//     time move no report off it (ruleDaySequence; withinDay). The
//     dispatch's own day counts the
//     next paragraph as its own and outlasts a comment or a state
//     (ruleDispatchDay; toldPara, keepsToldDay). Where no told day takes
//     a plain report in the first paragraphs under a dateline whose lead
//     told the dispatch's own day, that day still does
//     (ruleDispatchBody; dispatchBody).
//
// Every inheriting sentence is listed as an event of the day it inherits
// (listInherited) and the told day is carried to its paragraph.

// episode is the told day: the day the narrative last reported in full.
type episode struct {
	day  Date
	para int // the paragraph that last told of it
	// news says the episode is told in a report under a dateline, whose
	// paragraphs all tell of the days around it.
	news bool
}

// noteEpisode starts an episode at a sentence that reported a day, or
// ends the current one at a sentence whose dates moved the narrative
// elsewhere.
func (x *eventScan) noteEpisode(p Paragraph, st *sentenceScan) {
	if !st.dated || st.latest == nil || st.latest.Scheduled || st.chronology() {
		x.episode = nil
		return
	}
	x.episode = &episode{day: *st.latest, para: p.Number, news: x.r.dateline != nil}
}

// breakEpisode ends the current episode at an undated sentence that does
// not go on telling it: what follows is told of some other time.
func (x *eventScan) breakEpisode() { x.episode = nil }

// undatedSentence is an undated sentence a day it inherits may date: its
// paragraph, its text as written, the sentence before its quotations
// were blanked (b) and after (m), and m's words (w, read only once a
// told day may take the sentence: inheritToldDay).
type undatedSentence struct {
	p    Paragraph
	text string
	b, m string
	w    []string
}

// newUndated reads the undated sentence at span of paragraph p (body
// the paragraph with its dateline blanked, m the sentence with its
// quotations blanked).
func newUndated(p Paragraph, span [2]int, body, m string) undatedSentence {
	return undatedSentence{
		p:    p,
		text: strings.TrimSpace(p.Text[span[0]:span[1]]),
		b:    strings.TrimSpace(body[span[0]:span[1]]),
		m:    m,
	}
}

// listInherited lists s as an event of day, the day it inherits.
func (x *eventScan) listInherited(s undatedSentence, day Date) {
	x.out = append(x.out, Event{Date: day, Text: s.text, Ref: x.b.Ref(s.p.Number), Groups: []string{}})
}

// inherit dates s, an undated sentence outside a list and no dispatch's
// lead, by the day the text speaks from where a carry admits it: the
// moment of writing for a news perfect, else the told day.
func (x *eventScan) inherit(s undatedSentence) {
	if day, ok := x.newsMoment(); ok && x.r.off.on(ruleDispatchPerfect) && x.isNewsPerfect(s) {
		x.listInherited(s, day)
		return
	}
	n := len(x.out)
	x.inheritToldDay(s)
	if len(x.out) == n {
		x.dispatchBody(s)
	}
}

// newsMoment returns the moment of writing a news perfect inherits: a
// day in full under a dateline, not a communication's heading.
func (x *eventScan) newsMoment() (Date, bool) {
	d := x.r.dateline
	if d == nil || d.Precision != PrecisionDay || x.r.spoken {
		return Date{}, false
	}
	return *d, true
}

// inheritToldDay lists s as an event of the told day when a carry admits
// it, carrying the day to its paragraph; else it ends the told day,
// unless s is of the kind that leaves it running (keepsToldDay).
func (x *eventScan) inheritToldDay(s undatedSentence) {
	ep := x.episode
	if ep == nil || s.p.Number > ep.para+1 {
		return
	}
	// Most undated sentences have no told day to take them: their words
	// are split only here (a build split every one, 2% of its CPU).
	s.w = paddedWordList(s.m)
	if isEpisodeSentence(ep, s) || x.isToldDayReport(ep, s) || x.isSpokenPerfect(s) {
		x.listInherited(s, ep.day)
		ep.para = s.p.Number
		return
	}
	if !x.keepsToldDay(ep, s) {
		x.breakEpisode()
	}
}

// isToldDayReport reports whether s goes on telling the told day ep
// without "also" (ruleSameParagraphReport): a plain report in the
// simple past in ep's paragraph (see toldPara). In a news report that is
// enough: "On Sunday troops stormed the tower. Tanks crushed the
// barricades." A dispatch's paragraph tells of one day; the next may
// turn to the background. Outside a news report the sentence must keep
// the day's actor as well (keepsActor): "On 16 July 2021 the King
// convened a Sibaya. He appointed a prime minister." A sentence that
// names a new subject there may turn to a comment, a consequence or the
// background.
func (x *eventScan) isToldDayReport(ep *episode, s undatedSentence) bool {
	if !x.r.off.on(ruleSameParagraphReport) || x.toldPara(ep, s) != ep.para || !ep.news && !keepsActor(s.w) && !(x.r.off.on(ruleToldDaySequel) && isSequelReport(s.m, s.w)) {
		return false
	}
	w := s.w
	if x.isDispatchDay(ep) {
		w = withinDay(w, x.r.off)
	}
	if isSayingReport(s.w, x.r.off) || isOfSubjectPresent(s.m, x.r.off) {
		return false
	}
	return clauseTense(s.m, 0) == tensePast && !hasPresentVerb(s.w) && !hasMainLongDuration(s.w) && isPlainReport(s.m, s.b, w)
}

// toldPara returns the paragraph the told day ep counts s as in: its
// own, or ep's where ep is the dispatch's own day (ruleDispatchDay). A
// dispatch tells its own day's news paragraph after paragraph: "...
// removed Castillo on Wednesday.\n\nPolice later detained him as his car
// crossed Lima." An earlier day, backstory the dispatch recalls, turns
// to other days as often as not and stays bounded by its paragraph; a
// sentence holding a past perfect reaches back before the day ("said
// the network had been decisive in the war two summers ago").
func (x *eventScan) toldPara(ep *episode, s undatedSentence) int {
	if x.r.off.on(ruleDispatchDay) && x.isDispatchDay(ep) && !holdsPastPerfect(s.w) {
		return ep.para
	}
	return s.p.Number
}

// keepsActor reports whether words, an undated sentence's, open with a
// personal pronoun as its subject, taking up the actor the told day's
// sentence named, before a verb that is no verb of being or having
// ("She remained in office").
func keepsActor(words []string) bool {
	return len(words) >= 2 && isActorPronoun(words[0]) && !isStateVerbAt(words, 1)
}

// keepsToldDay reports whether s, which no carry admitted, leaves the
// told day ep running: in a news report, a sentence that is mostly a
// quotation (ruleQuoteKeepsEpisode; isQuotedSpeech), and on the
// dispatch's own day (ruleDispatchDay) a comment or a state ("The vote
// was the first of the three attempts to succeed."), which tell of no
// other day. A plain report no carry admitted (one with a past
// perfect, or beyond the next paragraph) may have moved the narrative.
func (x *eventScan) keepsToldDay(ep *episode, s undatedSentence) bool {
	if ep.news && x.r.off.on(ruleQuoteKeepsEpisode) && isQuotedSpeech(s.m, s.b) {
		return true
	}
	return x.r.off.on(ruleDispatchDay) && x.isDispatchDay(ep) && !isPlainReport(s.m, s.b, s.w)
}

// isDispatchDay reports whether the told day ep is the day of the
// dispatch it is told in: a news report under a dateline telling of the
// day it is filed ("LIMA, 7 December - Congress removed the president
// on Wednesday.").
func (x *eventScan) isDispatchDay(ep *episode) bool {
	return ep.news && x.r.dateline != nil && ep.day == *x.r.dateline
}

// isSequelReport reports whether m, an undated sentence (w its words),
// outside a news report, goes on telling the day its paragraph told
// though it names a new subject (rule told-day-sequel): "On 15 December
// 1970 strikers marched on the party building. Protesters set fire to it
// and attacked militia stations." A sentence that turns to a comment, a
// consequence or the background shows it by a sign of another time or
// of no happening, which this refuses: a length or a count of time
// ("for weeks", "over the next two years", "in the last hours"), a
// verb of succession ("followed"), a modal, a negation, a frequency, or
// a verb of being or having ("remained", "dominated").
func isSequelReport(m string, w []string) bool {
	for i, v := range w {
		if isSpanWord(v) || isModalWord(v) || v == "should" || isSuccessionVerb(v) {
			return false
		}
		if (isVerbForm(v) || hasVerbInPlace(w[max(0, i-1):i+1])) && isStateVerbAt(w, i) {
			return false
		}
	}
	return !deniesIn(w, false) && !hasFrequency(m)
}

// isSpanWord reports whether w counts or bounds a length of time beyond
// a moment: a unit of time ("hours", "days", "years") or "next" and
// "last" ("the next two years", "the last twenty-four hours").
func isSpanWord(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "hour", "day", "week", "month", "year", "decade", "century", "centurie", "next", "last":
		return true
	}
	return false
}

// isSuccessionVerb reports whether w tells that its subject came after
// what was told ("Elections followed", "a long siege ensued"): a later
// time, not the day told.
func isSuccessionVerb(w string) bool { return w == "followed" || w == "ensued" }

// withinDay returns w, the words of a report on the dispatch's own day,
// without those that only order the day's happenings (ruleDaySequence):
// "then" ("A crowd then forced its way into the building"), and "after"
// or "before" with no length of time in the words after it ("After the
// ceremony three students knelt", "took the oath before the chief
// justice"). A dispatch tells of one day, and what came next in it is
// still of it. "After three days", "after a transition of 18 months"
// move the report off the day and stay (isTimeShift reads them). With
// the rule off, w is returned as it is.
func withinDay(w []string, off dateRules) []string {
	if !off.on(ruleDaySequence) {
		return w
	}
	out := make([]string, 0, len(w))
	for i, v := range w {
		if v == "then" || (v == "after" || v == "before") && !slices.ContainsFunc(w[i+1:min(len(w), i+7)], isExtentUnit) {
			continue
		}
		out = append(out, v)
	}
	return out
}
