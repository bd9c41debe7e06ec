package corpus

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rules of what /group shows as a faction's description. Each can be
// disabled by tests to show what it adds.
const (
	ruleEntryLabel    = "entry-label"    // "- **Baloch Liberation Army (BLA)**: the largest …": a list item labelled with the name
	ruleEntryItem     = "entry-item"     // a list entry's summary is its item, not the whole list
	ruleBoldTerm      = "bold-term"      // "the Derg raised a **People's Militia** through …": bold introduces the name
	rulePassages      = "passages"       // other sentences where the faction is the subject described
	ruleReferBack     = "refer-back"     // "The GNLF was founded in 1980. … The party's central demand was …": sentences after it that refer back go on describing
	ruleReferFronted  = "refer-fronted"  // "Under its chairman, Aidit, it had built …": a possessive in an opening phrase refers back
	ruleReferNamed    = "refer-named"    // "The VF was founded in 1980. The VF sought autonomy …": a sentence naming the faction as its subject goes on describing it
	ruleReferOn       = "refer-on"       // … over one sentence that does not ("Its founder, born in 1936, …"), and by "The movement," or "The breakaway state"
	ruleNumberedLabel = "numbered-label" // "4.1 **Lesotho Defence Force (LDF).** The national army …": a numbered paragraph labelled with the name is its entry

	ruleEntryGloss       = "entry-gloss"       // "- **Karen National Union (KNU)**: the main Karen political organisation …": a list entry's gloss describes the name it labels
	ruleWhoseClause      = "whose-clause"      // "the PSOE, whose left wing followed …": a relative clause in "whose" describes the name before it
	ruleNumberedSubject  = "numbered-subject"  // "8.4 The People's National Party (PNP) is the parliamentary Opposition.": a section number before the subject
	rulePossessorSubject = "possessor-subject" // "Ulate's National Union Party won …": a possessor determines the subject as an article does
	ruleFoundedObject    = "founded-object"    // "delegates … founded the Bolivian Workers' Center": the sentence bringing a body into being describes it
	ruleFrontedContrast  = "fronted-contrast"  // "Unlike the NDFB, the BLT sought …": a comparison fronted before the subject
	ruleFrontedBare      = "fronted-bare"      // "From then on the EPLF was …": a short fronted phrase with no comma
	ruleReferNext        = "refer-next"        // "… founded the Front for the National Liberation of Chad. ¶ The front presented itself as …": the next paragraph takes the name up by its head
	ruleNamingVerb       = "naming-verb"       // "The new rulers called themselves the Patriotic Movement …": the sentence giving a body its name introduces it
	ruleSpelledLetters   = "spelled-letters"   // "… merged into a new Zimbabwe National Army (ZNA) …": the sentence spelling out a body's letters introduces it
	ruleCountedMembers   = "counted-members"   // "Several thousand Interior Ministry troops … had not intervened": a count before the name of the body's people acting
	ruleLabelledSubject  = "labelled-subject"  // "**DR. CORNEJO:** The Government of Japan is kept informed …": a speaker's emphasised label before the subject
)

// maxNextRefs bounds the paragraphs a faction keeps as taking it up by its
// head (refer-next): the passages read the first few.
const maxNextRefs = 8

// describeRules are the readings of a describing sentence a test may
// switch off (see describesIn): each reads one more grammatical shape in
// which a sentence says what a body is.
type describeRules struct {
	entryGloss, whose, numbered, possessor, founded, contrast, bare, naming, spelled, counted, labelled bool
}

// describeRulesOf returns the readings on under off.
func describeRulesOf(off map[string]bool) describeRules {
	return describeRules{
		entryGloss: !off[ruleEntryGloss],
		whose:      !off[ruleWhoseClause],
		numbered:   !off[ruleNumberedSubject],
		possessor:  !off[rulePossessorSubject],
		founded:    !off[ruleFoundedObject],
		contrast:   !off[ruleFrontedContrast],
		bare:       !off[ruleFrontedBare],
		naming:     !off[ruleNamingVerb],
		spelled:    !off[ruleSpelledLetters],
		counted:    !off[ruleCountedMembers],
		labelled:   !off[ruleLabelledSubject],
	}
}

// maxPassages bounds the passages /group shows beside the summary: the
// definition and entry a faction may have apart, and a sentence or two
// where it is the subject described. More would be its mentions again.
const maxPassages = 2

// Strengths of a describing sentence, compared among a faction's
// paragraphs: the paragraph of its strongest candidate, when the summary
// is elsewhere (its entry, its lead paragraph), outranks a
// sentence a copula, apposition or relative clause gives to the faction,
// which outranks a sentence where it is only the subject acting.
const (
	describesActs     = 1
	describesCopula   = 2
	describesDefining = 3
)

