package evaluate

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// quoteFolder makes typographic variants compare equal: a gold substring
// typed with straight quotes matches a briefing written with curly ones.
var quoteFolder = strings.NewReplacer("\u00a0", " ", "‘", "'", "’", "'", "“", `"`, "”", `"`)

// foldText folds non-breaking spaces and curly quotes and collapses white
// space; case and accents are kept, since text substrings are copied
// exactly from the briefing.
func foldText(s string) string {
	return strings.Join(strings.Fields(quoteFolder.Replace(s)), " ")
}

// containsText reports whether text holds sub after foldText.
func containsText(text, sub string) bool {
	return strings.Contains(foldText(text), foldText(sub))
}

// foldName is how names compare: as foldText, and also ignoring case,
// accents and a leading "the".
func foldName(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, foldText(s))
	if err != nil {
		out = foldText(s)
	}
	out = strings.ToLower(out)
	out, _ = strings.CutPrefix(out, "the ")
	return out
}

// Answers reports whether text holds any of the gold substrings, compared
// as the ranking score compares them. The weight fitter uses it to judge
// candidates.
func Answers(text string, gold []string) bool {
	for _, g := range gold {
		if containsText(text, g) {
			return true
		}
	}
	return false
}
