package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestZZCount(t *testing.T) {
	dir := os.Getenv("FMTDIR")
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		if !strings.HasSuffix(f, ".md") && !strings.HasSuffix(f, ".txt") {
			continue
		}
		data, _ := os.ReadFile(f)
		b, err := Parse(filepath.Base(f), data)
		if err != nil {
			fmt.Println(f, err)
			continue
		}
		nonblank := 0
		for _, l := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(l) != "" {
				nonblank++
			}
		}
		maxw := 0
		secs := map[string]bool{}
		for _, p := range b.Paragraphs {
			if n := len(strings.Fields(p.Text)); n > maxw {
				maxw = n
			}
			secs[p.Section] = true
		}
		fmt.Printf("%-45s paras=%3d back=%2d infobox=%2d sections=%2d maxwords=%4d nonblank-lines=%3d title=%q pub=%q\n", filepath.Base(f), len(b.Paragraphs), len(b.BackMatter), len(b.Infobox), len(secs), maxw, nonblank, b.Title, b.Publisher)
		if os.Getenv("FMTV") != "" {
			for _, p := range b.Paragraphs {
				fmt.Printf("   ¶%d L%d [%s] %.100q\n", p.Number, p.Line, p.Section, p.Text)
			}
			for _, p := range b.BackMatter {
				fmt.Printf("   back L%d [%s] %.80q\n", p.Line, p.Section, p.Text)
			}
			for _, f := range b.Infobox {
				fmt.Printf("   info L%d %s: %q\n", f.Line, f.Label, f.Values)
			}
		}
	}
}
