package corpus

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// para is one paragraph as the extraction rules see it: its text split
// once into words, as written and lowered, for every rule to share.
type para struct {
	orig    string // the paragraph as written
	text    string // orig with emphasis marks blanked
	ref     Ref
	people  map[string]bool // personNames of the briefing
	houses  map[string]bool // the ruling houses it names (rule ruling-house)
	midCaps map[string]bool // lower-cased words the briefing capitalises mid-sentence
	solo    map[string]bool // … and writes alone there, before a lower-case word
	defs    []acronymDef
	read    bool
	low     string          // text with ASCII letters lowered: same byte offsets
	fields  []string        // the words of text
	lfields []string        // the same words lowered
	offs    []int           // the byte offset of each word in text
	sents   []int           // indexes of the words opening a sentence
	orgs    *memo           // isOrgName's answers, shared by every paragraph of a run
	off     map[string]bool // the rules a test has disabled
	marks   uint16          // the marker words the paragraph holds, once known
	marked  bool
	glosses [][2]string // names and the translations bracketed after them (faction_verbal.go)
	arena   *wordArena  // where fields, lfields and offs are cut from
	kinds   []wordKind  // the lexicon's answers by word, once asked (kindAt)
}

// wordKind is the lexicon's answer about one word of a paragraph in the
// form a rule last asked about it (trimmed, lowered).
type wordKind struct {
	form  string
	kind  lang.Kind
	asked bool
}

// kindAt returns lang.Kinds(w) for w, a form of the paragraph's i-th
// word. The rules and the span model ask about the same words (a head
// noun, a title, a name's first word) one after another, and each
// question costs a look-up in a table of 46,000 keys; the answer is
// kept for the word, and given again while the form asked is the same.
func (p *para) kindAt(i int, w string) lang.Kind {
	if p.kinds == nil {
		p.kinds = p.arena.wordKinds(len(p.fields))
	}
	k := &p.kinds[i]
	if !k.asked || k.form != w {
		*k = wordKind{form: w, kind: lang.Kinds(w), asked: true}
	}
	return k.kind
}

// Marker words: every marker of an alias, a name or a comma acronym holds
// one, so a paragraph without them is spared the search for the markers.
const (
	markKnown uint16 = 1 << iota
	markCalled
	markStyled
	markShortened
	markWhose
	markDubbed
	markNamed
)

var markWords = map[string]uint16{
	"known": markKnown, "called": markCalled, "calls": markCalled, "calling": markCalled,
	"styled": markStyled, "shortened": markShortened, "abbreviated": markShortened,
	"whose": markWhose, "dubbed": markDubbed, "named": markNamed,
	"formally": markKnown, "officially": markKnown,
}

// has reports whether the paragraph holds any marker word of mask, found
// in one pass over its words.
func (p *para) has(mask uint16) bool {
	if !p.marked {
		for _, w := range p.lowerWords() {
			if len(w) < 5 {
				continue
			}
			switch w[:2] { // the markers' first letters
			case "kn", "ca", "st", "sh", "ab", "wh", "du", "na", "fo", "of":
				p.marks |= markWords[trimRight(w, ".,;:!?)\"”")]
			}
		}
		p.marked = true
	}
	return p.marks&mask != 0
}

// isOrg is isOrgName, remembered across a run: briefings name the same
// bodies again and again.
func (p *para) isOrg(name string) bool {
	if p.orgs == nil {
		return isOrgName(name)
	}
	return p.orgs.get(name, isOrgName)
}

// memo remembers the answers of a pure test of names for one extraction
// run, shared by the goroutines reading its briefings.
type memo struct {
	mu sync.RWMutex
	m  map[string]bool
}

func newMemo() *memo { return &memo{m: map[string]bool{}} }

// get returns test(name), computing it only the first time.
func (c *memo) get(name string, test func(string) bool) bool {
	c.mu.RLock()
	v, ok := c.m[name]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = test(name)
	c.mu.Lock()
	c.m[name] = v
	c.mu.Unlock()
	return v
}

// newPara splits text into words. Markdown emphasis ("**Mahidi**") is
// read as white space, byte for byte, so that offsets stay offsets into
// the paragraph as written.
func newPara(text string) *para {
	return newParaIn(text, &wordArena{})
}

// newParaIn is newPara with its word slices cut from a, which a reader
// reuses from briefing to briefing.
func newParaIn(text string, a *wordArena) *para {
	p := a.para()
	p.orig, p.text, p.arena = text, blankEmphasis(text), a
	p.low = lowerASCII(p.text)
	p.fields, p.lfields, p.offs = a.split(p.text, p.low)
	return p
}

// blankEmphasis turns Markdown emphasis marks into spaces, moving the
// punctuation after a closing mark before it ("**Mahidi**," → "Mahidi,"
// and two spaces), so that the text keeps its length and offsets.
func blankEmphasis(text string) string {
	if !strings.Contains(text, "*") {
		return text
	}
	b := []byte(text)
	for i := 0; i < len(b); i++ {
		if b[i] != '*' {
			continue
		}
		j := i
		for j < len(b) && b[j] == '*' {
			j++
		}
		k := j
		for k < len(b) && strings.IndexByte(",.;:!?)", b[k]) >= 0 {
			k++
		}
		copy(b[i:], b[j:k]) // the punctuation moves left over the marks
		for m := i + k - j; m < k; m++ {
			b[m] = ' '
		}
		i = k - 1
	}
	return string(b)
}

// words returns the paragraph's words.
func (p *para) words() []string { return p.fields }

// lowerWords returns the paragraph's words lowered (ASCII letters only),
// index for index with words.
func (p *para) lowerWords() []string { return p.lfields }

// lower returns the text with ASCII letters lowered.
func (p *para) lower() string { return p.low }

// sentences returns the indexes of the words opening a sentence.
func (p *para) sentences() []int {
	if p.sents == nil {
		p.sents = sentenceWords(p.words())
	}
	return p.sents
}

// acronyms returns the paragraph's acronym definitions, found once.
func (p *para) acronyms() []acronymDef {
	if !p.read {
		p.defs = append(findAcronymsWith(p.text, p.off), commaAcronyms(p.text, p.off, p.has(markKnown|markCalled|markStyled|markShortened))...)
		if !p.off[ruleBoldAcronym] {
			p.defs = append(p.defs, boldAcronyms(p.orig)...)
		}
		p.read = true
	}
	return p.defs
}

func (p *para) cand(name string, score int) candidate {
	if !p.off[ruleForeignParticle] {
		name = particleName(p.text, name)
	}
	return candidate{name: name, ref: p.ref, text: p.orig, score: score}
}

// A rule finds the candidate factions one way of introducing them yields.
type rule struct {
	name string
	find func(*para) []candidate
}

// Rule names, for tests that disable one at a time.
const (
	ruleAcronym    = "acronym"
	ruleDefiner    = "definer"
	ruleApposition = "apposition"
	ruleOrgHead    = "org-head"
	ruleKnownAs    = "known-as"
	ruleActor      = "actor"
	ruleList       = "list"
	ruleContext    = "context"
	ruleBody       = "national-body"
	ruleSiblings   = "list-siblings"
	ruleNumbered   = "numbered"
	ruleFounding   = "founding"

	// Parts of the rules above and of merging, named so that tests can
	// show each is needed.
	ruleWordAcronym          = "word-acronym"          // "Indonesian National Police (Polri)"
	ruleQuotedLong           = "quoted-long-form"      // "known as the "Seven Party Alliance" (SPA)"
	ruleNamedAcronym         = "named-acronym"         // an acronym given to a name another rule finds
	ruleQualified            = "qualified-long"        // "… (Unified Marxist–Leninist), usually abbreviated CPN-UML"
	ruleNamedAfter           = "named-after"           // "the force, which is known as the X (XF)"
	ruleHeading              = "heading"               // a bold heading line defines nothing
	ruleAliases              = "aliases"               // "X, formally known as Y", "X, a group also known as Y"
	ruleTranslated           = "translated-def"        // "(KLA), in Albanian Y (UÇK)"
	ruleQualShort            = "qualified-short"       // "CPN (Maoist)"
	ruleNameByUse            = "name-by-use"           // "Falintil" named by the word the text uses
	ruleWrittenWhole         = "written-whole"         // "Ain o Salish Kendra": a name widened to the words the text always writes with it
	ruleLead                 = "lead-paragraph"        // a paragraph opening with the name describes it
	rulePartial              = "partial-name"          // a name read in part beside the whole
	ruleCapitalPhrase        = "capital-phrase"        // "Armed Forces Day": a capitalised description is part of a name
	ruleLooseHead            = "loose-head"            // "along the Blue Line": a name with no organisation head written as a place
	ruleKnownBy              = "known-by"              // ", universally known by its initials CNDD-FDD"
	ruleInitials             = "initials"              // "referred to by its initials, GAM"
	ruleDescribedAcronym     = "described-acronym"     // "X, the Moscow-led military alliance known as the CSTO"
	ruleBoldAcronym          = "bold-acronym"          // "- **KFOR.** The NATO-led Kosovo Force …"
	ruleInitialsUsed         = "initials-used"         // "AFP" written for "Armed Forces of the Philippines"
	ruleFirstMention         = "first-mention"         // named only in passing: the first paragraph naming it
	rulePartLong             = "part-long"             // "its Ceasefire Monitoring Group, known as ECOMOG": named by the letters
	ruleDashGloss            = "dash-gloss"            // "X — "gloss" — usually shortened to XYZ"
	ruleAnaphor              = "anaphor"               // "The Council adopted …" in the paragraph after the name
	ruleSchoolHead           = "school-head"           // "marched on the People's Friendship University": a school written as a place
	ruleAssemblyHead         = "assembly-head"         // "announced in the People's Assembly": a noun with an assembly's sense names the body that sits there, not only the hall
	ruleGloss                = "gloss"                 // "Viv Ansanm, Haitian Creole for "living together", an alliance"
	ruleSelfDescribed        = "self-described"        // "RED-Tabara, which presents itself as the armed wing of …"
	ruleCompound             = "compound-name"         // "Bissau-Guinean army" does not name the "Guinean army"
	ruleBoldEntry            = "bold-entry"            // "- **NATO — Task Force Fox (…).**": a list item's label ending with the name
	ruleNationalForce        = "national-force"        // "the Senegalese army" is the "Senegalese Armed Forces"
	ruleWholeForces          = "whole-forces"          // … and, beside its "Third Army" and "Air Force", the "Egyptian Armed Forces"
	ruleComplement           = "complement"            // "Assembly of the Serb People" names no "Serb People"
	ruleOpenerWord           = "opener-word"           // "Foreign ministers …": a sentence's capitalised English word names nothing
	ruleDatelineAgency       = "dateline-agency"       // "OSH, June 12 (Steppe Line) —": the agency signing a dispatch is no party
	ruleAcronymDefines       = "acronym-defines"       // a definition spelling out the acronym beats a mention: "a Joint Control Commission (JCC) made up of …"
	ruleSectionEntry         = "section-entry"         // "### The 14th Army": the first paragraph under the name's heading
	ruleBesideAcronym        = "beside-acronym"        // "the Special Purpose Police Detachment, OPON, a riot unit"
	ruleMembersIn            = "members-in"            // "deputies in the National People's Assembly": a body, not a place
	ruleDescribedFirst       = "described-first"       // "A splinter group …, the UFDD-Fondamentale, follows …"
	ruleReferringObject      = "referring-object"      // "launched the mission, known as EUFOR Tchad/RCA"
	rulePlaceAdjective       = "place-adjective"       // "Transnistrian battalions": the adjective of a place written "in Transnistria"
	ruleLowerParty           = "lower-party"           // "the opposition Palang Veld party": a proper name the common noun "party" follows
	ruleLetteredTitle        = "lettered-title"        // "the National Ebola Response Centre (NERC)": a name given letters, opened by a person's noun that is no leader's, is no titled person
	ruleMovementName         = "movement-name"         // "the Baku Bae movement": a proper name of two words or more an article or a possessive opens before a lower-case "movement" is the movement's
	rulePartyOwner           = "party-owner"           // "his Palang Veld party", "the right-wing Palang Veld party": a possessive or a hyphened modifier opens it too
	ruleLowerHead            = "lower-head"            // "the Kantemirovskaya tank division": a proper name over a lower-case noun for a kind of organization
	ruleForeignApposition    = "foreign-apposition"    // "the Jogorku Kenesh, the Supreme Council, which": a name in another language beside a faction's English one, set off by commas, is its alias
	rulePossessiveComplement = "possessive-complement" // "Committee of Soldiers' Mothers of Russia": a plural possessive a name word follows goes on in a body's complement
	ruleHeadlessShort        = "headless-short"        // "the Weather Underground" is the "Weather Underground Organization": a name without a bare organisation noun is its short form
	ruleTitleAfter           = "title-after"           // "led by Foreign Minister Ricardo Patino": a capitalised word a title and a name follow is the person's office
	ruleEnglishParts         = "english-parts"         // "the prosecutor-general, a move that …": English words joined by a hyphen are no borrowed name
	ruleOrdinalNamed         = "ordinal-named"         // "The 131st Separate Motor Rifle Brigade, known as the Maikop Brigade": the alias is the numbered unit's
	ruleGlossNoun            = "gloss-noun"            // "the Ata-Vatan (Homeland) movement": a bracketed gloss between a name and its group noun
	ruleListedName           = "listed-name"           // "the CPN-UML, the Nepal Sadbhawana Party": a name beside a name describes neither
	ruleHeadPossessive       = "head-possessive"       // "the Tekoha Movement's leader" names the "Tekoha Movement"
	ruleMembersCommon        = "members-common"        // "Sons of the Valley" is the group, not the "Valley"
	ruleBareBody             = "bare-body"             // "The Assembly, the country's single-chamber parliament": a body named by its noun alone
	rulePersonComplement     = "person-complement"     // "Great Council of Chiefs": a body's complement may name people
	ruleShortName            = "short-name"            // "the Civic Alliance" is the "Civic Alliance for Justice and Democracy"
	ruleDateName             = "date-name"             // "April 19 Student Movement": a name dated by an event
	ruleLettersOr            = "letters-or"            // "the Conseil National de Libération (CNL), or National Liberation Council,": another name for a lettered one
	ruleDescribedInitials    = "described-initials"    // "X, the employers' federation better known by its Spanish initials COSEP"
	ruleNamedAppointed       = "named-appointed"       // "named Jacques Sylla as prime minister": "named" gives a post to a person, no name to a group (faction_appointed.go)
	rulePersonDescribed      = "person-described"      // "Hassan al-Turabi, the Islamist lawyer who heads the NIF": a description a person's noun heads describes a person (faction_appointed.go)
	ruleGlossKindNoun        = "gloss-kind-noun"       // "the Democratic and Popular Unity coalition (Unidad Democrática y Popular, UDP)": the kind of group between a name and its glossed letters (acronym.go)
	ruleSentenceCaseForeign  = "sentence-case-foreign" // "the Rassemblement du peuple de Guinée (RPG)": a lettered name in a language that capitalises its first word alone (faction_foreignletters.go)
	ruleForeignLettered      = "foreign-lettered"      // "the republican Tentara Nasional Indonesia (TNI)": letters given to a name in another language (faction_foreignletters.go)
	ruleLettersBeside        = "letters-beside"        // "The United Nations Organization Mission in the …, MONUC, remains"
	ruleNativeOr             = "native-or"             // "Soqosoqo Duavata ni Lewenivanua, or United Fiji Party (SDL)"
	ruleNationStem           = "nation-stem"           // "the Ugandan army" is the "Uganda People's Defence Force"
	ruleRelativeSubject      = "relative-subject"      // "a base that became known as White City": the noun before "that" is what is named
	ruleLettered             = "lettered"              // "grouped in the Episcopal Conference of Nicaragua (CEN)": a name given an acronym is no place
	ruleSectionFirst         = "section-first"         // "## The Langa Commission": the section's first paragraph introduces it, named or not
	ruleAdverbParticiple     = "adverb-participle"     // "Air America, an airline secretly owned by …": an adverb before a participle closes the description's noun
	ruleRenamedBare          = "renamed-bare"          // "the pro-Treaty party, Cumann na nGaedheal, …": a determined description and the name after it with no article
	ruleDescribedCalled      = "described-called"      // "the Communist Party of Peru, the organisation called Sendero Luminoso or Shining Path,": a description's "called" and each name "or" joins give the name before it aliases
	ruleCoinedName           = "coined-name"           // "self-defence militias known as the anti-balaka": a lower-case word English does not know, after "known as" and a noun for a body or people, is the group's name
	ruleEmphasisBracket      = "emphasis-bracket"      // "the Rebel Army (*Ejército Rebelde*)": a bracket's emphasised name is no person where the plain one is none
	ruleSpanModel            = "span-model"            // a capitalised phrase the fitted span model accepts (faction_model.go)
	ruleRenamedIndefinite    = "renamed-indefinite"    // "a secret revolutionary society, the Katipunan, whose …": renamed-noun after an indefinite description
	ruleOrgLetters           = "org-letters"           // "the United Democratic Left (EDA)": letters after an organisation's name that spell it in another language
	ruleOfThe                = "of-the"                // "a group calling itself Hawks of the Delta": a name goes on over "of the"
	ruleAppositionPerson     = "apposition-person"     // "hired Executive Outcomes, a private military company": a name of two words an indefinite description follows is described
	ruleTitledPerson         = "titled-person"         // "Governor Rex Hunt": a leader's title and two words name a person, whatever group "hunt" may name
	ruleForeignOpener        = "foreign-opener"        // "Naprama, a peasant militia led by …": a defined word no English table knows is a name though it opens sentences only
	ruleFoundedLetters       = "founded-letters"       // "the government created Combined Operations (ComOps)": what is founded and given letters is a body
	ruleNounBeforeLetters    = "noun-before-letters"   // "the opposition movement Democratic Choice of Kazakhstan (DVK)": a group noun before a name its letters follow
	ruleBodyOfOrg            = "body-of-org"           // "United Nations Operation in Mozambique (ONUMOZ)": an organisation's name opening a name makes it a body's
	ruleGlossSeparator       = "gloss-separator"       // "(Mouvement des forces démocratiques de Casamance; MFDC)": a foreign name and its letters set apart by a semicolon or a dash
	ruleGlossMixed           = "gloss-mixed"           // "Malian Armed Forces (Forces armées maliennes, FAMa)": letters with a lower-case tail the foreign name before them spells
	ruleGlossBroken          = "gloss-broken"          // "Argentine Air Force (*Fuerza Aérea Argentina*,\nFAA)": a foreign name and its letters over a line's end
	ruleTitleOpens           = "title-opens"           // "General Confederation of Labour (…, CGT)": a title word opening a body's name before its letters
	ruleDeterminedNoun       = "determined-noun"       // "the banned opposition movement Democratic Choice of Kazakhstan": a name after any group noun a determiner opens
	rulePlaceList            = "place-list"            // "with brigades at Jijiga, Dire Dawa, Degehabur and Gode": names listed after a locative are written as places
	ruleUnitNumber           = "unit-number"           // "its 32 Battalion": a number before a military unit's noun is part of its name
	ruleGlossedLetters       = "glossed-letters"       // "the Neo Lao Hak Xat (Lao Patriotic Front, NLHX)": a translation, then the letters of the name before
	ruleDescribedKnown       = "described-known"       // "the Polish Committee of National Liberation, a communist-dominated body soon known as the Lublin Committee": a name known as another across a description
	ruleDigitLetters         = "digit-letters"         // "the so-called Generation 40 (G40)": letters in capitals with the number the name holds
	ruleLettersSource        = "letters-source"        // "Mozambique Liberation Front (FRELIMO, from the Portuguese Frente de Libertação de Moçambique)": letters, then the foreign name they come from
	ruleNativeLetters        = "native-letters"        // "National Renewal Party (Partido Nacional Renovador, PNR)": the name in its own language its letters follow is an alias
	ruleLettersQuoted        = "letters-quoted"        // "Kilusang Bagong Lakas (KBLK, "New Strength Movement")": a translation quoted after the letters is an alias
	ruleDescribedMid         = "described-mid"         // "In 1945 a nationalist movement, the Lao Issara, proclaimed …": a description opening mid-sentence
	ruleParenGloss           = "paren-gloss"           // "the Lao Issara ("Free Lao"), proclaimed": a parenthesised gloss between a name and its comma
	ruleArticleStopCap       = "article-stopcap"       // "the All Africa Conference of Churches": a word that opens sentences, capitalised after "the", is the name's
	ruleNeverLower           = "never-lower"           // a defined word that opens sentences only is no name when the text writes it in lower case too
	ruleLettersCopula        = "letters-copula"        // "the United Nations Mission in Haiti, UNMIH, is ready": letters set beside a name before a copula
	ruleReportsOwnLater      = "reports-own-later"     // "The World Food Programme (WFP) said three of its staff had been killed": a source whose report holds what is its own is in the crisis
	ruleReportsOwn           = "reports-own"           // "The Secretariat of National Defence (SEDENA) said it had sent reinforcements": a source telling its own deeds acts
	ruleOpenedByLetters      = "opened-by-letters"     // "UN General Assembly" is the "United Nations General Assembly" the briefing names
	ruleOwnedRest            = "owned-rest"            // "the Peace and Security Council" is the "AU's Peace and Security Council"
	ruleOrGlossArticle       = "or-gloss-article"      // "the Tehrik-e-Nafaz-e-Shariat-e-Mohammadi, or Movement for the Enforcement of Islamic Law,": a gloss after "or" keeps "the" after its connector
	ruleOrAfterLetters       = "or-after-letters"      // "the Hukbong Mapagpalaya ng Bayan (HMB), or People's Liberation Army,": a name its letters follow is glossed after them
	rulePairedApposition     = "paired-apposition"     // "KAM, the Workers' Intelligence Institute", "a Tagalog Republic, the Republika ng Katagalugan,": letters or a name in another language set beside an English name by ", the"
	ruleLetteredTakes        = "lettered-takes"        // of two names a text pairs, the one with letters takes the other ("the Tehrik-e-…, or Movement for the Enforcement of Islamic Law, … TNSM")
	ruleAliasLetters         = "alias-letters"         // "the Haitian Armed Forces, the FAd'H,", "often called the C-24": letters in mixed case or with a number an alias pair gives are the acronym
	rulePluralSpelling       = "plural-spelling"       // "called Cristeros", "a Cristero": the spelling in the other number is kept as an alias
	ruleOwnedHead            = "owned-head"            // "the Group of Experts" is the "UN Group of Experts", the "Peace Council" the "KNU/KNLA Peace Council"
	ruleLongApposition       = "long-apposition"       // "the Jathika Sevaka Sangamaya, a trade union linked to the UNP": a name of three to five words set beside a description
	ruleNameBegun            = "name-begun"            // "the Union for Democratic Alternance, a coalition", "(Muslim United Front), a coalition": no part of a name begun before
	ruleCaptured             = "captured"              // "Ethiopian columns reoccupied Degehabur, Kebri Dahar and Werder": what is captured is a place
	ruleMembersKnown         = "members-known"         // "fighters known as Simbas": the name members go by is their group's
	ruleAcronymActs          = "acronym-acts"          // "Tehrik-i-Taliban Lerat (TTL), operates in the north": a name given letters and a verb is an actor
	ruleMidComplement        = "mid-complement"        // "replaced it with an appointed Council of State": a capitalised group noun with a complement after a lower-case word names a body
	ruleAtDeterminer         = "at-determiner"         // "At its Third Congress", "at a Round Table Conference": a name after "at" and a determiner is a meeting or a place
	ruleMembersPlace         = "members-place"         // "Mothers of the Plaza de Mayo": people named by a place are the group, not the place
	ruleRenamedNoun          = "renamed-noun"          // "the East German secret police, the Stasi, had …": a body's description, then its name set off by commas
	ruleForeignBracket       = "foreign-bracket"       // "the Red Lanterns (Hongdengzhao)": a name in another language in brackets after a faction's is its alias
	ruleMidStopCap           = "mid-stopcap"           // "His new party, New Democracy, won": a sentence-opening word capitalised mid-sentence is the name's
	ruleJoinedGroup          = "joined-group"          // "who was behind the 30 September Movement", "grew into the Southern Movement": a group noun's name after "behind" or "into" is no place
	ruleTitleRun             = "title-run"             // "the foreign minister, Carlos Saavedra Lamas, presided": a lower-case title before a person-shaped name
	ruleJoinedPerson         = "joined-person"         // "led by Joseph Kasa-Vubu, grew": a name whose parts a hyphen or an apostrophe joins, each capitalised, has a person's shape
	ruleGroupCue             = "group-cue"             // "Kavurma fighters", "the Kavurma faction", "the organisation Kavurma": with the acting rule, what the text writes around an unknown word counts as a group's
	ruleActing               = "acting"                // "the Montoneros announced", "The Montoneros split": an unknown word the text makes act, again and again, names a group
	ruleOrgHeaded            = "org-headed"            // "Les Transformateurs, the party of the economist Succès Masra,": a name of a person's shape a description headed by a noun WordNet files first as an organization follows is a body
	ruleOrgFirstNamed        = "org-first-named"       // "the state oil company Petroecuador": a noun whose first WordNet sense is an organization names the body after it, though a later sense is a person
	ruleBodyNamed            = "body-named"            // "the French group Action Directe", "the women's organisation Gerwani": a name of a person's shape or of one word after a body's noun is the body's
	ruleNounModifiers        = "noun-modifiers"        // "the women's organisation Gerwani", "the French group Action Directe": a possessive or a people's adjective modifies the group noun before a name
	rulePlacedRest           = "placed-rest"           // "the Defence Force" is the "Papua New Guinea Defence Force": a name's rest after a place names the body again
	ruleLettersModify        = "letters-modify"        // "the National Executive Council, the PNG cabinet,": letters before a noun for a group or a person modify it and name nothing before
	ruleLanguageLabel        = "language-label"        // "the Paris Commune (French: *Commune de Paris*)": a language's name and a colon open the bracketed name
	ruleMembersName          = "members-name"          // "the Zapatistas" are the "Zapatista National Liberation Army": a one-word plural of a name's first word names the group
	ruleDescribedBody        = "described-body"        // "a commander in the Cakrabirawa, the regiment that guarded the president": a name described by a noun first an organisation is a body, not a place
	rulePeopleBefore         = "people-before"         // "the Palestinian Fatah movement": a people's adjective before a name WordNet knows opens no longer name
	ruleApproached           = "approached"            // "stormed the Tajbeg Palace", "marched toward Government House": a building stormed or approached is a place
	ruleAssaulted            = "assaulted"             // "attacked the National Palace", "occupied the Law School": a building attacked, entered or burned is a place
	ruleMembersAt            = "members-at"            // "special forces stormed the Tajbeg Palace": members before a verb of assault, unlike "deputies in the Assembly", make no body of a building
	ruleModifiedSubject      = "modified-subject"      // "The Myanmar armed forces, known as the Tatmadaw,": a subject headed by a group noun a place or adjectives qualify is named
	ruleOrgBranch            = "org-branch"            // "its Islamic State Central Africa Province (ISCAP)": letters given to a name that opens with an organisation's name make a body, whatever noun heads it
	ruleShortApposition      = "short-apposition"      // "The main opposition party, Renamo, the Mozambican National Resistance,": a one-word foreign name set beside an organisation's by commas is its alias
	ruleFoundingBase         = "founding-base"         // "joined … to form Joint Church Aid (JCA)": the present and infinitive of a founding verb found a body as its past does
	ruleSelfNamed            = "self-named"            // "The militants call themselves Ahlu Sunnah Wa-Jama'a": the name a group gives itself with a finite "call(s) itself/themselves"
	ruleKnownAdverb          = "known-adverb"          // "Its enforcement arm, a unit known simply as "the Squad"": a description's name given with an adverb in -ly
	ruleQuotedSetOff         = "quoted-set-off"        // "a unit known simply as "the Squad", carried out": a body named by its noun alone, in quotes, is set off by the comma after them
	ruleTookName             = "took-name"             // "joined bands in the forests of Equatoria and took the name Anyanya": the name a group takes, after the actor markers
	ruleScriptGloss          = "script-gloss"          // "Hanahoe (하나회, "Society of One"), a secret fraternity": the name in its own script, then a quoted gloss, between a name and its description
	ruleOfHead               = "of-head"               // "a secret fraternity of Korea Military Academy graduates": a location noun before a group's or a person's noun qualifies it and makes no place
	ruleBarePlural           = "bare-plural"           // "the Regulares, Moroccan infantry and cavalry units led by Spanish officers": a description with no article headed by a plural group noun
	ruleElidedArticle        = "elided-article"        // "Patriotic Movement of Côte d'Ivoire (…, MPCI)": a word after an elided article is a capitalised word of the name, its initial the letter after the apostrophe
	ruleOrLettersHeld        = "or-letters-held"       // "the ECOWAS Mission in Côte d'Ivoire or ECOMICI": letters after "or" that the name holds in order, not only its initials, are its letters
	ruleTitledApposition     = "titled-apposition"     // "President Julius Nyerere, a close political ally,": a title before a name makes it a person's whatever describes it
	ruleSectionNumber        = "section-number"        // "4.4 Yesterday evening, …": the word after a paragraph's number opens its sentence
	ruleOfClause             = "of-clause"             // "Ansor, the youth wing of NU, became common": the phrase after "of" in a description ends at its comma, and names no place past it
	ruleLocalPlural          = "local-plural"          // "the Zintan brigades, an alliance of local militias,": a town's or an unknown name before military units in the plural names them, where a nation's adjective only describes ("the Libyan militias")
	ruleDistrictNoun         = "district-noun"         // "the Swat district police said": a lower-case location noun between a place and a body's noun qualifies the body
	ruleRenamedWing          = "renamed-wing"          // "Its youth wing, the Imbonerakure, has been accused": a group's part a possessive opens, set beside a name by commas, is named by it
	ruleModifierNoun         = "modifier-noun"         // "Markpress, a public relations agency in Geneva,": a group noun that only modifies the noun after it ("public", "youth") does not end a description beside a name
	rulePossessedBody        = "possessed-body"        // "Its Uruguayan battalion, about 700 soldiers, was in Bunia": "its" or "their" opens a nation's body acting as "the" does
	ruleGroupSource          = "group-source"          // "a call from the Catalan National Assembly (ANC)": a name given letters and headed by a noun for a place and a group ("Assembly") is a source after "from" or "on", not a place
	ruleInnerArticle         = "inner-article"         // "Alliance of Patriots for a Free and Sovereign Congo (APCLS)": "a" after a complement's preposition deep in a name, and in the name letters in brackets close, goes on with the name
	ruleMilitaryArea         = "military-area"         // "whose Shenyang Military Region faced the Soviet Far East": a capitalised location noun a military word qualifies names the command that holds the area
	ruleCapitalPreposition   = "capital-preposition"   // "a network called Students Against Discrimination,": a preposition written with a capital between name words is the name's
	rulePluralOwner          = "plural-owner"          // "the Fiji Women's Rights Movement": a possessive WordNet's morphology reduces to a noun for people or a group is the name's; an owner's name ("Gbagbo's") is not
	ruleArticleOwner         = "article-owner"         // "the front created a Women's Detachment": an article before the plural owner shows its capital the writer's, as a capitalised word before it does
	ruleTitleOwner           = "title-owner"           // "The Prosecutor General's Office said": a title's possessive ("General's", a stop capital alone) goes on in the name its group noun heads
	ruleInnerOwner           = "inner-owner"           // "the doors of the People's Majlis on Thursday": a possessive of a noun for people or a group a name word follows goes on in the name read after a rule's cue
	ruleLettersPreposition   = "letters-preposition"   // "The Accord on Non-Aggression and Defence Assistance (…, ANAD)": a preposition after an article's capital goes on in the name its letters close
	ruleGlossPreposition     = "gloss-preposition"     // "the Opposition Alliance against the Dictatorship (Alianza …)": a group noun's complement over a preposition runs to the bracket that closes the name
	ruleCommaDescribed       = "comma-described"       // "his broad movement, known as Lavalas,": a group noun's phrase a comma sets off before the marker is described (faction_commadescribed.go)
	ruleKnownByNoun          = "known-by-noun"         // "a team of foreign officers, known by its Portuguese acronym EMOCHM,": the name after "known by its" and a noun for a name (faction_commadescribed.go)
	ruleBareIndefinite       = "bare-indefinite"       // "A second firm, Karazhanbasmunai, jointly owned by …": an indefinite phrase an organisation's noun heads, then a name with no article set off by commas
	ruleAmpersandName        = "ampersand-name"        // "a law firm, Manatt, Phelps & Phillips, had been engaged": a comma a name and an ampersand follow goes on with a firm's name, not beside it
	ruleBodyPerfect          = "body-perfect"          // "The Italian government has protested to Tripoli": a nation's body as the subject of a verb in the perfect acts
	ruleWhoseParty           = "whose-party"           // "whose small Gaumee Ithihaad party": the relative "whose" opens a party's proper name as a possessive determiner does
	ruleMarkedBefore         = "marked-before"         // "the "Fiancés of Death" (Novios de la Muerte)", "Students Against Discrimination, known in Bengali as …": the name before an alias read through its quotes and a capital preposition
	ruleQualifiedSplit       = "qualified-split"       // "a breakaway group called the LSSP (Revolutionary)": a parent's letters and a bracketed qualifier name a part of its own (faction_qualsplit.go)
)

