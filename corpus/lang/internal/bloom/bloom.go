// Package bloom is a blocked Bloom filter of strings: a pre-filter for
// look-ups in large read-only maps of words. Extraction asks such maps
// about millions of words, most of which they do not hold; a look-up in
// a map of tens of thousands of keys costs a cache miss or two, the
// filter's test one 64-bit word. A filter never rules out a key added
// to it.
package bloom

import "math/bits"

// Filter holds a set of strings approximately: MayHold is true for every
// string added, and for a few percent of the others.
type Filter struct {
	words []uint64
	shift uint // 64 minus log2(len(words))
}

// bitsPerKey sizes a filter: about 11 bits a key, two of them set per
// key in one 64-bit word, give 2 to 3% false positives.
const bitsPerKey = 11

// New returns an empty filter sized for n keys.
func New(n int) *Filter {
	size := uint(bits.Len(uint(max(n*bitsPerKey/64, 1) - 1))) // log2 of the next power of two
	return &Filter{words: make([]uint64, 1<<size), shift: 64 - size}
}

// Add adds key to the filter.
func (f *Filter) Add(key string) {
	w, mask := f.slot(key)
	f.words[w] |= mask
}

// MayHold reports whether key may have been added: false means it was
// not.
func (f *Filter) MayHold(key string) bool {
	w, mask := f.slot(key)
	return f.words[w]&mask == mask
}

// slot returns the word of the filter key falls in and the two bits it
// sets there: FNV-1a over the bytes, then a multiplicative mix so that
// every part of the hash depends on every byte.
func (f *Filter) slot(key string) (int, uint64) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h = (h ^ uint64(key[i])) * 1099511628211
	}
	h *= 0x9E3779B97F4A7C15
	return int(h >> f.shift & uint64(len(f.words)-1)), 1<<(h&63) | 1<<((h>>6)&63)
}
