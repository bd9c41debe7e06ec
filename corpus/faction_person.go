package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/verbs"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// What a text says of a name shows it names a person: set beside a
// description headed by a kind of person, or killed. A group is
// described by a group noun ("a rebel coalition") and is defeated or
// disbanded, not killed.
const (
	ruleAppositivePerson = "appositive-person" // "Karim Vell, a long-serving ally of the president": a person described beside the name
	ruleKilledPerson     = "killed-person"     // "Arthur Penn was killed at his office", "was shot dead": only a person is killed
	ruleHeldPerson       = "held-person"       // "Karim Vell … has been arrested": only a person is arrested or jailed
	ruleDefiniteLeader   = "definite-leader"   // "Kudzanai Chipanga, the youth league leader who …": a definite description headed by a leader's noun
	ruleParticleSurname  = "particle-surname"  // "Imad el-Attabi, a young protester": an article joined to a capitalised word is a surname's, name-internal
	ruleHeadOf           = "head-of"           // "Zida, the deputy commander of the Presidential Security Regiment": a leader's noun and "of" name the one in charge of a body, a person
	ruleChosenTitle      = "chosen-title"      // "Mufti Mahmud was chosen as president of the alliance": who is chosen to an office is a person
)

// personCue reports whether the words after a name of two or more words
// (run, its words; lower[0] is its last word) show it names a person, by
// a cue off does not disable. A description beside a name holding a
// place or a people may describe the name itself ("Pathet Lao, a name
// meaning …"); no place or people is killed or arrested.
func personCue(run, lower []string, off map[string]bool) bool {
	particles := !off[ruleParticleSurname]
	return !off[ruleAppositivePerson] && appositivePerson(lower, !off[ruleAdverbParticiple]) && !anyPlaceOrPeopleIn(run, particles) ||
		!off[ruleDefiniteLeader] && definiteLeader(lower, !off[ruleAdverbParticiple], !off[ruleHeadOf]) && !anyPlaceOrPeopleIn(run, particles) ||
		!off[ruleKilledPerson] && killedAfter(lower, !off[ruleHeldPerson])
}

// appositivePerson reports whether lower opens with the name's last word
// and a comma, then an indefinite description headed by a noun for a kind
// of person rather than a body: "Vell, a long-serving ally of the
// president", "Moreno, a party deputy", not "Outcomes, a private
// military company".
func appositivePerson(lower []string, adverb bool) bool {
	if len(lower) < 3 || !strings.HasSuffix(lower[0], ",") || !indefinite(lower[1]) {
		return false
	}
	head := describedHead(lower[2:min(len(lower), 8)], adverb)
	return isPersonWord(head) && !bodyNoun(head)
}

// definiteLeader reports whether lower opens with the name's last word
// and a comma, then a definite description headed by a noun WordNet files
// under leader, in the singular: "Chipanga, the youth league leader who
// had threatened the army", "Vell, the party's chairman,". A body is
// described by a group's noun ("Ansor, the youth wing of NU"), and a
// leader's noun in the singular names one person. With headOf, a
// leader's noun and "of" count too, whatever the description's words
// after them (inCharge: "the head of the local administration").
func definiteLeader(lower []string, adverb, headOf bool) bool {
	if len(lower) < 3 || !strings.HasSuffix(lower[0], ",") || lower[1] != "the" {
		return false
	}
	if headOf && inCharge(lower[2:min(len(lower), 8)]) {
		return true
	}
	head := describedHead(lower[2:min(len(lower), 8)], adverb)
	return head != "" && !strings.HasSuffix(head, "s") && wordnet.Load().Leader(head) && !bodyNoun(head)
}

// inCharge reports whether lower, a definite description after its
// article, opens with a singular noun WordNet files under leader, then
// "of", over modifiers ("head of the miners' union federation", "former
// head of the local administration", "chair of the committee"): the one
// in charge of a body. The leader table reads "head" and "chair" by
// their first person's senses (head.n.04, "a person who is in charge"),
// after the body part and the seat. A body is the "wing", "arm" or
// "branch" of another, never its head: no leader's noun.
func inCharge(lower []string) bool {
	lex := wordnet.Load()
	for k := 0; k+1 < len(lower); k++ {
		if !strings.HasSuffix(lower[k], "s") && lex.Leader(lower[k]) {
			return lower[k+1] == "of"
		}
		if trimRightPunct(lower[k], ".,;:") != lower[k] {
			return false
		}
	}
	return false
}

