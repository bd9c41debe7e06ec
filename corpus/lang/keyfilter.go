package lang

import (
	"sync"

	"github.com/briefbot/briefbot/corpus/lang/internal/bloom"
)

// filter returns a Bloom filter of the keys of kinds, built on first
// use. Extraction asks about some ten million words at 100,000
// paragraphs, most of them in no table ("the", "said", names); the
// filter spares those the look-up in the 46,000-key map.
var filter = sync.OnceValue(func() *bloom.Filter {
	f := bloom.New(len(kinds))
	for k := range kinds {
		f.Add(k)
	}
	return f
})

// kindOf returns kinds[key], asking the map only about keys the filter
// passes: the filter never rules out a key, so the answer is the map's.
func kindOf(key string) Kind {
	if !filter().MayHold(key) {
		return 0
	}
	return kinds[key]
}
