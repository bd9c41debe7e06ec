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
