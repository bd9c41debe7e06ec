package corpus

import "testing"

// TestLookupTextNames: words a faction's own text gives it as a name
// reach it: in a bracket ("(Rada)"), after "known as" or "called", after
// "and" opening in lower case ("and derisively called the jash"), and,
// for a plural, its singular before a group noun ("peronists" for "the
// formal name of the Peronist movement"), above a word inside another
// name ("bayan" in "Sandiganbayan"). A comma alone sets off list items
// ("the Socialist Party, the Portuguese Communist Party"), and a cue
// right after a name makes the body the one naming ("the Kabul
// government called themselves mujahideen"): neither names. Off, the
// words find only what their spelling does.
func TestLookupTextNames(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Special Deterrence Force", Summary: "Armed groups, including the Special Deterrence Force (Rada), rallied to the government."},
		{Name: "National Defence Battalions", Summary: "Kurdish militias, officially the **National Defence Battalions** and derisively called the *jash* (\"donkey foals\") by other Kurds, guided troops."},
		{Name: "Justicialist Party", Acronym: "PJ", Aliases: []string{"Partido Justicialista"}, Summary: "The Justicialist Party (Partido Justicialista, PJ), the formal name of the Peronist movement, governed."},
		{Name: "General Confederation of Labour", Summary: "The General Confederation of Labour, led by Peronists, called a strike."},
		{Name: "Bagong Alyansang Makabayan", Summary: "The left-wing alliance Bagong Alyansang Makabayan, better known as Bayan, mobilised students."},
		{Name: "Sandiganbayan", Summary: "The Sandiganbayan tried the case."},
		{Name: "Socialist Party", Summary: "The government brought together the Socialist Party, the Portuguese Communist Party (PCP) and others."},
		{Name: "Kabul government", Summary: "The Afghans who fought the Soviets and the Kabul government called themselves mujahideen."},
	}}
	checkLookupSwitch(t, c, "text-names", func(rq *readQuery, on bool) { rq.textNames = on }, []switchCase{
		{"rada", "Special Deterrence Force", true},
		{"rada", "", false},
		{"jash", "National Defence Battalions", true},
		{"peronists", "Justicialist Party", true},
		{"peronists", "", false},
		{"bayan", "Bagong Alyansang Makabayan", true},
		{"bayan", "Sandiganbayan", false},
		{"portuguese communists", "", true},
		{"mujahideen", "", true},
	})
}

// TestLookupLettersAsWord: a query that is a faction's acronym reaches it
// though the letters are also a connector ("BIN", an Arabic "son of"); a
// connector no faction carries as its acronym reaches nothing.
func TestLookupLettersAsWord(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "State Intelligence Agency", Acronym: "BIN"},
		{Name: "Free Papua Movement", Acronym: "OPM"},
	}}
	checkLookups(t, c, []struct{ q, want string }{
		{"BIN", "State Intelligence Agency"},
		{"bin", "State Intelligence Agency"},
		{"of", ""},
	})
}
