package corpus

import "testing"

// TestAgentBefore checks which text before a definition makes it a
// passive verb's agent.
func TestAgentBefore(t *testing.T) {
	for _, tt := range []struct {
		before string
		want   bool
	}{
		{"The ruling coalition was supported by the far-left", true},
		{"The town was taken by the", true},
		{"Deputies walked out, backed by", true},
		{"The statement was issued in the name of the", false},
		{"He stood by the", false},
		{"The plan was approved by 70 votes, the", false},
		{"supported by the very small far-left", false},
	} {
		if got := agentBefore(tt.before); got != tt.want {
			t.Errorf("agentBefore(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}
