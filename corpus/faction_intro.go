package corpus

import (
	"slices"
	"strings"
)

// Rules for how prose introduces, abbreviates and aliases organisations:
// glossary entries, names glossed with "or", a foreign name's short form,
// letters that head nothing. Named so that tests can show each is needed.
const (
	ruleMixedLetters        = "mixed-letters"        // "Czechoslovak State Security (StB)": letters in mixed case follow the name's own language
	ruleArticleBound        = "article-bound"        // "in Jakarta the Indonesian Communist Party (PKI)": an article not after a connector opens the name
	ruleEnglishOr           = "english-or"           // "The Brunei People's Party, or Partai Rakyat Brunei (PRB)": the English name before the lettered one names it too
	rulePermutedLetters     = "permuted-letters"     // "the conservative Social Democratic Centre (CDS) won": the initials in another order
	ruleForeignLetters      = "foreign-letters"      // "the Convergence for Social Democracy (CPDS)": … and a short word's of the name's own language
	ruleOrDescribed         = "or-described"         // "headed by Samakkhi Tham, or Justice Unity, a party set up …": a name, its gloss and a group's description
	ruleSyllableLetters     = "syllable-letters"     // "the Kuomintang (KMT)": the letters opening a one-word name's syllables
	ruleNumberedLetters     = "numbered-letters"     // "a second United Nations Emergency Force (UNEF II)": letters and a mission's number
	ruleSyllabicNamed       = "syllabic-named"       // "better known by its Indonesian abbreviation Kostrad": a word the text calls an abbreviation is one
	rulePossessiveDescribed = "possessive-described" // "His new party, New Democracy, won": a description a possessive opens, set before the name
	rulePersonKnown         = "person-known"         // "a party operative known as Sjam Kamal": a singular kind of person before "known as" names a person
	ruleLettersFirstOr      = "letters-first-or"     // "the UDMR, or Hungarian Democratic Union of Romania,": letters, then the name after "or"
	ruleListEntry           = "list-entry"           // "- **Coalition of Youth**: a loose network of activists": a glossary entry whose label a group description follows
	ruleLettersNoHead       = "letters-no-head"      // "the National Defence Battalions (TEA)": letters in brackets head no name
	ruleGlossNotQualifier   = "gloss-not-qualifier"  // "the Democratic Army (Dimokratikos Stratos, DSE)": a bracket with a comma glosses, it does not qualify
	ruleOrAlias             = "or-alias"             // "the Janatha Vimukthi Peramuna, or People's Liberation Front", "the Liberation Army or ELAS"
	ruleProperShort         = "proper-short"         // "Al Wefaq" is the "Al Wefaq National Islamic Society"
	ruleArticleComplement   = "article-complement"   // "the Coalition for a Republic": an article opens the complement of a name
	ruleQuoteOpen           = "quote-open"           // `popularly called the "Mountain Government"`: the opening quote is no part of the name
	ruleBracketGloss        = "bracket-gloss"        // `the "Haq Do Tehreek" (Give Rights Movement)`: a translation in brackets
	ruleBareGloss           = "bare-gloss"           // "A smaller Shia party, Harakat-e Islami (Islamic Movement) of …": a name no article opens, glossed in brackets
	ruleGlossArticle        = "gloss-article"        // "(Islamic Union for the Liberation of Afghanistan)": "the" after a connector is the bracketed gloss's own
	ruleLedBy               = "led-by"               // "The Voice for Missing Persons (VMP), led by …": a name given letters and a leader is an organisation's
	ruleNumberedEntry       = "numbered-entry"       // "4.1 **Government of Veldia.** …": a numbered paragraph opening with a bold label is an entry
	ruleSentenceEntry       = "sentence-entry"       // "**Government of Veldia.** The government, headed by …": a label a sentence on a group noun follows names that group
	ruleBoldParagraph       = "bold-paragraph"       // "**The *militantes*.** A faction of the Colorado Party …": a paragraph a bold label opens is an entry, list marker or not
	ruleItalicTerm          = "italic-term"          // "**The *militantes*.** A faction of …": an italic lower-case word, a term of another language, is the label's name
	ruleEntryCounted        = "entry-counted"        // "- **Internally displaced Georgians**: more than 200,000 people": a description that counts its noun tells a population's size, no body's
	ruleEntryDash           = "entry-dash"           // "- **Forces armées nigériennes (FAN)** — the Nigerien armed forces": a spaced dash sets an entry's description beside its label
	ruleCoordinatedEntry    = "coordinated-entry"    // "- **The CPP and NPA** — the Maoist party and its guerrilla army": a description joining two noun phrases describes two bodies, as a plural does
)

