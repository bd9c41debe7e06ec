package corpus

import "strings"

// ruleRulingHouse: a word the briefing writes as a dynasty's name ("the
// Qing dynasty") names a ruling house, whose members a royal title opens
// ("Prince Qing") but which is no person: "the Qing government", "the
// Qing court" are the house's state, where "the Yeltsin government" is a
// man's. findByNationalBody reads the house's body though the word names
// a person too. See rulingHouses.
const ruleRulingHouse = "ruling-house"

// rulingHouses returns the keys of the capitalised words the paragraphs
// write right before "dynasty" or "dynasties", the noun English names a
// ruling house by.
func rulingHouses(paras []*para) map[string]bool {
	out := map[string]bool{}
	for _, p := range paras {
		if !strings.Contains(p.low, "dynast") {
			continue // the cheap trigger: most paragraphs name no dynasty
		}
		words, lower := p.words(), p.lowerWords()
		for j := 1; j < len(words); j++ {
			if w := trimRightPunct(lower[j], ".,;:!?)"); (w == "dynasty" || w == "dynasties") && isProperWord(words[j-1]) {
				setKey(out, words[j-1])
			}
		}
	}
	return out
}
