package corpus

import (
	"slices"
	"strings"
	"testing"
)

func TestGlossIn(t *testing.T) {
	tests := []struct{ inside, want string }{
		{`the name translates as "Free Valley"`, "Free Valley"},
		{`the name translates roughly as "Free Valley"`, "Free Valley"},
		{`literally "Army of the Law"`, "Army of the Law"},
		{`meaning “Common Justice”`, "Common Justice"},
		{`in English, "the New Guard"`, "the New Guard"},
		{`meaning that the vote was void`, ""},                                                        // no quotation: a clause, not a gloss
		{`the name translates badly`, ""},                                                             // no "as"
		{`"Free Valley"`, ""},                                                                         // a bare quotation is paren-gloss's
		{`literally "Free" and "Valley"`, ""},                                                         // two quotations, no single gloss
		{`translated as "a very long phrase that no name of any group would ever be written as"`, ""}, // longer than a name
	}
	for _, tt := range tests {
		if got := glossIn(tt.inside); got != tt.want {
			t.Errorf("glossIn(%q) = %q, want %q", tt.inside, got, tt.want)
		}
	}
}

func TestBlankVerbalGlosses(t *testing.T) {
	text := `led by the Palang Rua party (meaning "Free Valley"), which won`
	got, pairs := blankVerbalGlosses(text)
	if len(got) != len(text) {
		t.Fatalf("length %d, want %d", len(got), len(text))
	}
	if want := `led by the Palang Rua party,` + strings.Repeat(" ", len(` (meaning "Free Valley")`)) + ` which won`; got != want {
		t.Errorf("blanked %q, want %q", got, want)
	}
	if len(pairs) != 1 || pairs[0] != [2]string{"Palang Rua", "Free Valley"} {
		t.Errorf("pairs %q", pairs)
	}
}

// TestNotOrganisations lists phrases that look like the introductions the
// rules read but name no organisation: none may be listed.
func TestNotOrganisations(t *testing.T) {
	tests := []struct{ body, not string }{
		{"Refugees fled to the town of Ban Rak (meaning \"Village of Love\") near the border. The Northern Army shelled Ban Rak.", "Ban Rak"},
		{"On 3 May the president declared a State of Emergency in the capital.", "State of Emergency"},
		{"The deputy, Secretary for Defence in the Federation, resigned in May.", "Defence in the Federation"},
		// A body's officers set beside it, and a name's own complement,
		// are no list of organisations.
		{"That night two officers of the Valley Brigade, Ruok Tamsa and Kel Varno, were killed.", "Ruok Tamsa"},
		{"The rebels formed the Council for the Defence of Democracy, Peace and Justice in May.", "Peace"},
		{"Columns moved through Ban Rak, Nong Khai, Sup Tamra and the Northern Army's camp.", "Sup Tamra"},
		// A name, then bodies: a list of three groups, not one name.
		{"The Liberation Front of Veldia, Coastal Brigade and Free Army rejected the plan.", "Liberation Front of Veldia, Coastal Brigade and Free Army"},
		{"The Liberation Front of Kenya, Coastal Brigade and Free Army rejected the plan.", "Liberation Front of Kenya, Coastal Brigade and Free Army"},
	}
	for _, tt := range tests {
		fs, _ := extractFactions([]*Briefing{briefing(t, "t", "# T\n\n"+tt.body+"\n")})
		if got := names(fs); slices.Contains(got, tt.not) {
			t.Errorf("%q listed in %q", tt.not, got)
		}
	}
}

// TestNameInUse shows the formal name keeps the faction's name when the
// text writes it more often than the name in use.
func TestNameInUse(t *testing.T) {
	body := "The Northern Pact, formally the Treaty Organization of Northern Friendship, was founded in 1955.\n\nThe Treaty Organization of Northern Friendship sent troops in 1968.\n\nThe Treaty Organization of Northern Friendship withdrew in 1970.\n"
	fs, _ := extractFactions([]*Briefing{briefing(t, "t", "# T\n\n"+body)})
	f := byName(fs, "Treaty Organization of Northern Friendship")
	if f == nil || !slices.Contains(f.Aliases, "Northern Pact") {
		t.Errorf("got %q, want the formal name with the name in use as an alias", names(fs))
	}
}
