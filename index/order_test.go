package index

import (
	"context"
	"fmt"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestTiesBreakBySlugThenParagraph builds two indexes independently, with
// the briefings given in opposite orders, over paragraphs that score
// exactly alike: both must rank them by briefing slug, then paragraph.
// (Alike, ¶10 retells ¶2 of its briefing: the first-telling feature is
// off, so that it does not tell them apart.)
func TestTiesBreakBySlugThenParagraph(t *testing.T) {
	same := "The river convoy reached the northern depot before the rains."
	mk := func(slug string) *corpus.Briefing {
		b := &corpus.Briefing{Slug: slug, Title: slug}
		// ¶2 and ¶10 are alike: "#10" sorts before "#2" as text, so
		// document IDs alone would order them wrongly.
		for n := 1; n <= 10; n++ {
			text := fmt.Sprintf("Markets reopened in district %d.", n)
			if n == 2 || n == 10 {
				text = same
			}
			b.Paragraphs = append(b.Paragraphs, corpus.Paragraph{Number: n, Text: text})
		}
		return b
	}
	want := []string{"alpha ¶2", "alpha ¶10", "zeta ¶2", "zeta ¶10"}
	for _, order := range [][]string{{"zeta", "alpha"}, {"alpha", "zeta"}} {
		c, err := corpus.New(mk(order[0]), mk(order[1]))
		if err != nil {
			t.Fatal(err)
		}
		ix := build(t, c)
		ix.ranker.model = ix.ranker.model.Without(rank.First)
		res, err := ix.Search(context.Background(), "river convoy depot", 4, 0)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range res.Passages {
			got = append(got, fmt.Sprintf("%s ¶%d", p.Briefing, p.Paragraph))
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("briefings %v: ranked %v, want %v", order, got, want)
		}
	}
}

// TestPagesComeFromOneList asks for pages beyond the re-ranked candidates
// and checks they continue the first page without overlap.
func TestPagesComeFromOneList(t *testing.T) {
	ix := mali(t)
	ctx := context.Background()
	all, err := ix.Search(ctx, "militants Mali French forces", candidates+10, 0)
	if err != nil {
		t.Fatal(err)
	}
	for off := 0; off+5 <= len(all.Passages); off += 5 {
		page, err := ix.Search(ctx, "militants Mali French forces", 5, off)
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range page.Passages {
			if w := all.Passages[off+i]; p.Paragraph != w.Paragraph || p.Rank != w.Rank {
				t.Errorf("offset %d item %d = ¶%d rank %d, want ¶%d rank %d", off, i, p.Paragraph, p.Rank, w.Paragraph, w.Rank)
			}
		}
	}
}
