package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// aliasMarkers introduce another name for the name before them: "The
// Houthis, formally known as Ansar Allah, are …", "Boko Haram, whose
// formal name is Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS), …".
var aliasMarkers = []string{
	", formally known as ", ", officially known as ", ", also known as ",
	", better known as ", ", commonly known as ", ", known as ", ", also called ",
	", whose formal name is ", ", whose official name is ", ", whose full name is ",
	", often shortened to ", ", shortened to ", ", abbreviated to ",
	", usually called simply ", ", usually called ", ", often called ", ", commonly called ",
	", formally the ", ", officially the ", ", called simply ", ", called ",
}

// describedAliasMarkers introduce another name for a group set beside a
// description: "the Serb Volunteer Guard, a paramilitary group also known
// as Arkan's Tigers", "the Maute group, a local terrorist organization
// based in Lanao del Sur that calls itself Dawlah Islamiyah".
var describedAliasMarkers = []string{" also known as ", " that calls itself ", " which calls itself ", " also called "}

// describedKnownAs is the marker of described-known (rule): "the Polish
// Committee of National Liberation, a communist-dominated body soon
// known as the Lublin Committee", an adverb of time or manner aside.
const describedKnownAs = " known as "

// knownAs finds the pairs of names a paragraph says are one: the name
// before a marker and the name after it.
func knownAs(text string, rd nameReading, serial, known bool) [][2]string {
	if strings.Contains(text, "  ") {
		text = strings.Join(strings.Fields(text), " ") // blanked emphasis
	}
	lower := lowerASCII(text) // same byte offsets as text
	var out [][2]string
	for _, m := range aliasMarkers {
		for at, from := range occurrences(lower, m) {
			before := strings.Fields(text[:at])
			a := nameBeforeRead(before, rd)
			if s := serialNameBefore(before); serial && s != "" {
				a = s // "the Council of the Army, Navy and Air Force, known as …"
			}
			rest := strings.Fields(trimLeft(strings.TrimPrefix(trimLeft(text[from:], "\"“'‘"), "the "), "\"“'‘"))
			b, next := nameAt(rest, 0, rd)
			if b != "" && next < len(rest) && !strings.HasSuffix(rest[next-1], ",") {
				// "usually called simply the Bosnian army": a people's
				// adjective and a group noun name the body.
				if noun := trimRight(rest[next], ".,;:"); isGroupWord(noun) && noun == strings.ToLower(noun) && isPlaceOrPeople(b) {
					b += " " + noun
				}
			}
			if a == "" || b == "" || nameKey(a) == nameKey(b) {
				continue
			}
			out = append(out, [2]string{a, b})
			// "often shortened to CPN-M or simply "the Maoists"".
			if next+1 < len(rest) && rest[next] == "or" && rest[next+1] == "simply" {
				if c := quotedOrName(strings.Join(rest[next+2:], " "), rd); c != "" {
					out = append(out, [2]string{a, c})
				}
			}
		}
	}
	return append(out, describedAliases(text, lower, rd, known)...)
}

// lettersOrAliases reads a name, its letters in brackets and another
// name for it after ", or", closed by a comma or a stop: "the Conseil
// National de Libération (CNL), or National Liberation Council, to
// …". The letters show the first is a name; "or" then glosses it, as a
// translation or a fuller form, rather than listing another body.
func lettersOrAliases(text string, rd nameReading) [][2]string {
	if !strings.Contains(text, "), or ") {
		return nil // the cheap trigger
	}
	var out [][2]string
	for at, from := range occurrences(text, "), or ") {
		open := strings.LastIndexByte(text[:at], '(')
		if open < 0 || !isShortForm(text[open+1:at]) {
			continue
		}
		a := nameBefore(strings.Fields(text[:at+1]))
		rest := strings.Fields(text[from:])
		b, next := nameAt(rest, 0, rd)
		if a == "" || b == "" || next == 0 || !strings.ContainsAny(rest[next-1][len(rest[next-1])-1:], ",.;") || nameKey(a) == nameKey(b) {
			continue
		}
		out = append(out, [2]string{a, b})
	}
	return out
}

// dropMannerAdverb writes "X, known simply as Y" as "X, known as Y" (any
// adverb in -ly between "known" and "as"), and "X, generally shortened
// to Y" or "X, soon known as Y" as "X, shortened to Y" and "X, known as
// Y" (adverbs between the comma and the marker's verb), so the alias
// markers read the name a writer gives with an adverb of manner or time.
func dropMannerAdverb(text string) string {
	text = dropLeadingAdverbs(text)
	const known = ", known "
	for from := 0; ; {
		i := strings.Index(text[from:], known)
		if i < 0 {
			return text
		}
		at := from + i + len(known)
		adv, rest, ok := strings.Cut(text[at:], " ")
		if ok && mannerAdverb(adv) && strings.HasPrefix(rest, "as ") {
			text = text[:at] + rest
		}
		from = at
	}
}

// dropLanguage writes "X, known in Afaan Oromoo as Y" as "X, known as Y"
// (one to three capitalised words naming a language between "known in"
// and "as"), so the alias markers read a name a writer gives in another
// language.
func dropLanguage(text string) string {
	const known = " known in "
	for from := 0; ; {
		i := strings.Index(text[from:], known)
		if i < 0 {
			return text
		}
		at := from + i + len(" known ")
		rest := text[at+len("in "):]
		for n := 1; n <= 3; n++ {
			words := strings.SplitN(rest, " ", n+2)
			if len(words) < n+2 || !startsUpper(words[n-1]) {
				break
			}
			if words[n] == "as" {
				text = text[:at] + strings.Join(words[n:], " ")
				break
			}
		}
		from = at
	}
}

// markerVerbs are the verbs that open an alias marker after its comma.
var markerVerbs = []string{"known ", "shortened ", "called ", "abbreviated "}

// dropLeadingAdverbs removes the adverbs between a comma and a marker's
// verb: ", generally shortened to", ", soon known simply as".
func dropLeadingAdverbs(text string) string {
	for from := 0; ; {
		i := strings.Index(text[from:], ", ")
		if i < 0 {
			return text
		}
		at := from + i + 2
		end := at
		for {
			adv, rest, ok := strings.Cut(text[end:], " ")
			if !ok || !mannerAdverb(adv) && !timeAdverbs[adv] {
				break
			}
			end += len(adv) + 1
			if hasAnyPrefix(rest, markerVerbs) {
				text = text[:at] + rest
				break
			}
		}
		from = at
	}
}

// mannerAdverb reports whether w is an adverb in -ly: "simply", "generally".
func mannerAdverb(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "ly") && allLetters(w)
}

// timeAdverbs place a naming in time without changing what is named:
// ", soon known as", ", later called".
var timeAdverbs = map[string]bool{"soon": true, "later": true, "then": true, "now": true, "also": true, "once": true, "still": true}

// hasAnyPrefix reports whether s opens with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// dropGlossBeforeMarker removes a bracket of two words or more between a
// name and an alias marker: "the Veldian Assembly for Renewal (al-Majlis
// al-Veldi lil-Tajdid), known simply as Tajdid" names the Assembly, and
// the bracket (its original or translation) is read by the gloss rules.
// A one-word bracket ("CPN (Maoist)") may close the name and stays.
func dropGlossBeforeMarker(text string) string {
	for from := 0; ; {
		i := strings.Index(text[from:], "), ")
		if i < 0 {
			return text
		}
		at := from + i
		from = at + 3
		if !hasAnyPrefix(text[from:], markerVerbs) && !hasAnyPrefix(text[from:], []string{"also ", "better ", "formally ", "officially ", "whose "}) {
			continue
		}
		open := strings.LastIndexByte(text[:at], '(')
		if open < 1 || text[open-1] != ' ' || strings.ContainsAny(text[open+1:at], "()") || len(strings.Fields(text[open+1:at])) < 2 {
			continue
		}
		text = text[:open-1] + text[at+1:]
		from = open - 1
	}
}

// bracketedAliases finds a name given another in brackets with its
// article: "the International Fund for Harbour Development (the Harbour
// Bank)". The article shows the bracket names the same body, as a
// translation or a gloss would not.
func bracketedAliases(text string, rd nameReading) [][2]string {
	var out [][2]string
	for at, from := range occurrences(text, " (the ") {
		rest := strings.Fields(text[from:])
		b, next := nameAt(rest, 0, rd)
		if b == "" || !strings.HasSuffix(trimRight(rest[next-1], ".,;:"), ")") {
			continue
		}
		a := nameBefore(strings.Fields(text[:at]))
		if k := strings.LastIndex(a, " and the "); k >= 0 {
			a = a[k+len(" and the "):] // "Britain and the International Fund …"
		}
		if a == "" || nameKey(a) == nameKey(b) {
			continue
		}
		out = append(out, [2]string{a, b})
	}
	return out
}

