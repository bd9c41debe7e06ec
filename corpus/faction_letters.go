package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/verbs"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// Rules reading bare letters as a group: a writer who never spells an
// acronym out ("FUNCINPEC and the KPNLF have begun moving troops") or
// spells it out in a sentence no rule reads as a group's definition
// ("From 1999, LeT pioneered …") still uses the letters as the subject
// of what the group does. Names built on such letters with a qualifier
// ("the Provisional IRA", "Radical FRUD") are a splinter of their own.
const (
	ruleLettersActor         = "letters-actor"         // "the State of Cambodia, FUNCINPEC and the KPNLF have begun"
	ruleQualLetters          = "qualified-letters"     // "the Provisional IRA announced": a splinter named on its parent's letters
	ruleFoldSameLetters      = "fold-same-letters"     // "Assam Students' Union" (AASU) is the "All Assam Students' Union" (AASU): one acronym, a name ending another
	ruleFoldTranslated       = "fold-translated"       // "the Maluku Sovereignty Front, known as the FKM (Front Kedaulatan Maluku)": one briefing's letters, an English and a foreign name
	ruleFoldShortWord        = "fold-short-word"       // "the National Party (Blancos)", then "the Blancos": a one-word faction that is another's short form is that faction
	ruleAliasPastGloss       = "alias-past-gloss"      // "the Veldian Assembly for Renewal (al-Majlis …), known simply as Tajdid": the bracket between name and marker is no part of either
	ruleBracketedAlias       = "bracketed-alias"       // "the International Fund for Harbour Development (the Harbour Bank)": a bracketed name with its article is another name
	ruleAliasAdverb          = "alias-adverb"          // "Hizbul Mujahideen, known simply as "the Hizb"": an alias given with an adverb
	ruleAliasLanguage        = "alias-language"        // "the Ketu Liberation Front, known in Ketu as Adda Walabummaa Ketuu": an alias given in another language
	ruleShortPublisher       = "short-publisher"       // "This primer from the Larkfield Institute": the publisher by its short name
	rulePublisherPress       = "publisher-press"       // "Office of Press and Information, Presidency of the Council of Ministers": a part of the publisher's name naming the press is the office that publishes
	rulePublisherInformation = "publisher-information" // "Combined Information Bureau, Multinational Force Haiti": a part of the publisher's name naming the office that informs is the office that publishes
	ruleAliasPerson          = "alias-person"          // "the militia of Denis Sassou Nguesso, known as the Cobras": no person or place is a group's alias
	ruleSplitListed          = "split-listed"          // "the Cocoyes and Ninjas": two groups listed, not one name
	ruleCommunity            = "described-community"   // "the Ovimbundu, the largest ethnic group": a people, not a party
	rulePlacedNoun           = "placed-noun"           // "the military government in Addis Ababa, known as the Derg": a group noun placed by its seat
	ruleCalledGroups         = "called-groups"         // "Nicaraguans call such pro-government gangs "turbas"": a group's word in quotes
	ruleLettersObject        = "letters-object"        // "the government fought UNITA": letters a group's verb acts on
	ruleAliasCoordinated     = "alias-coordinated"     // "took the name Provisional IRA and was soon known simply as the "Provos""
	ruleOrgBeforeParticiple  = "org-before-participle" // "the French Forces stationed in Djibouti (FFDj)": an organisation's name goes on with a participle
	ruleCommunityHead        = "community-head"        // "a party committed to preserving minority rule": the group noun heading a description is what it describes
	ruleFoldLetters          = "fold-letters"          // "The JKLF announced" is the "Jammu Kashmir Liberation Front" the briefing names
)

// findByLettersActor proposes the letters (see actorLetters) a sentence
// uses as the subject of a verb, alone or in a list of names, and the
// qualified letters ("Provisional IRA") used so.
func findByLettersActor(p *para) []candidate {
	var out []candidate
	words := p.words()
	for i, w := range words {
		tok, ok := actorLetters(w)
		if !ok || strings.ContainsAny(w, "()") || // letters in brackets define a name before them
			!actsAfter(words[i+1:], w) && (p.off[ruleLettersObject] || !actedOn(p.lowerWords(), i)) || reportsNext(p.text[p.offs[i]+len(w):]) {
			continue
		}
		q := qualifierBefore(words, i)
		switch {
		case q != "" && !p.off[ruleQualLetters]:
			out = append(out, p.cand(q+" "+tok, scoreMention))
		case q == "" && (i == 0 || !startsUpper(words[i-1]) || strings.HasSuffix(words[i-1], ",") || opensSentence(p.text, p.offs[i-1])) && !p.off[ruleLettersActor]:
			out = append(out, p.cand(tok, scoreMention))
		}
	}
	return out
}

