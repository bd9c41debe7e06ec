package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleSpelledInitials folds "US Marines" into the "United States Marines"
// the briefing names: letters the gazetteer knows stand for the words
// whose initials they are.
const ruleSpelledInitials = "spelled-initials"

// ruleSameKey folds two factions of one briefing that the text names
// alike but for case or an opening indefinite article ("DEPARTMENT OF
// DEFENSE", "Department of Defense"; "A Commission of Guarantors" at a
// sentence's start).
const ruleSameKey = "same-key"

// ruleKnownOwner reads letters the gazetteer knows, and the words they
// spell, as the owner opening a body's name (rule owned-rest): "the
// Security Council" is the "United Nations Security Council" though the
// briefing lists no United Nations of its own.
const ruleKnownOwner = "known-owner"

// maxSpelledWords bounds the words a known pair of letters spells out:
// "United States", "United Nations", "North Atlantic Treaty Organization".
const maxSpelledWords = 4

// foldSpelledInitials folds a faction with no acronym of its own whose
// name writes letters the gazetteer knows as a place's or an
// organisation's ("US Marines", "UN Security Council") into the one
// faction of its briefings whose name spells them out as the initials of
// capitalised words, the rest alike ("United States Marines", "United
// Nations Security Council"). A writer shortens a country or the UN in a
// body's name as readily as in running text; the body is one. The
// letters must be known, so that the initials of any two words ("Border
// Guard") do not make letters of their own.
func foldSpelledInitials(fs []*building) []*building {
	return foldByKeys(fs, initialledForms, func(fb *building) bool {
		return fb.f.Acronym == "" && slices.ContainsFunc(strings.Fields(fb.f.Name), knownLetters)
	})
}

// initialledForms returns name with its opening two to maxSpelledWords
// capitalised words written as their initials, for each opening whose
// initials are known letters (spelledLetters): "United States Marines"
// gives "US Marines". An owner opens a body's name; letters inside one
// ("United NSC") are no owner's.
func initialledForms(name string) []string {
	words := strings.Fields(name)
	var out []string
	for j := 2; j <= len(words) && j <= maxSpelledWords && startsUpper(words[j-1]); j++ {
		if letters, ok := spelledLetters(words[:j]); ok {
			out = append(out, strings.Join(slices.Concat([]string{letters}, words[j:]), " "))
		}
	}
	return out
}

// knownLetters reports whether w is two or more capital letters the
// gazetteer knows as a place ("US", "UK") or an organisation ("UN").
func knownLetters(w string) bool {
	if len(w) < 2 || strings.ToUpper(w) != w || !allLetters(w) {
		return false
	}
	return lang.Kinds(strings.ToLower(w))&(lang.Place|lang.OrgName) != 0
}

// knownOwner reports whether owner, a name's opening words, is an
// organisation's letters the gazetteer knows ("UN") or capitalised words
// spelling them ("United Nations"). A place's owner is placed-rest's,
// which keeps a rest naming a people of its own apart.
func knownOwner(owner string) bool {
	words := strings.Fields(owner)
	letters := owner
	if len(words) > 1 {
		l, ok := spelledLetters(words)
		if !ok || len(words) > maxSpelledWords || lang.IsPlace(nameKey(owner)) {
			return false // "Sierra Leone" spells the letters of the Shining Path
		}
		letters = l
	}
	return knownLetters(letters) && lang.Kinds(strings.ToLower(letters))&lang.OrgName != 0
}

// spelledLetters returns the initials of words, capitalised words, and
// whether the gazetteer knows them as letters the words spell: an
// organisation's ("UN"), or a place's that the words name too ("US" of
// "United States"). A place's letters alone would read "Arab Socialist"
// as American Samoa's.
func spelledLetters(words []string) (string, bool) {
	if slices.ContainsFunc(words, func(w string) bool { return !startsUpper(w) }) {
		return "", false
	}
	letters := capitalInitials(strings.Join(words, " "))
	if !knownLetters(letters) {
		return "", false
	}
	k := lang.Kinds(strings.ToLower(letters))
	return letters, k&lang.OrgName != 0 || k&lang.Place != 0 && lang.IsPlace(nameKey(strings.Join(words, " ")))
}

