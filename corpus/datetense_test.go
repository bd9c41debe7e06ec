package corpus

import (
	"slices"
	"testing"
)

// TestVerbTense checks that the tense of a clause is read from the verb
// forms themselves, not from a list of event verbs: a date without a
// year that follows the briefing's date in the calendar (29 May, in a
// briefing of 10 April 2015) is announced when its clause is present
// ("2015-05-29!") and last year's when it is past ("2014-05-29"). Verbs
// whose past is their present ("put", "spread") are past after a
// subject in the singular, which the present would give an -s.
func TestVerbTense(t *testing.T) {
	const present, past = "2015-05-29!", "2014-05-29"
	tests := []struct {
		text string
		want []string
	}{
		// The present: a third person -s form or a plural subject's base form.
		{"The new president takes office on May 29.", []string{present}},
		{"The mandate expires on May 29.", []string{present}},
		{"Voters go to the polls on May 29.", []string{present}},
		{"The envoy flies to Bamako on May 29.", []string{present}},
		{"Parliament reconvenes on May 29.", []string{present}},
		{"Leaders gather in Abuja on May 29.", []string{present}},
		{"The commission publishes its report on May 29.", []string{present}},
		// Irregular plurals are plural subjects too.
		{"Gunmen attack a convoy on May 29.", []string{present}},
		{"The children return to school on May 29.", []string{present}},
		{"Women gather in Abuja on May 29.", []string{present}},
		// The past, in forms shared with the present.
		{"The army put the town under siege on May 29.", []string{past}},
		{"Rebels beat back an assault on May 29.", []string{past}},
		{"Cholera spread to the capital on May 29.", []string{past}},
		{"Gunmen hit a convoy on May 29.", []string{past}},
		{"The militia cast its lot with the government on May 29.", []string{past}},
		{"A dam burst on May 29.", []string{past}},
		{"The army cut the road on May 29.", []string{past}},
		{"Police shut the border on May 29.", []string{past}},
		{"The blast hurt dozens on May 29.", []string{past}},
		{"The council set a deadline on May 29.", []string{past}},
		// A form shared by past and present takes its sentence's tense.
		{"Donors meet in Paris, and they set the agenda on May 29.", []string{present}},
		{"Donors met in Paris, and they set the agenda on May 29.", []string{past}},
		{"They set the agenda on May 29.", []string{past}},
		// A perfect whose participle is the bare form is past.
		{"The vote on May 29 has become a symbol of the protests.", []string{past}},
		{"The rally on May 29 has overrun the square.", []string{past}},
		// Nouns in -s are no verbs.
		{"The talks on May 29.", nil},
		{"A new round of votes on May 29.", nil},
		{"The ends of the mandate on May 29.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := eventDates(t, "2015-04-10", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestLastWordSpans checks the last three words a reduced relative is
// read from (blankReducedRelative), however the text before the date
// ends.
func TestLastWordSpans(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
		ok   bool
	}{
		{"The number of people killed between ", []string{"people", "killed", "between"}, true},
		{"the 93-year-old president’s men killed in", []string{"men", "killed", "in"}, true},
		{"“Troops,” she said, arrested on", []string{"said", "arrested", "on"}, true},
		{"Rebels killed in", []string{"Rebels", "killed", "in"}, true},
		{"killed in", nil, false},
		{"", nil, false},
	} {
		spans, ok := lastWordSpans(tt.in)
		if ok != tt.ok {
			t.Errorf("%q: ok %v, want %v", tt.in, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		var got []string
		for _, sp := range spans {
			got = append(got, tt.in[sp[0]:sp[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestBlankAgentParticipleKeepsOffsets: the participle is blanked where
// it stands in the text, however the text's letters lower ("Ⱥ" is two
// bytes, its lower case three).
func TestBlankAgentParticipleKeepsOffsets(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"The day is marked by protests", "The day is        by protests"},
		{"ȺȺȺ The day is marked by protests", "ȺȺȺ The day is        by protests"},
		{"The town was marked by protests", "The town was marked by protests"},
	} {
		if got := blankAgentParticiple(tt.in); got != tt.want {
			t.Errorf("blankAgentParticiple(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestIrregularPlural checks the plurals not in -s read off WordNet's
// irregular forms, and the -ing forms with a doubled consonant that
// WordNet lists among them ("controlling" of "control"), which are no
// noun's plural: "its controlling stake" has no plural subject before
// "stake", which is no verb.
func TestIrregularPlural(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"children", true}, {"gunmen", true}, {"women", true},
		{"controlling", false}, {"patrolling", false}, {"led", false}, {"better", false},
	} {
		if got := isIrregularPlural(tc.w); got != tc.want {
			t.Errorf("isIrregularPlural(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	w := paddedWordList("the family sold its controlling stake")
	if isPresentAt(w, len(w)-1) {
		t.Errorf("isPresentAt(%q) = true, want false", w)
	}
}