// killedAfter reports whether lower opens with the name's last word and a
// passive of killing: "was killed", "was executed", "was shot dead". The
// verb's WordNet lemma is "kill" or has "kill" one step broader or
// narrower; any participle followed by "dead" counts too. With held,
// a passive of holding a person counts as well, after an aside too:
// "has been arrested", "Vell, the former spy chief, was jailed".
func killedAfter(lower []string, held bool) bool {
	at := 0 // the word before the verb group: the name's last, or an aside's
	if held {
		at = asideEnd(lower)
	}
	if at == 0 && (len(lower) == 0 || lower[0] != trimRightPunct(lower[0], ".,;:")) {
		return false
	}
	lower = lower[at:]
	if len(lower) < 3 {
		return false
	}
	k := 1
	switch {
	case lower[1] == "was" || lower[1] == "were":
		k = 2
	case len(lower) > 3 && (lower[1] == "has" || lower[1] == "had") && lower[2] == "been":
		k = 3
	default:
		return false
	}
	verb := trimRightPunct(lower[k], ".,;:")
	if held && heldVerb(verb) {
		return true
	}
	if k+1 < len(lower) && trimRightPunct(lower[k+1], ".,;:") == "dead" && (strings.HasSuffix(verb, "ed") || verb == "shot") {
		return true
	}
	lex := wordnet.Load()
	if !strings.HasSuffix(verb, "ed") && lex.IrregularBases(verb) == nil {
		return false // no past participle: the cheap test before Lemmas allocates
	}
	for _, lemma := range lex.Lemmas(verb) {
		if lemma == "kill" || slices.Contains(lex.Kin(lemma), "kill") {
			return true
		}
	}
	return false
}

// asideEnd returns the index of the last word of an aside set between
// commas after the name ("Vell, until last week the head of the
// service, has been arrested"), or 0 when there is none.
func asideEnd(lower []string) int {
	if len(lower) < 3 || !strings.HasSuffix(lower[0], ",") {
		return 0
	}
	for k := 1; k < len(lower) && k <= 12; k++ {
		if strings.ContainsAny(lower[k], ".;:") {
			return 0
		}
		if strings.HasSuffix(lower[k], ",") {
			return k
		}
	}
	return 0
}

// heldVerb reports whether the lower-case participle holds a person, not
// a body: a body is banned or dissolved; its leader is arrested.
func heldVerb(w string) bool { return slices.Contains(heldVerbs, w) }

var heldVerbs = []string{"arrested", "detained", "jailed", "imprisoned", "abducted", "kidnapped", "assassinated"}

// ruleDocument: "he signed the Internal Settlement with …", "The first
// Agrarian Reform Law, signed on 17 May", "The Defence White Paper
// published in February": what is signed, ratified, published or enacted
// is a document, whatever noun heads its name.
const (
	ruleDocument        = "document"
	ruleDocumentLetters = "document-letters" // "signed the Cessation of Hostilities Agreement (COHA)": the letters are the document's too
)

// documentNames adds to into the keys of the names the text writes as a
// document: the object of a verb of documents after "the" ("signed the
// Cessation of Hostilities Agreement"), or a name its participle follows
// with "in", "on" or "by" ("Law, signed on 17 May"). A party signs too,
// so "signed" and "ratified" after a name count only after a comma,
// where they open a participial clause, not the party's own verb. With
// letters, the letters in brackets after an object are added too.
func documentNames(paras []*para, into map[string]bool, letters bool) {
	for _, p := range paras {
		words, lower := p.words(), p.lowerWords()
		for k := 1; k+2 < len(lower); k++ {
			verb := trimRight(lower[k], ",")
			if !documentVerb(verb) || verb != lower[k] {
				continue
			}
			if lower[k+1] == "the" {
				if name, next := nameAt(words, k+2, allReadings); strings.Contains(name, " ") {
					setKey(into, name)
					if letters && next < len(words) && strings.HasPrefix(words[next], "(") {
						setKey(into, trim(words[next], "(),.;:")) // its letters: "(COHA)"
					}
				}
			}
			switch lower[k+1] {
			case "in", "on", "by":
				if lower[k+2] == "to" || !strings.HasSuffix(words[k-1], ",") && (verb == "signed" || verb == "ratified") {
					continue // "signed on to", "the Front signed in Rome"
				}
				for _, name := range namesEndingAt(words, k-1) {
					setKey(into, name)
				}
			}
		}
	}
}

