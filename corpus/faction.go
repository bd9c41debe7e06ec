package corpus

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// Faction is an armed group, movement, coalition or force that a briefing
// describes.
type Faction struct {
	Name     string    `json:"name"`
	Acronym  string    `json:"acronym"`
	Aliases  []string  `json:"aliases"`
	Summary  string    `json:"summary"`  // the defining paragraph's text
	Defined  Ref       `json:"-"`        // where Summary comes from
	Passages []Mention `json:"passages"` // other sentences describing it, strongest first
	Mentions []Mention `json:"mentions"` // other paragraphs naming it; nil once restored (read ListMentions)
	Events   []Event   `json:"events"`
	// Epithets are the descriptions the text sets beside its names,
	// normalized ("human rights group"): look-up keys below the names
	// (faction_epithet.go).
	Epithets []string `json:"-"`

	// match is built once at extraction so that MentionedIn stays cheap on
	// large corpora; factions made by hand build it on each call.
	match matcher
	lazy  *lazyMentions // a restored faction's Mentions (mentions.go)
}

// Mention is a paragraph naming a faction, with the sentence that names
// it, so that a reader sees why the paragraph is listed.
type Mention struct {
	Ref
	Sentence string `json:"sentence,omitempty"`
}

// maxMentionSentence bounds a mention's sentence, in bytes.
const maxMentionSentence = 300

// namingSentence returns the first sentence of text that m finds a name
// in, cut to maxMentionSentence bytes, or "".
func namingSentence(text string, m matcher) string {
	for sent := range sentencesIn(text) {
		if m.in(sent) {
			return excerptBytes(sent, maxMentionSentence)
		}
	}
	return ""
}

// excerptBytes cuts s to at most n bytes at a word boundary, marking the
// cut with an ellipsis.
func excerptBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + "…"
}

// HasNameWith reports whether f's name or one of its aliases satisfies
// match. A reader may know a faction by any of them, so whoever checks a
// name against an expectation (the evaluator, the faction trace) asks
// this rather than walking the fields itself.
func (f *Faction) HasNameWith(match func(name string) bool) bool {
	return match(f.Name) || slices.ContainsFunc(f.Aliases, match)
}

// MentionedIn reports whether text names f by its name, acronym or any
// alias, as whole words. Names and aliases match ignoring case and
// accents; acronyms of up to five capitals match case-sensitively, so
// "IMA" does not fire in "Imam" nor "US" on "us".
func (f *Faction) MentionedIn(text string) bool {
	if f == nil {
		return false
	}
	m := f.match
	if m == nil {
		m = newMatcher(f)
	}
	return m.in(text)
}

// Definition strengths: a paragraph that opens by defining the group beats
// a sentence that defines it in passing, which beats a bare acronym
// definition or apposition.
const (
	scoreMention  = 1
	scoreDefined  = 2
	scoreOpener   = 3
	maxNameTokens = 9
	maxAliasScan  = 300
)

// candidate is one place where a paragraph names and defines a group.
type candidate struct {
	name, acronym string
	ref           Ref
	text          string
	score         int
	cited         bool // gives an acronym only, makes no faction
	source        bool // cited: named as the source of a statement
	body          bool // a group noun alone, defined and written alone as a name: "the Assembly"
	judged        bool // a phrase the span model accepts: weighed as a defined name
	taken         bool // the text says it names a group ("took the name Anyanya", "X and other armed groups"): a group's, whatever else looks like a person's
}

// extractFactions finds the factions of every briefing, merges the same
// faction across briefings and with curated front matter, and returns
// them in order of first appearance, together with every acronym the
// corpus defines. It makes a bounded number of passes over each
// paragraph, so its cost grows linearly with the corpus.
func extractFactions(bs []*Briefing) ([]*Faction, []Acronym) {
	return extractor{}.run(bs)
}

// extractor runs the extraction rules; tests disable rules by name to show
// what each one adds.
type extractor struct {
	disabled map[string]bool
}

func (x extractor) run(bs []*Briefing) ([]*Faction, []Acronym) {
	// Briefings are read in parallel and merged in order, so the result
	// does not depend on scheduling.
	orgs, judged := newMemo(), newMemo()
	arenas := sync.Pool{New: func() any { return &wordArena{} }}
	perBriefing := eachBriefing(bs, func(b *Briefing) briefingFinds {
		a := arenas.Get().(*wordArena)
		defer arenas.Put(a)
		a.reset()
		return x.readBriefing(b, orgs, judged, a)
	})
	fs := x.buildFactions(bs, perBriefing)
	x.attachMatchers(fs)
	x.recordMentions(bs, fs)
	if !x.disabled[ruleInnerName] {
		fs = dropInnerNames(fs)
	}
	if !x.disabled[ruleReferHead] {
		noteHeadRivals(fs)
	}
	return x.finishAll(fs), corpusAcronyms(perBriefing)
}

// briefingFinds is what reading one briefing yields: everything the
// corpus-wide merge needs, so briefings can be read independently.
type briefingFinds struct {
	cands     []candidate
	defs      []Acronym
	aliases   [][2]string     // "X, formally known as Y"
	apposed   [][2]string     // "X, the Y": an English name and its letters or its other language's name
	glossed   [][2]string     // "X, or Y", "X or XY": a name and its translation or letters
	qualified []string        // "CPN (Maoist)"
	formal    [][2]string     // "X, formally the Y": the name in use and the formal one
	shorts    map[string]bool // the short forms the briefing writes
	publisher string
	agencies  []string // news agencies its datelines name: outlets, not parties
	issuers   []string // the bodies its opening note says issued it (rule issued-by)
}

// readBriefing runs every rule over the paragraphs of b and filters the
// candidates with what the whole briefing shows (which words it
// capitalises, whom it names, where it writes places). orgs and judged
// are memos shared by all briefings of the run; the paragraphs' words are
// cut from a.
func (x extractor) readBriefing(b *Briefing, orgs, judged *memo, a *wordArena) briefingFinds {
	var r briefingFinds
	paras := x.splitParagraphs(b, a)
	midCaps, solo := midSentenceCaps(paras, !x.disabled[ruleSectionNumber])
	people, persons := personNames(paras, midCaps, judged, x.disabled)
	var houses map[string]bool
	if !x.disabled[ruleRulingHouse] {
		houses = rulingHouses(paras)
	}
	x.markNonParties(b, paras, persons)
	for i, p := range b.Paragraphs {
		ps := paras[i]
		ps.ref, ps.people, ps.midCaps, ps.solo, ps.orgs, ps.off = b.Ref(p.Number), people, midCaps, solo, orgs, x.disabled
		ps.houses = houses
		x.readParagraph(ps, &r)
	}
	x.readWhole(&r, b, paras)
	x.filterFinds(&r, b, paras, midCaps, solo, people, persons)
	x.pairFinds(&r, b, paras, midCaps)
	return r
}

// readWhole adds to r the candidates read off the briefing as a whole,
// not one paragraph: a heading that is a name and its letters, and the
// sides an infobox names, with their glosses.
func (x extractor) readWhole(r *briefingFinds, b *Briefing, paras []*para) {
	if !x.disabled[ruleHeadingLetters] {
		r.cands = append(r.cands, headingLetters(b, paras)...)
	}
	sides, glosses := x.infoboxCandidates(b, paras)
	r.cands, r.aliases = append(r.cands, sides...), append(r.aliases, glosses...)
}

// pairFinds completes r once its candidates are filtered: the letters
// a name holds, the aliases read off appositions and plural spellings,
// the publisher, and who issued the briefing's texts.
func (x extractor) pairFinds(r *briefingFinds, b *Briefing, paras []*para, midCaps map[string]bool) {
	if !x.disabled[ruleHeldLetters] {
		nameLetters(r.cands, paras, x.disabled)
	}
	r.aliases = append(r.aliases, apposedPairs(r.apposed, r.defs)...)
	if !x.disabled[rulePluralSpelling] {
		r.aliases = append(r.aliases, pluralSpellings(r.cands, midCaps)...)
	}
	r.publisher = b.Publisher
	if !x.disabled[ruleIssuedBy] {
		r.issuers = issuerNames(b, paras, !x.disabled[ruleIssuerNote], !x.disabled[ruleMasthead])
	}
}

// splitParagraphs splits every paragraph of b into words once, for every
// rule, cutting them from a.
func (x extractor) splitParagraphs(b *Briefing, a *wordArena) []*para {
	paras := make([]*para, len(b.Paragraphs))
	for i, p := range b.Paragraphs {
		paras[i] = newParaIn(p.Text, a)
		if !x.disabled[ruleVerbalGloss] {
			paras[i].blankGlosses()
		}
	}
	return paras
}

// markNonParties adds to persons the names the briefing shows to be no
// party, whatever the rules later propose: documents, an infobox's
// commanders, counted people, speakers, places set beside a name.
func (x extractor) markNonParties(b *Briefing, paras []*para, persons map[string]bool) {
	if !x.disabled[ruleDocument] {
		documentNames(paras, persons, !x.disabled[ruleDocumentLetters]) // no more a party than a person
	}
	if !x.disabled[ruleInfoboxCommanders] {
		infoboxCommanders(b.Infobox, persons)
	}
	if !x.disabled[ruleCounted] {
		countedNames(paras, persons)
	}
	if !x.disabled[ruleSpeakerLabel] {
		speakerNames(paras, persons)
	}
	if !x.disabled[rulePlaceApposition] {
		placeAppositions(paras, persons, !x.disabled[rulePlaceLocated], !x.disabled[ruleAppositionParticiple])
	}
}

// filterFinds keeps of r's candidates what the briefing-wide filters
// admit, adds the phrases the span model admits, and drops headlines,
// documents and the title's own subject.
func (x extractor) filterFinds(r *briefingFinds, b *Briefing, paras []*para, midCaps, solo, people, persons map[string]bool) {
	var admitted []candidate
	if !x.disabled[ruleSpanModel] {
		// The model weighs what the briefing-wide filters weigh (people,
		// places, sentence openers), so its phrases skip them; what the
		// rules proposed, kept or dropped, it leaves alone.
		admitted = admitSpans(paras, r.cands)
	}
	kept, aliases := x.filterCandidates(r.cands, admitted, paras, midCaps, solo, people, persons)
	r.cands, r.aliases = append(kept, admitted...), append(r.aliases, aliases...)
	x.dropNonBodies(r, paras)
	if !x.disabled[ruleTitleSubject] {
		dropTitleSubject(r, b.Title, !x.disabled[ruleTitlePair])
	}
}

// dropNonBodies drops from r's candidates what the briefing shows is no
// body whoever proposed it: headlines, documents, words in capitals, a
// person's name set beside a person's description and a residence's
// name never written acting.
func (x extractor) dropNonBodies(r *briefingFinds, paras []*para) {
	if !x.disabled[ruleHeadline] {
		r.cands = dropHeadlines(r.cands, !x.disabled[ruleHeadlineInitials])
	}
	if !x.disabled[ruleDocumentHead] {
		r.cands = dropDocuments(r.cands, paras)
	}
	if !x.disabled[ruleCapitalWords] {
		r.cands = dropCapitalWords(r.cands, r.defs)
	}
	if !x.disabled[ruleApposedPerson] {
		r.cands = dropApposedKinds(r.cands, paras)
	}
	if !x.disabled[ruleIdleStructure] {
		r.cands = dropIdleStructures(r.cands, paras)
	}
	if !x.disabled[ruleIdleHappening] {
		r.cands = dropIdleHappenings(r.cands, paras)
	}
	if !x.disabled[ruleQuestionerOutlet] {
		r.cands = dropQuestionerOutlets(r.cands, paras)
	}
	if !x.disabled[rulePopulationHead] {
		r.cands = dropPopulations(r.cands)
	}
	if !x.disabled[ruleApposedPeople] {
		r.cands = dropApposedPeoples(r.cands, paras)
	}
}

// readParagraph adds to r what the rules find in one paragraph:
// acronym definitions, candidates, alias pairs, qualified short forms,
// dateline agencies and the short forms it writes.
func (x extractor) readParagraph(ps *para, r *briefingFinds) {
	for _, d := range ps.acronyms() {
		r.defs = append(r.defs, Acronym{Short: d.Short, Long: stripArticle(d.Long)})
	}
	for _, ru := range x.rules() {
		r.cands = append(r.cands, ru.find(ps)...)
	}
	r.aliases = append(r.aliases, ps.glosses...)
	if !x.disabled[ruleInitials] {
		r.aliases = append(r.aliases, initialsPairs(ps)...)
	}
	if !x.disabled[ruleOrAlias] {
		cands, pairs := orGlosses(ps)
		r.cands, r.glossed = append(r.cands, cands...), append(r.glossed, pairs...)
	}
	if !x.disabled[ruleTranslated] {
		r.aliases = append(r.aliases, translatedDefs(ps)...)
	}
	if !x.disabled[ruleNativeOr] {
		r.aliases = append(r.aliases, nativeAliases(ps.text, ps.acronyms(), !ps.off[ruleGlossedLetters], !ps.off[ruleNativeLetters], !ps.off[ruleLettersQuoted], !ps.off[ruleEnglishOr])...)
	}
	if !x.disabled[ruleLettersOr] {
		r.glossed = append(r.glossed, lettersOrAliases(ps.text, readingOf(x.disabled))...)
	}
	x.namePairs(ps, r)
	if !x.disabled[ruleFormalName] {
		r.formal = append(r.formal, formalPairs(ps.text, ps.lower(), readingOf(x.disabled))...)
	}
	if !x.disabled[ruleQualShort] {
		r.qualified = append(r.qualified, qualifiedShorts(ps.text)...)
	}
	if a := datelineAgency(ps.text); a != "" && !x.disabled[ruleDatelineAgency] {
		r.agencies = append(r.agencies, a)
	}
	if !x.disabled[ruleInitialsUsed] {
		r.shorts = shortFormsIn(ps, r.shorts)
	}
}

