package wordnet

import (
	"slices"
	"testing"
)

func TestForms(t *testing.T) {
	l := Load()
	tests := []struct{ word, want string }{
		{"led", "lead"}, {"led", "leader"}, {"leads", "led"}, {"leader", "led"},
		{"fought", "fight"}, {"fled", "flee"}, {"took", "take"}, {"won", "win"},
		{"seized", "seizure"}, {"intervene", "intervention"}, {"intervened", "intervention"},
		{"intervention", "intervene"}, {"elect", "election"}, {"elected", "election"},
		{"election", "elect"}, {"french", "france"}, {"france", "french"},
		// Agent nouns WordNet's tagged corpora rarely count (agentNouns).
		{"plotted", "plotter"}, {"plotters", "plot"}, {"advised", "adviser"},
		{"negotiate", "negotiator"}, {"mediated", "mediator"},
	}
	for _, tt := range tests {
		if got := l.Forms(tt.word); !slices.Contains(got, tt.want) {
			t.Errorf("Forms(%q) = %v, want it to hold %q", tt.word, got, tt.want)
		}
	}
}

// TestWithoutAgents: the copy for ablation drops the agent nouns'
// derivations and keeps the others; the lexicon itself keeps both.
func TestWithoutAgents(t *testing.T) {
	l := Load()
	without := l.WithoutAgents()
	for _, tt := range []struct {
		lex        *Lexicon
		held       bool
		word, form string
	}{
		{l, true, "negotiate", "negotiator"}, {without, false, "negotiate", "negotiator"},
		{without, true, "negotiate", "negotiation"}, {without, true, "led", "leader"},
	} {
		if got := tt.lex.Forms(tt.word); slices.Contains(got, tt.form) != tt.held {
			t.Errorf("Forms(%q) = %v, want %q among them: %v", tt.word, got, tt.form, tt.held)
		}
	}
}

func TestLemmasOfUnknownWords(t *testing.T) {
	l := Load()
	for _, w := range []string{"", "xqzt", "ecowas"} {
		if got := l.Lemmas(w); len(got) != 0 {
			t.Errorf("Lemmas(%q) = %v, want none", w, got)
		}
	}
}

func TestSynonyms(t *testing.T) {
	if got := Load().Synonyms("fights"); !slices.Contains(got, "battle") {
		t.Errorf("Synonyms(fights) = %v, want battle among them", got)
	}
}

func TestPhraseSynonyms(t *testing.T) {
	l := Load()
	for _, tt := range []struct{ first, second, want string }{
		{"step", "down", "resign"}, {"stepped", "down", "resign"}, {"took", "over", "seize"}, {"set", "up", "establish"},
	} {
		if got := l.PhraseSynonyms(tt.first, tt.second); !slices.Contains(got, tt.want) {
			t.Errorf("PhraseSynonyms(%q, %q) = %v, want %q among them", tt.first, tt.second, got, tt.want)
		}
	}
	if got := l.PhraseSynonyms("step", "sideways"); len(got) != 0 {
		t.Errorf("PhraseSynonyms(step, sideways) = %v, want none", got)
	}
}

func TestKin(t *testing.T) {
	l := Load()
	tests := []struct{ word, want string }{
		{"guns", "weapon"}, {"arrived", "land"}, {"overthrown", "depose"}, {"troops", "personnel"},
	}
	for _, tt := range tests {
		if got := l.Kin(tt.word); !slices.Contains(got, tt.want) {
			t.Errorf("Kin(%q) = %v, want it to hold %q", tt.word, got, tt.want)
		}
	}
	// A sense with many narrower kinds stands for none of them.
	if got := l.Kin("people"); slices.Contains(got, "rich") {
		t.Errorf("Kin(people) = %v, want none of its many kinds", got)
	}
}