// coordinatedKnown rewrites "NAME and was soon known simply as Y" as
// "NAME, known as Y": a name that a coordinated verb phrase goes on to
// give another name. The words between the name (ending in a capitalised
// word) and "known" are "and", a copula and adverbs; after it, adverbs.
func coordinatedKnown(text string) string {
	for from := 0; ; {
		i := strings.Index(text[from:], " known ")
		if i < 0 {
			return text
		}
		at := from + i
		from = at + len(" known ")
		start, ok := coordinationStart(text[:at])
		if !ok {
			continue
		}
		rest := skipAdverbs(text[from:])
		if !strings.HasPrefix(rest, "as ") {
			continue
		}
		text = text[:start] + ", known " + rest
		from = start + len(", known ")
	}
}

// participleCalled rewrites "NAME, chaired by X and often called Y" as
// "NAME, called Y" (rule participle-called): a participle clause set
// beside a name, then "and" and the name the body is called or known by,
// gives the name before the clause another name. The clause opens with a
// lower-case word ending "ed" and holds no comma, stop or bracket; the
// word before its comma is capitalised. Adverbs may stand before
// "called" or "known as".
func participleCalled(text string) string {
	for from := 0; ; {
		i := strings.Index(text[from:], " and ")
		if i < 0 {
			return text
		}
		at := from + i
		from = at + len(" and ")
		marker, rest, ok := calledAfter(text[from:])
		if !ok {
			continue
		}
		comma, ok := participleClause(text[:at])
		if !ok {
			continue
		}
		text = text[:comma] + marker + rest
		from = comma + len(marker)
	}
}

// calledAfter reads adverbs, then "called " or "known as ", opening s;
// it returns the alias marker to read the rest with, and the rest.
func calledAfter(s string) (marker, rest string, ok bool) {
	s = skipAdverbs(s)
	if rest, ok := strings.CutPrefix(s, "called "); ok {
		return ", called ", rest, true
	}
	if rest, ok := strings.CutPrefix(s, "known as "); ok {
		return ", known as ", rest, true
	}
	return "", "", false
}

// skipAdverbs returns s past the adverbs that open it ("often called",
// "simply as"): words WordNet lists as adverbs and as no noun or verb
// (lang.IsAdverb), which qualify the verb or marker after them.
func skipAdverbs(s string) string { return skipAdverbsUpTo(s, -1) }

// skipAdverbsUpTo is skipAdverbs reading at most most adverbs, or any
// number when most is negative. The adverb table holds lower-case words
// only, so a capitalised word (a name) always stops it.
func skipAdverbsUpTo(s string, most int) string {
	for k := 0; k != most; k++ {
		adv, after, ok := strings.Cut(s, " ")
		if !ok || !lang.IsAdverb(adv) {
			return s
		}
		s = after
	}
	return s
}

// participleClause returns the offset of the comma that opens a
// participle clause ending before: ", chaired by Henry Cabot Lodge".
func participleClause(before string) (int, bool) {
	comma := strings.LastIndex(before, ", ")
	if comma < 1 || len(before)-comma > 80 || strings.ContainsAny(before[comma+2:], ".;:()") {
		return 0, false
	}
	first, _, _ := strings.Cut(before[comma+2:], " ")
	if !strings.HasSuffix(first, "ed") || first != strings.ToLower(first) || !allLetters(first) {
		return 0, false
	}
	words := strings.Fields(before[:comma])
	if len(words) == 0 || !startsUpper(words[len(words)-1]) {
		return 0, false
	}
	return comma, true
}

// coordinationStart returns where " and was soon" begins at the end of
// before, when a capitalised word comes before it.
func coordinationStart(before string) (int, bool) {
	words := strings.Fields(before)
	end := len(before)
	sawAnd, sawVerb := false, false
	for k := len(words) - 1; k >= 0 && k >= len(words)-4; k-- {
		w := words[k]
		switch {
		case w == "and":
			sawAnd = true
		case w == "was" || w == "were" || w == "became" || w == "is":
			sawVerb = true
		case w == "soon" || w == "later" || w == "also" || w == "then" || strings.HasSuffix(w, "ly") && allLetters(w):
		default:
			if !sawAnd || !sawVerb || !startsUpper(w) || strings.ContainsAny(w, ",.;:") {
				return 0, false
			}
			return strings.LastIndex(before[:end], w) + len(w), true
		}
		end = strings.LastIndex(before[:end], w)
	}
	return 0, false
}

// describedAliases finds the pairs of names a paragraph gives across a
// description: "NAME, a paramilitary group also known as OTHER".
func describedAliases(text, lower string, rd nameReading, known bool) [][2]string {
	markers := describedAliasMarkers
	if known {
		markers = append(markers[:len(markers):len(markers)], describedKnownAs)
	}
	return describedPairs(text, lower, markers, rd, false)
}

// describedCalled reads a name set beside a description that says what
// the group is called, and each other name joined to that by "or" (rule
// described-called): "the Communist Party of Peru, the organisation
// called Sendero Luminoso or Shining Path,". All three are one group's.
func describedCalled(text, lower string, rd nameReading) [][2]string {
	return describedPairs(text, lower, []string{" called "}, rd, true)
}

// describedPairs pairs the name before a comma and a description holding
// a group noun with the name after the description's marker; with
// alternatives, also with a name after "or" that follows it.
func describedPairs(text, lower string, markers []string, rd nameReading, alternatives bool) [][2]string {
	var out [][2]string
	for _, m := range markers {
		for at, from := range occurrences(lower, m) {
			comma := strings.LastIndex(text[max(0, at-120):at], ", ")
			if comma < 0 {
				continue
			}
			comma += max(0, at-120)
			desc := strings.Fields(text[comma+2 : at])
			if n := len(desc); m == describedKnownAs && n > 0 && (mannerAdverb(desc[n-1]) || timeAdverbs[desc[n-1]]) {
				desc = desc[:n-1] // "a … body soon known as"
			}
			if !describesGroup(desc) {
				continue
			}
			b := quotedOrName(text[from:], rd)
			if b == "" || m == describedKnownAs && isShortForm(strings.TrimPrefix(b, "the ")) {
				continue // "the regional bloc known as the ECOWAS": letters, read by described-acronym
			}
			rest := text[from+len(b):]
			if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
				if more, _ := nameAt(strings.Fields(rest[3:]), 0, rd); more != "" {
					b += rest[:3] + more // "Arkan's Tigers"
				}
			}
			names := []string{b}
			if after, ok := strings.CutPrefix(rest, " or "); alternatives && ok {
				if c := quotedOrName(after, rd); c != "" {
					names = append(names, c)
				}
			}
			for _, a := range namesEnding(strings.Fields(text[:comma])) {
				for _, n := range names {
					out = append(out, [2]string{a, n})
				}
			}
		}
	}
	return out
}

// namesEnding returns the names the words may end with: a proper name,
// and a name with its group noun in lower case ("the Maute group").
func namesEnding(words []string) []string {
	var out []string
	if a := nameBefore(words); a != "" {
		out = append(out, a)
	}
	if n := len(words); n >= 2 && isGroupWord(words[n-1]) && startsUpper(words[n-2]) {
		out = append(out, words[n-2]+" "+words[n-1])
	}
	return out
}

