// Package genlang writes the tables of package lang from public datasets
// that Debian ships: iso-codes (countries, former countries and their
// subdivisions), tzdata (the cities that name time zones) and WordNet 3.0
// (locations, peoples and nationalities, and the nouns that name groups
// of people or kinds of person). It runs at `go generate` time only; the
// package never reads these files itself.
//
// Usage (from corpus/lang): go test ./internal/genlang -run TestGenerate -generate
package genlang

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"go/format"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/briefbot/briefbot/corpus/lang/internal/wnfile"
)

type sources struct {
	isoCodes, zoneinfo, wordnet string
}

func run(src sources, out string) error {
	t := tables{places: set{}, peoples: set{}, groupNouns: set{}, personNouns: set{}, locationNouns: set{}, structureNouns: set{}, orgNouns: set{}, orgSenseNouns: set{}, bodyNouns: set{}, assemblyNouns: set{}, schoolNouns: set{}, documentNouns: set{}, orgNames: set{}, orgNameStarts: set{}, adverbs: set{}}
	if err := t.readISO(src.isoCodes); err != nil {
		return err
	}
	if err := t.readZones(src.zoneinfo); err != nil {
		return err
	}
	if err := t.readLanguages(src.isoCodes); err != nil {
		return err
	}
	if err := t.readWordNet(src.wordnet); err != nil {
		return err
	}
	code, err := t.render()
	if err != nil {
		return err
	}
	return os.WriteFile(out, code, 0o644)
}

type set map[string]bool

func (s set) add(forms ...string) {
	for _, f := range forms {
		if k := normalize(f); k != "" {
			s[k] = true
		}
	}
}

type tables struct {
	places, peoples, groupNouns, personNouns, locationNouns, structureNouns, orgNouns, orgSenseNouns, bodyNouns, assemblyNouns, schoolNouns, documentNouns set
	orgNames, orgNameStarts, adverbs                                                                                                                       set
}

// readISO adds every country name (short, official, common, and the
// inverted form of "Korea, Republic of"), former country and subdivision,
// the latter also with its type ("Lofa County").
func (t *tables) readISO(dir string) error {
	var c1 struct {
		Countries []struct {
			Name, OfficialName, CommonName string
		} `json:"3166-1"`
	}
	var c3 struct {
		Countries []struct{ Name string } `json:"3166-3"`
	}
	var c2 struct {
		Subdivisions []struct{ Name, Type string } `json:"3166-2"`
	}
	for _, f := range []struct {
		file string
		v    any
	}{{"iso_3166-1.json", &c1}, {"iso_3166-3.json", &c3}, {"iso_3166-2.json", &c2}} {
		data, err := os.ReadFile(dir + "/" + f.file)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(bytes.ReplaceAll(data, []byte(`"official_name"`), []byte(`"officialname"`)), f.v); err != nil {
			return fmt.Errorf("%s: %w", f.file, err)
		}
	}
	for _, c := range c1.Countries {
		for _, n := range []string{c.Name, c.OfficialName, c.CommonName} {
			t.places.add(countryForms(n)...)
		}
	}
	for _, c := range c3.Countries {
		t.places.add(countryForms(c.Name)...)
	}
	for _, s := range c2.Subdivisions {
		t.places.add(s.Name)
		if !strings.Contains(s.Type, " ") {
			t.places.add(s.Name + " " + s.Type)
		}
	}
	return nil
}

// readLanguages adds the names of the major languages (ISO 639-2 entries
// with a two-letter ISO 639-1 code: "Malagasy", "Kirghiz; Kyrgyz") to the
// peoples: a language's name is also its speakers' ("ethnic Kyrgyz"), and
// names a community, never an organisation. WordNet lacks many of them
// (it has "Madagascan", not "Malagasy"). Names written "Bokmål,
// Norwegian" are left out: their parts are no language.
func (t *tables) readLanguages(dir string) error {
	var c struct {
		Languages []struct {
			Alpha2 string `json:"alpha_2"`
			Name   string
		} `json:"639-2"`
	}
	data, err := os.ReadFile(dir + "/iso_639-2.json")
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, &c); err != nil {
		return fmt.Errorf("iso_639-2.json: %w", err)
	}
	for _, l := range c.Languages {
		if l.Alpha2 == "" {
			continue
		}
		for _, n := range strings.Split(l.Name, "; ") {
			if !strings.Contains(n, ",") {
				t.peoples.add(n)
			}
		}
	}
	return nil
}