func TestLeader(t *testing.T) {
	l := Load()
	for w, want := range map[string]bool{
		"leader": true, "chairman": true, "chairmen": true, "commander": true, "director": true,
		"president": true, "chief": true, "general": true,
		"table": false, "soldier": false, "village": false,
		"head": true, "chair": true, // by their first person's senses (head.n.04), after a body part and a seat
	} {
		if got := l.Leader(w); got != want {
			t.Errorf("Leader(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestMilitary(t *testing.T) {
	l := Load()
	for w, want := range map[string]bool{
		"army": true, "armies": true, "military": true, "forces": true, "force": true, "troops": true,
		"brigade": true, "militia": true,
		"police": false, "party": false, "council": false, "leader": false, "soldier": false,
	} {
		if got := l.Military(w); got != want {
			t.Errorf("Military(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestObservance(t *testing.T) {
	l := Load()
	for w, want := range map[string]bool{
		"holiday": true, "holidays": true, "anniversary": true, "festival": true, "festivals": true,
		"day": false, "election": false, "ceasefire": false, "parade": false,
	} {
		if got := l.Observance(w); got != want {
			t.Errorf("Observance(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestHoliday(t *testing.T) {
	l := Load()
	tests := []struct {
		name       string
		month, day int
		ok         bool
	}{
		{"christmas_day", 12, 25, true},
		{"christmas_eve", 12, 24, true},
		{"new_year's_day", 1, 1, true},
		{"all_saints'_day", 11, 1, true},
		{"christmas", 0, 0, false},        // also the season
		{"independence_day", 0, 0, false}, // each country keeps its own
		{"inauguration_day", 0, 0, false},
		{"election_day", 0, 0, false},
	}
	for _, tt := range tests {
		m, d, ok := l.Holiday(tt.name)
		if m != tt.month || d != tt.day || ok != tt.ok {
			t.Errorf("Holiday(%q) = %d, %d, %v, want %d, %d, %v", tt.name, m, d, ok, tt.month, tt.day, tt.ok)
		}
	}
	for p, want := range map[string]bool{"christmas": true, "new_year's": true, "new_year'": true, "new_year": true, "new": true, "christmas_day": false, "independence": false} {
		if got := l.HolidayPrefix(p); got != want {
			t.Errorf("HolidayPrefix(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestLinked(t *testing.T) {
	l := Load()
	tests := []struct {
		kind       Link
		word, want string
	}{
		{Cause, "died", "kill"}, {Cause, "killed", "die"},
		{Gloss, "fell", "capture"}, {Gloss, "captured", "fall"},
		{Gloss, "troops", "soldier"}, {Gloss, "soldiers", "troops"},
	}
	for _, tt := range tests {
		if got := l.Linked(tt.kind, tt.word); !slices.Contains(got, tt.want) {
			t.Errorf("Linked(%d, %q) = %v, want it to hold %q", tt.kind, tt.word, got, tt.want)
		}
	}
	// Words that name a sense rarely are not linked through it: "go" is
	// a synonym of die, but not what kill causes.
	if got := l.Linked(Cause, "kill"); slices.Contains(got, "go") {
		t.Errorf("Linked(Cause, kill) = %v, want no rare synonym of die", got)
	}
	if got := l.Linked(NumLinks, "kill"); got != nil {
		t.Errorf("Linked(NumLinks, kill) = %v, want nil", got)
	}
}

// TestAmerican: a British spelling WordNet lists, bare or inflected, is
// written the American way; other words, and a pattern that would make
// another word ("tour", "tor"), are left alone.
func TestAmerican(t *testing.T) {
	l := Load()
	for _, tt := range []struct{ word, want string }{
		{"authorise", "authorize"}, {"authorised", "authorized"}, {"authorising", "authorizing"},
		{"authorises", "authorizes"}, {"defence", "defense"}, {"defences", "defenses"},
		{"centres", "centers"}, {"labour", "labor"}, {"organisations", "organizations"},
		{"programmes", "programs"}, {"colourise", "colorize"},
		{"authorized", "authorized"}, {"tour", "tour"}, {"troops", "troops"}, {"is", "is"},
	} {
		if got := l.American(tt.word); got != tt.want {
			t.Errorf("American(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestIsWord(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"insurgency", true}, {"companies", true}, {"fought", true}, {"other", true},
		{"irregular", true}, {"firqat", false}, {"mungiki", false}, {"zzzq", false},
	} {
		if got := IsWord(tt.w); got != tt.want {
			t.Errorf("IsWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestRequest checks the verbs of request read off WordNet's hypernym
// tree below request.v.01, in any inflection: ask by its second sense,
// words no list named (petition, beseech, summon), and verbs of saying or
// doing that ask for nothing.
func TestRequest(t *testing.T) {
	l := Load()
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"asked", true}, {"requested", true}, {"petitioned", true}, {"begged", true},
		{"implored", true}, {"beseeched", true}, {"invited", true}, {"summoned", true},
		{"ordered", true}, {"instructed", true}, {"demands", true},
		{"said", false}, {"announced", false}, {"attacked", false}, {"decided", false},
		{"planned", false}, {"agreed", false}, {"wanted", false},
	} {
		if got := l.Request(tc.w); got != tc.want {
			t.Errorf("Request(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestLexRoles checks the classes read off a word's first sense: the
// verbs of being and the nouns of happening and of things. A form is
// looked up in every part of speech ("held" is also the noun "hold").
func TestLexRoles(t *testing.T) {
	l := Load()
	for _, tc := range []struct {
		w    string
		want bool
		of   func(string) bool
	}{
		{"dominated", true, l.Stative}, {"held", true, l.Stative}, {"ranged", true, l.Stative},
		{"captured", false, l.Stative}, {"attacked", false, l.Stative},
		{"attack", true, l.Happening}, {"elections", true, l.Happening}, {"soldiers", false, l.Happening},
		{"soldiers", true, l.Thing}, {"schools", true, l.Thing}, {"thousand", true, l.Thing}, {"battle", false, l.Thing},
	} {
		if got := tc.of(tc.w); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestCueClasses checks the classes of words that make a clause a wish,
// a weighing, a forecast or a proposal's terms, read off WordNet's
// hypernym tree below their roots: the seed words, words no list named,
// and words the roots' neighbours hold that must stay out (an attempt is
// a deed; the kinds of expect.v.01 are verbs of belief; "advance" and
// "state" are kinds of propose.v.01 by their second senses only).
func TestCueClasses(t *testing.T) {
	l := Load()
	for _, tc := range []struct {
		c    CueClass
		w    string
		want bool
	}{
		{Intent, "hopes", true}, {Intent, "want", true}, {Intent, "aims", true}, {Intent, "seeks", true},
		{Intent, "proposes", true}, {Intent, "argues", true}, {Intent, "yearn", true}, {Intent, "recommends", true},
		{Intent, "intends", true}, {Intent, "wish", true},
		{Intent, "attempts", false}, {Intent, "tries", false}, {Intent, "advances", false}, {Intent, "states", false},
		{Intent, "said", false}, {Intent, "attacked", false},
		{Deliberation, "debating", true}, {Deliberation, "considering", true}, {Deliberation, "pondering", true},
		{Deliberation, "discussed", false}, {Deliberation, "study", false},
		{Expectation, "expected", true}, {Expectation, "hoped", true}, {Expectation, "feared", true},
		{Expectation, "predicted", true}, {Expectation, "anticipated", true},
		{Expectation, "assumed", false}, {Expectation, "supposed", false}, {Expectation, "thought", false},
		{Proposal, "proposal", true}, {Proposal, "proposals", true}, {Proposal, "recommendation", true},
		{Proposal, "counterproposal", true}, {Proposal, "motion", false}, {Proposal, "introduction", false},
		{Proposal, "plan", false},
		{Naming, "dubbed", true}, {Naming, "nicknamed", true}, {Naming, "styled", true}, {Naming, "termed", true},
		{Naming, "called", true}, {Naming, "reported", false}, {Naming, "branded", false}, {Naming, "known", false},
	} {
		if got := l.In(tc.c, tc.w); got != tc.want {
			t.Errorf("In(%s, %q) = %v, want %v", tc.c, tc.w, got, tc.want)
		}
	}
	// A class's words are its own: none leaks into the leaders' nouns.
	for _, w := range []string{"dub", "nickname", "style", "term"} {
		if l.Leader(w) {
			t.Errorf("Leader(%q): a verb of naming read as a leader's noun", w)
		}
	}
}

// TestPlaces: a land's adjective gives its place's name and the name its
// adjective, for a demonym the common vocabulary leaves out
// ("peruvian"); a common adjective gives none; without the links,
// nothing.
func TestPlaces(t *testing.T) {
	l := Load()
	for _, tt := range []struct{ w, want string }{{"peruvian", "peru"}, {"peru", "peruvian"}, {"kenyan", "kenya"}, {"dutch", "netherlands"}} {
		if !slices.Contains(l.Places(tt.w), tt.want) {
			t.Errorf("Places(%q) = %v, want %q among them", tt.w, l.Places(tt.w), tt.want)
		}
		if got := l.WithoutPlaces().Places(tt.w); len(got) > 0 {
			t.Errorf("WithoutPlaces().Places(%q) = %v", tt.w, got)
		}
	}
	if got := l.Places("urban"); len(got) > 0 {
		t.Errorf("Places(urban) = %v", got)
	}
}