// nameBefore reads the proper name that ends the words, dropping a
// leading "The".
func nameBefore(words []string) string {
	if n := len(words); n > 1 && strings.HasPrefix(words[n-1], "(") && isShortForm(trim(words[n-1], "()")) {
		words = words[:n-1] // "Army of … (ARBiH)": the acronym is no part of the name
	}
	start := len(words)
	for i := len(words) - 1; i >= 0 && len(words)-i <= maxNameTokens; i-- {
		w := words[i]
		switch {
		case i < len(words)-1 && strings.HasSuffix(w, ","):
			i = -1 // "the Democrat Party, and Talabong": a list's comma ends the name
			continue
		case isNameWord(w, false):
		case i == len(words)-1 && len(w) > 2 && w[0] == '(' && w[len(w)-1] == ')' && isNameWord(w[1:len(w)-1], false):
			// a parenthesised qualifier closing the name: "CPN (Maoist)"
		case i < len(words)-1 && i > 0 && isConnector(w) && (isNameWord(words[i-1], false) || isConnector(words[i-1])):
		case i < len(words)-1 && i > 1 && w == "the" && (words[i-1] == "on" || words[i-1] == "to") && isNameWord(words[i-2], false):
			// "the Senate Committee on the Philippines": the complement's article
		case i < len(words)-1 && i > 0 && (w == "on" || w == "to") && isNameWord(words[i-1], false):
			// "the National Commission on Human Rights", "Mission to Veldia": a complement
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
//
// When the other name is itself the name of a faction made by another
// rule ("the Bosnian army"), the two are one: it is folded in and the
// returned list leaves it out.
//
// keys memoizes the names' keys: the corpus-wide merge asks for the key of
// every faction's names once for every pair a briefing gives.
func mergeKnownAs(fs []*building, a, b string, keys keyMemo) []*building {
	ka, kb := keys.of(a), keys.of(b)
	// The faction the first name names takes the second: "the Frente …
	// (…), shortened to FAP" folds a faction "FAP" into the Frente.
	for _, fb := range fs {
		if isKeyOf(fb.f, a, ka, false, keys) {
			return mergeInto(fs, fb, a, b, keys)
		}
	}
	for _, fb := range fs {
		if isKeyOf(fb.f, a, ka, true, keys) && !isKeyOf(fb.f, b, kb, false, keys) || isKeyOf(fb.f, b, kb, false, keys) || isKeyOf(fb.f, b, kb, true, keys) {
			return mergeInto(fs, fb, a, b, keys)
		}
	}
	return fs
}

// ordinalNamed returns the name of the faction that is a, a name read
// back from a marker, with the unit's ordinal before it: "The 131st
// Separate Motor Rifle Brigade, known as the Maikop Brigade" reads
// "Separate Motor Rifle Brigade" before "known as", since a number is no
// name word, but names the "131st Separate Motor Rifle Brigade". Else a.
func ordinalNamed(fs []*building, a string) string {
	suffix := " " + a // once, not once a faction
	for _, fb := range fs {
		if rest, ok := strings.CutSuffix(fb.f.Name, suffix); ok && isOrdinal(rest) {
			return fb.f.Name
		}
	}
	return a
}

// mergeInto records a and b, one of which names fb, as names of fb: the
// other becomes its alias, or its acronym when it is letters and fb has
// none, and a faction of that name is folded in.
func mergeInto(fs []*building, fb *building, a, b string, keys keyMemo) []*building {
	if isNameOf(fb.f, a, false) && fb.f.Acronym == "" && isShortForm(b) && strings.ToUpper(b) == b {
		fb.f.Acronym = b // "often shortened to CPN-M"
		return foldInto(fs, fb, b, keys)
	}
	other := a
	if isNameOf(fb.f, a, false) || isNameOf(fb.f, a, true) && !isNameOf(fb.f, b, false) {
		other = b
	}
	fb.f.addAlias(other)
	return foldInto(fs, fb, other, keys)
}

// foldInto removes from fs the faction, other than into and with no
// acronym of its own, whose name is name; into keeps its texts' names.
// keys memoizes the names' keys (mergeKnownAs).
func foldInto(fs []*building, into *building, name string, keys keyMemo) []*building {
	k := keys.of(name)
	for i, ob := range fs {
		if ob != into && ob.f.Acronym == "" && keys.of(ob.f.Name) == k {
			into.names = append(into.names, ob.names...)
			return slices.Delete(fs, i, i+1)
		}
	}
	return fs
}

// isNameOf reports whether n is f's name, acronym or an alias, or, with
// partial, the first two or more words of one of them.
func isNameOf(f *Faction, n string, partial bool) bool {
	return isKeyOf(f, n, nameKey(n), partial, nil)
}

// isKeyOf is isNameOf of n, whose key is k, reading the keys of f's names
// from keys (nil: computing them).
func isKeyOf(f *Faction, n, k string, partial bool, keys keyMemo) bool {
	if k == "" {
		return false
	}
	if f.Acronym == n {
		return true
	}
	if keyNames(keys.of(f.Name), k, partial) {
		return true
	}
	for _, x := range f.Aliases {
		if keyNames(keys.of(x), k, partial) {
			return true
		}
	}
	return false
}

// keyNames reports whether the key kx is the key k or, with partial and
// k of two or more words, opens with k's words.
func keyNames(kx, k string, partial bool) bool {
	return kx == k || partial && strings.Contains(k, " ") && len(kx) > len(k) && kx[len(k)] == ' ' && strings.HasPrefix(kx, k)
}

// keyMemo memoizes nameKey for the corpus-wide merge (nil: no memo).
type keyMemo map[string]string

// of returns nameKey(s), computed once per name.
func (m keyMemo) of(s string) string {
	if m == nil {
		return nameKey(s)
	}
	k, ok := m[s]
	if !ok {
		k = nameKey(s)
		m[s] = k
	}
	return k
}

// trimRule says which names trimMembersOf keeps whole (see there).
type trimRule struct{ common, place bool }

// trimMembersOf strips a leading "Fighters of the" from a name taken at the
// start of a sentence: "Fighters of the Islamic State, a smaller jihadist
// group, …" is about the Islamic State.
//
// With keep.common, a name whose rest is one common English noun that
// names no group is kept whole: in "Sons of the Valley" or "Guardians of
// the Cedars" the people named are the group. WordNet says which words
// are common nouns. With keep.place, so is a name whose rest is a place
// (see namesPlace): people "of the Plaza de Mayo" belong to no body of
// that name, so they are the group.
func trimMembersOf(name string, keep trimRule) string {
	if !strings.Contains(name, "of") {
		return name // the cheap test first: no "of" to follow the members
	}
	words := strings.Fields(name)
	first := strings.ToLower(words[0])
	if len(words) < 3 || !isPersonWord(first) && !membersNouns[first] || isGroupWord(first) && !membersNouns[first] || words[1] != "of" || !strings.HasSuffix(first, "s") {
		// One person ("Sultan of Oman's Air Force") names no members.
		return name
	}
	rest := words[2:]
	if rest[0] == "the" || rest[0] == "The" {
		rest = rest[1:]
	}
	if len(rest) == 0 || keep.common && len(rest) == 1 && commonNonGroupNoun(rest[0]) || keep.place && namesPlace(rest) {
		return name
	}
	return strings.Join(rest, " ")
}

// namesPlace reports whether the capitalised words rest name a place: the
// gazetteer holds them, or their head, last in English ("Harbour Square")
// and first in the Romance languages ("Plaza de Mayo"), is a noun whose
// first sense is a location and none an organisation ("state", "front"
// name bodies too).
func namesPlace(rest []string) bool {
	if lang.IsPlace(nameKey(strings.Join(rest, " "))) {
		return true
	}
	for _, w := range []string{rest[0], rest[len(rest)-1]} {
		low := strings.ToLower(w)
		if lang.IsLocationNoun(low) && !lang.HasOrgSense(low) {
			return true
		}
	}
	return false
}

// commonNonGroupNoun reports whether the capitalised word w is an English
// word WordNet knows that names no group ("Valley", "Cedars"), as opposed
// to a group noun ("Assembly") or a name ("Hezbollah").
func commonNonGroupNoun(w string) bool {
	low := strings.ToLower(w)
	return !isGroupWord(low) && !isShortForm(w) && len(wordnet.Load().Lemmas(low)) > 0
}

// membersNouns name the people of a group rather than the group.
var membersNouns = map[string]bool{
	"fighters": true, "members": true, "militants": true, "supporters": true,
	"leaders": true, "units": true, "remnants": true, "elements": true, "loyalists": true,
}

// wordArena holds the words of a briefing's paragraphs in three backing
// arrays that one reader reuses from briefing to briefing: splitting a
// corpus into words then allocates a few arrays per worker, not three
// slices a paragraph. The slices it hands out live until reset; what the
// rules keep of them are strings, which point into the paragraphs' text.
//
// It also remembers isUnknownWord's answers: the rules ask it of every
// capitalised word, and a briefing writes the same names again and again.
// And it keeps the maps that live while one briefing is read (the span
// reader's, midSentenceCaps'), emptied for each briefing.
type wordArena struct {
	words, lower   []string
	offs           []int
	unknown        map[string]bool
	spanKey, spans map[string]*span
	spanWords      []spanWord
	caps, solo     map[string]bool
	paras          []para // the briefing's paragraphs, paras[:next] in use
	next           int
	spanSlab       []span // the briefing's spans, spanSlab[:nextSpan] in use
	nextSpan       int
	spanFeatures   map[string]uint32 // spanContext.byKey
	kinds          []wordKind        // the briefing's paragraphs' para.kinds
}

// maxRemembered bounds the words a wordArena remembers answers for.
const maxRemembered = 1 << 14

// reset makes the arena's arrays and paragraphs free for the next
// briefing, dropping the strings its word arrays point to.
func (a *wordArena) reset() {
	clear(a.words)
	clear(a.lower)
	a.words, a.lower, a.offs = a.words[:0], a.lower[:0], a.offs[:0]
	clear(a.kinds) // zero for the next briefing's paragraphs
	a.kinds = a.kinds[:0]
	a.next, a.nextSpan = 0, 0
	if len(a.unknown) > maxRemembered {
		clear(a.unknown)
	}
	if len(a.spanFeatures) > maxRemembered {
		clear(a.spanFeatures)
	}
}

// para returns a paragraph to fill, zeroed. One that a growth of the
// arena's array leaves behind stays valid: the briefing's readers hold
// paragraphs by pointer.
func (a *wordArena) para() *para { return nextZeroed(&a.paras, &a.next) }

// newSpan returns a span to fill, zeroed, on the terms of para: the
// span model's phrases live as long as their briefing's reading.
func (a *wordArena) newSpan() *span { return nextZeroed(&a.spanSlab, &a.nextSpan) }

// nextZeroed returns (*slab)[*next], zeroed, and moves next on, growing
// the slab when it is full: the elements given before stay where they
// were, in the array left behind.
func nextZeroed[T any](slab *[]T, next *int) *T {
	if *next == len(*slab) {
		var zero T
		*slab = append(*slab, zero)
		*slab = (*slab)[:cap(*slab)]
	}
	v := &(*slab)[*next]
	*next++
	var zero T
	*v = zero
	return v
}

// lexicalFeatures returns the span model's memory of lexicalFeatures.
func (a *wordArena) lexicalFeatures() map[string]uint32 {
	if a.spanFeatures == nil {
		a.spanFeatures = map[string]uint32{}
	}
	return a.spanFeatures
}

// wordKinds returns n zeroed answers for a paragraph's words, cut from
// the arena on the terms of split: growing the arena's array leaves the
// paragraphs already given theirs.
func (a *wordArena) wordKinds(n int) []wordKind {
	from := len(a.kinds)
	a.kinds = slices.Grow(a.kinds, n)[:from+n]
	return a.kinds[from : from+n : from+n]
}

// capsMaps returns midSentenceCaps' maps, empty.
func (a *wordArena) capsMaps() (caps, solo map[string]bool) {
	if a.caps == nil {
		a.caps, a.solo = map[string]bool{}, map[string]bool{}
	}
	clear(a.caps)
	clear(a.solo)
	return a.caps, a.solo
}

// spanMaps returns the span reader's maps, empty.
func (a *wordArena) spanMaps() (byKey, byName map[string]*span) {
	if a.spans == nil {
		a.spanKey, a.spans = map[string]*span{}, map[string]*span{}
	}
	clear(a.spanKey)
	clear(a.spans)
	return a.spanKey, a.spans
}

// isUnknown is isUnknownWord(w), remembered.
func (a *wordArena) isUnknown(w string) bool {
	if !startsUpper(w) {
		return false // isUnknownWord's own first test, before the look-up
	}
	v, ok := a.unknown[w]
	if !ok {
		if a.unknown == nil {
			a.unknown = map[string]bool{}
		}
		v = isUnknownWord(w)
		a.unknown[w] = v
	}
	return v
}

// split splits text at white space as strings.Fields does, and returns
// its words as written, the same words with ASCII letters lowered, and
// each word's byte offset: one pass serves every rule. The slices are
// capped at their length, so appending to one never writes over the
// next paragraph's.
func (a *wordArena) split(text, low string) (words, lower []string, offs []int) {
	from := len(a.words)
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
			a.add(text, low, start, i)
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		a.add(text, low, start, len(text))
	}
	to := len(a.words)
	return a.words[from:to:to], a.lower[from:to:to], a.offs[from:to:to]
}

// add appends the word text[start:end] to the arena.
func (a *wordArena) add(text, low string, start, end int) {
	a.words, a.lower, a.offs = append(a.words, text[start:end]), append(a.lower, low[start:end]), append(a.offs, start)
}

var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// translatedDefs pairs an acronym definition with the one that follows it
// in another language: "The Kosovo Liberation Army (KLA), in Albanian
// Ushtria Çlirimtare e Kosovës (UÇK), was …". The second long form and
// its letters are aliases of the first.
func translatedDefs(p *para) [][2]string {
	defs := p.acronyms()
	var out [][2]string
	for _, d1 := range defs {
		for _, d2 := range defs {
			if d2.start <= d1.end || d2.start-d1.end > 40 {
				continue
			}
			// ", in Albanian" between the two; the language may have been
			// read as the long form's first word.
			gap := strings.Join(strings.Fields(p.text[d1.end:d2.start]), " ")
			long2 := d2.Long
			if gap == ", in" {
				_, long2, _ = strings.Cut(long2, " ")
			} else if lang, ok := strings.CutPrefix(gap, ", in "); !ok || strings.Contains(lang, " ") || !startsUpper(lang) {
				continue
			}
			long := stripArticle(d1.Long)
			out = append(out, [2]string{long, long2}, [2]string{long, d2.Short})
		}
	}
	return out
}

// initialsPairs reads short forms the text says are a group's initials
// without defining them beside its name: "the Free Aceh Movement. Known
// in Indonesian as Gerakan Aceh Merdeka and almost always referred to by
// its initials, GAM, …", "the National Liberation Army (NLA), an insurgent
// group known in Albanian by the initials UÇK". Each is paired with the
// last organisation's name before it in the paragraph.
func initialsPairs(p *para) [][2]string {
	var out [][2]string
	words, lower := p.words(), p.lowerWords()
	for k := 1; k+1 < len(words); k++ {
		w := trimRight(lower[k], ",")
		if w != "initials" && w != "acronym" || lower[k-1] != "its" && lower[k-1] != "the" && lower[k-1] != "their" && !startsUpper(words[k-1]) {
			continue
		}
		short := trimRight(words[k+1], ".,;:")
		if !isShortForm(short) || strings.ToUpper(short) != short || slices.Contains(lower[max(0, k-4):k], "known") && slices.Contains(lower[max(0, k-3):k], "by") && !slices.Contains(lower[max(0, k-4):k], "in") {
			continue // ", known by its initials X" defines an acronym: commaAcronyms reads it
		}
		if owner := lastOrgName(words[max(0, k-60):k]); owner != "" {
			out = append(out, [2]string{owner, short})
		}
	}
	return out
}

// lastOrgName returns the last organisation's name in words, or "".
func lastOrgName(words []string) string {
	for j := len(words) - 1; j >= 0; j-- {
		if !startsUpper(trimLeft(words[j], "(")) {
			continue
		}
		cut := append(slices.Clone(words[:j]), trim(words[j], "().,;:"))
		if name := nameEnding(cut); isOrgName(name) {
			return name
		}
	}
	return ""
}

// qualifiedShorts returns the short forms the text writes with a
// parenthesised qualifier in capitals: "CPN (Maoist)".
func qualifiedShorts(text string) []string {
	var out []string
	for i := 0; ; i++ {
		k := strings.IndexByte(text[i:], '(')
		if k < 0 {
			return out
		}
		i += k
		end := strings.IndexByte(text[i:min(len(text), i+40)], ')')
		if end < 0 || i < 2 || text[i-1] != ' ' {
			continue
		}
		inner := text[i+1 : i+end]
		short := text[strings.LastIndexAny(text[:i-1], " *\n")+1 : i-1]
		if isShortForm(short) && startsUpper(inner) && !strings.ContainsAny(inner, ",;") && !isShortForm(inner) {
			out = append(out, short+" ("+inner+")")
		}
	}
}

// mergeQualified records a short form with its qualifier ("CPN (Maoist)")
// as an alias of the faction whose name it abbreviates ("Communist Party
// of Nepal (Maoist)"): the same qualifier after a name with those
// initials. It returns that faction, or nil.
func mergeQualified(fs []*building, q string) *building {
	open := strings.IndexByte(q, '(')
	short, qual := strings.ReplaceAll(strings.ToLower(q[:open-1]), "-", ""), q[open-1:]
	for _, fb := range fs {
		if base, ok := strings.CutSuffix(fb.f.Name, qual); ok && initials(base) == short {
			fb.f.addAlias(q)
			return fb
		}
	}
	return nil
}

// foldNationalForces folds a force a text names plainly by its nation's
// adjective and a military noun ("the Senegalese army", "the Senegalese
// contingent") into the one force whose formal name holds the same
// adjective ("Senegalese Armed Forces"): a nation has one army, and a
// reader asking for "senegalese army" means it. The plain name becomes an
// alias. When no formal name, or more than one, holds the adjective, the
// plain name stays a faction of its own; with whole, more than one may
// hold it when only one of them names the nation's forces as a whole
// (see wholeForces). WordNet says which nouns are military.
func foldNationalForces(fs []*building, lex *wordnet.Lexicon, stems, whole bool) []*building {
	for i := 0; i < len(fs); i++ {
		adj, ok := plainForce(fs[i].f.Name, lex)
		if !ok {
			continue
		}
		into := formalForceOf(fs, adj, lex, stems, whole)
		if into == nil {
			continue
		}
		into.f.addAlias(fs[i].f.Name)
		into.names = append(into.names, fs[i].names...)
		fs = slices.Delete(fs, i, i+1)
		i--
	}
	return fs
}

// plainForce reports whether name is a nation's adjective and a lower-case
// military noun ("Senegalese army"), and returns the adjective.
func plainForce(name string, lex *wordnet.Lexicon) (string, bool) {
	adj, noun, ok := strings.Cut(name, " ")
	if !ok || strings.Contains(noun, " ") || !startsUpper(adj) || startsUpper(noun) {
		return "", false
	}
	return adj, isPlaceOrPeople(adj) && lex.Military(noun)
}

// formalForceOf returns the only faction whose capitalised name is headed
// by a military noun and holds adj as a word, or nil. With stems, the
// nation's name that opens adj counts too ("Uganda People's Defence
// Force" for "Ugandan"). With whole, of several such forces the only one
// that is the nation's forces as a whole is returned ("Egyptian Armed
// Forces" beside the "Egyptian Third Army" and the "Egyptian Air
// Force").
func formalForceOf(fs []*building, adj string, lex *wordnet.Lexicon, stems, whole bool) *building {
	var found []*building
	for _, fb := range fs {
		words := strings.Fields(fb.f.Name)
		head := words[nameHead(words)]
		if startsUpper(head) && holdsNation(words, adj, stems) && lex.Military(strings.ToLower(head)) {
			found = append(found, fb)
		}
	}
	if len(found) > 1 && whole {
		found = slices.DeleteFunc(found, func(fb *building) bool { return !wholeForces(fb.f.Name, lex) })
	}
	if len(found) != 1 {
		return nil // two forces of one nation: the plain name may be either
	}
	return found[0]
}

// wholeForces reports whether name, headed by a military noun, names a
// nation's forces as a whole: the noun in the plural ("Armed Forces",
// "Defence Forces"), and no number or ordinal singling out one formation
// ("Second and Third Armies", "3rd Division"). A singular force beside
// it is a branch or a unit ("Air Force", "Third Army").
func wholeForces(name string, lex *wordnet.Lexicon) bool {
	words := strings.Fields(name)
	head := strings.ToLower(words[nameHead(words)])
	singular := strings.TrimSuffix(head, "s")
	if singular == head || !lex.Military(singular) && !strings.HasSuffix(head, "ies") {
		return false
	}
	return !slices.ContainsFunc(words, func(w string) bool {
		return isOrdinal(w) || isDigits(w) || ordinalWord(strings.ToLower(w)) > 0
	})
}

// foldShortNames folds a faction named by the short form of another's
// name into it: the name before its complement ("the Civic Alliance" for
// the "Civic Alliance for Justice and Democracy") or after the places,
// peoples or date qualifying it ("the Boundary Commission" for the
// "Eritrea–Ethiopia Boundary Commission"). A short form that more than
// one name gives stays a faction of its own: it may be either. So does
// one named in a briefing the longer name is not from: "the Supreme
// Soviet" of one briefing is not another's "Supreme Soviet in Tiraspol".
// With proper, the proper part of a foreign name an English description
// closes is a short form too ("Al Wefaq", see properShort).
//
// With headless, a name of three words or more that ends with the noun of
// an organisation ("Weather Underground Organization") has that name
// without it as a short form too ("the Weather Underground").
func foldShortNames(fs []*building, proper, headless bool) []*building {
	return foldShorter(fs, func(name string) []string {
		out := shortForms(name)
		if proper {
			out = append(out, properShort(name)...)
		}
		if headless {
			out = append(out, withoutOrgNoun(name)...)
		}
		return out
	})
}

// isBareOrgNoun reports whether w says only that a name is an
// organisation's, adding nothing of what kind ("organization",
// "movement"), so that writers drop it: not "army" or "front", which
// "Liberation Front" needs.
func isBareOrgNoun(w string) bool {
	switch w {
	case "organization", "organisation", "movement":
		return true
	}
	return false
}

// withoutOrgNoun returns name without its last word when that word is
// the noun of an organisation and two words or more are left: "Weather
// Underground Organization" gives "Weather Underground". A name the noun
// heads after its complement ("Party of Labour") gives nothing.
func withoutOrgNoun(name string) []string {
	words := strings.Fields(name)
	n := len(words)
	if n < 3 || !isBareOrgNoun(strings.ToLower(words[n-1])) || isConnector(strings.ToLower(words[n-2])) {
		return nil
	}
	return []string{strings.Join(words[:n-1], " ")}
}

// foldOwnedNames folds a faction named by what follows an owner in
// another's name into it: "the General Assembly" is the "UN General
// Assembly", "the Peace and Security Council" the "AU's Peace and
// Security Council". The owner is any faction, by name or letters, so
// this runs once every faction has its letters. With headFirst (rule
// owned-head), the rest may open with its head noun ("Group of Experts"
// of the "UN Group of Experts") and the owner may be two owners' letters
// joined by a slash ("Peace Council" of the "KNU/KNLA Peace Council").
func foldOwnedNames(fs []*building, headFirst, known bool) []*building {
	owners := ownerKeys(fs)
	return foldShorter(fs, func(name string) []string { return ownedRest(name, owners, headFirst, known) })
}

// foldShorter folds each faction of two words or more named by one of
// the short forms of exactly one other faction's name (shorter gives
// them) into it, when its briefings are among the other's.
func foldShorter(fs []*building, shorter func(string) []string) []*building {
	return foldByKeys(fs, shorter, func(fb *building) bool { return fb.f.Acronym == "" && strings.Contains(fb.f.Name, " ") })
}

// foldByKeys folds each faction that folds allows into the one other
// faction whose keysOf names it, when its briefings are among the
// other's; the folded name becomes an alias.
func foldByKeys(fs []*building, keysOf func(string) []string, folds func(*building) bool) []*building {
	longs := map[string][]*building{}
	for _, fb := range fs {
		for _, short := range keysOf(fb.f.Name) {
			k := nameKey(short)
			if n := len(longs[k]); n == 0 || longs[k][n-1] != fb {
				longs[k] = append(longs[k], fb)
			}
		}
	}
	out := fs[:0]
	for _, fb := range fs {
		into := atKey(longs, fb.f.Name)
		if !folds(fb) || len(into) != 1 || into[0] == fb || !within(fb.slugs, into[0].slugs) {
			out = append(out, fb)
			continue
		}
		into[0].f.addAlias(fb.f.Name)
		into[0].names = append(into[0].names, fb.names...)
	}
	return out
}

// ownerKeys returns the name keys and acronyms of every faction: the
// organisations that may open the name of a body they own.
func ownerKeys(fs []*building) map[string]bool {
	keys := map[string]bool{}
	for _, fb := range fs {
		keys[nameKey(fb.f.Name)] = true
		if fb.f.Acronym != "" {
			keys[fb.f.Acronym] = true
		}
	}
	return keys
}

// ownedRest returns what follows an owner opening name, "Security Council"
// of "UN Security Council" or "AU's Peace and Security Council", when
// owners holds the opening words (name key or letters, possessive or
// not) and the rest keeps two words or more and the head. With headFirst
// the rest may open with the head ("Group of Experts") and letters joined
// by a slash are owners when each is one ("KNU/KNLA"). It returns nil
// otherwise.
func ownedRest(name string, owners map[string]bool, headFirst, known bool) []string {
	words := strings.Fields(name)
	head := nameHead(words)
	last := head - 1
	if headFirst {
		last = head
	}
	for k := 1; k <= last && len(words)-k >= 2; k++ {
		owner := trimPossessive(strings.Join(words[:k], " "))
		if owners[owner] || atKey(owners, owner) || headFirst && k == 1 && jointOwners(owner, owners) || known && knownOwner(owner) {
			return []string{strings.Join(words[k:], " ")}
		}
	}
	return nil
}

// jointOwners reports whether w is two or more owners' letters joined by
// slashes, each in owners: "KNU/KNLA" for a body the two set up together.
func jointOwners(w string, owners map[string]bool) bool {
	parts := strings.Split(w, "/")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !owners[p] {
			return false
		}
	}
	return true
}

// foldMembersNames folds a faction named by one word, a plural or the
// word itself, into the one faction of its briefings whose name opens
// with that word or holds it as a hyphenated part (rule members-name):
// "the Zapatistas" are the "Zapatista National Liberation Army", the
// "Tupamaros" the "Movimiento de Liberación Nacional-Tupamaros". A
// movement's members go by its name's first word, and writers call the
// movement by them. With two such factions ("Sandinista Youth",
// "Sandinista National Liberation Front") the word names neither.
func foldMembersNames(fs []*building) []*building {
	return foldByKeys(fs, memberKeys, func(fb *building) bool {
		name := fb.f.Name
		return !strings.ContainsAny(name, " -") && startsUpper(name) && !isShortForm(name)
	})
}

// memberKeys returns the lowered one-word names a faction's members may
// go by: the first word of a name of two words or more, and each part of
// a hyphenated word, each also with "s" added ("zapatista",
// "zapatistas"), or with a closing "s" taken off ("tupamaro").
func memberKeys(name string) []string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return nil
	}
	var parts []string
	if first := words[0]; startsUpper(first) && !strings.Contains(first, "-") && !isConnector(strings.ToLower(first)) {
		parts = append(parts, first)
	}
	for _, w := range words {
		if strings.Contains(w, "-") {
			parts = append(parts, strings.Split(w, "-")...)
		}
	}
	var out []string
	for _, p := range parts {
		if len(p) < 4 || !startsUpper(p) || isShortForm(p) {
			continue
		}
		low := strings.ToLower(p)
		out = append(out, low, low+"s")
		if base, ok := strings.CutSuffix(low, "s"); ok {
			out = append(out, base)
		}
	}
	return out
}