// listEntry is one item of a Markdown glossary: its bold label and the
// text after it.
type listEntry struct{ label, rest string }

// listEntries splits a Markdown list whose items each open with a bold
// label ("- **Haq**: …", its lines joined by the parser or not) into its
// entries, or returns nil when the text is not such a list.
func listEntries(text string) []listEntry {
	if !strings.HasPrefix(text, "- **") && !strings.HasPrefix(text, "* **") {
		return nil // the cheap trigger
	}
	mark := " " + text[:1] + " **"
	items := strings.Split(strings.ReplaceAll(" "+text, "\n", " "), mark)
	var out []listEntry
	for _, item := range items[1:] {
		label, rest, ok := strings.Cut(item, "**")
		if !ok {
			return nil
		}
		out = append(out, listEntry{strings.TrimSpace(label), rest})
	}
	return out
}

// numberedEntry reads a paragraph a fact sheet numbers, opening with a
// bold label: "4.1 **Government of Veldia.** The government …", "(b)
// **Coastal League**: a party …". It returns the one entry, or nil.
func numberedEntry(text string) []listEntry {
	number, rest, ok := strings.Cut(text, " ")
	if !ok || !isEnumerator(number) {
		return nil
	}
	body, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), "**")
	if !ok {
		return nil
	}
	label, after, ok := strings.Cut(body, "**")
	if !ok {
		return nil
	}
	return []listEntry{{strings.TrimSpace(label), after}}
}

// boldParagraph reads a paragraph that opens with a bold label and goes
// on after it, as a primer's "Who's who" writes its entries without a
// list marker: "**The Church.** The Paraguayan Episcopal Conference …".
// It returns nil for any other paragraph, and for one that is all bold.
func boldParagraph(text string) []listEntry {
	body, ok := strings.CutPrefix(text, "**")
	if !ok {
		return nil
	}
	label, after, ok := strings.Cut(body, "**")
	if !ok || strings.TrimSpace(after) == "" {
		return nil
	}
	return []listEntry{{strings.TrimSpace(label), after}}
}

// italicEntry reads an entry whose label, after an optional "The", is one
// lower-case word in italics, a term of another language the writer keeps
// ("**The *militantes*.** A faction of the Colorado Party …"), followed by
// a sentence opening with an article. It returns the word and the
// sentence with its article lowered, for the description test.
func italicEntry(e listEntry) (label, rest string, ok bool) {
	label, ok = strings.CutSuffix(e.label, ".")
	if !ok {
		return "", "", false
	}
	label = strings.TrimPrefix(label, "The ")
	term := strings.Trim(label, "*_")
	if len(label)-len(term) != 2 || term == "" || strings.ContainsAny(term, " *_") || !startsLower(term) {
		return "", "", false
	}
	rest = strings.TrimSpace(e.rest)
	for _, art := range []string{"The ", "A ", "An "} {
		if r, ok := strings.CutPrefix(rest, art); ok {
			return term, strings.ToLower(art) + r, true
		}
	}
	return "", "", false
}

