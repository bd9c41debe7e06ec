package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ruleEntryOwnedBody reads a list entry whose bold label is a proper name
// before a lower-case body's noun as that body: "- **The Union
// government**, led by the BJP", "- **The Haryana government** of Chief
// Minister …". A primer's list of parties labels each party; where the
// writer has no formal name for it, the name of its place, polity or
// leader says which government or commission is meant, and a reader
// looks it up by the label. The noun is lower-body's (an organization's
// or a military unit's first sense, an institution's, or a body's by the
// weight of its senses), and "government" counts here, as the name
// before it makes it one body. Of a label that "and" joins, the first
// body is read ("**The XUAR government and the regional Communist Party
// committee.**"). A label whose entry opens on a name with the label's
// noun ("**The Issad commission.** The National Commission of Inquiry
// into …") only describes that name, which the other rules read: read
// alone, it was listed as a second body (measured in the commit).
const ruleEntryOwnedBody = "entry-owned-body"

// ruleEntryLowerBody reads a list entry whose bold label is "The" and a
// lower-case body's description as that body: "- **The government.**
// President Bouteflika and successive prime ministers …", "- **The
// army**, under its chief of staff, …", "- **The federal police and the
// Ethiopian National Defence Force (ENDF)** — deployed …". A primer's
// who's-who labels each party it lists; a party the writer knows by its
// noun alone, as a state has one government, army and police, is labelled
// by it. The description is lower-body's shape (at most two classifying
// modifiers, a singular noun that is an organization's, a military
// unit's, an institution's or a body's by the weight of its senses). An
// entry that opens on "The" and a capitalised name describes that name
// ("- **The army.** The Polish People's Army (LWP) supplied …"), which
// other rules read.
const ruleEntryLowerBody = "entry-lower-body"

// findByEntryOwnedBody returns a candidate for each list or numbered
// entry of p labelled by a proper name and a lower-case body's noun.
func findByEntryOwnedBody(p *para) []candidate {
	var out []candidate
	for _, e := range labelledEntries(p) {
		label := strings.TrimSpace(strings.TrimRight(e.label, ".:,"))
		if first, _, ok := strings.Cut(label, " and "); ok {
			label = first
		}
		name, head, ok := ownedBodyLabel(label)
		if !ok && !p.off[ruleEntryLowerBody] {
			name, ok = lowerBodyLabel(label, e.rest)
		}
		if !ok || opensOnNamedHead(e.rest, head) {
			continue
		}
		c := p.cand(name, scoreMention)
		c.body = true // a common noun by its head, a body by its label
		out = append(out, c)
	}
	return out
}

// ownedBodyLabel returns the name a label gives without its "The", and
// its head, when the label is one or more capitalised words, none a
// function word or a possessive, then a lower-case body's noun ("The
// Union government", "The Issad commission").
func ownedBodyLabel(label string) (name, head string, ok bool) {
	words := strings.Fields(label)
	if len(words) > 0 && (words[0] == "The" || words[0] == "the") {
		words = words[1:]
	}
	if len(words) < 2 {
		return "", "", false
	}
	head = words[len(words)-1]
	if !isLowerWord(head) || !isOwnedBodyNoun(head) {
		return "", "", false
	}
	for _, w := range words[:len(words)-1] {
		if !startsUpper(w) || lang.IsEnglishStopWord(strings.ToLower(w)) || strings.ContainsAny(w, "'’") {
			return "", "", false
		}
	}
	return strings.Join(words, " "), head, true
}

// isOwnedBodyNoun reports whether the lower-case word heads a body's
// description as rule lower-body reads it: singular, no person's or
// place's noun, and an organization's or military unit's first sense,
// an institution's, or a body's by the weight of its senses.
func isOwnedBodyNoun(w string) bool {
	k := lang.Kinds(w)
	return isLowerBodyNoun(w, k) || isSensedBodyNoun(w, k) || bodyNounShape(w, k) && wordnet.Load().Institution(w)
}

// opensOnNamedHead reports whether the entry's text rest opens with
// "The" and a capitalised name that holds head in capitals ("The
// National Commission of Inquiry into …" after "**The Issad
// commission.**").
func opensOnNamedHead(rest, head string) bool {
	words := strings.Fields(strings.TrimLeft(rest, " .,:;—–-"))
	if len(words) < 2 || words[0] != "The" {
		return false
	}
	want := capitalised(head)
	for _, w := range words[1:min(len(words), 10)] {
		bare := strings.TrimRight(w, ".,;:)")
		if bare != "of" && !startsUpper(bare) {
			return false
		}
		if bare == want {
			return true
		}
		if bare != w {
			return false
		}
	}
	return false
}

// lowerBodyLabel returns the body a list entry's label names in lower
// case after "The" (rule entry-lower-body), unless the entry's text rest
// opens on "The" and a capitalised word, a name the label describes.
func lowerBodyLabel(label, rest string) (string, bool) {
	words := strings.Fields(label)
	if len(words) < 2 || len(words) > maxLowerBodyModifiers+2 || words[0] != "The" {
		return "", false
	}
	words = words[1:]
	head := words[len(words)-1]
	if !isLowerWord(head) || !isOwnedBodyNoun(head) {
		return "", false
	}
	for _, w := range words[:len(words)-1] {
		if !isBodyModifier(w) {
			return "", false
		}
	}
	if r := strings.Fields(strings.TrimLeft(rest, " .,:;—–-")); len(r) > 1 && r[0] == "The" && startsUpper(r[1]) {
		return "", false
	}
	return strings.Join(words, " "), true
}