// labelNames reports whether a bold label of a list item is one of forms,
// the label's own acronym and closing punctuation aside: "**Baloch
// Liberation Army (BLA)**:", "**Frontier Corps.**".
func labelNames(label string, forms []string) bool {
	label = trimRight(label, ".:;,— ")
	if k := strings.LastIndex(label, " ("); k > 0 && strings.HasSuffix(label, ")") {
		label = label[:k]
	}
	label = stripArticle(label)
	return label != "" && slices.Contains(forms, label)
}

// labelledItem returns the list item of text whose bold label names one
// of forms, the whole item from its dash, or "".
func labelledItem(text string, forms []string) string {
	for _, item := range itemsOf(text) {
		item = strings.TrimPrefix(item, "The ")
		body := strings.TrimPrefix(strings.TrimPrefix(item, "- "), "* ")
		label, ok := strings.CutPrefix(body, "**")
		if !ok {
			continue
		}
		end := strings.Index(label, "**")
		if end > 0 && !headingEnd(label[end+2:]) && labelNames(label[:end], forms) {
			return item
		}
	}
	return ""
}

// numberedLabel reports whether text is a fact sheet's numbered
// paragraph whose bold label names one of forms, its acronym and closing
// stop aside: "4.1 **Lesotho Defence Force (LDF).** The national army of
// about 2,000 personnel." An official text gives each party such an
// entry, as a primer gives it a list item, and the entry describes the
// party better than the first paragraph that names it in passing.
func numberedLabel(text string, forms []string) bool {
	for _, e := range numberedEntry(text) {
		if labelNames(e.label, forms) {
			return true
		}
	}
	return false
}

// itemsOf splits a paragraph holding a list into its items ("- …"
// joined by spaces); a paragraph of prose is one item.
func itemsOf(text string) []string {
	var out []string
	for {
		k := strings.Index(text, " - ")
		if k < 0 {
			k = strings.Index(text, " * ")
		}
		if k < 0 {
			return append(out, strings.TrimSpace(text))
		}
		out = append(out, strings.TrimSpace(text[:k]))
		text = text[k+1:]
	}
}

// boldTerm reports whether text writes one of forms in bold after its
// opening: the writer introducing the term ("the Derg raised a **People's
// Militia** through …"), as encyclopedic articles bold what a paragraph
// defines.
func boldTerm(text string, forms []string) bool {
	for _, form := range forms {
		if form != "" && strings.Contains(text, "**"+form+"**") {
			return true
		}
	}
	return false
}

// entrySummary cuts a list paragraph to the item that is the faction's
// entry: the rest of the list describes other groups.
func entrySummary(text string, forms []string, off map[string]bool) string {
	items := itemsOf(text)
	if off[ruleEntryItem] || len(items) < 2 {
		return text
	}
	for _, item := range items {
		if labelledItem(item, forms) != "" || entryFor(item, forms) || boldTerm(item, forms) {
			return item
		}
	}
	return text
}

// entryForms are the names an entry may label the faction with.
func entryForms(f *Faction) []string {
	return append([]string{f.Name, f.Acronym}, f.Aliases...)
}

// passage is a paragraph of a faction's and the sentence of it that
// describes the faction best.
type passage struct {
	at       int // index in building.texts, or -1 for a paragraph that takes the faction up by its head
	ref      Ref // the paragraph when at is -1
	order    int // its place in the text: twice its mention's index, plus one after it
	sentence string
	strength int
}

// pickPassages keeps, besides the summary's paragraph, the paragraphs
// whose sentences describe the faction, strongest first and in text order
// among equals, at most maxPassages: a reader of /group sees what the
// briefings say the group is, not only where they name it.
func (fb *building) pickPassages(off map[string]bool) {
	if off[rulePassages] {
		return
	}
	forms := describedForms(fb.f)
	d := describeRulesOf(off)
	// Letters spelled out where the summary already does are given again,
	// not introduced.
	d.spelled = d.spelled && !spellsLetters(fb.f.Summary, forms)
	ps := append(fb.namingPassages(d, forms, off), fb.nextPassages(d, off)...)
	slices.SortStableFunc(ps, func(a, b passage) int { return cmp.Or(b.strength-a.strength, a.order-b.order) })
	ps = ps[:min(len(ps), maxPassages)]
	if len(ps) < maxPassages {
		// Sentences taking the faction up by its head only fill the
		// places no sentence naming it took.
		heads := fb.headPassages(d, ps, off)
		ps = append(ps, heads[:min(len(heads), maxPassages-len(ps))]...)
	}
	fb.keepPassages(ps)
}