// isEnumerator reports whether w numbers a paragraph: "4.", "4.1",
// "4.1.2", "(b)", "(iv)".
func isEnumerator(w string) bool {
	if inner, ok := strings.CutPrefix(w, "("); ok {
		inner, ok = strings.CutSuffix(inner, ")")
		return ok && inner != "" && len(inner) <= 4 && strings.IndexFunc(inner, func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') }) < 0
	}
	w = strings.TrimSuffix(w, ".")
	for part := range strings.SplitSeq(w, ".") {
		if part == "" || len(part) > 3 || strings.IndexFunc(part, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
			return false
		}
	}
	return true
}

// sentenceEntry reads an entry whose label ends a sentence and whose text
// goes on about it as a group: "**Government of Veldia.** The
// government, headed by …". It returns the label and the text as a
// description ("the government, headed by …"), and whether the entry
// reads so.
func sentenceEntry(e listEntry) (label, rest string, ok bool) {
	label, ok = strings.CutSuffix(e.label, ".")
	if !ok || !capitalisedName(label) {
		return "", "", false // "**The recruited men.**", "**Regional bodies.**": no name
	}
	rest, ok = strings.CutPrefix(strings.TrimSpace(e.rest), "The ")
	if !ok {
		return "", "", false
	}
	return label, "the " + rest, true
}

// findByListEntry reads glossary entries, the "Key actors" lists of
// primers and fact sheets: "- **Coalition of February Youth**: a loose
// network of young activists …". An entry whose label a colon and a
// description of a group follow names a group, with or without the
// article a glossary drops ("small splinter group that …"). A label
// joining two names with "and" over a plural description ("**Haq and Al
// Wafa'**: hardline groups") names two; letters in brackets after the
// label are its acronym.
func findByListEntry(p *para) []candidate {
	var out []candidate
	entries := listEntries(p.orig)
	if entries == nil && !p.off[ruleNumberedEntry] {
		entries = numberedEntry(p.orig)
	}
	if entries == nil && !p.off[ruleBoldParagraph] {
		entries = boldParagraph(p.orig)
	}
	for _, e := range entries {
		label, rest, ok := entryParts(p, e)
		if !ok {
			continue
		}
		var room [describedWords]string
		words := appendFirstFields(room[:0], rest, describedWords)
		head, plural, ok := entryDescribed(words)
		if !ok || !p.off[ruleEntryCounted] && countedDescription(words) {
			continue
		}
		plural = plural || !p.off[ruleCoordinatedEntry] && coordinatedDescription(words, head)
		for _, name := range entryNames(label, plural) {
			out = append(out, entryCandidate(p, name))
		}
	}
	return out
}

// entryParts returns an entry's label and the description after it, and
// whether the entry sets one beside the other: with a colon, a sentence
// after a label it closes, an italic term, or (rule entry-dash) a spaced
// dash, as glossaries also write their entries ("- **Forces armées
// nigériennes (FAN)** — the Nigerien armed forces"). "- **Name**, a group
// …" is the apposition rule's.
func entryParts(p *para, e listEntry) (label, rest string, ok bool) {
	label = strings.TrimSuffix(e.label, ":")
	rest = strings.TrimPrefix(strings.TrimSpace(e.rest), ":")
	if l, r, ok := sentenceEntry(e); ok && !p.off[ruleSentenceEntry] {
		return l, r, true
	}
	if l, r, ok := italicEntry(e); ok && !p.off[ruleItalicTerm] {
		return l, r, true
	}
	if !startsUpper(label) {
		return "", "", false
	}
	if label != e.label || strings.HasPrefix(strings.TrimSpace(e.rest), ":") {
		return label, rest, true
	}
	if r, ok := dashedRest(e.rest); ok && !p.off[ruleEntryDash] {
		return label, r, true
	}
	return "", "", false
}

// dashedRest returns what follows a spaced dash opening rest, an entry's
// text after its label: " — the Nigerien armed forces" gives "the
// Nigerien armed forces".
func dashedRest(rest string) (string, bool) {
	for _, dash := range []string{" — ", " – ", " - "} {
		if r, ok := strings.CutPrefix(rest, dash); ok {
			return strings.TrimSpace(r), true
		}
	}
	return "", false
}

// countedDescription reports whether an entry's description counts the
// noun it heads, a numeral written before that noun: "more than 200,000
// people and their descendants" tells how many a population numbers, and
// the label ("Internally displaced Georgians") names that population, no
// body (rule entry-counted).
func countedDescription(words []string) bool {
	for _, w := range words {
		core := strings.ToLower(trimRight(w, ".,;:!?)”\"'’"))
		if isPredicateNoun(core) {
			return false
		}
		if core != "" && '0' <= core[0] && core[0] <= '9' || numberWord(core) > 1 {
			return true
		}
	}
	return false
}

// entryDescribed reports whether words, the description after an entry's
// colon, open with a noun phrase headed by a group noun, the article
// written or dropped; and returns the index in words of the first
// predicate noun, the phrase's head (-1 when there is none), and whether
// that noun is plural.
func entryDescribed(words []string) (head int, plural, ok bool) {
	if len(words) == 0 {
		return -1, false, false
	}
	if !startsLower(words[0]) {
		return -1, false, false // "**15 February**: Demonstrators set up …": an event, not a description
	}
	phrase, first := words, 1
	switch strings.ToLower(words[0]) {
	case "a", "an", "another", "the":
	default:
		phrase, first = append([]string{"a"}, words...), 0
	}
	if !describesGroup(phrase) {
		return -1, false, false
	}
	for i := first; i < len(words); i++ {
		core := strings.ToLower(trimRight(words[i], ".,;:!?)”\"'’"))
		if isPredicateNoun(core) {
			return i, strings.HasSuffix(core, "s") && !strings.HasSuffix(core, "ss"), true
		}
	}
	return -1, false, true
}

// coordinatedDescription reports whether head, the index of the head noun
// of words, an entry's description (entryDescribed), is joined by "and" to
// a second noun phrase ("the Maoist party and its guerrilla army"): the
// description tells of two bodies, as a plural head does, so a label
// joining two names with "and" names both. A head a comma closes ("a
// party, and its leader …") joins nothing.
func coordinatedDescription(words []string, head int) bool {
	if head < 0 || head+2 >= len(words) {
		return false
	}
	w := words[head]
	core := trimRight(w, ".,;:!?)”\"'’")
	return core == w && words[head+1] == "and" && startsLower(words[head+2])
}

// entryNames returns the names an entry's label gives: two when it joins
// them with "and" over a plural description, else the label.
func entryNames(label string, plural bool) []string {
	if a, b, ok := strings.Cut(label, " and "); ok && plural && startsUpper(a) && startsUpper(b) {
		return []string{a, b}
	}
	return []string{label}
}

// entryCandidate makes the candidate of an entry's name, taking letters
// in brackets after it ("National Democratic Action Society (Waad)") as
// its acronym. It is a mention: the description rules cut the entry's
// item from the list (entry-label) and weigh it against the prose's.
func entryCandidate(p *para, name string) candidate {
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		c := p.cand(name[:i], scoreMention)
		c.acronym = name[i+2 : len(name)-1]
		return c
	}
	return p.cand(name, scoreMention)
}

