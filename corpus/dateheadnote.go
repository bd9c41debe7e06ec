package corpus

import (
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/corpus/lang"
)

// trimSourceNote drops a note in brackets that closes a heading after
// its day (ruleHeadingNote): "(excerpt)", "(as carried by the Korean
// Central News Agency)" say where the text below comes from or how it
// was cut, and are no word of the label or the day. A note is such only
// where it opens in lower case and holds no figure: a code ("(PB-01)",
// trimHeadingCode), an acronym ("(OHCHR)") or a date ("(as of 30 June
// 2017)") stays, and so the heading still ends otherwise than in a day.
func trimSourceNote(t string, off dateRules) string {
	if !off.on(ruleHeadingNote) || !strings.HasSuffix(t, ")") {
		return t
	}
	open := strings.LastIndexByte(t, '(')
	if open <= 0 {
		return t
	}
	note := t[open+1 : len(t)-1]
	if note == "" || !unicode.IsLower([]rune(note)[0]) || strings.ContainsFunc(note, unicode.IsDigit) || strings.ContainsAny(note, "()") {
		return t
	}
	return strings.TrimRight(t[:open], " ")
}

// isBodyNameWord reports whether the i-th of a label's lower-cased words
// (ws, one for each of label's words) belongs to a body's name: right
// after "of" on a noun of a body ("Ministry of Information",
// ruleBodyComplement), or, with ruleBodyName, in the capitalised run
// that follows such an "of" ("Ministry of National Defense"): a name's
// words, however WordNet files them, tell no happening.
func isBodyNameWord(label string, ws []string, i int, off dateRules) bool {
	if !off.on(ruleBodyComplement) {
		return false
	}
	if isBodyComplement(ws, i) {
		return true
	}
	raw := strings.Fields(label)
	if !off.on(ruleBodyName) || len(raw) != len(ws) || !startsUpper(strings.TrimLeft(raw[i], "(\"")) {
		return false
	}
	for k := i - 1; k >= 1 && i-k <= maxBodyNameRun; k-- {
		if ws[k] == "of" {
			return lang.IsGroupNoun(ws[k-1])
		}
		if !startsUpper(raw[k]) {
			return false
		}
	}
	return false
}

// maxBodyNameRun bounds how many capitalised words after "of" a body's
// name is read over: "Ministry of National Defense and Veterans' Affairs"
// is as long as such names run.
const maxBodyNameRun = 3

// maxMomentHeading returns how long a heading that labels a
// communication with its day may be: 160 characters, room for the body
// that gave it and the place (ruleLongHeading), or 120 with the rule off.
func maxMomentHeading(off dateRules) int {
	if off.on(ruleLongHeading) {
		return 160
	}
	return 120
}