// countryForms turns "Korea, Republic of" into "Korea" and "Republic of
// Korea"; a parenthesised qualifier is dropped, and a parenthesised word
// inside the official form gives forms with and without it.
func countryForms(n string) []string {
	if n == "" {
		return nil
	}
	before, after, ok := strings.Cut(n, ", ")
	if !ok {
		if i := strings.Index(n, " ("); i >= 0 {
			n = n[:i] // a qualifier: "Saint Martin (French part)"
		}
		return []string{n}
	}
	// A word in parentheses is optional: "Yugoslavia, (Socialist) Federal
	// Republic of" gives both republics.
	out := []string{before}
	for _, a := range []string{
		strings.NewReplacer("(", "", ")", "").Replace(after),
		regexp.MustCompile(`\([^)]*\) *`).ReplaceAllString(after, ""),
	} {
		if a = strings.TrimSpace(a); a != "" && !slices.Contains(out, a+" "+before) {
			out = append(out, a+" "+before)
		}
	}
	return out
}

// readZones adds the cities that name time zones: "Africa/Abidjan".
func (t *tables) readZones(dir string) error {
	f, err := os.Open(dir + "/zone.tab")
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 3 {
			continue
		}
		parts := strings.Split(fields[2], "/")
		t.places.add(strings.ReplaceAll(parts[len(parts)-1], "_", " "))
	}
	return sc.Err()
}

// WordNet lexicographer files used.
const (
	lexAdjPert      = "01"
	lexNounTops     = "03"
	lexNounArtifact = "06"
	lexNounGroup    = "14"
	lexNounLoc      = "15"
	lexNounPers     = "18"
	lexNounObject   = "17"
	lexNounPlant    = "20"
)

type synset struct {
	lex       string
	words     []string
	instance  bool     // an @i pointer: a named individual
	classes   []string // noun offsets of "@i" pointers: what a named individual is
	pertainTo []string // noun offsets of "\" pointers (adjectives)
	hypernyms []string // noun offsets of "@" pointers
	gloss     string
}

// organization is the offset of WordNet's organization.n.01 ("a group of
// people who work together").
const organization = "08008335"

// isOrganization reports whether the synset at off is organization.n.01
// or one of its hyponyms, following hypernyms (memo caches the answers).
func isOrganization(nouns map[string]synset, off string, memo map[string]bool) bool {
	return isBelow(nouns, off, organization, memo)
}

// educationalInstitution is the offset of WordNet's
// educational_institution.n.01 ("an institution dedicated to education").
const educationalInstitution = "08276342"

// isBelow reports whether the synset at off is root or one of its
// hyponyms, following hypernyms (memo caches the answers for one root).
func isBelow(nouns map[string]synset, off, root string, memo map[string]bool) bool {
	if off == root {
		return true
	}
	if v, ok := memo[off]; ok {
		return v
	}
	memo[off] = false // cycles, if any, end here
	for _, h := range nouns[off].hypernyms {
		if isBelow(nouns, h, root, memo) {
			memo[off] = true
			return true
		}
	}
	return false
}

