package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// isOwnDocument reports whether a sentence tells of the text it stands
// in, not of the story (ruleOwnDocument): its subject is "this" and a
// noun, with a verb in the present ("This sheet replaces the interim
// note of 2 June 2014", "This document summarises … the events of last
// Thursday"); its subject is "it" after such a sentence ("It replaces
// Fact Sheet No. 13 of 1 October 1997"); or it is the text's issuing
// line, an issuing participle and its date with nothing after ("Issued
// on 16 February 2004."). The present is the text's own, its dates
// those of its making and of the texts it replaces: no event. A date a
// participle gives a noun ("It is followed by the press briefing given
// at the Secretariat on 9 November 1983") dates what the noun names, of
// which the text tells. sentence and prev are a sentence and the one
// before, quotations blanked; head and tail the sentence before and
// after the date.
func isOwnDocument(sentence, prev, head, tail string, off dateRules) bool {
	if !off.on(ruleOwnDocument) {
		return false
	}
	if isIssuingLine(head, tail) || off.on(ruleIssuedTexts) && isIssuedTexts(head, tail) {
		return true
	}
	own := textIsSubject(sentence, "this") || textIsSubject(sentence, "it") && textIsSubject(prev, "this")
	return own && !participleOnNoun(head)
}

// participleOnNoun reports whether a past participle with no auxiliary
// before it stands after the verb of head, the sentence before a date: a
// reduced relative ("the press briefing given at the Secretariat on",
// "the report …, published by the Office of the High Commissioner on")
// that dates what its noun names.
func participleOnNoun(head string) bool {
	w := paddedWordList(lowerASCII(head))
	for k := subjectEnd(w) + 1; k < len(w); k++ {
		if isParticiple(w[k]) && !isAuxiliary(w[k-1]) {
			return true
		}
	}
	return false
}

// textIsSubject reports whether a sentence opens with det ("this",
// "it") and a subject of a few words naming no stretch of the calendar
// ("this week" is a time, not the text), followed by a verb in the
// present.
func textIsSubject(sentence, det string) bool {
	w := paddedWordList(lowerASCII(sentence))
	if len(w) < 2 || w[0] != det {
		return false
	}
	j := subjectEnd(w)
	if j >= len(w) || j > maxOwnSubject || slices.ContainsFunc(w[:j], isCalendarUnit) {
		return false
	}
	return isPresentAt(w, j) || isAuxiliaryPresent(w[j])
}

// maxOwnSubject bounds the words of a subject that names the text: "this
// fact sheet", "this interim note".
const maxOwnSubject = 4

// isIssuingLine reports whether a sentence opens with a participle of
// issuing ("Issued", "Published") and ends at its date, no verb between
// ("Released on bail, Madero escaped … in October 1910" tells a story),
// the tail after the date holding no word. head is the sentence before
// the date.
func isIssuingLine(head, tail string) bool {
	w := paddedWordList(lowerASCII(head))
	if len(w) == 0 || !issuingVerbs[w[0]] || strings.Trim(tail, " .*_)") != "" {
		return false
	}
	return !slices.ContainsFunc(w[1:], func(v string) bool { return isVerbForm(v) || isRegularPast(v) })
}

// isIssuedTexts reports whether head, a sentence up to its date, is a
// noun phrase naming texts and an issuing participle set off by a comma
// that dates them, with no finite verb: a compilation describing what
// it holds ("A selection of our dispatches from Peru, published between
// December 2022 and February 2023"). Its dates are those of the texts'
// making, no event of the story (ruleIssuedTexts). A finite verb
// anywhere ("Its interim report, published on 1 April 1974, found …")
// makes the texts a subject the story tells of.
func isIssuedTexts(head, tail string) bool {
	if clauseVerbAfter(tail) {
		return false
	}
	comma := strings.LastIndexByte(head, ',')
	if comma < 0 {
		return false
	}
	after := paddedWordList(lowerASCII(head[comma+1:]))
	if len(after) == 0 || len(after) > 2 || !issuingVerbs[after[0]] {
		return false // "…, published between", "…, issued on"
	}
	before := paddedWordList(lowerASCII(head[:comma]))
	if slices.ContainsFunc(before, func(v string) bool { return isVerbForm(v) || isRegularPast(v) }) {
		return false // "The army, which seized power, issued on …": a clause
	}
	return slices.ContainsFunc(labelWords(head[:comma]), wordnet.Load().Made)
}

// clauseVerbAfter reports whether tail, a sentence after its date, holds
// a verb that is not a participle opening a phrase set off by a comma
// (", arranged in order of publication"): a finite verb of a clause.
func clauseVerbAfter(tail string) bool {
	for part := range strings.SplitSeq(tail, ",") {
		w := paddedWordList(lowerASCII(part))
		for k, v := range w {
			if k > 0 && (isVerbForm(v) || isRegularPast(v) || hasEventVerbWords([]string{v})) {
				return true
			}
		}
	}
	return false
}