var allRules = []rule{
	{ruleAcronym, findByAcronym},
	{ruleDefiner, findByDefiner},
	{ruleApposition, findByApposition},
	{ruleOrgHead, findByOrgHead},
	{ruleKnownAs, findByKnownAs},
	{ruleActor, findByActor},
	{ruleList, findByList},
	{ruleContext, findByContext},
	{ruleBody, findByNationalBody},
	{ruleQualifiedSplit, findQualifiedSplits},
	{ruleSiblings, findBySiblings},
	{ruleNumbered, findByNumbered},
	{ruleFounding, findByFounding},
	{ruleLettersActor, findByLettersActor},
	{ruleCalledGroups, findByCalledGroups},
	{ruleGlossedWord, findByGlossedWord},
	{ruleSoCalled, findBySoCalled},
	{ruleListEntry, findByListEntry},
	{ruleLowerParty, findByLowerParty},
	{ruleLowerHead, findByLowerHead},
	{ruleRenamedNoun, findByRenamedNoun},
	{ruleKnownOrg, findByKnownOrg},
	{rulePlainActor, findByPlainActor},
	{ruleVerbalGloss, findByVerbalGloss},
	{ruleListedWith, findByListedWith},
	{ruleAlliance, findByAlliance},
	{ruleEntryOrgLabel, findByEntryOrgLabel},
	{ruleEntryOwnedBody, findByEntryOwnedBody},
	{ruleQuotedGroup, findByQuotedGroup},
	{ruleHyponym, findByHyponym},
	{ruleAsKnown, findByAsKnown},
	{ruleDescribedBefore, findByDescribedBefore},
}

func (x extractor) rules() []rule {
	if len(x.disabled) == 0 {
		return allRules
	}
	var out []rule
	for _, r := range allRules {
		if !x.disabled[r.name] {
			out = append(out, r)
		}
	}
	return out
}

// findByAcronym keeps the acronym definitions whose long form names an
// organisation, or that the sentence describes as a group.
func findByAcronym(p *para) []candidate {
	var out []candidate
	for _, d := range p.acronyms() {
		if c, ok := acronymCandidate(p, d); ok {
			out = append(out, c)
		}
	}
	return out
}

// acronymCandidate is the candidate definition d proposes, if any: a
// source the paragraph cites, a name the acronym merely stands for, or a
// group the paragraph shows to be one, scored by how it shows it.
func acronymCandidate(p *para, d acronymDef) (candidate, bool) {
	long := stripArticle(d.Long)
	if reportsNext(p.text[d.end:]) && (p.off[ruleReportsOwn] || !reportsOwnAction(p.text[d.end:])) && (p.off[ruleReportsOwnLater] || !ownsLater(p.text[d.end:])) {
		// "The United Nations (UN) estimates …": a source cited, not
		// a party; the acronym still names it if another rule finds it.
		c := p.cand(long, scoreMention)
		c.acronym, c.cited, c.source = d.Short, true, true
		return c, true
	}
	ev := readAcronymEvidence(p, d, long)
	if ev.unshown {
		if p.off[ruleNamedAcronym] {
			return candidate{}, false
		}
		// Not shown to be a group here; the acronym still names it if
		// another rule finds it ("a body they called the Committee
		// Representing Pyidaungsu Hluttaw, or CRPH").
		c := p.cand(long, scoreMention)
		c.acronym, c.cited = d.Short, true
		return c, true
	}
	name := long
	if !p.off[rulePartLong] && knownAsLetters(p.text[d.start:d.end], d.Short, long, p.acronyms()) {
		name = d.Short // "its Ceasefire Monitoring Group, known as ECOMOG"
	}
	c := p.cand(name, ev.score())
	c.acronym = d.Short
	// Initials are given to a body's name in its own language, not to
	// a person's: the person test, which reads any run of unknown
	// capitalised words as a name, must not drop it.
	c.taken = c.taken || ev.foreign
	return c, true
}

// acronymEvidence is what a paragraph shows of the body an acronym
// definition names.
type acronymEvidence struct {
	descriptive bool // the words around it describe a group, or a leader or agent shows one
	heading     bool // the definition is a bold heading line
	opener      bool // it opens the paragraph (not a heading)
	foreign     bool // letters in brackets after a name in its own language
	unshown     bool // nothing shows the long form to be an organisation
}

// readAcronymEvidence reads the words around definition d, whose long
// form is long. The words that describe a definition lie close to it;
// reading no further keeps this linear in the paragraph.
func readAcronymEvidence(p *para, d acronymDef, long string) acronymEvidence {
	var ev acronymEvidence
	after, before := p.text[d.end:min(len(p.text), d.end+240)], p.text[max(0, d.start-120):d.start]
	ev.descriptive = definesGroup(after) || !p.off[ruleNamedAfter] && (namedAfterDescription(before) || describedBefore(before)) ||
		!p.off[ruleGlossKindNoun] && kindBeforeBracket(p.text[d.start:d.end])
	ev.heading = !p.off[ruleHeading] && isBoldLine(p.orig)
	ev.opener = opensParagraph(p.text, d.start) && !ev.heading
	profiled := ev.opener && refersToGroupWords(p.lowerWords()) || opensSentence(p.text, d.start) && startsWithCopula(p.text[d.end:])
	// "The Voice for Missing Persons (VMP), led by …": what has no
	// organisation's head is shown to be one by its leader.
	led := !p.off[ruleLedBy] && ledAfter(after) && strings.Count(before, "(") == strings.Count(before, ")") && !isOrgName(long)
	ev.descriptive = ev.descriptive || led || !p.off[ruleAgentLetters] && agentBefore(before)
	// "Long Name (LN) operates": the letters in brackets after the name, no gloss.
	ev.foreign = !p.off[ruleForeignLettered] && foreignLettered(long, p.text[:d.start], !p.off[ruleSentenceCaseForeign])
	notOrg := !isOrgName(long) && (p.off[ruleOrgBranch] || !orgPrefixed(long)) && !ev.foreign
	acts := notOrg && !p.off[ruleAcronymActs] && strings.HasSuffix(p.text[d.start:d.end], "("+d.Short+")") && strings.Contains(long, " ") &&
		!strings.Contains(long, "'") && (definitionActs(after) || !p.off[ruleActsAdverb] && definitionActs(pastAdverbs(after))) && !isPlaceOrPeople(long) &&
		(actorHead(long) || !p.off[ruleHyphenHead] && hyphenedUnknownHead(long))
	ev.unshown = notOrg && !acts && (p.off[ruleOrgBeforeParticiple] || !orgBeforeParticiple(long)) && !ev.descriptive && !profiled &&
		!describedBefore(before) && (p.off[ruleGlossedLetters] || !glossedAsOrg(p.text[d.start:d.end], d.Acronym))
	return ev
}

// score is how well the definition describes its body: an opener best,
// then a described definition; a heading scores nothing, since any
// paragraph saying more describes the body better.
func (ev acronymEvidence) score() int {
	switch {
	case ev.opener:
		return scoreOpener
	case ev.descriptive:
		return scoreDefined
	case ev.heading:
		return 0
	}
	return scoreMention
}

// orgPrefixed reports whether name opens with an organisation's name of
// two words or more and goes on in capitalised words (rule org-branch):
// "Islamic State Central Africa Province" is a branch of the Islamic
// State, whatever noun heads it. Given letters, such a name is a body.
func orgPrefixed(name string) bool {
	words := strings.Fields(name)
	for k := 2; k < len(words); k++ {
		if !startsUpper(words[k]) {
			return false
		}
	}
	for k := 2; k < len(words); k++ {
		if isOrgName(strings.Join(words[:k], " ")) {
			return true
		}
	}
	return false
}

// knownAsLetters reports whether a definition "long, known as SHORT"
// gives letters that open with another acronym's of the paragraph and
// spell long with the rest ("ECOMOG": "ECO" of ECOWAS, "MOG" of "its
// Ceasefire Monitoring Group"). The long form then names only part of
// what the letters stand for, and the text's own name for the body is
// the acronym. Letters spelled otherwise, often another language's
// ("the Croatian Democratic Union, known as the HDZ"), are left alone.
func knownAsLetters(def, short, long string, defs []acronymDef) bool {
	if !strings.Contains(def, ", known as ") || lettersInOrder(short, long) {
		return false
	}
	for _, o := range defs {
		if o.Short == short {
			continue
		}
		n := commonPrefix(o.Short, short)
		if n >= 2 && n < len(short) && lettersInOrder(short[n:], long) {
			return true
		}
	}
	return false
}

// commonPrefix returns the length in bytes of the prefix a and b share.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// lettersInOrder reports whether the letters of short appear, in order
// and ignoring case, in long: "UNPROFOR" in "United Nations Protection
// Force".
func lettersInOrder(short, long string) bool {
	l := []rune(strings.ToLower(long))
	k := 0
	for _, r := range strings.ToLower(short) {
		if !unicode.IsLetter(r) {
			continue
		}
		for k < len(l) && l[k] != r {
			k++
		}
		if k == len(l) {
			return false
		}
		k++
	}
	return true
}

// isBoldLine reports whether a paragraph is one line in bold: a heading
// ("**Fact Sheet — Regional Assistance Mission (RAMSI)**"), which names a
// group without saying what it is.
func isBoldLine(text string) bool {
	return strings.HasPrefix(text, "**") && strings.HasSuffix(text, "**") && !strings.Contains(text, "\n")
}

// namedAfterDescription reports whether the text before a name gives the
// name to a group it has just described: "to lead the force, which is
// known as the", "a rebel alliance known as the".
func namedAfterDescription(before string) bool {
	if !strings.Contains(before, "known") {
		return false // the cheap test first: no "known as" to end with
	}
	words := strings.Fields(before)
	n := len(words)
	if n > 0 && words[n-1] == "the" {
		n--
	}
	if n < 3 || words[n-1] != "as" || words[n-2] != "known" {
		return false
	}
	n -= 2
	if n >= 2 && (words[n-1] == "is" || words[n-1] == "was") && (words[n-2] == "which" || words[n-2] == "that") {
		n -= 2
	}
	if n < 1 {
		return false
	}
	return isPredicateNoun(strings.ToLower(trimRight(words[n-1], ",")))
}

// opensSentence reports whether the definition at byte start is a
// sentence's subject: only an article lies between it and the sentence's
// start ("… missions. The United Nations Operation in Côte d'Ivoire
// (UNOCI) was created …").
func opensSentence(text string, start int) bool {
	pre := strings.TrimSpace(text[:start])
	pre = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(pre, "The"), "the"))
	return pre == "" || strings.HasSuffix(pre, ".") || strings.HasSuffix(pre, "!") || strings.HasSuffix(pre, "?")
}

// prepositions head the phrases whose object is no subject acting.
var prepositions = map[string]bool{
	"of": true, "from": true, "in": true, "with": true, "by": true, "to": true, "for": true,
	"among": true, "at": true, "on": true, "into": true, "within": true, "between": true,
}