// namePairs adds to r the pairs of names one paragraph gives one body:
// a name and what it is known as, a bracketed alias, a translation in
// brackets or quoted, a name in another language beside it.
func (x extractor) namePairs(ps *para, r *briefingFinds) {
	named := ps.text
	if !x.disabled[ruleAliasNaming] {
		named = namingMarkers(named)
	}
	if !x.disabled[ruleAliases] && (ps.has(markKnown|markCalled|markShortened|markWhose) || named != ps.text) {
		x.knownAsPairs(ps, named, r)
	}
	if !x.disabled[ruleFormalNameOf] {
		r.aliases = append(r.aliases, formalNamesOf(ps.text, ps.lower(), readingOf(x.disabled))...)
	}
	if !x.disabled[ruleDescribedCalled] && strings.Contains(ps.text, " called ") {
		r.aliases = append(r.aliases, describedCalled(ps.text, ps.lower(), readingOf(x.disabled))...)
	}
	if !x.disabled[ruleBracketedAlias] && strings.Contains(ps.text, " (the ") {
		r.aliases = append(r.aliases, bracketedAliases(ps.text, readingOf(x.disabled))...)
	}
	if !x.disabled[ruleForeignBracket] && strings.Contains(ps.text, " (") {
		r.aliases = append(r.aliases, foreignBrackets(ps)...)
	}
	if !x.disabled[ruleForeignApposition] && strings.Contains(ps.text, ", the ") {
		r.aliases = append(r.aliases, foreignAppositions(ps)...)
	}
	if !x.disabled[rulePairedApposition] && strings.Contains(ps.text, ", the ") {
		r.apposed = append(r.apposed, pairedAppositions(ps)...)
	}
	if !x.disabled[ruleQuotedTranslation] && strings.Contains(ps.text, "(") {
		r.aliases = append(r.aliases, quotedTranslations(ps.text, !x.disabled[ruleLettersQuotedGloss])...)
	}
}

// knownAsPairs adds to r the pairs of a name and what it is known as
// that named, the paragraph's text with its naming markers made plain,
// gives, once manner adverbs, languages, coordinated and participle
// markers and glosses before a marker are read away.
func (x extractor) knownAsPairs(ps *para, named string, r *briefingFinds) {
	text := named
	for _, step := range []struct {
		rule string
		read func(string) string
	}{
		{ruleAliasAdverb, dropMannerAdverb},
		{ruleAliasLanguage, dropLanguage},
		{ruleAliasCoordinated, coordinatedKnown},
		{ruleParticipleCalled, participleCalled},
		{ruleAliasPastGloss, dropGlossBeforeMarker},
	} {
		if !x.disabled[step.rule] {
			text = step.read(text)
		}
	}
	var foreign []string
	if !x.disabled[ruleSentenceCaseName] {
		foreign = languageNames(ps.text)
	}
	for _, pair := range knownAs(text, readingOf(x.disabled), !x.disabled[ruleSerialComplement], !x.disabled[ruleDescribedKnown]) {
		pair[1] = widenedName(pair[1], foreign)
		// "the private militia of … Denis Sassou Nguesso, known as the
		// Cobras", "the military government in Addis Ababa, known as
		// the Derg": the name before the marker is the owner's, a
		// person, or the seat's, a place.
		if x.disabled[ruleAliasPerson] || !isPersonOf(ps, pair[0]) && !isPlaceOrPeople(pair[0]) {
			r.aliases = append(r.aliases, pair)
		}
	}
}

// filterCandidates drops what the whole briefing shows is not a group:
// sentence openers and people, partial names, places. people are the
// names personNames saw people go by, persons those the text shows to be
// people. It also returns the alias pairs of the lower-case bodies it
// adds (see lowerBodyCandidates). With rule and-beside, it then adds the
// names "and" joins to a kept name or one of admitted, the span model's,
// filtered the same way.
func (x extractor) filterCandidates(cands, admitted []candidate, paras []*para, midCaps, solo, people, persons map[string]bool) ([]candidate, [][2]string) {
	cands, aliases, acting, persons := x.moreCandidates(cands, paras, persons)
	f := candidateFilter{paras: paras, midCaps: midCaps, solo: solo, people: people, persons: persons, acting: acting}
	kept := x.keepCandidates(cands, f)
	if !x.disabled[ruleAndBeside] {
		if more := andBesideCandidates(paras, slices.Concat(kept, admitted), persons); len(more) > 0 {
			kept = append(kept, x.keepCandidates(more, f)...)
		}
	}
	return kept, aliases
}

// moreCandidates adds to cands the candidates read off the briefing's use
// of its words rather than one introduction: names acting, bodies
// reporting, lower-case bodies acting with their other forms as alias
// pairs. It returns the names read as acting, and persons without them.
func (x extractor) moreCandidates(cands []candidate, paras []*para, persons map[string]bool) ([]candidate, [][2]string, map[string]bool, map[string]bool) {
	var acting map[string]bool
	if !x.disabled[ruleActing] {
		var more []candidate
		more, acting = actingCandidates(paras, persons, !x.disabled[ruleGroupCue])
		cands = append(cands, more...)
		persons = notActing(persons, acting)
	}
	if !x.disabled[ruleReportingBody] {
		cands = append(cands, reportingBodyCandidates(paras)...)
	}
	var aliases [][2]string
	if !x.disabled[ruleLowerBody] {
		var bodies []candidate
		bodies, aliases = lowerBodyCandidates(paras, cands, x.disabled)
		cands = append(cands, bodies...)
	}
	return cands, aliases, acting, persons
}

// candidateFilter is what the briefing-wide filters weigh candidates by.
type candidateFilter struct {
	paras                                  []*para
	midCaps, solo, people, persons, acting map[string]bool
}

// keepCandidates returns the candidates the briefing-wide filters keep:
// no surname, partial name, place or person.
func (x extractor) keepCandidates(cands []candidate, f candidateFilter) []candidate {
	opener := openerRule{on: !x.disabled[ruleForeignOpener], neverLower: !x.disabled[ruleNeverLower], paras: f.paras}
	if !x.disabled[ruleSurname] {
		cands = dropSurnames(cands, f.people, f.acting)
	}
	if !x.disabled[ruleCitedAgain] {
		citedAgain(cands, f.paras, !x.disabled[ruleCitedOrg])
	}
	if !x.disabled[ruleHeadLocative] {
		cands = dropHeadLocative(cands)
	}
	cands = keepNames(cands, f.midCaps, f.persons, trimRule{common: !x.disabled[ruleMembersCommon], place: !x.disabled[ruleMembersPlace]}, opener)
	if !x.disabled[rulePartial] {
		cands = dropPartial(cands)
	}
	if !x.disabled[ruleBareBody] {
		markBodies(cands, f.solo, !x.disabled[ruleQuotedSetOff])
	}
	return dropPlaces(cands, f.paras, x.placeRules(f.acting))
}

// placeRules returns the switches of the place filter, with the names
// read as acting.
func (x extractor) placeRules(acting map[string]bool) placeRules {
	return placeRules{looseHeads: !x.disabled[ruleLooseHead], members: !x.disabled[ruleMembersIn], lettered: !x.disabled[ruleLettered],
		adjectives: !x.disabled[rulePlaceAdjective], schools: !x.disabled[ruleSchoolHead], lists: !x.disabled[rulePlaceList], atDeterminer: !x.disabled[ruleAtDeterminer], captured: !x.disabled[ruleCaptured], approached: !x.disabled[ruleApproached], assaulted: !x.disabled[ruleAssaulted], membersAt: !x.disabled[ruleMembersAt], staffAt: !x.disabled[ruleStaffAt], joined: !x.disabled[ruleJoinedGroup], alliances: !x.disabled[ruleAlliance], acting: acting,
		sourced: !x.disabled[ruleGroupSource], assemblies: !x.disabled[ruleAssemblyHead], apposed: !x.disabled[ruleBodyApposed]}
}

// markBodies marks the candidates that name a body by its group noun
// alone ("The Assembly, the country's single-chamber parliament, …"):
// defined by the text, and written alone as a name elsewhere ("the
// Assembly voted"), which a common noun in a longer name ("the Serb
// People's Assembly") is not. A one-word group noun is otherwise no name.
// The definition also outweighs writing it as a place ("a majority in
// the Assembly"). With quoted (rule quoted-set-off), a name in quotes is
// set off by the comma after them ("a unit known simply as "the
// Squad", carried out …").
func markBodies(cands []candidate, solo map[string]bool, quoted bool) {
	for i, c := range cands {
		if c.score < scoreDefined || strings.Contains(c.name, " ") {
			continue
		}
		low := strings.ToLower(c.name)
		if solo[low] && isGroupWord(low) && !isPersonWord(low) && setOff(c.text, c.name, quoted) {
			cands[i].body = true
		}
	}
}

// setOff reports whether text writes name as a subject set off by a
// comma or a copula ("The **Assembly**, the …", "The Senate is …"), not
// inside a longer name ("the People's Defence").
func setOff(text, name string, quoted bool) bool {
	marks := "*"
	if quoted {
		marks = "*\"”’"
	}
	for rest := text; ; {
		i := strings.Index(rest, name)
		if i < 0 {
			return false
		}
		rest = trimLeft(rest[i+len(name):], marks)
		if strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, " is ") || strings.HasPrefix(rest, " was ") {
			return true
		}
	}
}

// corpusAcronyms returns every acronym definition of the corpus once, in
// order of first definition.
func corpusAcronyms(perBriefing []briefingFinds) []Acronym {
	var (
		acronyms []Acronym
		seen     = map[string]bool{}
	)
	for _, r := range perBriefing {
		for _, a := range r.defs {
			key := a.Short + "\x00" + normalize(a.Long)
			if !seen[key] {
				seen[key] = true
				acronyms = append(acronyms, a)
			}
		}
	}
	return acronyms
}

// corpusPublishers returns the name keys of every publisher, dateline
// agency and issuing office: outlets that report, never parties, in any
// briefing.
func corpusPublishers(perBriefing []briefingFinds, off map[string]bool) map[string]bool {
	publishers := map[string]bool{}
	for _, r := range perBriefing {
		for _, k := range publisherKeys(r.publisher, off) {
			publishers[k] = true
		}
		for _, a := range r.agencies {
			publishers[nameKey(a)] = true
		}
		for _, a := range r.issuers {
			publishers[nameKey(a)] = true
		}
	}
	return publishers
}

// buildFactions merges the candidates of every briefing into factions,
// then folds in what names the same group differently: qualified short
// forms, alias pairs, national forces, short forms of names, initials
// used but not defined, and curated front matter. The order of the steps matters: each one
// looks factions up by the names the earlier ones gave them.
func (x extractor) buildFactions(bs []*Briefing, perBriefing []briefingFinds) []*building {
	fs := x.mergedCandidates(perBriefing)
	fs = x.joinAliases(fs, perBriefing)
	fs = x.foldNames(fs)
	fs = x.foldLettered(fs, perBriefing)
	for _, b := range bs {
		for _, g := range b.Curated {
			fs = mergeCurated(fs, g)
		}
	}
	return fs
}

// mergedCandidates merges every briefing's candidates by name, leaving
// publishers out, and folds each qualified name into its body.
func (x extractor) mergedCandidates(perBriefing []briefingFinds) []*building {
	n := 0
	for _, r := range perBriefing {
		n += len(r.cands)
	}
	cands := make([]candidate, 0, n)
	for _, r := range perBriefing {
		cands = append(cands, r.cands...)
	}
	fs := mergeCandidates(cands, corpusPublishers(perBriefing, x.disabled), x.disabled)
	keys := keyMemo{}
	for _, r := range perBriefing {
		for _, q := range r.qualified {
			if into := mergeQualified(fs, q); into != nil && !x.disabled[ruleQualifiedSplit] {
				fs = foldInto(fs, into, q, keys) // the part read by qualified-split is the whole name's
			}
		}
	}
	return fs
}

// joinAliases makes one faction of the names each briefing says are one:
// "known as" and its like, glosses, formal names.
func (x extractor) joinAliases(fs []*building, perBriefing []briefingFinds) []*building {
	keys := keyMemo{}
	for _, r := range perBriefing {
		for _, pair := range r.aliases {
			if !x.disabled[ruleOrdinalNamed] {
				pair[0] = ordinalNamed(fs, pair[0])
			}
			if !x.disabled[ruleLetteredTakes] && letteredOther(fs, pair[0], pair[1], keys) {
				fs = mergeKnownAs(fs, pair[1], pair[0], keys)
				continue
			}
			fs = mergeKnownAs(fs, pair[0], pair[1], keys)
		}
		for _, pair := range r.glossed {
			if !x.disabled[ruleLetteredTakes] && letteredOther(fs, pair[0], pair[1], keys) {
				fs = mergeKnownAs(fs, pair[1], pair[0], keys)
				continue
			}
			fs = mergeGlossed(fs, pair[0], pair[1], keys)
		}
		fs = markFormal(fs, r.formal, keys)
	}
	if !x.disabled[ruleAliasLetters] {
		aliasLetters(fs)
	}
	return fs
}

// foldNames folds names that are forms of another faction's: a nation's
// forces, short names, and lists read as one name.
func (x extractor) foldNames(fs []*building) []*building {
	if !x.disabled[ruleNationalForce] {
		fs = foldNationalForces(fs, wordnet.Load(), !x.disabled[ruleNationStem], !x.disabled[ruleWholeForces])
	}
	if !x.disabled[ruleShortName] {
		fs = foldShortNames(fs, !x.disabled[ruleProperShort], !x.disabled[ruleHeadlessShort])
	}
	if !x.disabled[ruleSplitListed] {
		fs = splitListed(fs)
	}
	return fs
}

