package corpus

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ErrUnknownFaction means no faction matches a name. The error also carries
// the closest names; see UnknownFactionError.
var ErrUnknownFaction = errors.New("unknown faction")

// UnknownFactionError lists the closest names to a query that matched none.
type UnknownFactionError struct {
	Query       string
	Suggestions []string
}

func (e *UnknownFactionError) Error() string {
	if len(e.Suggestions) == 0 {
		return fmt.Sprintf("no faction matches %q", e.Query)
	}
	return fmt.Sprintf("no faction matches %q; did you mean %s?", e.Query, strings.Join(e.Suggestions, ", "))
}

func (e *UnknownFactionError) Is(target error) bool { return target == ErrUnknownFaction }

// Match strengths, best first. A query's score for a faction is the best
// over the faction's forms and their article-less keys.
const (
	matchExact       = 100
	matchPrefix      = 80
	matchWordPrefix  = 70
	matchSubstring   = 60
	matchFuzzy1      = 50
	matchFuzzy2      = 40
	matchFuzzyPrefix = 30
	matchFuzzyWord   = 25

	maxSuggestions = 3
	maxAlternates  = 5
)

// scoreFaction rates how well the normalized query q (with its own keys)
// names f; 0 means not at all.
func scoreFaction(f *Faction, qkeys []string) int {
	return scoreKeys(matchKeysOf(f), qkeys)
}

// matchKeysOf returns the matchKeys of each of f's forms.
func matchKeysOf(f *Faction) []string {
	var keys []string
	for _, form := range f.forms() {
		keys = append(keys, matchKeys(form)...)
	}
	return keys
}

// scoreKeys rates how well the query's keys qkeys name a faction whose
// forms' keys are keys: the best score of any pair.
func scoreKeys(keys, qkeys []string) int {
	best := 0
	for _, k := range keys {
		for _, q := range qkeys {
			if s := scoreKey(q, k); s > best {
				best = s
			}
		}
	}
	return best
}

// scoreKey compares two normalized strings.
func scoreKey(q, k string) int {
	switch {
	case q == "" || k == "":
		return 0
	case q == k:
		return matchExact
	case strings.HasPrefix(k, q):
		return matchPrefix
	case strings.Contains(" "+k, " "+q):
		return matchWordPrefix
	case len(q) >= 3 && strings.Contains(k, q):
		return matchSubstring
	}
	n := utf8.RuneCountInString(q)
	limit := 1
	if n > 6 {
		limit = 2
	}
	if n < 4 {
		return 0 // too short to guess at
	}
	switch d := editDistance(q, k, limit); {
	case d > limit:
	case d <= 1:
		return matchFuzzy1
	default:
		return matchFuzzy2
	}
	if misspeltPrefix(q, k, n, limit) {
		return matchFuzzyPrefix
	}
	return fuzzyWord(q, k, limit)
}

// misspeltPrefix reports whether q, of n runes, misspells the start of k
// that ends before k's rune n-1, n or n+1 when that rune ends a word:
// "international support mision". It slices k where it stands rather
// than copying its runes, as every faction's every key comes here.
func misspeltPrefix(q, k string, n, limit int) bool {
	m := 0
	for i, r := range k {
		if m > n+1 {
			break
		}
		if m > 0 && m >= n-1 && !isWordRune(r) && editDistance(q, k[:i], limit) <= limit {
			return true
		}
		m++
	}
	return false
}

// fuzzyWord scores a one-word query misspelling one word of a name: "the
// brotherhod" for the "Muslim Brotherhood". Words shorter than five
// letters are left out: a slip there is as likely another word; so are
// places and peoples, which a query writes as adjectives ("nicaraguan"
// is no slip for "Nicaragua").
func fuzzyWord(q, k string, limit int) int {
	if strings.Contains(q, " ") || !strings.Contains(k, " ") {
		return 0
	}
	for _, w := range strings.Fields(k) {
		if utf8.RuneCountInString(w) >= 5 && editDistance(q, w, limit) <= limit && !isPlaceOrPeople(w) && !isPlaceOrPeople(q) {
			return matchFuzzyWord
		}
	}
	return 0
}

