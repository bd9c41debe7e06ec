package corpus

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/verbs"
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

// ruleInstitution reads a state's police force or legislature that a
// briefing names by its noun alone, with "the" or none, as a party when
// the text shows it acting more than once: "Riot police cleared the
// square … Police moved in at 4:30", "parliament voted … parliament
// passed". A country has one of each, so the writer needs no name for
// it, and a reader looks it up by the noun ("police", "parliament
// romania"). The nouns are WordNet's (Institution: police.n.01,
// legislature.n.01 and their kinds), not "the government", which any
// state has and every briefing writes. Once is not enough: "clashed with
// police" or "the police were accused" is no party's act.
const ruleInstitution = "institution-noun"

// ruleBodySense reads as a body's noun, for rule lower-body, a noun most
// of whose senses weighted by rank gather people into a body
// (lang.BodyNoun), as well as one whose first sense is an organization:
// "the military junta announced", "the three-man junta, which …", "the
// defence ministry said", where WordNet puts a junta under a clique and
// a ministry first among a church's ministers. Alone after "the" it is
// not enough, as an organisation's noun is not: "the junta", "the
// regime", "the faction" stand for a body the briefing names (measured
// in the commit: 58 more names nobody asked for, one fewer found).
const ruleBodySense = "body-sense"

// ruleInstitutionForms gives a lower-case body the rules list the other
// forms its acting uses write as aliases: the institution listed as
// "police" from "South Korea's police admitted" is also the "riot police"
// of "Riot police fired volleys of tear gas", and a reader looking up
// "riot police" means it.
const ruleInstitutionForms = "institution-forms"

// ruleOtherComplement keeps a lower-case body whose modifier the name
// holding its noun does not give, where that name's complement says which
// body of the kind it is: "The interior ministry said …" in a briefing
// that names the Ministry of Youth and Sports, "the shipyard's strike
// committee, which …" beside the Central Committee of the PZPR. A noun
// modifier classifies as an "of" complement does ("the interior
// ministry" is the Ministry of the Interior), so a modifier that the
// complemented name lacks picks out another body of that kind. A name
// with no such complement may be the body described ("the rebel
// alliance" for the National Alliance to Support Legitimacy), and a
// description with no modifier ("the army") refers back to any.
const ruleOtherComplement = "other-complement"

// maxLowerBodyModifiers bounds the lower-case words before the body's
// noun ("interim", "city strike").
const maxLowerBodyModifiers = 2

// minBareActs is how many times a briefing must write an institution's
// noun alone acting before it is read as a party (rule institution-noun).
const minBareActs = 2

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
// National Alliance to Support Legitimacy): the reader looks the name up;
// but not a name whose complement makes it another body of the kind
// (rule other-complement, see standsForName). off holds the rules turned
// off.
//
// It also returns, with rule institution-forms on, the other
// ways the briefing writes an institution it lists acting, as alias
// pairs of the name shown: "South Korea's police admitted … Riot police
// fired …" lists "police", also written "riot police", the words a
// reader looks the force up by.
func lowerBodyCandidates(paras []*para, cands []candidate, off map[string]bool) ([]candidate, [][2]string) {
	var t bodyTally
	for _, p := range paras {
		for _, u := range lowerBodies(p) {
			t.add(u, p)
		}
	}
	nouns := namedNouns(cands)
	complemented := !off[ruleOtherComplement]
	var out []candidate
	var aliases [][2]string
	for _, key := range t.order {
		if !t.named[key] && !standsForName(key, nouns, complemented) && (t.once[key] || t.count[key] >= minBareActs) {
			c := t.first[key].cand(t.shown[key], scoreMention)
			c.body = true // a common noun by its form, a body by its use
			out = append(out, c)
			if !off[ruleInstitutionForms] {
				aliases = append(aliases, t.otherForms(key)...)
			}
		}
	}
	return out, aliases
}

// otherForms returns the alias pairs of the name key is shown by and each
// other form its acting uses wrote, in order of first use.
func (t *bodyTally) otherForms(key string) [][2]string {
	var out [][2]string
	for _, f := range t.forms[key] {
		if f != t.shown[key] {
			out = append(out, [2]string{t.shown[key], f})
		}
	}
	return out
}

// bodyTally gathers a briefing's uses of lower-case bodies by their key:
// the paragraph and the words of the first acting use, how many uses act,
// whether one counts alone, and whether a name is set beside any.
type bodyTally struct {
	first       map[string]*para
	shown       map[string]string
	named, once map[string]bool
	count       map[string]int
	forms       map[string][]string // the names of the acting uses, each once
	order       []string
}