// foldLettered gives undefined letters to the names they abbreviate,
// then folds the factions that letters, translations and shorter forms
// show to be one.
func (x extractor) foldLettered(fs []*building, perBriefing []briefingFinds) []*building {
	var given initialsGiver
	for _, r := range perBriefing {
		for _, d := range r.defs {
			delete(r.shorts, d.Short) // defined: the acronym rule reads it
		}
		given.give(fs, r.shorts)
	}
	if !x.disabled[ruleSameKey] {
		fs = foldSameKeys(fs)
	}
	if !x.disabled[rulePartOfBody] {
		fs = foldPartNames(fs)
	}
	if !x.disabled[ruleFoldLetters] {
		fs = foldLetters(fs, !x.disabled[ruleFoldShortWord])
	}
	if !x.disabled[ruleFoldSameLetters] {
		fs = foldSameLetters(fs)
	}
	if !x.disabled[ruleFoldTranslated] {
		fs = foldTranslatedLetters(fs)
	}
	if !x.disabled[ruleOpenedByLetters] {
		fs = foldOpenedByLetters(fs)
	}
	if !x.disabled[ruleAliasInitials] {
		fs = foldAliasInitials(fs)
	}
	if !x.disabled[ruleSpelledInitials] {
		fs = foldSpelledInitials(fs)
	}
	if !x.disabled[rulePlacedRest] {
		fs = foldShorter(fs, placedRest)
	}
	if !x.disabled[ruleMembersName] {
		fs = foldMembersNames(fs)
	}
	if !x.disabled[ruleOwnedRest] {
		fs = foldOwnedNames(fs, !x.disabled[ruleOwnedHead], !x.disabled[ruleKnownOwner])
	}
	if !x.disabled[ruleInvertedOf] {
		fs = foldInvertedOf(fs)
	}
	return fs
}

// attachMatchers builds each faction's matcher once, now that its names
// are final, so mentions and MentionedIn stay cheap.
func (x extractor) attachMatchers(fs []*building) {
	for _, f := range fs {
		f.f.match = newMatcher(f.f)
		if x.disabled[ruleCompound] {
			f.f.match.joinAll()
		}
	}
}

// recordMentions gives every faction the paragraphs naming it, in corpus
// order, with their texts and sections for finishing. One pass over the
// paragraphs, in parallel by briefing, finds them; they are recorded in
// order afterwards.
func (x extractor) recordMentions(bs []*Briefing, fs []*building) {
	ms := make([]matcher, len(fs))
	for i, f := range fs {
		ms[i] = f.f.match
	}
	ix := newMentionIndex(ms)
	var described []map[string]int
	if !x.disabled[ruleReferHead] {
		described = eachBriefing(bs, firstDescriptions)
	}
	mentions := eachBriefing(bs, func(b *Briefing) [][]int {
		at := make([][]int, len(fs))
		for i, p := range b.Paragraphs {
			for _, fi := range ix.candidates(p.Text) {
				if f := fs[fi]; f.f.match.in(p.Text) {
					at[fi] = append(at[fi], i)
				}
			}
		}
		return at
	})
	reserveMentions(fs, mentions)
	for bi, b := range bs {
		for fi, f := range fs {
			if described != nil && len(mentions[bi][fi]) > 0 {
				f.noteHeadTaken(b, described[bi], mentions[bi][fi][0])
			}
			last := -1
			for _, i := range mentions[bi][fi] {
				if !x.disabled[ruleSectionFirst] && headingNames(b.Paragraphs[i].Section, f.f) {
					if k := sectionStart(b, i); k > last && k < i {
						x.addMention(f, b, k)
					}
				}
				x.addMention(f, b, i)
				last = i
			}
		}
	}
}

// reserveMentions sizes each faction's mention lists for the paragraphs
// found naming it (mentions[briefing][faction]), so that recording them
// grows each list once rather than by doubling.
func reserveMentions(fs []*building, mentions [][][]int) {
	for fi, f := range fs {
		n := 0
		for _, at := range mentions {
			n += len(at[fi])
		}
		f.f.Mentions = slices.Grow(f.f.Mentions, n)
		f.texts = slices.Grow(f.texts, n)
		f.sections = slices.Grow(f.sections, n)
	}
}

// sectionStart returns the index of the first paragraph of the section
// holding paragraph i of b.
func sectionStart(b *Briefing, i int) int {
	k := i
	for k > 0 && b.Paragraphs[k-1].Section == b.Paragraphs[i].Section {
		k--
	}
	return k
}

// headingNames reports whether a section's heading is f's name or
// acronym: the section is about f, and its first paragraph introduces it
// even when it goes on by description ("## The Langa Commission" over
// "the SADC appointed an independent commission of inquiry …").
func headingNames(heading string, f *Faction) bool {
	h := stripArticle(heading)
	return h != "" && (h == f.Name || h == f.Acronym)
}

// addMention records paragraph i of b as a mention of f, and notes the
// paragraph after it for the anaphor rule ("The group …").
func (x extractor) addMention(f *building, b *Briefing, i int) {
	p := b.Paragraphs[i]
	f.f.Mentions = append(f.f.Mentions, Mention{Ref: b.Ref(p.Number)})
	f.texts = append(f.texts, p.Text)
	f.sections = append(f.sections, p.Section)
	if !x.disabled[ruleAnaphor] && f.anaphor == nil && i+1 < len(b.Paragraphs) {
		f.noteAnaphor(b, &b.Paragraphs[i+1])
	}
	if !x.disabled[ruleReferNext] && i+1 < len(b.Paragraphs) {
		f.noteNextRef(b, i)
	}
	if !x.disabled[ruleReferHead] && !f.headTaken[b.Slug] {
		f.noteHeadRefs(b, i)
	}
}

// finishAll finishes every faction from its own texts. They depend on
// nothing else, so they are finished in parallel; the order is kept.
func (x extractor) finishAll(fs []*building) []*Faction {
	out := make([]*Faction, len(fs))
	eachIndex(len(fs), func(i int) {
		fs[i].finish(x.disabled)
		out[i] = fs[i].f
	})
	return out
}

