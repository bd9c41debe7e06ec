package corpus

import (
	"strings"
	"unicode"
)

// ruleQuestionerOutlet: a press transcript opens a reporter's turn with a
// question label and the outlet the reporter writes for, in brackets
// ("Question (West Africa Wire Service): …", "QUESTION (Noriko Sato,
// Kansai Shimbun): …") or after the reporter's name ("QUESTION: Ruth
// Coleman, Pacific Radio Service. You said …"). The outlet asks; it is
// no party to the crisis, whatever else the text writes of it.
const ruleQuestionerOutlet = "questioner-outlet" // "Question (West Africa Wire Service):": the outlet a question turn's label names is no party

// maxOutletWords bounds an outlet's name after a reporter's: a longer
// run is the question itself.
const maxOutletWords = 5

// dropQuestionerOutlets drops the candidates a question label of paras
// names as the questioner's outlet.
func dropQuestionerOutlets(cands []candidate, paras []*para) []candidate {
	outlets := map[string]bool{}
	for _, p := range paras {
		if o := questionOutlet(p.text); o != "" {
			setKey(outlets, o)
		}
	}
	if len(outlets) == 0 {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		if !atKey(outlets, c.name) {
			out = append(out, c)
		}
	}
	return out
}

// questionOutlet returns the outlet a paragraph's question label names,
// or "": the label is "Question" or "Q" in any case, opening the
// paragraph, and the outlet a capitalised name closing its bracket or,
// after a colon, following the reporter's name and a comma.
func questionOutlet(text string) string {
	s := strings.TrimLeft(text, " *")
	word := strings.ToLower(s[:len(s)-len(strings.TrimLeftFunc(s, unicode.IsLetter))])
	if word != "question" && word != "q" {
		return ""
	}
	rest := strings.TrimLeft(s[len(word):], " *")
	if inner, ok := strings.CutPrefix(rest, "("); ok {
		inner, _, closed := strings.Cut(inner, ")")
		if !closed {
			return ""
		}
		return titledName(inner[strings.LastIndex(inner, ",")+1:])
	}
	if after, ok := strings.CutPrefix(rest, ":"); ok {
		return outletAfterReporter(after)
	}
	return ""
}

// outletAfterReporter reads "Ruth Coleman, Pacific Radio Service." from
// s's start: a reporter's name of two or three capitalised words, a
// comma, and the outlet's name up to a full stop or a question mark.
func outletAfterReporter(s string) string {
	reporter, rest, ok := strings.Cut(strings.TrimLeft(s, " *"), ", ")
	if !ok || titledName(reporter) == "" || !between(len(strings.Fields(reporter)), 2, 3) {
		return ""
	}
	end := strings.IndexAny(rest, ".?")
	if end < 0 || len(strings.Fields(rest[:end])) > maxOutletWords {
		return ""
	}
	return titledName(rest[:end])
}

// titledName returns s trimmed when its first word opens with a capital
// or a digit and every other word too or is a connector ("Kansai
// Shimbun", "3 News", "Voice of America"), else "" ("foreign agency",
// "Thai television").
func titledName(s string) string {
	s = strings.Trim(s, " *")
	words := strings.Fields(s)
	if len(words) == 0 {
		return ""
	}
	for i, w := range words {
		if r := []rune(w)[0]; !unicode.IsUpper(r) && !unicode.IsDigit(r) && (i == 0 || !isConnector(w)) {
			return ""
		}
	}
	return s
}

// between reports whether lo ≤ n ≤ hi.
func between(n, lo, hi int) bool { return lo <= n && n <= hi }
