package corpus

import (
	"math/rand/v2"
	"testing"
)

// TestQueryShapeSkipsOnlyNothing checks that the readings a query's
// shape skips (queryShape) would have scored nothing: every faction of
// four development briefings scores the same for queries of every shape
// the readings take (a nation's forces, a body, members, a unit's
// number, a leader's name and a group noun, names and slips of them)
// with the query's shape as without it. It also checks that shapes skip
// readings and that the readings they keep score, so that the test
// tries something.
func TestQueryShapeSkipsOnlyNothing(t *testing.T) {
	c := loadDev(t, "somalia-101", "colombia-101", "uganda-101", "yemen-101")
	queries := []string{"somali army", "ugandan government", "catholic bishops", "al shabab", "museveni government",
		"kony rebels", "5 brigade", "4 division", "uribe forces", "houthi fighters", "somali police"}
	for i, w := range lookupTestWords(c) {
		if i%11 == 0 {
			queries = append(queries, w, w+" forces", w+" army", w+" soldiers", "yemeni "+w)
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for _, f := range c.Factions {
		queries = append(queries, normalize(f.Name), slip(normalize(f.Name), rng))
		queries = append(queries, summaryQueries(f)...)
	}
	skipped, scored := 0, 0
	for _, q := range queries {
		rq := c.readQuery(matchKeys(q))
		all := rq
		all.shape = rq.shape.allReadings()
		skipped += btoi(skipsAny(rq.shape))
		for _, f := range c.Factions {
			got, want := rq.score(f), all.score(f)
			if got != want {
				t.Errorf("score(%q, %s) = %d with the query's shape, %d with every reading", q, f.Name, got, want)
			}
			scored += btoi(got > 0)
		}
	}
	if skipped < len(queries)/2 || scored < 50 {
		t.Fatalf("%d of %d queries skip a reading, %d scores above 0: the test tries little", skipped, len(queries), scored)
	}
	t.Logf("%d queries, %d skip a reading, %d scores above 0", len(queries), skipped, scored)
}

// skipsAny reports whether s skips any of beyondSpelling's readings.
func skipsAny(s queryShape) bool {
	return !(s.forces && s.describedForces && s.unit && s.described && s.members && s.leader && s.epithet)
}
