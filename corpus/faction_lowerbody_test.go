package corpus

import (
	"slices"
	"testing"
)

// TestLowerBodyCandidates: a lower-case body written as the subject of a
// verb of acting, or set off by a clause describing it, is a party, and
// a military noun alone is one too; a bare "government", a passing
// mention, a description placed in time, a plural, a kind of
// person, a description set beside a name and one whose noun heads a name
// of the briefing are not. A country's police or legislature (rule
// institution-noun) counts alone and with no article, but only acting
// twice.
func TestLowerBodyCandidates(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"acting", "On Friday the interim government announced a curfew.", []string{"interim government"}},
		{"reporting", "The martial law command said order was restored.", []string{"martial law command"}},
		{"possessive", "The Torva Front's central committee voted to expel him.", []string{"central committee"}},
		{"clause set off", "The party's youth league, led by Anton Vell, attacked the army chief.", []string{"youth league"}},
		{"military noun alone", "The army said it had restored order.", []string{"army"}},
		{"any state's noun alone", "The government said it had restored order.", nil},
		{"no head noun of a body", "The whole market closed early.", nil},
		{"apposition to a name", "The Veldian Order Service, or VOS, the new state's political police, ran the camps.", nil},
		{"passing mention", "He said an interim government would be formed.", nil},
		{"placed in time", "The new government announced a curfew.", nil},
		{"plural", "The strike committees announced a strike.", nil},
		{"person", "The party leaders said nothing.", nil},
		{"named beside", "The secret police, the Veldian State Police, arrested him. The secret police arrested others.", nil},
		{"named by a name's noun", "The Veldian Liberation Alliance (VLA) was formed in May. The rebel alliance announced a truce.", nil},
		{"institution acting twice, shown as first written", "Riot police cleared the square. Police moved in at dawn.", []string{"riot police"}},
		{"institution acting once", "The police arrested him. Crowds clashed with police.", nil},
		{"institution placed in time", "The newly elected parliament met on Monday. The parliament passed the budget.", []string{"parliament"}},
		{"institution's capital opening no sentence", "Crowds marched to Parliament. Then Parliament voted.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := []*para{newPara(tt.text)}
			var cands []candidate
			for _, p := range paras {
				cands = append(cands, findByAcronym(p)...)
			}
			var got []string
			bodies, _ := lowerBodyCandidates(paras, cands, nil)
			for _, c := range bodies {
				got = append(got, c.name)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("lowerBodyCandidates(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