// namingPassages returns a passage for each paragraph among the first
// maxAliasScan mentions, other than the defining one, with a sentence
// that names the faction in forms and describes it; the best-scored
// summary's paragraph gives its naming sentence as a definition.
func (fb *building) namingPassages(d describeRules, forms []string, off map[string]bool) []passage {
	f := fb.f
	var ps []passage
	for i, t := range fb.texts {
		if i == maxAliasScan {
			break
		}
		if f.Mentions[i].Ref == f.Defined {
			continue
		}
		s, n := d.describingSentence(t, forms)
		if fb.best.score > 0 && f.Mentions[i].Ref == fb.best.ref {
			s, n = sentenceNaming(t, forms), describesDefining
		}
		if n > 0 {
			if !off[ruleReferBack] {
				s = referredOn(t, s, referRules{on: !off[ruleReferOn], fronted: !off[ruleReferFronted], forms: namedForms(forms, off), d: d})
			}
			ps = append(ps, passage{at: i, order: 2 * i, sentence: s, strength: n})
		}
	}
	return ps
}

// keepPassages stores ps as the faction's passages, each cited by its
// paragraph and cut to maxPassageText.
func (fb *building) keepPassages(ps []passage) {
	for _, p := range ps {
		ref := p.ref
		if p.at >= 0 {
			ref = fb.f.Mentions[p.at].Ref
		}
		fb.f.Passages = append(fb.f.Passages, Mention{Ref: ref, Sentence: excerptBytes(p.sentence, maxPassageText)})
	}
}

// headForm returns the head noun of a faction's name of two words or more
// when it is a group's noun ("Front" of "Front for the National
// Liberation of Chad", "Assembly" of "National Assembly"), or "".
func headForm(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	head := trimPossessive(words[nameHead(words)])
	if !startsUpper(head) || !isGroupNounWord(strings.ToLower(head)) {
		return ""
	}
	return head
}

// noteNextRef keeps paragraph i+1 of b, after a mention at i, when its
// first sentence takes the faction up by its head as a clause's subject
// ("The front presented itself as a national movement …") and paragraph
// i names no other body by that head: the writer goes on about the body
// the paragraph before introduced.
func (fb *building) noteNextRef(b *Briefing, i int) {
	head := headForm(fb.f.Name)
	if head == "" || len(fb.nextRefs) == maxNextRefs {
		return
	}
	next := b.Paragraphs[i+1].Text
	first := firstSentence(next)
	low := strings.ToLower(head)
	if !containsWord(strings.ToLower(first), low) || !onlyHeadOf(b.Paragraphs[i].Text, fb.f.Name, head) {
		return
	}
	fb.nextRefs = append(fb.nextRefs, nextRef{ref: b.Ref(b.Paragraphs[i+1].Number), text: next, after: len(fb.f.Mentions) - 1})
}

// onlyHeadOf reports whether every use of the capitalised head in text,
// outside brackets, is inside name: a paragraph naming two fronts ("the
// Eritrean Liberation Front … the EPLF") leaves "The front" after it
// ambiguous, while a translation in brackets ("(French: Front de
// libération …)") names no other, nor does "the front" taking it up.
func onlyHeadOf(text, name, head string) bool {
	t := withoutBrackets(text)
	return strings.Count(t, head) == strings.Count(t, name)
}