// readWordNet adds capitalised locations (places), capitalised classes of
// person and the adjectives pertaining to a location (peoples:
// nationalities, ethnic and religious communities), lower-case nouns with a
// sense in noun.group (groupNouns) and lower-case classes of person
// (personNouns) and lower-case nouns whose first sense is in noun.location
// (locationNouns), each with its plurals.
func (t *tables) readWordNet(dir string) error {
	nouns, err := readData(dir + "/data.noun")
	if err != nil {
		return err
	}
	adjs, err := readData(dir + "/data.adj")
	if err != nil {
		return err
	}
	plurals, err := readExceptions(dir + "/noun.exc")
	if err != nil {
		return err
	}
	lead, err := leadSenses(dir+"/index.noun", documentSenses)
	if err != nil {
		return err
	}
	first := map[string]string{}
	for lemma, offs := range lead {
		first[lemma] = offs[0]
	}
	t.addSenseClasses(nouns, lead, plurals)
	t.addKindsOf(nouns, first, plurals)
	t.addFirstSenseClasses(nouns, first, plurals)
	t.addDocumentNouns(nouns, lead, plurals)
	senses, err := leadSenses(dir+"/index.noun", maxSenses)
	if err != nil {
		return err
	}
	t.addBodyNouns(nouns, senses, plurals)
	t.addPertainyms(nouns, adjs)
	t.addOrgNames(nouns, adjs)
	return t.addAdverbs(dir)
}

// addAdverbs adds the one-word adverbs WordNet lists as no noun and no
// verb (adverbs): "often", "also", "simply", "later", not "still" or
// "now", which are nouns too. Such a word between a subject and its
// verb only qualifies the verb.
func (t *tables) addAdverbs(dir string) error {
	other := map[string]bool{}
	for _, pos := range []string{"noun", "verb"} {
		lemmas, err := indexLemmas(dir + "/index." + pos)
		if err != nil {
			return err
		}
		for _, l := range lemmas {
			other[l] = true
		}
	}
	advs, err := indexLemmas(dir + "/index.adv")
	if err != nil {
		return err
	}
	for _, l := range advs {
		if !other[l] && !strings.ContainsAny(l, "_-.'") {
			t.adverbs.add(l)
		}
	}
	return nil
}

// indexLemmas returns the lemmas of a WordNet index file, in its order.
func indexLemmas(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var out []string
	for line := range strings.Lines(string(data)) {
		if strings.HasPrefix(line, " ") {
			continue // the licence at the top
		}
		if lemma, _, ok := strings.Cut(line, " "); ok {
			out = append(out, lemma)
		}
	}
	return out, nil
}

// The roots under which a capitalised noun.group synset names an
// organisation that can act: organization.n.01 itself, political_movement.n.01
// (the armed and terrorist groups WordNet files there, "Hamas", "Red
// Brigades") and legislature.n.01 ("Knesset", "Duma"). religion.n.02 sits
// under organization.n.01 but names a faith, not a party, and a school is
// a place more often than a party.
const (
	politicalMovement = "08472335"
	legislature       = "08163273"
	religion          = "08081668"
)

// addOrgNames adds the capitalised names and acronyms of noun.group
// synsets below an organisation root (orgNames): "NATO", "KGB", "Khmer
// Rouge", "Knesset". A name with a sense outside noun.group ("Europe",
// a continent too), a place or a people, or a name made only of ordinary
// words ("Base", "Communist Party") is left out.
func (t *tables) addOrgNames(nouns, adjs map[string]synset) {
	common, other := lowerLemmas(nouns, adjs), otherSenses(nouns)
	memo := map[string]map[string]bool{}
	below := func(off, root string) bool {
		if memo[root] == nil {
			memo[root] = map[string]bool{}
		}
		return isBelowNamed(nouns, off, root, memo[root])
	}
	for off, s := range nouns {
		if s.lex != lexNounGroup || below(off, religion) || below(off, educationalInstitution) {
			continue
		}
		if !below(off, organization) && !below(off, politicalMovement) && !below(off, legislature) {
			continue
		}
		for _, w := range s.words {
			if !unicode.IsUpper([]rune(w)[0]) || other[w] || t.places[normalize(w)] || t.peoples[normalize(w)] || allCommonWords(w, common) {
				continue
			}
			t.orgNames.add(w)
			if k := normalize(w); k != "" {
				first, _, _ := strings.Cut(k, " ")
				t.orgNameStarts[first] = true
			}
		}
	}
}