// reportingVerbs say what a source states; a body named only as their
// subject is cited, not described acting.
var reportingVerbs = map[string]bool{
	"estimates": true, "estimated": true, "says": true, "said": true, "reports": true,
	"reported": true, "notes": true, "noted": true, "warns": true, "warned": true,
}

// reportsNext reports whether rest opens with a reporting verb.
func reportsNext(rest string) bool {
	var room [1]string
	f := appendFirstFields(room[:0], rest[:min(len(rest), 40)], 1)
	return len(f) > 0 && reportingVerbs[trimRight(f[0], ",")]
}

// glossedAsOrg reports whether the definition span translates the name
// into an organisation's name before its letters: "Neo Lao Hak Xat (Lao
// Patriotic Front, NLHX)" names a front, whatever the words of its own
// language.
func glossedAsOrg(span string, a Acronym) bool {
	gloss, ok := spanGloss(span, a)
	return ok && isOrgName(gloss)
}

// reportsOwnAction reports whether rest, opening with a reporting verb,
// goes on to say what the source itself did: "(SEDENA) said it had sent
// reinforcements", "(ICRC) said its teams had begun evacuating". A body
// reporting its own deeds acts in the crisis; one only estimating or
// noting is a source.
func reportsOwnAction(rest string) bool {
	var room [3]string
	f := appendFirstFields(room[:0], rest[:min(len(rest), 60)], 3) // the words read below
	if len(f) > 2 && f[1] == "that" {
		f = f[1:]
	}
	return len(f) > 1 && (f[1] == "it" || f[1] == "its")
}

// maxOwnWords is how many words after a cited source's reporting verb
// ownsLater reads for its possessive.
const maxOwnWords = 12

// ownsLater reports whether the clause rest opens, a reporting verb and
// what it reports, holds "its" within maxOwnWords words of the same
// sentence: "(WFP) said three of its staff had been killed". What the
// source reports about its own staff, offices or operations puts it in
// the crisis; an estimate about others does not.
func ownsLater(rest string) bool {
	var room [maxOwnWords]string
	f := appendFirstFields(room[:0], rest[:min(len(rest), 120)], maxOwnWords)
	if len(f) < 2 {
		return false
	}
	for _, w := range f[1:] {
		if trimRight(w, ",;:") == "its" {
			return true
		}
		if strings.HasSuffix(w, ".") {
			return false
		}
	}
	return false
}

// describedBefore reports whether the words before a name describe it as a
// group: "The main rebel group was the …", "his party, the …", "a local
// proxy force, the …".
func describedBefore(before string) bool {
	if !strings.HasSuffix(strings.TrimRightFunc(before, unicode.IsSpace), "the") {
		return false // the cheap test first: no "the" to end with
	}
	words := strings.Fields(before)
	n := len(words)
	if n < 2 || words[n-1] != "the" {
		return false
	}
	i := n - 2
	switch words[i] {
	case "was", "is", "were", "are", "became":
		i--
	}
	if i < 0 {
		return false
	}
	w := words[i]
	core := strings.ToLower(trimRight(w, ","))
	return (core != strings.ToLower(w) || i < n-2) && isPredicateNoun(core)
}

// findByDefiner reads sentences that open by defining a group: "Ansar Dine
// is another splinter cell …".
func findByDefiner(p *para) []candidate {
	var out []candidate
	words := p.words()
	for k, sent := range p.sentences() {
		if name, ok := definerWordsWith(words[sent:], !p.off[rulePlaceStop]); ok {
			score := scoreOpener
			if k > 0 {
				score = scoreDefined
			}
			out = append(out, p.cand(name, score))
		}
	}
	return out
}

// namesGroup reports whether words open with "the" and a name headed by
// a capitalised group noun ("the Nepal Sadbhawana Party"): another name in
// a list, where a description would write the noun in lower case ("the
// French military force").
func namesGroup(words []string) bool {
	if len(words) < 2 || words[0] != "the" && words[0] != "The" {
		return false
	}
	for _, w := range words[1:min(len(words), 7)] {
		core := trimRight(w, ".,;:!?)”\"'’")
		if !startsUpper(core) {
			return false
		}
		if isPredicateNoun(strings.ToLower(core)) {
			return true
		}
		if core != w {
			return false
		}
	}
	return false
}

// describedFirst reports whether the name at words[i], after "the", is
// set beside the description opening its sentence: "A splinter group that
// kept part of the name, the UFDD-Fondamentale, follows …". With mid, the
// description may open later in the sentence with an indefinite article:
// "In 1945 a nationalist movement, the Lao Issara, proclaimed …".
func describedFirst(words []string, i int, mid bool) bool {
	if i < 3 || words[i-1] != "the" || !strings.HasSuffix(words[i-2], ",") {
		return false
	}
	s := i - 2
	for s > 0 && !strings.ContainsAny(words[s-1][len(words[s-1])-1:], ".?!") {
		s--
	}
	if strings.Count(strings.Join(words[s:i-1], " "), ",") > 1 {
		return false // the comma closes a clause, not the description
	}
	if describesGroup(words[s : i-1]) {
		return true
	}
	for k := s + 1; mid && k < i-2; k++ {
		if indefinite(words[k]) && describesGroup(words[k:i-1]) {
			return true
		}
	}
	return false
}

// describedByPossessive reports whether the name at words[i] is set
// beside a description a possessive determiner opens just before it:
// "His new party, New Democracy, won …", "their armed wing, Umkhonto,
// attacked …". The possessive stands for the article describedFirst
// wants.
func describedByPossessive(words []string, i int) bool {
	if i < 2 || !strings.HasSuffix(words[i-1], ",") {
		return false
	}
	for k := i - 2; k >= max(0, i-5); k-- {
		switch strings.ToLower(words[k]) {
		case "his", "her", "its", "their":
			return describesGroup(append([]string{"a"}, words[k+1:i]...))
		}
		if strings.ContainsAny(words[k], ",.;:!?") {
			return false
		}
	}
	return false
}

// longBeside returns the organisation's name that words[:i] end with
// before a comma when the apposition name at i is a short form in
// capitals: "the Special Purpose Police Detachment, OPON, a riot unit"
// gives the letters, perhaps of another language, to that name. It
// returns "" otherwise.
func longBeside(words []string, i int, short string) string {
	if i == 0 || !isShortForm(short) || strings.ToUpper(short) != short || !strings.HasSuffix(words[i-1], ",") {
		return ""
	}
	ws := append(words[:i-1:i-1], strings.TrimSuffix(words[i-1], ","))
	long := nameEnding(ws)
	if !strings.Contains(long, " ") || !isOrgName(long) {
		return ""
	}
	return long
}

// findByApposition reads groups named beside a description: "the
// terrorist cell Al-Mulathameen", "Licorne, the French military force
// …", "One such outfit, the Jungle Lions, was a … militia".
func findByApposition(p *para) []candidate {
	var out []candidate
	for _, name := range appositions(p.words(), p.lowerWords(), p.off) {
		out = append(out, p.cand(name, scoreDefined))
	}
	words := p.words()
	for i := 0; i < len(words); i++ {
		name, next, glossed := nameBesideComma(p, i)
		if name == "" {
			continue
		}
		c, ok, read := besideDescription(p, i, name, next, glossed)
		if ok {
			out = append(out, c)
		}
		if read {
			i = next - 1
		}
	}
	return out
}

// nameBesideComma reads a name at words[i] that a comma closes, within
// two words, and returns it with the index after it and after any gloss
// or self-description ("Viv Ansanm, Haitian Creole for "living
// together","), or "".
func nameBesideComma(p *para, i int) (name string, next int, glossed bool) {
	words := p.words()
	if !startsUpper(words[i]) && !hasArticlePrefix(words[i]) {
		return "", 0, false // nameAt reads no name here: the cheap test, for most words
	}
	if !commaIn(words, i, nameCommaWords(p.off)) && (p.off[ruleParenGloss] || !quotedParenWithin(words, i+1, i+3)) {
		return "", 0, false // a name set beside a description ends at a comma within a few words
	}
	if i > 0 && !strings.HasSuffix(words[i-1], ",") && isNameWord(trim(words[i-1], begunCut(p.off)), false) {
		return "", 0, false
	}
	if i > 1 && !p.off[ruleNameBegun] && innerConnector(words[i-1]) && isNameWord(trimLeft(words[i-2], "*(“\""), false) {
		return "", 0, false // "the Union for Democratic Alternance, …": the name began before
	}
	if i > 0 && placedBefore(p.lowerWords()[:i]) {
		return "", 0, false // "the district of Abobo, …", "fighting in Beni, …"
	}
	name, next = nameAt(words, i, readingOf(p.off))
	if name != "" && !p.off[ruleParenGloss] && (i == 0 || !startsUpper(words[i-1]) || !strings.HasSuffix(words[i-1], ",")) {
		// "the Lao Issara ("Free Lao"), proclaimed"; after "Oyan," the
		// name glossed may have begun before the comma.
		next = parenGlossEnd(words, next, !p.off[ruleScriptGloss])
	}
	if name == "" || next >= len(words) || !strings.HasSuffix(words[next-1], ",") {
		return "", 0, false
	}
	if strings.Count(name, " ") >= 2 && !longApposed(p, i, name) {
		return "", 0, false
	}
	if g := glossEnd(words, next); g > next && !p.off[ruleGloss] {
		next, glossed = g, true // "Viv Ansanm, Haitian Creole for "living together", an alliance"
	}
	if k := selfDescribed(p.lowerWords(), next); k > next && !p.off[ruleSelfDescribed] {
		next = k // "RED-Tabara, which presents itself as the armed wing"
	}
	if next >= len(words) {
		return "", 0, false
	}
	return name, next, glossed
}

// nameCommaWords is how many words, from its first, a name set beside a
// description by a comma may have: two, or with rule long-apposition
// maxApposedName ("the Jathika Sevaka Sangamaya, a trade union linked to
// the UNP"). nameAt still decides where the name ends; the comma must
// close it.
func nameCommaWords(off map[string]bool) int {
	if off[ruleLongApposition] {
		return 2
	}
	return maxApposedName
}

// longApposed reports whether a name of more than two words, at
// words[i], may be set beside a description: after "the" or headed by an
// organisation's noun ("the Jathika Sevaka Sangamaya, a trade union", not
// "Saad Eddine El Othmani, a party leader" or "Mac Curtain, the
// republican Lord Mayor of Cork,"), and not cited by "according to". A
// person's name of three words or more is written without an article.
func longApposed(p *para, i int, name string) bool {
	if sourcePhrase(p.lowerWords(), i) {
		return false
	}
	return i > 0 && p.lowerWords()[i-1] == "the" || isOrgName(name)
}

// sourcePhrase reports whether the name at lower[i] follows "according
// to" (perhaps with "the"): the comma after it closes the phrase citing a
// source, and what follows is the sentence's own subject ("According to
// the Ministry of Home Affairs, the number of people confirmed dead …").
func sourcePhrase(lower []string, i int) bool {
	if i > 0 && lower[i-1] == "the" {
		i--
	}
	return i > 1 && lower[i-1] == "to" && trim(lower[i-2], "*\"“(") == "according"
}

// commaIn reports whether one of the n words from words[i] ends in a
// comma.
func commaIn(words []string, i, n int) bool {
	for _, w := range words[i:min(len(words), i+n)] {
		if strings.HasSuffix(w, ",") {
			return true
		}
	}
	return false
}

// titledBefore reports whether a title ("President", "General") stands
// just before the name at words[i] (rule titled-apposition): the name is
// a person's, and a description after it that could be a group's
// ("a close political ally") describes the person.
func titledBefore(p *para, i int) bool {
	return !p.off[ruleTitledApposition] && i > 0 && isTitle(p.lowerWords()[i-1])
}

// besideDescription judges the words around a name set beside a comma:
// ok when they describe it as a group, and read when the words up to next
// are done with (a description, a person's, a place's or a list's).
func besideDescription(p *para, i int, name string, next int, glossed bool) (c candidate, ok, read bool) {
	words := p.words()
	if !p.off[ruleDescribedFirst] && describedFirst(words, i, !p.off[ruleDescribedMid]) || !p.off[rulePossessiveDescribed] && describedByPossessive(words, i) {
		// "A splinter group that kept part of the name, the UFDD-Fondamentale, follows …"
		return p.cand(trim(name, "*"), scoreDefined), true, true
	}
	switch strings.ToLower(words[next]) {
	case "a", "an", "another", "the", "was", "is", "are", "were":
	default:
		c, ok = bareBeside(p, i, name, next)
		return c, ok, ok
	}
	if c, ok, judged := besideNonGroup(p, i, name, next, glossed); judged {
		return c, ok, true
	}
	return groupBeside(p, i, name, words[next:]), true, true
}

// bareBeside judges a name beside words no article or copula opens: a
// description of its owner, a bare plural, or letters set beside it.
func bareBeside(p *para, i int, name string, next int) (candidate, bool) {
	words := p.words()
	if ownerDescribed(p, i, name, next) {
		return p.cand(trim(name, "*"), scoreDefined), true
	}
	if !p.off[ruleBarePlural] && barePlural(words[next:]) && !personLikeJoined(name, !p.off[ruleJoinedPerson]) && !isPlaceOrPeople(name) {
		return p.cand(trim(name, "*"), scoreDefined), true
	}
	return lettersSetBeside(p, i, name, next)
}

// besideNonGroup judges the words after a name that show it is no group
// described (a person's, a place's, a list's, or no group description at
// all, where only letters set beside it count); judged is false when
// none does.
func besideNonGroup(p *para, i int, name string, next int, glossed bool) (c candidate, ok, judged bool) {
	words := p.words()
	rest := words[next:]
	switch {
	case personLikeJoined(name, !p.off[ruleJoinedPerson]) && !glossed && (i == 0 || words[i-1] != "the" && words[i-1] != "The") && (p.off[ruleAppositionPerson] || titledBefore(p, i) || !indefinite(words[next]) && !orgHeaded(p, next) || !isPredicateNoun(describedHead(words[next+1:], !p.off[ruleAdverbParticiple]))):
		// "led by Ahmed Madobe, is …": a person beside the subject;
		// "President Julius Nyerere, a close political ally,": a title
		// makes the name a person's whatever describes it.
		return candidate{}, false, true
	case !p.off[rulePersonDescribed] && personDescription(rest, !p.off[ruleAdverbParticiple]):
		return candidate{}, false, true // "Hassan al-Turabi, the Islamist lawyer who heads the NIF": a person
	case ofLocation(p.lowerWords()[next:min(len(words), next+7)], !p.off[ruleOfClause], !p.off[ruleOfHead]):
		return candidate{}, false, true // "Beni, the headquarters of Myagdi district": a place
	case !p.off[ruleListedName] && namesGroup(rest):
		return candidate{}, false, true // "the CPN-UML, the Nepal Sadbhawana Party, …": a list, not a description
	case !describesGroupOver(rest, !p.off[ruleModifierNoun]) && !definesGroup(strings.Join(rest[:min(len(rest), 12)], " ")):
		if copulas[strings.ToLower(words[next])] && !p.off[ruleLettersCopula] {
			// "the United Nations Mission in Haiti, UNMIH, is ready":
			// letters between commas before a verb, a copula too.
			c, ok = lettersSetBeside(p, i, name, next)
		}
		return c, ok, true
	}
	return candidate{}, false, false
}

// groupBeside is the candidate of a name a group's description follows,
// marked a body where the description's head is an organisation's noun,
// and given as letters of the longer name before it where there is one.
func groupBeside(p *para, i int, name string, rest []string) candidate {
	words := p.words()
	c := p.cand(trim(name, "*"), scoreDefined)
	// "in the Cakrabirawa, the regiment that guarded the president": a
	// name the text describes by a noun whose first sense is an
	// organisation is a body wherever it is written.
	c.body = !p.off[ruleDescribedBody] && lang.IsOrgNoun(describedHead(rest[1:], !p.off[ruleAdverbParticiple])) && !isPlaceOrPeople(name) && !endsName(words, i)
	if long := longBeside(words, i, name); long != "" && !p.off[ruleBesideAcronym] {
		c = p.cand(long, scoreDefined) // "the Special Purpose Police Detachment, OPON, a riot unit"
		c.acronym = name
	}
	return c
}

// orgHeaded reports whether the description at words[next], opened by
// "the", is headed by a noun WordNet files first as an organization
// (rule org-headed): "Les Transformateurs, the party of the economist
// Succès Masra," names a party though its name has a person's shape. A
// person's description ends on a person's noun ("Ali Hassan, the
// party's leader,") and a place's on a location's ("the capital city"),
// so neither reads as one; "the" alone is not enough, as "Anton Vell,
// the opposition" shows.
func orgHeaded(p *para, next int) bool {
	words := p.words()
	if p.off[ruleOrgHeaded] || !strings.EqualFold(words[next], "the") || next+1 >= len(words) {
		return false
	}
	return lang.IsOrgNoun(describedHead(words[next+1:], !p.off[ruleAdverbParticiple]))
}

// barePlural reports whether words open a description with no article
// headed by a plural group noun that a relative clause or a participle
// and its preposition go on from: "the Regulares, Moroccan infantry and
// cavalry units led by Spanish officers". At least one modifier comes
// before the noun: lower-case words or a people's adjective, joined by
// "and" at most. A plural noun a verb follows ("Changsha, crowds
// rioted") is a clause's subject, not a description.
func barePlural(words []string) bool {
	for k, w := range words[:min(len(words), 6)] {
		core := trimRight(w, ",;:.")
		low := strings.ToLower(core)
		if k > 0 && strings.HasSuffix(low, "s") && isPredicateNoun(low) && !isPersonWord(low) {
			if core != w || k+2 >= len(words) {
				return false
			}
			next, after := strings.ToLower(words[k+1]), strings.ToLower(words[k+2])
			return relativePronoun(next) || strings.HasSuffix(next, "ed") && prepositions[after]
		}
		if core != w || startsUpper(core) && !lang.IsPeople(low) || isConnector(low) && low != "and" || prepositions[low] || !allLetters(low) {
			return false
		}
	}
	return false
}

// endsName reports whether the name read at words[i] may end a longer
// one: a connector comes before it, after a capitalised word or "of"
// ("Rally of the Republicans", "Civic Alliance for Justice and
// Democracy"). The description after it then describes the longer name.
func endsName(words []string, i int) bool {
	if i < 2 || !isConnector(strings.ToLower(trimLeft(words[i-1], "(*“\""))) {
		return false
	}
	prev := trim(words[i-2], "*(“\"")
	return prev == "of" || isNameWord(prev, false)
}

// lettersSetBeside reads letters set between commas after a name and
// before a verb: "The United Nations Organization Mission in the
// Democratic Republic of the Congo, MONUC, remains present". The letters,
// perhaps of another language, are the name's.
func lettersSetBeside(p *para, i int, name string, next int) (candidate, bool) {
	if !lettersBefore(p.words()[next]) || p.off[ruleLettersBeside] || !allCapitals(name) {
		return candidate{}, false
	}
	long := longBeside(p.words(), i, name)
	if long == "" {
		return candidate{}, false
	}
	c := p.cand(long, scoreMention)
	c.acronym = name
	return c, true
}

// parenGlossEnd returns the index after a parenthesis of a few words
// opening at words[j] and closed by a comma, "("Free Lao"),": a gloss of
// the name before it, which the comma after still sets beside what
// follows. It returns j when there is none.
//
// With script (rule script-gloss), the parenthesis may open with the name
// in its own script before the quoted gloss: "Hanahoe (하나회, "Society
// of One"), a secret fraternity".
func parenGlossEnd(words []string, j int, script bool) int {
	if !quotedParenWithin(words, j, j+1) && (!script || !scriptParen(words, j)) {
		return j
	}
	for k := j; k < len(words) && k < j+5; k++ {
		if strings.HasSuffix(words[k], "),") {
			return k + 1
		}
		if strings.Contains(words[k], ")") {
			return j
		}
	}
	return j
}

// scriptParen reports whether words[j] opens a parenthesis with a word in
// a script other than the Latin one, set off by a comma before a quoted
// gloss: "(하나회, "Society", "(ООН, "United".
func scriptParen(words []string, j int) bool {
	if j+1 >= len(words) || !strings.HasPrefix(words[j], "(") || !strings.HasSuffix(words[j], ",") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[j][1:])
	if !unicode.IsLetter(r) || unicode.Is(unicode.Latin, r) {
		return false
	}
	q, _ := utf8.DecodeRuneInString(words[j+1])
	return q == '"' || q == '“' || q == '‘'
}

// quotedParenWithin reports whether a word of words[from:to] opens a
// parenthesis with a quotation mark: a gloss, not letters.
func quotedParenWithin(words []string, from, to int) bool {
	for _, w := range words[min(from, len(words)):min(to, len(words))] {
		if strings.HasPrefix(w, "(\"") || strings.HasPrefix(w, "(“") || strings.HasPrefix(w, "(‘") || strings.HasPrefix(w, "('") {
			return true
		}
	}
	return false
}

// innerConnector reports whether w joins two parts of one name ("Union
// for Democratic Alternance"), as "the" and "and" need not.
func innerConnector(w string) bool {
	return isConnector(w) && w != "the" && w != "and"
}

// begunCut is what nameBesideComma trims from the word before a name to
// see whether the name began there: emphasis, and with rule name-begun an
// opening parenthesis or quote ("(Muslim United Front), a coalition").
func begunCut(off map[string]bool) string {
	if off[ruleNameBegun] {
		return "*"
	}
	return "*(“\""
}

// describedHead returns the noun heading the description words open
// after their article: the word before the first preposition, relative
// pronoun, participle or punctuation ("a private military company staffed
// by …" → "company", "a young former soldier from Sofala" → "soldier"),
// lowered, or "".
func describedHead(words []string, adverb bool) string {
	head := ""
	for k, w := range words[:min(len(words), 6)] {
		low := strings.ToLower(w)
		core := trimRight(low, ".,;:!?)”\"'’")
		if prepositions[core] || relativePronoun(core) || head != "" && (strings.HasSuffix(core, "ed") || strings.HasSuffix(core, "ing")) {
			return head
		}
		if adverb && head != "" && adverbBeforeParticiple(words, k) {
			return head // "an airline secretly owned by …": the adverb opens the participle's phrase
		}
		head = core
		if core != low {
			return head
		}
	}
	return head
}

