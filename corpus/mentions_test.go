package corpus

import (
	"reflect"
	"testing"
)

// TestRestoredMentions: a faction's mentions read the same through
// ListMentions, MentionCount and MentionsBesidePassages whether they are
// in Mentions (extracted) or built on demand (restored).
func TestRestoredMentions(t *testing.T) {
	ms := []Mention{{Ref: Ref{Briefing: "b", Paragraph: 2}, Sentence: "one"}, {Ref: Ref{Briefing: "b", Paragraph: 5}}}
	passages := []Mention{{Ref: Ref{Briefing: "b", Paragraph: 2}, Sentence: "describes"}}
	extracted := &Faction{Name: "Front", Mentions: ms, Passages: passages}
	restored := &Faction{Name: "Front", Passages: passages}
	restored.RestoreMentions(len(ms), func() []Mention { return append([]Mention(nil), ms...) })
	for _, f := range []*Faction{extracted, restored} {
		if got := f.ListMentions(); !reflect.DeepEqual(got, ms) {
			t.Errorf("ListMentions = %+v, want %+v", got, ms)
		}
		if got := f.MentionCount(); got != len(ms) {
			t.Errorf("MentionCount = %d, want %d", got, len(ms))
		}
		if got := f.MentionsBesidePassages(); !reflect.DeepEqual(got, ms[1:]) {
			t.Errorf("MentionsBesidePassages = %+v, want %+v", got, ms[1:])
		}
	}
	if restored.Mentions != nil {
		t.Error("a restored faction holds its mentions")
	}
}
