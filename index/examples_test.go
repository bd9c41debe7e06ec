package index

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

// TestIssueExamples asks the questions a new user meets on the embedded
// briefing. The answering paragraph must come first, by general means,
// and the same in every index built; when the briefing does not say (who
// leads a group), the results say so and open with what it says about
// the group. Without the fallback to "what is X?" the who-questions fail.
func TestIssueExamples(t *testing.T) {
	tests := []struct {
		q, top  string
		missing bool
	}{
		{"Who leads Ansar Dine?", "Ansar Dine is another splinter cell", true},
		{"who leads the MNLA?", "is a secular rebel group", true},
		{"When did France intervene?", "authorized Opération Serval", false},
		{"How many soldiers did the French deploy?", "some 500 troops", false},
		{"What is Ansar Dine?", "Ansar Dine is another splinter cell", false},
	}
	a, b := mali(t), mali(t)
	ctx := context.Background()
	for _, tt := range tests {
		res, err := a.Search(ctx, tt.q, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		if top := res.Passages[0]; !strings.Contains(top.Text, tt.top) {
			t.Errorf("%q: first ¶%d %.60q, want the one with %q", tt.q, top.Paragraph, top.Text, tt.top)
		}
		if got := res.Missing != ""; got != tt.missing {
			t.Errorf("%q: Missing = %q, want a note: %v", tt.q, res.Missing, tt.missing)
		}
		again, err := b.Search(ctx, tt.q, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		if order(res) != order(again) {
			t.Errorf("%q: two indexes rank %s and %s", tt.q, order(res), order(again))
		}
	}
}

func order(res corpus.Results) string {
	var ps []int
	for _, p := range res.Passages {
		ps = append(ps, p.Paragraph)
	}
	return fmt.Sprint(ps)
}

// TestUnansweredKinds: a note needs a named subject and a kind of answer
// whose absence can be seen; a reason often comes without a cue word.
func TestUnansweredKinds(t *testing.T) {
	cs := []candidate{{anchored: true}}
	named := plan{anchors: []anchor{{label: "X", terms: map[string]bool{"x": true}}}}
	for kind, want := range map[answerKind]bool{
		dateKind: true, personKind: true, quantityKind: true, placeKind: true, durationKind: true,
		reasonKind: false, definitionKind: false, anyKind: false,
	} {
		pl := named
		pl.answer = kind
		if got := isUnanswered(cs, pl); got != want {
			t.Errorf("%s: unanswered %v, want %v", kindNames[kind], got, want)
		}
	}
	if isUnanswered(cs, plan{answer: dateKind}) {
		t.Error("a question naming nothing is never unanswered")
	}
}