// actorLetters returns w without its punctuation when it is written as a
// group's letters: two to ten letters, at least two capitals, no run of
// two lower-case letters ("LeT", "FFDj", "FUNCINPEC"), not a plural
// ("MPs"), a roman numeral, a place or people the gazetteer knows, nor,
// in capitals throughout, a word WordNet knows (shouting, not letters).
func actorLetters(w string) (string, bool) {
	if !mayBeLetters(w) {
		return "", false
	}
	tok := trimRight(trimLeft(w, "(\"“'‘*"), ".,;:!?)\"”’'*")
	n := utf8.RuneCountInString(tok)
	if n < 2 || n > 10 || strings.HasSuffix(tok, "s") && !allCapitals(tok) {
		return "", false
	}
	upper, lowRun := 0, 0
	for _, r := range tok {
		switch {
		case unicode.IsUpper(r):
			upper, lowRun = upper+1, 0
		case unicode.IsLower(r):
			if lowRun++; lowRun > 1 {
				return "", false
			}
		default:
			return "", false
		}
	}
	low := strings.ToLower(tok)
	if upper < 2 || trim(tok, "IVXLCDM") == "" || lang.Classify(low)&(lang.Place|lang.People) != 0 {
		return "", false
	}
	if allCapitals(tok) && wordnet.Load().Knows(low) {
		return "", false
	}
	return tok, true
}

// mayBeLetters is actorLetters' pre-filter, for the nine words in ten
// written in ASCII with at most one capital: letters need two capitals,
// and no punctuation trimmed off adds one. A word with other bytes is
// left to actorLetters.
func mayBeLetters(w string) bool {
	upper := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return true
		case 'A' <= c && c <= 'Z':
			upper++
		}
	}
	return upper >= 2
}

// listWords are the words a list of names goes on over.
var listWords = map[string]bool{"and": true, "or": true, "the": true, "its": true, "their": true}

// adverbsBeforeVerb are the adverbs a subject's verb follows: "the IRA
// then announced".
var adverbsBeforeVerb = map[string]bool{"also": true, "then": true, "later": true, "soon": true, "again": true,
	"still": true, "never": true, "now": true, "first": true, "itself": true, "too": true, "both": true, "jointly": true}

// actsAfter reports whether the words after a name (rest) open with its
// verb, after the rest of a list of names it stands in ("FUNCINPEC and
// the KPNLF have begun", "LeT and JeM decide"). A possessive (w, the name
// as written, ends in "'s") qualifies a noun instead.
func actsAfter(rest []string, w string) bool {
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, ".") || strings.HasSuffix(w, ")") {
		return false
	}
	listed := strings.HasSuffix(w, ",")
	for i, r := range rest {
		if i >= 12 {
			return false
		}
		low := strings.ToLower(trim(r, ",\"“”"))
		switch {
		case listWords[low] || startsUpper(r) && (listed || i > 0 && listWords[strings.ToLower(rest[i-1])]):
			listed = listed || low == "and" || low == "or" || strings.HasSuffix(r, ",")
			if strings.HasSuffix(r, ".") {
				return false
			}
			continue
		case adverbsBeforeVerb[low] || strings.HasSuffix(low, "ly") && len(low) > 4:
			continue
		}
		return isFiniteVerb(low)
	}
	return false
}

// auxiliaries open a verb group.
var auxiliaries = map[string]bool{"has": true, "had": true, "have": true, "was": true, "were": true, "is": true,
	"are": true, "would": true, "will": true, "could": true, "can": true, "did": true, "does": true, "do": true,
	"should": true, "may": true, "might": true, "must": true}

// isFiniteVerb reports whether the lower-case word w is a finite verb a
// subject could take: an auxiliary, a past form, a verb's third person,
// or a bare form that is a verb first (WordNet tables, not a list).
func isFiniteVerb(w string) bool {
	if auxiliaries[w] {
		return true
	}
	t := verbs.Load()
	return t.IsIrregularPast(w) || t.IsRegularPast(w) || t.PresentLemma(w) != "" || t.IsVerbFirst(w)
}