// LookupFaction finds the faction a reader means by q: an acronym, name,
// alias or prefix, ignoring case, accents, punctuation, a leading "the" or
// "al-" and a possessive "'s", with typos tolerated (edit distance 1 for
// names up to six letters, 2 beyond). It also reads q by what the
// briefings say: the initials of a name, another faction's acronym inside
// q (expanded to its name, or dropped), and words covering a name's. It returns the best match and, when
// q is ambiguous, the other candidates ("did you mean"), best first. When
// nothing matches the error is an *UnknownFactionError with the closest
// names.
func (c *Corpus) LookupFaction(q string) (*Faction, []*Faction, error) {
	return c.lookupFaction(q, false)
}

// lookupFaction is LookupFaction, scoring every faction of the corpus
// with scan, only the candidates the look-up index gives without: the
// scan is the reference the index must answer as.
func (c *Corpus) lookupFaction(q string, scan bool) (*Faction, []*Faction, error) {
	qkeys := matchKeys(q)
	if qkeys[0] == "" || isStopQuery(qkeys[0]) && !c.acronymOwned(qkeys[0]) {
		return nil, nil, &UnknownFactionError{Query: q, Suggestions: c.closest("")}
	}
	rq := c.readQuery(qkeys)
	hits := c.hits(rq, scan)
	if len(hits) == 0 {
		return nil, nil, &UnknownFactionError{Query: q, Suggestions: c.closest(qkeys[0])}
	}
	sort.SliceStable(hits, func(i, j int) bool { return rq.before(hits[i], hits[j]) })
	best := hits[0]
	var others []*Faction
	for _, h := range hits[1:] {
		// An exact match is unambiguous unless another is exact too.
		if best.score == matchExact && h.score < matchExact {
			break
		}
		if len(others) == maxAlternates {
			break
		}
		if partialOnly(h.score) && !partialOnly(best.score) {
			continue // a few shared rare words are no rival to a name the query names
		}
		others = append(others, h.f)
	}
	return best.f, others, nil
}

// hits returns the factions rq rates above nothing, in corpus order:
// the candidates the look-up index gives or, with scan or for a query
// whose readings it does not index, every faction.
func (c *Corpus) hits(rq readQuery, scan bool) []hit {
	var hits []hit
	add := func(f *Faction) {
		if s := rq.score(f); s > 0 {
			hits = append(hits, hit{f, s})
		}
	}
	if ids, ok := rq.candidates(); ok && !scan {
		for _, i := range ids {
			add(c.Factions[i])
		}
		return hits
	}
	for _, f := range c.Factions {
		add(f)
	}
	return hits
}

type hit struct {
	f     *Faction
	score int
}

// before reports whether a ranks above b: the higher score first; among
// equals, with salience, the faction the briefings name more often (a
// reader's "kachin army" means the Kachin Independence Army the text
// keeps naming, not the Kachin Defence Army it names twice), then the
// shorter name.
func (rq readQuery) before(a, b hit) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if rq.firstLetters && rq.first != nil && (a.f == rq.first) != (b.f == rq.first) {
		return a.f == rq.first
	}
	if rq.spelledLetters && rq.spelled[a.f] != rq.spelled[b.f] {
		return rq.spelled[a.f]
	}
	if rq.eitherName && len(rq.alternatives) > 0 {
		// The name a reader offers first is the body's; the other glosses it.
		if sa, sb := rq.alternatives[0].score(a.f), rq.alternatives[0].score(b.f); sa != sb {
			return sa > sb
		}
	}
	if rq.salience {
		if ma, mb := a.f.MentionCount(), b.f.MentionCount(); ma != mb {
			return ma > mb
		}
	}
	return len(a.f.Name) < len(b.f.Name)
}

