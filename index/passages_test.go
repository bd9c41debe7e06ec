package index

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

func TestSpeakerLabel(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Q: How many boats were seized?", "Q"},
		{"Q (Ana, River Times): Can you confirm the figure?", "Q"},
		{"**Q:** Who commands the flotilla?", "Q"},
		{"QUESTION: Is the port open?", "QUESTION"},
		{"MS. OKAFOR: We have no figure yet.", "MS. OKAFOR"},
		{"LT. GEN. DE WITT: The convoy left at dawn.", "LT. GEN. DE WITT"},
		{"SPOKESPERSON: Good afternoon.", "SPOKESPERSON"},
		{"**SPOKESPERSON**: Good afternoon.", "SPOKESPERSON"},
		{"The minister said: the port is open.", ""},                                  // prose before the colon
		{"Casualties: twelve dead, forty wounded.", ""},                               // a run-in heading in sentence case
		{"THE FIRST, SECOND AND THIRD BRIGADES OF THE NORTHERN ARMY: all moved.", ""}, // too long for a label
		{"No colon at all in this paragraph.", ""},
		{"Q2 figures: up.", ""}, // a digit is no letter of a label
	} {
		if got := speakerLabel(tt.text); got != tt.want {
			t.Errorf("speakerLabel(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// transcript is a briefing of a press conference: an opening statement,
// then questions and answers, then a fact sheet under its own heading.
func transcript() *corpus.Briefing {
	ps := []struct{ section, text string }{
		{"Opening", "SPOKESPERSON: Good afternoon. The flotilla reached the harbour, where the fishermen's families waited."}, // 1
		{"Questions", "Q: What about the fishermen? Their families say the boats were seized."},                               // 2
		{"Questions", "SPOKESPERSON: Eleven vessels were held overnight and released at noon."},                               // 3
		{"Questions", "Their crews were questioned by the coast guard and allowed to leave."},                                 // 4
		{"Questions", "Compensation claims go to the port authority."},                                                        // 5
		{"Questions", "Q: Will the navy stay?"},                                                                               // 6
		{"Questions", "SPOKESPERSON: Two frigates remain until the end of the month."},                                        // 7
		{"Questions", "MODERATOR: Last question, please."},                                                                    // 8
		{"Questions", "We are out of time."},                                                                                  // 9
		{"Fact sheet", "The harbour has four berths:"},                                                                        // 10
		{"Fact sheet", "- the north berth, for tankers; - the south berth, for ferries."},                                     // 11
		{"Fact sheet", "Dredging of the channel is planned."},                                                                 // 12
		{"Fact sheet", "Q: is written here as a plain letter in a sentence about the list of berths, no turn."},               // 13
	}
	b := &corpus.Briefing{Slug: "harbour", Title: "Harbour briefing"}
	for i, p := range ps {
		b.Paragraphs = append(b.Paragraphs, corpus.Paragraph{Number: i + 1, Section: p.section, Text: p.text})
	}
	return b
}

// TestIntroduction: what each paragraph of a transcript is read after.
// Paragraphs 4 and 5 carry on the answer of ¶3, so the question of ¶2
// introduces them too (askedBefore); ¶3 follows a question turn that ends
// on a remark, not a question mark. noTurns reads no labels.
func TestIntroduction(t *testing.T) {
	b := transcript()
	for _, tt := range []struct {
		n       int
		noTurns bool
		want    int // the introducing paragraph, 0 for none
	}{
		{1, false, 0},
		{2, false, 0},
		{3, false, 2}, // after a question turn
		{3, true, 0},  // the turn ends on a remark, not a question mark
		{4, false, 2}, // the answer goes on
		{4, true, 0},
		{5, false, 2},
		{5, true, 0},
		{6, false, 0},
		{7, false, 6}, // "?" leads in
		{8, false, 0},
		{9, false, 0},  // carries on the moderator's turn, which answers no question
		{10, false, 0}, // another section
		{11, false, 10},
		{12, false, 0},
	} {
		want := ""
		if tt.want > 0 {
			want = b.Paragraphs[tt.want-1].Text
		}
		if got, err := introduction(b, tt.n, tt.noTurns); err != nil || got != want {
			t.Errorf("introduction(¶%d, noTurns %v) = %q, want ¶%d", tt.n, tt.noTurns, got, tt.want)
		}
	}
}

// TestAnswerTurnRanks: a question in the reporter's words finds the
// paragraph that carries on the answer, which repeats none of them, first
// only when the answer turn is read after its question; else a paragraph
// that merely names the fishermen's families does.
func TestAnswerTurnRanks(t *testing.T) {
	c, err := corpus.New(transcript())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		noTurns bool
		want    int
	}{{false, 5}, {true, 1}} {
		ix := buildWith(t, c, Options{noTurns: tt.noTurns})
		res, err := ix.Search(context.Background(), "where should the families of the fishermen send claims", 3, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Passages[0].Paragraph; got != tt.want {
			t.Errorf("noTurns %v: first ¶%d, want ¶%d", tt.noTurns, got, tt.want)
		}
	}
}
