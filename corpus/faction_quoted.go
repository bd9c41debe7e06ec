package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleQuotedTranslation reads a quoted translation in brackets after a
// name, alone or with the language it is from: "The Liyu Police
// ("special police" in Amharic) is a paramilitary force". The quoted
// words are what the name means, so a reader typing them means the body:
// they are its alias, in whatever case the text writes them.
const ruleQuotedTranslation = "quoted-translation"

// ruleLettersQuotedGloss reads the quoted translation after the letters a
// bracket gives first: "Kabaka Yekka (KY; "the King Alone")", "Besi
// Merah Putih (BMP, "Red and White Iron")". The letters abbreviate the
// name, the quotation translates it: neither is a body of its own. Unlike
// letters-quoted, which reads the acronym's own definition with a comma
// and a capitalised gloss, it takes any letters, a semicolon and a
// translation an article opens.
const ruleLettersQuotedGloss = "letters-quoted-gloss" // "Kabaka Yekka (KY; "the King Alone")": a quoted translation after the bracket's letters is the name's alias

const (
	// maxQuotedGloss bounds the bytes of a quoted translation.
	maxQuotedGloss = 60
	// maxQuotedWords bounds its words: a longer quotation is speech.
	maxQuotedWords = 5
)

// quotedTranslations returns each name of text a bracket after it
// translates in quotes, paired with the translation; with letters, the
// quotation may follow the name's letters and a comma or a semicolon.
func quotedTranslations(text string, letters bool) [][2]string {
	var out [][2]string
	for i := 0; i < len(text); i++ {
		k := strings.Index(text[i:], "(")
		if k < 0 {
			break
		}
		i += k
		inner := text[i+1:]
		if letters {
			inner = afterLetters(inner)
		}
		gloss, ok := quotedBracket(inner)
		if !ok {
			continue
		}
		name := nameBefore(strings.Fields(text[:i]))
		if name == "" || !startsUpper(name) || nameKey(name) == nameKey(gloss) {
			continue
		}
		out = append(out, [2]string{name, gloss})
	}
	return out
}

// quotedBracket reads the inside of a bracket, s running from just after
// its opening: a quoted phrase of words alone, then the bracket's close,
// or " in " and one capitalised word, a language, before it.
func quotedBracket(s string) (string, bool) {
	r, size := utf8.DecodeRuneInString(s)
	if r != '"' && r != '“' {
		return "", false
	}
	s = s[size:]
	end := strings.IndexAny(s[:min(len(s), maxQuotedGloss)], "\"”")
	if end <= 0 {
		return "", false
	}
	gloss := strings.TrimSpace(s[:end])
	_, size = utf8.DecodeRuneInString(s[end:])
	rest, _, ok := strings.Cut(s[end+size:min(len(s), end+size+maxQuotedGloss)], ")")
	if !ok || !isPlainPhrase(gloss) {
		return "", false
	}
	if rest == "" {
		return gloss, true
	}
	lang, ok := strings.CutPrefix(rest, " in ")
	return gloss, ok && startsUpper(lang) && !strings.ContainsFunc(lang, func(r rune) bool { return !unicode.IsLetter(r) })
}

// isPlainPhrase reports whether s is one to maxQuotedWords words of
// letters, hyphens and apostrophes: a name's meaning, not a sentence.
func isPlainPhrase(s string) bool {
	n := len(strings.Fields(s))
	return n > 0 && n <= maxQuotedWords && !strings.ContainsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && r != ' ' && r != '-' && r != '\'' && r != '’'
	})
}

// afterLetters returns s past the letters that open it and the comma or
// semicolon after them ("KY; "the King Alone")" → ""the King Alone")"),
// or s when it opens with no letters.
func afterLetters(s string) string {
	end := strings.IndexAny(s[:min(len(s), maxQuotedGloss)], ",;")
	if end <= 0 || !isShortForm(s[:end]) {
		return s
	}
	return strings.TrimLeft(s[end+1:], " ")
}
