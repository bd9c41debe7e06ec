package corpus

import (
	"fmt"
	"testing"
)

func TestFindAcronyms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Acronym
	}{
		{"long then short", "They formed the National Movement for the Liberation of Azawad (MNLA) with the aim.",
			[]Acronym{{"MNLA", "National Movement for the Liberation of Azawad"}}},
		{"inner letters and hyphen", "Three groups–al-Qaeda in the Islamic Maghreb (AQIM), Ansar Dine.",
			[]Acronym{{"AQIM", "al-Qaeda in the Islamic Maghreb"}}},
		{"apostrophe", "Ahlu Sunna Waljama'a (ASWJ) is a Sufi militia.",
			[]Acronym{{"ASWJ", "Ahlu Sunna Waljama'a"}}},
		{"foreign order extended", "France backed the International Support Mission to the Central African Republic (MISCA) in 2013.",
			[]Acronym{{"MISCA", "International Support Mission to the Central African Republic"}}},
		{"short then long", "Fighters of the LRA (Lord's Resistance Army) crossed the river.",
			[]Acronym{{"LRA", "Lord's Resistance Army"}}},
		{"parenthetical remark", "Beyond the concerns (the UN refugee agency warns that 700,000 could flee), there is consensus.", nil},
		{"plain parenthesis", "The town of Gao (in the north) fell.", nil},
		{"country in parens", "Troops from Chad (CHD) arrived.", nil},
		{"two", "The United Nations (UN) and the African Union (AU) met.",
			[]Acronym{{"UN", "United Nations"}, {"AU", "African Union"}}},
		{"unclosed", "The Front (FLN", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Acronym
			for _, d := range findAcronyms(tt.text) {
				got = append(got, d.Acronym)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("findAcronyms(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
