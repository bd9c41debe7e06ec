package corpus

import "strings"

// midSentenceCap reports whether cap, a word that opens sentences ("New",
// "All"), is capitalised mid-sentence after before: a writer does so only
// in a name. Titles ("President"), months and days are capitalised
// anywhere, and before that ends a sentence or opens a list item the
// capital proves nothing. After "the" the article rule decides.
func midSentenceCap(before, capital string) bool {
	low := strings.ToLower(trimPossessive(capital))
	if isTitle(low) || isPersonWord(low) || isMonthName(low) || isWeekdayName(low) || low == "i" {
		return false
	}
	b := trimRight(before, "*_")
	if strings.EqualFold(b, "the") {
		return false // the article rule's: "the All Africa Conference"
	}
	if b == "" || b == "-" || b == "–" || b == "—" || strings.HasPrefix(b, "#") {
		return false
	}
	return !strings.HasSuffix(b, ".") && !strings.HasSuffix(b, "!") && !strings.HasSuffix(b, "?") && !strings.HasSuffix(b, ":") && !strings.HasSuffix(b, "\"") && !strings.HasSuffix(b, "“") && !strings.HasSuffix(b, "|")
}
