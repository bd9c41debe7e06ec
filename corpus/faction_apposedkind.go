package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ruleApposedPerson drops a name the text itself says is a person's: it
// sets the name beside a description whose head noun is one person's,
// "Thanin Kraivichien, a supreme court judge known for …", "Ali Salem
// al-Beidh, a politburo member from Hadramawt".
const ruleApposedPerson = "apposed-person"

// maxApposedName is how many words before the comma a name set beside a
// description may have.
const maxApposedName = 5

// dropApposedKinds drops the candidates whose name the briefing sets, by
// a comma, beside a description an article opens and a noun for one
// person heads (apposedKindNames). A rule may read such a
// name as a body's from another sentence ("led by Sultan al-Atrash"), but
// the writer's own description says what it names. A name given letters,
// headed by an organisation's noun, or that the text says names a group
// is kept: "the FLP, a member of the coalition" describes a party.
func dropApposedKinds(cands []candidate, paras []*para) []candidate {
	names := apposedKindNames(paras)
	if len(names) == 0 {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		if names[strings.ToLower(trim(c.name, "*"))] && c.acronym == "" && !c.taken && !c.body && !isOrgName(c.name) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// apposedKindNames returns, lowered, every run of capitalised words of up
// to maxApposedName that ends at a comma a person's description
// follows, in every paragraph.
func apposedKindNames(paras []*para) map[string]bool {
	out := map[string]bool{}
	for _, p := range paras {
		words := p.words()
		for i := 0; i+2 < len(words); i++ {
			if !strings.HasSuffix(words[i], ",") || !apposedPerson(words[i+1:]) {
				continue
			}
			addNameRuns(out, words, i)
		}
	}
	return out
}

// addNameRuns adds to set the runs of words ending at words[i], its comma
// cut, that a capitalised word opens after a word that is not one,
// lowered: "Ali Salem al-Beidh", not "Salem al-Beidh", which may be the
// tail of a longer name. A run stops at a word that ends a clause.
func addNameRuns(set map[string]bool, words []string, i int) {
	run := trimRight(words[i], ",")
	for j := i; j >= 0 && i-j < maxApposedName; j-- {
		if j < i {
			if strings.ContainsAny(words[j], ",.;:()") {
				return
			}
			run = words[j] + " " + run
		}
		if startsUpper(words[j]) && (j == 0 || !startsUpper(words[j-1]) || strings.ContainsAny(words[j-1], ",.;:()")) {
			set[strings.ToLower(trim(run, "*“\""))] = true
		}
	}
}

// apposedPerson reports whether rest, the words after a comma, open with
// an article and a description whose head is a singular noun for a
// person whose most frequent sense WordNet files as a being ("the state
// broadcaster" is a station as often as a person), and no adjective, as
// one that makes an adverb in -ly is ("a militia active in the hills",
// "actively"). A person's noun that
// also names a group or a relation between bodies counts only unowned and
// unrelated to a body: "a supreme court judge", but not "the women's
// auxiliary" or "a rival of al-Shabaab"; and, where it names a group too,
// only after "a" or "an", one of many: "a politburo member", but not "the
// youth wing".
func apposedPerson(rest []string) bool {
	article := strings.ToLower(rest[0])
	if article != "a" && article != "an" && article != "the" {
		return false
	}
	head, owned, k := apposedHead(rest[1:])
	if head == "" || owned || strings.HasSuffix(head, "s") || !lang.IsPersonNoun(head) || lang.IsOrgNoun(head) {
		return false
	}
	if !wordnet.Load().Thing(head) || lang.IsAdverb(head+"ly") || relatesToBody(rest[1+k:]) {
		return false
	}
	return !lang.IsGroupNoun(head) || article != "the"
}

// apposedHead returns the head noun, lowered, of a description's words
// after its article: the last word before a preposition, a relative
// pronoun, a participle or a connector, or the word a comma closes;
// whether a possessive owner comes before it ("the Labour Party's
// presidential candidate"); and the index of the word after the head.
// "" when the description runs on past six words.
func apposedHead(words []string) (head string, owned bool, next int) {
	for k, w := range words[:min(len(words), 6)] {
		low := strings.ToLower(w)
		core := trimRight(low, ".,;:!?)”\"'’")
		if head != "" && (prepositions[core] || relativePronoun(core) || isConnector(core) || isParticiple(core)) {
			return head, owned, k
		}
		head = core
		if isPossessive(core) {
			head, owned = "", true
		}
		if core != low {
			return head, owned, k + 1
		}
	}
	return "", owned, 0
}

// relatesToBody reports whether words, after a description's head noun,
// relate it by "of", "to" or "with" to a named body or one a group's
// noun heads: "a rival of al-Shabaab", "a partner of the ruling party",
// "a member of the leading Druze family" (a people's name is no body's,
// but a family is a group a body may belong to as well). A person's noun then names the described as one body's
// relation to another, which a body may be as well as a person.
func relatesToBody(words []string) bool {
	if len(words) == 0 {
		return false
	}
	switch strings.ToLower(words[0]) {
	case "of", "to", "with":
	default:
		return false
	}
	for _, w := range words[1:min(len(words), 6)] {
		core := trimRight(w, ".,;:!?)”\"'’")
		low := strings.ToLower(trimPossessive(core))
		if startsUpper(core) && !isConnector(low) && !lang.IsPeople(low) || lang.IsGroupNoun(low) {
			return true
		}
		if core != w {
			return false
		}
	}
	return false
}

// ruleIdleStructure drops a name a building's noun heads that the
// briefing never writes acting: "the Genete Leul Palace", "the Lancaster
// House agreement", "**Marlborough House, London —**". The noun's first
// sense is a structure (lang's StructureNoun: WordNet's structure.n.01
// and the like), which a text names as where things happen; a seat of
// power that acts as its holders' voice ("the White House said") is
// written as the subject of a verb, and kept.
const ruleIdleStructure = "idle-structure"

// dropIdleStructures drops the candidates whose last word, their head, is
// a structure's noun and no organisation's, with no letters, not marked a
// body, and which no paragraph writes as the subject of an acting verb
// (actingSubjectEnd). A name going on past its head ("Palace of
// Justice", "House of Representatives") is left to the place tests.
func dropIdleStructures(cands []candidate, paras []*para) []candidate {
	out := cands[:0]
	for _, c := range cands {
		if c.acronym == "" && !c.body && !c.taken && structureHeaded(c.name) && !writtenActing(paras, c.name) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// structureHeaded reports whether name is two words or more, its last a
// capitalised singular noun first for a made thing and never for an
// organisation or an assembly, that WordNet puts one step below a
// dwelling, a residence or a building (residenceNoun), and the name no
// organisation's the gazetteer knows.
func structureHeaded(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || lang.Kinds(strings.ToLower(name))&lang.OrgName != 0 {
		return false
	}
	last := name[i+1:]
	head := strings.ToLower(last)
	k := lang.Kinds(head)
	return startsUpper(last) && !strings.HasSuffix(head, "s") && k&lang.StructureNoun != 0 && k&(lang.OrgNoun|lang.AssemblyNoun) == 0 && residenceNoun(head)
}

// residenceNoun reports whether WordNet's words one step broader or
// narrower than w's most frequent senses hold a dwelling, a residence or
// a building: "palace", "house", "castle", but not "office" or
// "observatory", which name bodies too.
func residenceNoun(w string) bool {
	for _, k := range wordnet.Load().Kin(w) {
		switch k {
		case "dwelling", "residence", "building", "edifice":
			return true
		}
	}
	return false
}

// writtenActing reports whether a paragraph writes name, whole, right
// before a verb that shows its subject acting, past adverbs.
func writtenActing(paras []*para, name string) bool {
	n := strings.Count(name, " ") + 1
	for _, p := range paras {
		if !strings.Contains(p.text, name) {
			continue
		}
		words, lower := p.words(), p.lowerWords()
		for i := 0; i+n < len(words); i++ {
			if run := strings.Join(words[i:i+n], " "); run != name && trimRight(run, "’'s") != name {
				continue
			}
			for v := i + n; v < len(words) && v <= i+n+maxPlainAdverbs; v++ {
				if end, ok := actingSubjectEnd(words, lower, v); ok && end == i+n {
					return true
				}
			}
		}
	}
	return false
}