// readQuery is a query read every way a look-up tries: as written, and
// by the variants of lookup_expand.go.
type readQuery struct {
	keys                     []string
	variants, rests, dropped [][]string
	named                    map[*Faction]bool
	members, singular        []string
	joined                   []string // the query's two words written as one: "sant egidio" for "Sant'Egidio"
	nationless, nations      []string
	lex                      *wordnet.Lexicon
	index                    *lookupIndex // the corpus's, built once (lookup_index.go)
	placed                   *readQuery   // the query with a place's letters spelled out (placedQuery), or nil
	shape                    queryShape   // what the query's words allow beyondSpelling (lookup_shape.go)
	nationlessWords          []string     // contentWords of nationless[0]
	// ownNation refuses a nation's reading to a body whose own name holds
	// another nation (see tiedToNations); off only to measure it.
	ownNation bool
	// wholeForces ranks a nation's forces as a whole above a branch of
	// them (see scoreForces); off only to measure it.
	wholeForces bool
	// peopleMembers keeps the members reading that leaves only a
	// people's or a place's name ("russian paratroopers" → "russian")
	// from the prefix of any body that nation opens (see membersScore);
	// off only to measure it.
	peopleMembers bool
	// leaders reads a person's name and a group's noun as the body the
	// text says that person built or leads ("habre's forces", see
	// scoreLeader); off only to measure it.
	leaders bool
	// derivedNation ties a body to the query's nation by a form WordNet
	// derives from it as well as by a shared stem ("maldivian
	// government", see tiedToNations); off only to measure it.
	derivedNation bool
	// stated is the one body the query's modifiers describe (see
	// statedBody), read when statedKind is on; off only to measure it.
	stated     *Faction
	statedKind bool
	// entryColon reads a list entry's colon after a name as setting off
	// its description (see describedAs); off only to measure it.
	entryColon bool
	// ordinal is the query with its ordinals written the other way
	// ("5th brigade" → "fifth brigade"), or nil; read when ordinals is on
	// (see ordinalVariant); off only to measure it.
	ordinal  []string
	ordinals bool
	// salience ranks, among factions the query names equally well, the
	// one the briefings name most (see before); off only to measure it.
	salience bool
	// first is the faction the query's first acronym names when its
	// words name two factions or more by their acronyms ("tna gam
	// fighters", "fala unita army"): the reader names a body, then the
	// one it belongs to. Among factions the query names equally well it
	// ranks first when firstLetters is on (see before); off only to
	// measure it.
	first        *Faction
	firstLetters bool
	// spelled are the factions whose names the briefings set beside the
	// query's letters (see spelledFactions); read as exact names, and
	// first among equals, when spelledLetters is on; off only to
	// measure it.
	spelled        map[*Faction]bool
	spelledLetters bool
	// textNamed are the factions whose texts give the query's words as
	// their name (see textNamedFactions), read when textNames is on;
	// off only to measure it.
	textNamed map[*Faction]bool
	textNames bool
	// own answers whether the query's nation words name the nation a
	// briefing is about (see ownNations); with briefingNation on, a
	// body of that briefing whose name holds no other nation is tied to
	// them as its summary would tie it; off only to measure it.
	own            *ownNations
	briefingNation bool
	// describedForces reads a nation's forces in a body its summary
	// describes by a military noun (see scoreDescribedForces); off only
	// to measure it.
	describedForces bool
	// alternatives are the readings of each of two names a query offers
	// for one body ("pnp or peruvian police"), read when eitherName is on
	// (see alternativesOf); off only to measure it.
	alternatives []readQuery
	eitherName   bool
	// partial reads the query's rarer words as words of a name, up to
	// spelling, its other words as generic or the body's description
	// (see scorePartial), for a body tied to the query's nations, if it
	// names any; off only to measure it.
	partial bool
	// memberOf reads a nation's words and a plural noun for members as
	// the body of the nation whose name holds the noun's singular
	// ("greek communists", see memberOfScore); off only to measure it.
	memberOf bool
}

