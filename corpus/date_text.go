package corpus

// Text handling for the date extractor: sentences, quotes, clauses, words.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerASCII lower-cases ASCII letters only, so that byte offsets in the
// result match those in s.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if b[i] >= 'A' && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

// tokenize splits s into words: runs of letters, digits, hyphens and
// apostrophes. "mid-December" yields "mid" and "December" so that the
// modifier reads like "mid December".
// lower is lowerASCII(s); tokens are appended to out.
func tokenize(s, lower string, out []token) []token {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) || r == '-' || r == '\'' {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			j += size
		}
		w := strings.TrimRight(s[i:j], "-'")
		end := i + len(w)
		if len(w) > 4 && strings.EqualFold(w[:4], "mid-") {
			out = append(out, token{text: w[:3], lower: lower[i : i+3], start: i, end: i + 3})
			i += 4
			w = w[4:]
		}
		out = append(out, token{text: w, lower: lower[i:end], start: i, end: end})
		i = j
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '\''
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\''
}

// clauseAt returns the clause of the lower-cased sentence s around byte
// offset at, cut at semicolons and at ", and", ", but", ", while" and
// ", when", so that "X has arrived, and a summit will be held on Y" gives
// the announcement only to Y.
func clauseAt(s string, at int) string {
	start, end := clauseBounds(s, at)
	return s[start:end]
}

// clauseBounds returns the byte range of the clause clauseAt returns. It
// scans outwards from at only, so a sentence costs little more than its
// length however many dates it holds.
func clauseBounds(s string, at int) (start, end int) {
	at = min(max(at, 0), len(s))
	start, end = 0, len(s)
	for i := at - 1; i >= 0; i-- {
		if isClauseBreak(s, i) {
			start = i + 1
			break
		}
	}
	for i := at; i < len(s); i++ {
		if isClauseBreak(s, i) {
			end = i
			break
		}
	}
	return start, end
}

// isClauseBreak reports whether a clause ends at byte i of the lower-cased
// sentence s: a semicolon, a comma before "and", "but", "while" or "when",
// or " and on".
func isClauseBreak(s string, i int) bool {
	switch s[i] {
	case ';':
		return true
	case ',':
		r := s[i+1:]
		return strings.HasPrefix(r, " and ") || strings.HasPrefix(r, " but ") ||
			strings.HasPrefix(r, " while ") || strings.HasPrefix(r, " when ")
	case ' ':
		return strings.HasPrefix(s[i:], " and on ")
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// maskQuotes blanks quoted speech ("…", “…”), keeping byte offsets, so
// that dates someone is quoted as saying are not read as events. A quote
// left open runs to the end of s.
func maskQuotes(s string) string {
	if !hasQuote(s) {
		return s
	}
	b := []byte(s)
	in := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '“':
			in = true
		case r == '”':
			in = false
		case r == '"':
			in = !in
		}
		if in || r == '”' || r == '"' {
			for k := i; k < i+size; k++ {
				b[k] = ' '
			}
		}
		i += size
	}
	return string(b)
}

// hasQuote reports whether s holds '"', '“' or '”', in one byte scan.
func hasQuote(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			return true
		case 0xE2: // “ is E2 80 9C, ” is E2 80 9D
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D) {
				return true
			}
		}
	}
	return false
}

// isAbbreviationWord reports whether a full stop may follow w without
// ending the sentence.
func isAbbreviationWord(w string) bool {
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "prof", "jr", "sr",
		"no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
		"nov", "dec", "rep", "sen", "gov", "maj", "adm", "ft", "mt", "inc":
		return true
	}
	return false
}

// splitSentences cuts a paragraph into sentences at ".", "!" and "?"
// followed by a space and a capital, digit or quote, but not after
// abbreviations ("Jan.", "Sept.", "Gen."), initials ("J.") or dotted
// acronyms ("U.S."). Sentences are returned verbatim, trimmed.
func splitSentences(text string) []span {
	var out []span
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if r != '"' && r != '”' && r != '’' && r != '\'' && r != ')' && r != '.' {
				break
			}
			j += size
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j+1:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '"' && next != '“' && next != '(' {
			continue
		}
		if c == '.' && isAbbreviation(text[start:i]) {
			continue
		}
		out = appendSpan(out, text, start, j)
		start = j + 1
		i = j // the closing marks are consumed; resume after them
	}
	return appendSpan(out, text, start, len(text))
}

// span is a byte range [start, end) of a paragraph.
type span struct{ start, end int }

// appendSpan appends text[start:end] trimmed of spaces, unless empty.
func appendSpan(out []span, text string, start, end int) []span {
	for start < end && text[start] == ' ' {
		start++
	}
	for end > start && text[end-1] == ' ' {
		end--
	}
	if start == end {
		return out
	}
	return append(out, span{start, end})
}

// isAbbreviation reports whether the text before a full stop ends with an
// abbreviation, an initial or a dotted acronym.
func isAbbreviation(before string) bool {
	k := len(before)
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		k -= size
	}
	w := before[k:]
	if w == "" {
		return false
	}
	if strings.Contains(w, ".") {
		return true // "U.S", "a.m"
	}
	if utf8.RuneCountInString(w) == 1 {
		return true // an initial, or "p." for page
	}
	return isAbbreviationWord(w)
}
