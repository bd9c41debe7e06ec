package lang

import "testing"

func TestGuess(t *testing.T) {
	tests := []struct{ q, want string }{
		{"Who leads Ansar Dine?", ""},
		{"Ansar Dine", ""},
		{"al-Shabaab leaders", ""},
		{"When did the French intervene in Mali?", ""},
		{"What is La Paz known for?", ""},
		{"Casa De Campo attack", ""},
		{"Who's in charge of the MNLA?", ""},
		{"MNLA", ""},
		{"", ""},
		{"Qui dirige Ansar Dine ?", "French"},
		{"Quel est le rôle de la France au Mali ?", "French"},
		{"¿Quién dirige Ansar Dine?", "Spanish"},
		{"Wer führt die Gruppe an?", "German"},
		{"Quem lidera o grupo?", "Portuguese"},
		{"من يقود أنصار الدين؟", "Arabic script"},
		{"Кто возглавляет группу?", "Cyrillic script"},
	}
	for _, tt := range tests {
		if got := Guess(tt.q); got != tt.want {
			t.Errorf("Guess(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestIsEnglishStopWord(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{{"other", true}, {"which", true}, {"le", false}, {"firqat", false}} {
		if got := IsEnglishStopWord(tt.w); got != tt.want {
			t.Errorf("IsEnglishStopWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
