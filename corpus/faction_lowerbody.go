package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ruleLowerBody reads the bodies a briefing names only in lower case as
// a party acting: "the interim government announced …", "the martial
// law command said …", "ZANU-PF's central committee voted …", "the
// party's youth league, led by …". A writer takes such a body as known
// and never introduces it by a name; the text saying what it does shows
// it is a party to the events, where a passing mention ("an interim
// government would be formed") only describes. The phrase is a
// determiner ("the" or a possessive), at most maxLowerBodyModifiers
// lower-case modifiers that classify (not "new", "former") and a
// singular noun whose first sense is an organization or a military unit
// (WordNet), then a verb in the past or of reporting, or a comma and a
// clause describing the body.
const ruleLowerBody = "lower-body"

// maxLowerBodyModifiers bounds the lower-case words before the body's
// noun ("interim", "city strike").
const maxLowerBodyModifiers = 2

// lowerBodyCandidates returns a candidate for each lower-case body the
// briefing writes acting, in order of first use, from the paragraph that
// first writes it. Once is enough: requiring two acting uses found one
// body on dev where one use found six, as a briefing names such a body
// seldom and in varied ways (measured in the commit). A description is
// no party of its own when it stands for a body the briefing names: set
// beside a name anywhere ("The secret police, the PIDE, built …", "the
// riot police, called the Lon Htein,"), or headed by a noun that heads
// or is a word of a name among cands ("the schismatic church" after "a new
// Mexican Catholic Apostolic Church", "the anti-coup alliance" for the
// National Alliance to Support Legitimacy): the reader looks the name up.
func lowerBodyCandidates(paras []*para, cands []candidate) []candidate {
	first := map[string]*para{}
	named := map[string]bool{}
	var order []string
	for _, p := range paras {
		for _, u := range lowerBodies(p) {
			if u.named {
				named[u.name] = true
			}
			if !u.acts {
				continue
			}
			if first[u.name] == nil {
				order = append(order, u.name)
				first[u.name] = p
			}
		}
	}
	nouns := namedNouns(cands)
	var out []candidate
	for _, name := range order {
		if !named[name] && !nouns[lastWord(name)] {
			c := first[name].cand(name, scoreMention)
			c.body = true // a common noun by its form, a body by its use
			out = append(out, c)
		}
	}
	return out
}

// namedNouns returns the lowered words of the candidates' names that hold
// a capital: the nouns a description refers back to a named body by.
func namedNouns(cands []candidate) map[string]bool {
	out := map[string]bool{}
	for _, c := range cands {
		if strings.ToLower(c.name) == c.name {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(c.name)) {
			out[trimRight(w, ".,;:)")] = true
		}
	}
	return out
}

// bodyUse is one use of a lower-case body's description: whether it acts
// there, and whether a name stands beside it.
type bodyUse struct {
	name        string
	acts, named bool
}

// lowerBodies returns the uses of lower-case bodies in p, without their
// determiner: acting when a verb of acting follows it directly (after a
// comma the description is set beside a name: "SNOP, the new state's
// political police, ran …") or a clause set off by a comma describes
// it, named when a name is set beside it.
func lowerBodies(p *para) []bodyUse {
	words, lower := p.words(), p.lowerWords()
	var out []bodyUse
	for j := 1; j+1 < len(words); j++ {
		if name, i, ok := lowerBodyAt(p, words, lower, j); ok {
			acts := !strings.HasSuffix(words[j], ",") && actsAfterBody(lower[j+1]) || describedAfterBody(lower, j)
			out = append(out, bodyUse{name: name, acts: acts, named: namedBeside(words, lower, i, j)})
		}
	}
	return out
}

// namedBeside reports whether the description words[i:j+1] (i the
// determiner's index) stands beside a name: after a comma, a name, "the"
// and a name, or "called" or "known" ("The secret police, the PIDE,",
// "the riot police, called the Lon Htein,"); or after a name and a colon
// or comma ("Armed Forces Joint Command: the military high command").
func namedBeside(words, lower []string, i, j int) bool {
	if strings.HasSuffix(words[j], ",") && j+1 < len(words) {
		next := words[j+1]
		if lower[j+1] == "the" && j+2 < len(words) {
			next = words[j+2]
		}
		if startsUpper(next) || lower[j+1] == "called" || lower[j+1] == "known" {
			return true
		}
	}
	if i < 2 {
		return false
	}
	before := words[i-2]
	return (strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",")) && startsUpper(strings.Trim(before, "*:,"))
}