// eachIndex calls f(i) for every i below n on every core and returns when
// all are done.
func eachIndex(n int, f func(int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// keepNames tidies candidate names ("Fighters of the X" → "X") and drops
// one-word names the briefing never capitalises mid-sentence, which are
// sentence openers ("Turnout", "Foreign"), unless written as acronyms.
//
// It also drops the names the briefing shows to be people (persons).
func keepNames(cands []candidate, midCaps, persons map[string]bool, keep trimRule, opener openerRule) []candidate {
	out := cands[:0]
	for _, c := range cands {
		c.name = stripArticle(trimMembersOf(trim(c.name, "*"), keep))
		if atKey(persons, c.name) && !c.taken {
			continue
		}
		low := strings.ToLower(trimPossessive(trim(c.name, "\"“”*")))
		if !strings.Contains(c.name, " ") && startsUpper(c.name) && !isShortForm(c.name) && !midCaps[low] && !opener.keeps(c, low) {
			continue // a sentence's first word, unless a word no English table knows that the text defines ("Naprama, a peasant militia")
		}
		out = append(out, c)
	}
	return out
}

// openerRule says which one-word names that only open sentences are kept:
// with on, a word no English table knows that the text defines
// ("Naprama, a peasant militia led by …"); with neverLower too, only if
// no paragraph writes it in lower case, as a name never is.
type openerRule struct {
	on, neverLower bool
	paras          []*para
}

// keeps reports whether the defined candidate c, lowered to low, is such
// a name.
func (o openerRule) keeps(c candidate, low string) bool {
	if !o.on || c.score < scoreDefined || !foreignWord(low) {
		return false
	}
	if o.neverLower {
		for _, p := range o.paras {
			if containsWord(p.text, low) {
				return false // "dorosaba" elsewhere: a word of the text's vocabulary
			}
		}
	}
	return true
}

// shortFormsIn adds to set (made when nil) the short forms in capitals
// that p writes as words ("the AFP General Headquarters").
func shortFormsIn(p *para, set map[string]bool) map[string]bool {
	for _, w := range p.words() {
		if c := w[0]; c < 'A' || c > 'Z' || len(w) < 2 || w[1] < 'A' || w[1] > 'Z' {
			continue // the cheap trigger: two capitals
		}
		w = trim(w, ".,;:!?()\"'’*")
		if len(w) >= 2 && len(w) <= 6 && allCapitals(w) && isShortForm(w) {
			if set == nil {
				set = map[string]bool{}
			}
			set[w] = true
		}
	}
	return set
}

// allCapitals reports whether w holds no lower-case ASCII letter.
func allCapitals(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// initialsGiver gives a faction with no acronym the short form its
// briefing writes, and never defines, that is its name's initials ("AFP"
// for "Armed Forces of the Philippines"), unless another faction has it,
// for one briefing after another on the same factions: the names taken
// and each name's initials are read once, not once a briefing. Between
// briefings only give changes the factions, and what it changes it
// records in taken, so the set stays what reading it afresh would give (a
// name of two words, taken or not, is never anyone's initials).
type initialsGiver struct {
	taken map[string]bool
	ini   []string // fs[i]'s initials in capitals, when its name has two words or more
}

// give gives initials written among a briefing's shorts; fs must be the
// same at every call.
func (g *initialsGiver) give(fs []*building, shorts map[string]bool) {
	if len(shorts) == 0 {
		return
	}
	if g.taken == nil {
		g.read(fs)
	}
	for i, fb := range fs {
		if fb.f.Acronym != "" || !strings.Contains(fb.f.Name, " ") {
			continue
		}
		if ini := g.ini[i]; len(ini) >= 2 && shorts[ini] && !g.taken[ini] {
			fb.f.Acronym = ini
			g.taken[ini] = true
		}
	}
}

// read fills the names taken and the initials from fs.
func (g *initialsGiver) read(fs []*building) {
	g.taken = map[string]bool{}
	g.ini = make([]string, len(fs))
	for i, fb := range fs {
		g.taken[fb.f.Acronym] = true
		if !bareLetters(fb) {
			g.taken[fb.f.Name] = true // a faction of bare letters is folded in after (foldLetters)
		}
		if strings.Contains(fb.f.Name, " ") {
			g.ini[i] = strings.ToUpper(initials(fb.f.Name))
		}
	}
}

// dropPartial drops a candidate whose name opens another candidate's
// name in the same paragraph: a rule read it only in part ("African
// Party" of "African Party for the Independence of Guinea and Cape
// Verde"), when the paragraph writes it only there. Candidates come
// paragraph by paragraph. (A name cut before its possessive ending, "Lao
// People" of "Lao People's Party", is mended where it is read: inner-owner
// and inner-name.)
func dropPartial(cands []candidate) []candidate {
	out := cands[:0]
	within := func(c, whole candidate) bool {
		return prefixThen(whole.name, c.name, " ") && strings.Count(c.text, c.name) == strings.Count(c.text, whole.name)
	}
	for i, c := range cands {
		partial := false
		for j := i - 1; j >= 0 && cands[j].ref == c.ref && !partial; j-- {
			partial = within(c, cands[j])
		}
		for j := i + 1; j < len(cands) && cands[j].ref == c.ref && !partial; j++ {
			partial = within(c, cands[j])
		}
		if !partial {
			out = append(out, c)
		}
	}
	return out
}

// prefixThen reports whether s opens with prefix+then, without joining
// them.
func prefixThen(s, prefix, then string) bool {
	return strings.HasPrefix(s, prefix) && strings.HasPrefix(s[len(prefix):], then)
}

// publisherKeys returns the merge keys a briefing's publisher goes by:
// its name as given, and without a trailing place or country
// ("Department of Foreign Affairs and Trade (Australia)", "Office of the
// Minister for Foreign Affairs, Canberra"). Any other tail names the
// office that publishes for the body before it ("Armed Forces of the
// Philippines, Public Affairs Office"): the body may be a party. A part
// that names the press (rule publisher-press) is the office that
// publishes, whatever comes after it: "Office of Press and Information,
// Presidency of the Council of Ministers, Republic of Peru". So is a
// part that names the office informing (rule publisher-information):
// "Combined Information Bureau, Multinational Force Haiti". off holds the
// rules a test has disabled.
func publisherKeys(pub string, off map[string]bool) []string {
	out := []string{nameKey(pub)}
	if !off[ruleShortPublisher] {
		// "This primer from the Larkfield Institute" for the "Larkfield
		// Institute for Peace and Conflict Studies": its short name.
		for _, short := range shortForms(pub) {
			out = append(out, nameKey(short))
		}
	}
	for _, sep := range []string{"(", ","} {
		head, tail, ok := strings.Cut(pub, sep)
		if ok && isPlaceOrPeople(trim(tail, " )")) {
			out = append(out, nameKey(strings.TrimSpace(head)))
		}
	}
	if !off[rulePublisherPress] {
		out = append(out, pressParts(pub, !off[rulePublisherInformation])...)
	}
	return out
}

// pressParts returns the keys of the comma-separated parts of pub that
// name the press or, with inform, the office that informs.
func pressParts(pub string, inform bool) []string {
	var out []string
	for _, part := range strings.Split(pub, ",") {
		if part = strings.TrimSpace(part); part != pub && (namesPress(part) || inform && namesInforming(part)) {
			out = append(out, nameKey(part))
		}
	}
	return out
}

// namesInforming reports whether a part of a publisher's name holds a
// noun WordNet derives from informing or communicating ("Information",
// "Communication"): the office that gives out what the publisher says,
// as the press office does, no party.
func namesInforming(part string) bool {
	lex := wordnet.Load()
	for _, w := range strings.Fields(strings.ToLower(part)) {
		forms := lex.Forms(w)
		if slices.Contains(forms, "inform") || slices.Contains(forms, "communicate") {
			return true
		}
	}
	return false
}

// namesPress reports whether a part of a publisher's name holds a word
// for the press or a publication ("Office of Press and Information",
// "News Service"): an office that publishes, no party.
func namesPress(part string) bool {
	for _, w := range strings.Fields(strings.ToLower(part)) {
		if reportsNews(w) || publicationNoun(w) {
			return true
		}
	}
	return false
}

// isPublisher reports whether a merge key is one of publishers, or one
// followed by "in" and a place ("malacca strait policy forum in
// stockholm"): a publisher may be named where it sits.
func isPublisher(key string, publishers map[string]bool) bool {
	if publishers[key] {
		return true
	}
	i := strings.LastIndex(key, " in ")
	return i > 0 && publishers[key[:i]] && isPlaceOrPeople(key[i+4:])
}

// locatives are prepositions that put a place after them: "fighting in
// Marawi City", "talks at the National Palace".
var locatives = []string{"in", "at", "near", "along", "outside", "inside", "behind", "into", "around", "from", "on"}

// strictLocatives put nothing but a place after them; "from" and "on"
// also take sources and targets ("support from the Union").
var strictLocatives = []string{"in", "at", "near", "along", "outside", "inside", "behind", "into", "around"}

// boundLocatives are strictLocatives less "behind" and "into", which a
// body takes as well as a place: one stands behind a movement, or a
// protest grows into one.
var boundLocatives = []string{"in", "at", "near", "along", "outside", "inside", "around"}

// dropPlaces drops the names headed by a noun whose first sense is a
// location or a building ("City", "Palace", "embassy", "Headquarters")
// that the briefing also writes as a place, after a locative preposition.
// Names headed by a noun for a kind of organization are kept. A one-word
// name that is no acronym or organisation's name goes the same way when
// the briefing writes it as a place ("fighting in Goma").
//
// With members, a name whose head is a place noun that also names a
// group ("Assembly") is not written as a place after members and "in":
// "deputies in the National People's Assembly" sit in a body.
//
// With adjectives, a one-word name that is the adjective of a place the
// briefing writes as one goes too ("Transnistrian").
//
// With assemblies, a name headed by a noun with a sense below WordNet's
// assembly.n.04 ("Assembly", "Chamber", "House") is not judged a place
// by where the text writes it: a legislature sits in its hall, and "in
// the People's Assembly" is said of both.
//
// With schools, a name headed by a noun for an educational institution
// that is not first an organization ("University", "College") is as
// doubtful as one headed by a building: written after any locative
// ("marched on the People's Friendship University"), it is a place.
func dropPlaces(cands []candidate, paras []*para, rules placeRules) []candidate {
	j := placeJudge{paras: paras, rules: rules, verdict: map[string]bool{}}
	out := cands[:0]
	var room [8]string
	for _, c := range cands {
		words := appendFields(room[:0], c.name)
		if len(words) == 0 {
			continue
		}
		if !j.isPlace(c, words) {
			out = append(out, c)
		}
	}
	return out
}

// placeJudge is one run of dropPlaces over a briefing: its verdicts by
// name and the locatives read, and where the paragraphs write each name
// (made on the first name in doubt).
type placeJudge struct {
	paras   []*para
	rules   placeRules
	verdict map[string]bool
	uses    placeUses
}

// placeDoubt is what a candidate's name says of whether it may be a
// place's: its head noun lowered; weak, a one-word name nothing marks as
// a group's; loose, a longer name headed by no noun for an organization
// or a kind of person ("Blue Line"); notPlaceHead, a head that names no
// place, or names a body as well.
type placeDoubt struct {
	head                      string
	weak, loose, notPlaceHead bool
}

// readPlaceDoubt reads the doubt of c, whose name is words.
func readPlaceDoubt(c candidate, words []string, rules placeRules) placeDoubt {
	head := strings.ToLower(trimPossessive(words[groupHead(words)]))
	weak := len(words) == 1 && !isShortForm(c.name) && !isOrgName(c.name) && !c.body
	placeHead := lang.IsPlaceNoun(head) || rules.schools && lang.IsSchoolNoun(head)
	return placeDoubt{
		head:         head,
		weak:         weak,
		notPlaceHead: !placeHead || lang.IsOrgNoun(head) || lang.IsLocationNoun(head) && isPredicateNoun(head) || rules.assemblies && lang.IsAssemblyNoun(head),
		loose:        rules.looseHeads && !weak && len(words) > 1 && !lang.IsOrgNoun(head) && !isPersonWord(head) && !placeHead && (c.acronym == "" || !rules.lettered),
	}
}

// isPlace reports whether c, whose name is words, is a place by where
// the briefing writes it; a body, and a name neither weak, loose nor
// headed by a place noun, never is.
func (j *placeJudge) isPlace(c candidate, words []string) bool {
	d := readPlaceDoubt(c, words, j.rules)
	if c.body || !d.weak && !d.loose && d.notPlaceHead || d.weak && atKey(j.rules.acting, c.name) || j.rules.apposed && apposedAsBody(c.text, c.name) {
		return false
	}
	low := lowerASCII(stripArticle(c.name))
	preps := placeLocatives(c, d, j.rules)
	key := low
	if len(preps) != len(locatives) {
		key += "\x00"
	}
	if len(preps) == len(boundLocatives) {
		key += "\x00"
	}
	place, ok := j.verdict[key]
	if !ok {
		place = j.writtenAsPlace(low, words, d, preps)
		j.verdict[key] = place
	}
	return place
}

// placeLocatives returns the prepositions after which the briefing's
// writing c makes it a place: any locative, or for a name in doubt
// only the strict ones, or those that bind a group.
func placeLocatives(c candidate, d placeDoubt, rules placeRules) []string {
	preps := locatives
	if (d.weak || d.loose) && d.notPlaceHead {
		preps = strictLocatives // "raids from Mahidi" is no place
	}
	if rules.sourced && c.acronym != "" && isGroupWord(d.head) {
		preps = strictLocatives // "a call from the Catalan National Assembly (ANC)": a body given letters is a source
	}
	if len(preps) == len(strictLocatives) && d.loose && isGroupWord(d.head) && rules.joined {
		preps = boundLocatives // "who was behind the 30 September Movement", "grew into the Southern Movement"
	}
	return preps
}

// writtenAsPlace judges low, a name in doubt whose words are words, by
// where the paragraphs write it after preps.
func (j *placeJudge) writtenAsPlace(low string, words []string, d placeDoubt, preps []string) bool {
	if j.uses == nil {
		j.uses = indexPlaceUses(j.paras, j.rules)
	}
	rules := j.rules
	members := rules.members && isGroupWord(d.head) && lang.IsPlaceNoun(d.head) || rules.alliances && lang.IsDocumentNoun(d.head)
	approach := approachRules{on: rules.approached && !d.notPlaceHead, assault: rules.assaulted && !peopleComplement(words), membersAt: rules.membersAt, staffAt: rules.staffAt} // "stormed the Tajbeg Palace": a building
	return writtenAsPlace(low, j.uses, preps, members, approach) ||
		d.weak && rules.adjectives && adjectiveOfPlace(low, j.uses)
}

// placeRules switches the rules of dropPlaces (see there).
// placeRules switches the place tests; lettered keeps a name the text
// gives an acronym from the loose-head test ("grouped in the Episcopal
// Conference of Nicaragua (CEN)": a body).
// lists reads the names listed after a locative as written after it ("with
// brigades at Jijiga, Dire Dawa, Degehabur and Gode").
// atDeterminer reads a name after "at" and "a", "an", "its" or "their" as
// written after it ("At its Third Congress", "at a Round Table
// Conference"): a meeting or a place, where a party is never.
// captured reads a name after a verb of taking a place as written after a
// locative ("Ethiopian columns recaptured Degehabur, Kebri Dahar and
// Werder").
// joined reads a name a group noun heads after "behind" or "into" as a
// body one stands behind or joins ("who was behind the 30 September
// Movement", "grew into the Southern Movement"), not a place.
// alliances reads a name a document noun heads after members and "in"
// as an alliance they belong to ("its allies in the Warsaw Pact").
// approached reads a name whose head is first a building or a location
// after a verb of assault or a preposition of approach as written after a
// locative ("stormed the Presidential Palace", "toward Government House").
// acting holds the keys of the one-word names the briefing writes acting
// (actingNames), kept whatever locative comes before them.
type placeRules struct {
	looseHeads, members, adjectives, schools, lettered, lists, atDeterminer, captured, joined, alliances, approached, assaulted, membersAt, staffAt bool
	sourced                                                                                                                                         bool // rule group-source
	apposed                                                                                                                                         bool // rule body-apposed
	assemblies                                                                                                                                      bool // rule assembly-head
	acting                                                                                                                                          map[string]bool
}

// adjectiveOfPlace reports whether the lowered one-word name is the
// adjective of a place the briefing writes after a locative:
// "Transnistrian" when it writes "in Transnistria". A people's adjective
// is no group, whatever noun follows it ("Transnistrian battalions").
func adjectiveOfPlace(low string, uses placeUses) bool {
	for _, suf := range []string{"ian", "an", "n", "ese", "i"} {
		stem, ok := strings.CutSuffix(low, suf)
		if !ok || len(stem) < 4 {
			continue
		}
		for _, place := range []string{stem, stem + "a", stem + "e", stem + "o"} {
			if writtenAsPlace(place, uses, strictLocatives, false, approachRules{}) {
				return true
			}
		}
	}
	return false
}

// writtenAsPlace reports whether a paragraph writes the lowered name
// after a locative preposition, with or without "the". With members, a
// preposition after people in the plural ("deputies in") does not count.
// With approached, a verb of assault or a preposition of approach counts
// too (approachWord).
func writtenAsPlace(low string, uses placeUses, preps []string, members bool, approach approachRules) bool {
	first, _, _ := strings.Cut(low, " ")
	for _, u := range uses[first] {
		lw := u.p.lowerWords()
		at := u.p.offs[u.word]
		before := lw[u.prep]
		if !slices.Contains(preps, before) && !captureVerb(before) && !approach.reads(before) || !strings.HasPrefix(u.p.low[at:], low) {
			continue
		}
		if end := at + len(low); end < len(u.p.low) && isWordRune(rune(u.p.low[end])) {
			continue
		}
		if members && u.prep > 0 && isMembers(lw[u.prep-1]) && (!approach.membersAt || isLocative(before)) && !(approach.staffAt && before == "at") {
			continue // "deputies in the National People's Assembly"
		}
		return true
	}
	return false
}

// approachRules are the verbs and prepositions besides the locatives that
// put a place after them, for a name whose head is first a building or a
// location. on reads approachWord's ("stormed", "towards"); assault adds
// assaultVerb's ("attacked", "burned", "occupied"): a party is attacked
// too, but a name a building's noun heads that is attacked, entered or
// set on fire is the building. membersAt keeps the members' exception of
// writtenAsPlace to the locatives: deputies sit in an assembly, but
// "special forces stormed the Tajbeg Palace" is an assault on a building
// all the same. staffAt (ruleStaffAt) drops that exception after "at":
// deputies sit in an assembly, but "nurses at Rangoon General Hospital"
// work at a place.
type approachRules struct{ on, assault, membersAt, staffAt bool }

// reads reports whether the lower-case word w puts a place after it
// under r.
func (r approachRules) reads(w string) bool {
	return r.on && (approachWord(w) || r.assault && assaultVerb(w))
}

// placeUse is a word a paragraph writes right after a locative
// preposition, an optional "the" and an optional "former" ("in the
// former Yugoslav Republic of Macedonia": a place that was one is written
// as one).
type placeUse struct {
	p          *para
	prep, word int32 // the indexes of the preposition and the word in p's words
}

// placeUses are a briefing's placeUses by their word, lowered and without
// closing punctuation: asking whether a name is written as a place looks
// up its first word instead of scanning every paragraph for it.
type placeUses map[string][]placeUse

func indexPlaceUses(paras []*para, rules placeRules) placeUses {
	out := placeUses{}
	for _, p := range paras {
		lw := p.lowerWords()
		for k, w := range lw[:max(0, len(lw)-1)] {
			if !isLocative(w) && !(rules.captured && captureVerb(w)) && !(rules.approached && (approachWord(w) || rules.assaulted && assaultVerb(w))) {
				continue
			}
			j := k + 1
			if (lw[j] == "the" || rules.atDeterminer && w == "at" && meetingDeterminer(lw[j])) && j+1 < len(lw) {
				j++
			}
			if lw[j] == "former" && j+1 < len(lw) {
				j++
			}
			if w := p.words()[j]; 'a' <= w[0] && w[0] <= 'z' && !strings.Contains(w, "-") {
				continue // names are capitalised ("in the morning" names nothing), or "anti-balaka"
			}
			out.add(p, k, j)
			if rules.lists {
				for _, m := range listedAfter(p.words(), j) {
					out.add(p, k, m) // "at Jijiga, Dire Dawa, Degehabur and Gode"
				}
			}
		}
	}
	return out
}

// listedAfter returns the indexes of the names listed after the one
// opening at words[j], when a list closed by "and" or "or" holds them: "at
// Jijiga, Dire Dawa, Degehabur and Gode", not "in Dili, Aitarak members
// attacked".
func listedAfter(words []string, j int) []int {
	var out []int
	for len(out) < 6 {
		next, joined := nextListed(words, j)
		if next < 0 {
			return nil
		}
		out, j = append(out, next), next
		if joined {
			return out
		}
	}
	return nil
}

// add records the word at j of p as written after the locative at k.
func (u placeUses) add(p *para, k, j int) {
	key := trimRight(p.lowerWords()[j], ".,;:!?)”\"'’*")
	u[key] = append(u[key], placeUse{p, int32(k), int32(j)})
}

// nextListed returns the index of the capitalised name listed after the
// one opening at words[j] ("Jijiga, Dire Dawa, Degehabur and Gode"), or
// -1 when the list ends, and whether "and" or "or" joins it. A name of up
// to three words ends at a comma or before "and"; a list goes on over a
// comma, "and" or both.
func nextListed(words []string, j int) (int, bool) {
	end := j
	for end < len(words) && end < j+3 && startsUpper(words[end]) && !strings.HasSuffix(words[end], ",") && !strings.ContainsAny(words[end], ".;:") {
		end++
	}
	switch {
	case end < len(words) && strings.HasSuffix(words[end], ",") && startsUpper(words[end]):
		end++
	case end < len(words) && (words[end] == "and" || words[end] == "or") && end > j:
	default:
		return -1, false
	}
	joined := end < len(words) && (words[end] == "and" || words[end] == "or")
	if joined {
		end++
	}
	if end >= len(words) || !startsUpper(words[end]) || isStopCap(words[end]) {
		return -1, false
	}
	return end, joined
}

// meetingDeterminer reports whether w, after "at", opens a meeting or a
// place a party would not be named by: "at a Round Table Conference",
// "At its Third Congress".
func meetingDeterminer(w string) bool { return slices.Contains(meetingDeterminers, w) }

var meetingDeterminers = []string{"a", "an", "its", "their"}

// captureVerb reports whether the lower-case word is the past of a verb
// of taking a place, whose object is a place as a locative's is: a
// party is defeated or routed, a town captured or overrun.
// It is asked of most words, so it is a switch (compiled to a few length
// and byte comparisons) rather than a scan of a list.
func captureVerb(w string) bool {
	switch w {
	case "captured", "recaptured", "reoccupied", "retook", "overran":
		return true
	}
	return false
}

// approachWord reports whether the lower-case word is a verb of assault
// on a place or of arriving at one, or a preposition of moving toward or
// standing by one: "stormed the Tajbeg Palace", "tried to reach the
// National Palace", "marched toward Government House", "the ground
// beside the Grand Palace". A party is attacked or opposed, not
// stormed, and "toward" also takes attitudes ("hostile toward the
// Front"), so these count only for a name whose head is first a building
// or a location (ruleApproached).
func approachWord(w string) bool {
	switch w {
	case "stormed", "storm", "storming", "toward", "towards", "beside", "reach", "reached", "reaching":
		return true
	}
	return false
}

// peopleComplement reports whether a complement after "of" names people
// in the plural ("House of Representatives", "Chamber of Deputies"): the
// name is a body of them wherever it sits, and a building's noun heading
// it ("entered the House of Representatives") makes no place of it.
func peopleComplement(words []string) bool {
	for i := 1; i+1 < len(words); i++ {
		if words[i] == "of" && isMembers(strings.ToLower(trimRightPunct(words[i+1], ".,;:!?)"))) {
			return true
		}
	}
	return false
}

// assaultVerb reports whether the lower-case word is the past of a verb
// of assault on, entry into or destruction of a building ("attacked the
// National Palace", "occupied the Law School", "burned the Tuileries
// Palace"; ruleAssaulted). Like approachWord's, these count only
// for a name whose head is first a building or a location.
func assaultVerb(w string) bool {
	switch w {
	case "attacked", "entered", "occupied", "seized", "besieged", "surrounded", "shelled", "bombed", "burned", "burnt", "looted", "sacked", "torched":
		return true
	}
	return false
}

// isLocative reports whether w is one of locatives, as a switch the
// compiler makes cheap: it runs on every word of a corpus.
func isLocative(w string) bool {
	switch w {
	case "in", "at", "near", "along", "outside", "inside", "behind", "into", "around", "from", "on": // the locatives
		return true
	}
	return false
}

// isMembers reports whether a lower-case word names people in the
// plural: "deputies", "members".
func isMembers(w string) bool { return strings.HasSuffix(w, "s") && isPersonWord(w) }

// building is a faction under construction.
type building struct {
	f         *Faction
	best      candidate
	texts     []string // texts of f.Mentions, in order
	sections  []string // the headings above them
	names     []string // surface names seen in definitions
	slugs     []string // the briefings its candidates come from, in order of first candidate
	anaphor   *Mention // the paragraph after a mention whose subject is "The <head>"
	anaText   string
	inUse     string          // the name the text uses beside the formal one it names the faction by
	nextRefs  []nextRef       // paragraphs after a mention that open by taking the name up by its head (refer-next)
	headRefs  []nextRef       // paragraphs after a mention, in its scope, where a description by the head may take it up (refer-head)
	headTaken map[string]bool // briefings whose text took "the <head>" for another body before naming the faction (refer-head)
	rivals    []string        // the names of other factions with the same head in its briefings (refer-head)
}

// noteAnaphor keeps p when it opens with "The" and the capitalised head of
// the faction's name, then a lower-case word that is no connector ("The
// Council adopted …" after "… the United Nations Security Council …"): a
// writer names a body once and goes on with its head, and that sentence
// says what the body did. A name of one word has no head to go on with.
func (fb *building) noteAnaphor(b *Briefing, p *Paragraph) {
	if !strings.HasPrefix(p.Text, "The ") {
		return // the cheap test first: most paragraphs open otherwise
	}
	words := strings.Fields(fb.f.Name)
	if len(words) < 2 {
		return
	}
	head := trimPossessive(words[nameHead(words)])
	rest, ok := strings.CutPrefix(p.Text, "The "+head+" ")
	if !ok || head == words[0] {
		return
	}
	next, _, _ := strings.Cut(rest, " ")
	if next == "" || !unicode.IsLower([]rune(next)[0]) || isConnector(next) {
		return
	}
	fb.anaphor = &Mention{Ref: b.Ref(p.Number)}
	fb.anaText = p.Text
}

// merger groups candidates into factions by name key and acronym.
type merger struct {
	fs     []*building
	byName map[string]*building
	byAcr  map[string]*building
	offDef bool // rule acronym-defines is off
}

// mergeCandidates makes one faction of the candidates that name the same
// group: same name key, or a name and its acronym. Candidates that only
// cite an acronym are applied last, to factions that exist by then.
// Publishers and names that are not groups are dropped.
func mergeCandidates(cands []candidate, publishers map[string]bool, off map[string]bool) []*building {
	offDef, offFold := off[ruleAcronymDefines], off[ruleFoldLetters]
	m := &merger{byName: map[string]*building{}, byAcr: map[string]*building{}, offDef: offDef}
	var cited []candidate
	for _, c := range cands {
		c.name = strings.TrimSpace(c.name)
		key := nameKey(c.name)
		lettered := !off[ruleLetteredTitle] && letteredNonLeader(c) || !off[ruleTitleInLetters] && titleInLetters(c)
		if key == "" || isPublisher(key, publishers) || isNotGroup(c.name, c.score >= scoreDefined || c.judged || lettered, off[ruleTitledPerson] || lettered || !off[rulePluralGiven] && pluralGroupGiven(c.name)) && !c.body {
			continue
		}
		if !off[ruleTitleChain] && titleChainPerson(c.name) && !c.body && !lettered {
			continue // "Lieutenant Colonel Isaac Zida": a person
		}
		if !off[ruleHappeningHead] && happeningHeaded(c) {
			continue // "the Hungarian Uprising", "Heroes' Day": an event or a date
		}
		if c.cited {
			cited = append(cited, c)
			continue
		}
		m.add(c, key)
	}
	// Letters folded first are not renamed by a citation's weaker long
	// form ("the mission, known as EUFOR Tchad/RCA" is EUFOR's name).
	if !offFold {
		m.fold()
	}
	for _, c := range cited {
		m.cite(c)
	}
	return m.fs
}

// add merges candidate c, whose name key is key, into the faction it
// names, or starts a new one. The strongest candidate names the faction.
func (m *merger) add(c candidate, key string) {
	fb := m.find(c, key)
	if fb == nil {
		fb = &building{f: &Faction{Name: c.name, Acronym: c.acronym}, best: c}
		m.fs = append(m.fs, fb)
	}
	if fb.f.Acronym == "" && c.acronym != "" {
		fb.f.Acronym = c.acronym
	}
	if c.score > fb.best.score || !m.offDef && c.score == fb.best.score && c.acronym != "" && fb.best.acronym == "" {
		// A definition spelling out the acronym beats a mention as
		// strong: "set up a Joint Control Commission (JCC) made up of …".
		fb.best = c
		if c.name != fb.f.Acronym {
			fb.f.Name = c.name
		}
	}
	if c.name != fb.f.Acronym {
		fb.names = append(fb.names, c.name)
	}
	if n := len(fb.slugs); n == 0 || fb.slugs[n-1] != c.ref.Briefing {
		fb.slugs = append(fb.slugs, c.ref.Briefing) // candidates come briefing by briefing
	}
	m.byName[key] = fb
	if fb.f.Acronym != "" {
		m.byAcr[fb.f.Acronym] = fb
	}
}

// find returns the faction c names: by name key, by a known acronym
// written as a name ("The MNLA is …"), or the faction an acronym made
// before its definition came ("The LRA is a rebel group."), which takes
// c's name.
func (m *merger) find(c candidate, key string) *building {
	if fb := m.byName[key]; fb != nil {
		return fb
	}
	if c.acronym == "" {
		return m.byAcr[c.name]
	}
	if prev := atKey(m.byName, c.acronym); prev != nil && prev.f.Acronym == "" {
		prev.f.Name = c.name
		return prev
	}
	return nil
}

// cite applies a candidate that only gives an acronym: to the faction of
// its name, or to a faction made of the bare letters.
func (m *merger) cite(c candidate) {
	if fb := atKey(m.byName, c.name); fb != nil && fb.f.Acronym == "" && m.byAcr[c.acronym] == nil {
		fb.f.Acronym = c.acronym
		m.byAcr[c.acronym] = fb
	} else if fb := atKey(m.byName, c.acronym); fb != nil && fb.f.Acronym == "" && fb.f.Name == c.acronym && !c.source {
		// "The TNI launched …" made a faction of letters that
		// "the Tentara Nasional Indonesia (TNI)" defines.
		fb.f.Name, fb.f.Acronym = c.name, c.acronym
		if fb.best.score <= scoreMention {
			fb.best = c
		}
	}
}

// mergeCurated folds a front-matter entry into the faction it names (by
// name, acronym or alias), or adds it as a new faction.
func mergeCurated(fs []*building, g GroupSpec) []*building {
	g.Name = strings.TrimSpace(g.Name)
	g.Acronym = strings.TrimSpace(g.Acronym)
	if g.Name == "" && g.Acronym == "" {
		return fs
	}
	target := curatedTarget(fs, g)
	if target == nil {
		name := g.Name
		if name == "" {
			name = g.Acronym
		}
		target = &building{f: &Faction{Name: name}}
		fs = append(fs, target)
	}
	if target.f.Acronym == "" {
		target.f.Acronym = g.Acronym
	}
	for _, a := range append([]string{g.Name}, g.Aliases...) {
		target.f.addAlias(a)
	}
	return fs
}

// curatedTarget returns the first faction of fs the entry g names: by
// its acronym, or its name or an alias as the faction's name or one of
// its aliases; nil where it names none.
func curatedTarget(fs []*building, g GroupSpec) *building {
	keys := map[string]bool{}
	for _, s := range append([]string{g.Name}, g.Aliases...) {
		if k := nameKey(s); k != "" {
			keys[k] = true
		}
	}
	for _, fb := range fs {
		if g.Acronym != "" && fb.f.Acronym == g.Acronym || atKey(keys, fb.f.Name) {
			return fb
		}
		for _, a := range fb.f.Aliases {
			if atKey(keys, a) {
				return fb
			}
		}
	}
	return nil
}

// finish makes the faction ready to serve: its summary, every alias the
// texts spell, and the sentence naming it in each mention. Each step
// reads what the one before settled, so the order is fixed.
func (fb *building) finish(off map[string]bool) {
	if !off[ruleFormalName] {
		fb.nameInUse()
	}
	if !off[ruleNameByUse] {
		fb.nameByUse()
	}
	if !off[ruleWrittenWhole] {
		fb.widenToWritten()
	}
	fb.pickSummary(off)
	fb.collectAliases(off)
	fb.pickPassages(off)
	fb.nameSentences(off)
	if !off[ruleEpithets] {
		fb.f.Epithets = epithetsIn(fb.texts, fb.f.forms(), off)
	}
	if fb.f.Aliases == nil {
		fb.f.Aliases = []string{}
	}
	if fb.f.Passages == nil {
		fb.f.Passages = []Mention{}
	}
	if fb.f.Events == nil {
		fb.f.Events = []Event{}
	}
}

// pickSummary chooses the paragraph that introduces the faction: the
// strongest definition, unless the faction is named only in passing and
// a paragraph opens with it (its entry) or takes it up by its head.
func (fb *building) pickSummary(off map[string]bool) {
	f := fb.f
	if fb.best.score > 0 {
		f.Defined = fb.best.ref
		f.Summary = fb.best.text
	} else if len(f.Mentions) > 0 {
		f.Defined = f.Mentions[0].Ref
		f.Summary = fb.texts[0]
	}
	if m := f.Mentions; !off[ruleFirstMention] && fb.best.score == scoreMention && (off[ruleAcronymDefines] || fb.best.acronym == "") && len(m) > 0 && m[0].Briefing == f.Defined.Briefing && m[0].Paragraph < f.Defined.Paragraph {
		// Named only in passing: the first paragraph naming it introduces
		// it, unless the best spells out its acronym ("Q: What is the
		// HAT?" comes before "The High Transitional Authority, or HAT, …").
		f.Defined, f.Summary = m[0].Ref, fb.texts[0]
	}
	if i, bold := fb.leadParagraph(off); !off[ruleLead] && i >= 0 && (bold && fb.best.score < scoreOpener || fb.best.score <= scoreMention && (fb.best.acronym == "" || fb.best.score == 0)) {
		f.Defined = f.Mentions[i].Ref
		f.Summary = fb.texts[i]
		if bold {
			f.Summary = entrySummary(f.Summary, entryForms(f), off)
		}
	} else if fb.anaphor != nil && fb.best.score <= scoreMention {
		// Named only in passing, then taken up by its head.
		f.Defined = fb.anaphor.Ref
		f.Summary = fb.anaText
	}
}

// collectAliases adds the names the candidates gave and every spelling of
// a known name the faction's paragraphs use ("the Front", "Moldova's
// police").
func (fb *building) collectAliases(off map[string]bool) {
	f := fb.f
	for _, n := range fb.names {
		f.addAlias(n)
	}
	var folded []string // the forms, normalized once for every paragraph
	for _, form := range append([]string{f.Name}, f.Aliases...) {
		folded = append(folded, normalize(form))
	}
	var starts []wordStart
	var found []string
	for i, t := range fb.texts {
		if i == maxAliasScan {
			break // a few hundred paragraphs show every spelling in use
		}
		starts = appendWordStarts(starts[:0], t)
		for _, n := range folded {
			found = surfaceForms(t, starts, n, found[:0])
			for _, s := range found {
				f.addAlias(s)
			}
		}
	}
}

// nameSentences rebuilds the matcher with every alias, so that a mention
// by any alias shows the sentence naming it, and drops the defining
// paragraph from the mentions.
func (fb *building) nameSentences(off map[string]bool) {
	f := fb.f
	f.match = newMatcher(f)
	if off[ruleCompound] {
		f.match.joinAll()
	}
	mentions := f.Mentions[:0:0]
	for i, r := range f.Mentions {
		if r.Ref != f.Defined {
			r.Sentence = namingSentence(fb.texts[i], f.match)
			mentions = append(mentions, r)
		}
	}
	f.Mentions = mentions
}

// leadParagraph returns the index among fb.texts of the first paragraph
// that opens with one of the faction's names, and whether the name is in
// bold there, or -1. A paragraph (or list item) opening with the name as
// its subject is about the faction; one opening with the name in bold is
// the writer's entry for it ("- **Hezbollah**, led by …", "The **CPN
// (Maoist)** directed …"), which beats any definition in passing.
//
// With entries, a list item whose bold label ends with the name after its
// parent body is an entry too ("- **NATO — Task Force Fox (Operation
// Amber Fox).**"), wherever the item falls in the paragraph.
//
// With sections, the first paragraph under a heading that is the name
// ("### The 14th Army") is its entry too.
func (fb *building) leadParagraph(off map[string]bool) (int, bool) {
	f := fb.f
	forms := entryForms(f)
	entries, sections := !off[ruleBoldEntry], !off[ruleSectionEntry]
	subject := -1
	for i, t := range fb.texts {
		if i == maxAliasScan {
			break
		}
		if strings.Contains(t, "**") && (entries && entryFor(t, forms) || !off[ruleEntryLabel] && labelledItem(t, forms) != "" || !off[ruleBoldTerm] && boldTerm(t, forms) || !off[ruleNumberedLabel] && numberedLabel(t, forms)) {
			return i, true
		}
		if sections && i < len(fb.sections) && fb.sections[i] != "" && slices.Contains(forms, stripArticle(fb.sections[i])) {
			return i, true
		}
		whole := t
		t = strings.TrimPrefix(strings.TrimPrefix(t, "- "), "* ")
		t = strings.TrimPrefix(strings.TrimPrefix(t, "The "), "the ")
		for _, form := range forms {
			if form == "" {
				continue
			}
			if strings.HasPrefix(t, "**"+form+"**") {
				return i, true
			}
			if subject < 0 && (strings.HasPrefix(t, form+" ") && opensWithVerb(t[len(form)+1:]) || clauseAfter(whole, form)) {
				subject = i
			}
		}
	}
	return subject, false
}

// entryFor reports whether a list item of text opens with a bold label
// ending with one of forms after a dash or colon, as a list of bodies
// gives each its entry: "**NATO — Task Force Fox (Operation Amber Fox).**".
func entryFor(text string, forms []string) bool {
	for _, label := range boldLabels(text) {
		label = trimRight(label, ".:;, ")
		if k := strings.LastIndex(label, " ("); k > 0 && strings.HasSuffix(label, ")") {
			label = label[:k] // the name's alias or acronym
		}
		for _, form := range forms {
			before, ok := strings.CutSuffix(label, " "+form)
			if !ok || form == "" {
				continue
			}
			before = strings.TrimSpace(before)
			if strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, " -") || strings.HasSuffix(before, ":") {
				return true
			}
		}
	}
	return false
}

// boldLabels returns the bold labels opening text and the list items in
// it ("- **KFOR.** …") that text follows; a paragraph holds a whole list,
// its items joined by spaces.
func boldLabels(text string) []string {
	var out []string
	for rest := text; ; {
		item := strings.TrimPrefix(strings.TrimPrefix(rest, "- "), "* ")
		if label, ok := strings.CutPrefix(item, "**"); ok {
			// A label with nothing after it is a heading, which defines nothing.
			if end := strings.Index(label, "**"); end > 0 && !headingEnd(label[end+2:]) {
				out = append(out, label[:end])
			}
		}
		k := strings.Index(rest, " - **")
		if k < 0 {
			return out
		}
		rest = rest[k+1:]
	}
}

// headingEnd reports whether rest, after a bold label, holds no text of
// its item: the label was a heading line.
func headingEnd(rest string) bool {
	rest = strings.TrimSpace(rest)
	return rest == "" || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "#")
}

// clauseAfter reports whether text follows form with a clause describing
// it: "Joint Task Force Marawi, which is built around …".
func clauseAfter(text, form string) bool {
	for _, c := range []string{", which is ", ", which was ", ", which has "} {
		if strings.Contains(text, form+c) {
			return true
		}
	}
	return false
}

// opensWithVerb reports whether rest opens with a lower-case word that
// may be a verb: not a connector or preposition ("retains", "said").
func opensWithVerb(rest string) bool {
	w, _, _ := strings.Cut(rest, " ")
	if w == "" || w[0] < 'a' || w[0] > 'z' || isConnector(w) || prepositions[w] || phraseEnds[w] {
		return false
	}
	return !isGroupWord(w) && !isPersonWord(w)
}

// nameByUse names a faction by its syllabic acronym ("Falintil") when
// more of the paragraphs naming it use that word than the long form: the
// text has made the acronym its name, and the long form becomes an alias.
func (fb *building) nameByUse() {
	f := fb.f
	if f.Acronym == "" || !isWordAcronym(f.Acronym) {
		return
	}
	short, long := 0, 0
	for _, t := range fb.texts {
		if containsWord(t, f.Acronym) {
			short++
		}
		if strings.Contains(t, f.Name) {
			long++
		}
	}
	if short > long {
		name := f.Name
		f.Name, f.Acronym = f.Acronym, ""
		f.addAlias(name)
	}
}

// addAlias records a surface form unless it is the name, the acronym or
// already known.
func (f *Faction) addAlias(a string) {
	a = strings.TrimSpace(a)
	if a == "" || a == f.Name || a == f.Acronym || strings.Count(a, "(") != strings.Count(a, ")") {
		return // a form cut inside its parentheses is no spelling of the name
	}
	for _, x := range f.Aliases {
		if x == a {
			return
		}
	}
	f.Aliases = append(f.Aliases, a)
}

// wordStart is where a word opens in a text, as surfaceForms reads
// words, and its first rune folded.
type wordStart struct {
	at   int
	fold rune
}

// appendWordStarts appends to dst the places where words open in text: a
// letter or digit after none, and not after an apostrophe (the "s" of
// "Shabaab's" opens no word). A faction's paragraphs are read for each of
// its forms: their word starts are found once a paragraph, not once a
// form.
//
// ASCII is read without decoding or tables: among its characters the
// letters and digits are unicode's, and a capital folds to its lower case.
func appendWordStarts(dst []wordStart, text string) []wordStart {
	after := true // the previous rune lets a word open: no letter, digit or apostrophe
	for k := 0; k < len(text); {
		c := text[k]
		if c < utf8.RuneSelf {
			word := isAlnumByte(c)
			if word && after {
				dst = append(dst, wordStart{at: k, fold: rune(lowerByte(c))})
			}
			after = !word && c != '\''
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[k:])
		word := isWordRune(r)
		if word && after {
			dst = append(dst, wordStart{at: k, fold: foldRune(r)})
		}
		after = !word && r != '’'
		k += size
	}
	return dst
}

// surfaceForms appends to out how text writes a form, as whole words
// ignoring case and accents, e.g. "al-Shabaab" for "Al-Shabaab",
// "Seleka" for "Séléka". n is the form normalized, starts text's word
// starts (appendWordStarts). A start whose first letter folds to
// another than n's cannot match (foldedEnd compares that letter first),
// so foldedEnd reads only the starts that can.
func surfaceForms(text string, starts []wordStart, n string, out []string) []string {
	if n == "" {
		return out
	}
	first, _ := utf8.DecodeRuneInString(n)
	for _, s := range starts {
		if s.fold != first && isWordRune(s.fold) {
			continue
		}
		if e := foldedEnd(text, s.at, n); e > s.at {
			out = append(out, strings.TrimSpace(text[s.at:e]))
		}
	}
	return out
}

// nameKey is the merge key of a name: normalized, article dropped.
func nameKey(s string) string {
	k := normalize(s)
	k, _ = strings.CutPrefix(k, "the ")
	return k
}

// appendNameKey appends nameKey(s) to the empty dst, for a key that is
// only looked up: m[string(key)] copies nothing, where nameKey allocates
// the key of every name not already folded.
func appendNameKey(dst []byte, s string) []byte {
	k := appendNormal(dst[:0], s)
	if len(k) >= 4 && string(k[:4]) == "the " {
		return k[4:]
	}
	return k
}

// setKey sets set[nameKey(name)], allocating the key only when the set
// lacks it: the readers add the same names again and again.
func setKey(set map[string]bool, name string) {
	var buf [64]byte
	if k := appendNameKey(buf[:0], name); !set[string(k)] {
		set[string(k)] = true
	}
}

// atKey returns m[nameKey(name)], allocating nothing for most names.
func atKey[V any](m map[string]V, name string) V {
	var buf [64]byte
	return m[string(appendNameKey(buf[:0], name))]
}

func stripArticle(s string) string {
	for _, a := range []string{"the ", "The "} {
		if rest, ok := strings.CutPrefix(s, a); ok {
			return rest
		}
	}
	return s
}

// opensParagraph reports whether the definition at byte start is the
// paragraph's subject: nothing but an article precedes it.
func opensParagraph(text string, start int) bool {
	pre := strings.TrimSpace(text[:start])
	return pre == "" || pre == "The" || pre == "the"
}

// headsPhrase reports whether the group noun at words[i] ends its noun
// phrase rather than qualifying a person ("militia commander").
func headsPhrase(words []string, i int) bool {
	if trimRight(words[i], ".,;:!?)”\"'’") != words[i] || i+1 >= len(words) {
		return true
	}
	if startsUpper(words[i+1]) && adjectiveShaped(strings.ToLower(words[i])) {
		return false // "a cautious Radical who": an adjective WordNet also files as a collective noun, before a capitalised noun it qualifies
	}
	next := strings.ToLower(trimRight(words[i+1], ".,;:!?)”\"'’"))
	return !isPersonWord(next) || isGroupWord(next) || adjectiveShaped(next) // "military force", "group active in"
}

// adjectiveShaped reports whether a word ends as English adjectives do
// ("active", "notorious", "local"); WordNet also lists many of them as
// nouns for people.
func adjectiveShaped(w string) bool {
	for _, suf := range []string{"ive", "ous", "al", "ic", "ed", "ing", "ful", "less"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// isGroupAdjective reports whether the lowered word qualifies a group
// noun in an apposition such as "the terrorist cell Al-Mulathameen". A
// switch, not a map: appositions asks it of every word.
func isGroupAdjective(w string) bool {
	switch w {
	case "militant", "terrorist", "rebel", "armed", "jihadist",
		"islamist", "separatist", "insurgent", "paramilitary",
		"extremist", "splinter", "guerrilla", "jihadi", "secessionist":
		return true
	}
	return false
}

// definesGroup reports whether rest (the text after a name) continues
// "is a … group", "was a rival Islamist coalition", "are local militias",
// possibly after a ", led by …," clause.
func definesGroup(rest string) bool {
	rest, described := pastAsideClause(strings.TrimSpace(rest))
	if described {
		return true
	}
	var room [definedWords]string
	words := appendFirstFields(room[:0], rest, definedWords)
	if len(words) < 2 {
		return false
	}
	switch strings.ToLower(words[0]) {
	case "is", "was", "are", "were", "remains", "became":
	default:
		return false
	}
	return copulaDefinesGroup(words)
}

// pastAsideClause reads a clause set off by a comma opening rest: it
// reports whether the clause itself describes a group (", a jihadist
// group founded in …"), and otherwise returns rest past one such clause
// (", led by Ahmed Madobe, is …" gives "is …").
func pastAsideClause(rest string) (string, bool) {
	if !strings.HasPrefix(rest, ",") {
		return rest, false
	}
	var room [describedWords]string
	if describesGroup(appendFirstFields(room[:0], rest[1:], describedWords)) {
		return rest, true
	}
	if k := strings.IndexByte(rest[1:], ','); k >= 0 {
		rest = strings.TrimSpace(rest[k+2:])
	}
	return rest, false
}

// copulaDefinesGroup reports whether words, a copula and what follows it,
// go on with a phrase a group noun heads within seven words, before a
// preposition, a relative, "and", "not" or punctuation ends it; a
// person's noun with "of" ("is a member of …") relates a person to a
// group.
func copulaDefinesGroup(words []string) bool {
	for i, w := range words[1:] {
		if i >= 7 {
			break
		}
		core := strings.ToLower(trimRight(w, ".,;:!?)”\"'’"))
		if isPredicateNoun(core) {
			if isPersonWord(core) && i+2 < len(words) && words[i+2] == "of" {
				return false // "is a member of …" relates a person to a group
			}
			return headsPhrase(words, i+1)
		}
		switch core {
		case "of", "that", "which", "who", "in", "from", "with", "to", "by", "for", "and", "not":
			return false
		}
		if core != strings.ToLower(w) {
			return false // punctuation ends the phrase
		}
	}
	return false
}

// definedWords and describedWords bound the words definesGroup and
// describesGroup read (a verb or article, the words they scan, and the two
// headsPhrase reads after them), so that the rest of a paragraph is not split.
const (
	definedWords   = 10
	describedWords = 8
)

// appendFirstFields appends the first n words of strings.Fields(s) to out
// without splitting the rest of s. Callers keep out on their stack: the
// rules ask for a few words after most names.
func appendFirstFields(out []string, s string, n int) []string {
	n += len(out)
	for len(out) < n {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		out, s = append(out, s[:end]), s[end:]
	}
	return out
}

// appendFields appends the words of strings.Fields(s) to out, which
// callers keep on their stack where Fields allocates: the rules split
// names of a few words hundreds of thousands of times.
func appendFields(out []string, s string) []string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return appendFirstFields(out, s, len(s)) // no more words than bytes
		}
	}
	start := -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\n', '\v', '\f', '\r', ' ':
			if start >= 0 {
				out, start = append(out, s[start:i]), -1
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// describesGroup reports whether words open with a noun phrase headed by a
// group noun: "a jihadist group", "an armed militia".
func describesGroup(words []string) bool { return describesGroupOver(words, false) }

// describesGroupOver is describesGroup, reading on, with modifiers (rule
// modifier-noun), past a group noun that only modifies the noun after it:
// "a public relations agency", "a youth wing" are an agency and a wing,
// where describesGroup stops at "public" and "youth", which head no
// phrase there.
func describesGroupOver(words []string, modifiers bool) bool {
	if len(words) < 2 {
		return false
	}
	switch strings.ToLower(words[0]) {
	case "a", "an", "another", "the":
	default:
		return false
	}
	for i, w := range words[1:] {
		if i >= 5 {
			break
		}
		core := strings.ToLower(trimRight(w, ".,;:!?)”\"'’"))
		if isPredicateNoun(core) {
			if heads := headsPhrase(words, i+1); heads || !modifiers {
				return heads
			}
		}
		if core != strings.ToLower(w) && !isPossessive(w) || isConnector(core) {
			return false
		}
	}
	return false
}

// isPossessive reports whether w is a possessive ("employers'", "the
// country's"), which qualifies the noun after it.
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// startsWithCopula reports whether rest continues with "is", "was", "are"
// or "were".
func startsWithCopula(rest string) bool {
	rest = strings.TrimSpace(rest)
	for _, v := range []string{"is ", "was ", "are ", "were "} {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// wordsWithin returns the leading words that fit in n bytes of text.
func wordsWithin(words []string, n int) []string {
	size := 0
	for i, w := range words {
		size += len(w) + 1
		if size > n+1 {
			return words[:i]
		}
	}
	return words
}

// sentenceWords returns the indexes of the words that begin a sentence:
// 0, and a capitalised word after one ending in ".", "!" or "?", as
// sentenceBreak finds them in the text.
func sentenceWords(words []string) []int {
	starts := []int{0}
	for k := 1; k < len(words); k++ {
		prev := words[k-1]
		switch prev[len(prev)-1] {
		case '.', '!', '?':
			if startsUpper(words[k]) {
				starts = append(starts, k)
			}
		}
	}
	return starts
}

// sentenceBreak reports whether a sentence of text ends at byte i, the
// next one starting at i+2: ". ", "! " or "? " and a capital, the full
// stop not an initial's or an abbreviation's (isSentenceAbbrev). Sentences
// start at 0 and after every break.
//
// It is asked at every stop of a paragraph (indexStop) each time the
// paragraph is split into sentences, so the byte tests are small enough to
// inline and only a full stop and a space decode the rune after them.
func sentenceBreak(text string, i int) bool {
	switch text[i] {
	case '!', '?':
		return spaceThenUpper(text, i+1)
	case '.':
		// An initial's or a title's full stop ends no sentence: "the new
		// government of J. R. Jayewardene", "Gen. Otis".
		return spaceThenUpper(text, i+1) && !isSentenceAbbrev(wordEndingAt(text, i))
	}
	return false
}

// indexStop returns the byte offset of the first ".", "!" or "?" in s,
// or -1: where sentenceBreak may find a break. Three vectorised searches
// (indexFirst) walk s about once; asking sentenceBreak at every byte was
// most of what splitting a paragraph cost, and finishing the factions
// splits every paragraph naming one, once for each reading.
func indexStop(s string) int { return indexFirst(s, ".", "!", "?") }

// spaceThenUpper reports whether text holds a space at byte i and an
// upper-case rune after it.
func spaceThenUpper(text string, i int) bool {
	if text[i] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsUpper(r)
}

// definerSubject finds a group named by a paragraph's opening words when
// the paragraph goes on to define it: "Ansar Dine is another splinter cell
// …", "The anti-balaka are local self-defense militias …".
func definerSubject(text string) (string, bool) {
	return definerWords(strings.Fields(text))
}

// definerWords is definerSubject on a sentence's words.
func definerWords(words []string) (string, bool) { return definerWordsWith(words, true) }

// definerWordsWith is definerWords with rule place-stop on or off.
func definerWordsWith(words []string, placeStops bool) (string, bool) {
	// The subject and its predicate lie in the opening words; reading no
	// further keeps this cheap on long paragraphs.
	words = wordsWithin(words, 300)
	name, i := openingName(words, placeStops)
	if len(name) == 0 || isConnector(name[len(name)-1]) {
		return "", false
	}
	rest := strings.Join(words[i:], " ")
	if last := words[i-1]; strings.HasSuffix(last, ",") {
		rest = ", " + rest // keep the clause for definesGroup to skip
	}
	if !definesGroup(rest) {
		return "", false
	}
	n := strings.Join(name, " ")
	if personLike(n) && personHeaded(rest) {
		return "", false // "Mukhtar Ablyazov, a banker living in exile …"
	}
	if !startsUpper(n) && !strings.Contains(n, "-") && !hasArticlePrefix(n) {
		return "", false
	}
	return n, true
}

// openingName returns the name words opens with, after a "The", up to
// the verb "is", "was", "are" or "were" or the punctuation closing the
// name, and the index of the word after it; nil where a word that is
// neither a name's nor a connector comes first, or a sentence ends
// within the name. With placeStops (rule place-stop), a stop capital
// that opens a place the gazetteer knows goes on in the name ("the
// Congress of New Caledonia is …").
func openingName(words []string, placeStops bool) ([]string, int) {
	i := 0
	if len(words) > 0 && (words[0] == "The" || words[0] == "the") {
		i = 1
	}
	var name []string
	for ; i < len(words) && len(name) < maxNameTokens; i++ {
		w := words[i]
		core := trimRightPunct(w, ",;:")
		if len(core) <= 4 && (strings.EqualFold(core, "is") || strings.EqualFold(core, "was") || strings.EqualFold(core, "are") || strings.EqualFold(core, "were")) {
			break // no lowered copy: this runs on every sentence's opening
		}
		if !isNameWord(core, len(name) == 0 && i == 1) && !(len(name) > 0 && isConnector(core)) && !(placeStops && len(name) > 0 && opensPlace(words, i)) {
			return nil, 0
		}
		if len(name) > 0 && strings.HasSuffix(name[len(name)-1], ".") {
			return nil, 0 // "**Background.** Kyrgyzstan, a …": a sentence ended
		}
		name = append(name, core)
		if core != w {
			return name, i + 1
		}
	}
	return name, i
}

// isCodeName accepts a name written as a code: capitals and digits, such
// as "M23" or "ADF"; ordinary capitalised adjectives ("Islamist") are not.
func isCodeName(w string) bool {
	upper := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r), unicode.IsDigit(r):
			upper++
		case r != '-':
			return false
		}
	}
	return upper >= 2
}

// isNameWord accepts a word of a proper name: capitalised, an Arabic
// article compound ("al-Shariah"), a name after an elided article
// ("d'Ivoire", see trimElidedArticle), or, right after "The", a
// hyphenated lower-case name ("anti-balaka").
func isNameWord(w string, afterThe bool) bool {
	if w == "" {
		return false
	}
	if startsUpper(w) || hasArticlePrefix(w) || trimElidedArticle(w) != w {
		return !isStopCap(w)
	}
	return afterThe && strings.Contains(w, "-") && allLetters(strings.ReplaceAll(w, "-", ""))
}

func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

func isConnector(w string) bool {
	switch w {
	case "of", "the", "for", "in", "and", "de", "du", "des", "la", "le", "al", "el", "bin", "ibn":
		return true
	}
	return false
}

// appositions finds groups introduced by a descriptive noun phrase: "the
// terrorist cell Al-Mulathameen", "one of the militant groups, Ansar Dine",
// "the terrorist cells Boko Haram and Ansar al-Shariah".
//
// words and lower are a paragraph's words as written and lowered; off
// holds the rules a test has turned off, as elsewhere.
func appositions(words, lower []string, off map[string]bool) []string {
	r := appositionRulesOf(off)
	var out []string
	for i := 1; i+1 < len(words); i++ {
		noun, loose, ok := appositionNoun(words, lower, i, r)
		if !ok {
			continue
		}
		// "the M23 rebel group": the name comes before its description.
		if i >= 3 && (words[i-3] == "the" || words[i-3] == "The") && isCodeName(words[i-2]) {
			out = append(out, words[i-2])
			continue
		}
		if noun != trimRight(words[i], ",") {
			continue // the sentence ends at the noun
		}
		out = appendNamesAfterNoun(out, words, lower, i, noun, loose, r)
	}
	return out
}

// appositionRules are the rules appositions reads by, on unless a test
// turned them off.
type appositionRules struct {
	capitalPhrase, determined, bodyNamed, modifiers, publications, orgFirst bool
	rd                                                                      nameReading
}

// appositionRulesOf reads appositionRules off the rules turned off.
func appositionRulesOf(off map[string]bool) appositionRules {
	return appositionRules{
		capitalPhrase: !off[ruleCapitalPhrase], determined: !off[ruleDeterminedNoun],
		bodyNamed: !off[ruleBodyNamed], modifiers: !off[ruleNounModifiers],
		publications: !off[rulePublicationNoun], orgFirst: !off[ruleOrgFirstNamed],
		rd: readingOf(off),
	}
}

// appositionNoun reports whether words[i] is a group's noun a name may be
// set beside: after a group adjective ("militant", "rebel") or, loose,
// after a determiner and modifiers. It returns the noun without the
// punctuation after it, and whether it came loose.
func appositionNoun(words, lower []string, i int, r appositionRules) (noun string, loose, ok bool) {
	loose = !isGroupAdjective(lower[i-1])
	if loose && (!r.determined || !determinedNoun(words, lower, i, r.modifiers)) {
		return "", false, false // the cheap trigger: "militant", "rebel" …
	}
	if loose && r.bodyNamed && reportsNews(lower[i-1]) {
		return "", false, false // "the news agency Tarvo": an outlet
	}
	noun = trimRight(words[i], ",.;:")
	if !isPredicateNoun(strings.ToLower(noun)) {
		return "", false, false
	}
	if r.publications && publicationNoun(strings.ToLower(noun)) {
		return "", false, false // "the newspaper Diario de Costa Rica": a paper, no party
	}
	if r.capitalPhrase && startsUpper(noun) && startsUpper(words[i-1]) {
		return "", false, false // "Armed Forces Day" is a name, not "the armed forces" Day
	}
	return noun, loose, true
}

// appendNamesAfterNoun appends to out the names set after noun, the group
// noun words[i]: one, or with a plural noun several joined by "and" ("the
// terrorist cells Boko Haram and Ansar al-Shariah"). After a loose noun
// a name must be shaped as one, or be named by the body the noun names.
func appendNamesAfterNoun(out, words, lower []string, i int, noun string, loose bool, r appositionRules) []string {
	plural := strings.HasSuffix(noun, "s")
	j := i + 1
	for {
		name, next := nameAt(words, j, r.rd)
		if name == "" || loose && !nameShaped(name) && !(r.bodyNamed && words[i] == noun && namedByBody(strings.ToLower(noun), name, r.orgFirst && !isOpener(lower[i-1]))) {
			return out
		}
		out = append(out, name)
		if !plural || next >= len(words) || words[next] != "and" {
			return out
		}
		j = next + 1
	}
}

// determinedNoun reports whether the lower-case word at i closes a noun
// phrase a determiner opens, over at most three lower-case modifiers, with
// a capital after it: "the banned opposition movement Democratic Choice
// of Kazakhstan", "its youth wing Baloch Students Organisation". With
// modifiers, a possessive in lower case or a people's adjective may
// modify the noun too (ruleNounModifiers): "the women's organisation
// Gerwani", "the French group Action Directe".
func determinedNoun(words, lower []string, i int, modifiers bool) bool {
	if words[i] != lower[i] || !startsUpper(words[i+1]) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch lower[k] {
		case "the", "its", "their", "a", "an":
			return true
		}
		if modifiers && (words[k] == lower[k] && isPossessive(lower[k]) || startsUpper(words[k]) && lang.IsPeople(lower[k])) {
			continue
		}
		if words[k] != lower[k] || !allLetters(strings.ReplaceAll(lower[k], "-", "")) || prepositions[lower[k]] || isConnector(lower[k]) {
			return false
		}
	}
	return false
}