// isBelowNamed is isBelow for synsets that may be named individuals: it
// follows instance pointers ("@i") as well as hypernyms.
func isBelowNamed(nouns map[string]synset, off, root string, memo map[string]bool) bool {
	if off == root {
		return true
	}
	if v, ok := memo[off]; ok {
		return v
	}
	memo[off] = false
	s := nouns[off]
	for _, h := range append(slices.Clip(s.hypernyms), s.classes...) {
		if isBelowNamed(nouns, h, root, memo) {
			memo[off] = true
			return true
		}
	}
	return false
}

// otherSenses returns the capitalised noun lemmas with a sense outside
// noun.group ("Europe", "Congress").
func otherSenses(nouns map[string]synset) map[string]bool {
	out := map[string]bool{}
	for _, s := range nouns {
		for _, w := range s.words {
			if s.lex != lexNounGroup && unicode.IsUpper([]rune(w)[0]) {
				out[w] = true
			}
		}
	}
	return out
}

// lowerLemmas returns every lower-case one-word noun and adjective lemma.
func lowerLemmas(sets ...map[string]synset) map[string]bool {
	out := map[string]bool{}
	for _, m := range sets {
		for _, s := range m {
			for _, w := range s.words {
				if !strings.Contains(w, " ") && unicode.IsLower([]rune(w)[0]) {
					out[w] = true
				}
			}
		}
	}
	return out
}

// allCommonWords reports whether every word of the name is also an
// ordinary word ("Base", "Tigers", "Communist Party", "Security
// Council"): written with capitals, such a name names a kind, or many
// bodies, more often than the one WordNet means.
func allCommonWords(name string, common map[string]bool) bool {
	for _, w := range strings.Fields(name) {
		if !isCommonWord(w, common) {
			return false
		}
	}
	return true
}

// isCommonWord reports whether the capitalised one-word name w is also an
// ordinary word: its lower case, or its lower case less a plural "s", is
// a lower-case lemma.
func isCommonWord(w string, common map[string]bool) bool {
	l := strings.ToLower(w)
	return common[l] || common[strings.TrimSuffix(l, "s")]
}

// addSenseClasses adds the words of each noun synset by its
// lexicographer file: locations, peoples, followers and kinds of person,
// groups (less thingGroups, by the two most frequent senses in lead).
func (t *tables) addSenseClasses(nouns map[string]synset, lead, plurals map[string][]string) {
	things := thingGroups(nouns, lead)
	for _, s := range nouns {
		for _, w := range s.words {
			capital := unicode.IsUpper([]rune(w)[0])
			switch {
			case s.lex == lexNounLoc && capital:
				t.places.add(w)
			case s.lex == lexNounPers && capital && !s.instance && isPeopleGloss(s.gloss):
				t.peoples.add(w)
				t.peoples.add(pluralForms(w, plurals)...)
			case s.lex == lexNounPers && capital && !s.instance && !strings.Contains(w, " ") && isFollowerGloss(s.gloss):
				// "Maoist", "Anglican": a follower of a doctrine, written
				// with a capital.
				t.personNouns.add(w)
				t.personNouns.add(pluralForms(w, plurals)...)
			case s.lex == lexNounPers && !capital && !strings.Contains(w, " "):
				t.personNouns.add(w)
				t.personNouns.add(pluralForms(w, plurals)...)
			case (s.lex == lexNounGroup || s.lex == lexNounTops && w == "group") && !capital && !strings.Contains(w, " ") && !things[w]:
				t.groupNouns.add(w)
				t.groupNouns.add(pluralForms(w, plurals)...)
			}
		}
	}
}

// The roots under which a noun.group synset gathers people (groupOfPeople): social_group.n.01
// ("people sharing some social relation": organisations, gatherings,
// movements, cliques), people.n.01 ("people in general": classes,
// publics, "the world", "the episcopate") and group_action.n.01, where
// WordNet files a group of people acting together ("march", a
// procession).
const (
	socialGroup = "07950920"
	peopleGroup = "07942152"
	groupAction = "01080366"
)

