package corpus

import (
	"fmt"
	"testing"
)

// TestScratchReuseKeepsFinds reads briefings with a worker's scratch that
// read other briefings before, and with a fresh one, and wants the same
// finds: nothing a rule keeps may point into the words, paragraphs or
// maps the scratch hands out again.
func TestScratchReuseKeepsFinds(t *testing.T) {
	slugs := []string{"somalia-101", "colombia-101", "uganda-101", "yemen-101"}
	var bs []*Briefing
	for _, slug := range slugs {
		b, err := parseDev(slug)
		if err != nil {
			t.Fatal(err)
		}
		bs = append(bs, b)
	}
	x := extractor{}
	used := &wordArena{}
	for i, b := range bs {
		want := fmt.Sprintf("%+v", x.readBriefing(b, newMemo(), newMemo(), &wordArena{}))
		used.reset()
		kept := x.readBriefing(b, newMemo(), newMemo(), used)
		used.reset() // the next briefing writes over what b was read into
		x.readBriefing(bs[(i+1)%len(bs)], newMemo(), newMemo(), used)
		if got := fmt.Sprintf("%+v", kept); got != want {
			t.Errorf("%s: finds change when the scratch goes on to read another briefing", slugs[i])
		}
	}
}
