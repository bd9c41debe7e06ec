package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleReportingBody reads the offices a news report names in lower case
// and quotes again and again: "The interior ministry said …", "The
// Russian defence ministry said …". A reporter writes a state's
// department by its domain and its noun, not by its formal name, and
// cites it as the source of what the state did; a body the report keeps
// quoting is a party to the events it reports. One quotation may be a
// passing source ("the health ministry said the toll rose"), so the
// briefing must write the phrase before a reporting verb at least
// minReporting times.
const ruleReportingBody = "reporting-body"

// minReporting is how many times a briefing must quote a lower-case body
// before it is read as a party.
const minReporting = 2

// reportingBodyCandidates returns a candidate for each lower-case body the
// briefing quotes at least minReporting times, in order of first use,
// from the paragraph that first quotes it.
func reportingBodyCandidates(paras []*para) []candidate {
	count := map[string]int{}
	first := map[string]*para{}
	var order []string
	for _, p := range paras {
		for _, name := range reportingBodies(p) {
			if count[name] == 0 {
				order = append(order, name)
				first[name] = p
			}
			count[name]++
		}
	}
	var out []candidate
	for _, name := range order {
		if count[name] >= minReporting {
			out = append(out, first[name].cand(name, scoreMention))
		}
	}
	return out
}

// reportingBodies returns the lower-case bodies p writes as the subject of
// a reporting verb: "the" (or "The"), an optional people's or place's
// adjective, one lower-case modifier, and a singular body noun in lower
// case, then the verb: "the interior ministry said", "The Russian defence
// ministry said". The name is returned without the article, as written.
func reportingBodies(p *para) []string {
	words, lower := p.words(), p.lowerWords()
	var out []string
	for j := 2; j+1 < len(words); j++ {
		if v := lower[j+1]; len(v) < 4 || !reportingInitial(v[0]) || !reportingVerbs[trimRight(v, ".,;:")] {
			continue // the cheap trigger: the verb's first letter, then the verb
		}
		if name, ok := reportingBodyAt(words, lower, j); ok {
			out = append(out, name)
		}
	}
	return out
}

// reportingInitial reports whether c opens one of reportingVerbs
// ("estimated", "noted", "reported", "said", "warned"): most words are
// rejected without a look-up.
func reportingInitial(c byte) bool { return c == 'e' || c == 'n' || c == 'r' || c == 's' || c == 'w' }

// reportingBodyAt reads the lower-case body whose noun is words[j], if
// the words before it have the shape reportingBodies describes.
func reportingBodyAt(words, lower []string, j int) (string, bool) {
	noun, mod := words[j], words[j-1]
	if noun != lower[j] || mod != lower[j-1] || !isLowerWord(noun) || !isLowerWord(mod) {
		return "", false
	}
	if !isBodyNoun(noun) || isPersonWord(noun) || strings.HasSuffix(noun, "s") || lang.IsEnglishStopWord(mod) || isPersonWord(mod) {
		return "", false // "the party leaders said", "the opposition coalition said"
	}
	i := j - 2
	if startsUpper(words[i]) && words[i] == trimRight(words[i], ".,;:") && isPlaceOrPeople(words[i]) && i > 0 {
		i-- // "The Russian defence ministry"
	}
	if lower[i] != "the" {
		return "", false
	}
	return strings.Join(words[i+1:j+1], " "), true
}

// isLowerWord reports whether w is a word of lower-case letters only,
// with no punctuation around it.
func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