// thingGroups returns the lower-case one-word nouns whose noun.group
// senses all gather things, not people (below collection.n.01 and the
// like, none below a root of groupOfPeople), and that by one of their two
// most frequent senses (lead) name a location, a natural object or a
// plant: "range" (an assortment; a chain of mountains), "forest"
// (vegetation; wooded land), "field". A name such a noun heads ("Aberdare
// Range") is a place, not a body. A rarer such sense does not count: "run"
// is a brook only by its tenth.
func thingGroups(nouns map[string]synset, lead map[string][]string) map[string]bool {
	social, place := map[string]bool{}, map[string]bool{}
	memo := map[string]map[string]bool{socialGroup: {}, peopleGroup: {}, groupAction: {}}
	ofPeople := func(off string) bool {
		for root, m := range memo {
			if isBelow(nouns, off, root, m) {
				return true
			}
		}
		return false
	}
	for off, s := range nouns {
		for _, w := range s.words {
			switch {
			case s.lex == lexNounGroup && ofPeople(off):
				social[w] = true
			}
		}
	}
	for w, offs := range lead {
		for _, off := range offs {
			if lex := nouns[off].lex; lex == lexNounLoc || lex == lexNounObject || lex == lexNounPlant {
				place[w] = true
			}
		}
	}
	out := map[string]bool{}
	for w := range place {
		if !social[w] {
			out[w] = true
		}
	}
	return out
}

// assemblyBody is the offset of WordNet's assembly.n.04 ("a group of
// persons who are gathered together for a common purpose"), above
// legislature.n.01 and the councils; structure.n.01 ("a thing
// constructed": buildings, rooms) is what a noun's first sense must not
// be for that sense to weigh: "house" and "chamber" name a building or a
// room first, and a name they head is a place more often than a body.
const (
	assemblyBody = "08163792"
	structure    = "04341686"
)

// addKindsOf adds the lower-case one-word nouns with any sense below
// organization.n.01 (orgSenseNouns) or educational_institution.n.01
// (schoolNouns), and those with a sense below assembly.n.04 whose first
// sense (first) is no structure (assemblyNouns: "assembly", whose first
// sense is a machine's parts, not "house").
func (t *tables) addKindsOf(nouns map[string]synset, first map[string]string, plurals map[string][]string) {
	orgMemo, assemblyMemo, schoolMemo, builtMemo := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for off, syn := range nouns {
		for _, w := range syn.words {
			if strings.Contains(w, " ") || !unicode.IsLower([]rune(w)[0]) {
				continue
			}
			if isOrganization(nouns, off, orgMemo) {
				t.orgSenseNouns.add(w)
				t.orgSenseNouns.add(pluralForms(w, plurals)...)
			}
			if isBelow(nouns, off, assemblyBody, assemblyMemo) && !isBelow(nouns, first[w], structure, builtMemo) {
				t.assemblyNouns.add(w)
				t.assemblyNouns.add(pluralForms(w, plurals)...)
			}
			if isBelow(nouns, off, educationalInstitution, schoolMemo) {
				t.schoolNouns.add(w)
				t.schoolNouns.add(pluralForms(w, plurals)...)
			}
		}
	}
}

// addFirstSenseClasses adds the lower-case one-word nouns by their most
// frequent sense: a location, a made thing, an organisation.
func (t *tables) addFirstSenseClasses(nouns map[string]synset, first map[string]string, plurals map[string][]string) {
	memo := map[string]bool{}
	for lemma, off := range first {
		if strings.Contains(lemma, "_") || !unicode.IsLower([]rune(lemma)[0]) {
			continue
		}
		if n, ok := nouns[off]; ok && n.lex == lexNounLoc {
			t.locationNouns.add(lemma)
			t.locationNouns.add(pluralForms(lemma, plurals)...)
		}
		if n, ok := nouns[off]; ok && n.lex == lexNounArtifact {
			t.structureNouns.add(lemma)
			t.structureNouns.add(pluralForms(lemma, plurals)...)
		}
		if isOrganization(nouns, off, memo) {
			t.orgNouns.add(lemma)
			t.orgNouns.add(pluralForms(lemma, plurals)...)
		}
	}
}

