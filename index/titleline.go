package index

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitleWords is the most words a title line without a sentence's
// final punctuation may hold: a longer one is a sentence that lost its
// full stop, or a list of names.
const maxTitleWords = 14

// maxTitleBytes is the longest title line: a longer paragraph in
// capitals is a telegram's text, not its title. Reading no further
// keeps the check cheap on every candidate of every question.
const maxTitleBytes = 300

// isTitleLine reports whether paragraph reads as a title or heading
// rather than prose (ranker.tier ranks it below prose): wholly in bold ("**Subject: Sinking
// of the ROKS Cheonan**"), mostly in capitals ("THE POSITION OF HER
// MAJESTY'S GOVERNMENT"), or short and ending on no sentence's final
// punctuation ("4.3 Constitutional changes", "*Taipei, 21 July 1995*",
// "See also Algerian War Western Sahara conflict"). A paragraph in
// italics that ends a sentence is a note in prose and no title.
func isTitleLine(paragraph string) bool {
	p := strings.TrimSpace(paragraph)
	if isWhollyBold(p) {
		return true
	}
	plain := strings.TrimSpace(strings.Trim(p, "*_"))
	if plain == "" || len(plain) > maxTitleBytes {
		return false
	}
	if mostlyCapitals(plain) {
		return true
	}
	return !moreWords(plain, maxTitleWords) && !endsLikeSentence(plain)
}

// moreWords reports whether p holds more than n words separated by
// white space, counting no further than the word after the nth.
func moreWords(p string, n int) bool {
	words, inWord := 0, false
	for _, r := range p {
		switch {
		case unicode.IsSpace(r):
			inWord = false
		case !inWord:
			inWord = true
			if words++; words > n {
				return true
			}
		}
	}
	return false
}

// isWhollyBold reports whether p is one run of bold text: "**…**" with
// no bold marker inside.
func isWhollyBold(p string) bool {
	inner, ok := strings.CutPrefix(p, "**")
	if !ok {
		return false
	}
	inner, ok = strings.CutSuffix(inner, "**")
	return ok && inner != "" && !strings.Contains(inner, "**")
}

// mostlyCapitals reports whether at least four in five of p's letters,
// and more than one word, are capitals: a title set in capitals, not an
// acronym.
func mostlyCapitals(p string) bool {
	if !moreWords(p, 1) {
		return false
	}
	letters, upper := 0, 0
	for _, r := range p {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 4 && 5*upper >= 4*letters
}

// endsLikeSentence reports whether p ends with a sentence's or a
// clause's final punctuation, perhaps inside closing quotes or
// brackets.
func endsLikeSentence(p string) bool {
	p = strings.TrimRight(p, "\"'”’)]")
	last, _ := utf8.DecodeLastRuneInString(p)
	return strings.ContainsRune(".!?:;,…", last)
}
