package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// aliasMarkers introduce another name for the name before them: "The
// Houthis, formally known as Ansar Allah, are …", "Boko Haram, whose
// formal name is Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS), …".
var aliasMarkers = []string{
	", formally known as ", ", officially known as ", ", also known as ",
	", better known as ", ", commonly known as ", ", known as ", ", also called ",
	", whose formal name is ", ", whose official name is ", ", whose full name is ",
}

// knownAs finds the pairs of names a paragraph says are one: the name
// before a marker and the name after it.
func knownAs(text string) [][2]string {
	lower := asciiLower(text) // same byte offsets as text
	var out [][2]string
	for _, m := range aliasMarkers {
		for from := 0; ; {
			i := strings.Index(lower[from:], m)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(m)
			a := nameBefore(strings.Fields(text[:at]))
			b, _ := nameAt(strings.Fields(text[from:]), 0)
			if a != "" && b != "" && nameKey(a) != nameKey(b) {
				out = append(out, [2]string{a, b})
			}
		}
	}
	return out
}

// nameBefore reads the proper name that ends the words, dropping a
// leading "The".
func nameBefore(words []string) string {
	start := len(words)
	for i := len(words) - 1; i >= 0 && len(words)-i <= maxNameTokens; i-- {
		w := words[i]
		switch {
		case isNameWord(w, false):
		case i < len(words)-1 && i > 0 && isConnector(w) && (isNameWord(words[i-1], false) || isConnector(words[i-1])):
		default:
			i = -1 // stop
			continue
		}
		start = i
	}
	name := words[start:]
	for len(name) > 0 && (isConnector(name[0]) || name[0] == "The") {
		name = name[1:]
	}
	return strings.Join(name, " ")
}

// mergeKnownAs records a and b as names of one faction, when either
// already names one; it never makes a faction of its own. A name read only
// in part ("Jama'atu Ahlis Sunna Lidda'awati" of "… wal-Jihad") still finds
// its faction, but is not itself kept as an alias.
func mergeKnownAs(fs []*building, a, b string) {
	for _, fb := range fs {
		switch {
		case isNameOf(fb.f, a, false):
			fb.f.addAlias(b)
		case isNameOf(fb.f, b, false):
			fb.f.addAlias(a)
		case isNameOf(fb.f, b, true):
			fb.f.addAlias(a)
		case isNameOf(fb.f, a, true):
			fb.f.addAlias(b)
		default:
			continue
		}
		return
	}
}

// isNameOf reports whether n is f's name, acronym or an alias, or, with
// partial, the first two or more words of one of them.
func isNameOf(f *Faction, n string, partial bool) bool {
	k := nameKey(n)
	if k == "" {
		return false
	}
	if f.Acronym == n {
		return true
	}
	for _, x := range append([]string{f.Name}, f.Aliases...) {
		kx := nameKey(x)
		if kx == k || partial && strings.Count(k, " ") >= 1 && strings.HasPrefix(kx, k+" ") {
			return true
		}
	}
	return false
}

// trimMembersOf strips a leading "Fighters of the" from a name taken at the
// start of a sentence: "Fighters of the Islamic State, a smaller jihadist
// group, …" is about the Islamic State.
func trimMembersOf(name string) string {
	words := strings.Fields(name)
	if len(words) < 3 || !isPersonWord(strings.ToLower(words[0])) && !membersNouns[strings.ToLower(words[0])] || words[1] != "of" {
		return name
	}
	rest := words[2:]
	if rest[0] == "the" || rest[0] == "The" {
		rest = rest[1:]
	}
	if len(rest) == 0 {
		return name
	}
	return strings.Join(rest, " ")
}

// membersNouns name the people of a group rather than the group.
var membersNouns = map[string]bool{
	"fighters": true, "members": true, "militants": true, "supporters": true,
	"leaders": true, "units": true, "remnants": true, "elements": true, "loyalists": true,
}

// asciiLower lowers ASCII letters only, so offsets into the result are
// offsets into s.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// splitWords splits text at white space as strings.Fields does, and
// returns its words as written, the same words with ASCII letters
// lowered, and each word's byte offset: one pass serves every rule.
func splitWords(text, low string) (words, lower []string, offs []int) {
	n := strings.Count(text, " ") + 1
	words, lower, offs = make([]string, 0, n), make([]string, 0, n), make([]int, 0, n)
	start := -1
	for i := 0; i < len(text); {
		c := text[i]
		size, space := 1, asciiSpace[c]
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			words, lower, offs = append(words, text[start:i]), append(lower, low[start:i]), append(offs, start)
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		words, lower, offs = append(words, text[start:]), append(lower, low[start:]), append(offs, start)
	}
	return words, lower, offs
}

var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
