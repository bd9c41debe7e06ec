package corpus

import (
	"cmp"
	"slices"
	"strings"
)

// Rule naming a letters-only faction by the name that holds its letters:
// a writer who gives a body's letters once beside its name ("the Yugoslav
// People's Army (JNA)", "Generation 40, or G40", "MDM: the Democratic
// Movement of Mozambique") and then writes the letters alone ("the JNA
// withdrew") names one body, not two.
const ruleHeldLetters = "held-letters" // "the Minsk Tractor Works (MTZ)", then "one worker at MTZ": the letters are the name's

// maxHeldWords bounds the capitalised words read for the name that holds
// a faction's letters.
const maxHeldWords = 10

// nameLetters renames each candidate of a briefing that is letters alone
// to the name the briefing holds the letters by (heldName), with the
// letters as its acronym, so that the letters and the name make one
// faction, found by either.
func nameLetters(cands []candidate, paras []*para, off map[string]bool) {
	letters, names := lettersAndNames(cands)
	held := map[string]string{}
	for _, l := range letters {
		if long := heldName(paras, l, names, off); long != "" {
			held[l] = long
		}
	}
	for i, c := range cands {
		if long, ok := held[c.name]; ok && c.acronym == "" {
			cands[i].name, cands[i].acronym = long, c.name
		} else if long, l, ok := bracketedLetters(c.name); ok && c.acronym == "" {
			cands[i].name, cands[i].acronym = long, l
		}
	}
}

// bracketedLetters splits a name a rule read with the bracket of letters
// after it ("Commission for Conciliation, Mediation and Arbitration
// (CCMA)") into the name and the letters, when the letters spell the
// name (matchShortLong) and open with its first letter, so that letters
// of a body a longer name ends with stay its own ("World Heritage
// Committee of the … Organization (UNESCO)"); ok is false otherwise.
func bracketedLetters(name string) (long, l string, ok bool) {
	long, rest, found := strings.Cut(name, " (")
	l, closed := strings.CutSuffix(rest, ")")
	if !found || !closed || !lettersOnly(l) || !strings.Contains(long, " ") && !startsUpper(long) {
		return "", "", false
	}
	return long, l, l[0] == long[0] && matchShortLong(l, long) >= 0
}

// lettersAndNames returns the names of cands that are letters alone
// (lettersOnly), give no acronym and are no candidate's acronym (the
// merge folds those into the name that gives them), once each, in order;
// and the names of two words or more that give none, longest first: a
// name given with letters already has its own. Two names of one length
// cannot both end or open the same text, so their order is immaterial.
func lettersAndNames(cands []candidate) (letters, names []string) {
	given := map[string]bool{}
	for _, c := range cands {
		given[c.acronym] = true
	}
	for _, c := range cands {
		if lettersOnly(c.name) && c.acronym == "" && !given[c.name] && !slices.Contains(letters, c.name) {
			letters = append(letters, c.name)
		} else if strings.Contains(c.name, " ") && c.acronym == "" {
			names = append(names, c.name)
		}
	}
	// Longest first; equal lengths by spelling, so that Compact drops
	// every repeat, not only neighbouring ones.
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return letters, slices.Compact(names)
}

// lettersOnly reports whether name is a group's letters (actorLetters),
// capitals that are a short form ("MDM", which actorLetters reads as a
// roman numeral), or letters with a number ("G40").
func lettersOnly(name string) bool {
	l, ok := actorLetters(name)
	return ok && l == name || isShortForm(name) && allCapitals(name) || isDigitShort(name)
}

// heldName returns the first name of the paragraphs that holds the
// letters l in its bracket, after its dash or ", or", or before a colon
// or dash that introduces it, and that the letters spell (holder.spells);
// or "". The name is one of names where one is written there, else the
// capitalised words there.
func heldName(paras []*para, l string, names []string, off map[string]bool) string {
	for _, p := range paras {
		for at, end := range occurrences(p.text, l) {
			if !wordBounded(p.text, at, end) {
				continue
			}
			h := holderAt(p.text, at, end, names, off)
			for _, long := range h.longs {
				if long != "" && h.spells(l, long) {
					return long
				}
			}
		}
	}
	return ""
}

// holder is where letters are held: the names that may hold them, the
// one of names written there, then the capitalised words there, with the
// other part of a bracket that holds them beside a gloss ("(Central
// Obrera Boliviana, COB)"), or alone, when the bracket holds nothing else.
type holder struct {
	longs [2]string
	gloss string
	alone bool
}