func (t *bodyTally) add(u bodyUse, p *para) {
	if t.first == nil {
		t.first, t.shown, t.named, t.once, t.count, t.forms = map[string]*para{}, map[string]string{}, map[string]bool{}, map[string]bool{}, map[string]int{}, map[string][]string{}
	}
	if u.named {
		t.named[u.key] = true
	}
	if !u.acts {
		return
	}
	t.count[u.key]++
	if !slices.Contains(t.forms[u.key], u.name) {
		t.forms[u.key] = append(t.forms[u.key], u.name)
	}
	if !u.bare {
		t.once[u.key] = true
	}
	if t.first[u.key] == nil {
		t.order = append(t.order, u.key)
		t.first[u.key], t.shown[u.key] = p, u.name
	}
}

// namedNouns returns, for each lowered word of the candidates' names
// that hold a capital, the lowered words of each such name: the nouns a
// description refers back to a named body by, and what each name says
// beside its noun.
func namedNouns(cands []candidate) map[string][]map[string]bool {
	out := map[string][]map[string]bool{}
	for _, c := range cands {
		if strings.ToLower(c.name) == c.name {
			continue
		}
		words := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(c.name)) {
			words[trimRight(w, ".,;:)")] = true
		}
		for w := range words {
			out[w] = append(out[w], words)
		}
	}
	return out
}

// standsForName reports whether the lower-case body key ("interior
// ministry") stands for a name among nouns (see namedNouns): one holds
// its noun. With complemented on (rule other-complement), a name whose
// "of" complement says which body of the kind it is stands for key only
// when it also holds each of key's modifiers.
func standsForName(key string, nouns map[string][]map[string]bool, complemented bool) bool {
	ws := strings.Fields(key)
	mods := ws[:len(ws)-1]
	for _, name := range nouns[ws[len(ws)-1]] {
		if !complemented || !name["of"] || holdsAll(name, mods) {
			return true
		}
	}
	return false
}

// holdsAll reports whether every word of ws is in set.
func holdsAll(set map[string]bool, ws []string) bool {
	for _, w := range ws {
		if !set[w] {
			return false
		}
	}
	return true
}

// bodyUse is one use of a lower-case body's description: whether it acts
// there, and whether a name stands beside it.
type bodyUse struct {
	name, key         string // key: the noun alone for an institution ("riot police" is the police)
	acts, named, bare bool
}

// lowerBodies returns the uses of lower-case bodies in p, without their
// determiner: acting when a verb of acting follows it directly (after a
// comma the description is set beside a name: "SNOP, the new state's
// political police, ran …") or a clause set off by a comma describes
// it, named when a name is set beside it.
func lowerBodies(p *para) []bodyUse {
	words, lower := p.words(), p.lowerWords()
	var out []bodyUse
	for j := 0; j+1 < len(words); j++ { // a paragraph may open with "Police fired …"
		if name, i, bare, ok := lowerBodyAt(p, words, lower, j); ok {
			acts := !strings.HasSuffix(words[j], ",") && (actsAfterBody(lower[j+1]) || bare && actsAfterInstitution(lower[j+1])) || describedAfterBody(lower, j) ||
				!p.off[ruleCoordinatedBody] && coordinatedBody(words, lower, i, j)
			key := name
			if bare {
				key = lastWord(name)
			}
			out = append(out, bodyUse{name: name, key: key, acts: acts, bare: bare, named: i >= 0 && namedBeside(words, lower, i, j)})
		}
	}
	return out
}

// namedBeside reports whether the description words[i:j+1] (i the
// determiner's index) stands beside a name: after a comma, a name, "the"
// and a name, or "called" or "known" ("The secret police, the PIDE,",
// "the riot police, called the Lon Htein,"); or right after a name and a
// colon ("Armed Forces Joint Command: the military high command"), or a
// name and a comma when a comma or the sentence's end closes it too ("the
// FANCI, the national army, …"): after a comma that opens no apposition
// ("In Kabylie, the army said …", "…, said the army …") the
// description stands alone.
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
	if i < 1 {
		return false
	}
	before := words[i-1]
	closed := strings.HasSuffix(words[j], ",") || strings.HasSuffix(words[j], ".") || j+1 == len(words)
	return (strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",") && closed) && startsUpper(strings.Trim(before, "*:,"))
}

// actsAfterBody reports whether next, the word after a body's noun, shows
// the body acting: a past verb that is no word of its own ("announced",
// "ordered", not "left"), or a verb of reporting ("said"). A copula says
// what the body is, not what it does.
func actsAfterBody(next string) bool {
	v := trimRight(next, ".,;:")
	return reportingVerbs[v] || pastActNext(v)
}