// withoutBrackets returns text less its bracketed parts.
func withoutBrackets(text string) string {
	var b strings.Builder
	depth := 0
	for _, r := range text {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nextRef is a paragraph that takes a faction up by its head (refer-next):
// where it is, its text, and the index of the mention it follows.
type nextRef struct {
	ref   Ref
	text  string
	after int
}

// nextPassages rates the paragraphs that take the faction up by its head
// (noteNextRef) by their first sentence, as passages: only a sentence
// with the head as its subject describes the body.
func (fb *building) nextPassages(d describeRules, off map[string]bool) []passage {
	head := headForm(fb.f.Name)
	var ps []passage
	for _, nr := range fb.nextRefs {
		if slices.ContainsFunc(fb.f.Mentions, func(m Mention) bool { return m.Ref == nr.ref }) {
			continue // it names the body: read as a mention
		}
		text := nr.text
		s := firstSentence(text)
		n := 0
		for _, form := range []string{"The " + head, "the " + head, "The " + strings.ToLower(head), "the " + strings.ToLower(head)} {
			n = max(n, d.describesIn(s, form)) // the head alone after its article, not a longer name's
		}
		if n == 0 {
			continue
		}
		if !off[ruleReferBack] {
			s = referredOn(text, s, referRules{on: !off[ruleReferOn], fronted: !off[ruleReferFronted], d: d})
		}
		ps = append(ps, passage{at: -1, ref: nr.ref, order: 2*nr.after + 1, sentence: s, strength: min(n, describesCopula)})
	}
	return ps
}

// maxPassageText bounds a describing passage that runs on over the
// sentences referring back to it (referredOn).
const maxPassageText = 2 * maxMentionSentence

// referredOn returns sentence s of text with the sentences after it that
// refer back to what it describes, as far as maxPassageText: "The GNLF
// was founded in 1980. Its founder coined the term. The party's central
// demand was a separate state." A paragraph about a group goes on about
// it under "it", "its", "they" or "the party"; the first sentence that
// opens otherwise ends the passage. With on, one such sentence does not
// when the next refers back: "Ghisingh, born in 1936, coined the term"
// tells of the founder the sentence before named, and the paragraph
// goes on about the group.
func referredOn(text, s string, r referRules) string {
	var after []string
	found := false
	for t := range sentencesIn(text) {
		if found {
			after = append(after, t)
		}
		found = found || t == s
	}
	out := s
	for i := 0; i < len(after); i++ {
		t := after[i]
		if !r.refersBack(t) {
			if !r.on || i+1 == len(after) || !r.refersBack(after[i+1]) {
				return out
			}
			t, i = t+" "+after[i+1], i+1
		}
		if len(out)+1+len(t) > maxPassageText {
			return out
		}
		out += " " + t
	}
	return out
}

// referRules are the ways a sentence refers back to the faction the
// sentence before it describes (see referredOn and refersBack). With
// fronted, a pronoun's possessive in an opening phrase refers back
// ("Under its chairman, Aidit, it had built …"); forms, when given, are
// the faction's names, and a sentence where one is the subject described
// goes on about it ("The VF was founded in 1980 by exiles. The VF sought
// autonomy …").
type referRules struct {
	on, fronted bool
	forms       []string
	d           describeRules
}

// refersBack reports whether sentence t refers back to the faction under r.
func (r referRules) refersBack(t string) bool {
	if refersBack(t, r.on) || r.fronted && frontedPossessive(t) {
		return true
	}
	for _, form := range r.forms {
		if r.d.describesIn(t, form) > 0 {
			return true
		}
	}
	return false
}

// namedForms returns forms when rule refer-named is on, else nil.
func namedForms(forms []string, off map[string]bool) []string {
	if off[ruleReferNamed] {
		return nil
	}
	return forms
}

// maxFrontedWords bounds the opening phrase frontedPossessive reads.
const maxFrontedWords = 6

// frontedPossessive reports whether sentence t opens with a phrase, closed
// by a comma within maxFrontedWords words, that holds "its" or "their":
// "Under its chairman, Dipa Nusantara Aidit, it had built …", "After
// their defeat, the leaders fled". The possessive takes up the group the
// sentence before described, whatever word opens the phrase.
func frontedPossessive(t string) bool {
	words := strings.Fields(t)
	if len(words) < 3 || !startsUpper(words[0]) {
		return false
	}
	for i, w := range words[:min(len(words), maxFrontedWords)] {
		core := strings.ToLower(trimRight(w, ","))
		if i > 0 && (core == "its" || core == "their") {
			return true
		}
		if strings.HasSuffix(w, ",") {
			return false
		}
	}
	return false
}

// refersBack reports whether a sentence opens by referring back to a
// group named before: a pronoun ("It", "Its", "They", "Their") or "The"
// and a group noun ("The party's central demand", "The movement"); with
// on, one closed by a comma ("The movement, founded in 1962, …") or
// after a modifier ("The breakaway state").
func refersBack(sentence string, on bool) bool {
	first, rest, _ := strings.Cut(sentence, " ")
	switch first {
	case "It", "Its", "They", "Their":
		return true
	case "The":
		words := strings.Fields(rest)
		for i, w := range words[:min(len(words), 2)] {
			if i == 1 && !on {
				break
			}
			next := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if on {
				next = trimRight(next, ",;:")
			}
			if !startsLower(next) {
				return false
			}
			if isGroupNounWord(next) {
				return true
			}
		}
	}
	return false
}

// describedForms are the names a describing sentence may give the faction:
// its name, acronym and capitalised aliases ("the Front" is too loose).
func describedForms(f *Faction) []string {
	forms := []string{f.Name}
	if f.Acronym != "" {
		forms = append(forms, f.Acronym)
	}
	for _, a := range f.Aliases {
		if startsUpper(a) {
			forms = append(forms, a)
		}
	}
	return forms
}

// sentenceNaming returns the first sentence of text naming one of forms.
func sentenceNaming(text string, forms []string) string {
	for s := range sentencesIn(text) {
		for _, form := range forms {
			if containsWord(s, form) {
				return s
			}
		}
	}
	return ""
}

// firstSentence returns the first of text's sentences.
func firstSentence(text string) string {
	for s := range sentencesIn(text) {
		return s
	}
	return ""
}

// sentencesOf splits text into its sentences, as sentenceBreak finds them.
func sentencesOf(text string) []string {
	return slices.Collect(sentencesIn(text))
}

// sentencesIn yields the sentences of text, as sentencesOf returns them,
// without collecting them: most callers stop at the first that serves.
func sentencesIn(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := 0
		for i := 0; i+2 < len(text); i++ {
			n := indexStop(text[i : len(text)-2]) // only a stop can end a sentence
			if n < 0 {
				break
			}
			i += n
			if !sentenceBreak(text, i) {
				continue
			}
			if !yield(strings.TrimSpace(text[start : i+2])) {
				return
			}
			start = i + 2
		}
		yield(strings.TrimSpace(text[start:]))
	}
}

// describingSentence returns the sentence of text that describes one of
// forms most strongly under d, and how strongly (0: none does).
func (d describeRules) describingSentence(text string, forms []string) (string, int) {
	best, strength := "", 0
	for _, s := range d.unitsOf(text) {
		for _, form := range forms {
			if n := d.describesIn(s, form); n > strength {
				best, strength = s, n
			}
		}
	}
	return best, strength
}

// unitsOf splits text into its sentences and, with entry-gloss, a list
// paragraph's sentences into its items: "… a village-based home guard. -
// **Democratic Karen Buddhist Army (DKBA)**: the faction …" runs on over
// two entries, as no capital opens the second, and each entry glosses its
// own name.
func (d describeRules) unitsOf(text string) []string {
	sents := sentencesOf(text)
	if !d.entryGloss || !strings.HasPrefix(text, "- ") && !strings.HasPrefix(text, "* ") {
		return sents
	}
	var out []string
	for _, s := range sents {
		out = append(out, itemsOf(s)...)
	}
	return out
}

// describesIn rates how sentence s describes form with every reading on
// (see describeRules.describesIn).
func describesIn(s, form string) int {
	return describeRulesOf(nil).describesIn(s, form)
}

// describesIn rates how sentence s describes form: a list entry's gloss
// after it ("- **KNU**: the main Karen political organisation"), a
// relative clause after it ("the regular SNA, which committed …"), a
// founding verb before it ("… founded the Bolivian Workers' Center"), or,
// where it is a clause's subject, a copula ("RENAMO was transformed …"),
// an apposition ("The FNLA, headed by Holden Roberto, was …") or any verb
// ("MONUC remains …").
func (d describeRules) describesIn(s, form string) int {
	best := 0
	for at, end := range occurrences(s, form) {
		if !wordBounded(s, at, end) {
			continue
		}
		rest := skipParenthetical(s[end:])
		switch {
		case d.entryGloss && entryGloss(s[:at], rest):
			best = max(best, describesDefining)
		case relativeClause(rest, d.whose) || appositionAfter(rest):
			best = max(best, describesCopula)
		case d.founded && foundedBefore(s[:at]), d.naming && namedBefore(s[:at]):
			best = max(best, describesCopula)
		case d.subjectAt(s[:at]):
			best = max(best, predicateStrength(rest), membersActing(rest))
		case d.counted && d.subjectAt(withoutCount(s[:at])):
			best = max(best, membersActing(rest))
		}
		if d.spelled && lettersAfter(s[end:]) {
			best = max(best, describesCopula)
		}
	}
	return best
}

// withoutCount returns before less the count that ends it ("Several
// thousand", "Some 200", "Two"), or "x" when it ends in none: a count
// before a name quantifies the people the name qualifies ("Several
// hundred PLO fighters … guarded"), who may be a clause's subject.
func withoutCount(before string) string {
	words := strings.Fields(before)
	n := len(words)
	for n > 0 && isCountPart(strings.ToLower(words[n-1])) {
		n--
	}
	if n == len(words) {
		return "x"
	}
	return strings.Join(words[:n], " ")
}

// isCountPart reports whether w is part of a count: a count
// (isCountWord: "200", "two", "many"), a vague one ("several", "some")
// or the round number a count multiplies ("several thousand").
func isCountPart(w string) bool {
	return isCountWord(w) || isVagueNumber(w) || w == "hundred" || w == "thousand"
}

// lettersAfter reports whether rest, after a name, opens with letters
// standing for it (isShortForm), in brackets or after ", or": "the Zimbabwe National
// Army (ZNA) under …", "the National Council, or CNDD, …". A writer spells
// a body's letters out where the text introduces it.
func lettersAfter(rest string) bool {
	var letters string
	if t, ok := strings.CutPrefix(rest, " ("); ok {
		letters, _, ok = strings.Cut(t, ")")
		if !ok {
			return false
		}
	} else if t, ok := strings.CutPrefix(rest, ", or "); ok {
		letters, _, _ = strings.Cut(t, " ")
		letters = trimRight(letters, ",.;:")
	}
	return isShortForm(letters)
}

// spellsLetters reports whether text spells out the letters of one of
// forms after it (lettersAfter).
func spellsLetters(text string, forms []string) bool {
	for _, form := range forms {
		for at, end := range occurrences(text, form) {
			if wordBounded(text, at, end) && lettersAfter(text[end:]) {
				return true
			}
		}
	}
	return false
}

// entryGloss reports whether a name, with before and rest (its acronym
// skipped) around it, labels a list entry or a line and a colon or dash
// sets its gloss after it: "- **Karen National Union (KNU)**: the main
// Karen political organisation …", "- United Nations Emergency Force
// (UNEF): a multinational force …". The writer glosses each party of a
// list there, as a glossary defines its terms.
func entryGloss(before, rest string) bool {
	before = trimLeft(strings.TrimSpace(before), "-*#• ")
	if label, ok := strings.CutSuffix(before, "("); ok && strings.HasPrefix(rest, ")") {
		// The letters of a label ("**Democratic Karen Benevolent Army
		// (DKBA)**:") name the body the entry glosses.
		if label == "" || !startsUpper(label) || strings.ContainsAny(label, ",:;.()") {
			return false
		}
		before, rest = "", rest[1:]
	}
	if before != "" && before != "The" && before != "the" {
		return false
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "**"), "*")
	rest = coLabel(rest)
	for _, sep := range []string{": ", ":** ", " — ", " – ", " - "} {
		if after, ok := strings.CutPrefix(rest, sep); ok {
			w, _, _ := strings.Cut(after, " ")
			return w != "" && unicode.IsLower([]rune(w)[0])
		}
	}
	return false
}