// qualifierBefore returns the capitalised word before words[i] that
// qualifies the letters as a name of its own ("Provisional" in "the
// Provisional IRA"), or "": none, a sentence's opening word, a title, a
// leader's title, or a place or people's name ("Irish"), which says whose
// the group is, not which.
func qualifierBefore(words []string, i int) string {
	if i == 0 {
		return ""
	}
	q := words[i-1]
	if !startsUpper(q) || !allLetters(q) || utf8.RuneCountInString(q) < 4 || allCapitals(q) {
		return ""
	}
	if i == 1 || strings.ContainsAny(words[i-2][len(words[i-2])-1:], ".!?:") || isStopCap(q) {
		return "" // a sentence's first word is capitalised whatever it is
	}
	low := strings.ToLower(q)
	if isTitle(low) && !isPersonWord(low) || wordnet.Load().Leader(low) || lang.Classify(low)&(lang.Place|lang.People) != 0 || isPlaceOrPeople(q) {
		return ""
	}
	return q
}

// bareLetters reports whether fb is a faction of letters alone, with no
// name they stand for: what findByLettersActor proposes.
func bareLetters(fb *building) bool {
	_, ok := actorLetters(fb.f.Name)
	return ok && fb.f.Acronym == ""
}

// foldLetters folds a faction of bare letters into the faction of the
// same briefing the letters are the acronym of ("The JKLF announced
// itself" after "the Jammu Kashmir Liberation Front"), which the
// initials rule gave them, or whose name opens with them ("EUFOR" for
// "EUFOR Tchad/RCA").
//
// With foldWords, a one-word faction is folded too into the faction that
// has it as its short form: "the National Party (Blancos)" is the party
// a later "the Blancos" names.
func foldLetters(fs []*building, foldWords bool) []*building {
	byAcr := map[string][]*building{}
	for _, fb := range fs {
		if fb.f.Acronym != "" {
			byAcr[fb.f.Acronym] = append(byAcr[fb.f.Acronym], fb)
		}
		if first, _, ok := strings.Cut(fb.f.Name, " "); ok && fb.f.Acronym == "" {
			byAcr[first] = append(byAcr[first], fb) // "EUFOR Tchad/RCA"
		}
	}
	out := fs[:0]
	for _, fb := range fs {
		into := sharingBriefing(byAcr[fb.f.Name], fb)
		if into == nil || !bareLetters(fb) && !(foldWords && shortWordOf(fb, into)) {
			out = append(out, fb)
			continue
		}
		into.names = append(into.names, fb.names...)
	}
	return out
}

// sharingBriefing returns the first of fs drawn from a briefing fb is.
func sharingBriefing(fs []*building, fb *building) *building {
	for _, f := range fs {
		for _, s := range fb.slugs {
			if slices.Contains(f.slugs, s) {
				return f
			}
		}
	}
	return nil
}

// foldSameLetters folds a faction into another of the same briefing with
// the same acronym whose name ends with its name: "Assam Students' Union"
// (AASU) is the "All Assam Students' Union" (AASU), read without the word
// that opens it. The longer name is the one the letters spell.
func foldSameLetters(fs []*building) []*building { return foldFound(fs, longerSameLetters) }

// foldFound folds each faction of fs into the one find returns for it,
// if any: its names, name and aliases become the other's, and its letters
// too where the other has none.
func foldFound(fs []*building, find func([]*building, *building) *building) []*building {
	out := fs[:0]
	for _, fb := range fs {
		if into := find(fs, fb); into != nil {
			foldWhole(into, fb)
			continue
		}
		out = append(out, fb)
	}
	return out
}

// longerSameLetters returns the faction of fs, sharing a briefing with
// fb, whose acronym is fb's and whose name ends with fb's name after more
// words; or nil.
func longerSameLetters(fs []*building, fb *building) *building {
	if fb.f.Acronym == "" {
		return nil
	}
	for _, other := range fs {
		if other != fb && other.f.Acronym == fb.f.Acronym && strings.HasSuffix(other.f.Name, " "+fb.f.Name) && sharingBriefing([]*building{other}, fb) != nil {
			return other
		}
	}
	return nil
}