// orGlosses reads a name glossed with "or": its translation ("the
// Janatha Vimukthi Peramuna, or People's Liberation Front, a …") or its
// letters ("the Greek People's Liberation Army or ELAS, took to …"); or
// glossed in brackets by its translation ("the "Haq Do Tehreek" (Give
// Rights Movement)"). The
// name, after "the", comes first; the gloss is set off by the punctuation
// after it. A translation pairs a name no English table knows a word of
// with an organisation's name, one way or the other, so "the army, or the
// police" and "the Middle East, or North Africa" are no glosses. Letters
// gloss an organisation's name where the paragraph first writes them. It
// returns the candidates of the names glossed and the pairs of each name
// and its gloss.
func orGlosses(p *para) (cands []candidate, pairs [][2]string) {
	words, lower := p.words(), p.lowerWords()
	for k := 2; k+1 < len(words); k++ {
		bracket := words[k][0] == '(' && !p.off[ruleBracketGloss]
		if lower[k] != "or" && !bracket {
			continue // the cheap trigger
		}
		name, the, lettered := glossedName(p, words, k, bracket)
		if name == "" && !bracket && !p.off[ruleOrDescribed] {
			if name, gloss, ok := describedOr(words, k); ok {
				cands = append(cands, p.cand(name, scoreDefined))
				pairs = append(pairs, [2]string{name, gloss})
			}
			continue
		}
		if name == "" {
			continue
		}
		gloss, score := nameGloss(p, words, name, k, the, bracket)
		if gloss == "" {
			continue
		}
		if !lettered {
			cands = append(cands, p.cand(name, score))
		}
		pairs = append(pairs, [2]string{name, gloss})
	}
	return cands, pairs
}

