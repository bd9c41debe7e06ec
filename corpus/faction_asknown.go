package corpus

import "strings"

// ruleAsKnown reads a name glossed by what it is known as after it: "The
// Generalitat, as the regional government is known, said …", "the
// Militia, as the uniformed police are known, opened fire". The clause
// says the name is what a group noun names, so it names a group: a
// news writer's way of introducing a body in its own language.
const ruleAsKnown = "as-known"

// maxAsKnownWords bounds the words of the noun phrase between "as" and
// its copula.
const maxAsKnownWords = 5

// findByAsKnown proposes each name a comma and an "as … is known" clause
// headed by a group noun follow.
func findByAsKnown(p *para) []candidate {
	if !strings.Contains(p.lower(), " known") && !strings.Contains(p.lower(), " called") {
		return nil // the cheap trigger
	}
	words := p.words()
	var out []candidate
	for i := 1; i+3 < len(words); i++ {
		if words[i] != "as" || !strings.HasSuffix(words[i-1], ",") || !asKnownClause(p.lowerWords()[i+1:]) {
			continue
		}
		if name, _ := nameEndingAt(words, i, readingOf(p.off)); name != "" && !isPlaceOrPeople(name) {
			out = append(out, p.cand(name, scoreDefined))
		}
	}
	return out
}

// asKnownClause reports whether lower, the words after "as", read "the
// regional government is known" or "the uniformed police are commonly
// called": a determiner, a noun phrase headed by a group noun, a copula,
// an optional adverb and "known" or "called".
func asKnownClause(lower []string) bool {
	if len(lower) < 4 || lower[0] != "the" && lower[0] != "a" && lower[0] != "an" {
		return false
	}
	for k := 2; k < min(len(lower)-1, maxAsKnownWords+2); k++ {
		if !isCopula(lower[k]) {
			continue
		}
		head, rest := lower[k-1], lower[k+1:]
		if len(rest) > 1 && strings.HasSuffix(rest[0], "ly") {
			rest = rest[1:]
		}
		verb := trimRight(rest[0], ",.;:")
		return isPredicateNoun(head) && (verb == "known" || verb == "called")
	}
	return false
}
