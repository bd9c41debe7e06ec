package index

import (
	"errors"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

// TestStaleExtractionRefused corrupts a stored extraction of the embedded
// briefing in each way load checks and wants corpus.ErrStaleExtraction,
// not a faction citing a briefing or event the corpus does not hold.
func TestStaleExtractionRefused(t *testing.T) {
	c, err := corpus.ReadDefault()
	if err != nil {
		t.Fatal(err)
	}
	c.Extract()
	tests := []struct {
		name    string
		corrupt func(x *storedExtraction)
	}{
		{"event cites a briefing past the last", func(x *storedExtraction) { x.Events[0].Ref.B = int32(len(c.Briefings) + 1) }},
		{"event cites a negative briefing", func(x *storedExtraction) { x.Events[0].Ref.B = -1 }},
		{"faction defined in a briefing past the last", func(x *storedExtraction) { x.Factions[0].Defined.B = int32(len(c.Briefings) + 1) }},
		{"faction passage past the last briefing", func(x *storedExtraction) {
			f := &x.Factions[0]
			f.Passages = append(f.Passages, storedMention{R: storedRef{B: int32(len(c.Briefings) + 1), P: 1}})
		}},
		{"faction event past the timeline", func(x *storedExtraction) {
			x.Factions[0].Events = append(x.Factions[0].Events, int32(len(x.Events)))
		}},
		{"faction's own event missing", func(x *storedExtraction) {
			f := &x.Factions[0]
			f.Events = append(f.Events, int32(-1-len(f.Other)))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := store(c)
			if _, err := x.load(c); err != nil {
				t.Fatalf("uncorrupted: %v", err)
			}
			if len(x.Events) == 0 || len(x.Factions) == 0 {
				t.Fatal("nothing extracted: the test checks nothing")
			}
			tt.corrupt(&x)
			if _, err := x.load(c); !errors.Is(err, corpus.ErrStaleExtraction) {
				t.Errorf("load = %v, want ErrStaleExtraction", err)
			}
		})
	}
}