// glossedName returns the name before the "or" or bracket at words[k],
// the index of its "the", and whether letters before the "or" define it
// (it is a candidate already); "" where no rule reads one.
func glossedName(p *para, words []string, k int, bracket bool) (name string, the int, lettered bool) {
	name, the = nameBeforeOr(words, k)
	if name == "" && bracket && !p.off[ruleBareGloss] {
		name, the = bareNameBeforeBracket(words, k)
	}
	if name == "" && !bracket && !p.off[ruleOrAfterLetters] {
		name, the = nameLetteredBeforeOr(words, k)
		lettered = name != ""
	}
	return name, the, lettered
}

// nameGloss returns the gloss after the "or" or bracket at words[k] that
// glosses name, and the score name takes: defined where a group's
// description follows the gloss. It returns "" where what follows is no
// gloss of name.
func nameGloss(p *para, words []string, name string, k, the int, bracket bool) (string, int) {
	gloss, next := glossAfterOr(words, k+1, !p.off[ruleOrGlossArticle])
	if bracket {
		gloss, next = glossInBrackets(words, k, !p.off[ruleGlossArticle])
	}
	if gloss == "" || bracket && !strings.Contains(gloss, " ") || !glosses(p, name, gloss, k+1) {
		return "", 0
	}
	if !strings.Contains(gloss, " ") && strings.ToUpper(initials(name)) != gloss && (p.off[ruleOrLettersHeld] || !lettersHeld(gloss, name)) && !appositive(words, the, next) {
		return "", 0 // "sent by the Security Council or NATO": two bodies, not a name and its letters
	}
	if next < len(words) && describesGroup(words[next:min(len(words), next+describedWords)]) {
		return gloss, scoreDefined // "…, or People's Liberation Front, a Sinhalese nationalist movement"
	}
	return gloss, scoreMention
}

// lettersHeld reports whether gloss is letters in capitals that name
// holds in order from its first letter on, as an acronym of syllables
// does: "the ECOWAS Mission in Côte d'Ivoire or ECOMICI" (Schwartz and
// Hearst's test, see matchShortLong).
func lettersHeld(gloss, name string) bool {
	return isShortForm(gloss) && strings.ToUpper(gloss) == gloss && matchShortLong(gloss, name) == 0
}

// describedOr reads, with rule or-described, a name no "the" opens, its
// gloss after ", or" and a description of a group after both, each set
// off by commas: "headed by Samakkhi Tham, or Justice Unity, a party set
// up with the military's blessing", "Le Balai Citoyen, or "the citizen's
// broom", a movement founded last year". The description makes the name
// a group's, and the gloss, capitalised or quoted, its other name. It
// returns the name and the gloss.
func describedOr(words []string, k int) (name, gloss string, ok bool) {
	if !strings.HasSuffix(words[k-1], ",") {
		return "", "", false
	}
	name = bareNameBefore(words, k)
	gloss, next := glossAfterOr(words, k+1, false)
	if gloss == "" {
		gloss, next = quotedAfterOr(words, k+1)
	}
	if name == "" || gloss == "" || !strings.HasSuffix(words[next-1], ",") || isPlaceOrPeople(name) || isPlaceOrPeople(gloss) {
		return "", "", false
	}
	return name, gloss, describesGroup(words[next:min(len(words), next+describedWords)])
}