// placedRest returns what follows the longest place opening name,
// "Defence Force" of "Papua New Guinea Defence Force", "Users'
// Association" of "Suez Canal Users' Association", when the rest keeps
// two words or more and the head, and none of its words names a place or
// a people. A writer names a country's force in full once and then by
// its rest ("the Defence Force"), which names nothing else; a rest with a
// place or people of its own ("African National Congress" of "Southern
// Rhodesia African National Congress") names another body. It returns
// nil otherwise (rule placed-rest, folded by foldShorter).
func placedRest(name string) []string {
	words := strings.Fields(name)
	head := nameHead(words)
	for k := min(head, len(words)-2); k >= 1; k-- {
		if !lang.IsPlace(nameKey(strings.Join(words[:k], " "))) {
			continue
		}
		for _, w := range words[k:] {
			if isPlaceOrPeople(w) {
				return nil
			}
		}
		return []string{strings.Join(words[k:], " ")}
	}
	return nil
}

// foldOpenedByLetters folds a faction whose name opens with another
// faction's letters ("UN General Assembly") into the faction its
// briefings name with the letters spelled out ("United Nations General
// Assembly"): a writer shortens the owner in a body's name as readily as
// the body. The folded name becomes an alias.
func foldOpenedByLetters(fs []*building) []*building {
	byKey := map[string]*building{}
	longs := map[string][]string{}
	for _, fb := range fs {
		byKey[nameKey(fb.f.Name)] = fb
		if a := fb.f.Acronym; a != "" {
			longs[a] = append(longs[a], fb.f.Name)
		}
	}
	out := fs[:0]
	for _, fb := range fs {
		into := spelledOut(fb, longs, byKey)
		if into == nil {
			out = append(out, fb)
			continue
		}
		into.f.addAlias(fb.f.Name)
		into.names = append(into.names, fb.names...)
		if into.f.Acronym == "" {
			into.f.Acronym = fb.f.Acronym
		}
	}
	return out
}