// personHeaded reports whether rest opens ", a/an …" with a description
// headed by a noun for a person rather than for a body: "a banker living
// in exile" (WordNet also files "the living" as a group), not "a private
// military company".
func personHeaded(rest string) bool {
	var room [8]string
	fs := appendFirstFields(room[:0], strings.TrimPrefix(strings.TrimSpace(rest), ","), len(room))
	if len(fs) < 2 || !indefinite(fs[0]) {
		return false
	}
	return !bodyNoun(describedHead(fs[1:], false))
}

// bodyNoun reports whether the lower-case noun heading a description names
// a body: its first sense is an organisation ("company", "party"), or it
// names a group and no kind of person ("militia", "coalition").
func bodyNoun(w string) bool {
	return lang.IsOrgNoun(w) || isPredicateNoun(w) && !isPersonWord(w)
}

// namedByBody reports whether name, read right after the noun of a
// description a determiner opens, with no comma between, is the name of
// the body the noun names (ruleBodyNamed): "the French group Action
// Directe", "the youth organisation Rigas Feraios". A noun with a sense
// that is an organization, or one a text calls a group by ("group",
// "movement"), names no person after it (a person follows "the group's
// founder", or "the alliance," and a comma), so a name of a person's
// shape or of one word is the body's, unless it opens with a title or
// names a place or a people ("the army General Tarvo"). A noun that
// only may name a group ("the following year Tarvo") does not count.
//
// With orgFirst (rule org-first-named), a noun WordNet files first as an
// organization names the body even when a later sense is a kind of
// person: "the state oil company Petroecuador" ("company" is also a
// guest's company), "the ruling party Tarvo"; the first sense is the
// reading a description takes. The caller asks it only when a modifier
// stands before the noun ("the presidential party Kwa Na Kwa"): after a
// bare "the party" a person's name may be a guest's ("at the party Anton
// Varga").
func namedByBody(noun, name string, orgFirst bool) bool {
	first, _, _ := strings.Cut(name, " ")
	person := isPersonWord(noun) && !(orgFirst && lang.IsOrgNoun(noun))
	return (lang.HasOrgSense(noun) || referringNouns[noun]) && !person && !isTitle(strings.ToLower(first)) && !isPlaceOrPeople(name)
}

