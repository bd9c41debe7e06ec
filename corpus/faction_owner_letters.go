package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ruleOwnerPossessive: a possessive of a word no English table knows, or
// of a place, before a lettered name is its owner, not a word of it
// ("General Banzer's Nationalist Democratic Action (ADN)", "Víctor Paz
// Estenssoro's Nationalist Revolutionary Movement (MNR)"). A possessive of
// an English noun stays inside ("the Lord's Resistance Army (LRA)", "the
// Korean People's Army (KPA)"). See nameOwner.
const ruleOwnerPossessive = "owner-possessive"

// ruleCoordinatedLetters: letters after two names "and the" joins belong
// to the second when it is an organisation's name by itself ("the JMPLA
// and the Organisation of Angolan Women (OMA)"), in another language too
// ("a war between Slovenia and the Yugoslav People's Army (JNA)"), where
// the capitalised run before the bracket would take both names and the
// place with them. See translatedLongForm and lastCoordinated.
const ruleCoordinatedLetters = "coordinated-letters"

// nameOwner reports whether w is a capitalised word's possessive
// (ownerPossessive: "Banzer's", "Iraq’s") whose word is a place's or one
// neither WordNet nor the stop words know: a person or a country owning
// what follows, not "People's" or "Lord's" inside a name.
func nameOwner(w string) bool {
	if !ownerPossessive(w) {
		return false
	}
	low := strings.ToLower(trimPossessive(w))
	return lang.IsPlace(low) || !wordnet.IsWord(low) && !lang.IsEnglishStopWord(low) && lang.Classify(low) == 0
}

// withoutOwner returns a definition's long form less the words up to its
// last owner's possessive, and the new offset (s is the old one), when
// the rest still spells the letters; otherwise the long form as it is.
func withoutOwner(a Acronym, s int) (string, int) {
	words := strings.Fields(a.Long)
	for i := len(words) - 2; i >= 0; i-- {
		if !nameOwner(words[i]) {
			continue
		}
		rest := strings.Join(words[i+1:], " ")
		k := strings.LastIndex(a.Long, rest)
		if len(words)-i-1 < 2 || k < 0 || matchShortLong(a.Short, rest) != 0 {
			return a.Long, s
		}
		return rest, s + k
	}
	return a.Long, s
}

// lastCoordinated returns, of a long form holding " and the ", the name
// after its last one when that name is an organisation's; otherwise long
// as it is ("the National Democratic Front for the Liberation of Oman
// and the Arab Gulf" keeps its whole: "Arab Gulf" names no body).
func lastCoordinated(long string) string {
	k := strings.LastIndex(long, " and the ")
	if k < 0 {
		return long
	}
	rest := long[k+len(" and the "):]
	if !strings.Contains(rest, " ") || !lettersOrgName(rest) {
		return long
	}
	return rest
}
