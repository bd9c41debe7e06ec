package corpus

import "strings"

// ruleSurname reads a one-word name the briefing also writes as the last
// word of a person's full name as that person ("Isaac Zida" … "During
// the night Zida, the deputy commander …"; "Captain Jeremy Moore" …
// "Moore was awarded a bar"): a writer names a person in full once, then
// by the surname. Only a word no English table knows is read so: letters,
// or a word such as "International" closing a name a group may bear
// ("First International"), are no surname; and a word the text makes act
// as a group again and again (rule acting), or says names a group ("took
// the name Anyanya"), is still kept.
const ruleSurname = "surname"

// dropSurnames drops the one-word candidates that are keys of people,
// the words personNames saw closing a person's name of two or three
// words, and in no table of English words or places, unless acting holds
// them.
func dropSurnames(cands []candidate, people, acting map[string]bool) []candidate {
	out := cands[:0]
	for _, c := range cands {
		if !strings.Contains(c.name, " ") && isUnknownWord(trimPossessive(c.name)) && c.acronym == "" && !c.taken && !c.body &&
			atKey(people, c.name) && !atKey(acting, c.name) {
			continue
		}
		out = append(out, c)
	}
	return out
}
