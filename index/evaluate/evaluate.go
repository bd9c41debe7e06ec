// Package evaluate measures briefbot's three engines against a folder of
// evaluation briefings: the ranking of passages for questions (Hit@1,
// Hit@3, MRR), the factions extracted (found, described, false, unexpected)
// and the timeline (events dated right, misdated, missed, false,
// unexpected). It is the instrument every change to an engine is judged by,
// on the development set, and once per issue on the sealed set.
//
// The folder holds, per briefing, SLUG.md (or SLUG.txt), and optionally
// SLUG.questions.jsonl and SLUG.expected.json. A briefing lacking either
// file is scored on what it has.
package evaluate

// Question is one line of a questions file: a question and substrings any
// of which marks a passage as answering it.
type Question struct {
	Q    string   `json:"q"`
	Gold []string `json:"gold"`
}

// Expected is a SLUG.expected.json file: what a careful reader expects
// the faction and timeline engines to find, written before anyone looked
// at their output.
type Expected struct {
	Style     string   `json:"style"` // primer, encyclopedic, news or official
	Groups    []Group  `json:"groups"`
	AlsoOK    []string `json:"also_ok"`    // organisations that may be listed
	NotGroups []string `json:"not_groups"` // names that must not be listed
	Events    []Event  `json:"events"`
	NotEvents []string `json:"not_events"` // sentences that must not be dated
}

// Group is a faction a reader would look up.
type Group struct {
	Query      string   `json:"query"`    // what the reader types
	NameHas    string   `json:"name_has"` // the found faction's name contains it
	Acronym    string   `json:"acronym"`  // checked where given
	Aliases    []string `json:"aliases"`
	SummaryHas string   `json:"summary_has"` // the faction's description holds it
}

// Event is an expected timeline entry: the sentence holding TextHas,
// dated Date (ISO 8601, reduced precision allowed), ending at End and
// marked scheduled where those are given.
type Event struct {
	TextHas   string `json:"text_has"`
	Date      string `json:"date"`
	End       string `json:"end"`
	Scheduled *bool  `json:"scheduled"`
}