// foldAliasInitials folds a faction named only by capital letters into
// the faction of the same briefings, with no acronym, one of whose
// aliases has those letters as the initials of its capitalised words
// (rule alias-initials): "**The UIR**: the Rapid Intervention Unit
// (Unidade de Intervenção Rápida)" spells the letters of the name in
// its own language, which foreign-bracket made the English name's alias.
// The letters become the faction's acronym.
func foldAliasInitials(fs []*building) []*building {
	out := fs[:0]
	for _, fb := range fs {
		into := initialsOwner(fs, fb)
		if into == nil {
			out = append(out, fb)
			continue
		}
		into.f.Acronym = fb.f.Name
		into.names = append(into.names, fb.names...)
	}
	return out
}

// initialsOwner returns the faction foldAliasInitials folds fb into, or nil.
func initialsOwner(fs []*building, fb *building) *building {
	letters := fb.f.Name
	if fb.f.Acronym != "" && fb.f.Acronym != letters || len(letters) < 2 || strings.ToUpper(letters) != letters || !allLetters(letters) {
		return nil
	}
	for _, into := range fs {
		if into == fb || into.f.Acronym != "" || !within(fb.slugs, into.slugs) {
			continue
		}
		for _, a := range into.f.Aliases {
			if capitalInitials(a) == letters {
				return into
			}
		}
	}
	return nil
}

