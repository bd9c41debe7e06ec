package index

import (
	"context"
	"testing"
)

// The baseline ranks by plain BM25 over paragraph text: a question whose
// words occur in one paragraph only ranks that paragraph first, and paging
// continues the ranks.
func TestBaselineSearch(t *testing.T) {
	c := briefing(t,
		"The harbour was mined in spring.",
		"Rebels seized the airport at dawn after a long siege.",
		"Talks resumed in the capital.",
	)
	bl, err := BuildBaseline(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	defer bl.Close()
	res, err := bl.Search(context.Background(), "who seized the airport", 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Passages) != 1 || res.Passages[0].Paragraph != 2 || res.Passages[0].Rank != 1 {
		t.Fatalf("passages = %+v", res.Passages)
	}
	// The "en" analyzer stems: "sieges" finds "siege".
	res, err = bl.Search(context.Background(), "sieges", 3, 0)
	if err != nil || len(res.Passages) != 1 || res.Passages[0].Paragraph != 2 {
		t.Fatalf("stemmed search: %+v, %v", res.Passages, err)
	}
	res, err = bl.Search(context.Background(), "the harbour talks", 1, 1)
	if err != nil || len(res.Passages) != 1 || res.Passages[0].Rank != 2 {
		t.Fatalf("second page: %+v, %v", res.Passages, err)
	}
}

// Equal scores rank in document order in every process.
func TestBaselineTies(t *testing.T) {
	c := briefing(t, "Other text.", "The ferry sank.", "The ferry sank.", "The ferry sank.")
	bl, err := BuildBaseline(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	defer bl.Close()
	for range 5 {
		res, err := bl.Search(context.Background(), "ferry", 3, 0)
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range res.Passages {
			if p.Paragraph != i+2 {
				t.Fatalf("rank %d is ¶%d, want ¶%d", p.Rank, p.Paragraph, i+2)
			}
		}
	}
}
