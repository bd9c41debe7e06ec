package bot

import (
	"context"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index"
)

// TestHelpOnRealCorpora runs /help over the embedded briefing and over
// the development briefings, each alone, with the real index: it must
// list the briefing, and every example it offers must work there (an
// /ask example's first answer names what it asks about, by
// construction; a /group example names a group the corpus knows).
func TestHelpOnRealCorpora(t *testing.T) {
	corpora := map[string]func() (*corpus.Corpus, error){"default": corpus.Default}
	for _, slug := range []string{"2006-lebanon-war", "colombia-101", "burkina-faso-insurgency"} {
		corpora[slug] = func() (*corpus.Corpus, error) {
			text, err := os.ReadFile("../corpus/testdata/eval/dev/" + slug + ".md")
			if err != nil {
				return nil, err
			}
			return corpus.LoadFS(fstest.MapFS{slug + ".md": {Data: text}}, slug)
		}
	}
	for name, load := range corpora {
		t.Run(name, func(t *testing.T) {
			c, err := load()
			if err != nil {
				t.Skipf("corpus: %v", err)
			}
			ix, err := index.Build(context.Background(), c, index.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			be := backend{Corpus: c, ix: ix}
			b, err := New(Config{Search: be, Factions: be, Timeline: be, Briefings: be})
			if err != nil {
				t.Fatal(err)
			}
			in, _ := loadInteraction(t, "help")
			resp := b.Respond(context.Background(), in)
			raw := string(marshalReply(t, resp))
			t.Logf("%s", resp.Data.Embeds[0].Fields[0].Value)
			if !strings.Contains(raw, escapeMarkdown(c.Briefings[0].Title)) {
				t.Errorf("/help does not list %q", c.Briefings[0].Title)
			}
			for _, line := range strings.Split(resp.Data.Embeds[0].Fields[0].Value, "\n") {
				if g, ok := strings.CutPrefix(line, "`/group name: "); ok {
					if _, _, err := be.LookupFaction(strings.TrimSuffix(g, "`")); err != nil {
						t.Errorf("example %s: %v", line, err)
					}
				}
			}
		})
	}
}
