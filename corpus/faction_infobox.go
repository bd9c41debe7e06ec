package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleInfoboxSide offers the sides an infobox lists as belligerents as
// faction candidates, where the prose names them.
const ruleInfoboxSide = "infobox-side"

// infoboxSide is one party an infobox lists: its name and the acronym it
// gives in brackets ("Northern Liberation Front (NLF)").
type infoboxSide struct {
	name, acronym string
	gloss         string // another name it gives in brackets ("(Tarvian Junta)"), if any
}

// infoboxSides reads the parties of an infobox. A value may list
// several, as a table cell does ("Cobras, Angola / Cocoyes"). Sub-labels
// ("Supported by:") and descriptions ("defectors from the FAC") are no
// names.
func infoboxSides(fields []InfoField) []infoboxSide {
	var out []infoboxSide
	for _, f := range fields {
		if kindOfLabel(f.Label) != labelSide {
			continue
		}
		for _, v := range f.Values {
			for _, part := range splitOutside(v, ",;/") {
				if s, ok := sideOf(part); ok {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// ruleInfoboxParts reads more of an infobox's sides: the units it lists
// ("Units involved": "Kunming Military Region"), a side that opens with
// a number ("26th of July Movement"), the two sides one value sets
// against each other ("… versus the Republic of Cuba", "Polish
// Underground State (…) against Nazi Germany (…)"), and the forces a
// side lists in brackets ("Nazi Germany (Wehrmacht, SS, police …)").
const ruleInfoboxParts = "infobox-parts"

// infoboxParts reads, with rule infobox-parts, the sides and units
// infoboxSides leaves: see ruleInfoboxParts.
func infoboxParts(fields []InfoField) []infoboxSide {
	var out []infoboxSide
	for _, f := range fields {
		kind := kindOfLabel(f.Label)
		if kind != labelSide && kind != labelUnit {
			continue
		}
		for _, v := range f.Values {
			for _, part := range splitOutside(v, ",;/") {
				out = append(out, partSides(strings.TrimSpace(part), kind == labelUnit)...)
			}
		}
	}
	return out
}

// partSides reads one part of a value: the sides "against" or "versus"
// set apart, each without a leading "the", and the capitalised names
// listed in its brackets; a unit's part as it is, too.
func partSides(part string, unit bool) []infoboxSide {
	var out []infoboxSide
	for _, side := range splitSides(part) {
		side = strings.TrimPrefix(strings.TrimSpace(side), "the ")
		if open := strings.Index(side, " ("); open > 0 && strings.HasSuffix(side, ")") && strings.Contains(side[open:], ",") {
			for _, inner := range splitOutside(side[open+2:len(side)-1], ",") {
				if s, ok := sideOf(inner); ok && !strings.Contains(s.name, " and ") {
					out = append(out, s)
				}
			}
		}
		if s, ok := sideFrom(side, true); ok && (unit || side != part || startsDigit(side)) {
			out = append(out, s)
		}
	}
	return out
}

// splitSides splits a value at " against ", " versus " and " vs. ".
func splitSides(v string) []string {
	for _, sep := range []string{" against ", " versus ", " vs. ", " vs "} {
		if a, b, ok := strings.Cut(v, sep); ok {
			return append([]string{a}, splitSides(b)...)
		}
	}
	return []string{v}
}

// startsDigit reports whether s opens with a digit ("26th of July
// Movement").
func startsDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// splitOutside splits s at any of seps that is not inside brackets.
func splitOutside(s, seps string) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			depth--
		case depth == 0 && strings.IndexByte(seps, c) >= 0:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

// sideOf reads one party: "Name (ACR)", "Name (qualifier)", "Name" or
// an acronym alone ("UNITA"). It must start with a capital.
func sideOf(v string) (infoboxSide, bool) { return sideFrom(v, false) }

// sideFrom is sideOf, with numbered a side may open with a digit.
func sideFrom(v string, numbered bool) (infoboxSide, bool) {
	v = strings.TrimSpace(trim(strings.TrimSpace(v), "*"))
	first, _ := utf8.DecodeRuneInString(v)
	if strings.HasSuffix(v, ":") || !unicode.IsUpper(first) && !(numbered && unicode.IsDigit(first)) {
		return infoboxSide{}, false
	}
	s := infoboxSide{name: v}
	for s.acronym == "" {
		open := strings.LastIndex(s.name, " (")
		if open <= 0 || !strings.HasSuffix(s.name, ")") {
			break
		}
		s.name, s.acronym = strings.TrimSpace(s.name[:open]), s.name[open+2:len(s.name)-1]
		if strings.ContainsRune(s.acronym, ' ') || strings.ToUpper(s.acronym) != s.acronym {
			s.gloss = s.acronym
			s.acronym = "" // "(until 1993)", "(alleged)": a qualifier, not an acronym
		}
	}
	if !isGloss(s.gloss, s.name) {
		s.gloss = ""
	}
	return s, s.name != ""
}

// isGloss reports whether the words an infobox party gives in brackets
// are another name of it: a name ("Junta de Gobierno (Congressionalist
// Junta)", "Imperial Army (Tor Serawit)"), or a description with the
// name's own head ("Government of Tarvia (Harsk government)"); not a
// qualifier ("(majority of the fleet)", "(from 1925)", "(Harsk
// faction)").
func isGloss(gloss, name string) bool {
	words := strings.Fields(gloss)
	if len(words) < 2 || strings.ContainsAny(gloss, "0123456789()") || !startsUpper(gloss) {
		return false
	}
	if isOneName(gloss) && startsUpper(words[len(words)-1]) {
		return true
	}
	nameWords := strings.Fields(name)
	return strings.EqualFold(words[len(words)-1], nameWords[groupHead(nameWords)])
}

// infoboxCandidates offers each party of b's infobox as a candidate at
// the paragraph of the prose that is about it: the first that opens a
// sentence saying what it is ("The Cobras, Sassou Nguesso's militia, were
// …"), else the first that names it. The infobox says the name is a side
// in the war, which no sentence may say of a group named in passing ("Red
// Dawn fighters raided the depot"); the candidate is still judged like
// any other, so a country or a person listed there is dropped by the same
// filters.
//
// It returns too, with rule infobox-gloss, each party's name paired with
// the other name it gives in brackets (isGloss), for the merge to join.
func (x extractor) infoboxCandidates(b *Briefing, paras []*para) ([]candidate, [][2]string) {
	if x.disabled[ruleInfoboxSide] || len(b.Infobox) == 0 {
		return nil, nil
	}
	var out []candidate
	var glosses [][2]string
	fields := x.markedFields(b.Infobox)
	flags := infoboxFlags(fields)
	for _, f := range fields {
		sides := infoboxSides([]InfoField{f})
		if !x.disabled[ruleInfoboxParts] {
			sides = append(sides, infoboxParts([]InfoField{f})...)
		}
		for _, s := range sides {
			if !x.disabled[ruleInfoboxPartitive] {
				s = partitiveSide(s)
			}
			if !x.disabled[ruleInfoboxFlag] {
				s = flaggedSide(s, paras, flags)
			}
			if s.gloss != "" && !x.disabled[ruleInfoboxGloss] {
				glosses = append(glosses, [2]string{s.name, s.gloss})
			}
			if c, ok := sideCandidate(s, paras); ok {
				out = append(out, c)
			} else if c, ok := x.unnamedSide(s, b, f, paras); ok {
				out = append(out, c)
			}
		}
	}
	return out, glosses
}

// unnamedSide offers, with rule infobox-only, a party the prose never
// names as a candidate when its name says it is an organisation (see
// namesOrganisation). Its paragraph is the article's lead, which the
// infobox stands beside, and its text the field that lists it
// ("Belligerents: Popular Front of Tarvia (PFT); Tarvian Army"): the
// only words the article gives it.
//
// With rule infobox-genitive, a paragraph that names it as its owner's
// ("Tarvia's armed forces" for "Armed Forces of Tarvia") is its
// paragraph instead: the prose's words about it.
func (x extractor) unnamedSide(s infoboxSide, b *Briefing, f InfoField, paras []*para) (candidate, bool) {
	if x.disabled[ruleInfoboxOnly] || len(b.Paragraphs) == 0 || !namesOrganisation(s) {
		return candidate{}, false
	}
	text := f.Label + ": " + strings.Join(f.Values, "; ")
	c := candidate{name: s.name, acronym: s.acronym, ref: b.Ref(b.Paragraphs[0].Number), text: text, score: scoreDefined}
	if p := genitiveParagraph(s.name, paras); p != nil && !x.disabled[ruleInfoboxGenitive] {
		c.ref, c.text = p.ref, p.orig
	}
	return c, true
}

// genitiveParagraph returns the first paragraph naming "X of Y" as "Y's
// X", in any case ("Tarvia's armed forces"), where Y is a name of one
// or two words; nil when none does.
func genitiveParagraph(name string, paras []*para) *para {
	owned, owner, ok := strings.Cut(name, " of ")
	if !ok || strings.HasPrefix(owner, "the ") || len(strings.Fields(owner)) > 2 {
		return nil
	}
	forms := []string{strings.ToLower(owner + "'s " + owned), strings.ToLower(owner + "’s " + owned)}
	for _, p := range paras {
		for _, form := range forms {
			if namesWord(p.lower(), form) {
				return p
			}
		}
	}
	return nil
}

// namesOrganisation reports whether an infobox party is an organisation
// by its name alone, with no sentence to judge it by. It must be one
// name (isOneName), and either a noun with a sense that is a kind of
// organisation heads it ("Tarvian Liberation Army", "Government of
// Tarvia"; not "Kingdom of Tarvia", a state), or it spells out the
// acronym it gives ("Popular Front of Tarvia (PFT)"), as a person's or a
// country's name does not; the tables must not list it as a place or a
// people.
func namesOrganisation(s infoboxSide) bool {
	if !isOneName(s.name) || isPlaceOrPeople(s.name) {
		return false
	}
	if s.acronym != "" && matchShortLong(s.acronym, s.name) == 0 {
		return true
	}
	var room [8]string
	words := appendFields(room[:0], s.name)
	head := strings.ToLower(trimPossessive(words[groupHead(words)]))
	return isOrgName(s.name) && lang.HasOrgSense(head)
}

// isOneName reports whether an infobox party is written as one name: no
// word longer than a particle ("of", "de", "al") is in lower case, as a
// description's are ("defecting units of …", "and allied civic
// opposition"), and no "and the" or "versus" joins two names, nor "and"
// two numbered units ("3rd and 5th Brigades").
func isOneName(name string) bool {
	for _, sep := range []string{" and the ", " vs. ", " vs ", " versus ", " against "} {
		if strings.Contains(name, sep) {
			return false
		}
	}
	if strings.Contains(name, " and ") && strings.ContainsAny(name, "0123456789") {
		return false
	}
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && utf8.RuneCountInString(w) > 3 {
			return false
		}
	}
	return true
}

// partitiveSide returns the organisation s names a part of: "X of the
// Y" where X is one word with no sense that is a kind of organisation
// ("Elements", not "Army of the Republic …") and Y an organisation's
// name. Else s.
func partitiveSide(s infoboxSide) infoboxSide {
	part, whole, ok := strings.Cut(s.name, " of the ")
	if !ok || strings.Contains(part, " ") || lang.HasOrgSense(strings.ToLower(part)) || !isOrgName(whole) {
		return s
	}
	s.name = whole
	return s
}

// markedFields returns fields with each value split at the marks a
// browser copy or a table cell sets between parties (rule
// infobox-marks: "Islamic State of Afghanistan · Hezb-e Wahdat", "NATO-led
// coalition | Libyan Arab Jamahiriya") and without the sub-label that
// opens a party (rule infobox-sublabel: "Christian militias: Coker").
func (x extractor) markedFields(fields []InfoField) []InfoField {
	out := make([]InfoField, len(fields))
	for i, f := range fields {
		out[i] = InfoField{Label: f.Label, Line: f.Line}
		for _, v := range f.Values {
			out[i].Values = append(out[i].Values, x.valueParts(v)...)
		}
	}
	return out
}

// valueParts splits one value at the marks between parties and strips
// each part's sub-label, as the rules x has on say.
func (x extractor) valueParts(v string) []string {
	parts := []string{v}
	if !x.disabled[ruleInfoboxMarks] {
		parts = splitMarks(v)
	}
	if x.disabled[ruleInfoboxSublabel] {
		return parts
	}
	for i, p := range parts {
		parts[i] = withoutSublabel(p)
	}
	return parts
}

// sideMarks set parties apart in one value: a middle dot, a table
// cell's bar, an em dash. An en dash is not one: it joins a name's parts
// ("Islamic State – Libya Province").
var sideMarks = []string{" · ", " | ", " — ", " • "}

// splitMarks splits v at every side mark outside brackets.
func splitMarks(v string) []string {
	for _, m := range sideMarks {
		v = replaceOutside(v, m, ";")
	}
	return splitOutside(v, ";")
}

// replaceOutside replaces each old in s that no bracket encloses.
func replaceOutside(s, old, repl string) string {
	var b strings.Builder
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		}
		if depth == 0 && strings.HasPrefix(s[i:], old) {
			b.WriteString(repl)
			i += len(old) - 1
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// maxSublabelWords bounds a sub-label: a side's kind or country
// ("Christian militias", "Supported by"), never a sentence.
const maxSublabelWords = 3

// withoutSublabel strips the sub-label that opens part ("Christian
// militias: Coker" is Coker): a colon outside brackets after at most
// maxSublabelWords words, with a name after it.
func withoutSublabel(part string) string {
	label, rest, ok := strings.Cut(part, ": ")
	if !ok || strings.ContainsAny(label, "()[]") || len(strings.Fields(label)) > maxSublabelWords || strings.TrimSpace(rest) == "" {
		return part
	}
	return strings.TrimSpace(rest)
}

// sideCandidate finds the paragraph about side s: the first whose
// sentence opens with it, else the first naming it.
func sideCandidate(s infoboxSide, paras []*para) (candidate, bool) {
	var first *para
	var firstName string
	for _, p := range paras {
		name, ok := namedIn(p.text, s.name)
		if !ok {
			continue
		}
		if first == nil {
			first, firstName = p, name
		}
		if opensSentenceWith(p.text, name) {
			first, firstName = p, name
			break
		}
	}
	if first == nil {
		return candidate{}, false
	}
	c := first.cand(firstName, scoreDefined)
	c.acronym = s.acronym
	return c, true
}

// opensSentenceWith reports whether a sentence of text opens with name,
// perhaps after "The", and goes on to say what it is: an apposition or a
// copula ("The Cobras, Sassou Nguesso's militia, were …", "The Ninjas
// were the militia of …"), not an action ("The Cobras guarding the
// compound opened fire").
func opensSentenceWith(text, name string) bool {
	for start, end := range occurrences(text, name) {
		before := trimRight(strings.TrimSuffix(text[:start], "The "), " ")
		opens := before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, "!")
		if opens && saysWhat(text[end:]) {
			return true
		}
	}
	return false
}

// saysWhat reports whether the words after a subject describe it: an
// apposition or a form of "be".
func saysWhat(after string) bool {
	if strings.HasPrefix(after, ", ") {
		return true
	}
	for _, cop := range []string{" is ", " are ", " was ", " were "} {
		if strings.HasPrefix(after, cop) {
			return true
		}
	}
	return false
}

// namedIn finds name in text as whole words, as listed or with its first
// letter in lower case ("Radical FRUD" is "the radical FRUD" in prose),
// and returns it as the text writes it.
func namedIn(text, name string) (string, bool) {
	if namesWord(text, name) {
		return name, true
	}
	r, size := utf8.DecodeRuneInString(name)
	lower := string(unicode.ToLower(r)) + name[size:]
	if lower != name && strings.Contains(name, " ") && namesWord(text, lower) {
		return lower, true
	}
	return "", false
}

// namesWord reports whether text holds name as whole words.
func namesWord(text, name string) bool {
	for start, end := range occurrences(text, name) {
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
	}
	return false
}

// ruleInfoboxCommanders: the names an infobox lists under its commanders
// ("Commanders and leaders") are people, wherever the prose names them
// as it would a party ("the rebels were led by Abdul-Malik al-Houthi").
const ruleInfoboxCommanders = "infobox-commanders"

// infoboxCommanders adds to persons the people an infobox lists as
// commanders: each value, or each part of one a comma or semicolon
// sets apart, without the marks and notes that follow a name ("†",
// "(POW)"). A value that names an organisation is no person.
func infoboxCommanders(fields []InfoField, persons map[string]bool) {
	for _, f := range fields {
		if kindOfLabel(f.Label) != labelCommander {
			continue
		}
		for _, v := range f.Values {
			for _, part := range splitOutside(v, ",;") {
				if name := commanderName(part); name != "" && !isOrgName(name) {
					setKey(persons, name)
				}
			}
		}
	}
}

// commanderName is the name an infobox's commander entry opens with:
// the words up to a bracket or a mark that is no letter ("Hussein
// al-Houthi †", "Ilse Varna (POW)"), or "" when they are not two
// capitalised words or more.
func commanderName(entry string) string {
	end := strings.IndexFunc(entry, func(r rune) bool {
		return r == '(' || r == '[' || !unicode.IsLetter(r) && !unicode.IsSpace(r) && r != '-' && r != '\'' && r != '’' && r != '.'
	})
	if end >= 0 {
		entry = entry[:end]
	}
	name := strings.TrimSpace(entry)
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
		return ""
	}
	return name
}