// foldSameKeys folds each faction into an earlier one of its briefings
// whose name has the same key once an opening indefinite article is
// dropped (sameKey): merging by name reads the names of most rules, and
// this reads the rest. The folded faction's acronym goes with it where
// the other has none.
func foldSameKeys(fs []*building) []*building {
	first := map[string]*building{}
	out := fs[:0]
	for _, fb := range fs {
		k := sameKey(fb.f.Name)
		into := first[k]
		if into == nil || !within(fb.slugs, into.slugs) || fb.f.Acronym != "" && into.f.Acronym != "" && fb.f.Acronym != into.f.Acronym {
			if into == nil {
				first[k] = fb
			}
			out = append(out, fb)
			continue
		}
		if plainerName(into.f.Name, fb.f.Name) {
			into.f.Name, fb.f.Name = fb.f.Name, into.f.Name
		}
		foldWhole(into, fb)
	}
	return out
}

// plainerName reports whether b, of the same key as a, is the name to
// show: a opens with an indefinite article or is all capitals, b not.
func plainerName(a, b string) bool {
	article := func(n string) bool { return nameKey(n) != sameKey(n) }
	capitals := func(n string) bool { return strings.ToUpper(n) == n }
	return article(a) && !article(b) || capitals(a) && !capitals(b)
}

// foldWhole makes fb's names, letters and texts into's: into keeps its
// name, fb's becomes an alias.
func foldWhole(into, fb *building) {
	if into.f.Acronym == "" {
		into.f.Acronym = fb.f.Acronym
	}
	into.names = append(into.names, fb.names...)
	into.f.addAlias(fb.f.Name)
	for _, a := range fb.f.Aliases {
		into.f.addAlias(a)
	}
}

// sameKey is the name key of name without an opening "A" or "An" before a
// capitalised word, which a sentence's start joins to a name.
func sameKey(name string) string {
	for _, a := range []string{"A ", "An "} {
		if rest, ok := strings.CutPrefix(name, a); ok && startsUpper(rest) {
			return nameKey(rest)
		}
	}
	return nameKey(name)
}

// rulePartOfBody folds a name that calls a body by its members or its
// office ("Members of the Northwest Youth League", "Troops of the Defence
// Companies", "Office of the UN High Commissioner for Refugees") or by a
// possessive before its name ("His PAIS Alliance") into the faction the
// briefing names by the rest.
const rulePartOfBody = "part-of-body"

// foldPartNames folds each faction whose name is a part's or an owner's
// word before another faction's name of the same briefings (bodyOfPart)
// into it: what the members of a body do, the body does, and a
// High Commissioner's office is the agency. The part's name becomes an
// alias.
func foldPartNames(fs []*building) []*building {
	byKey := map[string][]*building{}
	for _, fb := range fs {
		k := nameKey(fb.f.Name)
		byKey[k] = append(byKey[k], fb)
	}
	return foldFound(fs, func(_ []*building, fb *building) *building { return partOwner(fb, byKey) })
}

// partOwner returns the faction of fb's briefings that fb's name calls
// by a part of it (bodyOfPart), or nil.
func partOwner(fb *building, byKey map[string][]*building) *building {
	whole, ok := bodyOfPart(fb.f.Name)
	if !ok || fb.f.Acronym != "" {
		return nil
	}
	for _, into := range byKey[nameKey(whole)] {
		if into != fb && within(fb.slugs, into.slugs) {
			return into
		}
	}
	return nil
}

// bodyOfPart returns the body a name calls by a part of it: after a
// possessive determiner ("His PAIS Alliance"), or after "<Part> of the"
// where the part is one plural word with a sense naming a group
// ("Members", "Troops"; not "Mothers", who found bodies of their own) or an office whose holder the rest names by a
// person's noun ("Office of the UN High Commissioner for Refugees").
func bodyOfPart(name string) (string, bool) {
	first, rest, ok := strings.Cut(name, " ")
	if !ok {
		return "", false
	}
	if low := strings.ToLower(first); startsUpper(rest) && (possessiveDeterminer(low) || low == "his" || low == "her" || low == "our") {
		return rest, true
	}
	whole, ok := strings.CutPrefix(rest, "of the ")
	if !ok {
		return "", false
	}
	low := strings.ToLower(first)
	if k := lang.Kinds(low); singularWord(low) != "" && k&lang.GroupNoun != 0 && k&lang.AssemblyNoun == 0 {
		return whole, true
	}
	words := strings.Fields(whole)
	return whole, low == "office" && isPersonWord(strings.ToLower(words[nameHead(words)]))
}
