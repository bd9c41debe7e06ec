package corpus

import "testing"

// TestLookupPeopleMembers: a query naming a people's members ("russian
// paratroopers") reads its rest, the people alone, by no prefix of a
// lower-case description ("Russian defence ministry"), while a proper
// name the people opens or holds further on still matches.
func TestLookupPeopleMembers(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Russian defence ministry", Summary: "The Russian defence ministry said the aircraft landed."},
		{Name: "Indian Peace Keeping Force", Summary: "The Indian Peace Keeping Force landed."},
		{Name: "Liberation Tigers of Tamil Eelam", Summary: "A militant group."},
	}}
	for _, tt := range []struct {
		q, want string
		on      bool
	}{
		{"russian paratroopers", "", true},
		{"russian paratroopers", "Russian defence ministry", false},
		{"indian soldiers", "Indian Peace Keeping Force", true},
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

// TestReportingInitialCoversVerbs keeps reportingBodies' cheap trigger in
// step with reportingVerbs: a verb whose first letter the trigger
// rejects would never be looked up, and its bodies would silently go
// unread.
func TestReportingInitialCoversVerbs(t *testing.T) {
	for v := range reportingVerbs {
		if !reportingInitial(v[0]) {
			t.Errorf("reportingInitial rejects %q, one of reportingVerbs", v)
		}
	}
}
