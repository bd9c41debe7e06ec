package index

import (
	"testing"

	"github.com/briefbot/briefbot/corpus/corpustest"
)

func BenchmarkNamesTmp(b *testing.B) {
	c, _ := corpustest.Corpus(20000, 42)
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			properNames(c)
		}
	})
}
