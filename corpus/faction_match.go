package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldRune maps r to lower case without accents, so that "Séléka" and
// "seleka" compare equal. Letters outside the table are only lower-cased.
func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	if r < 0x80 {
		return r
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā':
		return 'a'
	case 'ç', 'ć', 'č':
		return 'c'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'ī', 'ı':
		return 'i'
	case 'ñ', 'ń':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō':
		return 'o'
	case 'ù', 'ú', 'û', 'ü', 'ū':
		return 'u'
	case 'ý', 'ÿ':
		return 'y'
	case 'š', 'ś':
		return 's'
	case 'ž', 'ź', 'ż':
		return 'z'
	case 'ğ':
		return 'g'
	case '’', 'ʼ', '‘':
		return '\''
	case '–', '—', '‐', '‑':
		return '-'
	}
	return r
}

// normalize folds s for comparison: lower case, no accents, punctuation
// and hyphens turned into spaces, apostrophes dropped (a possessive "'s"
// dropped whole), single spaces between words.
func normalize(s string) string {
	if isNormal(s) {
		return s
	}
	var buf [64]byte // most names: folded on the stack, copied once
	b := buf[:0]
	if len(s) > len(buf) {
		b = make([]byte, 0, len(s))
	}
	return string(appendNormal(b, s))
}

// appendNormal appends normalize(s) to sb, after a space if sb holds
// anything and s folds to anything. Folding works word by word: writing
// the folds of words one at a time gives the fold of the words joined by
// spaces. It allocates nothing beyond growing sb: it runs on every
// paragraph a faction is looked for in, and on every name keyed.
func appendNormal(sb []byte, s string) []byte {
	space := true // a word break since the last rune written
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c == '\'':
			sb, i, space = appendFoldedRune(sb, s, i, space)
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			// ASCII, the common case: no decoding, no tables, and a run
			// already folded is copied whole.
			j := foldedRunEnd(s, i+1)
			sb, i, space = append(wordBreak(sb, space), s[i:j]...), j, false
		case 'A' <= c && c <= 'Z':
			sb, i, space = append(wordBreak(sb, space), c+'a'-'A'), i+1, false
		default:
			i, space = i+1, true
		}
	}
	return sb
}

// wordBreak appends to sb the space that separates the next word from the
// one before it, when space says a break came between them and sb holds a
// word; normalize never opens with a space.
func wordBreak(sb []byte, space bool) []byte {
	if space && len(sb) > 0 {
		return append(sb, ' ')
	}
	return sb
}

// appendFoldedRune is appendNormal's step for the rune at s[i] beyond
// ASCII, or an apostrophe: it appends the rune folded, after a word break
// if space says one came before it, and returns sb, the offset after what
// it read and whether a word break now stands before the next rune. An
// apostrophe and the possessive "s" after it write nothing and break no
// word ("Kenya's army" folds to "kenya army", "d'Ivoire" to "divoire").
func appendFoldedRune(sb []byte, s string, i int, space bool) ([]byte, int, bool) {
	r, size := utf8.DecodeRuneInString(s[i:])
	i += size
	r = foldRune(r)
	if r == '\'' {
		return sb, skipPossessive(s, i), space
	}
	if !isWordRune(r) {
		return sb, i, true
	}
	return utf8.AppendRune(wordBreak(sb, space), r), i, false
}

// skipPossessive returns the offset after the "s" at s[i:] when an
// apostrophe just before i and that "s" end a word (a possessive "'s",
// which folding drops whole), else i.
func skipPossessive(s string, i int) int {
	if next, size := utf8.DecodeRuneInString(s[i:]); i < len(s) && foldRune(next) == 's' {
		after, _ := utf8.DecodeRuneInString(s[i+size:])
		if i+size == len(s) || !isWordRune(after) {
			return i + size
		}
	}
	return i
}

// foldedRunEnd returns the end of the run of lower-case ASCII letters and
// digits at s[i:], which normalize copies unchanged.
func foldedRunEnd(s string, i int) int {
	for i < len(s) && ('a' <= s[i] && s[i] <= 'z' || '0' <= s[i] && s[i] <= '9') {
		i++
	}
	return i
}

