package corpus

import (
	"encoding/binary"
	"math/bits"
	"unsafe"
)

// lowerASCII lower-cases ASCII letters only, so that every byte offset
// into the result is one into s. Text without capitals comes back as it
// is, with no copy. Every reader of a paragraph lowers through it (the
// factions' words, the events' masked text, the date scanner, the head
// resolver's sentences), so it reads and lowers eight bytes at a time
// (capitalMask); TestFastPathsMatchReference checks it byte by byte.
func lowerASCII(s string) string {
	first := firstCapital(s)
	if first == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s)
	lowerBytes(b[first:])
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
}

// firstCapital returns the offset of the first ASCII capital of s, or
// len(s).
func firstCapital(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if m := capitalMask(load64(s[i : i+8])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return i
		}
	}
	return len(s)
}

// lowerBytes lowers the ASCII capitals of b in place.
func lowerBytes(b []byte) {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		binary.LittleEndian.PutUint64(b[i:], x|capitalMask(x)>>2) // 0x80>>2 is the case bit, 0x20
	}
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// load64 reads the eight bytes of s as one little-endian word.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// capitalMask returns x, eight bytes, with 0x80 in each byte that is an
// ASCII capital and 0 elsewhere. Each byte's low seven bits plus a bias
// carry into its top bit where they reach 'A' (or pass 'Z'), never into
// the next byte; a byte outside ASCII, top bit set, is no capital.
func capitalMask(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	low7 := x &^ high
	atLeastA := low7 + ones*(0x80-'A')
	pastZ := low7 + ones*(0x80-'Z'-1)
	return atLeastA &^ pastZ &^ x & high
}
