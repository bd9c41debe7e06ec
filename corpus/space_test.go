package corpus

import "testing"

// TestSpaceNormal: the fast path of normalizeSpace returns its input only
// where folding white space would return the same text, and takes it for
// ordinary text.
func TestSpaceNormal(t *testing.T) {
	for _, tt := range []struct {
		s    string
		fast bool
	}{
		{"", true}, {"a", true}, {"a b", true}, {"Mali’s army", true}, {"é à", true},
		{" a", false}, {"a ", false}, {"a  b", false}, {"a\tb", false}, {"a\nb", false}, {"a\rb", false},
		{"a\u00a0b", false}, {"a\u2009b", false}, {"a\u202fb", false}, {"a\u3000b", false},
		{"a\u2007b", false}, {"\u00a0", false}, {" ", false}, {"a \u00a0b", false},
		{"bad \xff byte", false}, {"x\u200ay", false}, {"x\u2002y\u2003z", false},
		{"replacement \ufffd char", false}, // unchanged by folding, but rare: copied
		{"a long plain paragraph of words and more words ending in\u00a0", false},
		{"a long plain paragraph of words, then a bad byte at the end\xff", false},
		{"“Quoted” words’ runes — and dashes", true}, {"ends with a tab\t", false},
		{"\u3000leading ideographic space", false}, {"\nleading newline", false},
	} {
		got := spaceNormal(tt.s)
		if got && foldSpace(tt.s) != tt.s {
			t.Errorf("spaceNormal(%q) = true, but folding gives %q", tt.s, foldSpace(tt.s))
		}
		if got != tt.fast {
			t.Errorf("spaceNormal(%q) = %v, want %v", tt.s, got, tt.fast)
		}
	}
}