// gathering is the offset of WordNet's gathering.n.01 ("a group of
// persons together in one place"): a crowd, an audience, a meeting.
const gathering = "07975026"

// maxSenses is more senses than any WordNet noun has: leadSenses reads
// them all.
const maxSenses = 1 << 10

// minBodyShare is the share of a noun's senses, each weighted by the
// inverse of its rank, that must gather people into a body for the noun
// to be a bodyNoun.
const minBodyShare = 0.5

// addBodyNouns adds the lower-case one-word nouns most of whose senses
// (senses, in WordNet's order of frequency), each weighted by the
// inverse of its rank, gather people into a body: a kind of
// social_group.n.01 that is no mere gathering unless it is also an
// assembly met for a common purpose (bodyNouns). "junta" (a clique),
// "tribunal", "court" (an assembly first, a sovereign's government
// third) and "ministry" are; "cabinet" (furniture first) and "crowd" (a
// gathering) are not. A sense whose lemma WordNet writes with a capital
// ("Qing", a dynasty) weighs only against.
func (t *tables) addBodyNouns(nouns map[string]synset, senses map[string][]string, plurals map[string][]string) {
	memo := map[string]map[string]bool{socialGroup: {}, gathering: {}, assemblyBody: {}}
	body := func(off string) bool {
		return isBelow(nouns, off, socialGroup, memo[socialGroup]) &&
			(!isBelow(nouns, off, gathering, memo[gathering]) || isBelow(nouns, off, assemblyBody, memo[assemblyBody]))
	}
	for lemma, offs := range senses {
		if strings.Contains(lemma, "_") || !unicode.IsLower([]rune(lemma)[0]) {
			continue
		}
		var share, total float64
		for k, off := range offs {
			w := 1 / float64(k+1)
			total += w
			if slices.Contains(nouns[off].words, lemma) && body(off) {
				share += w
			}
		}
		if share >= minBodyShare*total {
			t.bodyNouns.add(lemma)
			t.bodyNouns.add(pluralForms(lemma, plurals)...)
		}
	}
}

// legalDocument is the offset of WordNet's legal_document.n.01 ("a
// document that states some contractual relationship or grants some
// right"): laws, acts, pacts, treaties, charters, decrees.
const legalDocument = "06479665"

// agreementStatement is the offset of WordNet's agreement.n.01 ("the
// statement (oral or written) of an exchange of promises"): agreements,
// deals, accords, settlements, understandings. A name such a noun heads
// ("North American Free Trade Agreement") names what parties made, as a
// legal document's does.
const agreementStatement = "06770275"

// documentSenses is how many of a noun's most frequent senses are read
// for documentNouns: "law" is a legal document by its second sense,
// "accord" and "convention" only by their third, after an agreement and
// an assembly.
const documentSenses = 2

// addDocumentNouns adds the lower-case one-word nouns one of whose two
// most frequent senses is a legal document or an agreement and neither a
// kind of organization (documentNouns): a name they head ("Full Stop
// Law", "Government of Ireland Act", "Warsaw Pact", "North American Free
// Trade Agreement") names a document, which a party is only when the text
// makes it one.
func (t *tables) addDocumentNouns(nouns map[string]synset, lead map[string][]string, plurals map[string][]string) {
	docMemo, agreeMemo, orgMemo := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for lemma, offs := range lead {
		if strings.Contains(lemma, "_") || !unicode.IsLower([]rune(lemma)[0]) {
			continue
		}
		doc, org := false, false
		for _, off := range offs {
			doc = doc || isBelow(nouns, off, legalDocument, docMemo) || isBelow(nouns, off, agreementStatement, agreeMemo)
			org = org || isOrganization(nouns, off, orgMemo)
		}
		if doc && !org {
			t.documentNouns.add(lemma)
			t.documentNouns.add(pluralForms(lemma, plurals)...)
		}
	}
}

