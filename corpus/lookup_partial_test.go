package corpus

import "testing"

// TestLookupPartial: a query's rare words that are a name's words up to
// spelling reach the faction, its other words being generic nouns
// ("haq movement") or words of the faction's summary ("tamarrod
// rebellion campaign"), a name in another language by its cognates
// ("congolese national army"), a transliteration ("jamat al muslimin",
// "the dergue") and letters the name's initials spell ("prra death
// squad"). A query whose only match is a common or a nation's word, or
// whose unmatched words outweigh its matched ones, finds nothing. Off,
// none of them is found.
func TestLookupPartial(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Haq", Summary: "Haq, led by Hassan Mushaima, boycotted the elections."},
		{Name: "Tamarod", Summary: `The protests were called by Tamarod, Arabic for "rebellion", a youth campaign.`},
		{Name: "Armée Nationale Congolaise", Acronym: "ANC", Summary: "The Force Publique of the Congo was renamed the Armée Nationale Congolaise."},
		{Name: "Jamaat al Muslimeen", Summary: "The Jamaat al Muslimeen stormed the parliament."},
		{Name: "Derg", Summary: "The Derg seized power in 1974."},
		{Name: "People's Revolutionary Red Army", Summary: "The People's Revolutionary Red Army a death squad, killed suspects."},
		{Name: "National Democratic Party", Summary: "The National Democratic Party ruled Egypt."},
		{Name: "Polish United Workers' Party", Summary: "The Polish United Workers' Party ruled Poland."},
	}}
	checkLookupSwitch(t, c, "partial", func(rq *readQuery, on bool) { rq.partial = on }, []switchCase{
		{"haq movement", "Haq", true},
		{"tamarrod rebellion campaign", "Tamarod", true},
		{"congolese national army", "Armée Nationale Congolaise", true},
		{"jamat al muslimin", "Jamaat al Muslimeen", true},
		{"the dergue", "Derg", true},
		{"prra death squad", "People's Revolutionary Red Army", true},
		{"haq movement", "", false},
		{"tamarrod rebellion campaign", "", false},
		{"congolese national army", "", false},
		{"jamat al muslimin", "", false},
		{"the dergue", "", false},
		{"prra death squad", "", false},
		{"polish communist party", "", true},
		{"haq shadow budget proposal", "", true},
	})
}

// TestSameWordLoosely: the spellings the partial reading takes as one
// word, and near words it keeps apart.
func TestSameWordLoosely(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"jamat", "jamaat", true},
		{"muslimin", "muslimeen", true},
		{"labor", "labour", true},
		{"nationale", "national", true},
		{"katangese", "katanga", true},
		{"dergue", "derg", true},
		{"guardia", "guard", true},
		{"army", "arms", false},
		{"union", "unity", false},
		{"front", "force", false},
		{"derg", "dergaon", false},
	} {
		if got := sameWordLoosely(tt.a, tt.b); got != tt.want {
			t.Errorf("sameWordLoosely(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