// reportsNews reports whether the lower-case word before a body's noun
// makes the body an outlet that reports ("the news agency Tarvo", "the
// press service"): outlets are no parties (issue #12), and a name after
// them is no faction.
func reportsNews(w string) bool { return w == "news" || w == "press" || w == "wire" }

// publicationNoun reports whether the lower-case noun names a newspaper
// or a periodical: WordNet sets it one step from "press", "publication"
// or "newspaper" ("newspaper", "daily", "magazine"). A name after such a
// noun ("the owner of the newspaper Diario de Costa Rica") is a paper's
// title, and a paper is no party (issue #12; rulePublicationNoun), though
// WordNet also files "newspaper" as the firm that publishes one.
func publicationNoun(w string) bool {
	lex := wordnet.Load()
	return lex.HasKin(w, "press") || lex.HasKin(w, "publication") || lex.HasKin(w, "newspaper")
}

// nameShaped reports whether a name read after a group noun with no
// adjective for an armed group before it has a group's shape rather than
// a person's: letters, a name of four words or more, or one joined by a
// connector or hyphen ("Democratic Choice of Kazakhstan",
// "Lashkar-e-Jhangvi"), or one headed by a group noun. "the council
// picks Conille", "the group's founder Balach Marri" name people.
func nameShaped(name string) bool {
	if isShortForm(name) || isOrgName(name) {
		return true
	}
	return strings.Contains(name, "-") || strings.Contains(name, " ") && !personLike(name)
}

