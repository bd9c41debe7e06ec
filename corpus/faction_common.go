package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// Bodies a briefing names by a common noun.
//
// A text that never gives the army or a transitional government a proper
// name still tells what it does: "the army announced", "the interim
// government said", "the transitional government announced". Such a body
// is a party a reader asks about ("what did the army do"), yet no rule
// reading capitals proposes it. It is read the way acting names are
// (faction_acting.go): by what the text says the phrase does, again and
// again, not by a list of phrases.

// minCommonActing is how many times a briefing must write a common-noun
// phrase as the subject of an acting verb before the phrase is read as a
// body: once is a passing mention ("the army chief"), a habit of the
// text is an actor.
const minCommonActing = 2

// commonBodyCandidates returns, as candidates, the lower-case phrases
// "the HEAD" and "the MODIFIER HEAD" the briefing writes at least
// minCommonActing times before an acting verb ("the army announced",
// "the interim government said"), each where it first does. A head alone
// must be a military body by WordNet (army, navy, militia, command), a
// head with a modifier any noun with an organisation's sense; the
// generic "the government" names no faction (issue 12), "the interim
// government" does.
func commonBodyCandidates(paras []*para) []candidate {
	counts := map[string]int{}
	first := map[string]candidate{}
	var order []string
	lex := wordnet.Load()
	for _, p := range paras {
		for _, name := range commonBodiesIn(p, lex) {
			if counts[name] == 0 {
				order = append(order, name)
				c := p.cand(name, scoreMention)
				// "army" alone is a common noun no rule keeps as a name;
				// written acting, again and again, it names the body.
				c.body = !strings.Contains(name, " ")
				first[name] = c
			}
			counts[name]++
		}
	}
	var out []candidate
	for _, name := range order {
		if counts[name] >= minCommonActing {
			out = append(out, first[name])
		}
	}
	return out
}

// commonBodiesIn returns the lower-case body phrases p writes between
// "the" and an acting verb, one for each use.
func commonBodiesIn(p *para, lex *wordnet.Lexicon) []string {
	words, lower := p.words(), p.lowerWords()
	var out []string
	for i := 0; i+2 < len(words); i++ {
		if lower[i] != "the" {
			continue
		}
		if name, ok := commonBodyAt(words, lower, i+1, lex); ok {
			out = append(out, name)
		}
	}
	return out
}

// commonBodyAt reads a body phrase opening at words[j], after "the": a
// head, or one modifier and a head, all lower case and unpunctuated,
// followed by an acting verb.
func commonBodyAt(words, lower []string, j int, lex *wordnet.Lexicon) (string, bool) {
	for n := 1; n <= 2 && j+n < len(words); n++ {
		phrase := words[j : j+n]
		if !plainLower(phrase, lower[j:j+n]) {
			return "", false
		}
		head := lower[j+n-1]
		if !commonHead(head, n == 2, lex) || n == 2 && !commonModifier(lower[j], lex) {
			continue
		}
		next := trimRightPunct(lower[j+n], ",")
		if isActing(next) && !isCopula(next) {
			return strings.Join(phrase, " "), true
		}
	}
	return "", false
}

// plainLower reports whether words are written in lower case with no
// punctuation: a phrase a sentence runs through, not a name's end.
func plainLower(words, lower []string) bool {
	for k, w := range words {
		if w != lower[k] || !allLetters(w) {
			return false
		}
	}
	return true
}

// commonHead reports whether a lowered word heads a body: with a
// modifier, any group noun with an organisation's sense ("government",
// "council", "command"); alone, only a military body in the singular
// ("army", "navy", "militia"), since a plural ("troops", "forces") or a
// civil body's noun alone ("the government") is generic.
func commonHead(w string, modified bool, lex *wordnet.Lexicon) bool {
	if isConnector(w) || lang.IsPersonNoun(w) || !lang.IsGroupNoun(w) {
		return false
	}
	if modified {
		return lang.HasOrgSense(w) || lex.Military(w)
	}
	return lex.Military(w) && !strings.HasSuffix(w, "s")
}

// commonModifier reports whether a lowered word before a head qualifies
// it as a body's own ("interim", "transitional", "armed"): a word the
// tables know that is no function word and no group or person noun of
// its own ("the party government", "the rebel army" name no one body)
// and no number ("the two governments").
func commonModifier(w string, lex *wordnet.Lexicon) bool {
	return lex.Knows(w) && !lang.IsEnglishStopWord(w) && numberWord(w) == 0 && !lang.IsGroupNoun(w) && !lang.IsPersonNoun(w)
}
