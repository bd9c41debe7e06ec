package corpus

import "testing"

// TestMemberOf: a nation's adjective and a plural noun for members name
// the body of that nation whose name holds the noun's singular beside
// its head (reading member-of), not the first body the adjective opens;
// with the reading off, the adjective's prefix wins. A name holding the
// word away from its head ("Communist Suppression Command") is no
// communists' body.
func TestMemberOf(t *testing.T) {
	tests := []struct{ text, q, want, off string }{
		{"The Greek Military Police (ESA) arrested thousands after the coup.\n\nThe Communist Party of Greece (KKE) had been banned since 1947; its leaders lived in exile.",
			"greek communists", "Communist Party of Greece", "Greek Military Police"},
		{"The Thai Rangers Corps patrolled the border in 1973.\n\nThe Communist Suppression Operations Command (CSOC) hunted the guerrillas. The Communist Party of Thailand (CPT) ran camps in the north.",
			"thai communists", "Communist Party of Thailand", ""},
	}
	for _, tt := range tests {
		c, err := New(briefing(t, "t", "# Greece and Thailand\n\n"+tt.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if f := bestLooked(c, tt.q, func(*readQuery) {}); f == nil || f.Name != tt.want {
			t.Errorf("%q: got %v, want %q", tt.q, f, tt.want)
		}
		if tt.off == "" {
			continue
		}
		if f := bestLooked(c, tt.q, func(rq *readQuery) { rq.memberOf = false }); f == nil || f.Name != tt.off {
			t.Errorf("%q without member-of: got %v, want %q", tt.q, f, tt.off)
		}
	}
}

// TestMembersWord: the members' word is the head, the word before it or
// a bracketed qualifier.
func TestMembersWord(t *testing.T) {
	tests := []struct {
		name, w string
		want    bool
	}{
		{"Communist Party of Greece", "communist", true},
		{"Portuguese Communist Party", "communist", true},
		{"Communist Party of Nepal (Maoist)", "maoist", true},
		{"Communist Suppression Operations Command", "communist", false},
	}
	for _, tt := range tests {
		if got := membersWord(tt.name, tt.w); got != tt.want {
			t.Errorf("membersWord(%q, %q) = %v, want %v", tt.name, tt.w, got, tt.want)
		}
	}
}

// TestPeopleTypoNoMember: the members reading that keeps a people's word
// alone matches no body by a typo, since a people's word one letter off
// is another people's ("kurdish" and "turkish"); with people-members off
// it does.
func TestPeopleTypoNoMember(t *testing.T) {
	c, err := New(briefing(t, "t", "# Cyprus\n\n## Invasion\n\nOn 20 July 1974 the Turkish Armed Forces landed near Kyrenia and advanced on Nicosia.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if f := bestLooked(c, "kurdish rebels", func(*readQuery) {}); f != nil {
		t.Errorf("kurdish rebels: got %q, want none", f.Name)
	}
	if f := bestLooked(c, "kurdish rebels", func(rq *readQuery) { rq.peopleMembers = false }); f == nil {
		t.Errorf("kurdish rebels without people-members: got none, want the Turkish Armed Forces")
	}
}
