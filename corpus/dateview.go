package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// isGenericView reports whether a date stands in what a verb in the
// present, or the present perfect, says "that" of, after a generic
// subject: a bare plural ("historians", "revisionist scholars") or a
// quantifier standing for people ("others", "some historians"; rule
// generic-view): "while others argue that the revolution had stalled as
// early as 1956", "Some historians have questioned this date and argue
// that the organisation took shape only in 1959". The present is the
// historians', today: the clause tells a view of the past, and its date
// is a term of the argument, not a happening the narrative reports.
// head is the sentence's text before the date. A news report, whose
// present is the reporter's ("Residents say that troops fired on
// Monday"), is the caller's to leave out.
func isGenericView(head string, off dateRules) bool {
	if !off.on(ruleGenericView) {
		return false
	}
	low := lowerASCII(head)
	k := strings.LastIndex(low, " that ")
	if k < 0 || strings.ContainsAny(low[k:], ";:") {
		return false
	}
	w := paddedWordList(viewClause(low[:k]))
	j := subjectEnd(w)
	return j < len(w) && isPresentOrPerfect(w, j) && isGenericSubject(w[:j])
}

// viewClause returns the clause that ends s, the words before a "that":
// after the last semicolon, colon, or comma before a conjunction
// ("…, while others argue").
func viewClause(s string) string {
	from := strings.LastIndexAny(s, ";:") + 1
	for _, link := range [...]string{", while ", ", whereas ", ", but ", ", and ", " while ", " whereas "} {
		if j := strings.LastIndex(s, link); j >= 0 && j+len(link) > from {
			from = j + len(link)
		}
	}
	return s[from:]
}

// isPresentOrPerfect reports whether w[j], the first verb of a clause,
// is in the simple present ("argue", "contends") or opens a present
// perfect ("have argued", "have long questioned"), and the clause's last
// word, a verb coordinated with it ("have questioned this date and
// argue"), is no past.
func isPresentOrPerfect(w []string, j int) bool {
	if last := w[len(w)-1]; last != w[j] && isParticiple(last) && w[len(w)-2] != "have" && w[len(w)-2] != "has" {
		return false
	}
	if w[j] == "have" || w[j] == "has" {
		k := j + 1
		for k < len(w) && isPreverbAdverb(w[k]) {
			k++
		}
		return k < len(w) && isParticiple(w[k])
	}
	return !isAuxiliary(w[j]) && !isModalOrDo(w[j]) && isPresentAt(w, j)
}

// subjectEnd returns where the subject of w, a clause's words, ends: at
// its first verb, by form or as a present (see isPresentAt); len(w) when
// there is none.
func subjectEnd(w []string) int {
	for j := 1; j < len(w); j++ {
		if isVerbForm(w[j]) || isAuxiliaryPresent(w[j]) || isPresentAt(w, j) {
			return j
		}
	}
	return len(w)
}

// isGenericSubject reports whether w, a subject of one to three words,
// is generic: a quantifier that stands for people ("others", "some",
// "many", "most"), perhaps with its noun, or a plural noun WordNet files
// among things with no determiner ("historians", "revisionist scholars").
func isGenericSubject(w []string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	switch w[0] {
	case "others", "some", "many", "most", "several":
		return true
	}
	head := w[len(w)-1]
	return !leadsNoun(w[0]) && strings.HasSuffix(head, "s") && wordnet.Load().Thing(head)
}

// isNamedAfter reports whether a date stands in what a verb of naming
// takes "after" ("The Xinhai Revolution, named after the year 1911 in
// the traditional cycle", "Israelis named the war after Yom Kippur, …,
// which fell on 6 October in 1973"; rule name-source): the date is where
// a name comes from, and nothing happened at it in the narrative. head
// is the sentence's text before the date. The verb is "name" or a word
// WordNet puts one step from it ("call", "dub", "rename"), a few words
// before "after"; what "after" takes opens with a capital or with "the
// year" or "the date". "Renamed after independence in 1975" tells when
// the renaming was, and is left alone.
func isNamedAfter(head string, off dateRules) bool {
	if !off.on(ruleNameSource) || !strings.Contains(head, "after ") {
		return false // most dates
	}
	k := strings.LastIndex(head, " after ")
	if k < 0 || strings.ContainsAny(head[k:], ";:") {
		return false
	}
	if !opensNameSource(head[k+len(" after "):]) {
		return false
	}
	before := paddedWordList(head[:k])
	for i := len(before) - 1; i >= 0 && i >= len(before)-5; i-- {
		if isNamingVerb(before[i]) {
			return true
		}
	}
	return false
}

// opensNameSource reports whether s, what "after" takes, opens with a
// capitalised word or with "the year" or "the date": a name or a date a
// name is taken from, not a happening it follows in time.
func opensNameSource(s string) bool {
	w, _ := nextLowerWord(s, 0)
	if w == "the" {
		_, end := nextLowerWord(s, 0)
		next, _ := nextLowerWord(s, end)
		return next == "year" || next == "date"
	}
	s = strings.TrimLeft(s, " ")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isNamingVerb reports whether w is a past form of "name" or of a verb
// WordNet puts one step from it or gives as its synonym ("called",
// "dubbed", "renamed").
func isNamingVerb(w string) bool {
	if !isParticiple(w) {
		return false
	}
	lex := wordnet.Load()
	return slices.Contains(lex.Lemmas(w), "name") || lex.HasKin(w, "name") || lex.HasSynonym(w, "name")
}