func (c *Corpus) readQuery(qkeys []string) readQuery {
	rq := readQuery{keys: qkeys, dropped: dropVariants(qkeys), members: memberVariant(qkeys),
		singular: singularVariant(qkeys), joined: joinedVariant(qkeys), ordinal: ordinalVariant(qkeys), lex: wordnet.Load(), ownNation: true, wholeForces: true, peopleMembers: true, leaders: true, derivedNation: true, statedKind: true, entryColon: true, ordinals: true, salience: true, firstLetters: true, spelledLetters: true, briefingNation: true, describedForces: true, eitherName: true, partial: true, textNames: true, memberOf: true}
	rq.index = c.lookupIndex()
	rq.stated = c.statedBody(qkeys, rq.lex)
	rq.variants, rq.rests, rq.named = c.queryVariants(qkeys)
	rq.first = c.firstLettered(qkeys)
	rq.spelled = c.spelledFactions(qkeys[0])
	rq.textNamed = c.textNamedFactions(qkeys[0])
	rq.nationless, rq.nations = nationlessVariant(qkeys)
	rq.shape = shapeOf(qkeys[0], rq.lex)
	if rq.nationless != nil {
		rq.nationlessWords = contentWords(rq.nationless[0])
	}
	rq.own = newOwnNations(c, rq.nations, rq.lex)
	for _, alt := range alternativesOf(qkeys[0]) {
		a := c.readQuery(alt)
		rq.alternatives = append(rq.alternatives, a)
		rq.spelled = joinSpelled(rq.spelled, a.spelled)
	}
	if placed := c.placedQuery(qkeys); placed != nil {
		p := c.readQuery(placed)
		rq.placed = &p
	}
	return rq
}

// score rates how well the query names f, the best over its readings.
func (rq readQuery) score(f *Faction) int {
	keys := rq.index.text(f).keys
	s := max(rq.writtenScore(keys), rq.variantScore(f, keys), rq.otherScore(f))
	return rq.beyondSpelling(f, s)
}

// writtenScore rates f's keys by the query as written and by the variants
// that only rewrite its words (a dropped word, a name's rest), each capped
// at what its reading can vouch for.
func (rq readQuery) writtenScore(keys []string) int {
	s := scoreKeys(keys, rq.keys)
	for _, v := range rq.variants {
		s = max(s, scoreKeys(keys, v))
	}
	for _, v := range rq.dropped {
		s = max(s, min(scoreKeys(keys, v), matchAcronymToken))
	}
	for _, v := range rq.rests {
		// "osce minsk group" names the Minsk Group; "dpa party" only
		// opens other parties' names.
		if r := scoreKeys(keys, v); strings.Contains(v[0], " ") {
			s = max(s, r)
		} else {
			s = max(s, min(r, matchRest))
		}
	}
	return s
}

// variantScore rates f's keys by the query's grammatical variants: without
// its members' noun, singular, joined, ordinals written another way.
func (rq readQuery) variantScore(f *Faction, keys []string) int {
	s := 0
	if rq.members != nil {
		s = max(s, rq.membersScore(f, keys))
	}
	if rq.singular != nil {
		s = max(s, min(scoreKeys(keys, rq.singular), matchRest))
	}
	if rq.joined != nil {
		s = max(s, min(scoreKeys(keys, rq.joined), matchRest))
	}
	if rq.ordinals && rq.ordinal != nil {
		s = max(s, scoreKeys(keys, rq.ordinal)) // the same name, written another way
	}
	return s
}

// otherScore rates f by what the text says of it rather than its keys:
// the acronym a name stands for, the letters the text gives it, the query
// placed, and the query's alternatives ("x or y").
func (rq readQuery) otherScore(f *Faction) int {
	s := 0
	if rq.named[f] {
		s = max(s, matchAcronymToken)
	}
	if rq.spelledLetters && rq.spelled[f] {
		s = max(s, matchExact) // the letters the text gives it
	}
	if rq.textNames && rq.textNamed[f] {
		s = max(s, matchTextNamed)
	}
	if rq.placed != nil {
		s = max(s, rq.placed.score(f))
	}
	if rq.eitherName {
		for _, alt := range rq.alternatives {
			if a := alt.score(f); a >= minAlternative {
				s = max(s, a)
			}
		}
	}
	return s
}

// membersScore rates f by the query without its members' noun ("uck
// rebels" → "uck"), at most matchRest. When what is left is only a
// people's or a place's name, it does not match by its prefix a body the
// briefing names by a lower-case description of the nation's office
// (describedName): "russian paratroopers" are no "Russian defence
// ministry". A proper name the people's adjective opens ("Indian Peace
// Keeping Force") still matches, and the forces and epithet readings
// (scoreForces, scoreEpithet) judge the rest. Nor does such a name match
// by a typo: a people's word one letter off is another people's
// ("kurdish rebels" are no "Turkish Armed Forces").
func (rq readQuery) membersScore(f *Faction, keys []string) int {
	raw := scoreKeys(keys, rq.members)
	if rq.peopleMembers && isPlaceOrPeopleKey(rq.members[0]) && (raw == matchPrefix && describedName(f.Name) || raw < matchSubstring) {
		return 0
	}
	return min(raw, matchRest)
}