// documentVerb reports whether the lower-case word is the past of a verb
// whose object is a document. A switch, as for captureVerb.
func documentVerb(w string) bool {
	switch w {
	case "signed", "ratified", "published", "enacted", "promulgated", "repealed":
		return true
	}
	return false
}

// namesEndingAt returns the capitalised names of two words or more that
// end at words[e] ("History," after "My Side of"): every run of
// capitalised words and connectors back from e that opens with a
// capital, so that whichever of them a rule proposed is among them.
func namesEndingAt(words []string, e int) []string {
	last := trimRight(words[e], ",")
	if !startsUpper(last) || last != trimRightPunct(last, ".;:!?)”\"'’") {
		return nil
	}
	var out []string
	run := []string{last}
	for s := e - 1; s >= 0 && len(run) < maxNameTokens; s-- {
		w := words[s]
		if w != trimRightPunct(w, ".,;:!?)”\"'’") || !startsUpper(w) && !isConnector(w) {
			break
		}
		run = append([]string{w}, run...)
		if startsUpper(w) {
			out = append(out, strings.Join(run, " "))
		}
	}
	return out
}

// ruleCounted: "three Falkland Islanders", "Forty-five Islanders are
// reported dead": a plural name after a cardinal counts people or
// things; an organisation is not counted so.
const ruleCounted = "counted"

// countedNames adds to into the keys of the plural capitalised names the
// text counts: written after a cardinal ("three Falkland Islanders", "12
// Sea Harriers") or opening with one ("Forty-five Grenadians", a run
// rules read whole at a sentence's start). A force named by its members
// is counted too ("seventy Royal Marines") but written after "the" as a
// name ("the Royal Marines"), which such a count is not.
func countedNames(paras []*para, into map[string]bool) {
	counted := map[string]string{} // key → the name lowered
	for _, p := range paras {
		words, lower := p.words(), p.lowerWords()
		for k := 0; k+1 < len(words); k++ {
			if !cardinal(lower[k]) {
				continue
			}
			name, _ := nameAt(words, k+1, readInnerOwner)
			if name == "" || !strings.HasSuffix(name, "s") || strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") {
				continue
			}
			counted[nameKey(name)] = lowerASCII(name)
			if startsUpper(words[k]) {
				counted[nameKey(words[k]+" "+name)] = lowerASCII(name)
			}
		}
	}
	for key, low := range counted {
		if !writtenAfterThe(paras, low) {
			into[key] = true
		}
	}
}

// writtenAfterThe reports whether a paragraph writes the lowered name
// after "the".
func writtenAfterThe(paras []*para, low string) bool {
	for _, p := range paras {
		if strings.Contains(p.low, "the "+low) {
			return true
		}
	}
	return false
}

// cardinal reports whether the lower-case word is a cardinal number of
// two or more: digits ("45", "1,200"), a number word ("three") or a
// hyphenated one ("forty-five").
func cardinal(w string) bool {
	if isDigits(w) {
		return len(w) <= 3 && w != "1" // not a year: "in 1998 Rebels …"
	}
	if strings.Contains(w, ",") {
		return isGroupedDigits(w) // "1,200"
	}
	if numberWord(w) >= 2 {
		return true
	}
	tens, unit, ok := strings.Cut(w, "-")
	if !ok {
		tens = w
	}
	switch tens {
	case "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety":
		return !ok || numberWord(unit) >= 1 && unit != "a" && unit != "an"
	}
	return false
}