// bareNameBefore returns the capitalised words that end at words[k-1]
// with a comma, up to maxNameTokens, the short connectors of a name's
// language between them ("Soqosoqo ni Vakavulewa"), or "".
func bareNameBefore(words []string, k int) string {
	start := k
	for j := k - 1; j >= 0 && k-j <= maxNameTokens; j-- {
		w := words[j]
		if j < k-1 && trimRight(w, ".,;:!?)”\"") != w {
			break
		}
		core := trimRight(w, ",")
		if !startsUpper(core) && !(j < k-1 && isConnector(core) && j > 0 && startsUpper(words[j-1])) {
			break
		}
		start = j
	}
	if start == k || !startsUpper(words[start]) {
		return ""
	}
	return trimRight(strings.Join(words[start:k], " "), ",")
}

// quotedAfterOr returns a quoted gloss opening at words[j] ("the
// citizen's broom"), without its article, and the index after it; or ""
// when there is none.
func quotedAfterOr(words []string, j int) (string, int) {
	if !strings.HasPrefix(words[j], "\"") && !strings.HasPrefix(words[j], "“") {
		return "", 0
	}
	for k := j; k < len(words) && k-j < maxQuotedWords; k++ {
		core := trimRight(words[k], ",;:.")
		if strings.HasSuffix(core, "\"") || strings.HasSuffix(core, "”") {
			gloss := trim(strings.Join(append(words[j:k:k], core), " "), "\"“”")
			gloss = strings.TrimPrefix(strings.TrimPrefix(gloss, "the "), "The ")
			if !isPlainPhrase(gloss) {
				return "", 0
			}
			return gloss, k + 1
		}
	}
	return "", 0
}

// nameBeforeOr returns the capitalised name that ends at words[k-1], the
// word before "or", when "the" opens it (its words capitalised, but for
// the short connectors of its own language: "ni", "do"), and the index of
// that "the"; or "".
func nameBeforeOr(words []string, k int) (string, int) {
	last := trimRight(words[k-1], "\"”")
	if trimRight(last, ",") != trimRight(last, ".,;:!?)”\"'’*") {
		return "", 0
	}
	for j := k - 1; j >= 1 && k-j <= maxNameTokens; j-- {
		w := trim(trimRight(words[j], ","), "\"“”")
		if j < k-1 && trimRight(words[j], ",") != words[j] {
			return "", 0 // a comma inside: a list, not a name
		}
		switch {
		case (w == "the" || w == "The") && j < k-1:
			return trim(trimRight(strings.Join(words[j+1:k], " "), ","), "\"“”"), j
		case startsUpper(trimElidedArticle(w)): // "the" opens it: no capital is a sentence's; "d'Ivoire" is a name's word
		case j < k-1 && len(w) <= 3 && startsLower(w) && startsUpper(words[j-1]):
			// "ni", "de": a connector of the name's language
		default:
			return "", 0
		}
	}
	return "", 0
}

// bareNameBeforeBracket returns the capitalised words before a bracket
// at words[k] when no article opens them, and the index of their first:
// "A smaller Shia party, Harakat-e Islami (Islamic Movement)". The name
// opens after a comma, a lower-case word or a possessor ("Dostum's
// Junbish-e Milli Islami"), and is no name when punctuation ends it
// before the bracket. The gloss must still translate it (glosses): an
// organisation's name beside a name no English table knows.
func bareNameBeforeBracket(words []string, k int) (string, int) {
	if k < 1 || trimRight(words[k-1], ".,;:!?)”\"'’") != words[k-1] {
		return "", 0
	}
	start := k
	for j := k - 1; j >= 0 && k-j <= maxNameTokens; j-- {
		w := words[j]
		if !startsUpper(w) || isPossessive(w) || j < k-1 && trimRight(w, ",;:") != w {
			break
		}
		start = j
	}
	if start == k {
		return "", 0
	}
	return strings.Join(words[start:k], " "), start
}

