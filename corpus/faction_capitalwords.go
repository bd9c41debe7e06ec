package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ruleCapitalWords: "TRANSCRIPT: PRESS BRIEFING BY …", "ANNEX: KEY
// DATES", "END OF DOCUMENT", "Q: Is the Navy involved?": a heading or a
// label written in capitals is English words, and a single capital is
// a speaker's or a list's letter. A body's letters are no English word
// ("SWAPO", "KGB"), or the text defines them ("the Movement for the
// Emancipation of the Niger Delta (MEND)"), and a name in capitals that
// gives its own letters is kept.
const ruleCapitalWords = "capital-words"

// maxLetterWord is the length up to which a capitalised word alone may be
// a body's letters that happen to spell an English word ("IRA", "AIM",
// "MEND"), and so is kept though WordNet knows it; a longer one alone is
// a heading's or a label's word ("ANNEX", "NOTES", "TRANSCRIPT"). Why
// four: letters are an initialism, and most bodies' names run to four
// words or fewer before "of" and the like drop out. Of the acronyms the
// dev set's even half expects that spell a WordNet lemma, 100 have two to
// four letters ("UN", "IRA", "NATO", "SWAT") and 3 have five ("ASEAN",
// "MODEL"), none more; five would keep those three and every five-letter
// heading word with them. TestMaxLetterWord pins the bound.
const maxLetterWord = 4

// dropCapitalWords drops the candidates named by one letter, or written
// in capitals in words that are all English (WordNet's lemmas and
// their forms, or function words) and that no acronym definition of the
// briefing gives as letters.
func dropCapitalWords(cands []candidate, defs []Acronym) []candidate {
	defined := map[string]bool{}
	for _, d := range defs {
		defined[d.Short] = true
	}
	out := cands[:0]
	for _, c := range cands {
		if c.acronym == "" && !c.taken && !defined[c.name] && (oneLetter(c.name) || englishCapitals(c.name)) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// oneLetter reports whether name is a single letter.
func oneLetter(name string) bool {
	r, n := utf8.DecodeRuneInString(name)
	return n == len(name) && unicode.IsLetter(r)
}

// englishCapitals reports whether name holds no lower-case letter, every
// word of it, lowered, is an English word or a function word, and no
// noun of a body heads it: "KEY DATES", "END OF DOCUMENT", but not
// "NATIONAL ASSEMBLY" or "NATO" (WordNet files the letters of some
// bodies as lemmas, lang their names).
func englishCapitals(name string) bool {
	if strings.IndexFunc(name, unicode.IsLower) >= 0 || strings.IndexFunc(name, unicode.IsLetter) < 0 {
		return false
	}
	words := strings.Fields(name)
	if len(words) == 1 && len(words[0]) <= maxLetterWord && !isStopCap(words[0]) {
		return false // "IRA", "ETA", "MEND": letters that spell a word
	}
	for _, w := range words {
		low := strings.ToLower(trimRightPunct(w, ".,;:!?)”\"'’"))
		if !allLetters(low) || !wordnet.IsWord(low) && !isStopCap(low) {
			return false
		}
	}
	head := strings.ToLower(trimRightPunct(words[groupHead(words)], ".,;:!?)”\"'’"))
	return lang.Classify(head)&(lang.OrgNoun|lang.OrgSenseNoun|lang.BodyNoun|lang.AssemblyNoun|lang.OrgName) == 0
}
