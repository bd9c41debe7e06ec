package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// TestActingNames: an unknown word the text makes act after "the", more
// than once, is a name; once, a copula, a title before a person's name,
// the first word of a longer name, or a past form that is a noun of its
// own ("left") is not evidence.
func TestActingNames(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"acts twice", "The Kavurmas announced their return in 1974.|By 1977 the Kavurmas suffered heavy losses.", "[Kavurmas]"},
		{"acts once", "The Kavurmas announced their return in 1974.|By 1977 the rebels suffered heavy losses.", "[]"},
		{"copula", "The Kavurmas were strong.|The Kavurmas were feared.", "[]"},
		{"title before a person", "The Zuvan Abdul Keri spoke.|The Zuvan announced a truce.|Then the Zuvan refused to meet them.", "[]"},
		{"first word of a longer name", "The Jamat al Veldin rose.|The Jamat seized the radio.|The Jamat released its hostages.", "[]"},
		{"faction and leader", "The party split into two factions, Kavur and Zemel.|The Kavur leader became president.", "[Kavur]"},
		{"faction and a past verb", "The Zemel faction was purged.|Later the Zemel seized the radio.", "[Zemel]"},
		{"qualifying members", "Fighting with Veldu militias spread.|The Veldu militiamen fled.", "[]"},
		{"last word of a longer name", "The Sinn Veldo leader spoke.|Sinn Veldo leaders met.", "[]"},
		{"adjective of a name", "The Veldist wing split.|The Veldist leader resigned.", "[]"},
		{"past form that is a word", "The Veldish left split.|Later the Veldish left rejoined the front.", "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var paras []*para
			for _, s := range strings.Split(tt.text, "|") {
				paras = append(paras, newPara(s))
			}
			if got := fmt.Sprint(actingNames(paras, nil, true)); got != tt.want {
				t.Errorf("actingNames = %s, want %s", got, tt.want)
			}
		})
	}
}

// TestMidSentenceCap: a sentence-opening word capitalised after a word
// that does not end a sentence is a name's; a title, a month, or a capital
// after a full stop, a colon or a list dash is not evidence.
func TestMidSentenceCap(t *testing.T) {
	tests := []struct {
		before, capital string
		want            bool
	}{
		{"party,", "New", true},
		{"joined", "All", true},
		{"ended.", "New", false},
		{"-", "New", false},
		{"Note:", "New", false},
		{"Prosecutor", "General's", false},
		{"late", "May", false},
		{"by", "President", false},
	}
	for _, tt := range tests {
		if got := midSentenceCap(tt.before, tt.capital); got != tt.want {
			t.Errorf("midSentenceCap(%q, %q) = %v, want %v", tt.before, tt.capital, got, tt.want)
		}
	}
}

// TestJoinedLikePerson: a hyphen or an apostrophe between capitalised
// parts, or before a syllable, joins a person's name; before or after a
// particle in lower case, a group's.
func TestJoinedLikePerson(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"Kala-Mbuta", true},
		{"O'Malley", true},
		{"Chong-hui", true},
		{"Mbeki", true},
		{"al-Nusra", false},
		{"Lashkar-e-Tayyib", false},
		{"Jama'at", false},
		{"Wafa'", false},
	}
	for _, tt := range tests {
		if got := joinedLikePerson(tt.word); got != tt.want {
			t.Errorf("joinedLikePerson(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestTitledRun: a leader's title in lower case introduces a person's
// name; a noun WordNet also files under persons ("party", "name") does
// not, nor does a title before a people's name or a group noun.
func TestTitledRun(t *testing.T) {
	tests := []struct {
		before string
		run    []string
		after  []string
		want   bool
	}{
		{"minister,", []string{"Carlos", "Medina", "Lamas"}, []string{"presided."}, true},
		{"president", []string{"Joachim", "Ndombi-Okoko"}, []string{"led"}, true},
		{"party,", []string{"Asom", "Gana", "Parishad"}, []string{"(AGP),"}, false},
		{"name", []string{"Provisional", "IRA"}, []string{"and"}, false},
		{"commander", []string{"Abu", "Sayyaf"}, []string{"group"}, false},
		{"leader", []string{"Pathet", "Lao"}, []string{"forces"}, false},
		{"President", []string{"Joachim", "Ndombi"}, []string{"said"}, false},
	}
	for _, tt := range tests {
		if got := titledRun(tt.before, tt.run, tt.after); got != tt.want {
			t.Errorf("titledRun(%q, %q, %q) = %v, want %v", tt.before, tt.run, tt.after, got, tt.want)
		}
	}
}
