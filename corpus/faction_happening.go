package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ruleHappeningHead drops a name headed by a noun for something that takes
// place or for a stretch of time: "the Hungarian Uprising", "the Ramadan
// Offensive", "the Balangiga Massacre", "Bloody Week", "Heroes' Day". Such
// a name is an event or a date, never a party, however the text introduces
// it ("the Hungarian Uprising, a revolt against …" describes it, and a
// rule reading descriptions proposes it). The head's classes come from
// WordNet: its most frequent sense is an act, event, phenomenon or process
// (lang's Happening), or it is one step from "period" or "date" (a time
// noun); a head with any sense naming a group ("Movement", "Resistance",
// "Generation") or a name WordNet files as an organisation is kept.
const ruleHappeningHead = "happening-head"

// happeningHeaded reports whether candidate c is named by a noun for a
// time, or, unless the text defines it or gives it letters, for a
// happening, and by no group noun (ruleHappeningHead). A name defined as
// a body or given letters keeps an act's noun as its head: "Executive
// Outcomes, a private military company", "Action for the Revision of
// Order (ARoD)", "Combined Operations (ComOps)".
func happeningHeaded(c candidate) bool {
	words := strings.Fields(c.name)
	if len(words) == 0 || c.acronym != "" || isOrgName(c.name) {
		return false
	}
	head := strings.ToLower(trim(words[nameHead(words)], "*"))
	head = strings.TrimSuffix(strings.TrimSuffix(head, "'s"), "’s")
	if head == "" || lang.IsGroupNoun(head) || lang.HasOrgSense(head) {
		return false
	}
	lex := wordnet.Load()
	if lex.HasKin(head, "period") || lex.HasKin(head, "date") {
		return true
	}
	return lex.Happening(head) && c.score < scoreDefined
}

// ruleIdleHappening: "what residents called the Six-Day War", "often
// called the Hungarian Uprising": a name a happening's noun heads that
// the text defines, and so happening-head keeps, names an event all the
// same when no paragraph writes it acting; a body so named acts
// ("Executive Outcomes trained …"). As idle-structure reads a building's
// name, with the same test of acting (writtenActing).
const ruleIdleHappening = "idle-happening"

// dropIdleHappenings drops the candidates without letters whose head is a
// happening's noun (happeningNoun), that no paragraph writes acting and
// none sets beside a body's description ("Northgate Logistics, a private
// security company", apposedBody).
func dropIdleHappenings(cands []candidate, paras []*para) []candidate {
	out := cands[:0]
	for _, c := range cands {
		if c.acronym == "" && !c.body && !c.taken && happeningNoun(c.name) && !writtenActing(paras, c.name) && !apposedBody(paras, c.name) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// happeningNoun reports whether name, of two words or more and no
// organisation's, is headed by a noun whose most frequent sense is a
// happening and none a group's (lang's Happening, as happening-head reads),
// its last word, and no function word comes before it: in "Students
// Against Discrimination" or "Save the Children" the noun is a complement.
func happeningNoun(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || isOrgName(name) {
		return false
	}
	h := nameHead(words)
	if h != len(words)-1 {
		return false // "Save the Children": a verb's object, not a head
	}
	for _, w := range words[:h] {
		if lang.IsEnglishStopWord(strings.ToLower(w)) {
			return false
		}
	}
	head := strings.ToLower(trim(words[h], "*"))
	head = strings.TrimSuffix(strings.TrimSuffix(head, "'s"), "’s")
	if head == "" || !startsUpper(words[h]) || lang.IsGroupNoun(head) || lang.HasOrgSense(head) {
		return false
	}
	return wordnet.Load().Happening(head)
}

// apposedBody reports whether a paragraph sets, by a comma, a description
// of a group or its people beside name (appositionAfter): the text says
// the name is a body's.
func apposedBody(paras []*para, name string) bool {
	for _, p := range paras {
		for rest := p.text; ; {
			i := strings.Index(rest, name)
			if i < 0 {
				break
			}
			rest = rest[i+len(name):]
			if appositionAfter(rest) {
				return true
			}
		}
	}
	return false
}