// adverbBeforeParticiple reports whether words[k] is an adverb in -ly a
// participle follows ("secretly owned", "loosely organised"): it opens a
// phrase after the noun it describes, so the noun before it heads the
// description (rule adverb-participle).
func adverbBeforeParticiple(words []string, k int) bool {
	if k+1 >= len(words) {
		return false
	}
	adv, next := strings.ToLower(words[k]), strings.ToLower(trimRight(words[k+1], ".,;:!?)”\"'’"))
	return len(adv) > 4 && strings.HasSuffix(adv, "ly") && allLetters(adv) &&
		(strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "ing"))
}

// indefinite reports whether w is an indefinite article: a phrase it
// opens after a comma stands beside the name before it, where "the" may
// open the sentence's own subject ("Headed by Mr Ian Martin, the mission
// deployed").
func indefinite(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "another":
		return true
	}
	return false
}

// lettersBefore reports whether w, after capitals set between commas,
// goes on with the sentence (a verb in lower case) rather than a list.
func lettersBefore(w string) bool {
	return startsLower(w) && !isConnector(w) && w != "or"
}

// glossEnd reads a gloss of the name before words[j] in its own language,
// "Haitian Creole for "living together",", and returns the index after it,
// or j.
func glossEnd(words []string, j int) int {
	k := j
	for k < len(words) && k-j < 3 && startsUpper(words[k]) && words[k] == trimRight(words[k], ",;:.") {
		k++
	}
	if k == j || k+1 >= len(words) || words[k] != "for" || !strings.ContainsAny(words[k+1][:1], "\"“'‘") {
		return j
	}
	for m := k + 1; m < len(words) && m-k < 8; m++ {
		if strings.HasSuffix(words[m], "\",") || strings.HasSuffix(words[m], "”,") || strings.HasSuffix(words[m], ",\"") || strings.HasSuffix(words[m], ",”") {
			return m + 1
		}
	}
	return j
}

// selfDescribed reads ", which presents itself as" or ", which describes
// itself as" after a name and returns the index after it, or j.
func selfDescribed(lower []string, j int) int {
	if j+3 < len(lower) && lower[j] == "which" && (lower[j+1] == "presents" || lower[j+1] == "describes") && lower[j+2] == "itself" && lower[j+3] == "as" {
		return j + 4
	}
	return j
}

// placedBefore reports whether the words before a name put a place there:
// a locative preposition ("in", "at") or a place noun and "of" ("the
// district of").
func placedBefore(lower []string) bool {
	n := len(lower)
	if slices.Contains(locatives, lower[n-1]) && lower[n-1] != "from" && lower[n-1] != "on" {
		return true
	}
	return n >= 2 && lower[n-1] == "of" && lang.IsPlaceNoun(lower[n-2])
}

// ofLocation reports whether a description relates its noun to a
// location noun: "the headquarters of Myagdi district", "the capital of
// the province".
//
// With clause (rule of-clause), the phrase after "of" ends at the first
// punctuation: in "Ansor, the youth wing of NU, became common" the words
// after "NU," are the sentence's, and "common" (a park, to WordNet) is
// no location the wing belongs to.
//
// With head (rule of-head), a location noun a group's or a person's noun
// follows only qualifies it: "a secret fraternity of Korea Military
// Academy graduates" is no place's.
func ofLocation(lower []string, clause, head bool) bool {
	for i, w := range lower {
		if w != "of" {
			continue
		}
		end := min(len(lower), i+4)
		for k, x := range lower[i+1 : end] {
			core := trimRight(x, ",.;:")
			if lang.IsLocationNoun(core) && !isGroupWord(core) && (!head || core != x || !qualifiesNext(lower, i+2+k)) {
				return true
			}
			if clause && core != x {
				return false
			}
		}
		return false
	}
	return false
}

// qualifiesNext reports whether lower[j], after a location noun, is a
// noun for a group or a kind of person, which the location noun then
// qualifies ("Korea Military", "district officials").
func qualifiesNext(lower []string, j int) bool {
	if j >= len(lower) {
		return false
	}
	w := trimRight(lower[j], ",.;:")
	return isGroupWord(w) || isPersonWord(w)
}

// findByOrgHead reads capitalised names headed by a noun naming a group:
// "the Independent Electoral Commission", "Armed Forces of Liberia",
// "Security Council Resolution 1509" (the Security Council).
func findByOrgHead(p *para) []candidate {
	var out []candidate
	words := p.words()
	for i := 0; i < len(words); i++ {
		if c := words[i][0]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			continue // the cheap trigger: a capital letter
		}
		start, end := orgNameAt(p, i)
		if end <= start {
			continue
		}
		if !p.off[ruleComplement] && complementOfName(words, p.lowerWords(), start) && (p.off[ruleComplementPerson] || !ownerIsPerson(p, start)) {
			i = end - 1
			continue // "a separate Assembly of the Serb People": not the "Serb People"
		}
		name := trimLeft(strings.Join(words[start:end], " "), "(")
		if !p.off[ruleQuoteOpen] {
			name = trimLeft(name, "“\"‘") // `called the "Mountain Government",`
		}
		if end < len(words) && strings.HasPrefix(words[end], "(") && definesAcronym(name, trimRight(strings.TrimPrefix(trimPossessive(trimRight(words[end], ".,;:")), "("), ")")) {
			i = end - 1
			continue // an acronym definition: the acronym rule reads it
		}
		name = trimRight(name, ".,;:!?)”\"'’*")
		if !p.off[ruleHeadPossessive] {
			name = trimPossessive(name) // "the Tekoha Movement's leader"
		}
		if strings.Count(name, "(") > strings.Count(name, ")") {
			name += ")" // "Communist Party of Nepal (Maoist)"
		}
		if strings.Count(name, " ") > 0 && (p.isOrg(name) || !p.off[ruleMilitaryArea] && militaryArea(p, end-1)) {
			out = append(out, p.cand(name, scoreMention))
		}
		i = end - 1
	}
	return out
}

// militaryArea reports whether the paragraph's i-th word is a capitalised
// location noun that a capitalised military word qualifies ("Military
// Region", "Military District"): an army's territorial command, a body
// that acts, where the noun alone names a place (ruleMilitaryArea).
// WordNet decides what is military, and the lexicon what is a location.
func militaryArea(p *para, i int) bool {
	if i < 1 || !startsUpper(p.words()[i]) || !startsUpper(p.words()[i-1]) {
		return false
	}
	head := trimPossessive(cleanWord(p.lowerWords()[i]))
	if p.kindAt(i, head)&lang.LocationNoun == 0 {
		return false
	}
	return wordnet.Load().Military(cleanWord(p.lowerWords()[i-1]))
}

// complementOfName reports whether the name opening at words[start] is
// the complement of a capitalised name written before it: "Assembly of
// the Serb People", "General Agreement on the Establishment of Peace",
// "Ministry of Foreign Affairs of the Republic of Aldoria". That name is
// not the one read at start. A person's title ("Commander of the …"), a
// body's members ("Troops of the …") and a sentence's first word do not
// count as a name before it.
func complementOfName(words, lower []string, start int) bool {
	k := start
	if k > 0 && (words[k-1] == "the" || words[k-1] == "The") {
		k--
	}
	if k < 3 || !isComplementStart(words[k-1]) {
		return false
	}
	owner := trimLeft(trim(words[k-2], "*"), "(")
	if owner != trimRight(owner, ".,;:!?)”\"") || !startsUpper(owner) || isStopCap(owner) {
		return false
	}
	before := trimRight(words[k-3], "*")
	if strings.HasSuffix(before, ".") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, ":") {
		return false // the owner opens a sentence: "Troops of the …"
	}
	low := trim(lower[k-2], "*(")
	return !isPersonWord(low) && !isTitle(low) && !memberOrAsset(low) && !membersNouns[low]
}

// ruleComplementPerson: a name after "of" is no complement of the name
// before it when that one is a person's ("President Daniel Salamanca of
// the Genuine Republican Party"); see ownerIsPerson.
const ruleComplementPerson = "complement-person"

// ownerIsPerson reports whether the capitalised name before "of" ahead
// of the name opening at words[start] is a person's: its last word is no
// English word (a surname, not "Assembly" or "Agreement"), and the
// briefing's person names hold it or a title stands before it
// ("President Daniel Salamanca of the Genuine Republican Party"). The
// name after "of" is then the body the person belongs to, not the
// complement of a longer name.
func ownerIsPerson(p *para, start int) bool {
	words, lower := p.words(), p.lowerWords()
	k := start
	if k > 0 && (words[k-1] == "the" || words[k-1] == "The") {
		k--
	}
	end := k - 1 // the "of"
	j := end - 1
	for j > 0 && startsUpper(words[j-1]) && words[j-1] == trimRight(words[j-1], ".,;:!?)”\"") && !isTitle(lower[j-1]) {
		j--
	}
	if j < 0 || j >= end || wordnet.IsWord(trim(lower[end-1], "*(")) {
		return false
	}
	return p.people[nameKey(strings.Join(words[j:end], " "))] || j > 0 && isTitle(trim(lower[j-1], "*("))
}

// orgNameAt finds the organisation name whose head is words[i], if words[i]
// is a capitalised group noun that heads its name: followed by a
// complement ("of …") or by no later group noun in the same run of
// capitalised words. It returns the name's word span, or i, i.
//
// The paragraph's lowered words spare testing every capitalised word as a
// head a copy, and its remembered classes a look-up.
func orgNameAt(p *para, i int) (int, int) {
	words, lower, off := p.words(), p.lowerWords(), p.off
	w := cleanWord(words[i])
	if !startsUpper(w) {
		return i, i
	}
	if head := trimPossessive(cleanWord(lower[i])); !isHeadKind(head, p.kindAt(i, head)) && (off[ruleMilitaryArea] || !militaryArea(p, i)) {
		return i, i
	}
	if !off[ruleLettersNoHead] && len(w) > 1 && allCapitals(w) && strings.HasPrefix(words[i], "(") {
		return i, i // "the National Defence Battalions (TEA)": letters in brackets are no group noun
	}
	complement := w == words[i] && i+1 < len(words) && isComplementStart(words[i+1])
	qualified := 0
	if !complement && w == words[i] && i+1 < len(words) && !strings.HasPrefix(words[i+1], "(") && isRunWord(cleanWord(words[i+1])) {
		if qualified = qualifierRun(words[i+1:]); qualified == 0 {
			return i, i // the name goes on: "Second World War", "United Nations Security Council"
		}
	}
	start := nameStartBefore(words, lower, off, i)
	if start == i && (i == 0 || words[i-1] != "the" && words[i-1] != "The") && (off[ruleMidComplement] || !complement || !midSentence(words, lower, i)) {
		return i, i // "Officials in Stepanakert", "Crowds of …": a sentence's capital, not a name
	}
	end := i + 1 + qualified // "Joint Task Force Marawi"
	if complement {
		end = complementEnd(words, i+1, off)
	}
	if w == words[i] && end < len(words) && isDigits(trimRight(words[end], ".,;:!?)")) {
		end++ // "Combined Task Force 635"
	}
	if !off[ruleGlossPreposition] && w == words[i] {
		end = bracketedComplement(words, end) // "Opposition Alliance against the Dictatorship (Alianza …)"
	}
	return start, qualifierEnd(words, end, off)
}

// nameStartBefore returns where the name whose head noun is words[i]
// starts: back over the capitalised words joined to it, a date or an
// ordinal that opens it ("23 March Movement", "1st Infantry Division"),
// a unit's number, and capitals a place's name or an article claims for
// it; not over an owner's possessive ("Gbagbo's Republican Guard").
func nameStartBefore(words, lower []string, off map[string]bool, i int) int {
	start := i
	for start > 0 && i-start < maxNameTokens {
		back, more := nameStepBack(words, lower, off, i, start)
		start -= back
		if !more {
			break
		}
	}
	if start < len(words) && words[start] == "and" {
		start++
	}
	return start
}

// nameStepBack reads the word before words[start], in a name whose head
// noun is words[i]: how many words the name goes back over, and whether
// it may go back further.
func nameStepBack(words, lower []string, off map[string]bool, i, start int) (int, bool) {
	prev := trim(words[start-1], "*")
	if prev == "and" && start > 1 && start < i+1 && isRunWord(trim(words[start-2], "*")) && !strings.HasSuffix(words[start-2], ",") {
		return 1, true // "Defence and Security Forces"
	}
	if k := numberOpensName(words, lower, off, i, start, prev); k > 0 {
		return k, false
	}
	if startsUpper(prev) && isStopCap(prev) && isPlaceOrPeople(prev+" "+trim(words[start], "*")) {
		return 1, true // "New Zealand Police"
	}
	if k := capitalOpensName(words, off, start, prev); k > 0 {
		return k, false
	}
	if nameRunEnds(words, off, start, prev) {
		return 0, false
	}
	return 1, true
}

// numberOpensName returns how many words before words[start] open the
// name with a date, an ordinal or a unit's number, or 0.
func numberOpensName(words, lower []string, off map[string]bool, i, start int, prev string) int {
	if k := dateBefore(words[:start]); k > 0 && !off[ruleDateName] {
		return k // "April 19 Student Movement", "23 March Movement", "May 19th Communist Organization"
	}
	if prev == trimRight(prev, ".,;:!?)”\"") && (isOrdinal(prev) || strings.HasPrefix(prev, "(") && isRunWord(prev[1:])) {
		return 1 // "1st Infantry Division", "(Ivorian Popular Movement …"
	}
	if !off[ruleUnitNumber] && unitNumber(prev, lower[i]) {
		return 1 // "its 32 Battalion", "3 Commando Brigade": a military unit numbered
	}
	return 0
}

// capitalOpensName returns how many words before words[start] open the
// name as a stop capital an article or the middle of a sentence claims
// for it, or as an opener (see openerBefore), or 0.
func capitalOpensName(words []string, off map[string]bool, start int, prev string) int {
	if !off[ruleArticleStopCap] && startsUpper(prev) && isStopCap(prev) && start > 1 && strings.EqualFold(words[start-2], "the") {
		return 1 // "the All Africa Conference of Churches": "the" opens the name, so the capital is the name's
	}
	if !off[ruleMidStopCap] && startsUpper(prev) && isStopCap(prev) && start > 1 && midSentenceCap(words[start-2], prev) {
		return 1 // "His new party, New Democracy, won": capitalised mid-sentence, the word is the name's
	}
	return openerBefore(words, off, start) // `a "People's Redemption Council"`, "the U.S. Air Force", "the Peace at Home Council"
}

// nameRunEnds reports whether prev, the word before words[start], is no
// word of the name: punctuated, bracketed, no word of a run (nor a
// title's owner), or an owner's possessive ("Gbagbo's Republican
// Guard": the owner is no part of the name).
func nameRunEnds(words []string, off map[string]bool, start int, prev string) bool {
	if prev != trimRight(prev, ".,;:!?)”\"") || strings.HasPrefix(prev, "(") || !isRunWord(prev) && (off[ruleTitleOwner] || !titleOwner(prev)) {
		return true
	}
	base := trimPossessive(prev)
	return base != prev && !isHeadWord(strings.ToLower(base)) && !isPersonWord(strings.ToLower(base)) && (off[rulePluralOwner] || !pluralOwner(words, start-1, !off[ruleArticleOwner]))
}

// midSentence reports whether words[i], a group noun before its
// complement, follows a lower-case word inside its sentence and is an
// organisation by its first sense in WordNet, with "of" after it ("an
// appointed Council of State"): its capital is then the writer's, not
// the sentence's, and names a body whatever determiner opens it. A noun
// whose first sense is a condition or a place ("a State of Siege") is
// left out.
func midSentence(words, lower []string, i int) bool {
	if i == 0 || i+1 >= len(words) || words[i+1] != "of" {
		return false
	}
	prev := words[i-1]
	return prev[0] >= 'a' && prev[0] <= 'z' && allLetters(prev) && !prepositions[prev] && lang.IsOrgNoun(lower[i])
}

// qualifierRun returns how many words close a name after its group noun
// as a qualifier naming where the body serves rather than another head:
// "Joint Task Force Marawi", "International Force East Timor". They must
// end the run of capitals and be a place of one or two words, or one word
// no table of English knows (a place the gazetteer lacks); 0 when they
// are not such a qualifier.
func qualifierRun(words []string) int {
	for n := 1; n <= 2 && n <= len(words); n++ {
		if words[n-1] != trimRight(words[n-1], ".,;:!?)”\"'’") || n == len(words) || !isRunWord(cleanWord(words[n])) && !strings.HasPrefix(words[n], "(") {
			run := make([]string, n)
			for k := range run {
				run[k] = cleanWord(words[k])
			}
			if isPlaceOrPeople(strings.Join(run, " ")) || n == 1 && isUnknownWord(run[0]) {
				return n
			}
			return 0
		}
	}
	return 0
}

// definesAcronym reports whether short, in parentheses after name, is an
// acronym of it: it opens with the name's first initial ("United Nations
// (UN)") or closes with its initials ("General Command (PFLP-GC)").
func definesAcronym(name, short string) bool {
	if !isShortForm(short) {
		return false
	}
	ini := strings.ToUpper(initials(name))
	letters := strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' {
			return -1
		}
		return r
	}, strings.ToUpper(short))
	return ini != "" && (letters[0] == ini[0] || strings.HasSuffix(letters, ini))
}

// qualifierEnd extends a name over a parenthesised qualifier in capitals
// that is no acronym: "Communist Party of Nepal (Maoist)", "Nepali
// Congress (Democratic)".
func qualifierEnd(words []string, end int, off map[string]bool) int {
	if end == 0 || end >= len(words) || !strings.HasPrefix(words[end], "(") || words[end-1] != trimRight(words[end-1], ".,;:!?)") {
		return end
	}
	for k := end; k < len(words) && k < end+4; k++ {
		w := trimLeft(words[k], "(")
		if !startsUpper(w) || k == end && (isShortForm(trimRight(w, ").,;:")) || isWordAcronym(trimRight(w, ").,;:"))) {
			return end
		}
		if strings.ContainsAny(w, "0123456789") {
			return end // "(M-26-7)": a code, no qualifier in words
		}
		if strings.HasSuffix(w, ",") && !strings.Contains(w, ")") && !off[ruleGlossNotQualifier] {
			return end // "(Dimokratikos Stratos Elladas, DSE)": a gloss and letters, no qualifier
		}
		if i := strings.IndexByte(w, ')'); i >= 0 {
			if i != len(trimRight(w, ".,;:"))-1 {
				return end
			}
			return k + 1
		}
	}
	return end
}

// unitNumber reports whether a cardinal number before the head word
// numbers a military unit: "32 Battalion", not "2,000 Troops" or "two
// Battalions" (the count of a plural).
func unitNumber(prev, head string) bool {
	head = trim(head, "*.,;:!?)”\"")
	return isDigits(prev) && !strings.HasSuffix(head, "s") && wordnet.Load().Military(head)
}

// isOrdinal accepts "1st", "2nd", "101st", "4th".
func isOrdinal(w string) bool {
	n := len(w)
	return n >= 3 && isDigits(w[:n-2]) && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"))
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// isHeadWord: a group noun, or the plural of a kind of person.
func isHeadWord(w string) bool { return isHeadKind(w, lang.Classify(w)) }

// isHeadKind is isHeadWord of w, whose classes are k.
func isHeadKind(w string, k lang.Kind) bool {
	return k&lang.GroupNoun != 0 || strings.HasSuffix(w, "s") && k&lang.PersonNoun != 0
}

// trimRightPunct is strings.TrimRight for a cutset of punctuation (it
// must hold no letter or digit): a word ending in an ASCII letter or digit,
// most words, is returned at once without building the cutset.
func trimRightPunct(w, cutset string) string {
	if w == "" || isAlnumByte(w[len(w)-1]) {
		return w
	}
	return trimRight(w, cutset)
}

// cleanWord trims the punctuation around a word. Most words have none: a
// word opening and closing with an ASCII letter or digit is returned as it
// is, without building strings.Trim's cutset.
func cleanWord(w string) string {
	if w != "" && isAlnumByte(w[0]) && isAlnumByte(w[len(w)-1]) {
		return w
	}
	return trim(w, ".,;:!?()“”\"*")
}

// isRunWord accepts a capitalised word inside an organisation's name,
// titles included ("General People's Congress").
func isRunWord(w string) bool {
	w = trim(w, "“\"(")
	if w == "" || !startsUpper(w) && !hasArticlePrefix(w) {
		return false
	}
	if isTitle(strings.ToLower(w)) {
		return true
	}
	return !isStopCap(w)
}

// dateBefore returns 2 when words end with a day and a month, in either
// order ("April 19", "23 March"), which open a name dated by an event;
// else 0.
func dateBefore(words []string) int {
	n := len(words)
	if n < 2 {
		return 0
	}
	a, b := trim(words[n-2], "*"), trim(words[n-1], "*")
	if isNamingDay(b) && isMonthName(strings.ToLower(a)) || isNamingDay(a) && isMonthName(strings.ToLower(b)) {
		return 2
	}
	if n >= 3 && b != "" && isMonthName(strings.ToLower(b)) && a == "of" && isNamingDay(trim(words[n-3], "*")) {
		return 3 // "26th of July Movement"
	}
	return 0
}

// isNamingDay reports whether w is a day of the month as a name gives
// it: in digits, or as an ordinal in digits ("26th", "1st").
func isNamingDay(w string) bool {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(w, suffix); ok && isDay(d) {
			return true
		}
	}
	return isDay(w)
}

// isDay reports whether w is a day of the month written in digits.
func isDay(w string) bool {
	return isDigits(w) && len(w) <= 2 && w != "0" && w != "00"
}

func isComplementStart(w string) bool {
	switch w {
	case "of", "for", "in", "on", "to":
		return true
	}
	return false
}