// actsAfterBody reports whether next, the word after a body's noun, shows
// the body acting: a past verb that is no word of its own ("announced",
// "ordered", not "left"), or a verb of reporting ("said"). A copula says
// what the body is, not what it does.
func actsAfterBody(next string) bool {
	v := trimRight(next, ".,;:")
	return reportingVerbs[v] || pastActNext(v)
}

// describedAfterBody reports whether the body's noun lower[j] is set
// off by a comma and a clause that tells what the body is or does: a
// relative pronoun ("the strike committee, which had been negotiating",
// "a city strike committee, whose members …") or a participle of
// leading ("the party's youth league, led by …", "the gendarmerie,
// commanded by …").
func describedAfterBody(lower []string, j int) bool {
	if !strings.HasSuffix(lower[j], ",") || j+2 >= len(lower) {
		return false
	}
	switch lower[j+1] {
	case "which", "whose", "who":
		return true
	case "led", "commanded", "headed":
		return lower[j+2] == "by"
	}
	return false
}

// lowerBodyAt reads the lower-case body whose noun is words[j], if the
// words before it have the shape ruleLowerBody describes, and returns
// it with the index of its determiner.
func lowerBodyAt(p *para, words, lower []string, j int) (string, int, bool) {
	head := strings.TrimSuffix(words[j], ",")
	if head != strings.TrimSuffix(lower[j], ",") || !isLowerWord(head) || !isLowerBodyNoun(head, p.kindAt(j, head)) {
		return "", 0, false
	}
	i := j
	for i > 0 && j-i < maxLowerBodyModifiers && isBodyModifier(words[i-1]) {
		i--
	}
	if i == 0 || !bodyDeterminer(words[i-1], lower[i-1]) || i == j && !wordnet.Load().Military(head) {
		return "", 0, false // "the government", "the country" alone: any state's, or a place
	}
	return strings.Join(append(words[i:j:j], head), " "), i - 1, true
}

// isLowerBodyNoun reports whether the lower-case word may head a body's
// description: singular, no location and no kind of person ("the party
// leaders", "the majors"), and a noun whose first sense is a kind of
// organization ("government", "committee", "league", WordNet) or a
// military unit ("army", "command"). A noun with an organization among
// its later senses only ("shift", "hospital", "market", "community")
// names a thing or a gathering first. k is lang.Kinds(w).
func isLowerBodyNoun(w string, k lang.Kind) bool {
	if k&(lang.LocationNoun|lang.PersonNoun) != 0 || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || lang.IsEnglishStopWord(w) {
		return false
	}
	return k&lang.OrgNoun != 0 || k&lang.GroupNoun != 0 && wordnet.Load().Military(w)
}

// isBodyModifier reports whether w may modify a body's noun in its
// description: a lower-case word of letters, hyphened or not
// ("interim", "strike", "youth"), that is no function word and does not
// place the body in time.
func isBodyModifier(w string) bool {
	return isLowerModifier(w) && !deicticModifier(w)
}

// deicticModifier reports whether w places a body in time or among
// others rather than saying what kind it is: "the new government", "the
// former regime", "the other party" describe, where "the interim
// government" names. A closed class of English, like the stop words.
func deicticModifier(w string) bool {
	switch w {
	case "new", "old", "former", "current", "previous", "present", "same", "other", "whole", "entire", "next", "last", "first", "then", "future", "later", "own", "main":
		return true
	}
	return false
}

// bodyDeterminer reports whether the word before a body's description
// determines it as one body the reader knows: "the", or a possessive
// ("the party's youth league", "ZANU-PF's central committee").
func bodyDeterminer(w, low string) bool {
	return low == "the" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}
