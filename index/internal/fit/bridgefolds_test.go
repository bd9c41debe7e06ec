package fit

import (
	"context"
	"io"
	"maps"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index/evaluate"
)

// TestBridgeFolds: the briefings with questions are dealt into folds in
// slug order, as rank's -folds deals them, one table learned without
// each fold; a briefing without questions has no fold and keeps the
// embedded table, and so does every briefing without -bridgefolds.
func TestBridgeFolds(t *testing.T) {
	var sets []*evaluate.Briefing
	for _, slug := range []string{"alpha", "bravo", "charlie", "delta"} {
		b := &corpus.Briefing{Slug: slug, Title: "Report " + slug, Paragraphs: []corpus.Paragraph{{Number: 1, Text: "The minister resigned in March."}}}
		s := &evaluate.Briefing{Slug: slug, Briefing: b}
		if slug != "bravo" {
			s.Questions = []evaluate.Question{{Q: "When did the minister quit?", Gold: []string{"resigned"}}}
		}
		sets = append(sets, s)
	}
	bf, err := learnBridgeFolds(context.Background(), io.Discard, sets, 2)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"alpha": 0, "charlie": 1, "delta": 0}
	if !maps.Equal(bf.fold, want) || len(bf.tables) != 2 {
		t.Errorf("folds %v and %d tables, want %v and 2", bf.fold, len(bf.tables), want)
	}
	none, err := learnBridgeFolds(context.Background(), io.Discard, sets, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(none.fold) != 0 || len(none.tables) != 0 || none.index(nil, sets[0]) != nil {
		t.Errorf("without folds: %v, %d tables; want none, and the index itself", none.fold, len(none.tables))
	}
}
