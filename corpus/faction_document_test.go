package corpus

import (
	"slices"
	"testing"
)

// TestDocumentHeaded: a name is a document's when a document noun heads
// it, not when one closes a complement of a group noun.
func TestDocumentHeaded(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Final Point Law", true},
		{"Treaty of Lindau", true},
		{"Danube Pact", true},
		{"Council for the Defence of the Basic Law", false},
		{"Liberation Army", false},
		{"Law", false},
	}
	for _, tt := range tests {
		if got := documentHeaded(tt.name); got != tt.want {
			t.Errorf("documentHeaded(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestAlliedName: a pact its members belong to, or whose forces act, is
// an alliance; a law is only passed, cited and obeyed.
func TestAlliedName(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"In 1955 Vardia became a founding member of the Danube Pact.", "danube pact", true},
		{"Moscow and two of its allies in the Danube Pact sent their armies.", "danube pact", true},
		{"Danube Pact troops crossed the border at dawn.", "danube pact", true},
		{"The Danube Pact was dissolved in 1991.", "danube pact", false},
		{"Officers were tried under the Final Point Law.", "final point law", false},
		{"The courts of the Final Point Law era acquitted them.", "final point law", false},
	}
	for _, tt := range tests {
		ps := []*para{newPara(tt.text)}
		if got := alliedName(ps, pairsOf(ps), tt.name); got != tt.want {
			t.Errorf("alliedName(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestBytePairsHoldEverySubstring: the pair filter in front of
// alliedName's search never rules out a string the text holds, checked
// for every substring of two to sixteen bytes of every dev paragraph, and
// rules out most strings it does not hold.
func TestBytePairsHoldEverySubstring(t *testing.T) {
	c, err := Read("testdata/eval/dev")
	if err != nil {
		t.Fatal(err)
	}
	checked, out := 0, 0
	for _, b := range c.Briefings {
		var ps []*para
		for _, p := range b.Paragraphs {
			ps = append(ps, newPara(p.Text))
		}
		pairs := pairsOf(ps)
		for i, p := range ps {
			for j := range len(p.low) {
				for n := 2; n <= 16 && j+n <= len(p.low); n++ {
					checked++
					if !pairs[i].mayHold(p.low[j : j+n]) {
						t.Fatalf("%s: the pairs of %q rule out %q", b.Slug, p.low, p.low[j:j+n])
					}
				}
			}
			if !pairs[i].mayHold("zzqx jvkw") {
				out++
			}
		}
	}
	if checked == 0 || out == 0 {
		t.Fatalf("%d substrings checked, %d paragraphs ruling out a made-up string: the test checks nothing", checked, out)
	}
}

// TestFindByAlliance: a pact named after its members or before its
// forces is proposed; one only signed or cited is not.
func TestFindByAlliance(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Moscow and three of its allies in the Danube Pact sent their armies.", []string{"Danube Pact"}},
		{"At dawn Danube Pact troops crossed the border.", []string{"Danube Pact"}},
		{"In 1955 Vardia signed the Danube Pact.", nil},
		{"Officers were tried under the Final Point Law.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range findByAlliance(newPara(tt.text)) {
			got = append(got, c.name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("findByAlliance(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