// isGroupedDigits reports whether w is digits with commas among them:
// isDigits(strings.ReplaceAll(w, ",", "")) without the copy, for
// cardinal runs on every word of a corpus.
func isGroupedDigits(w string) bool {
	digits := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case '0' <= c && c <= '9':
			digits = true
		case c != ',':
			return false
		}
	}
	return digits
}

// membersBefore reports whether the words before a name marker end with
// the plural of a kind of person, the marker's subject: "fighters known
// as Simbas", "gunmen calling themselves …". What members are known by
// as a body is their group's name; a person ("a man known as …") or a
// community (the name is a people's, which findByKnownAs drops) is not.
func membersBefore(words []string) bool {
	if len(words) == 0 {
		return false
	}
	w := words[len(words)-1]
	return w == strings.ToLower(w) && isMembers(w)
}

// definitionActs reports whether the text after an acronym definition
// ("… (TTP)") goes on with the defined name's own verb, after an
// optional comma: "(TTP), operates in the north", "(MPR) were banned".
// Letters given to a subject of a verb name an actor; a place, a
// people's name or a document signed (documentNames) is kept out apart.
func definitionActs(after string) bool {
	rest, comma := strings.CutPrefix(strings.TrimSpace(after), ",")
	f := strings.Fields(rest[:min(len(rest), 40)])
	if len(f) < 2 || comma && f[0] == "which" {
		return false
	}
	w := f[0]
	if w != strings.ToLower(w) || w != trimRightPunct(w, ".,;:") {
		return false
	}
	if auxiliaries[w] {
		return isFiniteVerb(trimRightPunct(f[1], ".,;:")) || f[1] == "been"
	}
	if comma {
		// ", founded in 1951", ", led by": a participle, which other
		// rules read; a present verb after the comma is the name's own.
		return verbs.Load().PresentLemma(w) != ""
	}
	return isFiniteVerb(w) && !strings.HasSuffix(w, "ing")
}

// actorHead reports whether the word heading a name may head an actor's
// name: a group noun, a kind of person, a place qualifying the name
// ("Tehrik-i-Taliban Pakistan") or a word no English table knows
// ("Mouvement Populaire de la Révolution"). An English noun of another
// kind heads a thing: "The Comprehensive Peace Agreement (CPA) ended the
// war".
func actorHead(name string) bool {
	words := strings.Fields(name)
	head := trimRightPunct(words[groupHead(words)], ".,;:)")
	if lang.Classify(strings.ToLower(head))&(lang.GroupNoun|lang.PersonNoun|lang.Place|lang.People) != 0 {
		return true
	}
	return isUnknownWord(head)
}

// ruleTitleSubject: a briefing titled "Dhofar Rebellion" that opens "The
// Dhofar Rebellion … was an insurgency fought between 1963 and 1976" is
// about the conflict; its name is no party's.
const (
	ruleTitleSubject = "title-subject"
	ruleTitlePair    = "title-pair" // "The First Sudanese Civil War, also known as the Anyanya rebellion": the conflict named only in an alias pair is no group's alias either
)

// dropTitleSubject drops from r the candidates naming what the
// briefing's title names, the title alone or before " - ", " (" or ":"
// ("Aden Emergency - Wikipedia", "Republic of the Congo Civil War
// (1997–1999)"), when an English noun with no sense naming a group or a
// kind of person heads the name ("Rebellion", "Emergency", "War"): the
// conflict the briefing tells of. Alias pairs holding it go too; its
// other name ("also called the Dhofar War") is dropped by idle-happening
// where the text never writes it acting. A group's primer
// ("Boko Haram: a primer") keeps its name. With paired (rule title-pair),
// the conflict may be named only in an alias pair, which no rule proposes
// as a candidate ("The First Sudanese Civil War, also known as the
// Anyanya rebellion or simply Anyanya I"): the pair is dropped too, so
// that the group it names does not take the conflict's name.
func dropTitleSubject(r *briefingFinds, title string, paired bool) {
	var names []string
	for _, c := range r.cands {
		names = append(names, c.name)
	}
	subjects := titleSubjects(title, names)
	if len(subjects) == 0 && paired {
		var paired []string
		for _, pair := range r.aliases {
			paired = append(paired, pair[0], pair[1])
		}
		if subjects = titleSubjects(title, paired); len(subjects) > 0 {
			r.aliases = dropSubjectPairs(r.aliases, subjects)
		}
		return
	}
	if len(subjects) == 0 {
		return
	}
	r.aliases = pairsBesideSubjects(r.aliases, subjects)
	out := r.cands[:0]
	for _, c := range r.cands {
		if !atKey(subjects, c.name) {
			out = append(out, c)
		}
	}
	r.cands = out
}

