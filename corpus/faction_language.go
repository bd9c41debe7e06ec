package corpus

import "strings"

// maxLanguageWords bounds the name of a language between "known in"
// and "as" ("Afaan Oromoo").
const maxLanguageWords = 3

// maxForeignNameWords bounds a name in another language read to its
// end: longer, the words are a clause, not a name.
const maxForeignNameWords = 10

// languageNames returns the names text gives in another language after
// "known in <Language> as", without an article: each from its capital
// to the next comma, bracket, quote or sentence's end, lower-case words
// included ("Ligue de défense du Tarn"), as French, Spanish or
// Portuguese capitalise only a name's first word. The language label
// says the words are a name of their own, not English that goes on.
func languageNames(text string) []string {
	var out []string
	for rest := text; ; {
		i := strings.Index(rest, " known in ")
		if i < 0 {
			return out
		}
		rest = rest[i+len(" known in "):]
		lang, after, ok := strings.Cut(rest, " as ")
		if !ok || len(strings.Fields(lang)) > maxLanguageWords || !startsUpper(lang) {
			continue
		}
		if name := foreignNameAt(stripArticle(after)); name != "" {
			out = append(out, name)
		}
	}
}

// foreignNameAt reads the name opening s up to a comma, semicolon,
// bracket, quote or full stop: "" when it opens with no capital or runs
// past maxForeignNameWords words.
func foreignNameAt(s string) string {
	if end := strings.IndexAny(s, ",;()\"“”[."); end >= 0 {
		s = s[:end]
	}
	s = strings.TrimSpace(s)
	if !startsUpper(s) || len(strings.Fields(s)) > maxForeignNameWords {
		return ""
	}
	return s
}

// widenedName returns the name of foreign that alias opens, when the
// alias markers read only its capitalised start ("Ligue" of "Ligue de
// défense du Tarn"); else alias.
func widenedName(alias string, foreign []string) string {
	for _, n := range foreign {
		if strings.HasPrefix(n, alias+" ") {
			return n
		}
	}
	return alias
}
