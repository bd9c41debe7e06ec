package lang

import "sync"

// keyFilter is a blocked Bloom filter of the keys of kinds. Extraction
// asks about some ten million words at 100,000 paragraphs, most of them
// in no table ("the", "said", names); each look-up in the 46,000-key map
// costs a cache miss or two, the filter one 64-bit word of 64 KB. It
// never rules out a key kinds holds, so a look-up it passes answers
// exactly as the map alone.
type keyFilter [keyFilterWords]uint64

// keyFilterWords is the filter's size in 64-bit words: 2^13, 64 KB,
// about 11 bits per key, 2 to 3% false positives.
const (
	keyFilterBits  = 13
	keyFilterWords = 1 << keyFilterBits
)

// filter returns the filter of kinds' keys, built on first use.
var filter = sync.OnceValue(func() *keyFilter {
	f := new(keyFilter)
	for k := range kinds {
		w, mask := filterSlot(k)
		f[w] |= mask
	}
	return f
})

// filterSlot returns the word of the filter key falls in and the two
// bits it sets there: FNV-1a over the bytes, then a multiplicative mix
// so that every part of the hash depends on every byte.
func filterSlot(key string) (int, uint64) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h = (h ^ uint64(key[i])) * 1099511628211
	}
	h *= 0x9E3779B97F4A7C15
	return int(h >> (64 - keyFilterBits)), 1<<(h&63) | 1<<((h>>6)&63)
}

// mayHold reports whether key may be a key of kinds: false means it is
// not.
func (f *keyFilter) mayHold(key string) bool {
	w, mask := filterSlot(key)
	return f[w]&mask == mask
}

// kindOf returns kinds[key], asking the map only about keys the filter
// passes.
func kindOf(key string) Kind {
	if !filter().mayHold(key) {
		return 0
	}
	return kinds[key]
}
