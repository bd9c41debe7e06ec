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
