package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

func TestZZMisses(t *testing.T) {
	dir := os.Getenv("ZZMISS")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(dir + "/*.questions.jsonl")
	for _, qf := range files {
		md := devBriefingFile(strings.TrimSuffix(qf, ".questions.jsonl"))
		data, _ := os.ReadFile(md)
		b, err := corpus.Parse(filepath.Base(md), data)
		if err != nil {
			t.Fatal(err)
		}
		ix := build(t, mustCorpus(t, b))
		for _, q := range readJudged(t, qf) {
			r := rankOf(t, ix, b.Slug, q)
			if r == 1 {
				continue
			}
			res, _ := ix.Search(context.Background(), q.Q, 20, 0)
			if len(res.Passages) == 0 {
				continue
			}
			top := res.Passages[0]
			fmt.Printf("### %s r=%d Q: %s\n  GOLD: %s\n  TOP ¶%d: %.250s\n", b.Slug, r, q.Q, strings.Join(q.Gold, " | "), top.Paragraph, top.Text)
			if r > 1 {
				p := res.Passages[r-1]
				fmt.Printf("  ANS ¶%d: %.250s\n", p.Paragraph, p.Text)
			}
		}
	}
}
