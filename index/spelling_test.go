package index

import (
	"strings"
	"testing"
)

func TestOneEdit(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"hezbolah", "hezbollah", true}, // a letter dropped
		{"bakiev", "bakiyev", true},
		{"algeirs", "algiers", true}, // two letters swapped
		{"gbagbi", "gbagbo", true},   // one changed
		{"gbagbo", "gbagbo", true},
		{"chérizer", "chérizier", true}, // letters, not bytes
		{"algeirz", "algiers", false},
		{"hezbolla", "hezbollah", true},
		{"hezbola", "hezbollah", false},
		{"abcd", "badc", false},
		{"", "a", true},
	} {
		if got := oneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := oneEdit(tt.b, tt.a); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

// TestNamedWords: a name typed without its apostrophe or one letter off
// is read as the corpus writes it, and so anchors the question; words the
// text uses, short words and words near two names are left alone.
func TestNamedWords(t *testing.T) {
	ix := build(t, briefing(t,
		"Forces loyal to Gbagbo held the south. Troops of Gbagbo fought on; later Gbagbo was arrested.",
		"The leader of Hezbollah spoke. Fighters of Hezbollah crossed; in July Hezbollah fired rockets.",
		"Talks in Kasana and then Kasama stalled; Kasana and Kasama both lay near Gao, as did Gao.",
		"The agreement was weak and the army was tired.",
		"Pupils of the Sacred Heart school met Okello; later Okello left, and Okello was gone.",
	))
	for _, tt := range []struct{ q, want string }{
		{"who commanded gbagbos army", "who commanded gbagbo army"},
		{"who leads hezbolah", "who leads hezbollah"},
		{"who signed the agreemnt", "who signed the agreemnt"}, // not near a name
		{"what happened in kasama", "what happened in kasama"}, // a name as written
		{"what happened in kasaka", "what happened in kasaka"}, // near two names
		{"who took gaos", "who took gao"},
		{"who held gaoo", "who held gaoo"}, // too short to guess
		{"was the army tired", "was the army tired"},
		{"why was okello sacked", "why was okello sacked"}, // English, though one letter from Sacred
	} {
		if got := strings.Join(ix.namedWords(words(tt.q)), " "); got != tt.want {
			t.Errorf("%q: read %q, want %q", tt.q, got, tt.want)
		}
	}
	ix.expansion.englishMisspelt = true
	if got := strings.Join(ix.namedWords(words("why was okello sacked")), " "); got != "why was okello sacred" {
		t.Errorf("English words read as misspelt names: read %q, want the name Sacred", got)
	}
	ix.expansion.englishMisspelt = false
	pl := ix.buildQuery("who commanded gbagbos army")
	if len(pl.anchors) != 1 || pl.anchors[0].label != "Gbagbo" {
		t.Errorf("anchors of a possessive without apostrophe: %+v", pl.anchors)
	}
}