// capitalInitials returns the first letters of name's capitalised words,
// upper-cased: "Unidade de Intervenção Rápida" gives "UIR".
func capitalInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if startsUpper(w) {
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// spelledOut returns the faction named by fb's name with its opening
// letters spelled out, from the same briefings as fb and with no other
// acronym than fb's, or nil.
func spelledOut(fb *building, longs map[string][]string, byKey map[string]*building) *building {
	first, rest, ok := strings.Cut(fb.f.Name, " ")
	if !ok {
		return nil
	}
	for _, long := range longs[trimPossessive(first)] {
		into := atKey(byKey, long+" "+rest)
		if into != nil && into != fb && within(fb.slugs, into.slugs) && (fb.f.Acronym == "" || into.f.Acronym == "" || fb.f.Acronym == into.f.Acronym) {
			return into
		}
	}
	return nil
}

// shortForms returns the shorter names a reader may give a name of three
// words or more: without its complement, or without the places, peoples
// and numbers before its head. Each keeps two words or more and its head.
func shortForms(name string) []string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return nil
	}
	var out []string
	for i := 2; i < len(words); i++ {
		if isComplementStart(words[i]) {
			out = append(out, strings.Join(words[:i], " "))
			break
		}
	}
	head := nameHead(words)
	k := 0
	for k < head-1 && qualifiesPlace(words[k]) {
		k++
	}
	if k > 0 {
		out = append(out, strings.Join(words[k:], " "))
	}
	return out
}

// qualifiesPlace reports whether a word of a name names a place or a
// people, or several joined by dashes ("Eritrea–Ethiopia"), or is a
// number or a month ("April 19").
func qualifiesPlace(w string) bool {
	if isDigits(w) || startsUpper(w) && isMonthName(strings.ToLower(w)) {
		return true
	}
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '–' || r == '—' })
	for _, p := range parts {
		if !isPlaceOrPeople(p) {
			return false
		}
	}
	return len(parts) > 0
}

// isMonthName reports whether the lower-case word names a month.
func isMonthName(w string) bool {
	names := monthNames()
	return slices.Contains(names[:], w)
}

// holdsNation reports whether words hold adj, or with stems a word that
// opens it as a nation's name opens its adjective ("Uganda", "Ugandan"):
// five letters or more, and at most four fewer.
func holdsNation(words []string, adj string, stems bool) bool {
	for _, w := range words {
		w = trimPossessive(w)
		if w == adj || stems && len(w) >= 5 && len(adj)-len(w) <= 4 && strings.HasPrefix(adj, w) {
			return true
		}
	}
	return false
}

// within reports whether every slug of some is among all.
func within(some, all []string) bool {
	for _, s := range some {
		if !slices.Contains(all, s) {
			return false
		}
	}
	return true
}

// maxBracketWords bounds a bracketed name in another language: "Comité de
// salut public" is four words; a longer bracket is a remark.
const maxBracketWords = 6

