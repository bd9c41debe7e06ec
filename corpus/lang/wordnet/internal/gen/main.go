// Package gen writes the compact WordNet tables that package wordnet
// embeds: irregular inflections, derivationally related forms (with
// the agent nouns the common vocabulary lacks, see agentNouns) and
// pertainyms, the synonyms of each word's most frequent senses, the
// nouns naming a kind of leader or of military body, the verbs of request,
// and links by cause
// and by gloss (see linkTables), and words by the lexicographer file of
// their first sense (see lexRoles). It
// reads a WordNet 3.0 database (Debian's wordnet-base installs one in
// /usr/share/wordnet) and is run by go generate, never at run time.
package gen

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/internal/wnfile"
)

// synset is one WordNet synset: its words and its lexical pointers.
type synset struct {
	words []string
	raw   []string // the lemmas as written, multi-word ones too ("Christmas_Day")
	ptrs  []pointer
	gloss string // definition and examples, after " | "
	key   string // offset and part of speech
	lex   string // the lexicographer file's number ("42": verb.stative)
}

type pointer struct {
	symbol   string
	target   string // offset and part of speech
	src, dst int    // word numbers, 0 for the whole synset
}

var posNames = []struct{ file, pos string }{{"noun", "n"}, {"verb", "v"}, {"adj", "a"}, {"adv", "r"}}

// tables is everything the generator writes, computed from one
// WordNet database.
type tables struct {
	exc, derived, syn, kin map[string][]string
	roles                  map[string][]string
	holidays, spelt        map[string][]string
	places                 map[string][]string
	links                  []link
	common                 map[string]bool
	agents                 map[string]bool
}