// describedName reports whether a faction's name is a description in
// lower case after a people's or a place's adjective ("Russian defence
// ministry", "interior ministry"): its head noun is not capitalised.
func describedName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	h := words[nameHead(words)]
	return h != "" && !startsUpper(h)
}

// beyondSpelling raises s by the readings that go beyond a name's
// spelling: initials and word cover, a nation's forces, a nation the text
// ties to the body.
func (rq readQuery) beyondSpelling(f *Faction, s int) int {
	sh := rq.shape
	if s < matchInitials {
		s = max(s, scoreBeyondSpelling(f, rq.keys[0], sh.words))
	}
	if sh.forces && s < matchForcesCalled {
		s = max(s, scoreForces(f, sh.words, rq.lex, rq.wholeForces))
	}
	if sh.describedForces && rq.describedForces && s < matchForcesCalled {
		s = max(s, scoreDescribedForces(f, rq.index.text(f).low, rq.keys[0], rq.lex, rq.entryColon))
	}
	if sh.unit && s < matchUnit {
		s = max(s, scoreUnit(f, rq.keys[0]))
	}
	if s < matchDescribed {
		s = max(s, rq.describedScore(f))
	}
	if rq.statedKind && f == rq.stated {
		s = max(s, matchStated)
	}
	if sh.leader && rq.leaders && s < matchLeader {
		s = max(s, scoreLeader(f, sh.words, rq.lex, rq.entryColon))
	}
	if sh.epithet && s < matchEpithet {
		s = max(s, scoreEpithet(f, sh.words))
	}
	if rq.partial && s < matchPartialTop && (!queryNamesNation(rq.nations) || rq.tied(f)) {
		s = max(s, rq.index.scorePartial(f, rq.keys[0]))
	}
	if s < matchMemberOf {
		s = max(s, rq.memberOfScore(f))
	}
	if rq.nationless != nil && s < matchNationless && rq.tied(f) {
		s = max(s, min(max(scoreKeys(rq.index.text(f).keys, rq.nationless), scoreBeyondSpelling(f, rq.nationless[0], rq.nationlessWords)), matchNationless))
	}
	return s
}

// describedScore is the better of the description and members readings
// the query's shape allows.
func (rq readQuery) describedScore(f *Faction) int {
	s := 0
	if rq.shape.described {
		s = scoreDescribed(f, rq.index.text(f).low, rq.keys[0], rq.entryColon)
	}
	if rq.shape.members {
		s = max(s, scoreMembers(f, rq.index.text(f).low, rq.keys[0]))
	}
	return s
}

// tied reports whether the text ties f to the query's nations: its
// summary or name (tiedToNations), or, with briefingNation, the
// briefing defining it, being about that nation, when f's own name holds
// no other.
func (rq readQuery) tied(f *Faction) bool {
	if tiedToNations(f, rq.index.text(f).tie, rq.nations, rq.lex, rq.ownNation, rq.derivedNation) {
		return true
	}
	return rq.briefingNation && rq.own != nil && !namesOtherNation(f.Name, rq.nations, rq.lex, rq.derivedNation) && rq.own.of(f.Defined.Briefing)
}

// minAlternative is the least score by which one of two names a query
// offers reaches a body alone: the weak readings of part of a query
// ("french forces" for the "Forces Nouvelles", "uar" inside "National
// Guard") guess too much when
// the other name is not there to confirm them.
const minAlternative = matchRest

// alternativesOf returns the keys of each of two names a query joins by
// "or" ("tatmadaw or myanmar army", "requetes or carlists"), or nil: a
// reader offering two names of one body means the body either names.
// Each is read in full, as a query of its own.
func alternativesOf(q string) [][]string {
	a, b, ok := strings.Cut(q, " or ")
	if !ok || strings.Contains(b, " or ") || strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" || isStopQuery(a) || isStopQuery(b) {
		return nil
	}
	return [][]string{matchKeys(a), matchKeys(b)}
}

