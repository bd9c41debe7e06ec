package corpus

import "testing"

// TestLookupDefault: /group on the embedded Mali briefing answers the
// groups a reader of it asks for first, by acronym and by name, as it
// always has: the look-up's new readings take nothing from them.
func TestLookupDefault(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	checkLookups(t, c, []struct{ q, want string }{
		{"mnla", "National Movement for the Liberation of Azawad"},
		{"ansar dine", "Ansar Dine"},
		{"mujao", "Movement for Oneness and Jihad in West Africa"},
		{"aqim", "Al-Qaeda in the Islamic Maghreb"},
	})
}
