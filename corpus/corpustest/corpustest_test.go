package corpustest

import (
	"bytes"
	"strings"
	"testing"
)

func TestFiles(t *testing.T) {
	tests := []struct {
		name       string
		paragraphs int
		briefings  int
	}{
		{"one short briefing", 10, 1},
		{"exactly one full briefing", ParagraphsPerBriefing, 1},
		{"spills into a second", ParagraphsPerBriefing + 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := Files(tt.paragraphs, 1)
			if len(files) != tt.briefings {
				t.Fatalf("%d files, want %d", len(files), tt.briefings)
			}
			c, err := Corpus(tt.paragraphs, 1)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Paragraphs(); got != tt.paragraphs {
				t.Errorf("%d paragraphs, want %d", got, tt.paragraphs)
			}
			words := 0
			for _, b := range c.Briefings {
				for _, p := range b.Paragraphs {
					words += len(strings.Fields(p.Text))
				}
			}
			if avg := words / tt.paragraphs; avg < 70 || avg > 110 {
				t.Errorf("average paragraph is %d words, want about 80", avg)
			}
		})
	}
	a, b := Files(50, 7), Files(50, 7)
	for name := range a {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s differs between runs with the same seed", name)
		}
	}
}
