package corpus

import (
	"strings"
	"testing"
)

// TestLowerASCIIEveryByte checks lowerASCII, which reads eight bytes at
// a time, against the byte-by-byte lowering for every byte value at every
// place of texts short and long enough to have a word and a tail, among
// neighbours that are capitals, lower case, edges ('@', '[', '`', '{')
// and bytes outside ASCII; and firstCapital against a scan.
func TestLowerASCIIEveryByte(t *testing.T) {
	for _, fill := range []byte{'a', 'Z', '@', '[', '`', '{', 0x80, 0xC3, 0xFF, 0x00} {
		for n := 1; n <= 19; n++ {
			for at := range n {
				for v := range 256 {
					b := []byte(strings.Repeat(string(fill), n))
					b[at] = byte(v)
					s := string(b)
					want := lowerASCIIReference(s)
					if got := lowerASCII(s); got != want {
						t.Fatalf("lowerASCII(%q) = %q, want %q", s, got, want)
					}
					if got, want := firstCapital(s), strings.IndexFunc(s, func(r rune) bool { return 'A' <= r && r <= 'Z' }); got != want && !(want < 0 && got == len(s)) {
						t.Fatalf("firstCapital(%q) = %d, want %d", s, got, want)
					}
				}
			}
		}
	}
}