// isNormal reports whether s is already as normalize leaves it: lower-case
// ASCII letters and digits, words joined by single spaces.
func isNormal(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == ' ' && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// matchKeys returns the look-up keys of a name: its normalized form and,
// when it starts with an article ("the", "al", "el"), the form without it.
func matchKeys(s string) []string {
	n := normalize(s)
	keys := []string{n}
	for _, art := range []string{"the ", "al ", "el ", "an ", "a "} {
		if rest, ok := strings.CutPrefix(n, art); ok && rest != "" {
			keys = append(keys, rest)
			if r2, ok := strings.CutPrefix(rest, "al "); ok && r2 != "" {
				keys = append(keys, r2)
			}
		}
	}
	return keys
}

// formMatcher finds one surface form (a name, alias or acronym) in text.
// Short all-capital acronyms match case-sensitively as whole words, so
// "IMA" does not fire in "Imam" nor "US" on "us". Other forms match whole
// words ignoring case and accents; a cheap anchor substring search rules
// out almost every paragraph before any folding is done.
type formMatcher struct {
	exact    string   // case-sensitive whole-word form, or ""
	folded   string   // normalized form
	anchor   []string // substrings, as written, that any match contains
	anchorAt int      // bytes of the form before its anchor, at most
	joined   bool     // also match after a capitalised word and a hyphen (a test's ablation)
}

// newFormMatcher returns the matcher of form, or false when form folds to
// nothing a text could match. A short all-capital acronym is matched as
// written; any other form by its fold, behind an anchor (anchorRun) when
// it has one, so that most texts are ruled out by a substring search.
func newFormMatcher(form string) (formMatcher, bool) {
	form = strings.TrimSpace(form)
	if form == "" {
		return formMatcher{}, false
	}
	if isCaseSensitiveAcronym(form) {
		return formMatcher{exact: form}, true
	}
	n := normalize(form)
	if n == "" {
		return formMatcher{}, false
	}
	m := formMatcher{folded: n}
	if best := anchorRun(form); len(best) >= 2 {
		m.anchor = []string{strings.ToLower(best), strings.ToUpper(best)}
		m.anchorAt = strings.Index(form, best)
		if m.anchorAt < 0 {
			m.anchorAt = len(form)
		}
	}
	return m, true
}

// anchorRun returns the anchor of a form: the longest ASCII run of a word
// of the form minus its first letter, which may be written either case,
// and in one case, as the anchor is searched for in lower and in upper
// case: "nGaedheal" and "McCarthy" give "aedheal" and "arthy", not
// "Gaedheal". Of runs as long, the first wins; a form of no such run
// gives "".
func anchorRun(form string) string {
	best := ""
	for _, w := range strings.FieldsFunc(form, func(r rune) bool { return !isWordRune(r) }) {
		if len(w) < 2 {
			continue
		}
		_, size := utf8.DecodeRuneInString(w)
		rest := w[size:]
		for _, run := range strings.FieldsFunc(rest, func(r rune) bool { return r >= 0x80 || !isWordRune(r) }) {
			for _, one := range oneCaseRuns(run) {
				if len(one) > len(best) {
					best = one
				}
			}
		}
	}
	return best
}

// oneCaseRuns splits an ASCII run at each change between a capital and a
// small letter ("Gaedheal" → "G", "aedheal"; "FAd" → "FA", "d"); digits
// and marks go with the letters before them.
func oneCaseRuns(run string) []string {
	var out []string
	start := 0
	for i := 1; i < len(run); i++ {
		if isASCIIUpper(run[i]) != isASCIIUpper(run[i-1]) && isASCIILetter(run[i]) && isASCIILetter(run[i-1]) {
			out = append(out, run[start:i])
			start = i
		}
	}
	return append(out, run[start:])
}

func isASCIIUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// isCaseSensitiveAcronym: at most five letters, all capitals.
func isCaseSensitiveAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 5
}

// in reports whether text mentions the form: as written for an acronym
// matched case-sensitively, else folded as whole words. A form with an
// anchor is read only where its anchor occurs; one without is compared
// with the whole text folded.
func (m *formMatcher) in(text string) bool {
	switch {
	case m.exact != "":
		return containsWord(text, m.exact)
	case m.folded == "":
		return false
	case m.anchor == nil:
		return strings.Contains(" "+normalize(text)+" ", " "+m.folded+" ")
	}
	for _, a := range m.anchor {
		if m.inAtAnchor(text, a) {
			return true
		}
	}
	return false
}

// inAtAnchor reports whether the form starts close enough before one of
// the occurrences of its anchor a in text to hold it, and is spelt there.
func (m *formMatcher) inAtAnchor(text, a string) bool {
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], a)
		if j < 0 {
			return false
		}
		pos := i + j
		if m.startsBefore(text, pos) {
			return true
		}
		i = pos + len(a)
	}
	return false
}

