package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ruleTitleChain drops a name that is a chain of titles and then a
// person's name of two or three words: "Lieutenant Colonel Isaac Zida",
// "Lieutenant General James Van Fleet", "Admiral Emilio Eduardo Massera".
// The titled-person rule reads one title and two words ("Governor Rex
// Hunt"); a military rank is often two titles ("Lieutenant Colonel"), and
// a person's name often three words. The first title is a noun WordNet
// files under leader, or a noun for a kind of person followed by another
// title or by three words (WordNet files ranks such as "admiral" and
// "lieutenant" under officers, not leaders); the rest has a person's
// shape, each word capitalised and no group noun, and is headed by no
// organisation noun ("General People's Congress", "Communist Party of
// Burma" keep their names).
const ruleTitleChain = "title-chain"

// titleChainPerson reports whether name is titles and a person's name
// (ruleTitleChain).
func titleChainPerson(name string) bool {
	words := strings.Fields(name)
	n := 0
	for n < len(words) && isTitle(strings.ToLower(trim(words[n], "*"))) {
		n++
	}
	rest := words[n:]
	if n == 0 || len(rest) < 2 || len(rest) > 3 {
		return false
	}
	if n == 1 && len(rest) == 2 && !wordnet.Load().Leader(strings.ToLower(trim(words[0], "*"))) {
		return false // "National Police Service": a national is a person, not a title
	}
	for _, w := range rest {
		if !startsUpper(w) || isGroupWord(strings.ToLower(trimPossessive(w))) {
			return false // "Communist Party of Burma": no person's name
		}
	}
	whole := strings.Join(rest, " ")
	return personLikeJoined(whole, true) && !headedByOrgNoun(whole) && !isOrgName(whole) &&
		!isPlaceOrPeople(whole) && !isShortForm(rest[0]) && !isShortForm(rest[len(rest)-1])
}