// complementEnd reads a complement "of the Republic of Kosovo" from
// words[j] and returns the index after it; it stops before "and the",
// which joins another name. With persons, a plural naming a kind of
// person counts as a name word (rulePersonComplement); "a" or "an" may
// open the complement before a capital: "Coalition for a Republic",
// "Alliance for a Free Veldia" (ruleArticleComplement); a plural
// possessive a name word follows goes on (rulePossessiveComplement).
func complementEnd(words []string, j int, off map[string]bool) int {
	persons, article, serial := !off[rulePersonComplement], !off[ruleArticleComplement], !off[ruleSerialComplement]
	inner := !off[ruleInnerArticle]
	end := j
	for k := j; k < len(words) && k-j < maxNameTokens; k++ {
		w := words[k]
		core := trimRight(w, ".,;:!?)”\"'’*")
		if strings.HasPrefix(w, "(") {
			return end
		}
		switch {
		case isConnector(core) && core != "and", k == j && isComplementStart(core):
		case article && k == j+1 && (core == "a" || core == "an") && k+1 < len(words) && isRunWord(cleanWord(words[k+1])):
		case inner && k > j+1 && innerArticle(words, k):
		case core == "and" && k+1 < len(words) && startsUpper(words[k+1]) && !isStopCap(words[k+1]):
		case core == "and" && k+2 < len(words) && (words[k+1] == "of" || words[k+1] == "for") && startsUpper(words[k+2]):
			// "Corps of Personnel and of Administrative and Technical Services"
		case isRunWord(core) || strings.HasPrefix(core, "d'") || strings.HasPrefix(core, "d’") || persons && personsNamed(core):
			end = k + 1
		default:
			return end
		}
		if core != w && end == k+1 && !off[rulePossessiveComplement] && pluralPossessiveInside(words, k) {
			continue // "Committee of Soldiers' Mothers of Russia": the name goes on
		}
		if core != w {
			if first := j + 1; serial && end == k+1 && strings.HasSuffix(w, ",") && k > j {
				if first < len(words) && words[first] == "the" {
					first++
				}
				if e := serialEnd(words, first, k); e > 0 && first <= k {
					return e // "Council of the Army, Navy and Air Force"
				}
			}
			return end
		}
	}
	return end
}

// innerArticle reports whether words[k] is "a" or "an" between a
// preposition that opens a complement and a capitalised word of a name
// (rule inner-article): "Alliance of Patriots for a Free and Sovereign
// Congo". Deep in a name, as at its complement's start, the article
// belongs to the name: a sentence's own "for a" is followed by a
// lower-case word ("Council of Elders for a week").
func innerArticle(words []string, k int) bool {
	core := words[k]
	if core != "a" && core != "an" || k == 0 || k+1 >= len(words) {
		return false
	}
	return isComplementStart(words[k-1]) && isRunWord(cleanWord(words[k+1]))
}

// personsNamed reports whether the capitalised word names a kind of
// person in the plural, which a body's complement may end with even when
// the singular is a title: "Great Council of Chiefs", "Council of
// Ministers".
func personsNamed(w string) bool {
	return startsUpper(w) && strings.HasSuffix(w, "s") && isPersonWord(strings.ToLower(w))
}

// nameMarkers introduce a name given to a group described just before:
// "a rebel alliance known as the Forces Nouvelles", "a paramilitary unit
// called the Scorpions", "an armed group calling itself the “Invisible
// Commando”".
var nameMarkers = []string{" known as ", " known in ", " known ", " called ", " dubbed ", " calling itself ", " calling themselves ", " styled itself ", " named "}

// selfNamers are the finite forms of a group naming itself, read with
// rule self-named: "The militants call themselves Ahlu Sunnah Wa-Jama'a
// (ASWJ)", "The alliance calls itself Tasis".
var selfNamers = []string{" call themselves ", " calls itself ", " called itself ", " called themselves ", " call itself "}

// findByKnownAs reads the names given after a description of a group.
// When the description is itself set beside a name (", an elite force
// popularly called the “Red Berets”"), the knownAs aliases apply instead.
func findByKnownAs(p *para) []candidate {
	var out []candidate
	lower := p.lower()
	selfNamed := !p.off[ruleSelfNamed] && (strings.Contains(lower, " itself ") || strings.Contains(lower, " themselves "))
	if !selfNamed && !p.has(markKnown|markCalled|markDubbed|markStyled|markNamed) {
		return nil // the cheap trigger: every marker holds one of these
	}
	markers := nameMarkers
	if selfNamed {
		markers = append(slices.Clip(markers), selfNamers...)
	}
	for _, m := range markers {
		for at, from := range occurrences(lower, m) {
			if c, ok := p.knownAsAt(m, at, from); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// knownAsAt reads the name the marker m gives at p.text[at:from], when
// the words before it describe a group; ok is false when there is none.
func (p *para) knownAsAt(m string, at, from int) (c candidate, ok bool) {
	from, ok = nameStartAfter(p, m, from)
	if !ok {
		return candidate{}, false
	}
	before := sentenceWordsBefore(p.text, at)
	if !p.off[rulePersonKnown] && personBefore(before) {
		return candidate{}, false // "a party operative known as Sjam": one person's name
	}
	if !describesGroupForKnownAs(before, p.off) {
		return candidate{}, false
	}
	name := knownAsName(p, m, from, before)
	if name == "" || isPlaceOrPeople(name) {
		return candidate{}, false
	}
	return p.cand(name, scoreDefined), true
}

// nameStartAfter returns where the name opens after the marker m, which
// ends at from: after "as" for "known in Burmese as the Tatmadaw", after
// knownHow's words for "known"; ok is false when the marker gives no name.
func nameStartAfter(p *para, m string, from int) (int, bool) {
	switch m {
	case " known in ":
		// "known in Burmese as the Tatmadaw": a language, then "as".
		lower := p.lower()
		as := strings.Index(lower[from:min(len(lower), from+30)], " as ")
		if as < 0 {
			return 0, false
		}
		return from + as + len(" as "), true
	case " known ":
		n := knownHow(p.text[from:], p.off)
		return from + n, n != 0
	}
	return from, true
}

// sentenceWordsBefore returns the words of at most 80 bytes before at,
// within its sentence.
func sentenceWordsBefore(text string, at int) []string {
	window := text[max(0, at-80):at]
	if k := strings.LastIndexAny(window, ".;:"); k >= 0 {
		return strings.Fields(window[k+1:]) // the sentence only
	}
	return strings.Fields(window)
}

// describesGroupForKnownAs reports whether the words before a naming
// marker describe a group, in any of the ways the rules switched on by
// off read one.
func describesGroupForKnownAs(before []string, off map[string]bool) bool {
	return describesGroupBefore(before, !off[ruleReferringObject], !off[ruleRelativeSubject]) ||
		!off[rulePlacedNoun] && groupAtPlace(before) ||
		!off[ruleModifiedSubject] && modifiedSubject(before) ||
		!off[ruleMembersKnown] && membersBefore(before) ||
		!off[ruleCommaDescribed] && commaDescribed(before)
}

// knownAsName returns the name the marker m introduces at p.text[from:]:
// quoted or capitalised, taken through a capital preposition, or coined
// after "known" for a body or people; "" for none, or for a post given
// ("named Ossufo Momade as interim leader").
func knownAsName(p *para, m string, from int, before []string) string {
	rest := p.text[from:]
	name := quotedOrName(rest, readingOf(p.off))
	if name != "" && !p.off[ruleCapitalPreposition] {
		name = capitalPrepositionName(rest, name, readingOf(p.off))
	}
	if name == "" && !p.off[ruleCoinedName] && strings.Contains(m, "known") && namesBodyOrPeople(before) {
		name = coinedName(rest)
	}
	if name != "" && m == " named " && !p.off[ruleNamedAppointed] && appointedAfter(rest, name, !p.off[ruleHeadOf]) {
		return "" // "named Ossufo Momade as interim leader": a post given, not a name
	}
	return name
}

// knownHow returns the length of what opens rest, the words after
// "known", up to the name: an adverb in -ly and "as" ("a unit known
// simply as "the Squad"", rule known-adverb), or "by" and the group's
// noun for its name ("known by its Portuguese acronym EMOCHM", rule
// known-by-noun); else 0.
func knownHow(rest string, off map[string]bool) int {
	adv, after, ok := strings.Cut(rest, " ")
	if !ok {
		return 0
	}
	if adv == "by" && !off[ruleKnownByNoun] {
		if n := knownByNoun(after); n > 0 {
			return len("by ") + n
		}
	}
	if off[ruleKnownAdverb] || !mannerAdverb(adv) || !strings.HasPrefix(after, "as ") {
		return 0
	}
	return len(adv) + len(" as ")
}

// describesGroupBefore reports whether the last few words before a marker
// are a noun phrase headed by a group noun ("a rebel alliance", "a
// paramilitary unit popularly"), not set beside a name by a comma.
//
// Two more shapes are read: a subject and a copula ("The self-defence
// movements involved in such killings are known as"), and a sentence's
// subject set off by a comma ("The military, known in Burmese as").
//
// With referringObject, a group noun after "the" closing the words and set
// off by a comma refers back too: "launched the mission, known as".
func describesGroupBefore(words []string, referringObject, relative bool) bool {
	n := len(words)
	if n >= 2 && copulas[strings.ToLower(words[n-1])] {
		for k := n - 2; k >= 0 && k >= n-9; k-- {
			if words[k] != trimRight(words[k], ",.;:") {
				break
			}
			if relative && k > 0 && relativePronoun(words[k]) {
				// "a base that became known as": the noun before the
				// pronoun is the subject, not a word further back.
				return isPredicateNoun(strings.ToLower(words[k-1]))
			}
			if isPredicateNoun(strings.ToLower(words[k])) {
				return true
			}
		}
		return false
	}
	if n >= 2 && n <= 3 && determiners[strings.ToLower(words[0])] && strings.HasSuffix(words[n-1], ",") && isPredicateNoun(strings.ToLower(strings.TrimSuffix(words[n-1], ","))) {
		return true // "The military,", "That youth wing,"
	}
	if n >= 2 && referringObject && words[n-2] == "the" && strings.HasSuffix(words[n-1], ",") && isPredicateNoun(strings.TrimSuffix(words[n-1], ",")) {
		return true // "EU governments formally launched the mission, known as EUFOR …"
	}
	for k := len(words) - 1; k >= 0 && k >= len(words)-4; k-- {
		w := words[k]
		core := strings.ToLower(trimRight(w, ","))
		if core != strings.ToLower(w) {
			return false
		}
		if isPredicateNoun(core) {
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if strings.HasSuffix(words[j], ",") {
					// ", a group known as" beside a name is an apposition;
					// after a common noun ("valley, a group") it is not.
					return j == k-1 || !(strings.EqualFold(words[j+1], "a") || strings.EqualFold(words[j+1], "an")) || !startsUpper(trim(words[j], "(),\"”’*"))
				}
			}
			return true
		}
	}
	return false
}

// determiners open a noun phrase that refers back to a group.
// personBefore reports whether words, those before "known as", end with
// one person: a singular noun naming a kind of person after "a" or "an"
// and its modifiers ("a party operative", "an officer"). The name after
// is that person's, whatever group noun modifies it.
func personBefore(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	last := strings.ToLower(strings.TrimRight(words[n-1], ","))
	if !isPersonWord(last) || strings.HasSuffix(last, "s") || isGroupWord(last) {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-4; k-- {
		switch strings.ToLower(words[k]) {
		case "a", "an":
			return true
		}
	}
	return false
}

// modifiedSubject reports whether the words before a marker are a
// sentence's whole subject headed by a group noun, qualified by a place,
// a people or lower-case words, and set off by a comma: "The Myanmar
// armed forces, known as", "The country's secret police, known as". A
// subject of a determiner and the noun alone is describesGroupBefore's.
func modifiedSubject(words []string) bool {
	n := len(words)
	if n < 3 || n > 6 || !determiners[strings.ToLower(words[0])] || !strings.HasSuffix(words[n-1], ",") {
		return false
	}
	if !isPredicateNoun(strings.ToLower(strings.TrimSuffix(words[n-1], ","))) {
		return false
	}
	unknown := 0
	for k, w := range words[1 : n-1] {
		core := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if trimRight(core, ".,;:!?)”\"'’") != core {
			return false // punctuation inside: no single noun phrase
		}
		if !startsUpper(core) || isPlaceOrPeople(core) {
			continue
		}
		// One capitalised word the tables do not know may be a nation's
		// adjective ("The Veldian armed forces"); two in a row are a
		// name ("The National Army,"), whose aliases are the aliases
		// rule's to read.
		if unknown++; unknown > 1 || startsUpper(words[k+2]) {
			return false
		}
	}
	return true
}

var determiners = map[string]bool{"the": true, "that": true, "this": true, "its": true, "their": true}

var copulas = map[string]bool{"is": true, "are": true, "was": true, "were": true, "became": true}

// quotedOrName reads the name at the start of s: a quoted name, or a
// proper name after an optional "the".
func quotedOrName(s string, rd nameReading) string {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "simply as ")
	s = strings.TrimPrefix(s, "the ")
	if r, size := firstRune(s); r == '"' || r == '“' || r == '\'' || r == '‘' {
		end := strings.IndexAny(s[size:], "\"”'’")
		if end <= 0 || end > 60 {
			return ""
		}
		if elided(r, s[size+end:]) {
			// "called the 'Yan Tatsine, "the people of …"": no single
			// quote closes it, so the apostrophe is the name's own.
			name, _ := nameAt(strings.Fields(s[size:]), 0, rd)
			return s[:size] + name
		}
		q := stripArticle(trimRight(strings.TrimSpace(s[size:size+end]), ",."))
		if !startsUpper(q) {
			return ""
		}
		return q
	}
	name, _ := nameAt(strings.Fields(s), 0, rd)
	return name
}

func firstRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// elided reports whether open, a single quote opening a name, is an
// apostrophe instead: the first mark after it, rest, is a double quote,
// so no single quote closes it ("the 'Yan Tatsine, "the people …"").
func elided(open rune, rest string) bool {
	closing, _ := firstRune(rest)
	return (open == '\'' || open == '‘') && (closing == '"' || closing == '“' || closing == '”')
}

// namesBodyOrPeople reports whether the word just before a marker names
// an organised body or people ("militias known as", "herders called"),
// not a thing or a happening ("rallies known as pungwe", "an agreement
// the press named", "the arrangement, known as co-gobierno").
func namesBodyOrPeople(before []string) bool {
	if len(before) == 0 {
		return false
	}
	w := strings.ToLower(trimRight(before[len(before)-1], ","))
	return lang.IsOrgNoun(w) || lang.IsPersonNoun(w)
}

// coinedName reads a group's name written in lower case after "known
// as" (rule coined-name): "self-defence militias known as the
// anti-balaka". The caller has seen a body or people named just before
// the marker ("called" has a subject there as often: "a move its
// enemies called the paidomazoma"); the word is a
// name when English has no such word, as WordNet and the stop words
// know it, whole or as its last hyphened part ("anti-balaka", not "the
// hardliners", "for" nor "anti-government"). Names of many words are
// written in capitals, so one word is read.
func coinedName(s string) string {
	s = strings.TrimPrefix(s, "the ")
	w, _, _ := strings.Cut(s, " ")
	w = trimRight(w, ",.;:)")
	if w == "" || !isLowerHyphened(w) || wordnet.IsWord(w) || lang.IsEnglishStopWord(w) {
		return ""
	}
	if k := strings.LastIndexByte(w, '-'); k >= 0 && (k == len(w)-1 || wordnet.IsWord(w[k+1:])) {
		return ""
	}
	return w
}

// isLowerHyphened reports whether w is letters and inner hyphens only,
// all in lower case.
func isLowerHyphened(w string) bool {
	for i, r := range w {
		if !unicode.IsLower(r) && (r != '-' || i == 0) {
			return false
		}
	}
	return true
}

// actorMarkers are followed by a group's name: "led by the Shura Council",
// "fighters of the Amal movement", "pledged allegiance to Islamic State".
// With "the", a proper name after them is a group; without it, only one
// that names no person of the briefing. They are keyed by their first
// word, the trigger that is looked for.
var actorMarkers = map[string][][]string{
	"led":       {{"by"}},
	"fighters":  {{"of"}},
	"members":   {{"of"}},
	"militants": {{"of"}},
	"pledged":   {{"allegiance", "to"}},
	"split":     {{"from"}},
	"broke":     {{"away", "from"}},
	"allied":    {{"with"}},
	"splinter":  {{"of"}},
	"an":        {{"offshoot", "of"}, {"affiliate", "of"}},
	"a":         {{"faction", "of"}},
	"took":      {{"the", "name"}}, // rule took-name: "joined bands in the forests and took the name Anyanya"
	"adopted":   {{"the", "name"}},
}

// actorInitial holds, by letter from 'a', the first letters of
// actorMarkers' keys.
var actorInitial = [26]bool{'a' - 'a': true, 'b' - 'a': true, 'f' - 'a': true, 'l' - 'a': true, 'm' - 'a': true, 'p' - 'a': true, 's' - 'a': true, 't' - 'a': true}

func findByActor(p *para) []candidate {
	var out []candidate
	words, lower := p.words(), p.lowerWords()
	for i, w := range lower {
		if w == "" || w[0] >= 'a' && w[0] <= 'z' && !actorInitial[w[0]-'a'] {
			continue // no marker opens with this letter, nor with the marks trimmed
		}
		tails, ok := actorMarkers[trimLeft(w, "(\"“")]
		if !ok || p.off[ruleTookName] && (w == "took" || w == "adopted") {
			continue
		}
		for _, tail := range tails {
			at := i + 1 + len(tail)
			if at >= len(words) || !slices.Equal(lower[i+1:at], tail) {
				continue
			}
			if lower[i] == "led" && leaderNamed(words[at:]) {
				continue // "led by Prachanda": a one-word name leading is a person
			}
			if lower[i] == "took" || lower[i] == "adopted" {
				out = appendTaken(out, p, i, at)
				continue
			}
			out = appendActor(out, p, p.text[p.offs[at]:])
		}
	}
	return out
}

// appendTaken adds the name taken after "took the name" at words[at]
// (rule took-name) when a group takes it: a group noun is among the
// words of the sentence before the marker at words[i] ("joined bands in
// the forests of Equatoria and took the name Anyanya", "The breakaway
// faction, which took the name …"). What a group takes is its name, even
// when the briefing's other sentences make it look like a person's; a
// name of a person's shape is still left out.
func appendTaken(out []candidate, p *para, i, at int) []candidate {
	lower := p.lowerWords()
	grouped := false
	for k := i - 1; k >= 0 && k >= i-12 && !grouped; k-- {
		w := lower[k]
		if core := trimRight(w, ".;:!?"); core != w {
			break // the sentence before ends here
		}
		grouped = isPredicateNoun(trimRight(w, ",)"))
	}
	if !grouped {
		return out
	}
	name := quotedOrName(p.text[p.offs[at]:], readingOf(p.off))
	if name == "" || isPlaceOrPeople(name) || personLikeJoined(name, !p.off[ruleJoinedPerson]) && !isOrgName(name) {
		return out
	}
	c := p.cand(name, scoreDefined)
	c.taken = true
	return append(out, c)
}

// leaderNamed reports whether the words after "led by" open with a bare
// one-word name, neither an acronym nor an organisation's: a person.
func leaderNamed(words []string) bool {
	if len(words) == 0 || !startsUpper(words[0]) {
		return false
	}
	first := trimRight(words[0], ".,;:)")
	if isShortForm(first) || strings.ContainsAny(first, "-'’") {
		return false
	}
	return first != words[0] || len(words) == 1 || !startsUpper(words[1])
}

// appendActor adds the group named at the start of rest, after an actor
// marker, unless it is a place, a people or a person of the briefing.
func appendActor(out []candidate, p *para, rest string) []candidate {
	article := strings.HasPrefix(rest, "the ")
	name := quotedOrName(rest, readingOf(p.off))
	if name == "" || isPlaceOrPeople(name) || atKey(p.people, name) && !article {
		return out
	}
	if t := strings.TrimPrefix(rest, "the "); strings.HasPrefix(t, name+" ") {
		after := strings.Fields(t[len(name):min(len(t), len(name)+40)])
		if len(after) > 0 && modifiesNoun(after[0]) {
			return out // "members of the Deliaj family": the name qualifies a noun
		}
		if len(after) > 1 && !p.off[ruleTitleAfter] && startsUpper(after[0]) && isTitle(strings.ToLower(after[0])) && startsUpper(after[1]) {
			return out // "led by Foreign Minister Ricardo Patino": the name is a person's office
		}
	}
	if !article && !isOrgName(name) && personLikeJoined(name, !p.off[ruleJoinedPerson]) {
		return out
	}
	return append(out, p.cand(name, scoreMention))
}

// modifiesNoun reports whether the word after a proper name is a common
// noun for people ("family", "elders"), which the name only qualifies;
// before a group noun ("the Amal movement") the name is the group's.
func modifiesNoun(w string) bool {
	if w == "" || w != strings.ToLower(w) {
		return false
	}
	return isPersonWord(trimRight(w, ".,;:"))
}

// personLike: two or three capitalised words none of which names a group,
// the shape of a person's name ("Charles Blé Goudé").
func personLike(name string) bool { return personLikeJoined(name, false) }

// personLikeJoined is personLike that, with joined, also takes a word
// joined as a person's name joins its parts (joinedLikePerson).
func personLikeJoined(name string, joined bool) bool {
	n := strings.Count(name, " ") + 1
	if n < 2 || n > 3 {
		return false
	}
	if !joined {
		return !strings.ContainsAny(name, "-'’")
	}
	for _, w := range strings.Fields(name) {
		if !joinedLikePerson(w) {
			return false
		}
	}
	return true
}

// joinedLikePerson reports whether w, one word of a name, joins its parts
// as a person's name does, if it joins any: with a hyphen or an apostrophe
// between parts that each open with a capital ("Kasa-Vubu", "O'Connell")
// or go on with a syllable of three letters or more ("Young-sam"). A
// group's name joins a particle in lower case ("al-Thabat",
// "Lashkar-e-Taiba", "Jama'at").
func joinedLikePerson(w string) bool {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' || r == '’' })
	if len(parts) == 1 && len(parts[0]) == len(w) {
		return true
	}
	if len(parts) < 2 || strings.Count(w, "-")+strings.Count(w, "'")+strings.Count(w, "’") != len(parts)-1 {
		return false // "Wafa'", "-Taiba": a part left empty
	}
	for i, part := range parts {
		if !startsUpper(part) && (i == 0 || len(part) < 3) {
			return false
		}
	}
	return true
}

// findByList reads names listed as the subject of a plural group noun: "the
// Northern Front, Ahl al-Thabat and the Crescent Brigade were the main
// rebel groups".
func findByList(p *para) []candidate {
	var out []candidate
	for _, sent := range p.sentences() {
		words := wordsWithin(p.words()[sent:], 400)
		names, j := listedNames(words, readingOf(p.off))
		if len(names) < 2 || j >= len(words) {
			continue
		}
		switch words[j] {
		case "were", "are", "remained", "became":
		default:
			continue
		}
		if pluralGroupAhead(words[j+1:]) {
			for _, n := range names {
				out = append(out, p.cand(n, scoreMention)) // a kind, not a definition: an earlier introduction says more
			}
		}
	}
	return out
}

// listedNames reads up to eight names listed at the start of words, each
// after an optional "the", joined by commas and "and": "the Northern
// Front, Ahl al-Thabat and the Crescent Brigade". It returns them and the
// index of the word after the list.
func listedNames(words []string, rd nameReading) ([]string, int) {
	var names []string
	j := 0
	for j < len(words) && len(names) < 8 {
		if words[j] == "the" || words[j] == "The" {
			j++
		}
		name, next := nameAt(words, j, rd)
		if name == "" {
			break
		}
		names = append(names, name)
		j = next
		if j < len(words) && words[j] == "and" {
			j++
			continue
		}
		if !strings.HasSuffix(words[j-1], ",") {
			break
		}
		if j < len(words) && words[j] == "and" {
			j++
		}
	}
	return names, j
}

// pluralGroupAhead reports whether a plural group noun heads the noun
// phrase that opens words: "the main rebel groups", "two armed factions".
func pluralGroupAhead(words []string) bool {
	for i, w := range words {
		if i >= 6 {
			break
		}
		core := strings.ToLower(trimRight(w, ".,;:"))
		if isPredicateNoun(core) && strings.HasSuffix(core, "s") {
			return true
		}
		if core != strings.ToLower(w) {
			return false
		}
	}
	return false
}

// memberNouns after a name show it is a group the text says acts: "Hezbollah
// fighters", "FRCI soldiers". Nouns for kinds of person come from WordNet;
// these name what a group owns or holds.
func memberOrAsset(w string) bool {
	if listedMemberNoun(w) {
		return true
	}
	return strings.HasSuffix(w, "s") && isPersonWord(w) && !isTitle(strings.TrimSuffix(w, "s"))
}

// listedMemberNoun reports whether w is one of the members and assets
// memberOrAsset names beside the plural nouns for people.
func listedMemberNoun(w string) bool {
	switch w {
	case "positions", "units", "ministers", "bases", "strongholds", "leadership", "commanders", "troops":
		return true
	}
	return false
}

// actVerbs are what the text says a group does.
var actVerbs = map[string]bool{
	"attacked": true, "pledged": true, "signed": true, "split": true, "seized": true,
	"claimed": true, "fired": true, "ambushed": true, "captured": true, "launched": true,
	"kidnapped": true, "stormed": true, "overran": true, "shelled": true, "abducted": true,
}

// findByContext reads groups by what the text says they have or do: a
// capitalised name followed by its fighters or positions ("Hezbollah
// fighters"), or by a verb of armed or political action ("Hezbollah
// fired"), when the name is no person of the briefing.
func findByContext(p *para) []candidate {
	var out []candidate
	words, lower := p.words(), p.lowerWords()
	for i := 1; i < len(words); i++ {
		if c := words[i-1][0]; 'a' <= c && c <= 'z' && c != 'a' && c != 'e' || '0' <= c && c <= '9' {
			continue // the cheap trigger: a capital letter (or "al-") before
		}
		next := trimRightPunct(lower[i], ".,;:")
		if !memberOrAsset(next) && !actVerbs[next] || words[i][0] != lower[i][0] {
			continue // a capital goes on with the name: "Sahel Security Studies"
		}
		if !p.off[ruleKindPlural] && kindPlural(next) {
			continue // "seven Sunni parties", "a coalition of Islamic parties": a kind of group
		}
		prev := trim(words[i-1], "*")
		if prev != trimRightPunct(prev, ".,;:!?)”\"") || !isNameWord(prev, false) || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") {
			continue
		}
		name := cleanNameBefore(words[:i])
		if name == "" || strings.Contains(name, " ") && !isOrgName(name) || !p.midCaps[strings.ToLower(strings.Fields(name)[0])] {
			continue
		}
		if !p.off[ruleOpenerWord] && name == prev && opensText(words, i-1) && !p.solo[strings.ToLower(name)] {
			continue // "Foreign ministers of the Forum met": an English word capitalised to open a sentence
		}
		k := nameKey(name)
		if p.people[k] || isPlaceOrPeople(name) || isGroupWord(k) || isPersonWord(k) || isTitle(k) {
			continue
		}
		out = append(out, p.cand(name, scoreMention))
	}
	return out
}

// opensText reports whether words[k] opens a sentence or a list
// item's text: it is first, or the word before ends with ".", "?", "!" or
// ":" ("- **30 June 2003:** Foreign ministers …").
func opensText(words []string, k int) bool {
	if k == 0 {
		return true
	}
	prev := trimRight(words[k-1], "*")
	return prev == "-" || strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "?") || strings.HasSuffix(prev, "!") || strings.HasSuffix(prev, ":")
}

