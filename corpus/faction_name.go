package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// The tests of what a name is are drawn from general resources (package
// lang: WordNet's nouns and a gazetteer built from iso-codes, tzdata and
// WordNet), not from lists of any briefing's names.

// isGroupWord reports whether the lower-case word is a noun naming a group
// of people or an organisation (WordNet noun.group: "council", "forces").
func isGroupWord(w string) bool { return lang.IsGroupNoun(w) }

// isPredicateNoun reports whether a lower-case noun heading a description
// ("is a rebel alliance", ", an elite force") makes it describe a group.
// Nouns whose first sense names a location ("town", "front") are left
// out: "a port town" describes a place. A few nouns WordNet does not class as
// groups in this sense complete it.
func isPredicateNoun(w string) bool {
	switch w {
	case "offshoot", "offshoots", "splinter", "insurgency", "front", "fronts", "wing":
		return true
	}
	return lang.IsGroupNoun(w) && !lang.IsLocationNoun(w)
}

// isPersonWord reports whether the lower-case noun names a kind of person
// ("commander", "leader", "fighters").
func isPersonWord(w string) bool { return lang.IsPersonNoun(w) }

// isPlaceOrPeople reports whether a name is a place (country, subdivision,
// city, location) or a people (nationality, ethnic or religious community),
// ignoring a leading article.
func isPlaceOrPeople(name string) bool {
	var buf [64]byte
	return isPlaceOrPeopleKey(string(appendNameKey(buf[:0], name)))
}

// isPlaceOrPeopleKey is isPlaceOrPeople of a name's nameKey, for callers
// holding it already.
func isPlaceOrPeopleKey(k string) bool {
	if k == "" {
		return false
	}
	if lang.Classify(k)&(lang.Place|lang.People) != 0 {
		return true
	}
	// "Democratic Republic of Congo" for "… of the Congo".
	if i := strings.LastIndex(k, " of "); i >= 0 && !strings.Contains(k[i:], " the ") {
		return lang.IsPlace(k[:i] + " of the " + k[i+4:])
	}
	return false
}

// nameHead returns the index of the word heading a capitalised name: the
// last word before its first complement ("Armed Forces of Liberia" →
// "Forces", "Rally of the Republicans" → "Rally", "International Contact
// Group on Madagascar" → "Group"), or its last word. A name owned by a
// possessive is headed after it: "Sultan of Oman's Air Force" → "Force".
func nameHead(words []string) int {
	for k := len(words) - 2; k >= 1; k-- {
		if w := words[k]; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return k + 1 + nameHead(words[k+1:])
		}
	}
	for i := 1; i < len(words); i++ {
		if isConnector(words[i]) && words[i] != "and" || words[i] == "to" || words[i] == "on" {
			return i - 1
		}
		if i+1 < len(words) && words[i+1] == "the" && isNamePreposition(words[i]) {
			return i - 1 // "Opposition Alliance against the Dictatorship"
		}
	}
	// A number or a parenthesised qualifier closing the name is no head:
	// "Combined Task Force 635", "Nepali Congress (Democratic)".
	last := len(words) - 1
	for last > 0 && (isDigits(words[last]) || strings.HasSuffix(words[last], ")")) {
		if strings.HasPrefix(words[last], "(") || isDigits(words[last]) {
			last--
			continue
		}
		k := last
		for k > 0 && !strings.HasPrefix(words[k], "(") {
			k--
		}
		if k == 0 {
			break
		}
		last = k - 1
	}
	return placeQualifiedHead(words, last)
}

// placeQualifiedHead steps back over a place named after a group noun:
// "International Force East Timor" and "Task Force Lebanon" are headed by
// "Force", the place only saying where the force serves.
func placeQualifiedHead(words []string, last int) int {
	if last < 2 || isGroupWord(strings.ToLower(words[last])) {
		return last
	}
	for k := last; k > last-3 && k > 1; k-- {
		if isGroupWord(strings.ToLower(words[k-1])) && startsUpper(words[k-1]) &&
			(isPlaceOrPeople(strings.Join(words[k:last+1], " ")) || qualifierRun(words[k:last+1]) == last+1-k && !givenNameBefore(words[:k-1], words[k-1])) {
			return k - 1
		}
	}
	return last
}

// givenNameBefore reports whether words, those of a name before the
// group noun noun, hold one no English table knows (isUnknownWord) and
// noun is singular: a given name before a particle or surname WordNet
// reads as a group ("Clayton Van Lydegraf", "Henry Cabot Lodge Jr"),
// where a body's name opens with English words or a place ("Joint Task
// Force Marawi"), so an unknown word after the noun is no qualifier
// naming where the body serves. A plural noun is no person's particle
// ("Forças Armadas Revolucionárias").
func givenNameBefore(words []string, noun string) bool {
	if strings.HasSuffix(cleanWord(noun), "s") {
		return false
	}
	for _, w := range words {
		if isUnknownWord(cleanWord(w)) {
			return true
		}
	}
	return false
}

// isOrgName reports whether a capitalised name is headed by a noun naming
// a group ("Independent Electoral Commission", "Kosovo Force") or by the
// plural of a kind of person ("Young Patriots", "Volunteers for the
// Defence of the Homeland"), and is not a place ("Haifa District").
func isOrgName(name string) bool {
	var room [8]string
	words := appendFields(room[:0], name)
	if len(words) == 0 {
		return false
	}
	h := groupHead(words)
	head := strings.ToLower(trimPossessive(words[h]))
	if !startsUpper(words[h]) {
		return false
	}
	if isPlaceOrPeople(name) {
		return false
	}
	kind := lang.Classify(head) // one look-up for every question on head
	if kind&lang.LocationNoun != 0 && h > 0 && isPlaceOrPeople(strings.Join(words[:h], " ")) {
		return false // "Haifa District", "Gaza City"
	}
	if kind&lang.LocationNoun != 0 && kind&lang.OrgSenseNoun == 0 && !isPredicateNoun(head) {
		return false // "Mutraw City", "Rukum District": a place whatever names it
	}
	if kind&lang.GroupNoun != 0 {
		return true
	}
	if strings.HasSuffix(head, "s") && kind&lang.PersonNoun != 0 && kind&lang.People == 0 {
		return true
	}
	// "Coordination of Azawad Movements": a body of groups.
	last := strings.ToLower(words[len(words)-1])
	return h < len(words)-1 && strings.HasSuffix(last, "s") && isGroupWord(last)
}

// groupHead is nameHead for a name that may be a group's: the head comes
// after a date the name opens with ("26th of July Movement"), and a
// group noun that a word of another language closes heads the name
// ("Force Publique", head first as French writes it) unless a word no
// English table knows is before it: then it is a person's particle
// between a given name and a surname ("Clayton Van Lydegraf", "van" a
// vanguard to WordNet).
func groupHead(words []string) int {
	d := leadingDate(words)
	h := d + nameHead(words[d:])
	if h == len(words)-1 && h > d && isUnknownWord(words[h]) && !givenNameBefore(words[d:h-1], words[h-1]) && isHeadWord(strings.ToLower(words[h-1])) {
		h--
	}
	return h
}

// leadingDate returns how many words of a name are the date it opens
// with, "26th of July Movement" (3), or 0: the name's head comes after
// the date, and the date's "of" is no complement of it.
func leadingDate(words []string) int {
	if len(words) > 3 && words[1] == "of" && isNamingDay(words[0]) && isMonthName(strings.ToLower(words[2])) {
		return 3
	}
	return 0
}

// trimPossessive drops a trailing "'s" or "’s".
func trimPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}
