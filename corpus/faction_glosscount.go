package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ruleGlossCount: a bracket giving a name in another language and its
// letters, which spell that name's initials (glossedShort), after a
// capitalised English name of as many words as the foreign one has
// content words, defines the English name whatever noun heads it: a
// translation keeps the number of words ("the Oceanian Awakening (Éveil
// océanien, EO)", "The Prolonged People's War tendency (Guerra Popular
// Prolongada, GPP)"), while the rules before it need an organisation's
// name or initials the English words share. One lower-case noun
// between the name and the bracket, the kind the writer gives it, is
// passed over. See countedTranslation.
const ruleGlossCount = "gloss-count"

// ruleFoldedInitial: a foreign name's accented capital is its letter's
// initial ("(Éveil océanien, EO)"). See glossedShort.
const ruleFoldedInitial = "folded-initial"

// countedTranslation returns the English name before a glossed bracket
// (inner: the foreign name, then short) that has as many capitalised
// words as the foreign name has content words, and its offset in before;
// or "".
func countedTranslation(before, inner, short string, off map[string]bool) (string, int) {
	inner = strings.ReplaceAll(strings.Join(strings.Fields(inner), " "), " ,", ",")
	k := strings.LastIndex(inner, short)
	if k < 0 {
		return "", 0
	}
	want := foreignContentWords(strings.TrimRight(inner[:k], " ,;–—-"))
	if want < 2 {
		return "", 0
	}
	for _, text := range []string{before, withoutLowerNoun(before)} {
		text = trimRight(text, " ")
		start, initials := capitalRunBefore(text, want+2, off)
		long := strings.TrimSpace(text[start:])
		for isConnector(strings.SplitN(long, " ", 2)[0]) && strings.Contains(long, " ") {
			long = strings.TrimSpace(strings.SplitN(long, " ", 2)[1])
		}
		if len(initials) == want && startsUpper(long) && !isPlaceOrPeople(long) && !isPlaceOrPeople(strings.Fields(long)[0]) {
			return long, len(text) - len(long)
		}
	}
	return "", 0
}

// foreignContentWords counts the words of a name in another language less the
// short lower-case words joining them ("de", "la", "du", "ng").
func foreignContentWords(name string) int {
	n := 0
	for _, w := range strings.Fields(name) {
		if !nameJoiner(w) {
			n++
		}
	}
	return n
}

// withoutLowerNoun returns text less a last lower-case word that WordNet
// knows and no stop word is ("tendency"), after a capitalised word;
// otherwise text as it is.
func withoutLowerNoun(text string) string {
	return withoutLastLower(text, func(w string) bool {
		return allLetters(w) && !lang.IsEnglishStopWord(w) && wordnet.IsWord(w)
	})
}