// maxCoLabel bounds the words of a second name an entry's label joins to
// the first by "and".
const maxCoLabel = 5

// coLabel skips a second name that "and" joins to the one an entry's label
// opens with, up to the label's colon: "- Egyptian Government and
// Egyptian armed forces: resisted …" glosses both. It returns rest
// unchanged when no such label follows.
func coLabel(rest string) string {
	after, ok := strings.CutPrefix(rest, " and ")
	if !ok {
		return rest
	}
	label, gloss, ok := strings.Cut(after, ":")
	if !ok || strings.ContainsAny(label, ",;.()") || len(strings.Fields(label)) > maxCoLabel || !startsUpper(label) {
		return rest
	}
	return ":" + strings.TrimPrefix(gloss, "**")
}

// foundedBefore reports whether the words before a name end with a
// founding verb in the past and an article: "… delegates founded the",
// "Clarke and Mac Diarmada set up a", "The Treaty created an". The
// sentence that brings a body into being says what it is, as "X was
// founded …" does with X as its subject.
func foundedBefore(before string) bool {
	words := strings.Fields(before)
	n := len(words)
	if n < 2 {
		return false
	}
	switch strings.ToLower(words[n-1]) {
	case "a", "an", "the":
	default:
		return false
	}
	verb := strings.ToLower(words[n-2])
	if verb == "up" && n >= 3 {
		return strings.ToLower(words[n-3]) == "set"
	}
	return isFoundingVerb(verb)
}