// titleSubjects returns the keys of the names that are the subject the
// title names (titleSubject), tried only on the names the title opens
// with, in any case: the cheap test first.
func titleSubjects(title string, names []string) map[string]bool {
	t, opening := nameKey(title), stripArticle(title)
	subjects := map[string]bool{}
	for _, name := range names {
		n := stripArticle(name)
		if len(n) > len(opening) || !strings.EqualFold(opening[:len(n)], n) {
			continue
		}
		if titleSubject(t, name) {
			setKey(subjects, name)
		}
	}
	return subjects
}

// pairsBesideSubjects returns the alias pairs naming none of subjects.
func pairsBesideSubjects(pairs [][2]string, subjects map[string]bool) [][2]string {
	var out [][2]string
	for _, pair := range pairs {
		if !subjects[nameKey(pair[0])] && !subjects[nameKey(pair[1])] {
			out = append(out, pair)
		}
	}
	return out
}

// dropSubjectPairs returns the alias pairs neither of whose names is one
// of subjects. The candidates stay: the conflict named only in the pair
// takes none of them with it.
func dropSubjectPairs(pairs [][2]string, subjects map[string]bool) [][2]string {
	var out [][2]string
	for _, pair := range pairs {
		if !atKey(subjects, pair[0]) && !atKey(subjects, pair[1]) {
			out = append(out, pair)
		}
	}
	return out
}

// titleSubject reports whether name, a candidate, is the subject the
// title key t names and is headed by a noun for no group or person.
func titleSubject(t, name string) bool {
	k := nameKey(name)
	if k == "" || t != k && !strings.HasPrefix(t, k+" - ") && !strings.HasPrefix(t, k+" (") && !strings.HasPrefix(t, k+":") {
		return false
	}
	words := strings.Fields(name)
	head := strings.ToLower(trimRightPunct(words[groupHead(words)], ".,;:)"))
	return wordnet.Load().Knows(head) && lang.Classify(head)&(lang.GroupNoun|lang.PersonNoun|lang.Place|lang.People) == 0
}

// chosenVerb reports whether w is a participle of a verb that puts
// someone in an office (wordnet.Office: "chosen", "elected", "named",
// "made", "designated", "re-elected"), or makes one with next, the word
// after it ("sworn" "in"): a body is chosen for a task, a person as its
// president.
func chosenVerb(w, next string) bool {
	if !isRegularPast(w) && !verbs.Load().IsIrregularPast(w) {
		return false
	}
	lex := wordnet.Load()
	w = strings.ReplaceAll(w, "-", "") // "re-elected", as isRegularPast reads it
	if lex.In(wordnet.Office, w) {
		return true
	}
	return slices.ContainsFunc(lex.Lemmas(w), func(b string) bool { return lex.In(wordnet.Office, b+"_"+next) })
}

// chosenAsTitle reports whether lower opens with the name's last word, a
// passive of choosing and a title, over "in", "as" and an article: "was
// chosen as president of the alliance", "was elected chairman", "was
// sworn in as prime minister". The office is a person's, whatever body
// it heads.
func chosenAsTitle(lower []string) bool {
	if len(lower) < 4 || lower[0] != trimRightPunct(lower[0], ",.;:") || lower[1] != "was" && lower[1] != "is" {
		return false
	}
	if !chosenVerb(lower[2], lower[3]) {
		return false
	}
	k := 3
	for _, skip := range []string{"in", "as", "the"} {
		if k < len(lower)-1 && lower[k] == skip {
			k++
		}
	}
	w := trimRightPunct(lower[k], ",.;:")
	return isTitle(w) && !bodyNoun(w) || wordnet.Load().Leader(w)
}
