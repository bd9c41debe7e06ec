package corpus

import "testing"

// TestLookupPeopleMembers: a query naming a people's members ("russian
// paratroopers") reads its rest, the people alone, by no name's prefix:
// the nation's ministry or its land is not the force meant, while a
// body whose name holds the people further on still matches.
func TestLookupPeopleMembers(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Russian defence ministry", Summary: "The Russian defence ministry said the aircraft landed."},
		{Name: "Basque Country", Summary: "The Basque Country voted."},
		{Name: "Liberation Tigers of Tamil Eelam", Summary: "A militant group."},
	}}
	for _, tt := range []struct {
		q, want string
		on      bool
	}{
		{"russian paratroopers", "", true},
		{"russian paratroopers", "Russian defence ministry", false},
		{"basque separatists", "", true},
		{"tamil fighters", "Liberation Tigers of Tamil Eelam", true},
	} {
		rq := c.readQuery(matchKeys(normalize(tt.q)))
		rq.peopleMembers = tt.on
		best, top := "", 0
		for _, f := range c.Factions {
			if s := rq.score(f); s > top {
				best, top = f.Name, s
			}
		}
		if best != tt.want {
			t.Errorf("%q with people-members %v: best %q (%d), want %q", tt.q, tt.on, best, top, tt.want)
		}
	}
}