// actsAfterInstitution reports whether next, the word after an
// institution's noun, is a verb in the past that is no copula ("Police
// moved in", "Police made little effort"): where a description may be
// an adjective ("the moved crowd"), a noun of a country's police or
// parliament opening a clause is its subject.
func actsAfterInstitution(next string) bool {
	v := trimRight(next, ".,;:")
	if isCopula(v) || v == "had" || v == "has" {
		return false
	}
	vs := verbs.Load()
	return vs.IsIrregularPast(v) || vs.IsRegularPast(v)
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
// it with the index of its determiner (-1 for none) and whether the use
// counts only when the briefing repeats it (rule institution-noun).
func lowerBodyAt(p *para, words, lower []string, j int) (name string, det int, bare, ok bool) {
	head, low := strings.TrimSuffix(words[j], ","), strings.TrimSuffix(lower[j], ",")
	if !isLowerWord(low) { // before the look-ups: capitalised words, numbers and words before a stop fail it
		return "", 0, false, false
	}
	institution := !p.off[ruleInstitution] && wordnet.Load().Institution(low)
	sensed := !p.off[ruleBodySense] && isSensedBodyNoun(low, p.kindAt(j, low))
	if head != low && !(institution && sentenceStart(words, j) && head == capitalised(low)) || !isLowerBodyNoun(low, p.kindAt(j, low)) && !institution && !sensed {
		return "", 0, false, false
	}
	i := j
	for i > 0 && j-i < maxLowerBodyModifiers && isBodyModifier(lower[i-1]) && (words[i-1] == lower[i-1] || institution && sentenceStart(words, i-1)) {
		i--
	}
	name = strings.Join(append(lower[i:j:j], low), " ")
	if institution && strings.HasSuffix(lower[i], "ly") {
		name = low // "the newly elected parliament": the parliament
	}
	switch {
	case i > 0 && bodyDeterminer(words[i-1], lower[i-1]):
		if i == j && !wordnet.Load().Military(low) && !institution {
			return "", 0, false, false // "the government", "the country" alone: any state's, or a place
		}
		return name, i - 1, institution, true
	case institution && sentenceStart(words, i):
		return name, -1, true, true // "Police fired …", "Riot police cleared …"
	}
	return "", 0, false, false
}

// sentenceStart reports whether words[i] opens a sentence: the first
// word, or one after a full stop, a question or exclamation mark, a
// colon or a word of no letters (a dateline's dash).
func sentenceStart(words []string, i int) bool {
	if i == 0 {
		return true
	}
	prev := strings.TrimRight(words[i-1], "*\"")
	return strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "?") || strings.HasSuffix(prev, "!") || strings.HasSuffix(prev, ":") || !hasLetter(prev)
}

// hasLetter reports whether w holds a letter.
func hasLetter(w string) bool {
	return strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// capitalised returns w, a lower-case word of ASCII letters, with its
// first letter in capitals: the form it takes opening a sentence.
func capitalised(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// isLowerBodyNoun reports whether the lower-case word may head a body's
// description: singular, no location and no kind of person ("the party
// leaders", "the majors"), and a noun whose first sense is a kind of
// organization ("government", "committee", "league", WordNet) or a
// military unit ("army", "command"). A noun with an organization among
// its later senses only ("shift", "hospital", "market", "community")
// names a thing or a gathering first. k is lang.Kinds(w).
func isLowerBodyNoun(w string, k lang.Kind) bool {
	return bodyNounShape(w, k) && (k&lang.OrgNoun != 0 || k&lang.GroupNoun != 0 && wordnet.Load().Military(w))
}

// bodyNounShape reports whether the lower-case word may head a body's
// description whatever its senses: singular, no stop word, and no
// location or kind of person. k is lang.Kinds(w).
func bodyNounShape(w string, k lang.Kind) bool {
	return k&(lang.LocationNoun|lang.PersonNoun) == 0 && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) && !lang.IsEnglishStopWord(w)
}

// isSensedBodyNoun reports whether the lower-case word is a body's noun
// by the weight of its senses (rule body-sense): most of them, weighted
// by rank, gather people into a body (lang.BodyNoun: "junta",
// "tribunal", "ministry", "dictatorship"), and it is singular and no
// kind of person or location. k is lang.Kinds(w).
func isSensedBodyNoun(w string, k lang.Kind) bool {
	return bodyNounShape(w, k) && k&lang.BodyNoun != 0
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