// cleanNameBefore reads the proper name that ends words, stopping at
// punctuation: "Dili, Aitarak" gives "Aitarak".
func cleanNameBefore(words []string) string {
	start := len(words)
	for start > 0 && len(words)-start < maxNameTokens {
		w := words[start-1]
		if w != trimRight(w, ".,;:!?)”\"'’") || !isNameWord(w, false) {
			break
		}
		start--
	}
	return strings.Join(words[start:], " ")
}

// nameEnding reads the proper name that ends words, connectors
// included ("Communist Party of Nepal"), stopping at punctuation and at
// "and", which joins another name.
func nameEnding(words []string) string {
	start := len(words)
	for start > 0 && len(words)-start < 2*maxNameTokens {
		w := words[start-1]
		if w != trimRight(w, ".,;:!?)”\"'’") || w == "and" || !isNameWord(w, false) && !isConnector(w) {
			break
		}
		start--
	}
	for start < len(words) && isConnector(words[start]) {
		start++
	}
	return strings.Join(words[start:], " ")
}

// findByNationalBody reads a nation's government or army acting as a
// party: "the Lebanese government", "the Israeli cabinet"; a ruling
// house's too, though its name is a person's as well ("the Qing
// government", rule ruling-house).
func findByNationalBody(p *para) []candidate {
	var out []candidate
	words := p.words()
	for i := 2; i < len(words); i++ {
		if words[i-2] != "the" && words[i-2] != "The" && (p.off[rulePossessedBody] || !possessiveDeterminer(p.lowerWords()[i-2])) {
			continue
		}
		if i >= 3 && prepositions[p.lowerWords()[i-3]] && !(membersOf(p.lowerWords()[:i-2]) && isPlaceOrPeople(words[i-1])) {
			continue // "men from the Guéré community, …": an object, not a party acting
		}
		adj := words[i-1]
		if !startsUpper(adj) || adj != trimRight(adj, ",.;:") {
			continue
		}
		j := i
		if !p.off[ruleGlossNoun] {
			j = glossAfter(words, i) // "the Ata-Vatan (Homeland) movement"
		}
		at := j
		district := j+1 < len(words) && !p.off[ruleDistrictNoun] && districtNoun(words[j], adj)
		if j+1 < len(words) && words[j] == strings.ToLower(words[j]) && (isGroupWord(words[j]) || district) && isBodyNoun(trimRight(words[j+1], ".,;:")) {
			j++ // "the Israeli security cabinet", "the Swat district police"
		}
		noun := trimRight(words[j], ".,;:")
		plural := strings.HasSuffix(noun, "s") && (p.off[ruleLocalPlural] || !localUnits(adj, noun) || j+1 < len(words) && p.lowerWords()[j+1] == "of")
		if !isBodyNoun(noun) || plural || !actsNext(words, j) && !membersOf(p.lowerWords()[:i-2]) && (p.off[ruleBodyPerfect] || !perfectNext(p.lowerWords(), j)) {
			continue
		}
		if isPlaceOrPeople(adj) && !isGroupWord(strings.ToLower(adj)) {
			out = append(out, p.cand(strings.Join(append([]string{adj}, words[at:j]...), " ")+" "+noun, scoreMention))
		} else if !isPlaceOrPeople(adj) && (!atKey(p.people, adj) || atKey(p.houses, adj) || describedAfter(words, j)) && p.midCaps[strings.ToLower(adj)] && !isShortForm(adj) && !isStopCap(adj) && (j == at || district) {
			out = append(out, p.cand(strings.Join(append([]string{adj}, words[at:j]...), " ")+" "+noun, scoreMention)) // "the Maute group", "the Amal movement"
		}
	}
	return out
}

// findByLowerParty reads a party a writer names by its proper name and
// the common noun in lower case: "the opposition Palang Veld party", "it
// survived as the Febrerista party". The noun says what the name is;
// places, peoples and the briefing's people are left out ("the Kurdish
// party" is a description).
func findByLowerParty(p *para) []candidate {
	var out []candidate
	words, lower := p.words(), p.lowerWords()
	for j := 2; j < len(words); j++ {
		i, end, movement, ok := lowerPartyName(p, words, lower, j)
		if !ok {
			continue
		}
		if c, ok := lowerPartyCandidate(p, words, lower, i, end, movement); ok {
			out = append(out, c)
		}
	}
	return out
}

// lowerPartyName returns the span words[i:end] of the capitalised name
// before words[j] when that is "party" or (rule movement-name)
// "movement" in lower case, past a gloss (rule gloss-noun), up to three
// words a determiner or an owner opens; movement tells which noun it was.
func lowerPartyName(p *para, words, lower []string, j int) (i, end int, movement, ok bool) {
	noun := trimRight(lower[j], ".,;:!?)")
	movement = noun == "movement" && !p.off[ruleMovementName]
	if noun != "party" && !movement || words[j] != lower[j] {
		return 0, 0, false, false
	}
	end = j
	if !p.off[ruleGlossNoun] {
		end = glossBefore(words, j)
	}
	i = end
	for i > 0 && end-i < 3 && startsUpper(words[i-1]) && words[i-1] == trimRight(words[i-1], ".,;:!?)") && !isStopCap(words[i-1]) {
		i--
	}
	if i == end || i == 0 || !determinedBefore(lower[:i]) && (p.off[rulePartyOwner] || !ownedBefore(lower[:i]) && (p.off[ruleWhoseParty] || !whoseOwned(lower[:i]))) {
		return 0, 0, false, false
	}
	return i, end, movement, true
}

// lowerPartyCandidate returns the candidate the name words[i:end] before
// a lower-case "party" or "movement" gives: none for a place, a people
// or a short form; a movement's name alone when a determiner opens it
// and no people's word or adjective makes it a description; a person's
// name only when it is the party's whole name; else the name and
// "party".
func lowerPartyCandidate(p *para, words, lower []string, i, end int, movement bool) (candidate, bool) {
	name := strings.Join(words[i:end], " ")
	if isPlaceOrPeople(name) || isShortForm(name) {
		return candidate{}, false
	}
	if movement {
		// "the Palestinian Fatah movement" is Fatah's, and "the Shia
		// Islamist movement" says whose a movement is, not which; a
		// place may open a name ("the Baku Bae movement").
		if !determinedName(words, i, end) || lang.IsPeople(nameKey(words[i])) || nameAdjective(words[end-1]) {
			return candidate{}, false
		}
		return p.cand(name, scoreMention), true // "the Baku Bae movement"
	}
	if atKey(p.people, name) {
		if p.off[rulePartyOwner] || !determinedName(words, i, end) && (p.off[ruleWhoseParty] || end-i < 2 || !whoseOwned(lower[:i])) {
			return candidate{}, false
		}
		return p.cand(name, scoreMention), true // "his Thai Rak Thai party": the name is the party's whole name
	}
	return p.cand(name+" party", scoreMention), true
}

// glossAfter returns the index of the word after a bracketed gloss of one
// to three words that opens at words[i] ("(Homeland) movement"), else i.
func glossAfter(words []string, i int) int {
	if i >= len(words) || !strings.HasPrefix(words[i], "(") {
		return i
	}
	for k := i; k < len(words) && k-i < 3; k++ {
		if strings.HasSuffix(words[k], ")") {
			if strings.Count(strings.Join(words[i:k+1], " "), ")") == 1 && k+1 < len(words) {
				return k + 1
			}
			return i
		}
	}
	return i
}

// glossBefore returns where the words before words[j] end once a
// bracketed gloss of one to three words just before it is set aside
// ("the Ata-Vatan (Homeland) movement": the name ends before the
// bracket), else j.
func glossBefore(words []string, j int) int {
	if !strings.HasSuffix(words[j-1], ")") {
		return j
	}
	for k := j - 1; k >= 1 && j-k <= 3; k-- {
		if strings.HasPrefix(words[k], "(") {
			if strings.Count(strings.Join(words[k:j], " "), "(") == 1 {
				return k
			}
			return j
		}
	}
	return j
}

// determinedBefore reports whether lower, the words before a name, ends
// with "the" and at most one adjective in lower case: "the", "the
// opposition", "the small".
func determinedBefore(lower []string) bool {
	n := len(lower)
	return lower[n-1] == "the" || n >= 2 && lower[n-2] == "the" && allLetters(lower[n-1])
}

// ownedBefore reports whether the words before a party's proper name
// open its noun phrase another way than determinedBefore reads: a
// possessive determiner ("his Thai Rak Thai party", "its Febrerista
// party") or an article or a possessive before one modifier in lower
// case, hyphened or not ("the right-wing Fuerza Popular party", "their
// ruling Palang Veld party"). The modifier is a word of letters and
// hyphens, so no clause's punctuation lies between.
func ownedBefore(lower []string) bool {
	n := len(lower)
	if isPossessiveDeterminer(lower[n-1]) {
		return true
	}
	if n < 2 || !lowerModifier(lower[n-1]) {
		return false
	}
	return lower[n-2] == "the" || isPossessiveDeterminer(lower[n-2])
}

// whoseOwned reports whether lower, the words before a party's proper
// name, end with the relative "whose" and at most one modifier in lower
// case (rule whose-party): "the vice-president, whose small Gaumee
// Ithihaad party is part of the coalition". "whose" is a possessive
// determiner as "his" is, and as with "his" a name of two capitalised
// words after it is the party's, not a person's.
func whoseOwned(lower []string) bool {
	n := len(lower)
	return lower[n-1] == "whose" || n >= 2 && lower[n-2] == "whose" && lowerModifier(lower[n-1])
}

// determinedName reports whether the proper name words[i:end] before a
// lower-case "party" is more than one word and opened by an article or
// a possessive: a person's name takes neither ("his Palang Veld party"
// is the party's name, though two capitalised words have a person's
// shape).
func determinedName(words []string, i, end int) bool {
	if end-i < 2 || i == 0 {
		return false
	}
	return i >= 1 && isOpener(strings.ToLower(words[i-1])) || i >= 2 && isOpener(strings.ToLower(words[i-2]))
}

// lowerModifier reports whether w is letters, or letters joined by
// hyphens ("right-wing"), with no punctuation around them.
func lowerModifier(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if !allLetters(part) {
			return false
		}
	}
	return true
}

// membersOf reports whether the words end with a body's members and
// "of": "troops of", "soldiers of", "units of"; the body after them acts
// through them ("400 troops of the Guinean army").
func membersOf(lower []string) bool {
	n := len(lower)
	if n < 2 || lower[n-1] != "of" {
		return false
	}
	w := lower[n-2]
	return memberOrAsset(w) || membersNouns[w]
}

// describedAfter reports whether an apposition describing a group follows
// the noun phrase ending at words[j]: a family's name heads a group the
// text calls one ("the Maute group, a local terrorist organization").
func describedAfter(words []string, j int) bool {
	return strings.HasSuffix(words[j], ",") && describesGroup(words[j+1:])
}

// isBodyNoun reports whether a lower-case noun after a nation's adjective
// may name a body of it: a group noun whose first sense is no location
// ("government", "army", "cabinet", not "town").
func isBodyNoun(w string) bool { return isGroupWord(w) && !lang.IsLocationNoun(w) }

// possessiveDeterminer reports whether the lowered word is "its" or
// "their", which open a body's noun phrase as "the" does (rule
// possessed-body): "Its Uruguayan battalion, about 700 soldiers, was in
// Bunia" names the battalion of the mission "its" refers to.
func possessiveDeterminer(w string) bool { return w == "its" || w == "their" }

// localUnits reports whether the plural noun, military units by
// WordNet other than forces in general ("brigades", "militias",
// "battalions"), after the capitalised adj names a body of its own (rule
// local-plural): adj is no people's adjective, so it names a town, a
// district or a clan the units belong to ("the Zintan brigades", "the
// Misrata militias"), where "the Libyan militias" only describes, and
// units "of" a body are its parts ("the Paris sections of the
// International"), read by the caller.
func localUnits(adj, noun string) bool {
	low := strings.ToLower(adj)
	if lang.IsPeople(low) || isGroupWord(low) || noun == "forces" || noun == "troops" {
		return false
	}
	return wordnet.Load().Military(noun)
}

// districtNoun reports whether the lower-case word between a place's name
// and a body's noun is a location noun that places the body (rule
// district-noun): "the Swat district police". A people's adjective takes
// none ("the Pashtun district police" is no reading of a district); a
// noun that also names a group ("city") is read as a group word already.
func districtNoun(w, adj string) bool {
	return w == strings.ToLower(w) && lang.IsLocationNoun(w) && !isGroupWord(w) && !lang.IsPeople(strings.ToLower(adj))
}

// actsNext reports whether the noun phrase ending at words[j] is a subject
// the text goes on to describe acting: a comma clause or a past-tense verb
// follows ("the Lebanese government, led by …", "the cabinet approved").
func actsNext(words []string, j int) bool {
	if strings.HasSuffix(words[j], ",") {
		return true
	}
	if j+1 >= len(words) {
		return false
	}
	next := strings.ToLower(trimRight(words[j+1], ".,;:"))
	return strings.HasSuffix(next, "ed") || actVerbs[next]
}

// perfectNext reports whether the noun phrase ending at lower[j] is the
// subject of a verb in the perfect (rule body-perfect): "has", "have" or
// "had", at most maxPlainAdverbs adverbs, and a past participle ("the
// Italian government has protested", "had also agreed"); "has been" is
// no act of the body's own.
func perfectNext(lower []string, j int) bool {
	k := j + 1
	if k >= len(lower) || lower[k] != "has" && lower[k] != "have" && lower[k] != "had" {
		return false
	}
	k++
	for n := 0; n < maxPlainAdverbs && k < len(lower) && lang.IsAdverb(lower[k]); n++ {
		k++
	}
	return k < len(lower) && isParticipleForm(trimRight(lower[k], ".,;:"))
}

// midSentenceCaps collects, lower-cased, the words a briefing (its
// paragraphs' words) capitalises after the first word of a sentence:
// names, not sentence openers.
//
// solo holds those the briefing also writes mid-sentence before a word in
// lower case, as a name standing alone ("Later Hezbollah fighters"), not
// only inside a longer name ("Minister for Foreign Affairs").
//
// With numbered (rule section-number), the word after a paragraph's
// number ("4.4 Yesterday evening, …") is a sentence's first, as fact
// sheets and reports number their paragraphs.
func midSentenceCaps(paras []*para, numbered bool) (out, solo map[string]bool) {
	if len(paras) == 0 {
		return map[string]bool{}, map[string]bool{}
	}
	out, solo = paras[0].arena.capsMaps() // the paragraphs' worker's
	for _, p := range paras {
		words, lower := p.words(), p.lowerWords()
		for i := 1; i < len(words); i++ {
			prev := trimRight(words[i-1], "*")
			if strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, "?") || strings.HasSuffix(prev, "!") {
				continue
			}
			if numbered && i == 1 && isSectionNumber(prev) {
				continue // "4.4 Yesterday evening, …": the paragraph's number opens no sentence
			}
			if c := words[i][0]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				continue
			}
			const cut = ".,;:!?()“”\"*'’"
			left := len(words[i]) - len(trimLeft(words[i], cut))
			w := trimRight(words[i][left:], cut)
			if startsUpper(w) {
				k := lowerIn(trimPossessive(w), lower[i][left:])
				out[k] = true
				if i+1 < len(words) && w == words[i] && startsLower(words[i+1]) {
					solo[k] = true
				}
			}
		}
	}
	return out, solo
}

// lowerIn returns w lowered as strings.ToLower does, taking it from low,
// the ASCII-lowered text that w opens, when w is ASCII: a slice of text
// already lowered costs no allocation.
func lowerIn(w, low string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return low[:len(w)]
}

// startsLower reports whether w opens with a lower-case ASCII letter.
func startsLower(w string) bool { return w != "" && 'a' <= w[0] && w[0] <= 'z' }

// personNames collects the words the briefing (its paragraphs' words) uses as people's names: the
// last word and the whole of every run of two or three capitalised words
// that names no organisation or place ("Charles Taylor" → "taylor"), and
// names after a title ("President Gbagbo").
//
// It also returns the names the text shows to be people or peoples:
// written after a title, described as a person ("Prachanda became prime
// minister", "Prachanda made his first appearance", "Prachanda, who …"),
// or naming a community ("the Mandingo community", "ethnic Krahn").
func personNames(paras []*para, midCaps map[string]bool, judged *memo, off map[string]bool) (out, persons map[string]bool) {
	r := personReading{midCaps: midCaps, judged: judged, off: off, out: map[string]bool{}, persons: map[string]bool{}}
	for _, p := range paras {
		words, lower := p.words(), p.lowerWords()
		for i := 0; i < len(words); i++ {
			if !opensNameRun(p, words, lower, i, off) {
				continue
			}
			j := nameRunEnd(words, i)
			var room [4]string // a run is four words at most
			run := room[:0]
			for _, w := range words[i:j] {
				run = append(run, trimPossessive(trimRightPunct(w, ".,;:!?)”\"'’")))
			}
			r.readNames(words, lower, i, j, run)
			r.readPeople(lower, i, j, run)
			i = j - 1
		}
	}
	return r.out, r.persons
}