// startsBefore reports whether the form is spelt from a word start at
// most anchorAt bytes before pos, where its anchor was found, or up to
// eight more for a prefix the text writes longer than the form does
// (accents, marks): every such start is tried, nearest first.
func (m *formMatcher) startsBefore(text string, pos int) bool {
	lo := max(0, pos-m.anchorAt-8)
	for k := pos; k >= lo; k-- {
		if !opensWordAt(text, k) {
			continue
		}
		if !m.joined && joinedToName(text[:k]) {
			continue // "Bissau-Guinean army" names another body than "Guinean army"
		}
		if foldedAt(text, k, m.folded) {
			return true
		}
	}
	return false
}

// opensWordAt reports whether a word opens at byte k of text: a letter or
// digit starts there, with none and no apostrophe just before it (the
// "s" of "Shabaab's" opens no word).
func opensWordAt(text string, k int) bool {
	if !utf8.RuneStart(text[k]) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[k:]); !isWordRune(r) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:k])
	return k == 0 || !isWordRune(prev) && prev != '\'' && prev != '’'
}

// joinedToName reports whether before ends with a capitalised word and a
// hyphen ("Bissau-"): a form read after it is the tail of a compound name.
// Arabic articles ("Al-") and lower-case prefixes ("pro-", "anti-") join
// nothing that changes the name.
func joinedToName(before string) bool {
	if !strings.HasSuffix(before, "-") {
		return false
	}
	w := before[strings.LastIndexFunc(before[:len(before)-1], func(r rune) bool { return !isWordRune(r) })+1 : len(before)-1]
	if len(w) < 3 || !startsUpper(w) {
		return false
	}
	return !hasArticlePrefix(strings.ToLower(w) + "-X")
}

// foldedAt reports whether text, read from byte i with the folding of
// normalize, spells the normalized form n and then ends a word. It
// allocates nothing.
func foldedAt(text string, i int, n string) bool { return foldedEnd(text, i, n) >= 0 }

// foldedEnd is foldedAt returning the byte offset where the match ends, or
// -1. It reads text as appendNormal folds it, comparing rune by rune
// without writing the fold: it runs at every word start a form is looked
// for at.
func foldedEnd(text string, i int, n string) int {
	space := false // a word break read since the last rune compared
	for i < len(text) && n != "" {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch f := foldRune(r); {
		case f == '\'':
			i = skipPossessive(text, i+size)
		case !isWordRune(f):
			space, i = true, i+size
		default:
			// Compared in place, not in a call: this is the loop's hot path.
			if space {
				if n[0] != ' ' {
					return -1
				}
				n, space = n[1:], false
			}
			fr, fsize := utf8.DecodeRuneInString(n)
			if fr != f {
				return -1
			}
			n, i = n[fsize:], i+size
		}
	}
	if n != "" || !endsWordAt(text, i) {
		return -1
	}
	return i
}

// endsWordAt reports whether no word goes on at byte i of text: the text
// ends there, or a rune that folds to no letter or digit comes next.
func endsWordAt(text string, i int) bool {
	next, _ := utf8.DecodeRuneInString(text[i:])
	return i >= len(text) || !isWordRune(foldRune(next))
}

// containsWord reports whether w occurs in text case-sensitively with no
// letter or digit on either side.
func containsWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		s, e := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		after, _ := utf8.DecodeRuneInString(text[e:])
		if (s == 0 || !isWordRune(before)) && (e == len(text) || !isWordRune(after)) {
			return true
		}
		i = s + 1
	}
}

// matcher finds any of a faction's forms in text.
type matcher []formMatcher

func newMatcher(f *Faction) matcher {
	var m matcher
	seen := map[string]bool{}
	for _, form := range f.forms() {
		if seen[form] {
			continue
		}
		seen[form] = true
		if fm, ok := newFormMatcher(form); ok {
			m = append(m, fm)
		}
	}
	return m
}

// joinAll makes m match forms joined to a capitalised word by a hyphen,
// as it did before rule compound-name.
func (m matcher) joinAll() {
	for i := range m {
		m[i].joined = true
	}
}

func (m matcher) in(text string) bool {
	for i := range m {
		if m[i].in(text) {
			return true
		}
	}
	return false
}

// forms lists the faction's name, acronym and aliases, skipping blanks.
func (f *Faction) forms() []string {
	out := make([]string, 0, 2+len(f.Aliases))
	for _, s := range append([]string{f.Name, f.Acronym}, f.Aliases...) {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