// nameReading holds the switches of nameAt's optional readings, which
// every rule reading a name after its cue passes on: rules off in a test
// are off in each of them.
type nameReading uint8

const (
	readOfThe        nameReading = 1 << iota // rule of-the: "the" after a connector goes on in the name
	readInnerOwner                           // rule inner-owner: a possessive of a noun for people or a group goes on
	readMarkedBefore                         // rule marked-before: a name before an alias is read through its quotes and a capital preposition
)

// allReadings is every reading, for the readers of acronym definitions
// and of people's and documents' names, which read the text alone with no
// rule switches.
const allReadings = readOfThe | readInnerOwner

// readingOf returns the readings the rules off leave on.
func readingOf(off map[string]bool) nameReading {
	var rd nameReading
	if !off[ruleOfThe] {
		rd |= readOfThe
	}
	if !off[ruleInnerOwner] {
		rd |= readInnerOwner
	}
	if !off[ruleMarkedBefore] {
		rd |= readMarkedBefore
	}
	return rd
}

// nameAt reads a proper name starting at words[j], returning it and the
// index after it. Connectors ("of", "the", "and" …) join capitalised words.
// A possessive ends the name (its "'s" dropped) unless it is a plural's
// inside it ("Workers' Party") or, with rule inner-owner, a noun for
// people or a group's a name word follows ("People's Majlis").
func nameAt(words []string, j int, rd nameReading) (string, int) {
	var room [maxNameTokens]string // the words are joined before returning: no allocation for them
	name := room[:0]
	for ; j < len(words) && len(name) < maxNameTokens; j++ {
		w := words[j]
		core := trimRightPunct(w, ".,;:!?)”\"'’")
		core = strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")
		switch {
		case isNameWord(core, false):
		case len(name) > 0 && isConnector(core) && core != "and" && nameFollows(words, j+1, rd):
		default:
			return strings.Join(name, " "), j
		}
		if pluralPossessiveInside(words, j) || rd&readInnerOwner != 0 && ownerInsideName(words, j) {
			name = append(name, w) // "the Bolivian Workers' Center": the name goes on
			continue
		}
		name = append(name, core)
		if core != w {
			return strings.Join(name, " "), j + 1
		}
	}
	return strings.Join(name, " "), j
}

