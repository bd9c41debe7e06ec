package corpus

import (
	"strconv"
	"strings"
	"unicode"
)

// ruleNumberWord: letters with a number after them define a name that
// ends in that number written as a word, its other words spelling the
// letters in any order ("the Socialist Party-One (PS-1)", Partido
// Socialista-Uno). See numberWordLong.
const ruleNumberWord = "number-word"

// numberWordLong returns the name before a short form of capitals and a
// number (isDigitShort) whose last word, or a hyphen's last part, is that
// number as a word and whose words before it define the capitals, and
// its offset in before; or "".
func numberWordLong(before, short string, off map[string]bool) (string, int) {
	letters := strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return r
		}
		return -1
	}, short)
	n, err := strconv.Atoi(strings.TrimFunc(short, func(r rune) bool { return !unicode.IsDigit(r) }))
	if err != nil || len(letters) < 2 {
		return "", 0
	}
	text := trimRight(before, " ")
	rest, w := cutNumberWord(text)
	if numberWord(strings.ToLower(w)) != n {
		return "", 0
	}
	long, s := translatedLongForm(rest, letters, false, off)
	if long == "" {
		return "", 0
	}
	return text[s:], s
}

// cutNumberWord splits off the last word of text, or its hyphen's last
// part, when it is a capitalised word of three letters or more: the
// number a name may end in ("Party-One"). It returns text and "" when
// there is none.
func cutNumberWord(text string) (rest, word string) {
	k := strings.LastIndexAny(text, " -") + 1
	if w := text[k:]; k > 0 && len(w) >= 3 && startsUpper(w) {
		return text[:k-1], w
	}
	return text, ""
}

// withoutNumberWord returns a name less the number it ends in as a word
// ("Socialist Party-One" → "Socialist Party"), whose head the number
// follows; any other name as it is.
func withoutNumberWord(name string) string {
	if rest, w := cutNumberWord(name); w != "" && numberWord(strings.ToLower(w)) > 0 {
		return rest
	}
	return name
}