// foldTranslatedLetters folds a faction named in another language into
// the faction of the same briefing with the same letters and an English
// name: "The Maluku Sovereignty Front, known as the FKM (Front Kedaulatan
// Maluku)" and "The Brunei People's Party, or Partai Rakyat Brunei
// (PRB)" each name one body twice. One briefing's letters name one body;
// the English name is the one its reader looks up, the other its alias.
// Pairs whose names hold as many such words are left alone.
func foldTranslatedLetters(fs []*building) []*building {
	return foldFound(fs, englishSameLetters)
}

// englishSameLetters returns the faction of fs, sharing a briefing with
// fb, whose name has fewer words no English table knows (foreignCount:
// the translation) and whose acronym is fb's,
// or who has none and fb's name as its alias (rule english-or gave it);
// or nil.
func englishSameLetters(fs []*building, fb *building) *building {
	if fb.f.Acronym == "" {
		return nil
	}
	n := foreignCount(fb.f.Name)
	for _, other := range fs {
		same := other.f.Acronym == fb.f.Acronym || other.f.Acronym == "" && slices.Contains(other.f.Aliases, fb.f.Name)
		if other != fb && same && foreignCount(other.f.Name) < n && sharingBriefing([]*building{other}, fb) != nil {
			return other
		}
	}
	return nil
}

// shortWordOf reports whether fb, one word with no short form of its
// own, is exactly into's short form.
func shortWordOf(fb, into *building) bool {
	return fb.f.Acronym == "" && !strings.Contains(fb.f.Name, " ") && into.f.Acronym == fb.f.Name
}

// fold applies foldLetters to the factions merged so far, forgetting the
// names of the ones it folds.
func (m *merger) fold() {
	n := len(m.fs)
	kept := map[*building]bool{}
	m.fs = foldLetters(m.fs, false)
	if len(m.fs) == n {
		return
	}
	for _, fb := range m.fs {
		kept[fb] = true
	}
	for k, fb := range m.byName {
		if !kept[fb] {
			delete(m.byName, k)
		}
	}
}

// qualifiesLetters reports whether name is a word and a group's letters
// ("Official IRA"): no person is named in capitals, so its first word,
// though it may be a person's ("official"), is no title.
func qualifiesLetters(name string) bool {
	words := strings.Fields(name)
	if len(words) != 2 {
		return false
	}
	_, ok := actorLetters(words[1])
	return ok
}

// isPersonOf reports whether name is one of the people p's briefing
// names, ending in a word WordNet does not know: a surname ("Denis Sassou
// Nguesso"), not a common noun that a capitalised run of words ends with
// ("the Dhofar Rebellion").
func isPersonOf(p *para, name string) bool {
	if !atKey(p.people, name) {
		return false
	}
	words := strings.Fields(name)
	last := trimPossessive(words[len(words)-1])
	if _, letters := actorLetters(last); letters {
		return false // "Provisional IRA": no person's name ends in letters
	}
	return !wordnet.Load().Knows(strings.ToLower(last))
}

// splitListed renames a faction named "A and B", where A is another
// faction of its briefing and B one capitalised word, to B: the writer
// listed two groups ("field commanders of the Cocoyes and Ninjas"), and
// B, named nowhere else as a name a rule reads, is a group of its own.
// When B is a faction already, the joined one is dropped into it.
func splitListed(fs []*building) []*building {
	byKey := map[string]*building{}
	for _, fb := range fs {
		byKey[nameKey(fb.f.Name)] = fb
	}
	out := fs[:0]
	for _, fb := range fs {
		a, b, ok := strings.Cut(fb.f.Name, " and ")
		first := atKey(byKey, a)
		if !ok || first == nil || first == fb || strings.Contains(b, " ") || !startsUpper(b) || sharingBriefing([]*building{first}, fb) == nil {
			out = append(out, fb)
			continue
		}
		if into := atKey(byKey, b); into != nil {
			into.names = append(into.names, fb.names...)
			continue
		}
		fb.names = slices.DeleteFunc(fb.names, func(n string) bool { return n == fb.f.Name })
		fb.f.Name = b
		byKey[nameKey(b)] = fb
		out = append(out, fb)
	}
	return out
}