// appositive reports whether the phrase from words[the] to words[next-1]
// is set off as an apposition: a comma before it, and punctuation after.
func appositive(words []string, the, next int) bool {
	return the > 0 && strings.HasSuffix(words[the-1], ",") && next > 0 && trimRight(words[next-1], ",;:.)") != words[next-1]
}

// glossInBrackets returns the capitalised words a bracket opening at
// words[j] holds, "(Give Rights Movement)", and the index after it; or ""
// when it holds anything else. A name in another language joined by
// that language's short words ("(Legión del Caribe)") is an alias by
// foreignBrackets instead. With article (rule gloss-article), "the" after
// a connector is the gloss's own ("(Islamic Union for the Liberation of
// Afghanistan)").
func glossInBrackets(words []string, j int, article bool) (string, int) {
	for k := j; k < len(words) && k-j < maxNameTokens; k++ {
		w := strings.TrimPrefix(words[k], "(")
		core, closed := strings.CutSuffix(trimRight(w, ".,;:"), ")")
		connector := k > j && isConnector(core) && core != "and" && (core != "the" || article && !closed && connectedArticle(words, k))
		if !closed && core != w || !startsUpper(core) && !connector || core != trimRight(core, ",;:\"”") {
			return "", 0 // "(Vojska Jugoslavije, VJ)": letters after a comma, not a translation alone
		}
		if closed {
			return strings.TrimPrefix(strings.Join(append(words[j:k:k], core), " "), "("), k + 1
		}
	}
	return "", 0
}

// glossAfterOr returns the gloss opening at words[j], letters or a run of
// capitalised words that punctuation closes, and the index after it; or
// "" when none opens there. With article (rule or-gloss-article), "the"
// after a connector is the gloss's own ("or Movement for the Enforcement
// of Islamic Law,"); else "the" ends it.
func glossAfterOr(words []string, j int, article bool) (string, int) {
	for k := j; k < len(words) && k-j < maxNameTokens; k++ {
		w := words[k]
		core := trimRight(w, ".,;:!?)”\"'’*")
		if !startsUpper(core) && !(k > j && isConnector(core) && core != "and" && (core != "the" || article && connectedArticle(words, k))) {
			return "", 0
		}
		if core != w {
			if !startsUpper(core) {
				return "", 0
			}
			return strings.Join(append(words[j:k:k], core), " "), k + 1
		}
	}
	return "", 0
}

// connectedArticle reports whether "the" at words[k] follows a connector
// inside a name ("for the", "of the"): a name's own article, not one that
// opens another name.
func connectedArticle(words []string, k int) bool {
	prev := words[k-1]
	return prev != "the" && prev == trimRight(prev, ".,;:!?)”\"") && isConnector(prev)
}

// nameLetteredBeforeOr is nameBeforeOr over a name its letters follow in
// brackets before ", or" (rule or-after-letters): "the Hukbong
// Mapagpalaya ng Bayan (HMB), or People's Liberation Army," glosses the
// name, whose letters the acronym rules read.
func nameLetteredBeforeOr(words []string, k int) (string, int) {
	if k < 3 {
		return "", 0
	}
	inner, ok := strings.CutSuffix(words[k-1], "),")
	if !ok || !strings.HasPrefix(inner, "(") || !isShortForm(inner[1:]) {
		return "", 0
	}
	shifted := append(slices.Clone(words[:k-2]), words[k-2]+",")
	return nameBeforeOr(shifted, k-1)
}

