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
// spaces.
func appendNormal(sb []byte, s string) []byte {
	space := true
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && c != '\'' {
			// ASCII, the common case: no decoding, no tables.
			j := i + 1
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				j = foldedRunEnd(s, j)
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				space = true
				i = j
				continue
			}
			if space && len(sb) > 0 {
				sb = append(sb, ' ')
			}
			space = false
			if j > i+1 {
				sb = append(sb, s[i:j]...) // a run already folded, copied whole
			} else {
				sb = append(sb, c)
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		r = foldRune(r)
		if r == '\'' {
			// Possessive 's: drop it when it ends a word.
			if next, size2 := utf8.DecodeRuneInString(s[i:]); i < len(s) && foldRune(next) == 's' {
				after, _ := utf8.DecodeRuneInString(s[i+size2:])
				if i+size2 == len(s) || !isWordRune(after) {
					i += size2
				}
			}
			continue
		}
		if !isWordRune(r) {
			space = true
			continue
		}
		if space && len(sb) > 0 {
			sb = append(sb, ' ')
		}
		space = false
		sb = utf8.AppendRune(sb, r)
	}
	return sb
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
	// The anchor is the longest ASCII run of a word of the form minus its
	// first letter, which may be written either case, and in one case, as
	// the anchor is searched for in lower and in upper case: "nGaedheal"
	// and "McCarthy" give "aedheal" and "arthy", not "Gaedheal".
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
	if len(best) >= 2 {
		low := strings.ToLower(best)
		m.anchor = []string{low, strings.ToUpper(best)}
		m.anchorAt = strings.Index(form, best)
		if m.anchorAt < 0 {
			m.anchorAt = len(form)
		}
	}
	return m, true
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

func (m *formMatcher) in(text string) bool {
	if m.exact != "" {
		return containsWord(text, m.exact)
	}
	if m.folded == "" {
		return false
	}
	if m.anchor == nil {
		return strings.Contains(" "+normalize(text)+" ", " "+m.folded+" ")
	}
	for _, a := range m.anchor {
		for i := 0; i < len(text); {
			j := strings.Index(text[i:], a)
			if j < 0 {
				break
			}
			pos := i + j
			// Try every word start close enough before the anchor to begin
			// the form there.
			lo := max(0, pos-m.anchorAt-8)
			for k := pos; k >= lo; k-- {
				if !utf8.RuneStart(text[k]) {
					continue
				}
				r, _ := utf8.DecodeRuneInString(text[k:])
				if !isWordRune(r) {
					continue
				}
				prev, _ := utf8.DecodeLastRuneInString(text[:k])
				if k > 0 && (isWordRune(prev) || prev == '\'' || prev == '’') {
					continue
				}
				if !m.joined && joinedToName(text[:k]) {
					continue // "Bissau-Guinean army" names another body than "Guinean army"
				}
				if foldedAt(text, k, m.folded) {
					return true
				}
			}
			i = pos + len(a)
		}
	}
	return false
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
// -1.
func foldedEnd(text string, i int, n string) int {
	space := false
	for i < len(text) && n != "" {
		r, size := utf8.DecodeRuneInString(text[i:])
		f := foldRune(r)
		if f == '\'' {
			i += size
			if s2, size2 := utf8.DecodeRuneInString(text[i:]); foldRune(s2) == 's' {
				next, _ := utf8.DecodeRuneInString(text[i+size2:])
				if i+size2 == len(text) || !isWordRune(next) {
					i += size2
				}
			}
			continue
		}
		if !isWordRune(f) {
			space = true
			i += size
			continue
		}
		if space {
			if n[0] != ' ' {
				return -1
			}
			n = n[1:]
			space = false
		}
		fr, fsize := utf8.DecodeRuneInString(n)
		if fr != f {
			return -1
		}
		n = n[fsize:]
		i += size
	}
	if n != "" {
		return -1
	}
	next, _ := utf8.DecodeRuneInString(text[i:])
	if i < len(text) && isWordRune(foldRune(next)) {
		return -1
	}
	return i
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