// describedAsCommunity reports whether the words after a name (lower[0]
// is its last word, closed by a comma) describe it as a people: ", the
// largest ethnic group", ", the Valley's small Hindu minority" (a
// community noun, or "group" after "ethnic", within five words). With
// headed, another group noun before it heads the description instead ("a
// party committed to preserving minority rule"). With owners, a
// possessive opens the description too (", Vietnam's ethnic Chinese
// minority").
func describedAsCommunity(lower []string, headed, owners bool) bool {
	if len(lower) < 3 || !strings.HasSuffix(lower[0], ",") {
		return false
	}
	switch {
	case lower[1] == "the", lower[1] == "a", lower[1] == "an":
	case owners && isPossessive(lower[1]):
	default:
		return false
	}
	for k := 2; k < len(lower) && k < 8; k++ {
		w := trimRightPunct(lower[k], ".,;:)")
		if communityNouns[w] || (w == "group" || w == "groups") && lower[k-1] == "ethnic" {
			return true
		}
		if w != lower[k] || headed && isPredicateNoun(w) {
			return false // "a party committed to preserving minority rule": the party heads it
		}
	}
	return false
}

// groupAtPlace reports whether the words before a name marker end with a
// group noun placed by its seat and closed by a comma: "the military
// government in Addis Ababa," (then "known as the Derg"). The place is
// what a name before the marker would be, so the description is read
// past it.
func groupAtPlace(words []string) bool {
	n := len(words)
	if n < 3 || !strings.HasSuffix(words[n-1], ",") {
		return false
	}
	for k := n - 2; k >= 1 && k >= n-4; k-- {
		switch words[k] {
		case "in", "of", "at":
		default:
			continue
		}
		place := strings.TrimSuffix(strings.Join(words[k+1:], " "), ",")
		return isPlaceOrPeople(place) && isPredicateNoun(strings.ToLower(words[k-1]))
	}
	return false
}

// findByCalledGroups reads the word a writer says people call a kind of
// group, quoted after the group noun: "Nicaraguans have long called such
// pro-government gangs "turbas"". The word may be lower-case and
// foreign; the quotes and the group noun before it make it a name.
func findByCalledGroups(p *para) []candidate {
	if !p.has(markCalled) {
		return nil
	}
	var out []candidate
	words, lower := p.words(), p.lowerWords()
	for i, w := range lower {
		if w != "called" && w != "call" && w != "calls" {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+5; k++ {
			if q := quotedWord(words[k]); q != "" {
				if k > i+1 && isPredicateNoun(strings.TrimSuffix(lower[k-1], ",")) {
					out = append(out, p.cand(q, scoreDefined))
				}
				break
			}
			if words[k] != lower[k] || strings.ContainsAny(words[k], ".;:") {
				break // a capitalised word or the clause's end: no description
			}
		}
	}
	return out
}

// quotedWord returns the word inside the quotes w is written in
// (""turbas"," → "turbas"), or "".
func quotedWord(w string) string {
	w = trimRight(w, ".,;:")
	for _, q := range [][2]string{{"\"", "\""}, {"“", "”"}} {
		if in, ok := strings.CutPrefix(w, q[0]); ok {
			if in, ok = strings.CutSuffix(in, q[1]); ok && in != "" && !strings.Contains(in, q[0]) {
				return in
			}
		}
	}
	return ""
}

// hostileVerbs are the verbs whose object is a party to the conflict:
// one fights, joins, attacks or backs a group.
var hostileVerbs = map[string]bool{"against": true, "fought": true, "fight": true, "fighting": true, "joined": true,
	"attacked": true, "backed": true, "supported": true, "armed": true, "defeated": true, "ambushed": true}

// actedOn reports whether the letters at lower[i] are the object of a
// verb one uses of a party (see hostileVerbs), after an optional "the".
func actedOn(lower []string, i int) bool {
	k := i - 1
	if k >= 0 && lower[k] == "the" {
		k--
	}
	return k >= 0 && hostileVerbs[lower[k]]
}

// orgBeforeParticiple reports whether a long form opens with an
// organisation's name that a past participle goes on from ("French Forces
// stationed in Djibouti"): the letters spell the whole, and the name
// before the participle shows it is a body.
func orgBeforeParticiple(long string) bool {
	words := strings.Fields(long)
	for k := 1; k < len(words); k++ {
		w := words[k]
		if w == strings.ToLower(w) {
			t := verbs.Load()
			return (t.IsRegularPast(w) || t.IsIrregularPast(w)) && isOrgName(strings.Join(words[:k], " "))
		}
	}
	return false
}