// namedBefore reports whether the words before a name end by giving it
// as the name: a naming verb (isNamingVerb: "called", "dubbed",
// "styled", "referred to"; its -ing form), "known as" or the noun "name",
// with a reflexive pronoun, adverbs in -ly, "as", an article or an
// opening quote between: "The new rulers called themselves the", "a body
// calling itself the", "came to be called", "usually called simply",
// "took the name". The sentence naming a body introduces it, as one
// founding it does.
func namedBefore(before string) bool {
	words := strings.Fields(strings.ToLower(strings.TrimRight(before, "\"“‘'( ")))
	n := len(words)
	if n > 0 && isArticle(words[n-1]) {
		n--
	}
	for n > 0 && (words[n-1] == "as" || mannerAdverb(words[n-1]) || isReflexive(words[n-1])) {
		n--
	}
	if n == 0 {
		return false
	}
	w := words[n-1]
	if w == "to" && n > 1 {
		w = words[n-2] // "referred to … as"
	}
	return w == "known" || w == "name" || isNamingVerb(w) || isNamingGerund(w)
}

// isReflexive reports whether w is a reflexive pronoun ("itself",
// "themselves"), by its ending.
func isReflexive(w string) bool {
	return strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves")
}

// isNamingGerund reports whether w is the -ing form of a naming verb
// ("calling", "styling"): its past is one (isNamingVerb).
func isNamingGerund(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 3 {
		return false
	}
	return isNamingVerb(stem+"ed") || isNamingVerb(stem+"d")
}

