package index

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestAppositiveDefinitions: a name followed or preceded by "a …"
// in apposition is defined there.
func TestAppositiveDefinitions(t *testing.T) {
	tests := []struct {
		sentence, name string
		want           bool
	}{
		{"The National Unity Government (NUG), a shadow administration formed by ousted lawmakers, called a strike.", "National", true},
		{"His rule rested on an elite guard, the Presidential Security Regiment (RSP), and on armed groups.", "Presidential", true},
		{"The National Unity Government, which met in May, called a strike.", "National", false},
		{"Officers of the Presidential Security Regiment, led by a general, tried to seize power.", "Presidential", false},
		{"Talks stalled, the Presidential Security Regiment said.", "Presidential", false},
	}
	for _, tt := range tests {
		at := strings.Index(tt.sentence, tt.name)
		if got := appositiveOf(tt.sentence, []int{at}, 0); got != tt.want {
			t.Errorf("appositiveOf(%q at %q) = %v, want %v", tt.sentence, tt.name, got, tt.want)
		}
	}
}

// TestRolesAnswerWho: "who runs X?" is answered by a sentence naming X's
// head by a title or as an agent ("headed by …"), whatever the verb, so
// no note says the briefings do not answer it.
func TestRolesAnswerWho(t *testing.T) {
	c := briefing(t,
		"The Kestrel Mission, headed by the diplomat Maria Olsen, monitors the ceasefire along the coast.",
		"Fishermen say the coast has been calmer since the Kestrel Mission arrived in June.",
	)
	for _, tt := range []struct {
		noRoles, missing bool
	}{{false, false}, {true, true}} {
		ix := build(t, c)
		pl := ix.buildQuery("who runs the kestrel mission")
		pl.noRoles = tt.noRoles
		sr, err := ix.idx.SearchInContext(context.Background(), rankRequest(pl.query, candidates))
		if err != nil {
			t.Fatal(err)
		}
		cs, err := ix.candidates(context.Background(), pl, sr.Hits, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := ix.ranker.rerank(cs, pl, ix.about); got != tt.missing {
			t.Errorf("roles off %v: unanswered %v, want %v", tt.noRoles, got, tt.missing)
		}
	}
}

// TestWhoAnsweredNearby: a note says a who-question is unanswered only
// when no sentence about its subject names anyone for it. A sentence is
// about the subject when it carries on from one opening with it (a
// pronoun, a possessive, "Headed by"), and a role is any of WordNet's
// kinds of leader; a sentence that carries on from one naming the subject
// only at its end is about something else.
func TestWhoAnsweredNearby(t *testing.T) {
	tests := []struct {
		name, text, q string
		missing       bool
	}{
		{"pronoun", "The main rebel group was the Heron Front. It grew out of exile meetings. Its chairman was Tomas Brek.", "who leads the heron front", false},
		{"participle", "The council set up the Kestrel Mission in June to run the vote. Headed by the envoy Maria Olsen, it had 400 staff.", "who runs the kestrel mission", false},
		{"possessive", "The accord created the Kestrel Mission, with wide powers. The lawyer Maria Olsen arrived in July as its first head.", "who was the first head of the kestrel mission", false},
		{"role noun", "The Heron Front, whose commander is Tomas Brek, held the ridge for a week.", "who runs the heron front", false},
		{"not its topic", "The Osprey Brigade for Justice and Unity in the West is a militia that broke away from the Heron Front. It aims to bring Muslim leaders to power in West Africa.", "who leads the heron front", true},
		{"no name", "The Heron Front is a splinter group. Its goal is to impose strict rules on the coast.", "who leads the heron front", true},
	}
	for _, tt := range tests {
		c := briefing(t, tt.text, "Fishermen say the coast has been calmer this year.")
		ix := build(t, c)
		res, err := ix.Search(context.Background(), tt.q, 2, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Missing != ""; got != tt.missing {
			t.Errorf("%s: %q: note %q, want a note: %v", tt.name, tt.q, res.Missing, tt.missing)
		}
	}
}

// TestGazetteerAnswersWhere: a place the gazetteer knows answers "where",
// without a preposition of place before it.
func TestGazetteerAnswersWhere(t *testing.T) {
	c := briefing(t,
		"The Heron Front is concentrated in the border area where Burkina Faso and Niger meet.",
		"The Heron Front has grown since last year.",
	)
	ix := build(t, c)
	res, err := ix.Search(context.Background(), "where is the heron front active", 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.Missing != "" {
		t.Errorf("note %q, want none: Burkina Faso is a place", res.Missing)
	}
}

// TestCompounds: two words of the question match the word a writer
// joins them into ("run off" → runoff).
func TestCompounds(t *testing.T) {
	c := briefing(t,
		"Turnout in the first round of the vote was high, and the count lasted for weeks.",
		"The decisive runoff was held on 28 November, and observers judged it acceptable.",
	)
	for _, tt := range []struct {
		noCompounds bool
		want        int
	}{{false, 2}, {true, 1}} {
		ix := build(t, c)
		ix.expansion.noCompounds = tt.noCompounds
		res, err := ix.Search(context.Background(), "when was the run off vote", 2, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Passages[0].Paragraph; got != tt.want {
			t.Errorf("compounds off %v: first ¶%d, want ¶%d", tt.noCompounds, got, tt.want)
		}
	}
}

// TestSplits: a question word the briefings write as two ("peacekeepers"
// for "peace keepers", "runoffs" for "run-off votes") finds them.
func TestSplits(t *testing.T) {
	c := briefing(t,
		"Turnout in the first round of the vote was high, and the count lasted for weeks.",
		"Peace-keepers from three neighbouring states reached the port in May and disarmed the militias.",
		"Run-off votes in the districts with no winner are scheduled for 13 March.",
	)
	for _, tt := range []struct {
		q    string
		want int
	}{{"when did the peacekeepers come", 2}, {"when were the runoffs", 3}} {
		for _, noSplits := range []bool{false, true} {
			ix := build(t, c)
			ix.expansion.noSplits = noSplits
			res, err := ix.Search(context.Background(), tt.q, 2, 0)
			if err != nil {
				t.Fatal(err)
			}
			got := 0
			if len(res.Passages) > 0 {
				got = res.Passages[0].Paragraph
			}
			if (got == tt.want) == noSplits {
				t.Errorf("%q with splits off %v: first ¶%d, want ¶%d only with splits on", tt.q, noSplits, got, tt.want)
			}
		}
	}
}

// TestDefinitionNeedsANounPhrase: "X is a …" defines X; "X is sworn in"
// and "X was led by …" do not.
func TestDefinitionNeedsANounPhrase(t *testing.T) {
	for s, want := range map[string]bool{
		"The Heron Front is a splinter of the coastal militias.":    true,
		"The council is the body that runs the transition.":         true,
		"Prachanda means the fierce one.":                           true,
		"The Transitional Council is sworn in at the palace today.": false,
		"The Heron Front was led by Tomas Brek until 2003.":         false,
	} {
		if got := definition(scanWords(s)) >= 0; got != want {
			t.Errorf("%q defines: %v, want %v", s, got, want)
		}
	}
}

// TestStandForIsNoContent: "what does X stand for?" searches for X, not
// for paragraphs with "stand" in them.
func TestStandForIsNoContent(t *testing.T) {
	c := briefing(t,
		"The Heron Regional Mission (HRM) is a partnership of coastal states.",
		"Troops of the HRM stand guard at the port, and the HRM will stand down in May.",
	)
	ix := build(t, c)
	res, err := ix.Search(context.Background(), "what does HRM stand for", 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Passages[0].Paragraph; got != 1 {
		t.Errorf("first ¶%d, want ¶1, which spells HRM out", got)
	}
}

// TestDateRangesAnswerHowLong: a span given by its ends answers "how
// long"; a single date does not.
func TestDateRangesAnswerHowLong(t *testing.T) {
	for s, want := range map[string]bool{
		"Between 30 August and 20 September NATO aircraft struck depots.": true,
		"The siege lasted from March 1998 to June 1999.":                  true,
		"The talks went on for three weeks.":                              true,
		"The bombing began on 30 August and ended the war.":               false,
		"Aid came from Paris and Rome.":                                   false,
	} {
		if got := answerCue(s, durationKind, func(string) bool { return false }); got != want {
			t.Errorf("%q answers how long: %v, want %v", s, got, want)
		}
	}
}

// TestAnswerCarriesOn: the answer may stand in a sentence that carries on
// from one opening with the subject ("It is expanding to 200 monitors"),
// not in one after a sentence naming the subject only at its end.
func TestAnswerCarriesOn(t *testing.T) {
	tests := []struct {
		text string
		want float64
	}{
		{"The OSCE mission was set up in March. It is expanding to about 200 monitors.", 1},
		{"The Osprey Brigade for Justice and Unity in the West is a militia that left the OSCE mission. It has 300 fighters.", 0.5},
		{"The OSCE mission was set up in March. Donors gave 300 vehicles.", 0.5},
	}
	for _, tt := range tests {
		at := strings.Index(tt.text, "OSCE")
		if got := answerScore(tt.text, []int{at}, quantityKind, func(string) bool { return false }); got != tt.want {
			t.Errorf("%q: answer %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestMeasuresAskCounts: "how big", "how strong" and the like ask for a
// count or a measure, as "how many" does; other "how" questions ask for
// no kind in particular.
func TestMeasuresAskCounts(t *testing.T) {
	for q, want := range map[string]answerKind{
		"how big is the presidential guard":   quantityKind,
		"how strong was the army":             quantityKind,
		"how far into bolivia did they reach": quantityKind,
		"how many troops were sent":           quantityKind,
		"how did the army retake the city":    anyKind,
		"how long did the siege last":         durationKind,
	} {
		if got := answerKindOf(words(q), false); got != want {
			t.Errorf("%q asks for %s, want %s", q, kindNames[got], kindNames[want])
		}
	}
}

// TestSplitSentencesWords: each sentence's words are scanWords' for its
// text, from one array for the whole text (two allocations beside the
// spans': the sentences and their words), and appending to one sentence's words
// leaves the next sentence's alone.
func TestSplitSentencesWords(t *testing.T) {
	for _, text := range []string{
		"",
		"The MNLA took Kidal. Who leads it? A b c d e f g h i j k l m n o p!",
		"Écoles fermées à Gao.\nIn 2012, 17,731 people fled; the U.N. counted them.",
	} {
		ss := splitSentences(text)
		for i, s := range ss {
			if want := scanWords(s.text); !slices.Equal(s.words, want) {
				t.Errorf("%q sentence %d: words %v, want %v", text, i, s.words, want)
			}
		}
		if len(ss) > 1 {
			next := slices.Clone(ss[1].words)
			_ = append(ss[0].words, word{"x", 0})
			if !slices.Equal(ss[1].words, next) {
				t.Errorf("%q: appending to one sentence's words changed the next's", text)
			}
		}
	}
	text := "rebels captured several northern towns during january. foreign troops arrived weeks later. government forces retook kidal."
	spans := testing.AllocsPerRun(10, func() { sentences(text) })
	if n := testing.AllocsPerRun(10, func() { splitSentences(text) }); n > spans+2 {
		t.Errorf("splitSentences: %v allocations, want the spans' %v and 2", n, spans)
	}
}
