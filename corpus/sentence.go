package corpus

// Sentences splits a paragraph into its sentences, as the extractors do:
// at ".", "!" or "?" followed by a capital, not after an abbreviation such
// as "U.S." or "Jan.". Presenters use it to quote the sentence that names
// something rather than a paragraph's first words.
func Sentences(text string) []string {
	var out []string
	for _, s := range splitEventSentences(text) {
		out = append(out, text[s[0]:s[1]])
	}
	return out
}
