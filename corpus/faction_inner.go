package corpus

import "strings"

// ruleInnerName drops a faction whose name the text writes only inside
// another faction's longer name or alias.
const ruleInnerName = "inner-name" // "Forças Armadas", only ever part of "Movimento das Forças Armadas", the Armed Forces Movement's name in Portuguese

// dropInnerNames drops the factions whose name the briefings write only
// as a part of another faction's longer name or alias: "Forças Armadas"
// in "the Armed Forces Movement (Movimento das Forças Armadas, MFA)" and
// "(Forças Armadas Revolucionárias do Povo, FARP)" is a piece of two
// names, never a body the text speaks of. Mentions must be recorded:
// each paragraph naming the faction is looked at with the longer forms
// taken out.
func dropInnerNames(fs []*building) []*building {
	longer := formsByWord(fs)
	out := fs[:0]
	for _, f := range fs {
		if !onlyInside(f, longer[firstWordKey(f.f.Name)]) {
			out = append(out, f)
		}
	}
	return out
}

// namedForm is one name or alias of a faction.
type namedForm struct {
	f    *building
	form string
}

// formsByWord files every faction's name and aliases under each of their
// words, so that the longer forms holding a name are found by its first
// word, not by comparing every pair of factions.
func formsByWord(fs []*building) map[string][]namedForm {
	out := map[string][]namedForm{}
	for _, f := range fs {
		for _, form := range append([]string{f.f.Name}, f.f.Aliases...) {
			seen := map[string]bool{}
			for _, w := range strings.Fields(form) {
				if k := strings.ToLower(w); !seen[k] {
					seen[k] = true
					out[k] = append(out[k], namedForm{f, form})
				}
			}
		}
	}
	return out
}

func firstWordKey(name string) string {
	first, _, _ := strings.Cut(name, " ")
	return strings.ToLower(first)
}

// onlyInside reports whether every paragraph naming f writes its name
// only inside one of forms (another faction's, longer, holding the name).
func onlyInside(f *building, forms []namedForm) bool {
	name := f.f.Name
	var longer []string
	shared := map[string]bool{} // letters the longer forms' factions have too
	for _, nf := range forms {
		if nf.f != f && len(nf.form) > len(name) && containsWord(nf.form, name) {
			longer = append(longer, nf.form)
			shared[nf.f.f.Acronym] = true
		}
	}
	if len(longer) == 0 || len(f.texts) == 0 {
		return false
	}
	own := append([]string{name}, f.f.Aliases...)
	if a := f.f.Acronym; a != "" && !shared[a] {
		own = append(own, a) // "the OAS" stands for the body alone
	}
	for _, t := range f.texts {
		for _, l := range longer {
			t = strings.ReplaceAll(t, l, "")
		}
		for _, o := range own {
			if containsWord(t, o) {
				return false
			}
		}
	}
	return true
}