// personReading gathers personNames' findings over a briefing's runs of
// capitalised words.
type personReading struct {
	midCaps      map[string]bool // first words the text writes capitalised mid-sentence
	judged       *memo           // looksLikePerson, once per run: briefings repeat their names
	off          map[string]bool // rules switched off
	out, persons map[string]bool // people's names; names shown to be people or peoples
}

// opensNameRun reports whether words[i] may open a run of a person's
// name: a capitalised name word (or one that may take an article), no
// title, and not the first word in a bracket emphasis was blanked off.
func opensNameRun(p *para, words, lower []string, i int, off map[string]bool) bool {
	if c := words[i][0]; 'a' <= c && c <= 'z' && !mayHaveArticle(words[i]) || c < 'A' || !isNameWord(words[i], false) || isTitleKind(lower[i], p.kindAt(i, lower[i])) {
		return false
	}
	// "(*Ejército Rebelde*)": emphasis blanked off a bracket's name leaves
	// it judged as "(Ejército" is, not as a person.
	return off[ruleEmphasisBracket] || i == 0 || words[i-1] != "("
}

// nameRunEnd returns the end of the run of name words that opens at i:
// four words at most, no connector, and none after a word that closes
// with punctuation.
func nameRunEnd(words []string, i int) int {
	j := i
	for j < len(words) && j-i < 4 && isNameWord(words[j], false) && !isConnector(words[j]) {
		if words[j] != trimRightPunct(words[j], ".,;:!?)”\"'’") {
			return j + 1
		}
		j++
	}
	return j
}

// readNames records the names run, words[i:j] bare, gives people: the
// last word and the whole of a run of two or three that looks like a
// person's, a name after a title, and a run after a title that is one.
func (r *personReading) readNames(words, lower []string, i, j int, run []string) {
	if len(run) >= 2 && len(run) <= 3 && r.midCaps[strings.ToLower(run[0])] {
		whole := strings.Join(run, " ")
		if r.judged.get(whole, looksLikePerson) {
			setKey(r.out, run[len(run)-1])
			setKey(r.out, whole)
		}
	}
	if titleBefore(words, lower, i, !r.off[ruleTitleStop], !r.off[ruleTitleLeader]) {
		setKey(r.out, run[0])
		setKey(r.persons, run[0])
	}
	if !r.off[ruleTitleRun] && i > 0 && titledRun(words[i-1], run, lower[j:]) {
		whole := strings.Join(run, " ")
		r.out[nameKey(whole)], r.persons[nameKey(whole)] = true, true
		r.persons[nameKey(strings.Join(run[1:], " "))] = true // "Saavedra Lamas presided": the surname alone after
		r.persons[nameKey(run[len(run)-1])] = true
	}
}

// readPeople records run, words[i:j] bare, as people or a people when
// the words after it say so: a community's noun or "ethnic" before it,
// a description as a community or by descent, or as a person.
func (r *personReading) readPeople(lower []string, i, j int, run []string) {
	off := r.off
	if j-i == 1 && (j < len(lower) && communityNouns[trimRightPunct(lower[j], ".,;:")] || i > 0 && lower[i-1] == "ethnic") {
		setKey(r.persons, run[0]) // "the Mandingo community", "ethnic Krahn": a people
	}
	after := lower[j-1:]
	if !off[ruleCommunity] && describedAsCommunity(after, !off[ruleCommunityHead], !off[ruleOwnersCommunity]) || !off[ruleDescent] && describedAsDescent(after) {
		setKey(r.persons, strings.Join(run, " ")) // "the Ovimbundu, the largest ethnic group"
	}
	if !off[ruleChosenTitle] && chosenAsTitle(after) && i > 0 && isTitle(lower[i-1]) {
		setKey(r.persons, lower[i-1]+" "+strings.Join(run, " ")) // "Mufti Mahmud was chosen as president": titled
	}
	if describedAsPerson(after) || relatesPerson(after) || !off[ruleChosenTitle] && chosenAsTitle(after) || len(run) >= 2 && personCue(run, after, off) || len(run) == 1 && !off[ruleSoloPerson] && soloPersonCue(run, after, off) {
		if whole := strings.Join(run, " "); !isShortForm(whole) && !isOrgName(whole) {
			setKey(r.persons, whole)
			setKey(r.persons, run[len(run)-1]) // "Later Prachanda, who"
		}
	}
}

// ruleTitleStop: "appointed by the president. Renamo repeatedly accused
// the ruling party": a title's full stop ends its sentence unless the
// title is abbreviated ("Dr. Vell"), and the name after it opens the next
// sentence; it is no person's.
const ruleTitleStop = "title-stop"

// titleBefore reports whether the word before lower[i] is a title written
// before a person's name ("President Gbagbo", "Mr. Vell"). With stop, a
// full stop after a title that is not abbreviated ends a sentence.
func titleBefore(words, lower []string, i int, stop, leader bool) bool {
	if i == 0 {
		return false
	}
	t := trimRightPunct(lower[i-1], ".")
	if stop && t != lower[i-1] && !lang.IsTitleAbbrev(t) {
		return false
	}
	if leader && startsLower(words[i-1]) && !lang.IsTitleAbbrev(t) && !wordnet.Load().Leader(t) {
		return false
	}
	return isTitle(t)
}

// ruleSoloPerson: "Nkurunziza, a former physical education lecturer who
// had commanded its fighters", "Their son Nicu, party chief of Sibiu,
// was arrested": what shows a name of two words a person's shows a
// one-word name a person's too; no group is a lecturer, or arrested.
const ruleSoloPerson = "solo-person"

// soloPersonCue is personCue of a one-word name: killed or held, or
// described by a person's noun in a description (lower[1:], up to its
// clause's end) holding no group noun: "Mahidi, a
// group active in Ainaro district" describes a group, whatever noun the
// reading takes for its head.
func soloPersonCue(run, lower []string, off map[string]bool) bool {
	if !off[ruleKilledPerson] && killedAfter(lower, !off[ruleHeldPerson]) {
		return true // "Nicu, party chief of Sibiu, was arrested": whatever its aside holds
	}
	if !off[ruleHeadOf] && len(lower) > 3 && strings.HasSuffix(lower[0], ",") && lower[1] == "the" && inCharge(lower[2:min(len(lower), 8)]) {
		return true // "Manuhutu, the head of the local administration": the body is the complement's
	}
	if !personCue(run, lower, off) {
		return false
	}
	for _, w := range lower[1:min(len(lower), 9)] {
		core := trimRightPunct(w, ".,;:!?)”\"'’")
		if isGroupNounWord(core) {
			return false
		}
		if core != w {
			break
		}
	}
	return true
}

// ruleTitleLeader: "young men loyal to Hezbollah and its ally Amal", "a
// senior Hezbollah official": a person's noun in lower case before a name
// is a title only when it is a leader's (WordNet leader.n.01 and below:
// "the rebel leader Garang", "the warlord Dostum"); an ally, a senior
// or a rival may be a group, or the noun may qualify another.
const ruleTitleLeader = "title-leader"

// titledRun reports whether run, the capitalised words after before,
// names a person a title in lower case introduces: "the foreign
// minister, Carlos Saavedra Lamas, presided", "its commander Alain Kolo
// led". A title written so is the writer's common noun, not the first
// word of a body's name ("Prime Minister's Office"); a leader's (WordNet
// leader.n.01 and below), not any person's ("took the name Provisional
// IRA", "a regional party, Asom Gana Parishad"); and a person's name
// follows it: two or three words of a person's shape, headed by no group
// noun, not a place, holding no people's name ("the Pathet Lao"), before
// no group noun ("the guerrilla Abu Sayyaf group"). A surname that is
// also a place ("Medina") does not make the run a place. A plural of a kind of person closing it is a
// surname ("Carlos Saavedra Lamas"), not a body of such people.
func titledRun(before string, run, after []string) bool {
	t := trimRight(before, ",")
	if len(run) < 2 || t == "" || !startsLower(t) || !isTitle(t) || !wordnet.Load().Leader(t) {
		return false
	}
	whole := strings.Join(run, " ")
	if !personLikeJoined(whole, true) || headedByOrgNoun(whole) || isGroupWord(strings.ToLower(run[len(run)-1])) || isPlaceOrPeople(whole) || slices.ContainsFunc(run, func(w string) bool { return lang.IsPeople(nameKey(w)) }) {
		return false
	}
	return len(after) == 0 || !isGroupWord(trimRight(after[0], ".,;:!?)"))
}

// looksLikePerson reports whether a run of two or three capitalised words
// has a person's name's shape and names no organisation, place or people.
func looksLikePerson(whole string) bool {
	return personLike(whole) && !isOrgName(whole) && !isPlaceOrPeople(whole) && !anyPlaceOrPeople(strings.Fields(whole))
}

// phraseEnds are words that follow a noun phrase: prepositions other than
// "of", conjunctions.
var phraseEnds = map[string]bool{
	"in": true, "on": true, "at": true, "and": true, "until": true, "from": true,
	"after": true, "before": true, "when": true, "since": true, "for": true, "but": true,
}

// describedAsPerson reports whether the words after a name (lower[0] is
// its last word) describe a person: a copula and a title ("became prime
// minister", "was a general"), or a verb and "his" or "her".
func describedAsPerson(lower []string) bool {
	if len(lower) < 3 || !copulas[lower[1]] && lower[1] != "becomes" && lower[1] != "remained" && lower[1] != "remains" && lower[2] != "his" && lower[2] != "her" {
		return false // the cheap trigger
	}
	if lower[0] != trimRight(lower[0], ",.;:") {
		return false
	}
	switch lower[1] {
	case "is", "was", "became", "becomes", "remained", "remains":
		k := 2
		if lower[k] == "a" || lower[k] == "an" || lower[k] == "the" {
			k++
		}
		if k >= len(lower) || !isTitle(trimRight(lower[k], ",.;:")) {
			return false
		}
		// The person nouns must end the phrase: "prime minister in
		// August", not "a rival Islamist coalition".
		for ; k < len(lower); k++ {
			w := trimRight(lower[k], ",.;:")
			if w != lower[k] {
				return isPersonWord(w) || isTitle(w)
			}
			if !isPersonWord(w) && !isTitle(w) {
				return phraseEnds[w]
			}
		}
		return true
	}
	return lower[1] == trimRight(lower[1], ",.;:") && (lower[2] == "his" || lower[2] == "her")
}

// ruleOwnersCommunity: "the Hoa, Vietnam's ethnic Chinese minority": a
// possessive opens a description as "the" does, and the community noun
// heading it makes the name a people's.
const ruleOwnersCommunity = "owners-community"

// ruleDescent: "Adivasis, the descendants of tea workers brought from
// central India": a name described as someone's descendants is a people.
const ruleDescent = "descent-described"

// describedAsDescent reports whether the words after a name (lower[0] is
// its last word, closed by a comma) describe it as a people by descent:
// ", the descendants of …", ", the descendants mainly of …", with up to
// two words before the noun: a plural whose WordNet sense is one step
// from "relative" (descendants, ancestors, offspring). A party has
// members, not descendants.
func describedAsDescent(lower []string) bool {
	if len(lower) < 3 || !strings.HasSuffix(lower[0], ",") || !isArticle(lower[1]) {
		return false
	}
	for k := 2; k < len(lower) && k < 5; k++ {
		w := trimRightPunct(lower[k], ".,;:)")
		if strings.HasSuffix(w, "s") && slices.Contains(wordnet.Load().Kin(w), "relative") {
			return true
		}
		if w != lower[k] {
			return false
		}
	}
	return false
}

// communityNouns after a name make it a people's: "the Mandingo
// community", "Krahn clans".
var communityNouns = map[string]bool{
	"community": true, "communities": true, "people": true, "peoples": true, "tribe": true,
	"tribes": true, "clan": true, "clans": true, "minority": true, "majority": true,
}

// relatesPerson reports whether the words after a name (lower[0] is its
// last word) go on as only a person's do: ", who …", "himself".
func relatesPerson(lower []string) bool {
	if len(lower) < 2 {
		return false
	}
	return strings.HasSuffix(lower[0], ",") && lower[1] == "who" || lower[1] == "himself" || lower[1] == "herself"
}

// anyPlaceOrPeople reports whether a word of a run of capitalised words
// is a place or a people, or is no capitalised word at all.
func anyPlaceOrPeople(words []string) bool { return anyPlaceOrPeopleIn(words, false) }

// anyPlaceOrPeopleIn is anyPlaceOrPeople that, with particles, reads a
// word an Arabic article opens ("al-Beidh", "el-Attabi") by the
// capitalised word the article is joined to: inside a run of capitalised
// words the article is part of a surname, not a lower-case word that
// would make the run a phrase.
func anyPlaceOrPeopleIn(words []string, particles bool) bool {
	for _, w := range words {
		if particles && hasArticlePrefix(w) {
			w = w[strings.IndexByte(w, '-')+1:]
		}
		if isPlaceOrPeople(w) || !unicode.IsUpper([]rune(w)[0]) {
			return true
		}
	}
	return false
}

// dashMarkers give letters after a gloss set off by dashes; they end
// commaMarkers, which commaAcronyms reads in order.
var dashMarkers = [...]string{" — usually shortened to ", " — usually abbreviated ", " — shortened to ", " — abbreviated "}

var commaMarkers = [...]string{", or ", ", the ", ", usually called the ", ", known simply as the ", ", known as the ", ", which styled itself ", ", known as ", ", usually abbreviated ", ", abbreviated ", ", often shortened to ", ", shortened to ",
	dashMarkers[0], dashMarkers[1], dashMarkers[2], dashMarkers[3]}

// lettersModify reports whether rest, the text after letters that ", the"
// opens, goes on with a lower-case noun for a group or a kind of person:
// "the PNG cabinet", "the PRI candidate". The letters then modify the
// noun, as a nation's or party's name does, and the phrase describes the
// name before the comma; they are not that name's acronym.
func lettersModify(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	w, _, _ := strings.Cut(rest[1:], " ")
	w = trimRight(w, ".,;:")
	if !startsLower(w) {
		return false
	}
	k := lang.Classify(w)
	return k&(lang.GroupNoun|lang.PersonNoun) != 0
}

// commaAcronyms finds acronyms given after a comma rather than in
// parentheses: "the Rally of Houphouëtists for Democracy and Peace, or
// RHDP", "the Defence and Security Forces, usually called the FDS", "The
// Movement for Democracy in Liberia, which styled itself MODEL".
//
// rare says whether text holds the words of the rarer markers ("known",
// "called", "styled", "shortened", "abbreviated").
func commaAcronyms(text string, disabled map[string]bool, rare bool) []acronymDef {
	var out []acronymDef
	if !disabled[ruleLettersFirstOr] {
		out = append(out, lettersThenOr(text)...)
	}
	out = append(out, markedAcronyms(text, disabled, rare)...)
	if !rare {
		return out
	}
	if !disabled[ruleDescribedAcronym] {
		out = append(out, describedAcronyms(text, disabled)...)
	}
	if !disabled[ruleDescribedInitials] {
		out = append(out, describedInitials(text)...)
	}
	return append(out, knownByAcronyms(text, disabled)...)
}

// markedAcronyms reads letters in capitals right after one of
// commaMarkers (", or ", ", the ", ", usually called "), the rarer
// markers only when rare is set.
func markedAcronyms(text string, disabled map[string]bool, rare bool) []acronymDef {
	var out []acronymDef
	// "Tiako i Madagasikara — "I love Madagascar" — usually shortened to TIM"
	markers := commaMarkers[:]
	if disabled[ruleDashGloss] {
		markers = markers[:len(markers)-len(dashMarkers)]
	}
	for _, m := range markers {
		if !rare && m != ", or " && m != ", the " {
			continue
		}
		for at, from := range occurrences(text, m) {
			short := trimRight(strings.SplitN(text[from:], " ", 2)[0], ".,;:")
			if !isShortForm(short) || strings.ToUpper(short) != short {
				continue
			}
			if m == ", the " && !disabled[ruleLettersModify] && lettersModify(text[from+len(short):]) {
				continue // "the National Executive Council, the PNG cabinet,": the letters are the cabinet's owner
			}
			if d, ok := commaDef(text, at, from, short, disabled); ok {
				out = append(out, d)
			}
		}
	}
	return out
}

// knownByAcronyms reads the initials a name is said to be known by:
// ", known by", or with an adverb, ", universally known by" (rule
// known-by for the adverb and for the whole name as the long form).
func knownByAcronyms(text string, disabled map[string]bool) []acronymDef {
	var out []acronymDef
	for at, from := range occurrences(text, " known by ") {
		if !strings.HasSuffix(text[:at], ",") {
			k := strings.LastIndexByte(text[:at], ' ')
			if disabled[ruleKnownBy] || k < 1 || text[k-1] != ',' || !isAdverb(text[k+1:at]) {
				continue
			}
			at = k - 1
		} else {
			at--
		}
		short, s := initialsNamed(text[from:], disabled)
		if short == "" {
			continue
		}
		d, ok := commaDef(text, at, from+s, short, disabled)
		// The text says these are the name's initials; they may be a
		// language's the name does not show ("CNDD-FDD"): the whole name
		// before the comma is the long form.
		if long := nameEnding(strings.Fields(text[max(0, at-maxBefore):at])); !disabled[ruleKnownBy] && strings.Contains(long, " ") && startsUpper(long) && (!ok || len(long) > len(d.Long) && strings.HasSuffix(long, d.Long)) {
			d, ok = acronymDef{Acronym{short, long}, at - len(long), from + s + len(short)}, true
		}
		if ok {
			out = append(out, d)
		}
	}
	return out
}

// lettersThenOr reads letters the text writes first and then names
// after ", or": "the UDMR, or Hungarian Democratic Union of Romania, to
// give it its English name". The letters, written with "the" as a name
// is, may follow another language's words.
func lettersThenOr(text string) []acronymDef {
	var out []acronymDef
	for at, from := range occurrences(text, ", or ") {
		k := strings.LastIndexByte(text[:at], ' ')
		if k < 4 || !strings.EqualFold(text[max(0, k-3):k], "the") {
			continue
		}
		short := text[k+1 : at]
		if !isShortForm(short) || strings.ToUpper(short) != short {
			continue
		}
		long, _ := nameAt(strings.Fields(text[from:min(len(text), from+200)]), 0, allReadings)
		if strings.Contains(long, " ") && isOrgName(long) {
			out = append(out, acronymDef{Acronym{short, long}, k + 1, from + len(long)})
		}
	}
	return out
}

// boldAcronyms reads a list item headed by an acronym in bold whose next
// sentence opens with the name it abbreviates: "- **KFOR.** The NATO-led
// Kosovo Force maintains …". The offsets are text's, as blanking keeps
// them.
func boldAcronyms(text string) []acronymDef {
	var out []acronymDef
	for from := 0; ; {
		i := strings.Index(text[from:], "**")
		if i < 0 {
			return out
		}
		at := from + i + 2
		end := strings.Index(text[at:], "**")
		if end < 0 {
			return out
		}
		from = at + end + 2
		short := trimRight(text[at:at+end], ".:")
		if !isShortForm(short) || strings.ToUpper(short) != short {
			continue
		}
		rest := strings.TrimPrefix(strings.TrimPrefix(text[from:], " "), "The ")
		name, _ := nameAt(strings.Fields(rest), 0, allReadings)
		if k := matchShortLong(short, name); k >= 0 && strings.Contains(name[k:], " ") {
			long := name[k:]
			s := from + strings.Index(text[from:], long)
			out = append(out, acronymDef{Acronym{short, long}, s, s + len(long)})
		}
	}
}

// describedAcronyms finds acronyms given after a description set beside
// the long form: "the Collective Security Treaty Organization, the
// Moscow-led military alliance known as the CSTO".
func describedAcronyms(text string, disabled map[string]bool) []acronymDef {
	var out []acronymDef
	for at, from := range occurrences(text, " known as ") {
		if strings.HasPrefix(text[from:], "the ") {
			from += len("the ") // "the … alliance known as the CSTO", "the refugee agency known as UNHCR"
		}
		short := trimRight(strings.SplitN(text[from:], " ", 2)[0], ".,;:")
		if !isShortForm(short) || strings.ToUpper(short) != short {
			continue
		}
		comma := strings.LastIndex(text[max(0, at-100):at], ", ")
		if comma < 0 {
			continue
		}
		comma += max(0, at-100)
		if !describesGroup(strings.Fields(text[comma+2 : at])) {
			continue
		}
		if d, ok := commaDef(text, comma, from, short, disabled); ok {
			out = append(out, d)
		}
	}
	return out
}

// describedInitials finds initials given after a description set beside
// the name: "The Superior Council of Private Enterprise, the employers'
// federation better known by its Spanish initials COSEP". The text says
// they are the name's initials, perhaps in another language, so the
// whole name before the comma is the long form.
func describedInitials(text string) []acronymDef {
	var out []acronymDef
	for at, from := range occurrences(text, " known by ") {
		short, s := initialsNamed(text[from:], nil)
		if short == "" {
			continue
		}
		comma := strings.LastIndex(text[max(0, at-100):at], ", ")
		if comma < 0 {
			continue
		}
		comma += max(0, at-100)
		desc := strings.Fields(text[comma+2 : at])
		if n := len(desc); n > 0 && isAdverb(desc[n-1]) {
			desc = desc[:n-1] // "the employers' federation better known by"
		}
		if len(desc) == 0 || !describesGroup(desc) {
			continue
		}
		long := nameEnding(strings.Fields(text[max(0, comma-maxBefore):comma]))
		if !strings.Contains(long, " ") || !startsUpper(long) {
			continue
		}
		out = append(out, acronymDef{Acronym{short, stripArticle(long)}, comma - len(long), from + s + len(short)})
	}
	return out
}

// relativePronoun reports whether w opens a relative clause: "that",
// "which", "who".
func relativePronoun(w string) bool {
	return w == "that" || w == "which" || w == "who"
}

// isAdverb reports whether a lower-case word qualifies "known": "better",
// "universally", "widely".
func isAdverb(w string) bool {
	return w == "better" || w == "also" || strings.HasSuffix(w, "ly") && w == strings.ToLower(w)
}