// joinSpelled returns the factions of a and b (see spelledFactions),
// reusing a when b adds none.
func joinSpelled(a, b map[*Faction]bool) map[*Faction]bool {
	if len(b) == 0 {
		return a
	}
	out := map[*Faction]bool{}
	for f := range a {
		out[f] = true
	}
	for f := range b {
		out[f] = true
	}
	return out
}

// isStopQuery reports whether a normalized query is a single letter or a
// function word ("the", "a", "of"), which would otherwise match every
// faction whose name starts with it.
func isStopQuery(k string) bool {
	return utf8.RuneCountInString(k) < 2 || !strings.Contains(k, " ") && isConnector(k)
}

// closest returns up to maxSuggestions faction names nearest to q by edit
// distance over every form, preferring names that share something with q.
func (c *Corpus) closest(q string) []string {
	cs := nearOnly(q, c.distances(q))
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].name < cs[j].name
	})
	var out []string
	for _, x := range cs[:min(len(cs), maxSuggestions)] {
		out = append(out, x.name)
	}
	return out
}

// nameDistance is a faction's name and its least edit distance to a query.
type nameDistance struct {
	name string
	d    int
}

// distances returns each faction with a form's match key, the least edit
// distance from q to any of its forms' keys. A key longer than q is also
// compared by its start (one edit more), so that a long name is not
// penalised for its tail.
func (c *Corpus) distances(q string) []nameDistance {
	var cs []nameDistance
	x := c.lookupIndex()
	for _, f := range c.Factions {
		best := -1
		for _, k := range x.text(f).keys { // each form's matchKeys
			d := editDistance(q, k, 1<<20)
			if len(k) > len(q) {
				d = min(d, editDistance(q, k[:len(q)], 1<<20)+1)
			}
			if best < 0 || d < best {
				best = d
			}
		}
		if best >= 0 {
			cs = append(cs, nameDistance{f.Name, best})
		}
	}
	return cs
}

// nearOnly keeps the names that share something with q (within two
// edits, or two thirds of q's length); when none do, it keeps them all,
// since the nearest names still tell the reader what the briefings know.
func nearOnly(q string, cs []nameDistance) []nameDistance {
	near := cs[:0:0]
	for _, x := range cs {
		if q == "" || x.d <= max(2, utf8.RuneCountInString(q)*2/3) {
			near = append(near, x)
		}
	}
	if len(near) > 0 {
		return near
	}
	return cs
}

// SuggestFactions returns up to limit factions for autocomplete: prefix
// matches on any form first, then word-prefix, substring and typo matches;
// an empty prefix lists every faction in name order. Within a rank,
// factions are in name order.
func (c *Corpus) SuggestFactions(prefix string, limit int) []*Faction {
	if limit <= 0 {
		return nil
	}
	hits := c.suggestionHits(matchKeys(prefix))
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].score != hits[j].score {
			return hits[i].score > hits[j].score
		}
		return strings.ToLower(hits[i].f.Name) < strings.ToLower(hits[j].f.Name)
	})
	out := make([]*Faction, 0, min(limit, len(hits)))
	for _, h := range hits[:min(limit, len(hits))] {
		out = append(out, h.f)
	}
	return out
}

// suggestion is a faction autocomplete may offer and how well it matches.
type suggestion struct {
	f     *Faction
	score int
}

// suggestionHits rates every faction by the typed keys, an exact name
// counting as a prefix; with nothing typed, every faction matches alike.
func (c *Corpus) suggestionHits(qkeys []string) []suggestion {
	var hits []suggestion
	for _, f := range c.Factions {
		if f == nil {
			continue
		}
		s := matchExact
		if qkeys[0] != "" {
			s = scoreFaction(f, qkeys)
			if s == matchExact {
				s = matchPrefix // an exact name is also a prefix
			}
		}
		if s > 0 {
			hits = append(hits, suggestion{f, s})
		}
	}
	return hits
}