// holderAt returns the name holding the letters at text[at:end], if any.
func holderAt(text string, at, end int, names []string, off map[string]bool) holder {
	before, after := text[:at], text[end:]
	if open, inner, ok := bracketHolding(before, after); ok {
		return holder{namesBeforeHeld(text[:open], names, off), inner, inner == ""}
	}
	for _, sep := range []string{", or ", " – ", " — "} {
		if rest, ok := strings.CutSuffix(before, sep); ok {
			return holder{longs: namesBeforeHeld(rest, names, off)}
		}
	}
	return holder{longs: namesAfterHeld(after, names)}
}

// bracketHolding reports whether the letters between before and after
// are one comma-separated part of a bracket, returning the bracket's
// offset in before and the bracket's other parts.
func bracketHolding(before, after string) (int, string, bool) {
	open := strings.LastIndexByte(before, '(')
	closing := strings.IndexByte(after, ')')
	if open < 0 || closing < 0 || strings.ContainsAny(before[open:], ")") || strings.ContainsAny(after[:closing], "(") {
		return 0, "", false
	}
	head, tail := strings.TrimSpace(before[open+1:]), strings.TrimSpace(after[:closing])
	if isDigits(head) {
		head = "" // "the 22nd Special Air Service Regiment (22 SAS)": a unit's number and its body's letters
	}
	if head != "" && !strings.HasSuffix(head, ",") || tail != "" && !strings.HasPrefix(tail, ",") {
		return 0, "", false
	}
	return open, strings.Trim(head+tail, ", "), true
}

// namesBeforeHeld returns the longest of names text ends with, whole
// words, and the capitalised name it ends with (capitalRunBefore),
// without the connectors it opens with; a number closing the name is kept
// ("Generation 40"). A name of one word holds no letters here.
func namesBeforeHeld(text string, names []string, off map[string]bool) [2]string {
	text = strings.TrimRight(text, " ")
	known := ""
	for _, n := range names {
		if strings.HasSuffix(text, n) && wordBounded(text, len(text)-len(n), len(text)) {
			known = n
			break
		}
	}
	return [2]string{known, runBefore(text, off)}
}

// runBefore returns the capitalised name text ends with, as
// namesBeforeHeld reads it, or "".
func runBefore(text string, off map[string]bool) string {
	number := ""
	if k := strings.LastIndexByte(text, ' '); k >= 0 && isDigits(text[k+1:]) {
		text, number = text[:k], text[k:]
	}
	start, _ := capitalRunBefore(text, maxHeldWords, off)
	long := strings.TrimSpace(text[start:]) + number
	for first, rest, ok := strings.Cut(long, " "); ok && isConnector(first); first, rest, ok = strings.Cut(long, " ") {
		long = strings.TrimSpace(rest)
	}
	if !strings.Contains(long, " ") || !startsUpper(long) {
		return ""
	}
	return long
}

// namesAfterHeld returns the names a colon or dash after letters
// introduces ("MDM: the Democratic Movement of Mozambique, a party …"):
// the longest of names written there, and its capitalised words up to
// the first punctuation.
func namesAfterHeld(after string, names []string) [2]string {
	rest, ok := "", false
	for _, sep := range []string{":", " - ", " – ", " — "} {
		if rest, ok = strings.CutPrefix(after, sep); ok {
			break
		}
	}
	if !ok {
		return [2]string{}
	}
	rest = stripArticle(strings.TrimSpace(rest))
	known := ""
	for _, n := range names {
		if strings.HasPrefix(rest, n) && wordBounded(rest, 0, len(n)) {
			known = n
			break
		}
	}
	return [2]string{known, runAfter(rest)}
}

// runAfter returns the capitalised words rest opens with, and the
// connectors between them, up to the first punctuation; or "" when they
// are fewer than two.
func runAfter(rest string) string {
	var words []string
	for w := range strings.FieldsSeq(rest) {
		bare := trimRight(w, ".,;:!?()")
		if bare == "" || !startsUpper(trimElidedArticle(bare)) && !isConnector(bare) {
			break
		}
		words = append(words, bare)
		if bare != w {
			break
		}
	}
	for len(words) > 0 && isConnector(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) < 2 {
		return ""
	}
	return strings.Join(words, " ")
}

// spells reports whether the letters l stand for long, one of h's names, or for the
// gloss a bracket gives beside them: read right to left in order
// (matchShortLong), its initials in another order (samePermuted,
// foreignLetters), or, for letters alone in a bracket, one letter opening
// a word of the name (sharesInitial), as a name in another language the
// text does not give is abbreviated ("Yugoslav People's Army (JNA)").
func (h holder) spells(l, long string) bool {
	if matchShortLong(l, long) >= 0 || h.gloss != "" && matchShortLong(l, h.gloss) >= 0 || h.alone && sharesInitial(long, l) {
		return true
	}
	letters, ok := capitalLetters(l, true)
	if !ok {
		return false
	}
	ini := []rune(strings.ToUpper(initials(long)))
	return samePermuted(letters, ini) || foreignLetters(letters, ini)
}