// pluralPossessiveInside reports whether words[j] is a plural possessive
// ("Workers'", "Peasants’") that a name word follows: inside a name ("the
// Bolivian Workers' Center", "the Soldiers' Council") the apostrophe
// ends no name.
func pluralPossessiveInside(words []string, j int) bool {
	w := words[j]
	if !strings.HasSuffix(w, "s'") && !strings.HasSuffix(w, "s’") || j+1 >= len(words) {
		return false
	}
	return isNameWord(trimRightPunct(words[j+1], ".,;:!?)”\"'’"), false)
}

// ownerInsideName reports whether words[j] is a singular possessive a
// name word follows whose noun, or the noun WordNet's morphology reduces
// it to, is a kind of person or a group ("People's", "Women's",
// "Queen's"): such a noun owns the next word inside a name, where an
// owner's proper name ("Gbagbo's", "Britain's") reduces to none and ends
// the name, as does a possessive with no name word after it ("the
// Army's"). A noun WordNet files first as an organisation owns a part of
// itself, not a name ("the Party's Central Committee"), and ends it too.
//
// The test against the cue's nouns (a person, a group) is WordNet's, the
// one pluralOwner applies to the run a group noun heads.
func ownerInsideName(words []string, j int) bool {
	w := words[j]
	base, ok := strings.CutSuffix(w, "'s")
	if !ok {
		base, ok = strings.CutSuffix(w, "’s")
	}
	if !ok || j+1 >= len(words) || !isNameWord(trimRightPunct(words[j+1], ".,;:!?)”\"'’"), false) {
		return false
	}
	low := strings.ToLower(base)
	return ownerNoun(low) && !lang.IsOrgNoun(low)
}

// ownerNoun reports whether the lower-case noun low, or a base WordNet's
// morphology reduces it to, is a noun for a kind of person or a group.
func ownerNoun(low string) bool {
	if isPersonWord(low) || isGroupWord(low) {
		return true
	}
	for _, b := range wordnet.NounBases(low) {
		if isPersonWord(b) || isGroupWord(b) {
			return true
		}
	}
	return false
}

// nameFollows reports whether a name word opens words[j:], or with rule
// of-the after a "the" ("Hawks of the Delta").
func nameFollows(words []string, j int, rd nameReading) bool {
	if rd&readOfThe != 0 && j+1 < len(words) && words[j] == "the" {
		j++
	}
	return j < len(words) && isNameWord(words[j], false)
}

// isNotGroup rejects names that are places, peoples or people's titles
// rather than groups: "Liberia", "the Lebanese", "President Taylor". A
// name headed by a group noun is a group even after a title word ("General
// People's Congress").
//
// A name the text defines as a group (defined) is not judged by its
// first word: "Gran Grif" is no grandmother.
func isNotGroup(name string, defined, off bool) bool {
	k := nameKey(name)
	if k == "" || isPlaceOrPeople(name) {
		return true
	}
	if !strings.Contains(k, " ") && (isGroupWord(k) || isPersonWord(k)) {
		return true // "People", "Force", "Maoists": a common noun, not a name
	}
	var room [1]string
	first := strings.ToLower(trim(appendFirstFields(room[:0], name, 1)[0], "*"))
	if first == "operation" || first == "operations" {
		return true // "Operation Allied Force" is what a force does
	}
	if i := strings.LastIndex(name, " and "); i >= 0 && !andInPlaceName(name, i) && (isPlaceOrPeople(name[:i]) || isPlaceOrPeople(name[i+5:]) && !headedByOrgNoun(name[:i])) {
		return true // "Republic of Macedonia and Montenegro": places listed
	}
	if !off && titledPerson(name, first) {
		return true // "Governor Rex Hunt": a hunt is a group, but not here
	}
	if isOrgName(name) || defined {
		return false
	}
	return isTitle(first) && !qualifiesLetters(name)
}

// ruleTitleInLetters: a name given letters that spell its first word, a
// title, with the rest ("the General National Congress (GNC)", "the
// General Service Unit (GSU)") is a body's: a person's initials never
// hold the rank before the name, so the letters show the title is a word
// of the name.
const ruleTitleInLetters = "title-in-letters"

// titleInLetters reports whether c's name opens with a leader's title
// (WordNet: "general", "president"; a title that is no leader's is
// letteredNonLeader's) and its acronym spells the initials of every
// content word of the name, the title among them. A name headed by a
// noun for a place or a building ("the General Post Office (GPO)") is
// left to the place rules.
func titleInLetters(c candidate) bool {
	if len(c.acronym) < 3 || !strings.Contains(c.name, " ") {
		return false
	}
	var room [1]string
	first := strings.ToLower(trim(appendFirstFields(room[:0], c.name, 1)[0], "*"))
	head := strings.ToLower(lastWord(c.name))
	return isTitle(first) && wordnet.Load().Leader(first) && !lang.IsPlaceNoun(head) && strings.EqualFold(initials(c.name), c.acronym)
}

// letteredNonLeader reports whether c gives its name letters and opens
// with a person's noun WordNet files under no kind of leader ("National
// Ebola Response Centre (NERC)": a national is a person, "National" no
// title): letters in brackets abbreviate a body's name, and the word
// before it titles nobody.
func letteredNonLeader(c candidate) bool {
	if c.acronym == "" {
		return false
	}
	var room [1]string
	first := strings.ToLower(trim(appendFirstFields(room[:0], c.name, 1)[0], "*"))
	return isPersonWord(first) && !lang.IsTitleAbbrev(first) && !wordnet.Load().Leader(first)
}

// andInPlaceName reports whether the "and" at byte i of name belongs to
// a place name the name opens with, which the gazetteer holds whole:
// "Trinidad and Tobago Defence Force" is one country's force, not
// Trinidad listed beside a "Tobago Defence Force"; "Bosnia and
// Herzegovina Armed Forces" likewise.
func andInPlaceName(name string, i int) bool {
	for j := i + len(" and "); j <= len(name); j++ {
		if j == len(name) || name[j] == ' ' {
			if lang.IsPlace(nameKey(name[:j])) {
				return true
			}
		}
	}
	return false
}

// titledPerson reports whether a name is a title (a noun WordNet names a
// kind of leader) and a person's name of two words, headed by no noun whose first sense is an organisation:
// "Governor Rex Hunt", not "General People's Congress" or "General
// Confederation of Labour".
func titledPerson(name, first string) bool {
	// A rank written with a hyphen is a title whatever its last part:
	// "Major-General Peter Young", "Sub-Inspector Mokheseng Ramahloko".
	if !hyphenatedTitle(first, isTitle) && (!isTitle(first) || !wordnet.Load().Leader(first)) {
		return false // "National Police Service": a national is a person, not a title
	}
	rest := strings.Fields(name)[1:]
	return len(rest) == 2 && personLike(strings.Join(rest, " ")) && !headedByOrgNoun(strings.Join(rest, " ")) && !isShortForm(rest[0]) && !isShortForm(rest[1])
}

// rulePluralGiven: a name of a title and two words is no titled person's
// when the first of the two, where the given name would stand, is a noun
// for a group in the plural and a noun for a group heads the name:
// "Socialist Forces Front" is a front of forces, not a socialist called
// Forces Front. A person's given name is never a plural common noun.
const rulePluralGiven = "plural-given"

// pluralGroupGiven reports whether name is three words, the second a
// plural noun for a group (pluralNoun: the tables hold its singular, so
// "Congress", whose final s is its own, is none) and the last a noun
// for a group.
func pluralGroupGiven(name string) bool {
	words := strings.Fields(name)
	if len(words) != 3 {
		return false
	}
	given, head := strings.ToLower(words[1]), strings.ToLower(words[2])
	return pluralNoun(given) && isGroupWord(given) && isGroupWord(head)
}

// headedByOrgNoun reports whether a name's head is a noun whose first
// sense is an organization: "African Party for the Independence of Guinea"
// (and Cape Verde) is one name, "Republic of Macedonia" (and Montenegro)
// is not.
func headedByOrgNoun(name string) bool {
	words := strings.Fields(name)
	return len(words) > 0 && lang.IsOrgNoun(strings.ToLower(words[nameHead(words)]))
}

// isTitle reports whether a lower-case word is a title written before a
// person's name: a singular noun for a kind of person ("president",
// "general", "sheikh"), or an abbreviation of one.
func isTitle(w string) bool {
	if w == "prime" || lang.IsTitleAbbrev(w) {
		return true
	}
	return isPersonWord(w) && !strings.HasSuffix(w, "s") || hyphenatedTitle(w, isTitle)
}

// hyphenatedTitle reports whether w is a rank or title written with a
// hyphen whose last part is one ("major-general", "lieutenant-colonel",
// "vice-president"): WordNet spells such compounds with a space. A first
// part that names an organisation makes a body ("directorate-general").
func hyphenatedTitle(w string, title func(string) bool) bool {
	k := strings.LastIndexByte(w, '-')
	return k > 0 && k < len(w)-1 && title(w[k+1:]) && !lang.HasOrgSense(w[:k])
}

// isTitleKind is isTitle of w, whose classes are k.
func isTitleKind(w string, k lang.Kind) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "prime", "gen", "col", "capt":
		return true
	}
	return k&lang.PersonNoun != 0 && !strings.HasSuffix(w, "s") || hyphenatedTitle(w, isTitle)
}

// referringNouns are what a paragraph calls its subject when it goes on
// about it: "the group", "this cell".
var referringNouns = map[string]bool{
	"group": true, "cell": true, "militia": true, "movement": true, "organisation": true,
	"organization": true, "faction": true, "coalition": true, "insurgency": true,
}

// refersToGroupWords reports whether a paragraph (its lowered words) goes
// on to call its subject a group ("The group is primarily composed of …",
// "members of this cell").
func refersToGroupWords(lower []string) bool {
	for i := 0; i+1 < len(lower); i++ {
		if (lower[i] == "the" || lower[i] == "this") && referringNouns[trimPossessive(trimRight(lower[i+1], ".,;:!?)\"”'’"))] {
			return true
		}
	}
	return false
}

// LatestEvents returns f's n most recent events, oldest first (all of them
// when n <= 0). Events are kept in chronological order, so this is a tail.
func (f *Faction) LatestEvents(n int) []Event {
	if n <= 0 || len(f.Events) <= n {
		return f.Events
	}
	return f.Events[len(f.Events)-n:]
}