// commaDef reads the long form of short, written at byte from, in the
// name that ends at byte at. The letters may follow the name in another
// language ("the Patriotic Movement for Safeguarding and Restoration, or
// MPSR (Mouvement patriotique …)"), as translatedLongForm accepts them.
func commaDef(text string, at, from int, short string, disabled map[string]bool) (acronymDef, bool) {
	off := max(0, at-maxBefore)
	before := text[off:at]
	if !disabled[ruleDashGloss] {
		before = withoutDashGloss(before)
	}
	long, s := longFormBefore(before, short)
	if long == "" {
		long, s = translatedLongForm(before, short, false, disabled)
	}
	if long == "" && !disabled[ruleQualified] {
		long, s = qualifiedLongForm(before, short)
	}
	if long == "" {
		return acronymDef{}, false
	}
	return acronymDef{Acronym{short, long}, off + s, from + len(short)}, true
}

// withoutDashGloss drops a quoted translation set between dashes after a
// name ("Tiako i Madagasikara — "I love Madagascar""), so that the long
// form is read before it.
func withoutDashGloss(before string) string {
	if !strings.HasSuffix(before, "\"") && !strings.HasSuffix(before, "”") {
		return before
	}
	i := strings.LastIndex(before, " — ")
	if i < 0 || !strings.ContainsAny(before[i+len(" — "):][:1], "\"“") {
		return before
	}
	return before[:i]
}

// qualifiedLongForm reads a long form closed by a parenthesised qualifier
// whose words the letters also abbreviate: "the Communist Party of Nepal
// (Unified Marxist–Leninist), usually abbreviated CPN-UML". It returns the
// long form and its byte offset in before, or "".
func qualifiedLongForm(before, short string) (string, int) {
	before = trimRight(before, " ")
	open := strings.LastIndexByte(before, '(')
	if !strings.HasSuffix(before, ")") || open < 0 {
		return "", 0
	}
	head := nameEnding(strings.Fields(before[:open]))
	s := strings.LastIndex(before[:open], head)
	if head == "" || s < 0 {
		return "", 0
	}
	words := strings.FieldsFunc(head+" "+before[open+1:len(before)-1], func(r rune) bool {
		return r == ' ' || r == '-' || r == '–' || r == '—'
	})
	var ini []rune
	for _, w := range words {
		if !isConnector(w) {
			ini = append(ini, unicode.ToUpper([]rune(w)[0]))
		}
	}
	if string(ini) != strings.ReplaceAll(short, "-", "") {
		return "", 0
	}
	return before[s:], s
}

// initialsNamed reads "its Arabic acronym JNIM" or "their Indonesian
// initials as the TNI" after "known by": a short form the text says is an
// acronym. It returns the short form and its byte offset in rest, or "".
func initialsNamed(rest string, off0 map[string]bool) (string, int) {
	said := false
	for off, n := 0, 0; n < 6 && off < len(rest); n++ {
		w, tail, _ := strings.Cut(rest[off:], " ")
		switch strings.ToLower(trimRight(w, ",")) {
		case "acronym", "initials", "abbreviation":
			said = true
		case "its", "their", "as", "the":
		default:
			if short := trimRight(w, ".,;:"); said && (isShortForm(short) && strings.ToUpper(short) == short || !off0[ruleSyllabicNamed] && isWordAcronym(short)) {
				return short, off // "its Indonesian abbreviation Kostrad": the text calls a word letters
			}
			if !startsUpper(w) || said {
				return "", 0 // only a language's name may qualify the acronym
			}
		}
		off = len(rest) - len(tail)
		if tail == "" {
			break
		}
	}
	return "", 0
}

// findByNumbered reads names that open with a number, as gangs and units
// are named ("The 400 Mawozo, notorious for kidnappings, controls …",
// "while 5 Segonn, led by Johnson André, holds …"): a number that is no
// year, then one or two capitalised words no table of English or places
// knows, as a subject (a comma or a verb follows), in a paragraph that
// speaks of groups in the plural ("Other gangs have …").
func findByNumbered(p *para) []candidate {
	words, lower := p.words(), p.lowerWords()
	var out []candidate
	plural := false
	for i := 0; i+1 < len(words); i++ {
		plural = plural || strings.HasSuffix(lower[i], "s") && isPredicateNoun(trimRight(lower[i], ".,;:"))
		if c := words[i][0]; c < '1' || c > '9' || !isDigits(words[i]) || len(words[i]) > 3 {
			continue // the cheap trigger: a number under 1,000, so no year
		}
		j := i + 1
		for j < len(words) && j-i <= 2 && isUnknownWord(trimRight(words[j], ",")) {
			j++
			if strings.HasSuffix(words[j-1], ",") {
				break
			}
		}
		if j == i+1 || j >= len(words) {
			continue
		}
		if !strings.HasSuffix(words[j-1], ",") && !opensWithVerb(words[j]) {
			continue
		}
		name := trimRight(strings.Join(words[i:j], " "), ",")
		if plural || strings.HasSuffix(words[j-1], ",") && j+1 < len(words) && lower[j] == "led" && lower[j+1] == "by" {
			out = append(out, p.cand(name, scoreDefined))
		}
	}
	return out
}

// isFoundingVerb reports whether the lowered word says that a body was
// brought into being; the sentence that says so introduces it. A switch,
// not a map: findByFounding asks it of every word.
func isFoundingVerb(w string) bool {
	switch w {
	case "founded", "formed", "created", "established":
		return true
	}
	return false
}

// isFoundingBase reports whether the lowered word is the present or
// infinitive of a founding verb ("joined … to form Joint Church Aid
// (JCA)", "agrees to establish …"), read with rule founding-base. "Found"
// is left out: it is also the past of "find".
func isFoundingBase(w string) bool {
	switch w {
	case "form", "forms", "create", "creates", "establish", "establishes":
		return true
	}
	return false
}

// findByFounding reads organisations named as founded: "Hasan di Tiro …
// founded the Free Aceh Movement", "Students formed the Aceh Referendum
// Information Centre".
func findByFounding(p *para) []candidate {
	var out []candidate
	words, lower := p.words(), p.lowerWords()
	for i := 0; i+2 < len(words); i++ {
		if !isFoundingVerb(lower[i]) && (p.off[ruleFoundingBase] || !isFoundingBase(lower[i])) {
			continue
		}
		if lower[i+1] != "the" {
			if c, ok := foundedLetters(p, i+1); ok {
				out = append(out, c) // "the government created Combined Operations (ComOps)"
			}
			continue
		}
		name, _ := nameAt(words, i+2, readingOf(p.off))
		if name != "" && strings.Contains(name, " ") && isOrgName(name) {
			out = append(out, p.cand(name, scoreDefined))
		}
	}
	return out
}

// foundedLetters reads a name of two words or more at words[j], right
// after a founding verb, that letters in parentheses follow: what is
// created and given an acronym is a body, whatever noun heads it
// ("created Combined Operations (ComOps)").
func foundedLetters(p *para, j int) (candidate, bool) {
	words := p.words()
	if p.off[ruleFoundedLetters] {
		return candidate{}, false
	}
	name, next := nameAt(words, j, readingOf(p.off))
	if !strings.Contains(name, " ") || next >= len(words) || !strings.HasPrefix(words[next], "(") {
		return candidate{}, false
	}
	short := trim(words[next], "(),.;:")
	if !isShortForm(short) || matchShortLong(short, name) != 0 {
		return candidate{}, false
	}
	c := p.cand(name, scoreDefined)
	c.acronym = short
	return c, true
}

// findBySiblings reads a Markdown list whose items each open with a name
// in bold: a list enumerates things of one kind, so when the text
// describes one item's name as a group ("- **Mahidi**, a group active in
// …"), the other items' names are groups too.
func findBySiblings(p *para) []candidate {
	if !strings.HasPrefix(p.orig, "- **") && !strings.HasPrefix(p.orig, "* **") {
		return nil // the cheap trigger
	}
	leads := boldLeads(p.orig)
	if len(leads) < 2 {
		return nil
	}
	defined := false
	for _, c := range findByApposition(p) {
		defined = defined || slices.Contains(leads, c.name)
	}
	if !defined {
		return nil
	}
	var out []candidate
	for _, name := range leads {
		c := p.cand(name, scoreDefined)
		for _, d := range p.acronyms() {
			if d.Long == name {
				c.acronym = d.Short // "- **Besi Merah Putih** (BMP, …)"
			}
		}
		out = append(out, c)
	}
	return out
}

// boldLeads returns the bold names opening each item of a Markdown list
// (its lines joined by the parser, or not), or nil when the text is not
// such a list.
func boldLeads(text string) []string {
	mark := " " + text[:1] + " **" // "- **" or "* **", as the list opens
	items := strings.Split(strings.ReplaceAll(" "+text, "\n", " "), mark)
	if items[0] != "" {
		return nil
	}
	var leads []string
	for _, item := range items[1:] {
		name, _, ok := strings.Cut(item, "**")
		if !ok || strings.TrimSpace(name) == "" {
			return nil
		}
		leads = append(leads, strings.TrimSpace(name))
	}
	return leads
}

// findByRenamedNoun reads a body a noun phrase describes and the name
// after it names, set off by commas: "the East German secret police, the
// Stasi, had given …", "Myanmar's military, the Tatmadaw, and …"
// (ruleRenamedNoun). The phrase is determined ("the", "its", a
// possessive) and ends in a noun whose first sense is an organisation
// (WordNet); the name after "the" ends at a comma or the sentence's end
// and opens no list ("the police, the Army and the Navy"). With rule
// renamed-indefinite, an indefinite phrase headed by any group noun
// introduces a body the same way: "a secret revolutionary society, the
// Katipunan, whose …", "a millenarian religious movement, the Guardia de
// Honor, fought …"; "a" says the body is new to the reader, and the name
// after it is what the text will call it.
func findByRenamedNoun(p *para) []candidate {
	var out []candidate
	words, lower := p.words(), p.lowerWords()
	for i := 2; i+1 < len(words); i++ {
		if name, ok := p.renamedAt(words, lower, i); ok {
			out = append(out, p.cand(name, scoreDefined))
		}
	}
	return out
}

// renamedAt reads the name at words[i] that renames the noun phrase
// before its comma (see findByRenamedNoun), and whether there is one.
func (p *para) renamedAt(words, lower []string, i int) (string, bool) {
	bare := lower[i] != "the" && !p.off[ruleRenamedBare]
	if !strings.HasSuffix(words[i-1], ",") || !(lower[i] == "the" && startsUpper(words[i+1]) || bare && bareRenaming(words[i])) {
		return "", false // the cheap trigger
	}
	noun := strings.TrimSuffix(words[i-1], ",")
	if noun != lower[i-1][:len(noun)] {
		return "", false
	}
	h := i - 1
	wing, ok := p.renamedBody(words, lower, h, noun)
	if !ok {
		return "", false
	}
	at := i + 1
	if bare {
		at = i // "the pro-Treaty party, Cumann na nGaedheal,": no article before the name
		if !p.bareRenamedPhrase(words, lower, i, h, noun) {
			return "", false
		}
	}
	return p.renamedName(words, lower, at, bare, wing)
}

// renamedBody reports whether the phrase headed by noun at h describes a
// body a name can rename, and whether it is a group's part (a wing): a
// group's part a possessive opens names a body even where the name has a
// person's shape ("its student wing, Islami Chhatra Shibir,"), for no
// person is a wing.
func (p *para) renamedBody(words, lower []string, h int, noun string) (wing, ok bool) {
	if renamingPhrase(words, lower, h, noun, !p.off[ruleRenamedIndefinite]) {
		return false, true
	}
	pronoun, ok := possessedGroup(words, lower, h, noun)
	if !ok || p.off[ruleRenamedWing] {
		return false, false
	}
	return pronoun || !isPersonWord(noun), true // "A Brink's guard, Peter Paige,": a post, its holder a person
}

// bareRenamedPhrase reports whether a phrase renamed by a name with no
// article can introduce a body: determined, in the singular, and not
// the noun after "of".
func (p *para) bareRenamedPhrase(words, lower []string, i, h int, noun string) bool {
	if !bareDeterminer(words, lower, h, noun, !p.off[ruleBareIndefinite]) || strings.HasSuffix(noun, "s") && !strings.HasSuffix(noun, "ss") {
		return false // "the president's former allies, Roch Kaboré, …": a plural lists its members
	}
	return h != i-1 || lower[i-2] != "of" // "the FDD's chief of staff, Pierre Nkurunziza,": the noun after "of" heads no phrase
}

// renamedName reads the name at words[at] and keeps it when it closes
// the apposition and is no place, people or person (but a wing's).
func (p *para) renamedName(words, lower []string, at int, bare, wing bool) (string, bool) {
	name, next := nameAt(words, at, readingOf(p.off))
	if bare {
		name, next = bareNameToComma(words, at)
	}
	if name == "" || !closesApposition(words, lower, next) || isPlaceOrPeople(name) || p.people[nameKey(name)] && !wing || !p.off[ruleAmpersandName] && ampersandGoesOn(words, next) {
		return "", false
	}
	return name, true
}

// bareDeterminer reports whether the phrase the noun at words[i] closes
// may introduce a name set beside it with no article (rule renamed-bare):
// a determined phrase, or, with indefinite (rule bare-indefinite),
// one "a" or "an" opens when its noun is first an organisation's ("a new
// security agency, SAVAK, which …", "A second firm, Karazhanbasmunai,
// jointly owned by …"): "a" says the body is new to the reader, and an
// organisation's noun says no person's name follows.
func bareDeterminer(words, lower []string, i int, noun string, indefinite bool) bool {
	switch phraseDeterminer(words, lower, i) {
	case "the":
		return true
	case "a":
		return indefinite && lang.IsOrgNoun(noun)
	}
	return false
}

// ampersandGoesOn reports whether the comma before words[next] sets no
// name apart but goes on with a firm's name of partners' names, an
// ampersand joining its last two ("a Los Angeles law firm, Manatt,
// Phelps & Phillips, had been engaged"; rule ampersand-name): the words
// before the comma are one partner's, not the firm's whole name.
func ampersandGoesOn(words []string, next int) bool {
	return next+1 < len(words) && startsUpper(words[next]) && words[next+1] == "&"
}

// bareRenaming reports whether w may open a name set beside a body's
// description with no article (rule renamed-bare): capitalised, and no
// word that opens sentences or names a title ("However", "President").
func bareRenaming(w string) bool {
	core := trimRight(w, ",")
	return startsUpper(core) && !isStopCap(core) && !isTitle(core) && !lang.IsEnglishStopWord(strings.ToLower(core))
}

// bareNameToComma reads the name at words[i] that a comma closes within
// maxNameTokens words: capitalised words, a possessive among them
// ("Russia's Choice"), and the short lower-case words of the name's own
// language before a capitalised word or one its second letter capitalises
// ("Cumann na nGaedheal"). It returns the name and the index after it, or
// "" when another word comes first.
func bareNameToComma(words []string, i int) (string, int) {
	for k := i; k < len(words) && k-i < maxNameTokens; k++ {
		core := trimRight(words[k], ",")
		switch {
		case startsUpper(core), k > i && innerCapital(core):
		case k > i && k+1 < len(words) && len(core) <= 3 && allLetters(core) && !lang.IsEnglishStopWord(core) &&
			(startsUpper(words[k+1]) || innerCapital(words[k+1])):
		default:
			return "", 0
		}
		if core != words[k] {
			return strings.Join(append(append([]string(nil), words[i:k]...), core), " "), k + 1
		}
	}
	return "", 0
}

// innerCapital reports whether w opens with a lower-case letter its second
// letter, a capital, follows: a name's word that a prefix of its language
// changed ("nGaedheal", "mBan").
func innerCapital(w string) bool {
	rs := []rune(w)
	return len(rs) > 2 && unicode.IsLower(rs[0]) && unicode.IsUpper(rs[1])
}

// renamingPhrase reports whether the noun at words[i] closes a phrase
// that describes a body a name then renames: determined and headed by an
// organisation's noun, or, with indefinite, opened by "a" or "an" and
// headed by any group noun no person noun shares ("movement", "society";
// not "front", "party", which name people too).
func renamingPhrase(words, lower []string, i int, noun string, indefinite bool) bool {
	switch phraseDeterminer(words, lower, i) {
	case "the":
		return lang.IsOrgNoun(noun)
	case "a":
		return indefinite && (lang.IsOrgNoun(noun) || lang.IsGroupNoun(noun) && !lang.IsPersonNoun(noun))
	}
	return false
}

// possessedGroup reports whether the noun at words[i] heads a group's
// description a possessive determiner opens, its owner a body or a name
// ("its youth wing, the Imbonerakure,", "the party's student wing,
// Islami Chhatra Shibir,"; rule renamed-wing): the noun names a group
// first (isPredicateNoun), though not as an organisation, and a part of
// a body set beside a name is that part's name. A noun for a person
// ("its founder") or a leader ("its chairman") is none, as no group;
// a plural lists members ("its allies, …"). It also says whether a
// pronoun ("its", "their") is the owner: a named owner's noun may name a
// person's post ("A Brink's guard, Peter Paige,"), a pronoun's stands
// for the body the text is about.
func possessedGroup(words, lower []string, i int, noun string) (pronoun, ok bool) {
	if !isPredicateNoun(noun) || strings.HasSuffix(noun, "s") {
		return false, false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch {
		case lower[k] == "its" || lower[k] == "their":
			return true, true
		case strings.HasSuffix(lower[k], "'s") || strings.HasSuffix(lower[k], "’s"):
			return false, !isPersonWord(strings.TrimSuffix(strings.TrimSuffix(lower[k], "'s"), "’s"))
		case strings.ContainsAny(words[k], ",;:.()") || lower[k] == "the" || lower[k] == "a" || lower[k] == "an":
			return false, false
		}
	}
	return false, false
}

// phraseDeterminer returns what opens the noun phrase the noun at
// words[i] closes, over at most three modifiers: "the" for a determiner
// or a possessive ("the East German secret police", "Myanmar's
// military"), "a" for an indefinite article, "" for neither.
func phraseDeterminer(words, lower []string, i int) string {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch {
		case lower[k] == "the" || lower[k] == "its" || lower[k] == "their":
			return "the"
		case strings.HasSuffix(lower[k], "'s") || strings.HasSuffix(lower[k], "’s"):
			return "the"
		case lower[k] == "a" || lower[k] == "an":
			return "a"
		case strings.ContainsAny(words[k], ",;:.()"):
			return ""
		}
	}
	return ""
}

// closesApposition reports whether the name that ends before words[next]
// closes an apposition: its last word ends the sentence or a comma, and
// no "and" or "or" and another name follow to make it one of a list.
func closesApposition(words, lower []string, next int) bool {
	last := words[next-1]
	if strings.HasSuffix(last, ".") {
		return true
	}
	if !strings.HasSuffix(last, ",") {
		return false
	}
	if next+1 >= len(words) || lower[next] != "and" && lower[next] != "or" {
		return true
	}
	k := next + 1
	if lower[k] == "the" && k+1 < len(words) {
		k++
	}
	return !startsUpper(words[k]) // "the Tatmadaw, and whichever government", not "the Army, and the Navy"
}

// ruleInfoboxMarks splits an infobox value at the marks a browser copy
// or a table cell sets between parties (see markedFields).
const ruleInfoboxMarks = "infobox-marks"

// ruleInfoboxSublabel strips the sub-label that opens an infobox party
// (see markedFields).
const ruleInfoboxSublabel = "infobox-sublabel"

// ruleInfoboxOnly makes an organisation an infobox lists as a party a
// candidate though the prose never names it (see unnamedSide): an
// article may name a side only in its infobox.
const ruleInfoboxOnly = "infobox-only"

// ruleInfoboxPartitive reads the organisation a part of which an
// infobox lists ("Elements of the Tarvian Police" is the Tarvian
// Police): see partitiveSide.
const ruleInfoboxPartitive = "infobox-partitive"

// ruleInfoboxGloss joins an infobox party and the other name it gives
// in brackets ("Junta de Gobierno (Congressionalist Junta)"): see
// isGloss.
const ruleInfoboxGloss = "infobox-gloss"

// ruleInfoboxGenitive takes an infobox party's paragraph from the prose
// that names it as its owner's ("Tarvia's armed forces" for "Armed
// Forces of Tarvia"): see genitiveParagraph.
const ruleInfoboxGenitive = "infobox-genitive"

// ruleInfoboxFlag reads an infobox party without the country its flag's
// text prints before it ("Mali Malian Armed Forces"): see flaggedSide.
const ruleInfoboxFlag = "infobox-flag"

// ruleAppositionParticiple: a past participle closes the head of a
// description set beside a name ("Ansar Tarn, a group led by …" is
// headed by "group"), so a participle WordNet also knows as a place
// noun ("led") does not make the name a place: see appositionHead.
const ruleAppositionParticiple = "apposition-participle"

// ruleSentenceCaseName reads a name given in another language after
// "known in French as" to its end, lower-case words included ("the
// Ligue de défense du Tarn"), as French or Spanish capitalise only a
// name's first word: see languageNames.
const ruleSentenceCaseName = "sentence-case-name"

// ruleGlossAbbreviated reads the letters a bracketed foreign name is
// abbreviated to after the word that says so ("(French: Front
// patriotique d'Osk; abbreviated FPO)"): see glossedShort.
const ruleGlossAbbreviated = "gloss-abbreviated"

// ruleGlossLanguage reads a bracketed foreign name and its letters after
// the label naming its language ("(French: Front patriotique du Nord,
// FPN)"), as encyclopedias write them: see defineGlossed.
const ruleGlossLanguage = "gloss-language"

// ruleBracketOrLetters reads a bracketed name in another language before
// ", or" and its letters ("the Red Brigades (*Brigate Rosse*, or BR)")
// as the English name's alias: see withoutOrLetters.
const ruleBracketOrLetters = "bracket-or-letters"

// ruleParticipleCalled reads "NAME, chaired by X and often called Y" as
// "NAME, called Y": see participleCalled.
const ruleParticipleCalled = "participle-called"

// ruleAliasInitials folds a faction named by letters into the faction one
// of whose aliases, a name in another language, has those initials ("The
// UIR" and "Rapid Intervention Unit (Unidade de Intervenção Rápida)"):
// see foldAliasInitials.
const ruleAliasInitials = "alias-initials"
