package corpus

import "testing"

func TestQuestionOutlet(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"**Question (West Africa Wire Service):** What about the peacekeepers?", "West Africa Wire Service"},
		{"QUESTION (Noriko Sato, Kansai Shimbun): Is the airport open?", "Kansai Shimbun"},
		{"QUESTION: Ruth Coleman, Pacific Radio Service. You said the Commonwealth will not accept it.", "Pacific Radio Service"},
		{"Q: Maurice Eyene, Radio Atlantique. When will the vote be held?", "Radio Atlantique"},
		{"QUESTION (3 News): How many are missing?", "3 News"},
		{"Q (foreign agency): Will the army stay?", ""},
		{"Q (Thai television): Who fired first?", ""},
		{"Questions remain (Reuters) about the vote.", ""},
		{"QUESTION: Is the Commonwealth united on this, or divided?", ""},
		{"The question (Army Council) was put.", ""},
	} {
		if got := questionOutlet(tt.text); got != tt.want {
			t.Errorf("questionOutlet(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
