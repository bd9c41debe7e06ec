package corpus

import (
	"strings"
	"unicode/utf8"
)

// trimLeft is strings.TrimLeft(s, cut), returning at once when s starts
// with an ASCII character not in cut: the usual case, a word with no
// quote or bracket before it. strings.TrimLeft goes rune by rune through
// s and cut whenever cut holds a character beyond ASCII (a curly quote),
// and the rules trim nearly every word they read.
func trimLeft(s, cut string) string {
	if s == "" || s[0] < utf8.RuneSelf && strings.IndexByte(cut, s[0]) < 0 {
		return s // an ASCII byte is a character of its own, never part of another
	}
	return strings.TrimLeft(s, cut)
}

// trimRight is strings.TrimRight(s, cut), returning at once when s ends
// with an ASCII character not in cut.
func trimRight(s, cut string) string {
	if s == "" || s[len(s)-1] < utf8.RuneSelf && strings.IndexByte(cut, s[len(s)-1]) < 0 {
		return s
	}
	return strings.TrimRight(s, cut)
}

// trim is strings.Trim(s, cut) with the fast paths of trimLeft and
// trimRight: trimming either end first gives the same string.
func trim(s, cut string) string { return trimRight(trimLeft(s, cut), cut) }
