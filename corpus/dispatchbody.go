package corpus

import "slices"

// dispatchLeadParas is how many paragraphs after its dateline's a
// dispatch tells its own day's news in before it turns to reaction and
// background (ruleDispatchBody).
const dispatchLeadParas = 3

// dispatchBody lists s, an undated sentence no told day took, as an
// event of the dispatch's day (ruleDispatchBody): the first paragraphs
// under a dateline tell what happened on the day the report is filed,
// and a plain report in the simple past there happened then, though a
// sentence before it ("said they had counted at least 60 dead", "By the
// afternoon the crowds had grown") ended the told day. Not where a
// sentence before it in its paragraph wrote a date the dispatch's day is
// not, or one in it or the paragraph before dated an event by one (the
// report turned to another time), nor past the first paragraphs, nor
// for a sentence that reaches back or states (isDispatchReport).
func (x *eventScan) dispatchBody(s undatedSentence) {
	day, ok := x.newsMoment()
	if !ok || !x.r.off.on(ruleDispatchBody) || x.dispatchPara == 0 || s.p.Number-x.dispatchPara > dispatchLeadParas {
		return
	}
	if s.p.Number == x.otherDayPara || x.toldOtherPara > 0 && s.p.Number <= x.toldOtherPara+1 {
		return
	}
	m := withoutAttribution(s.m)
	if isDispatchReport(m, s.b, paddedWordList(m), x.r.off) {
		x.listInherited(s, day)
	}
}

// isDispatchReport reports whether m, an undated sentence of a dispatch
// with its closing attribution taken off (b before its quotations were
// blanked, w its words), reports a happening of the dispatch's day: a
// plain report (isPlainReport) in the simple past, with no past perfect
// or "since" reaching back before it, no present or perfect stating how
// things stand, nothing looked ahead to, nothing done that was none
// (hasNoneObject), no habit and no length of time. A verb of saying is
// refused too where ruleDispatchSaying is off; "then" and an "after"
// with no length of time order the day's happenings (withinDay).
func isDispatchReport(m, b string, w []string, off dateRules) bool {
	if clauseTense(m, 0) != tensePast || holdsPastPerfect(w) || slices.Contains(w, "since") || isSayingReport(w, off) || isOfSubjectPresent(m, off) {
		return false
	}
	stating := isStatingWord
	if off.on(ruleDispatchSaying) {
		stating = isStatingAuxiliary
	}
	if slices.ContainsFunc(w, stating) || slices.ContainsFunc(w, isExpectationWord) || hasNoneObject(w) || hasPresentVerb(w) || hasMainLongDuration(w) || hasFrequency(m) {
		return false
	}
	return isPlainReport(m, b, withinDay(w, off))
}

// noteDispatch keeps what dispatchBody asks of st, a sentence of p that
// wrote a date: whether the dispatch tells of its own day, which its
// lead says (lead: st is the sentence its dateline opens; "ATHENS, 17
// November - Tanks crashed through the gates today" does, "...
// attacked parliament yesterday" tells the day before, and its body
// goes on with that day), and the paragraph where a sentence last wrote
// another day, or dated an event by one: a paragraph that tells of
// another day ("shortly after 5 p.m. yesterday") goes on with it, often
// into the next ("A second party took over the studios"). A day none of
// whose dates is one of the narrative's (ruleUnplacedDay: "the paper
// said it could not print its Friday edition") turns it nowhere.
func (x *eventScan) noteDispatch(p Paragraph, st *sentenceScan, lead bool) {
	own := st.latest != nil && x.r.dateline != nil && *st.latest == *x.r.dateline
	switch {
	case lead && own:
		x.dispatchPara = p.Number
	case !st.placed && x.r.off.on(ruleUnplacedDay):
	case !own && st.dated:
		x.otherDayPara, x.toldOtherPara = p.Number, p.Number
	case !own:
		x.otherDayPara = p.Number
	}
}

// isExpectationWord reports whether w makes a past clause tell what was
// looked ahead to, not what happened ("The talks were expected to last
// a week", "was due to sign").
func isExpectationWord(w string) bool {
	switch w {
	case "expected", "due", "scheduled", "planned", "intended":
		return true
	}
	return false
}

// hasNoneObject reports whether words, a sentence's, deny what its verb
// did by a determiner of none on its object ("He made no reference to
// casualties", "Police made little effort to intervene"): no
// happening, though the verb is not negated.
func hasNoneObject(words []string) bool {
	for i, w := range words {
		if w == "no" || w == "little" && (i == 0 || words[i-1] != "a") {
			return true
		}
	}
	return false
}