// wordBounded reports whether s[at:end] has no letter or digit beside it.
func wordBounded(s string, at, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:at])
	after, _ := utf8.DecodeRuneInString(s[end:])
	return (at == 0 || !isWordRune(before)) && (end == len(s) || !isWordRune(after) && after != '\'' && after != '’')
}

// skipParenthetical drops an acronym or gloss in parentheses after a
// name, or letters set off by commas: "the Argentine Navy (*Armada …*)
// kept …", "The United Nations Organization Mission …, MONUC, remains …".
func skipParenthetical(rest string) string {
	if t, ok := strings.CutPrefix(rest, " ("); ok {
		if k := strings.IndexByte(t, ')'); k >= 0 {
			return t[k+1:]
		}
	}
	if t, ok := strings.CutPrefix(rest, ", "); ok {
		if w, after, ok := strings.Cut(t, ","); ok && w != "" && !strings.Contains(w, " ") && allCapitals(w) {
			return after
		}
	}
	return rest
}

// relativeClause reports whether rest opens a relative clause about what
// precedes it: ", which had been trained …", ", who …", and with whose
// ", whose leaders have gone into hiding".
func relativeClause(rest string, whose bool) bool {
	for _, c := range []string{", which ", ", who ", ", whose "} {
		if c == ", whose " && !whose {
			continue
		}
		if after, ok := strings.CutPrefix(rest, c); ok {
			w, _, _ := strings.Cut(after, " ")
			return w != "" && unicode.IsLower([]rune(w)[0])
		}
	}
	return false
}

// appositionAfter reports whether rest sets a noun phrase describing a
// group or its people beside the name before it: ", a paramilitary force
// …", ", bands of young men …".
func appositionAfter(rest string) bool {
	a, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return false
	}
	var room [describedWords]string
	words := appendFirstFields(room[:0], a, describedWords)
	if describesGroup(words) {
		return true
	}
	if len(words) < 2 {
		return false
	}
	w := strings.ToLower(words[0])
	return w == words[0] && (isPredicateNoun(w) || isMembers(w)) && strings.HasSuffix(w, "s") && words[1] == "of"
}

// membersActing rates "ZANLA recruits were trained …": the name
// qualifying its people or units (which opensWithVerb takes for no verb),
// who act as the subject.
func membersActing(rest string) int {
	var room [3]string
	words := appendFirstFields(room[:0], rest, len(room))
	if len(words) < 2 {
		return 0
	}
	w := words[0]
	if w != strings.ToLower(w) || !strings.HasSuffix(w, "s") || !isMembers(w) && !isPredicateNoun(w) {
		return 0
	}
	if opensWithVerb(strings.Join(words[1:], " ")) {
		return describesActs
	}
	return 0
}

// frontedPrepositions open a phrase set before a clause's subject: "Under
// South African patronage, RENAMO was …", "After the loss, the Navy kept
// …". Prepositions are a closed class.
var frontedPrepositions = map[string]bool{
	"after": true, "before": true, "under": true, "during": true, "despite": true, "following": true,
	"throughout": true, "until": true, "over": true, "against": true, "without": true, "amid": true,
	"since": true,
}

// frontedPhrase reports whether before (a sentence's opening up to a
// name) is one prepositional phrase and its comma; with contrast, a
// comparison's too ("Unlike the NDFB, the BLT sought …").
func frontedPhrase(before string, contrast bool) bool {
	phrase, ok := strings.CutSuffix(before, ",")
	if !ok || strings.ContainsAny(phrase, ",;:") {
		return false
	}
	w, _, _ := strings.Cut(phrase, " ")
	w = strings.ToLower(w)
	return prepositions[w] || frontedPrepositions[w] || contrast && contrastPrepositions[w]
}

// maxBareFronted bounds the words of a fronted phrase written without a
// comma: a longer run is a clause of its own.
const maxBareFronted = 4

