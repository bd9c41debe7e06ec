package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse measures reading briefing files into paragraphs (the
// formats, inline markup and all) at 100,000 paragraphs: the dev
// briefings and the raw-format fixtures, parsed in turn until that many
// paragraphs were read.
func BenchmarkParse(b *testing.B) {
	files := parseBenchFiles(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		for k := 0; n < 100_000; k++ {
			f := files[k%len(files)]
			br, err := Parse(f.name, f.data)
			if err != nil {
				b.Fatal(err)
			}
			n += len(br.Paragraphs)
		}
	}
}

type benchFile struct {
	name string
	data []byte
}

func parseBenchFiles(b *testing.B) []benchFile {
	b.Helper()
	var names []string
	for _, pat := range []string{devDir + "/*.md", devDir + "/*.txt", "testdata/formats/*.md", "testdata/formats/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			b.Fatal(err)
		}
		names = append(names, m...)
	}
	var files []benchFile
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, benchFile{filepath.Base(n), data})
	}
	return files
}
