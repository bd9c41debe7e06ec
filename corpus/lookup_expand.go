package corpus

import (
	"slices"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// Scores of the look-ups that read a query by what the briefings say, not
// by spelling alone: a query naming a faction by the initials of its name
// ("afp"), one holding another faction's acronym ("un security council",
// "jso red berets"), and one whose words cover a name's words up to a typo
// or the other way round ("artsakh defense army commander", "nepal
// maoists"). They rank below prefixes and above typo matches.
const (
	matchInitials     = 75
	matchInitialsTail = 73 // the initials of a name's last words: "unhcr" for the "Office of the United Nations High Commissioner for Refugees"
	matchFullCover    = 66 // a form holding every word of the query, plus its words up to 7
	matchAcronymToken = 65
	matchRest         = 64 // the query without an acronym another faction has
	matchCover        = 52 // plus the words covered, up to 7
	matchForces       = 51 // a nation's forces named by a military noun: "burundi army"
	matchUnit         = 50 // a numbered unit by its number and a word's start: "2 para"
	matchForcesCalled = 52 // … which its summary calls by that noun: "The FDN is the army"
	matchNationless   = 45 // the query without its nation's name: "kyrgyz provisional govt"
	matchDescribed    = 44 // a nation's body its summary describes by the query's noun: "macedonian parliament"
)

// queryVariants returns the normalized query keys a look-up tries beside
// the query's own: each word that is a faction's acronym, or the initials
// of its name, replaced by that name (variants), and left out (rests,
// which score at most matchRest: "dpa party" must not find another party
// by "party"). It also returns the factions named by acronym.
func (c *Corpus) queryVariants(qkeys []string) (variants, rests [][]string, named map[*Faction]bool) {
	words := strings.Fields(qkeys[0])
	if len(words) < 2 {
		return nil, nil, nil
	}
	named = map[*Faction]bool{}
	x := c.lookupIndex()
	for i, w := range words {
		for _, k := range x.byAcronymOrInitials(w) {
			f := c.Factions[k]
			if byAcronym := f.Acronym != "" && normalize(f.Acronym) == w; byAcronym {
				named[f] = true
			}
			rest := append(append([]string{}, words[:i]...), words[i+1:]...)
			expanded := append(append(append([]string{}, words[:i]...), normalize(f.Name)), words[i+1:]...)
			variants = append(variants, matchKeys(strings.Join(expanded, " ")))
			rests = append(rests, matchKeys(strings.Join(rest, " ")))
		}
	}
	return variants, rests, named
}

// firstLettered returns the faction the query's first acronym names when
// its words name two distinct factions or more by their acronyms, or nil.
func (c *Corpus) firstLettered(qkeys []string) *Faction {
	var named []*Faction
	x := c.lookupIndex()
	for _, w := range strings.Fields(qkeys[0]) {
		for _, k := range x.acronyms[w] {
			if f := c.Factions[k]; !slices.Contains(named, f) {
				named = append(named, f)
			}
		}
	}
	if len(named) < 2 {
		return nil
	}
	return named[0]
}

// placedQuery returns the keys of the query with each word that is a
// place's letters replaced by the place's name ("png army" → "papua new
// guinea army"), or nil when no word is.
func (c *Corpus) placedQuery(qkeys []string) []string {
	words := strings.Fields(qkeys[0])
	if len(words) < 2 {
		return nil
	}
	placed := false
	for i, w := range words {
		if place := c.placeLetters(w); place != "" {
			words[i], placed = place, true
		}
	}
	if !placed {
		return nil
	}
	return matchKeys(strings.Join(words, " "))
}

// placeLetters returns the normalized name of the place the briefings
// give the letters w ("Papua New Guinea (PNG)"), or "". A query names a
// country's body by its letters as readily as by its name ("png army"
// for the Papua New Guinea Defence Force); no faction holds them, since
// a place is none.
func (c *Corpus) placeLetters(w string) string {
	if len(w) < 2 || len(w) > 5 {
		return ""
	}
	for _, k := range c.lookupIndex().places[w] {
		if a := c.Acronyms[k]; lang.IsPlace(nameKey(a.Long)) {
			return normalize(a.Long)
		}
	}
	return ""
}

// memberVariant returns the keys of a query of two words or more whose
// last word names members or a kind of group ("uck rebels", "gam
// fighters"), without that word, or nil.
func memberVariant(qkeys []string) []string {
	words := strings.Fields(qkeys[0])
	n := len(words)
	if n < 2 || !strings.HasSuffix(words[n-1], "s") || !isPersonWord(words[n-1]) && !membersNouns[words[n-1]] {
		return nil
	}
	return matchKeys(strings.Join(words[:n-1], " "))
}

// singularVariant returns the keys of a one-word query in the plural
// ("cossacks"), made singular, or nil: a reader names a group by its
// members ("the Cossacks" for the "Black Sea Cossack Host").
func singularVariant(qkeys []string) []string {
	q := qkeys[0]
	if strings.Contains(q, " ") || len(q) < 5 || !strings.HasSuffix(q, "s") || strings.HasSuffix(q, "ss") {
		return nil
	}
	return matchKeys(strings.TrimSuffix(q, "s"))
}

// ordinalVariant returns the keys of the query with each ordinal from
// first to tenth written the other way, or nil when it holds none: a
// reader types "5th brigade" for the "Fifth Brigade" and "fifth brigade"
// for the "5th Brigade".
func ordinalVariant(qkeys []string) []string {
	words := strings.Fields(qkeys[0])
	swapped := false
	for i, w := range words {
		n := ordinalWord(w)
		if n < 1 || n > 10 {
			continue
		}
		if isOrdinal(w) {
			words[i] = ordinalName(n)
		} else {
			words[i] = strconv.Itoa(n) + ordinalSuffix(n)
		}
		swapped = true
	}
	if !swapped {
		return nil
	}
	return matchKeys(strings.Join(words, " "))
}

// joinedVariant returns the keys of a query of two words written as one,
// or nil: a name joined by an apostrophe the key drops ("Sant'Egidio" is
// "santegidio") is typed as two words ("sant egidio").
func joinedVariant(qkeys []string) []string {
	a, b, ok := strings.Cut(qkeys[0], " ")
	if !ok || strings.Contains(b, " ") || len(a) < 3 || len(b) < 3 || isConnector(a) {
		return nil
	}
	return matchKeys(a + b)
}

// dropVariants returns the keys of a query of three words or more with
// one short word left out: "un security council" → "security council",
// "osce minsk group" → "minsk group". A look-up scores them at most
// matchAcronymToken, below a match of the whole query.
func dropVariants(qkeys []string) [][]string {
	words := strings.Fields(qkeys[0])
	if len(words) < 3 {
		return nil
	}
	var out [][]string
	for i, w := range words {
		if len(w) > 4 || isConnector(w) {
			continue
		}
		rest := append(append([]string{}, words[:i]...), words[i+1:]...)
		out = append(out, matchKeys(strings.Join(rest, " ")))
	}
	return out
}

// scoreBeyondSpelling rates f for a query q, of content words qw, by
// initials and word cover.
func scoreBeyondSpelling(f *Faction, q string, qw []string) int {
	best := 0
	if !strings.Contains(q, " ") && len(q) >= 2 && len(q) <= 6 {
		switch in := initials(f.Name); {
		case in == q:
			best = matchInitials
		case len(q) >= 4 && strings.HasSuffix(in, q):
			best = matchInitialsTail
		}
	}
	// "ctf 635" for "Combined Task Force 635": initials and the number.
	if letters, num, ok := strings.Cut(q, " "); ok && isDigits(num) && len(letters) >= 2 {
		if base, ok := strings.CutSuffix(normalize(f.Name), " "+num); ok && initials(base) == letters {
			best = matchInitials
		}
	}
	if len(qw) == 0 {
		return best
	}
	for _, form := range f.forms() {
		fw := contentWords(normalize(form))
		switch {
		case len(qw) >= 2 && covers(fw, qw):
			best = max(best, matchFullCover+min(len(qw), 7))
		case len(fw) >= 2 && covers(qw, fw):
			best = max(best, matchCover+min(len(fw), len(qw), 7))
		}
	}
	return best
}

// scoreForces rates f for a query naming a nation's forces by any
// military noun ("burundi army", "senegalese military"): f's name, or an
// alias, is headed by a military noun ("Armed Forces of Burkina Faso",
// "Burundian National Defence Force") and holds the query's other words,
// a nation's name matching its adjective ("burundi", "burundian").
// WordNet says which nouns are military. With whole, a form that names a
// nation's forces as a whole ranks a step above a branch or a unit of
// them ("eritrean army" is the "Eritrean Defence Forces", not the
// "Eritrean Air Force"; see wholeForces), and both below one whose
// summary calls it by the query's noun. qw are the query's contentWords.
func scoreForces(f *Faction, qw []string, lex *wordnet.Lexicon, whole bool) int {
	n := len(qw)
	if !forcesQuery(qw, lex) {
		return 0
	}
	for _, form := range f.forms() {
		words := strings.Fields(form)
		head := nameHead(words)
		if !lex.Military(normalize(words[head])) {
			continue
		}
		rest := contentWords(normalize(strings.Join(append(words[:head:head], words[head+1:]...), " ")))
		if !coversStems(rest, qw[:n-1]) && !ownedBy(f.Summary, form, qw[:n-1], lex) {
			continue
		}
		if containsWord(strings.ToLower(f.Summary), qw[n-1]) {
			return matchForcesCalled // "The Burundian National Defence Force (FDN) is the army"
		}
		if whole && !wholeForces(form, lex) {
			return matchForces - 1
		}
		return matchForces
	}
	return 0
}

// scoreDescribedForces rates f for a query naming a nation's forces by
// a military noun ("myanmar military") where f's name is no military
// noun's but its summary sets a description holding one beside the
// name: "**Tatmadaw**: Myanmar's armed forces", the description naming
// the query's nation (nationForces). It ranks as a
// body the summary calls by the query's noun (matchForcesCalled), above
// another whose name only holds the nation and a military noun.
func scoreDescribedForces(f *Faction, low, q string, lex *wordnet.Lexicon, colon bool) int {
	qw := contentWords(q)
	n := len(qw)
	if !describedForcesQuery(qw, lex) {
		return 0
	}
	words := strings.Fields(f.Name)
	if len(words) == 0 || lex.Military(normalize(words[nameHead(words)])) {
		return 0 // scoreForces reads it
	}
	nation := qw[:n-1]
	forces := func(desc []string) bool { return nationForces(desc, nation, lex) }
	if !describedWith(f, low, forces, colon) {
		return 0
	}
	return matchForcesCalled
}

// nationForces reports whether a description's words name the forces of
// the query's nation as a whole: its name or people's word, possessive
// or not, and a military noun at most two words on ("Myanmar's armed
// forces"), not a unit of them ("the army's border guard").
func nationForces(desc, nation []string, lex *wordnet.Lexicon) bool {
	for i, w := range desc {
		w = trimPossessive(trimWordPunct(w))
		if !slices.ContainsFunc(nation, func(n string) bool { return namesNation(normalize(w), n, lex) }) {
			continue
		}
		for _, m := range desc[i+1 : min(len(desc), i+4)] {
			m = trimWordPunct(m)
			if lex.Military(m) || lex.Military(strings.TrimSuffix(m, "s")) {
				return true
			}
			if strings.ContainsAny(m, ",;") {
				break
			}
		}
	}
	return false
}

// scoreUnit rates f for a query naming a numbered unit as soldiers do, by
// its number and the start of its words: "2 para" for the "2nd Battalion
// of the Parachute Regiment". f's name must hold the number as an
// ordinal, and a word opening with each other word of the query.
func scoreUnit(f *Faction, q string) int {
	qw := strings.Fields(q)
	if !unitQuery(qw) {
		return 0
	}
	nw := strings.Fields(normalize(f.Name))
	if !slices.ContainsFunc(nw, func(w string) bool { return isOrdinal(w) && w[:len(w)-2] == qw[0] }) {
		return 0
	}
	for _, w := range qw[1:] {
		if len(w) < 3 || !slices.ContainsFunc(nw, func(n string) bool { return strings.HasPrefix(n, w) }) {
			return 0
		}
	}
	return matchUnit
}

// ownedBy reports whether summary gives form as the forces of the nation
// words name, the nation written before "its" in the same sentence:
// "Cuba dispatched an expeditionary force drawn from its Revolutionary
// Armed Forces" for "cuban forces". A nation is matched by its stem or by
// WordNet's pertainym (cuban, Cuba).
func ownedBy(summary, form string, nation []string, lex *wordnet.Lexicon) bool {
	low := strings.ReplaceAll(strings.ToLower(summary), "*", "") // emphasis: "its **Revolutionary Armed Forces**"
	at := strings.Index(low, "its "+strings.ToLower(form))
	if at < 0 {
		return false
	}
	before := low[:at]
	if k := strings.LastIndex(before, ". "); k >= 0 {
		before = before[k+2:]
	}
	have := contentWords(normalize(before))
	for _, w := range nation {
		if !coversStems(have, []string{w}) && !slices.ContainsFunc(lex.Forms(w), func(f string) bool { return slices.Contains(have, f) }) {
			return false
		}
	}
	return true
}

// scoreDescribed rates f for a query naming a nation's body by a group
// noun the text describes it by, where its name does not hold the noun:
// "macedonian parliament" for "The Assembly, the country's single-chamber
// parliament, …". The noun must follow one of f's names closely in its
// summary, and the query's other words must name the nation of the
// summary or of the briefing's title.
func scoreDescribed(f *Faction, low, q string, colon bool) int {
	qw := contentWords(q)
	n := len(qw)
	if !describedQuery(qw) {
		return 0
	}
	if !strings.Contains(low, qw[n-1]) {
		return 0 // describedAs could find no noun: spare the readings of the nation's words
	}
	for _, w := range qw[:n-1] {
		if !isPlaceOrPeople(w) && !ownsNoun(f.Summary, w, qw[n-1]) && !namedWith(f, w) && !containsWord(low, w+" "+qw[n-1]) {
			return 0
		}
	}
	if !describedAs(f, low, qw[n-1], colon) {
		return 0
	}
	tie := contentWords(normalize(f.Summary + " " + f.Defined.Title))
	if !coversStems(tie, qw[:n-1]) {
		return 0
	}
	return matchDescribed
}

// scoreMembers rates f for a query naming a body by its members, as the
// sentence defining it does: "catholic bishops" for "Nicaragua's Catholic
// bishops, grouped in the Episcopal Conference of Nicaragua (CEN)". The
// query ends with a plural kind of person, and its words stand in f's
// summary at most eight words from one of f's names, in one sentence.
func scoreMembers(f *Faction, low, q string) int {
	if !membersQuery(strings.Fields(q)) {
		return 0
	}
	if !containsWord(low, q) {
		return 0
	}
	for _, form := range append([]string{f.Name}, f.Aliases...) {
		if form != "" && nearInSentence(low, q, strings.ToLower(form), 8) {
			return matchDescribed
		}
	}
	return 0
}

// nearInSentence reports whether text holds a and b, the first of each,
// at most n words apart with no sentence's end between them.
func nearInSentence(text, a, b string, n int) bool {
	i, j := strings.Index(text, a), strings.Index(text, b)
	if i < 0 || j < 0 {
		return false
	}
	if i > j {
		i, j, a = j, i, b
	}
	if j < i+len(a) {
		return false
	}
	between := text[i+len(a) : j]
	return !strings.ContainsAny(between, ".;!?") && strings.Count(between, " ") <= n
}

// ownsNoun reports whether summary gives w as the owner of noun, among
// the three words before a possessive: "sassou" in "The Cobras, Sassou
// Nguesso's militia, …" for the query "sassou's militia".
func ownsNoun(summary, w, noun string) bool {
	low := strings.ReplaceAll(strings.ToLower(summary), "’", "'")
	for at := range occurrences(low, "'s "+noun) {
		before := strings.Fields(low[max(0, at-60):at])
		for _, b := range before[max(0, len(before)-3):] {
			if strings.Trim(b, ",;:()\"") == w {
				return true
			}
		}
	}
	return false
}

// namedWith reports whether f's summary names w, capitalised, in the
// sentence naming f: "smith" for "The Rhodesian Front, a party …, won the
// election, and Ian Smith became prime minister" (the query "smith's
// party").
func namedWith(f *Faction, w string) bool {
	for _, sent := range strings.SplitAfter(f.Summary, ". ") {
		low := strings.ToLower(sent)
		if !strings.Contains(low, strings.ToLower(f.Name)) {
			continue
		}
		for _, x := range strings.Fields(sent) {
			if x = trimWordPunct(x); startsUpper(x) && normalize(x) == w {
				return true
			}
		}
	}
	return false
}

// describedAs reports whether f's summary sets one of f's names beside a
// description holding noun: after the name, within seven words
// (describedWith: "The Assembly, the country's single-chamber
// parliament", "The Senate is the upper house"; with colon, a list
// entry's name and the colon after it set off the description too:
// "**Baloch Raaji Aajoi Sangar (BRAS)**: alliance formed to coordinate
// attacks" is an alliance), or just before it (describedJustBeforeName:
// "a new army, the People's Revolutionary Army").
func describedAs(f *Faction, low, noun string, colon bool) bool {
	if !strings.Contains(low, noun) {
		return false // every word either reads is part of the summary
	}
	is := func(w string) bool { return w == noun }
	return describedWith(f, low, func(desc []string) bool {
		return slices.ContainsFunc(desc, func(w string) bool { return is(trimWordPunct(w)) })
	}, colon) || describedJustBeforeName(f, low, is)
}

// describedJustBeforeName reports whether f's summary sets a description
// headed by a noun that is accepts just before one of f's names: "a new
// army, the People's Revolutionary Army".
func describedJustBeforeName(f *Faction, low string, is func(string) bool) bool {
	for _, form := range append([]string{f.Name}, f.Aliases...) {
		if at := strings.Index(low, strings.ToLower(form)); at >= 0 && form != "" && describedJustBefore(low[:at], is) {
			return true
		}
	}
	return false
}

// describedWith reports whether f's summary sets a description after one
// of f's names that ok accepts, given its words up to the first
// sentence's end (at most seven): after a comma, a copula or, with
// colon, a list entry's colon. low is f's summary in lower case (the
// look-up index keeps it: factionText).
func describedWith(f *Faction, low string, ok func(desc []string) bool, colon bool) bool {
	for _, form := range append([]string{f.Name}, f.Aliases...) {
		lf := strings.ToLower(form) // its own length: "İ" lower-cases to three bytes
		at := strings.Index(low, lf)
		if at < 0 || form == "" {
			continue
		}
		rest := strings.TrimLeft(low[at+len(lf):], "*")
		if p := strings.TrimLeft(rest, " "); strings.HasPrefix(p, "(") && strings.Contains(p, ")") {
			rest = p[strings.IndexByte(p, ')')+1:] // "the National Security Committee (KNB), the country's …"
		}
		entry := colon && strings.HasPrefix(strings.TrimLeft(rest, "*"), ":")
		if !strings.HasPrefix(rest, ",") && !startsWithCopula(rest) && !entry {
			continue
		}
		if entry {
			rest = strings.TrimPrefix(strings.TrimLeft(rest, "*"), ":")
		}
		after := strings.Fields(rest)
		desc := after[:min(len(after), 7)]
		for i, w := range desc {
			if strings.ContainsAny(w, ".;:!?") {
				desc = desc[:i+1]
				break
			}
		}
		if ok(desc) {
			return true
		}
	}
	return false
}

// describedJustBefore reports whether the lowered text before a name ends
// with a description headed by noun and set beside it: "a new army, the"
// before "People's Revolutionary Army".
func describedJustBefore(before string, is func(string) bool) bool {
	before = strings.TrimSuffix(strings.TrimRight(before, " *"), " the")
	head, ok := strings.CutSuffix(before, ",")
	if !ok {
		return false
	}
	fs := strings.Fields(head)
	if len(fs) < 2 || !is(strings.Trim(fs[len(fs)-1], "*")) {
		return false
	}
	for _, w := range fs[max(0, len(fs)-4) : len(fs)-1] {
		if w == "a" || w == "an" {
			return true
		}
	}
	return false
}

// coversStems reports whether every word of need is among have, or opens
// a word of it or is opened by one, as a nation's name opens its
// adjective ("senegal", "senegalese"): the shorter has five letters or
// more and the longer at most four more.
func coversStems(have, need []string) bool {
	for _, n := range need {
		found := false
		for _, h := range have {
			short, long := n, h
			if len(short) > len(long) {
				short, long = long, short
			}
			if h == n || len(short) >= 5 && len(long)-len(short) <= 4 && strings.HasPrefix(long, short) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// nationlessVariant returns the keys of a query of two words or more
// without the words naming a place or a people ("kyrgyz provisional
// govt" → "provisional govt"), and those words; nil when none does or
// nothing is left: a reader qualifies a body by its nation where the text
// does not.
func nationlessVariant(qkeys []string) (keys, nations []string) {
	words := strings.Fields(qkeys[0])
	if len(words) < 2 {
		return nil, nil
	}
	var kept []string
	for _, w := range words {
		if isPlaceOrPeople(w) {
			nations = append(nations, w)
		} else {
			kept = append(kept, w)
		}
	}
	if len(nations) == 0 || len(kept) == 0 || len(strings.Join(kept, "")) < 4 {
		return nil, nil
	}
	return matchKeys(strings.Join(kept, " ")), nations
}

// tiedToNations reports whether f's summary names each of nations, or a
// word they open or that opens them ("moldova", "moldovan"): the text
// ties the body to the nation the reader qualifies it by.
//
// A body whose own name holds another nation ("Vietnam People's Army"
// for "chinese army") is that nation's, whatever its summary says of the
// reader's. With derived, the summary or the name may name the nation by
// a form WordNet derives from the query's word ("polish", Poland) or one
// sharing its stem ("maldivian" for the "Government of the Maldives",
// see nationStem).
//
// words are f's tieWords, which a look-up reads from its corpus's index.
func tiedToNations(f *Faction, words, nations []string, lex *wordnet.Lexicon, own, derived bool) bool {
	if own && namesOtherNation(f.Name, nations, lex, derived) {
		return false
	}
	if !derived {
		return coversStems(contentWords(normalize(f.Summary)), nations)
	}
	for _, n := range nations {
		forms := lex.Forms(n)
		if !coversStems(words, []string{n}) && !slices.ContainsFunc(words, func(w string) bool {
			return slices.Contains(forms, w) || placeAdjective(w, n, lex) || nationStem(w, n) || sameDemonym(w, n)
		}) {
			return false
		}
	}
	return true
}

// tieWords returns the content words of f's summary and name, where
// tiedToNations looks for the query's nations.
func tieWords(f *Faction) []string {
	return contentWords(normalize(f.Summary + " " + f.Name))
}

// minNationStem bounds the letters a place's name and its people's
// adjective share where WordNet derives neither from the other
// ("maldiv" in "maldives", "maldivian").
const minNationStem = 6

// nationStem reports whether a and b, both a place's or a people's
// name, share their first letters but for the last two of the shorter,
// at least minNationStem of them: "maldives" and "maldivian", not
// "austria" and "australia".
func nationStem(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= minNationStem && n >= min(len(a), len(b))-2 && isPlaceOrPeople(a) && isPlaceOrPeople(b)
}

// sameNation reports whether the place or people a and the query's
// nation word n name one nation: one opens the other ("moldova",
// "moldovan"; see coversStems), or WordNet derives one from the other
// ("greece", "greek") or makes one a pertainym of the other ("peruvian",
// "peru"; placeAdjective), or, with stem, they share a stem (nationStem).
func sameNation(a, n string, lex *wordnet.Lexicon, stem bool) bool {
	return coversStems([]string{a}, []string{n}) || slices.Contains(lex.Forms(n), a) || slices.Contains(lex.Forms(a), n) || placeAdjective(a, n, lex) || stem && (nationStem(a, n) || sameDemonym(a, n))
}

// placeAdjective reports whether one of a and b is a land's adjective
// WordNet makes a pertainym of the other, the land's name ("peruvian",
// "peru"; see wordnet.Lexicon.Places): a demonym no ending of
// demonymEndings makes and too short for nationStem.
func placeAdjective(a, b string, lex *wordnet.Lexicon) bool {
	return slices.Contains(lex.Places(a), b)
}

// sameDemonym reports whether one of a and b is a place's name and the
// other the people's word an English demonym ending makes of it (see
// demonymOf): "chad" and "chadian", "mali" and "malian", too short for
// nationStem to read.
func sameDemonym(a, b string) bool {
	return demonymOf(a, b) || demonymOf(b, a)
}

// demonymOf reports whether people is the demonym of the place land: the
// land's name, or it without its final vowels, and a demonymEndings
// ending ("chad" → "chadian", "kenya" → "kenyan"), and no longer place
// that land opens with vowels makes the same word ("niger" is no land of
// the "nigerian", Nigeria is).
func demonymOf(land, people string) bool {
	if len(people) <= len(land) || !strings.HasPrefix(people, strings.TrimRight(land, "aeiou")) || !madeDemonym(land, people) || !lang.IsPlace(land) || !lang.IsPeople(people) {
		return false
	}
	for _, tail := range []string{"a", "e", "i", "o", "ia", "ea"} {
		if longer := land + tail; lang.IsPlace(longer) && madeDemonym(longer, people) {
			return false
		}
	}
	return true
}

// madeDemonym reports whether an ending of demonymEndings makes people of
// land or of land without its final vowels.
func madeDemonym(land, people string) bool {
	stem := strings.TrimRight(land, "aeiou")
	for _, e := range demonymEndings {
		if people == land+e || people == stem+e {
			return true
		}
	}
	return false
}

// namesOtherNation reports whether name holds the name of a place or a
// people that is none of nations (see sameNation).
func namesOtherNation(name string, nations []string, lex *wordnet.Lexicon, stem bool) bool {
	for _, w := range strings.Fields(name) {
		w = trimPossessive(trimRight(w, ",.;:"))
		if !startsUpper(w) || !isPlaceOrPeople(w) {
			continue
		}
		k := normalize(w)
		if !slices.ContainsFunc(nations, func(n string) bool { return sameNation(k, n, lex, stem) }) {
			return true
		}
	}
	return false
}

// initials returns the first letters of the content words of a name,
// lower case: "Armed Forces of the Philippines" → "afp".
func initials(name string) string {
	var b strings.Builder
	for _, w := range contentWords(normalize(name)) {
		b.WriteByte(w[0])
	}
	return b.String()
}

// contentWords returns the words of a normalized string that are not
// connectors ("of", "the", "for").
func contentWords(n string) []string {
	var out []string
	for w := range strings.FieldsSeq(n) {
		if !isConnector(w) && w != "to" && w != "on" {
			out = append(out, w)
		}
	}
	return out
}

// covers reports whether every word of need is among have, a word of five
// letters or more matching up to one edit ("defense", "defence").
func covers(have, need []string) bool {
	for _, n := range need {
		found := false
		for _, h := range have {
			if h == n || len(n) >= 5 && len(h) >= 5 && editDistance(n, h, 1) <= 1 || wordnet.Abbreviates(n, h) {
				found = true
				break
			}
		}
		if !found && !initialsOfRun(n, have) {
			return false
		}
	}
	return true
}

// initialsOfRun reports whether the short word n (two to four letters)
// spells the initials of consecutive words of have: "un" in "un
// transitional authority cambodia" for "United Nations Transitional
// Authority in Cambodia". Readers shorten part of a name as the text
// shortens all of it.
func initialsOfRun(n string, have []string) bool {
	if len(n) < 2 || len(n) > 4 || len(have) < len(n) {
		return false
	}
	for i := 0; i+len(n) <= len(have); i++ {
		k := 0
		for k < len(n) && have[i+k][0] == n[k] {
			k++
		}
		if k == len(n) {
			return true
		}
	}
	return false
}