// glosses reports whether gloss, read at words[at] after "or", glosses
// name: letters the paragraph has not written before, after an
// organisation's name; or a translation pairing an organisation's name
// with a name in another language.
func glosses(p *para, name, gloss string, at int) bool {
	if isPlaceOrPeople(name) || isPlaceOrPeople(gloss) {
		return false
	}
	if !strings.Contains(gloss, " ") {
		// ", or RHDP," is a comma acronym (commaAcronyms): letters set
		// off by commas define; here they follow the name bare.
		bare := !strings.HasSuffix(p.words()[at-2], ",")
		return bare && isShortForm(gloss) && allCapitals(gloss) && p.isOrg(name) && !strings.Contains(p.text[:p.offs[at]], gloss)
	}
	return p.isOrg(gloss) && foreignWords(name) || p.isOrg(name) && foreignWords(gloss)
}

// foreignWords reports whether a name holds a word no English table
// knows: it is written in its own language.
func foreignWords(name string) bool { return foreignCount(name) > 0 }

// foreignCount is the number of a name's words no English table knows:
// of two names of one body, the translation has fewer ("Brunei People's
// Party", none; "Partai Rakyat Brunei", two).
func foreignCount(name string) int {
	n := 0
	for _, w := range strings.Fields(name) {
		if foreignCap(trim(w, ".,;:'’")) {
			n++
		}
	}
	return n
}

// foreignCap reports whether the capitalised w, no acronym, is a word
// neither WordNet nor the gazetteer knows (foreignWord).
func foreignCap(w string) bool {
	return !isShortForm(w) && foreignWord(strings.ToLower(w))
}

// mergeGlossed records gloss as the alias, or the letters, of the faction
// named name, folding in a faction named by the gloss; when no faction
// has that name it merges them as any alias pair.
func mergeGlossed(fs []*building, name, gloss string, keys keyMemo) []*building {
	k := keys.of(name)
	for _, fb := range fs {
		if keys.of(fb.f.Name) != k {
			continue
		}
		if !strings.Contains(gloss, " ") {
			if fb.f.Acronym == "" {
				fb.f.Acronym = gloss
			}
		} else {
			fb.f.addAlias(gloss)
		}
		return foldInto(fs, fb, gloss, keys)
	}
	return mergeKnownAs(fs, name, gloss, keys)
}

// properShort returns the proper part of a name that a foreign name opens
// and English words describing it close ("Al Wefaq" of "Al Wefaq National
// Islamic Society"): the words up to the last one no English table knows,
// when every word after it is a capitalised English word and the last is
// the name's head. A writer shortens such a name to its proper part. It
// returns nil otherwise.
func properShort(name string) []string {
	words := strings.Fields(name)
	h := nameHead(words)
	if h != len(words)-1 || h < 2 {
		return nil
	}
	for k := h - 1; k >= 1; k-- {
		w := trim(words[k], ".,;:'’")
		if foreignCap(w) {
			return []string{strings.Join(words[:k+1], " ")}
		}
		if !startsUpper(w) || isStopCap(w) {
			return nil
		}
	}
	return nil
}

// ledAfter reports whether the text after a name and its letters says
// who leads or founded what it names (", led by Abdul Qadeer, …", ",
// founded in 1951"): people and places are not led, founded or formed,
// organisations are. A definition inside a bracket is not what is led:
// "The West Papua Committee (Komite Papua Barat, or KPB), founded in …".
func ledAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return false
	}
	for _, v := range []string{"led by ", "headed by ", "founded in ", "founded by ", "formed in ", "formed by ", "set up in ", "set up by "} {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// capitalisedName reports whether every word of s is capitalised or a
// connector ("of", "for the"), the first capitalised: a name's shape,
// "Government of Veldia", not "The recruited men".
func capitalisedName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || !startsUpper(words[0]) {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) && !isConnector(w) {
			return false
		}
	}
	return true
}