// bareFrontedPhrase reports whether before (a sentence's opening up to a
// name, its article dropped) is a short prepositional phrase of time or
// place written without a comma: "In the countryside", "From then on",
// "By 1985". Its words after the preposition are in lower case or
// digits, none another preposition (but a closing "on"), so the name is
// no complement inside it ("In support of the AFA", "With the VF").
func bareFrontedPhrase(before string) bool {
	words := strings.Fields(before)
	if len(words) < 2 || len(words) > maxBareFronted || strings.ContainsAny(before, ",;:()\"") {
		return false
	}
	first := strings.ToLower(words[0])
	if !prepositions[first] && !frontedPrepositions[first] || first == "of" {
		return false
	}
	for i, w := range words[1:] {
		if w != strings.ToLower(w) {
			return false
		}
		if prepositions[w] && !(w == "on" && i == len(words)-2) || frontedPrepositions[w] || isConnector(w) && w != "the" && w != "then" {
			return false
		}
	}
	return true
}

// contrastPrepositions open a comparison set before a clause's subject,
// which the clause then describes against it: "Unlike the three big
// liberation movements, FLEC did little fighting". A closed class.
var contrastPrepositions = map[string]bool{"unlike": true, "like": true}

// clauseOpeners end the words before a clause's subject: "…, but RENAMO
// became …", "… since FRELIMO received …".
var clauseOpeners = []string{", but", ", while", ", whereas", "; ", ": ", ", and", " since", " because", " although", " after", " when"}

// subjectAt reports whether what precedes a name in its sentence leaves
// the name a clause's subject: nothing, an article, or a clause opener
// and an article; with d's readings, a section number before them ("8.4
// The PNP is …") and a possessor for the article ("Ulate's National
// Union Party won …").
func (d describeRules) subjectAt(before string) bool {
	before = strings.TrimSpace(before)
	if d.possessor {
		before = trimPossessor(before)
	}
	before = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(before, "The"), "the"))
	if d.labelled && strings.HasSuffix(trimRight(before, "*_"), ":") {
		before = trimRight(before, "*_") // a label's emphasis closes after its colon
	}
	before = trimLeft(before, "-*# ")
	if d.numbered {
		before = trimSectionNumber(before)
	}
	if before == "" || frontedPhrase(before, d.contrast) || d.bare && bareFrontedPhrase(before) {
		return true
	}
	for _, o := range clauseOpeners {
		if strings.HasSuffix(before, strings.TrimSpace(o)) && (strings.HasSuffix(before, o) || o[0] == ';' || o[0] == ':') {
			return true
		}
	}
	return false
}

// trimPossessor drops a possessor that ends before, one to three
// capitalised words the last of them possessive ("Ulate's", "Mr Moto's"):
// it determines the name after it as "the" would.
func trimPossessor(before string) string {
	words := strings.Fields(before)
	n := len(words)
	if n == 0 || !isPossessive(words[n-1]) {
		return before
	}
	k := n - 1
	for k > 0 && n-k < 3 && startsUpper(words[k-1]) && !strings.HasSuffix(words[k-1], ",") && words[k-1] != "The" {
		k--
	}
	for _, w := range words[k:] {
		if !startsUpper(w) {
			return before
		}
	}
	return strings.Join(words[:k], " ")
}

// trimSectionNumber drops the section number a fact sheet's paragraph
// opens with ("8.4", "3.", "12"), which stands before its first sentence's
// subject.
func trimSectionNumber(before string) string {
	num, rest, _ := strings.Cut(before, " ")
	if num == "" || strings.Trim(num, "0123456789.") != "" || num[0] == '.' {
		return before
	}
	return strings.TrimSpace(rest)
}

// predicateStrength rates what follows a subject: a copula or an
// apposition describes it, another verb shows it acting, anything else
// (a noun it qualifies: "ZANLA recruits") neither.
func predicateStrength(rest string) int {
	if a, ok := strings.CutPrefix(rest, ", "); ok {
		w, _, _ := strings.Cut(a, " ")
		if w != "" && unicode.IsLower([]rune(w)[0]) && !isConnector(w) {
			return describesCopula // "EUFOR Tchad/RCA, commanded by …", "the Cocoyes, bands of …"
		}
		return 0
	}
	rest, ok := strings.CutPrefix(rest, " ")
	if !ok {
		return 0
	}
	if startsWithCopula(rest) || strings.HasPrefix(rest, "became ") || strings.HasPrefix(rest, "remained ") || strings.HasPrefix(rest, "remains ") {
		return describesCopula
	}
	if opensWithVerb(rest) {
		return describesActs
	}
	return 0
}

// MentionsBesidePassages returns f's mentions less the paragraphs its
// passages cite: what /group lists as "also mentioned in" after showing
// the passages.
func (f *Faction) MentionsBesidePassages() []Mention {
	all := f.ListMentions()
	out := make([]Mention, 0, len(all))
	for _, m := range all {
		if !slices.ContainsFunc(f.Passages, func(p Mention) bool { return p.Ref == m.Ref }) {
			out = append(out, m)
		}
	}
	return out
}