// foreignBrackets pairs the name before each bracket with the bracket's
// words when they are a name in another language (ruleForeignBracket):
// "the Red Lanterns (Hongdengzhao)", "a Committee of Public Safety
// (Comité de salut public)", "the Red Gaurs (Krathing Daeng)". Writers
// give a group's own name beside the English one this way, with no
// "known as"; the pair makes an alias only where the name before names a
// faction (mergeKnownAs never makes one), so a bracket after a person or
// a place changes nothing. Letters, places, peoples and persons in
// brackets are no such name.
func foreignBrackets(p *para) [][2]string {
	var out [][2]string
	for at := range occurrences(p.text, " (") {
		inner, _, ok := strings.Cut(p.text[at+2:], ")")
		inner = trim(inner, "*_ ") // "(*Comité de salut public*)": the emphasis is blanked to spaces
		if !p.off[ruleBracketOrLetters] {
			inner = withoutOrLetters(inner)
		}
		labelled := false
		if !p.off[ruleLanguageLabel] {
			inner, labelled = withoutLanguageLabel(inner)
		}
		if !ok || !isForeignBracket(p, inner, labelled) {
			continue
		}
		before := lastFields(withoutMarks(p.text[:at]), maxNameTokens+3)
		if a := nameBeforeRead(before, readingOf(p.off)); a != "" && nameKey(a) != nameKey(inner) {
			out = append(out, [2]string{a, inner})
		}
	}
	return out
}

// withoutOrLetters returns a bracket's name without the letters ", or"
// gives it after a comma (rule bracket-or-letters): "the Red Brigades
// (*Brigate Rosse*, or BR)" names the group in its own language, then
// its letters. The letters are read by the acronym rules; without them
// the bracket's name is the foreign name foreignBrackets pairs with the
// English one before it. inner comes back unchanged when it holds no
// such ending.
func withoutOrLetters(inner string) string {
	name, rest, ok := strings.Cut(inner, ",")
	letters, or := strings.CutPrefix(strings.TrimSpace(rest), "or ")
	if !ok || !or || !isShortForm(letters) || strings.ToUpper(letters) != letters || strings.Contains(letters, " ") {
		return inner
	}
	return trim(name, "*_ ")
}

// foreignAppositions reads a name in another language set beside its
// English one by commas (ruleForeignApposition): "the Jogorku Kenesh, the
// Supreme Council, which …" gives the pair [Supreme Council, Jogorku
// Kenesh]. As with foreignBrackets, the pair makes an alias only where
// the English name names a faction; the name before the comma must be
// one no English table knows, so "the Assembly, the Senate and …" pairs
// nothing.
func foreignAppositions(p *para) [][2]string {
	var out [][2]string
	for at := range occurrences(p.text, ", the ") {
		before := strings.Fields(p.text[max(0, at-80):at])
		n := len(before)
		k := n
		for k > 0 && n-k < maxBracketWords && startsUpper(before[k-1]) && !strings.ContainsAny(before[k-1], ",;:()\"") {
			k--
		}
		if k == n || k == 0 {
			continue
		}
		native := strings.Join(before[k:], " ")
		english := nameAfterComma(p.text[at+len(", the "):])
		if strings.ToLower(before[k-1]) != "the" {
			if shortApposed(p, before[k:], english) && nameKey(english) != nameKey(native) {
				out = append(out, [2]string{english, native})
			}
			continue
		}
		// A person takes no article: "the" before the name makes it no
		// one's, so the paragraph's people are not consulted here.
		if english == "" || !isForeignName(native, false) || foreignWords(english) || nameKey(english) == nameKey(native) {
			continue
		}
		out = append(out, [2]string{english, native})
	}
	return out
}

// shortApposed reports whether a one-word name no English table knows is
// set beside an organisation's name by commas with no article of its own
// (rule short-apposition): "The main opposition party, Renamo, the
// Mozambican National Resistance, fought …", "The older PALIPEHUTU, the
// Party for the Liberation of the Hutu People, had been founded …". A
// syllabic short form of a foreign name spells no English initials, so
// the commas are the only sign. The name after must be an organisation's
// ("Dhlakama, the Renamo leader," is none) and the word no place.
func shortApposed(p *para, native []string, english string) bool {
	if p.off[ruleShortApposition] || len(native) != 1 || english == "" || !isOrgName(english) {
		return false
	}
	w := native[0]
	unknown := isShortForm(w) || isWordAcronym(w) || foreignWords(w)
	return unknown && !isPlaceOrPeople(w) && !isPersonOf(p, w)
}

// nameAfterComma returns the capitalised name that opens s and runs to a
// comma ("Supreme Council, which …"), or "" when s holds no such name.
func nameAfterComma(s string) string {
	head, _, ok := strings.Cut(s, ",")
	if !ok || len(head) > 80 {
		return ""
	}
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > maxNameTokens {
		return ""
	}
	for i, w := range words {
		if !isNameWord(w, false) && !(i > 0 && i < len(words)-1 && isConnector(w)) {
			return ""
		}
	}
	return head
}

// withoutMarks drops Markdown's emphasis marks, "*" and "_", from s.
func withoutMarks(s string) string {
	if !strings.ContainsAny(s, "*_") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "*", ""), "_", "")
}

// lastFields returns the last n of s's space-separated words, as
// strings.Fields would split them: nameBefore reads a bracket's name from
// the words just before it, so the rest of the paragraph is not split.
func lastFields(s string, n int) []string {
	out := make([]string, n)
	k, end := n, -1
	for i := len(s); i > 0 && k > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		switch space := unicode.IsSpace(r); {
		case space && end >= 0:
			k--
			out[k], end = s[i:end], -1
		case !space && end < 0:
			end = i
		}
		i -= size
	}
	if end >= 0 && k > 0 {
		k--
		out[k] = s[:end]
	}
	return out[k:]
}

// withoutLanguageLabel returns inner without the name of a language
// and a colon opening it, "French: *Commune de Paris*" → "Commune de
// Paris", and whether it had one (rule language-label): encyclopedic
// prose labels a name it gives in another language so, and the label
// says the name is another language's even when its words are English
// ones too ("Commune", "Paris"). A language is named by its people's
// adjective (French, Tagalog) in the gazetteer.
func withoutLanguageLabel(inner string) (string, bool) {
	label, rest, ok := strings.Cut(inner, ": ")
	if !ok || !startsUpper(label) || strings.Contains(label, " ") || !lang.IsPeople(strings.ToLower(label)) {
		return inner, false
	}
	return trim(rest, "*_ "), true
}

// isForeignBracket reports whether inner, a bracket's words, is a name in
// another language: a capital first, at most maxBracketWords words, no
// comma or other clause, a word no English table knows, and not letters
// (nor one word that may be a syllabic acronym, "(Polri)", which the
// acronym rules read), a place, a people or a person the paragraph names.
// A name labelled with its language needs no word English does not know.
func isForeignBracket(p *para, inner string, labelled bool) bool {
	words := strings.Fields(inner)
	if len(words) == 0 || len(words) > maxBracketWords || !startsUpper(inner) || strings.ContainsAny(inner, ",;:()\"“”") {
		return false
	}
	return !p.people[nameKey(inner)] && isForeignName(inner, labelled)
}

// isForeignName reports whether words, a name's, are a name in another
// language and not letters, a place or a people (see isForeignBracket).
//
// A name labelled with its language needs no word English does not know.
func isForeignName(inner string, labelled bool) bool {
	words := strings.Fields(inner)
	if len(words) == 0 || isShortForm(words[0]) || len(words) == 1 && isWordAcronym(inner) || isPlaceOrPeople(inner) {
		return false
	}
	return labelled || foreignWords(inner)
}

// pairedAppositions reads two names of one body set side by side by ",
// the" (rule paired-apposition), whichever comes first: a name in another
// language and its English one ("a Tagalog Republic, the Republika ng
// Katagalugan, in 1902"; "the Deshapremi Janatha Viyaparaya (DJV), the
// Patriotic People's Movement, which"), or letters and the English name
// ("the APO, the Extra-Parliamentary Opposition, which"; "the Haitian
// Armed Forces, the FAd'H, in the capital"). Letters in brackets after
// either name are set aside. A list is no pairing: the pair is read only
// where no comma opens the first name's phrase and the second is closed
// by a full stop, a bracket, a semicolon, or a comma or word that goes
// on with the sentence, not with another name ("the UN, the African
// Union, and ECOWAS"). Each pair is [English name, other name]; as with
// every alias pair it joins names only where one already names a faction.
func pairedAppositions(p *para) [][2]string {
	var out [][2]string
	for at := range occurrences(p.text, ", the ") {
		left, leftLettered := apposedBefore(p.text[:at])
		right, rest, rightLettered := apposedAfter(p.text[at+len(", the "):])
		if left == "" || right == "" || listGoesOn(rest) {
			continue
		}
		lettered := map[string]bool{left: leftLettered, right: rightLettered}
		if pair, ok := pairedNames(p, left, right, lettered); ok {
			out = append(out, pair)
		}
	}
	return out
}

