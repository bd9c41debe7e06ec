package corpus

import (
	"strings"
)

// ruleAndBeside reads a name the text joins by "and" to a name the
// briefing already keeps as a body's: "the Forest Brothers and the White
// Legion, which staged ambushes", "the Catalan National Assembly (ANC)
// and Omnium Cultural", "the Gulf Cartel and Los Zetas". Coordination
// joins phrases of one kind, so the name beside a body is a body's too,
// whatever its words; a person's name in its place ("Chamlong and the
// Democrat Party") is refused by the briefing's persons and by the shape
// of a person's name, unless an article, which no person's name takes,
// or a plural last word ("the Red Gaurs") shows it a group's. Places and
// peoples are refused as everywhere. The name proposed goes through the
// same filters as every other candidate.
const ruleAndBeside = "and-beside"

// andBesideCandidates returns a candidate for each name that a
// paragraph joins by "and" to the name of a kept candidate, the body the
// briefing already reads, when it is not kept itself.
func andBesideCandidates(paras []*para, kept []candidate, persons map[string]bool) []candidate {
	anchors := map[string]bool{}
	for _, c := range kept {
		if startsUpper(c.name) && !c.cited && !c.body {
			anchors[nameKey(c.name)] = true
		}
	}
	if len(anchors) == 0 {
		return nil
	}
	var out []candidate
	for _, p := range paras {
		for _, pair := range coordinatedPairs(p) {
			a, b := anchors[nameKey(pair[0].name)], anchors[nameKey(pair[1].name)]
			if insideAnchor(anchors, pair) {
				continue // "the Civic Alliance for Justice and Democracy": one name
			}
			for _, n := range []coordinated{pair[0], pair[1]} {
				if a != b && !anchors[nameKey(n.name)] && andBesideBody(p, n, persons) {
					out = append(out, p.cand(n.name, scoreMention))
				}
			}
		}
	}
	return out
}

// coordinated is one name of a pair "and" joins, and whether an article
// opens it.
type coordinated struct {
	name    string
	article bool
}

// coordinatedPairs returns the pairs of names p joins by "and": a name,
// its letters in brackets if given, "and", an article if any and a
// name. A name a comma or a stop closes joins nothing after it, and one
// ending in a complement in "of" may go on in it ("the Popular Front for
// the Liberation of Oman and the Arab Gulf").
func coordinatedPairs(p *para) [][2]coordinated {
	words, rd := p.words(), readingOf(p.off)
	var out [][2]coordinated
	for j := 0; j < len(words); j++ {
		if !startsUpper(words[j]) || j > 0 && isNameWord(words[j-1], false) {
			continue
		}
		if !pairOpens(words, j) {
			continue
		}
		first, next := nameAt(words, j, rd)
		k := skipBracket(words, next)
		if first == "" || k < 0 || k+2 >= len(words) || words[k] != "and" {
			continue
		}
		second := coordinated{}
		if k++; strings.EqualFold(words[k], "the") {
			second.article, k = true, k+1
		}
		second.name, _ = nameAt(words, k, rd)
		if second.name = trimRight(second.name, ".,;:!?)”\"'’*"); second.name != "" && !strings.Contains(first, " of ") {
			out = append(out, [2]coordinated{{first, j > 0 && strings.EqualFold(words[j-1], "the")}, second})
		}
		j = next - 1
	}
	return out
}

// skipBracket returns the index after the name ending before
// words[next] and the letters bracketed after it ("(ANC)"), or -1 when
// punctuation closes the name or the bracket.
func skipBracket(words []string, next int) int {
	if next < 1 || next >= len(words) || trimRight(words[next-1], ".,;:!?)”\"'’*") != words[next-1] {
		return -1
	}
	if !strings.HasPrefix(words[next], "(") {
		return next
	}
	for k := next; k < len(words) && k < next+4; k++ {
		if strings.HasSuffix(words[k], ")") {
			return k + 1
		}
		if trimRight(words[k], ".,;:!?”\"'’*") != words[k] {
			return -1
		}
	}
	return -1
}

// andBesideBody reports whether n, a name coordinated with a body's,
// may name a body: no place, people or person the text shows, and,
// unless an article or a plural last word shows it a group's, not a
// name people go by in the briefing nor one of a person's shape.
func andBesideBody(p *para, n coordinated, persons map[string]bool) bool {
	if isNotGroup(n.name, false, p.off[ruleTitledPerson]) || persons[nameKey(n.name)] || !besideShaped(n.name) {
		return false
	}
	return n.article || pluralLast(n.name) || !atKey(p.people, n.name) && !personLikeJoined(n.name, true)
}

// besideShaped reports whether name is shaped as a body's name may be:
// no place after "in" or "at" ("Shell in Port Harcourt"), no participle
// after a hyphen ("Congress-ruled"), no dash, no title of a person first
// ("Secretary-General of …"), no people's singular in the plural
// ("Hazaras"), no adjective made from a name ("Baathist"), and one word
// only if no English table knows it ("Gerakan", not "Oil").
func besideShaped(name string) bool {
	if strings.ContainsAny(name, "—–") || strings.Contains(name, " in ") || strings.Contains(name, " at ") || hyphenParticiple(name) {
		return false
	}
	first, _, more := strings.Cut(name, " ")
	if isPersonWord(strings.ToLower(first)) || isTitle(strings.ToLower(first)) || nameAdjective(name) || isPlaceOrPeople(strings.TrimSuffix(name, "s")) {
		return false
	}
	return more || foreignName(name)
}

// hyphenParticiple reports whether a word of name goes on after a hyphen
// with a lower-case participle: "Congress-ruled", "Soviet-backed".
func hyphenParticiple(name string) bool {
	for _, w := range strings.Fields(name) {
		if _, after, ok := strings.Cut(w, "-"); ok && startsLower(after) && strings.HasSuffix(after, "ed") {
			return true
		}
	}
	return false
}

// pairOpens reports whether a pair of names may open at words[j]: after
// no preposition but an agent's "by" or "with", since a complement names
// places and peoples as often as bodies ("return to Marcoussis and
// Accra", "the domains of Satsuma and Chōshū", "between the Taliban and
// the Hazaras").
func pairOpens(words []string, j int) bool {
	if j > 0 && strings.EqualFold(words[j-1], "the") {
		j--
	}
	if j == 0 {
		return true
	}
	prev := strings.ToLower(words[j-1])
	return prev == "by" || prev == "with" || !prepositions[prev] && !isLocative(prev)
}

// insideAnchor reports whether a name the briefing keeps holds both names
// of pair joined by "and": one name, not two.
func insideAnchor(anchors map[string]bool, pair [2]coordinated) bool {
	a, b := nameKey(pair[0].name), nameKey(pair[1].name)
	for k := range anchors {
		if i := strings.Index(k, a+" and "); i >= 0 && strings.Contains(k[i:], b) {
			return true
		}
	}
	return false
}

// pluralLast reports whether name's last word is a plural: "Gaurs",
// "Zetas", "Brothers"; a person's surname seldom is one.
func pluralLast(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}