// addPertainyms adds the capitalised adjectives pertaining to a location
// ("Lebanese", "Acehnese") as peoples.
func (t *tables) addPertainyms(nouns, adjs map[string]synset) {
	for _, s := range adjs {
		if s.lex != lexAdjPert {
			continue
		}
		for _, off := range s.pertainTo {
			if n, ok := nouns[off]; ok && n.lex == lexNounLoc {
				for _, w := range s.words {
					if unicode.IsUpper([]rune(w)[0]) {
						t.peoples.add(w)
					}
				}
			}
		}
	}
}

// isPeopleGloss tells a nationality or community ("a native or inhabitant
// of Lebanon", "a member of a Slavic people") from other classes of person
// written with a capital ("a person born while the sun is in Scorpio", "a
// member of the Democratic Party").
func isPeopleGloss(g string) bool {
	if strings.Contains(g, "native or inhabitant") || strings.Contains(g, "native of") {
		return true
	}
	if !strings.Contains(g, "member of") {
		return false
	}
	for _, w := range []string{"people", "tribe", "ethnic", "branch of islam", "sect", "nation", "race"} {
		if strings.Contains(g, w) {
			return true
		}
	}
	return false
}

// isFollowerGloss tells a follower of a doctrine or faith ("an advocate of
// Maoism", "a follower of Anglicanism") from other capitalised kinds of
// person ("a person who is born while the sun is in Scorpio").
func isFollowerGloss(g string) bool {
	for _, w := range []string{"follower", "advocate", "believer", "adherent", "supporter"} {
		if strings.Contains(g, w) {
			return true
		}
	}
	return false
}

// readData parses a WordNet data file into synsets by offset.
func readData(path string) (map[string]synset, error) {
	out := map[string]synset{}
	err := wnfile.EachSynset(path, func(ws wnfile.Synset) error {
		s := synset{lex: ws.LexFile, gloss: ws.Gloss}
		for _, w := range ws.Words {
			if p := strings.IndexByte(w, '('); p > 0 {
				w = w[:p] // adjective markers: "(a)", "(p)"
			}
			s.words = append(s.words, strings.ReplaceAll(w, "_", " "))
		}
		for _, p := range ws.Pointers {
			switch p.Symbol {
			case "@i":
				s.instance = true
				s.classes = append(s.classes, p.Offset)
			case "@":
				s.hypernyms = append(s.hypernyms, p.Offset)
			case "\\":
				if p.POS == "n" {
					s.pertainTo = append(s.pertainTo, p.Offset)
				}
			}
		}
		out[ws.Offset] = s
		return nil
	})
	return out, err
}

// leadSenses reads index.noun: each lemma's n most frequent senses, most
// frequent first.
func leadSenses(path string, n int) (map[string][]string, error) {
	out := map[string][]string{}
	err := wnfile.EachIndexEntry(path, func(e wnfile.IndexEntry) error {
		if len(e.Offsets) > 0 {
			out[e.Lemma] = e.Offsets[:min(n, len(e.Offsets))]
		}
		return nil
	})
	return out, err
}

// readExceptions reads noun.exc: irregular plural → singular, inverted.
func readExceptions(path string) (map[string][]string, error) {
	exc, err := wnfile.Exceptions(path)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, e := range exc {
		if len(e.Bases) == 1 {
			out[e.Bases[0]] = append(out[e.Bases[0]], strings.ReplaceAll(e.Form, "_", " "))
		}
	}
	return out, nil
}

// pluralForms returns the plural of a noun: WordNet's irregular forms, or
// the regular English ending.
func pluralForms(w string, irregular map[string][]string) []string {
	if p, ok := irregular[strings.ReplaceAll(w, " ", "_")]; ok {
		return p
	}
	lw := strings.ToLower(w)
	switch {
	case strings.HasSuffix(lw, "ese"), strings.HasSuffix(lw, "ss") && strings.HasSuffix(lw, "ess"):
		if strings.HasSuffix(lw, "ese") {
			return nil
		}
		return []string{w + "es"}
	case strings.HasSuffix(lw, "s"), strings.HasSuffix(lw, "x"), strings.HasSuffix(lw, "z"),
		strings.HasSuffix(lw, "ch"), strings.HasSuffix(lw, "sh"):
		return []string{w + "es"}
	case strings.HasSuffix(lw, "y") && len(lw) > 1 && !strings.ContainsRune("aeiou", rune(lw[len(lw)-2])):
		return []string{w[:len(w)-1] + "ies"}
	}
	return []string{w + "s"}
}