// apposedBefore returns the name that ends text, its letters in brackets
// set aside, when an article or a word that is no list's comma opens it:
// "… with the Haitian Armed Forces" gives "Haitian Armed Forces";
// lettered says letters followed it.
func apposedBefore(text string) (name string, lettered bool) {
	words := lastFields(text, maxNameTokens+2)
	n := len(words)
	if n > 0 && strings.HasPrefix(words[n-1], "(") && strings.HasSuffix(words[n-1], ")") && isShortForm(trim(words[n-1], "()")) {
		n--
		lettered = true
	}
	k := n
	for k > 0 && n-k < maxNameTokens {
		w := words[k-1]
		if w != trim(w, ".,;:()\"“”*") {
			break
		}
		if !isNameWord(w, false) && !(k < n && k > 1 && isConnector(w)) {
			break
		}
		k--
	}
	for k < n && isConnector(words[k]) {
		k++
	}
	if k == n || k > 0 && strings.HasSuffix(words[k-1], ",") {
		return "", false
	}
	return strings.Join(words[k:n], " "), lettered
}

// apposedAfter returns the name that opens text, its letters in brackets
// set aside, what follows it and whether letters did; or "" when no name
// opens text or punctuation inside it breaks it.
func apposedAfter(text string) (name, rest string, lettered bool) {
	words := strings.Fields(text[:min(len(text), 160)])
	var run []string
	for i, w := range words {
		if i == maxNameTokens {
			return "", "", false
		}
		core := trimRight(w, ".,;:)")
		if !isNameWord(core, false) && !(i > 0 && core == w && joinsName(words, i)) {
			return "", "", false
		}
		run = append(run, core)
		if core != w || i+1 < len(words) && strings.HasPrefix(words[i+1], "(") {
			rest = strings.Join(words[i+1:], " ")
			if core != w {
				rest = w[len(core):] + " " + rest
			}
			if strings.HasPrefix(rest, "(") {
				inner, after, ok := strings.Cut(rest[1:], ")")
				if !ok || !isShortForm(inner) {
					return "", "", false
				}
				rest, lettered = after, true
			}
			if isConnector(strings.ToLower(core)) {
				return "", "", false
			}
			return strings.Join(run, " "), strings.TrimSpace(rest), lettered
		}
	}
	return "", "", false
}

// listGoesOn reports whether rest, what follows a second name, goes on
// with a list of names ("and ECOWAS", ", the EU", ", or the UN") or
// closes nothing.
func listGoesOn(rest string) bool {
	if rest == "" {
		return false
	}
	if rest[0] != ',' && rest[0] != '.' && rest[0] != ';' && rest[0] != ')' && rest[0] != ':' {
		first, _, _ := strings.Cut(rest, " ")
		return first == "and" || first == "or" || startsUpper(first)
	}
	if rest[0] != ',' {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(rest[1:]), " ")
	return first == "and" || first == "or" || first == "the" || startsUpper(first)
}

// pairedNames returns the pair [English, other] of two apposed names
// when one is an English organisation's name and the other letters or a
// name in another language; ok is false otherwise. A name its letters
// follow is a body's even where the paragraph's people look like it.
func pairedNames(p *para, left, right string, lettered map[string]bool) ([2]string, bool) {
	for _, pr := range [][2]string{{left, right}, {right, left}} {
		english, other := pr[0], pr[1]
		if !strings.Contains(english, " ") || !isOrgName(english) || foreignWords(english) || isPlaceOrPeople(other) || p.people[nameKey(other)] && !lettered[other] {
			continue
		}
		if !strings.Contains(other, " ") && (isShortForm(other) || isWordAcronym(other)) || isForeignName(other, false) {
			return [2]string{english, other}, nameKey(english) != nameKey(other)
		}
	}
	return [2]string{}, false
}

// apposedPairs returns the apposed pairs whose letters the briefing
// defines as no other name's: "the UN, the African Union," where the
// briefing spells out the UN elsewhere pairs nothing.
func apposedPairs(pairs [][2]string, defs []Acronym) [][2]string {
	var out [][2]string
	for _, pr := range pairs {
		if !slices.ContainsFunc(defs, func(d Acronym) bool { return d.Short == pr[1] && nameKey(d.Long) != nameKey(pr[0]) }) {
			out = append(out, pr)
		}
	}
	return out
}

// joinsName reports whether words[i], a lower-case word inside a
// name, joins it: a connector ("of", "the"), an article after one ("for
// a Country"), or a short word of the name's own language between
// capitalised words ("Republika ng Katagalugan").
func joinsName(words []string, i int) bool {
	w := words[i]
	switch {
	case isConnector(w):
		return true
	case (w == "a" || w == "an") && isConnector(words[i-1]):
		return true
	}
	return len(w) <= 3 && startsLower(w) && startsUpper(words[i-1]) && i+1 < len(words) && startsUpper(words[i+1])
}

// letteredOther reports whether b, the second of two names a text gives
// one body and the English one, names a faction with letters of its own
// while a names one without (rule lettered-takes): "the Tehrik-e-Nafaz-e-Shariat-e-Mohammadi,
// or Movement for the Enforcement of Islamic Law, widely known by its
// initials TNSM". The first name would take the second and fold in only
// a faction with no letters, so the two stayed apart; the lettered one
// takes the other instead.
func letteredOther(fs []*building, a, b string, keys keyMemo) bool {
	if foreignCount(b) >= foreignCount(a) {
		return false // the English name keeps the other as its alias (foldTranslatedLetters)
	}
	ka, kb := keys.of(a), keys.of(b)
	bare, lettered := false, false
	for _, fb := range fs {
		switch keys.of(fb.f.Name) {
		case ka:
			bare = bare || fb.f.Acronym == ""
		case kb:
			lettered = lettered || fb.f.Acronym != ""
		}
	}
	return bare && lettered
}

// aliasLetters makes the letters a faction's aliases hold its acronym when
// it has none (rule alias-letters): "the Haitian Armed Forces, the
// FAd'H," and "the UN Special Committee on Decolonization, often called
// the C-24," give letters in mixed case or with a number, which the alias
// pairs keep as aliases since only capitals are taken for letters there.
func aliasLetters(fs []*building) {
	for _, fb := range fs {
		if fb.f.Acronym != "" {
			continue
		}
		for i, a := range fb.f.Aliases {
			if isMixedLetters(a) || isDigitShort(a) {
				fb.f.Acronym = a
				fb.f.Aliases = slices.Delete(slices.Clone(fb.f.Aliases), i, i+1)
				break
			}
		}
	}
}

// isMixedLetters reports whether s is letters in mixed case that are
// mostly capitals ("FAd'H", "StB"), not a name with two capitals
// ("McDonald").
func isMixedLetters(s string) bool {
	if !isShortForm(s) {
		return false
	}
	upper, letters := letterCounts(s)
	return upper*2 >= letters
}

// pluralSpellings pairs each one-word name the candidates give with its
// spelling in the other number, where the briefing capitalises that
// spelling mid-sentence too (rule plural-spelling): "The insurgents came
// to be called Cristeros" and "a fourteen-year-old Cristero" name one
// faction, which a reader may look up either way. midCaps holds the
// briefing's words capitalised mid-sentence, lower-cased.
func pluralSpellings(cands []candidate, midCaps map[string]bool) [][2]string {
	var out [][2]string
	seen := map[string]bool{}
	for _, c := range cands {
		n := c.name
		if seen[n] || strings.ContainsAny(n, " -") || !startsUpper(n) || isShortForm(n) || len(n) < 4 {
			continue
		}
		seen[n] = true
		low := strings.ToLower(n)
		switch {
		case midCaps[low+"s"]:
			out = append(out, [2]string{n, n + "s"})
		case strings.HasSuffix(n, "s") && midCaps[low[:len(low)-1]]:
			out = append(out, [2]string{n, n[:len(n)-1]})
		}
	}
	return out
}
