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
	if s == "" || s[0] < utf8.RuneSelf && !inCut(cut, s[0]) {
		return s // an ASCII byte is a character of its own, never part of another
	}
	return strings.TrimLeft(s, cut)
}

// trimRight is strings.TrimRight(s, cut), returning at once when s ends
// with an ASCII character not in cut. ASCII characters of cut are cut
// here, byte by byte; strings.TrimRight, which builds a set of cut's
// characters on every call, is left only a character beyond ASCII.
func trimRight(s, cut string) string {
	k := len(s)
	for k > 0 && s[k-1] < utf8.RuneSelf && inCut(cut, s[k-1]) {
		k--
	}
	if k == 0 || s[k-1] < utf8.RuneSelf {
		return s[:k]
	}
	return strings.TrimRight(s[:k], cut)
}

// inCut reports whether the ASCII byte c is a character of cut. A loop,
// not strings.IndexByte: cut sets are a few bytes long, shorter than the
// vectorised search's set-up.
func inCut(cut string, c byte) bool {
	for i := 0; i < len(cut); i++ {
		if cut[i] == c {
			return true
		}
	}
	return false
}

// trim is strings.Trim(s, cut) with the fast paths of trimLeft and
// trimRight: trimming either end first gives the same string.
func trim(s, cut string) string { return trimRight(trimLeft(s, cut), cut) }