// normalize folds s as package corpus does for its keys: lower case, no
// accents, apostrophes and a possessive "'s" dropped, other punctuation a
// single space.
func normalize(s string) string {
	var sb strings.Builder
	rs := []rune(norm.NFD.String(s))
	space := false
	for i := 0; i < len(rs); i++ {
		r := unicode.ToLower(rs[i])
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’' || r == 'ʼ' || r == '‘':
			if i+1 < len(rs) && unicode.ToLower(rs[i+1]) == 's' && (i+2 == len(rs) || !isWord(rs[i+2])) {
				i++
			}
			continue
		case !isWord(r):
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// render writes one map from every normalized key to the classes it
// belongs to, so that a look-up answers every question about a word at
// the cost of one hash.
func (t *tables) render() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by genlang from iso-codes, tzdata and WordNet 3.0; DO NOT EDIT.\n\npackage lang\n\n")
	classes := []struct {
		flag, doc string
		s         set
	}{
		{"Place", "countries, former countries, subdivisions, time-zone cities and WordNet locations", t.places},
		{"People", "nationalities, demonyms, ethnic and religious communities (WordNet) and major languages (ISO 639-2 with a 639-1 code)", t.peoples},
		{"GroupNoun", "lower-case nouns with a sense naming a group (WordNet noun.group)", t.groupNouns},
		{"PersonNoun", "lower-case nouns naming a kind of person (WordNet noun.person)", t.personNouns},
		{"LocationNoun", "lower-case nouns whose first sense names a location (WordNet noun.location)", t.locationNouns},
		{"StructureNoun", "lower-case nouns whose first sense names a made thing, such as a building (WordNet noun.artifact)", t.structureNouns},
		{"OrgSenseNoun", "lower-case nouns with any sense that is a kind of organization", t.orgSenseNouns},
		{"OrgNoun", "lower-case nouns whose first sense is a kind of organization (WordNet organization.n.01 and its hyponyms)", t.orgNouns},
		{"BodyNoun", "lower-case nouns most of whose senses, weighted by the inverse of their rank, gather people into a body (WordNet social_group.n.01 and its hyponyms, no gathering.n.01 unless an assembly.n.04)", t.bodyNouns},
		{"SchoolNoun", "lower-case nouns with a sense that is an educational institution (WordNet educational_institution.n.01 and its hyponyms)", t.schoolNouns},
		{"DocumentNoun", "lower-case nouns one of whose two most frequent senses is a legal document or an agreement and neither a kind of organization (WordNet legal_document.n.01, agreement.n.01 and their hyponyms)", t.documentNouns},
		{"AssemblyNoun", "lower-case nouns with a sense that is an assembly met for a common purpose (WordNet assembly.n.04 and its hyponyms: legislatures, councils), whose first sense is no building or room", t.assemblyNouns},
		{"OrgNameStart", "first words of the OrgName keys, a cheap test before looking a name up", t.orgNameStarts},
		{"Adverb", "lower-case one-word adverbs WordNet lists as no noun and no verb", t.adverbs},
		{"OrgName", "capitalised names and acronyms of organisations, political movements and legislatures (WordNet noun.group below organization.n.01, political_movement.n.01 or legislature.n.01; not a religion or a school)", t.orgNames},
	}
	b.WriteString("// kinds maps every normalized key to the classes it belongs to.\n//\n")
	kinds := map[string][]string{}
	for _, c := range classes {
		fmt.Fprintf(&b, "// %s: %d %s.\n", c.flag, len(c.s), c.doc)
		for k := range c.s {
			kinds[k] = append(kinds[k], c.flag)
		}
	}
	keys := make([]string, 0, len(kinds))
	for k := range kinds {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Fprintf(&b, "var kinds = map[string]Kind{\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "%q: %s,\n", k, strings.Join(kinds[k], "|"))
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}