// run reads the WordNet database in dict and writes the tables to out.
func run(dict, out string, senses int) error {
	synsets := map[string]*synset{}
	for _, p := range posNames {
		if err := readData(filepath.Join(dict, "data."+p.file), synsets); err != nil {
			return err
		}
	}
	t, err := computeTables(dict, synsets, senses)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	writeHeader(w, t.links)
	writeTables(w, t)
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// computeTables derives every table from the synsets and the database's
// index and exception files.
func computeTables(dict string, synsets map[string]*synset, senses int) (*tables, error) {
	t := &tables{derived: relations(synsets)}
	var err error
	if t.syn, err = synonyms(dict, synsets, senses, sameSense); err != nil {
		return nil, err
	}
	if t.kin, err = synonyms(dict, synsets, senses, kindsOf(synsets)); err != nil {
		return nil, err
	}
	if t.exc, err = exceptions(dict); err != nil {
		return nil, err
	}
	if t.roles, err = roleTables(dict, synsets); err != nil {
		return nil, err
	}
	t.holidays = holidayDates(synsets)
	t.places = placeAdjectives(synsets)
	if t.links, err = linkTables(dict, synsets, senses); err != nil {
		return nil, err
	}
	if t.spelt, err = spellings(dict); err != nil {
		return nil, err
	}
	if t.common, err = taggedWords(dict); err != nil {
		return nil, err
	}
	if t.agents, err = agentNouns(dict, synsets, t.common); err != nil {
		return nil, err
	}
	return t, nil
}

// roleTables returns the nouns naming a kind of leader, of military body
// and of observance, and the words of each lexicographer role.
func roleTables(dict string, synsets map[string]*synset) (map[string][]string, error) {
	leaders, err := nounsBelow(dict, synsets, []string{leaderRoot}, leaderSenses)
	if err != nil {
		return nil, err
	}
	inCharge, err := personSenseBelow(dict, synsets, leaderRoot)
	if err != nil {
		return nil, err
	}
	leaders = slices.Compact(slices.Sorted(slices.Values(append(leaders, inCharge...))))
	forces, err := nounsBelow(dict, synsets, militaryRoots, allSenses)
	if err != nil {
		return nil, err
	}
	observances, err := nounsBelow(dict, synsets, observanceRoots, leaderSenses)
	if err != nil {
		return nil, err
	}
	requests, err := wordsBelow(dict, synsets, "verb", []string{requestRoot}, requestSenses)
	if err != nil {
		return nil, err
	}
	institutions, err := nounsBelow(dict, synsets, institutionRoots, 1)
	if err != nil {
		return nil, err
	}
	roles := map[string][]string{"leader": leaders, "military": forces, "observance": observances, "request": requests, "institution": institutions}
	if err := addCueClasses(dict, synsets, roles); err != nil {
		return nil, err
	}
	if err := addLexRoles(dict, synsets, roles); err != nil {
		return nil, err
	}
	return roles, nil
}

// cueClass is a class of words that make a clause a wish, a plan, a
// weighing or a forecast rather than a report, read off WordNet's
// hypernym tree: the words of part of speech pos that have one of their
// first senses senses in one of the root synsets, and, when kinds is
// set, those whose most frequent sense lies below one of the roots. A
// kind must be a word's first sense: a root is chosen for the sense a
// text means by its words ("aim" in "aims to hold elections", its
// second), but "advance" or "state", kinds of propose.v.01 by their
// second senses, are read as moving and saying.
//
// A class may also take the troponyms one step below some roots, by any
// of its first senses (stepRoots), and verbs of two words ("swear_in",
// phrasal): neither widens the classes that set neither.
type cueClass struct {
	name, pos, doc string
	roots          []string
	senses         int
	kinds          bool
	stepRoots      []string
	phrasal        bool
}

// cueClasses are the classes the timeline reads a clause's mood by.
// Their roots, WordNet 3.0 synsets:
//   - intent: desire.v.01 (want), hope.v.01 (hope, trust), intend.v.01
//     (intend, mean), aim.v.02 (aim, purpose, propose), seek.v.01 ("try
//     to get or reach"), propose.v.01 (propose, suggest, advise) and
//     argue.v.01 (argue, reason), and their kinds (wish, yearn,
//     recommend). Not try.v.01 (try, attempt): an attempt is a deed,
//     dated when it was made ("a coup attempt in July 1971");
//   - deliberation: deliberate.v.01 (consider, debate, moot, turn over),
//     deliberate.v.02 (debate: "discuss the pros and cons"),
//     study.v.03 (consider: "give careful consideration to") and
//     think_over.v.01 (ponder, contemplate, mull), and their kinds;
//   - expectation: expect.v.01 (expect, anticipate), hope.v.01,
//     fear.v.01 ("be afraid or feel anxious about a possible or
//     probable situation") and predict.v.01 (predict, foretell), without
//     their kinds: the kinds of expect.v.01 are verbs of belief
//     (suppose, assume, theorize) that look forward to nothing;
//   - proposal: proposal.n.01, "something proposed (such as a plan or
//     assumption)", and its kinds: counterproposal, suggestion,
//     recommendation, advice. A noun's first sense only: "motion" and
//     "introduction" are kinds of it in senses a text seldom means;
//   - naming: name.v.01, "assign a specified (usually proper) proper name
//     to" (name, call), and its kinds (dub, nickname, style, title, term,
//     christen): the verbs whose passive gives a body another name ("the
//     militia, dubbed the Cobras").
//   - office: the verbs that put someone in an office, by any sense:
//     choose.v.01 (choose, select, take), elect.v.01 ("select by a vote
//     for an office"), appoint.v.01 (appoint, name, nominate),
//     appoint.v.02 (appoint, charge: "assign a duty, responsibility or
//     obligation to"), name.v.03 (name, nominate, make: "She was named
//     Head of the Committee") and install.v.02 ("put into an office or a
//     position"); and the troponyms one step below elect.v.01 (reelect,
//     return), appoint.v.02 (designate, delegate, assign) and
//     inaugurate.v.01 (swear_in). Not choose.v.01's troponyms: they are
//     ways of sorting and sifting. Their passive and a title after it
//     ("was chosen as president", "was sworn in as prime minister") tell
//     a person took an office.
var cueClasses = []cueClass{
	{"cue:intent", "verb", "verbs with one of their first two senses in desire.v.01, hope.v.01, intend.v.01, aim.v.02, seek.v.01, propose.v.01 or argue.v.01, or their first a kind of one (want, hope, aim, seek, propose)",
		[]string{"01825255v", "01826741v", "00708556v", "00708998v", "02240499v", "00875412v", "00772207v"}, 2, true, nil, false},
	{"cue:deliberation", "verb", "verbs with one of their first two senses in deliberate.v.01, deliberate.v.02, study.v.03 or think_over.v.01, or their first a kind of one (consider, debate, ponder)",
		[]string{"00813062v", "00812598v", "02166478v", "00630398v"}, 2, true, nil, false},
	{"cue:expectation", "verb", "verbs with one of their first two senses in expect.v.01, hope.v.01, fear.v.01 or predict.v.01 (expect, anticipate, fear, predict)",
		[]string{"00719752v", "01826741v", "01780747v", "00917790v"}, 2, false, nil, false},
	{"cue:proposal", "noun", "nouns whose most frequent sense is proposal.n.01 or a kind of it (proposal, suggestion, recommendation)",
		[]string{"07162194n"}, 1, true, nil, false},
	{"cue:naming", "verb", "verbs with one of their first two senses name.v.01, or their first a kind of it (name, call, dub, nickname, style, term)",
		[]string{"01028766v"}, 2, true, nil, false},
	{"cue:office", "verb", "verbs with a sense in choose.v.01, elect.v.01, appoint.v.01, appoint.v.02, name.v.03 or install.v.02, or one step below elect.v.01, appoint.v.02 or inaugurate.v.01 (choose, elect, appoint, name, make, install, designate, swear_in)",
		[]string{"00674625v", "02400778v", "02396223v", "02475922v", "02396734v", "02384059v"}, allSenses, false,
		[]string{"02400778v", "02475922v", "02395800v"}, true},
}

// addCueClasses adds each of cueClasses to roles.
func addCueClasses(dict string, synsets map[string]*synset, roles map[string][]string) error {
	for _, c := range cueClasses {
		words, err := classWords(dict, synsets, c)
		if err != nil {
			return fmt.Errorf("cue class %s: %w", c.name, err)
		}
		roles[c.name] = words
	}
	return nil
}

// classWords returns the words of c: see cueClass.
func classWords(dict string, synsets map[string]*synset, c cueClass) ([]string, error) {
	in := map[string]bool{}
	err := wnfile.EachIndexEntry(filepath.Join(dict, "index."+c.pos), func(e wnfile.IndexEntry) error {
		w := word(e.Lemma)
		if w == "" && c.phrasal {
			w = phrasalVerb(e.Lemma)
		}
		if w == "" {
			return nil
		}
		for k, off := range e.Offsets[:min(c.senses, len(e.Offsets))] {
			key := off + c.pos[:1]
			if slices.Contains(c.roots, key) || k == 0 && c.kinds && isHyponymOf(synsets, key, c.roots) || oneStepBelow(synsets, key, c.stepRoots) {
				in[w] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return slices.Sorted(maps.Keys(in)), nil
}

// oneStepBelow reports whether the synset off is a direct kind of one of
// roots: one of its hypernyms is a root.
func oneStepBelow(synsets map[string]*synset, off string, roots []string) bool {
	ss := synsets[off]
	if ss == nil || len(roots) == 0 {
		return false
	}
	return slices.ContainsFunc(ss.ptrs, func(p pointer) bool { return p.symbol == "@" && slices.Contains(roots, p.target) })
}

// isHyponymOf reports whether the synset off lies at or below one of
// roots in the hypernym tree, within 20 steps.
func isHyponymOf(synsets map[string]*synset, off string, roots []string) bool {
	return hyponymOf(synsets, off, roots, 0)
}

// hyponymOf is isHyponymOf from depth steps below where it started.
func hyponymOf(synsets map[string]*synset, off string, roots []string, depth int) bool {
	if slices.Contains(roots, off) {
		return true
	}
	ss := synsets[off]
	if ss == nil || depth > 20 {
		return false
	}
	for _, p := range ss.ptrs {
		if p.symbol == "@" && hyponymOf(synsets, p.target, roots, depth+1) {
			return true
		}
	}
	return false
}

// writeHeader writes the comment lines that say what each tag holds.
func writeHeader(w io.Writer, links []link) {
	fmt.Fprintln(w, "# Generated by internal/gen from WordNet 3.0 (see LICENSE). DO NOT EDIT.")
	fmt.Fprintln(w, "# x INFLECTED BASE...: irregular forms; d WORD RELATED...: derivations and pertainyms; s WORD SYNONYM...: most frequent senses;")
	fmt.Fprintln(w, "# a WORD RELATED...: derivations between an agent noun the common vocabulary leaves out and a common word (negotiate negotiator), both ways")
	fmt.Fprintln(w, "# k WORD KIN...: words one step broader or narrower than the most frequent senses (hypernyms, hyponyms)")
	fmt.Fprintln(w, "# r leader NOUN...: nouns whose first two senses, or whose first noun.person sense, include a kind of leader.n.01 (chairman, commander, director; head)")
	fmt.Fprintln(w, "# r military NOUN...: nouns with a sense that is a kind of military unit, armed forces, military service or troops (army, force, brigade)")
	fmt.Fprintln(w, "# r observance NOUN...: nouns whose first two senses include a kind of day kept for an observance, or a festival (holiday, anniversary)")
	fmt.Fprintln(w, "# r institution NOUN...: nouns whose first sense is a kind of police.n.01 or legislature.n.01 (police, gendarmerie, parliament, congress)")
	fmt.Fprintln(w, "# r request VERB...: verbs whose first two senses include a kind of request.v.01 (ask, petition, beg)")
	for _, c := range cueClasses {
		fmt.Fprintf(w, "# r %s WORD...: %s\n", c.name, c.doc)
	}
	for _, r := range lexRoles {
		fmt.Fprintf(w, "# r %s WORD...: %s\n", r.name, r.doc)
	}
	for _, l := range links {
		fmt.Fprintf(w, "# %s WORD LINKED...: %s\n", l.tag, l.doc)
	}
	fmt.Fprintln(w, "# h NAME MM-DD: a day kept on one date every year, named with Day or Eve, and the date a synonym gives (christmas_day 12-25)")
	fmt.Fprintln(w, "# v BRITISH AMERICAN: spellings of one word with the same senses (authorise authorize, labour labor)")
	fmt.Fprintln(w, "# p ADJECTIVE PLACE...: a proper adjective and the place's name it is a pertainym of, in noun.location (peruvian peru, french france), rare words too")
}

// writeTables writes the tables in the order the header lists them.
func writeTables(w io.Writer, t *tables) {
	writeTable(w, "x", t.exc, nil)
	writeTable(w, "d", t.derived, t.common)
	writeTable(w, "a", agentLinks(t.derived, t.agents, t.common), nil)
	writeTable(w, "s", t.syn, t.common)
	writeTable(w, "k", t.kin, t.common)
	made := map[string][]string{"made": t.roles["made"], "institution": t.roles["institution"]}
	rest := maps.Clone(t.roles)
	delete(rest, "made")
	delete(rest, "institution")
	cues, keep := map[string][]string{}, maps.Clone(t.common)
	for _, c := range cueClasses {
		cues[c.name], keep[c.name] = rest[c.name], true // the class's name is no word
		delete(rest, c.name)
	}
	writeTable(w, "r", rest, t.common)
	writeTable(w, "r", cues, keep)
	// What is made is looked up only as the object before a participle
	// and a date, where a rare word ("truce", "armistice") is as likely
	// as a common one: every word of its classes is kept; so is every
	// institution's noun ("gendarmerie" is rare in English at large).
	writeTable(w, "r", made, nil)
	for _, l := range t.links {
		writeTable(w, l.tag, l.table, t.common)
	}
	writeTable(w, "h", t.holidays, nil)
	writeTable(w, "v", t.spelt, nil)
	writeTable(w, "p", t.places, nil)
}

// writeTable writes one line per key, sorted. When keep is not nil, only
// the words it holds are written, as keys or values.
func writeTable(w io.Writer, tag string, t map[string][]string, keep map[string]bool) {
	keys := make([]string, 0, len(t))
	for k := range t {
		if keep == nil || keep[k] {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		vs := slices.Compact(slices.Sorted(slices.Values(t[k])))
		vs = slices.DeleteFunc(vs, func(v string) bool { return v == k || keep != nil && !keep[v] })
		if len(vs) > 0 {
			fmt.Fprintln(w, tag, k, strings.Join(vs, " "))
		}
	}
}

// word normalises a WordNet lemma; multi-word lemmas and odd characters
// are dropped (""), since questions are matched word by word.
func word(lemma string) string {
	if i := strings.IndexByte(lemma, '('); i >= 0 { // adjective markers: "(a)"
		lemma = lemma[:i]
	}
	lemma = strings.ToLower(lemma)
	for _, r := range lemma {
		if (r < 'a' || r > 'z') && r != '-' {
			return ""
		}
	}
	return lemma
}

// phrasalVerb keeps a two-word verb ("step_down", "take_over") as one
// key, with its underscore: questions use them where briefings write one
// word (resign, seize). It returns "" for anything else.
func phrasalVerb(lemma string) string {
	a, b, ok := strings.Cut(lemma, "_")
	if !ok || word(a) == "" || word(b) == "" {
		return ""
	}
	return word(a) + "_" + word(b)
}

// readData adds the synsets of a data file to synsets, under their
// offset and part of speech (satellite adjectives under "a").
func readData(path string, synsets map[string]*synset) error {
	return wnfile.EachSynset(path, func(ws wnfile.Synset) error {
		ss := &synset{gloss: ws.Gloss, key: ws.Offset + adjective(ws.POS), lex: ws.LexFile}
		for _, w := range ws.Words {
			ss.words = append(ss.words, word(w))
		}
		ss.raw = ws.Words
		for _, p := range ws.Pointers {
			ss.ptrs = append(ss.ptrs, pointer{symbol: p.Symbol, target: p.Offset + adjective(p.POS), src: p.Source, dst: p.Target})
		}
		synsets[ss.key] = ss
		return nil
	})
}

// adjective files a satellite adjective ("s") with the adjectives ("a"),
// whose files it shares.
func adjective(pos string) string {
	if pos == "s" {
		return "a"
	}
	return pos
}

// relations links words by derivation ("+": lead, leader) and pertainym
// ("\": french, france), in both directions.
func relations(synsets map[string]*synset) map[string][]string {
	out := map[string][]string{}
	for _, ss := range synsets {
		for _, p := range ss.ptrs {
			if p.symbol != "+" && p.symbol != `\` {
				continue
			}
			t := synsets[p.target]
			if t == nil || p.src == 0 || p.dst == 0 || p.src > len(ss.words) || p.dst > len(t.words) {
				continue
			}
			a, b := ss.words[p.src-1], t.words[p.dst-1]
			if a == "" || b == "" || a == b {
				continue
			}
			out[a] = append(out[a], b)
			out[b] = append(out[b], a)
		}
	}
	return out
}

// nounLocation is the lexicographer file of noun.location: countries,
// regions and cities.
const nounLocation = "15"

// placeAdjectives links a proper adjective to the place's name it is a
// pertainym of ("\": Peruvian, "of or relating to or characteristic of
// Peru", → peru; Kenyan → kenya): a reader qualifies a body by its land's
// adjective ("peruvian congress") where a text writes the land ("Peru's
// Congress"). Both words are written capitalised in WordNet, so that
// common adjectives of a kind of place (urban → city) stay out; every
// such pair is kept, rare or not, since a land's adjective is seldom
// among the sense-tagged words (taggedWords) that bound relations.
func placeAdjectives(synsets map[string]*synset) map[string][]string {
	out := map[string][]string{}
	for _, ss := range synsets {
		if !strings.HasSuffix(ss.key, "a") {
			continue
		}
		for _, p := range ss.ptrs {
			t := synsets[p.target]
			if p.symbol != `\` || t == nil || t.lex != nounLocation || p.src == 0 || p.dst == 0 || p.src > len(ss.raw) || p.dst > len(t.raw) {
				continue
			}
			a, b := ss.words[p.src-1], t.words[p.dst-1]
			if a != "" && b != "" && a != b && properName(ss.raw[p.src-1]) && properName(t.raw[p.dst-1]) {
				out[a] = append(out[a], b)
			}
		}
	}
	return out
}

// properName reports whether a WordNet lemma is written capitalised.
func properName(lemma string) bool { return lemma != "" && lemma[0] >= 'A' && lemma[0] <= 'Z' }

// sameSense is the words of a sense: its synonyms.
func sameSense(ss *synset) []string { return ss.words }

// kindsOf returns the words of the synsets one step broader (hypernyms)
// or narrower (hyponyms) than a sense: gun → weapon, arrive → land. A
// sense with more than maxNarrower kinds is too general for its kinds to
// stand for it (people → the poor, the rich, …): only its broader words
// are kept.
func kindsOf(synsets map[string]*synset) func(*synset) []string {
	return func(ss *synset) []string {
		var broad, narrow []string
		for _, p := range ss.ptrs {
			t := synsets[p.target]
			switch {
			case t == nil:
			case p.symbol == "@" || p.symbol == "@i":
				broad = append(broad, t.words...)
			case p.symbol == "~" || p.symbol == "~i":
				narrow = append(narrow, t.words...)
			}
		}
		if len(narrow) > maxNarrower {
			return broad
		}
		return append(broad, narrow...)
	}
}

// maxNarrower bounds the hyponyms a sense may stand for.
const maxNarrower = 24

// synonyms lists, for each word, the words that related gives for its
// most frequent senses; index.POS files give a word's synsets in order of
// frequency.
func synonyms(dict string, synsets map[string]*synset, senses int, related func(*synset) []string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, p := range posNames {
		err := wnfile.EachIndexEntry(filepath.Join(dict, "index."+p.file), func(e wnfile.IndexEntry) error {
			w := word(e.Lemma)
			if w == "" && p.pos == "v" {
				w = phrasalVerb(e.Lemma)
			}
			if w == "" {
				return nil
			}
			for _, off := range e.Offsets[:min(senses, len(e.Offsets))] {
				if ss := synsets[off+p.pos]; ss != nil {
					for _, s := range related(ss) {
						if s != "" {
							out[w] = append(out[w], s)
						}
					}
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// taggedWords is the words of every sense counted in WordNet's
// sense-tagged corpora (cntlist.rev): the common vocabulary. Relations
// among rarer words are left out to keep the tables small.
func taggedWords(dict string) (map[string]bool, error) {
	out := map[string]bool{}
	err := wnfile.EachLine(filepath.Join(dict, "cntlist.rev"), func(fs []string) error {
		lemma, _, ok := strings.Cut(fs[0], "%")
		if w := word(lemma); ok && w != "" {
			out[w] = true
		} else if w := phrasalVerb(lemma); ok && w != "" {
			out[w] = true
		}
		return nil
	})
	return out, err
}

// exceptions reads the irregular forms: "fought fight", "led lead".
func exceptions(dict string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, p := range posNames {
		exc, err := wnfile.Exceptions(filepath.Join(dict, p.file+".exc"))
		if err != nil {
			return nil, err
		}
		for _, e := range exc {
			if len(e.Bases) == 0 || word(e.Form) == "" {
				continue
			}
			for _, base := range e.Bases {
				if b := word(base); b != "" {
					out[e.Form] = append(out[e.Form], b)
				}
			}
		}
	}
	return out, nil
}

// leaderRoot is WordNet 3.0's leader.n.01, "a person who rules or guides
// or inspires others": chairman, president, director, chief and head are
// kinds of it.
const leaderRoot = "09623038n"

// leaderSenses is how many of a noun's most frequent senses may make it
// a role: two keep commander and general, and leave out head and chair,
// whose first senses are a body part and a seat.
const leaderSenses = 2

// nounPerson is the lexicographer file of noun.person: a noun set
// beside a person's name as a description of them is read in its first
// sense filed there.
const nounPerson = "18"

// personSenseBelow returns the nouns whose first sense filed under
// noun.person lies at or below root in the hypernym tree: with
// leader.n.01, "head", whose fourth sense (head.n.04, "a person who is
// in charge", a kind of leader) is its first person's, after the body
// part, the mind and the top, so that "the head of the local
// administration" names the one in charge of a body. Instances
// ("Mandela", an instance of statesman) are no kinds: isHyponymOf reads
// "@" pointers only.
func personSenseBelow(dict string, synsets map[string]*synset, root string) ([]string, error) {
	var out []string
	err := wnfile.EachIndexEntry(filepath.Join(dict, "index.noun"), func(e wnfile.IndexEntry) error {
		w := word(e.Lemma)
		if w == "" {
			return nil
		}
		for _, off := range e.Offsets {
			if ss := synsets[off+"n"]; ss != nil && ss.lex == nounPerson {
				if isHyponymOf(synsets, off+"n", []string{root}) {
					out = append(out, w)
				}
				return nil
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("person senses below %s: %w", root, err)
	}
	return out, nil
}

// militaryRoots are WordNet 3.0's military_unit.n.01, military.n.01
// (armed forces), military_service.n.01 and military_personnel.n.01
// (troops): an army, a defence force, a brigade are kinds of them.
var militaryRoots = []string{"08198398n", "08199025n", "08198137n", "08397255n"}

// institutionRoots are WordNet 3.0's police.n.01 (police force,
// constabulary; the gendarmerie is a kind of it) and legislature.n.01
// (parliament, congress, senate): a state's bodies that a text names by
// their common noun alone ("Police fired on the crowd", "parliament
// voted") as it names no other, since a country has one of each.
var institutionRoots = []string{"08209687n", "08163273n"}

// observanceRoots are WordNet 3.0's day.n.04, "a day assigned to a
// particular purpose or observance" (holiday, anniversary, feast day),
// and festival.n.01: the days a calendar keeps every year.
var observanceRoots = []string{"15157225n", "15162388n"}

// requestRoot is WordNet 3.0's request.v.01, "express the need or desire
// for; ask for": ask.v.02 ("make a request or demand for something to
// somebody"), petition, appeal, plead and beg are kinds of it.
const requestRoot = "00752782v"

// requestSenses is how many of a verb's most frequent senses may make it
// a verb of request: two keep ask, whose first sense is to inquire and
// whose second is to ask for something.
const requestSenses = 2

// allSenses lets any sense of a noun count: "force" is a military unit
// only in its fifth.
const allSenses = 1 << 10

// nounsBelow returns the nouns that have one of their first senses senses
// below one of roots in the hypernym tree: with leader.n.01, the words a
// text names someone's role by ("Its chairman, Sekou Conneh", "headed by
// the Special Representative"); with the military roots, the nouns
// heading a nation's forces.
func nounsBelow(dict string, synsets map[string]*synset, roots []string, senses int) ([]string, error) {
	return wordsBelow(dict, synsets, "noun", roots, senses)
}

// wordsBelow returns the words of part of speech pos ("noun", "verb")
// that have one of their first senses senses at or below one of roots
// (offsets with their part of speech) in the hypernym tree.
func wordsBelow(dict string, synsets map[string]*synset, pos string, roots []string, senses int) ([]string, error) {
	below := map[string]bool{}
	err := wnfile.EachIndexEntry(filepath.Join(dict, "index."+pos), func(e wnfile.IndexEntry) error {
		w := word(e.Lemma)
		if w == "" {
			return nil
		}
		for _, off := range e.Offsets[:min(senses, len(e.Offsets))] {
			if isHyponymOf(synsets, off+pos[:1], roots) {
				below[w] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return slices.Sorted(maps.Keys(below)), nil
}

// lexRoles are the roles read off the lexicographer file of a word's
// most frequent sense: WordNet files every synset under one of 45 broad
// classes (noun.act, noun.person, verb.stative...), and a word's first
// sense is the one a text most often means.
var lexRoles = []struct {
	name, index, doc string
	files            []string
}{
	{"state", "index.verb", "verbs whose most frequent sense is in verb.stative (remain, dominate, belong)", []string{"42"}},
	{"happening", "index.noun", "nouns whose most frequent sense is in noun.act, noun.event, noun.phenomenon or noun.process (attack, battle, fire)",
		[]string{"04", "11", "19", "22"}},
	{"thing", "index.noun", "nouns whose most frequent sense names no happening: noun.animal, artifact, body, food, group, location, object, person, plant, possession, quantity, substance (soldier, school, inhabitant)",
		[]string{"05", "06", "08", "13", "14", "15", "17", "18", "20", "21", "23", "27"}},
	{"made", "index.noun", "nouns whose most frequent sense is in noun.communication or noun.state: what is stated, agreed or declared, and the states it sets up (treaty, decree, truce, independence)",
		[]string{"10", "26"}},
}

// nounTops is the lexicographer file of WordNet's unique beginners
// (noun.Tops): "event", "person", "group", "phenomenon" are filed there,
// not under the class they head.
const nounTops = "03"

// lexFile returns the lexicographer file a sense is read under: its own,
// or for a unique beginner the file most of its direct hyponyms are in
// ("event" → noun.event, as "happening" and "social event" are; "person"
// → noun.person). A beginner whose kinds split evenly, or are beginners
// themselves, stays in noun.Tops.
func lexFile(ss *synset, synsets map[string]*synset) string {
	if ss.lex != nounTops {
		return ss.lex
	}
	count := map[string]int{}
	for _, p := range ss.ptrs {
		if t := synsets[p.target]; t != nil && (p.symbol == "~" || p.symbol == "~i") {
			count[t.lex]++
		}
	}
	best, top := nounTops, 0
	for _, f := range slices.Sorted(maps.Keys(count)) {
		switch n := count[f]; {
		case n > top:
			best, top = f, n
		case n == top:
			best = nounTops // an even split: no one class
		}
	}
	return best
}

// addLexRoles adds each of lexRoles to roles: the words of its index
// file whose first sense is filed in one of its lexicographer files.
func addLexRoles(dict string, synsets map[string]*synset, roles map[string][]string) error {
	for _, r := range lexRoles {
		pos := strings.TrimPrefix(r.index, "index.")[:1]
		var words []string
		err := wnfile.EachIndexEntry(filepath.Join(dict, r.index), func(e wnfile.IndexEntry) error {
			w := word(e.Lemma)
			if w == "" || len(e.Offsets) == 0 {
				return nil
			}
			if ss := synsets[e.Offsets[0]+pos]; ss != nil && slices.Contains(r.files, lexFile(ss, synsets)) {
				words = append(words, w)
				if closed := strings.ReplaceAll(w, "-", ""); closed != w && r.name == "made" {
					words = append(words, closed) // "cease-fire", written "ceasefire"
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		slices.Sort(words)
		roles[r.name] = slices.Compact(words)
	}
	return nil
}
