package corpus

import "testing"

// TestFormMatcherMixedCase: a form with a capital inside a word
// ("nGaedheal", "McCarthy", "FAd'H") is found as written and in either
// case; the anchor that rules paragraphs out is read in one case (its old
// anchor, "Gaedheal", was searched for as "gaedheal" and "GAEDHEAL" and
// so never found the name as written).
func TestFormMatcherMixedCase(t *testing.T) {
	tests := []struct {
		form, text string
		want       bool
	}{
		{"Cumann na nGaedheal", "The deputies founded a new party, Cumann na nGaedheal, in 1923.", true},
		{"Cumann na nGaedheal", "CUMANN NA NGAEDHEAL WON 63 SEATS.", true},
		{"Cumann na nGaedheal", "cumann na ngaedheal won 63 seats.", true},
		{"McCarthy Committee", "The McCarthy Committee met in May.", true},
		{"FAd'H", "Soldiers of the FAd'H patrolled the port.", true},
		{"Cumann na nGaedheal", "Cumann na mBan held a convention.", false},
	}
	for _, tt := range tests {
		m, ok := newFormMatcher(tt.form)
		if !ok {
			t.Fatalf("no matcher for %q", tt.form)
		}
		if got := m.in(tt.text); got != tt.want {
			t.Errorf("%q in %q = %v, want %v (anchor %q)", tt.form, tt.text, got, tt.want, m.anchor)
		}
	}
}

func TestOneCaseRuns(t *testing.T) {
	tests := []struct {
		run  string
		want []string
	}{
		{"Gaedheal", []string{"G", "aedheal"}},
		{"aedheal", []string{"aedheal"}},
		{"cCarthy", []string{"c", "C", "arthy"}},
		{"ZAPU", []string{"ZAPU"}},
		{"Ad", []string{"A", "d"}},
		{"26th", []string{"26th"}},
	}
	for _, tt := range tests {
		got := oneCaseRuns(tt.run)
		if len(got) != len(tt.want) {
			t.Errorf("oneCaseRuns(%q) = %q, want %q", tt.run, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("oneCaseRuns(%q) = %q, want %q", tt.run, got, tt.want)
				break
			}
		}
	}
}
