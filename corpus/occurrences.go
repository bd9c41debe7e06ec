package corpus

import (
	"iter"
	"strings"
)

// occurrences yields the start and end offsets of each occurrence of
// marker in text, left to right, each search resuming at the previous
// end (occurrences do not overlap). The rules that read what a marker
// introduces ("known as", "'s ") all walk a text this way; an empty
// marker yields nothing.
func occurrences(text, marker string) iter.Seq2[int, int] {
	return func(yield func(at, end int) bool) {
		if marker == "" {
			return
		}
		for from := 0; ; {
			i := strings.Index(text[from:], marker)
			if i < 0 {
				return
			}
			at := from + i
			from = at + len(marker)
			if !yield(at, from) {
				return
			}
		}
	}
}
