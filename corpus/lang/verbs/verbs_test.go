package verbs

import "testing"

func TestForms(t *testing.T) {
	v := Load()
	tests := []struct {
		name string
		f    func(string) bool
		yes  []string
		no   []string
	}{
		{"irregular past", v.IsIrregularPast, []string{"took", "taken", "fought", "led", "fled", "withdrew", "overran"}, []string{"take", "attacked", "army", "is", "has"}},
		{"verb first", v.IsVerbFirst, []string{"take", "go", "publish", "reconvene", "gather"}, []string{"end", "rule", "army", "takes", "peace"}},
		{"same in past", v.IsSameInPast, []string{"put", "set", "hit", "cut", "beat", "shed", "split", "shut", "let", "upset"}, []string{"take", "bid", "quit", "show", "prove", "die", "seed", "attack"}},
		{"present", func(w string) bool { return v.PresentLemma(w) != "" }, []string{"takes", "publishes", "flies", "goes", "reconvenes", "gathers"}, []string{"ends", "rules", "press", "bus", "take", "armies"}},
		{"own past", v.HasOwnPast, []string{"meet", "hold", "send", "fight", "build", "stand"}, []string{"spread", "cast", "burst", "start", "put", "take"}},
		{"regular past", v.IsRegularPast, []string{"attacked", "elected", "stopped", "carried", "mobilised", "livestreamed"}, []string{"hundred", "sacred", "indeed", "need", "speed", "bed"}},
	}
	for _, tt := range tests {
		for _, w := range tt.yes {
			if !tt.f(w) {
				t.Errorf("%s(%q) = false, want true", tt.name, w)
			}
		}
		for _, w := range tt.no {
			if tt.f(w) {
				t.Errorf("%s(%q) = true, want false", tt.name, w)
			}
		}
	}
}

// TestPastFilterKeepsEveryForm checks the pre-filter of IsIrregularPast
// and IsSameInPast against every form of their tables: a form it ruled
// out would no longer count as a past.
func TestPastFilterKeepsEveryForm(t *testing.T) {
	v := Load()
	tests := []struct {
		name string
		set  map[string]bool
		f    func(string) bool
	}{
		{"irregular past", v.past, v.IsIrregularPast},
		{"same in past", v.sameInPast, v.IsSameInPast},
	}
	for _, tt := range tests {
		if len(tt.set) < 20 {
			t.Fatalf("%s: %d forms; the table is missing", tt.name, len(tt.set))
		}
		for w := range tt.set {
			if !tt.f(w) {
				t.Errorf("%s(%q) = false for a form of its table", tt.name, w)
			}
		}
	}
}
