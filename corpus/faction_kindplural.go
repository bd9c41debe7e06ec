package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ruleKindPlural keeps a capitalised word before a plural noun that names
// groups from the context rule's names: "seven Sunni parties", "a
// coalition of Islamic parties", "Islamist parties". Members and assets
// after a name are its own ("Aitarak members", "ECOMOG troops"), but
// organisations in the plural after a word are of that kind, and the
// word qualifies them; "party" reaches the context rule because WordNet
// also gives it a sense naming a person.
const ruleKindPlural = "kind-plural"

// kindPlural reports whether the lowered word is the plural of a noun
// whose first sense is a kind of organisation and no military body
// ("parties", "unions"), other than the members and assets memberOrAsset
// lists by name. A name's own forces, brigades and cells are its own
// ("Houthi forces"), and so are its members.
func kindPlural(w string) bool {
	if listedMemberNoun(w) || !strings.HasSuffix(w, "s") {
		return false
	}
	one := strings.TrimSuffix(w, "s")
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		one = stem + "y"
	}
	return one != "member" && lang.IsOrgNoun(one) && !wordnet.Load().Military(one)
}
