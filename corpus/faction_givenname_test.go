package corpus

import "testing"

// TestGivenNameBeforeParticle: a group noun after a word no English table
// knows is a person's particle between a given name and a surname, not
// the head of a body's name, whether the surname closes it as a foreign
// word ("Force Publique" read head first) or as a place-like qualifier
// ("Joint Task Force Marawi"); a body whose name opens with English words
// or a place keeps its head.
func TestGivenNameBeforeParticle(t *testing.T) {
	tests := []struct {
		name string
		org  bool
	}{
		{"Clayton Van Lydegraf", false}, // "van": a vanguard to WordNet
		{"Hoang Van Hoan", false},
		{"Henry Cabot Lodge Jr", false}, // "lodge": a formal association
		{"Force Publique", true},
		{"Forças Armadas Revolucionárias", true}, // a plural noun: no particle
		{"Joint Task Force Marawi", true},
		{"Kosovo Force", true},
	}
	for _, tt := range tests {
		if got := isOrgName(tt.name); got != tt.org {
			t.Errorf("isOrgName(%q) = %v, want %v", tt.name, got, tt.org)
		}
	}
}

// TestPluralGroupGiven: the word where a titled person's given name would
// stand counts as a plural group noun only when the tables hold its
// singular (pluralNoun): "Forces" is plural, "Congress" and "Progress",
// whose final s is their own, are not.
func TestPluralGroupGiven(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Socialist Forces Front", true},
		{"National Councils Party", true},
		{"General Congress Party", false},
		{"Socialist Progress Party", false},
		{"Socialist Forces", false}, // two words: no given name and surname
	}
	for _, tt := range tests {
		if got := pluralGroupGiven(tt.name); got != tt.want {
			t.Errorf("pluralGroupGiven(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
