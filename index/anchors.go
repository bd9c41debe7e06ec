package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/lang"
)

// anchor is a name the question holds: a faction by any of its forms, a
// person or a place. A paragraph holding none of the question's anchors
// must not outrank one that holds them on common words alone.
type anchor struct {
	label string          // as the question wrote it
	terms map[string]bool // analysed terms of every form of the name
	// forms are the name's forms, each a sequence of slots, each slot
	// the words that may stand there, as the corpus's vocabulary of
	// names holds them: "Ansar Dine" is [ansar] [dine], and "Malian
	// Tuareg" is [malian mali …] [tuareg …]. Words that are not names
	// ("UN", "council") are left out (see topicShares).
	forms [][]map[string]bool
	// held are the name's forms as analysed terms, slot by slot: a
	// paragraph holds the name when it holds every slot of one form, so
	// "force" alone does not hold "Interim Emergency Multinational
	// Force" (IEMF).
	held [][]map[string]bool
}

// properNouns are the corpus's vocabulary of names and where each is
// used.
type properNouns struct {
	words map[string]bool
	// mentions are, for each name, its uses written capitalised inside a
	// sentence in each briefing that has any: how much a briefing is
	// about the name (see topicShares).
	mentions map[string][]mention
}

// mention is how many times briefing number Briefing (its position in
// the corpus) names a word.
type mention struct{ Briefing, N int32 }

// properNames is the corpus's vocabulary of names: lowercase words the
// briefings write capitalised inside sentences at least twice as often as
// in lower case ("Gbagbo", "Abidjan", "Tuareg", but not "The" or
// "Government" used both ways). Sentence-initial words say nothing.
func properNames(c *corpus.Corpus) properNouns {
	cc := caseCounter{ids: map[string]int32{}}
	byBriefing := make([][]wordCount, len(c.Briefings))
	for i, b := range c.Briefings {
		for _, p := range b.Paragraphs {
			cc.count(p.Text)
		}
		byBriefing[i] = cc.endBriefing()
	}
	pn := properNouns{words: map[string]bool{}, mentions: map[string][]mention{}}
	for id, w := range cc.words {
		if n := cc.upper[id]; n > 0 && n >= 2*cc.lower[id] && utf8.RuneCountInString(w) >= 3 && !questionWords[w] && !isDate(w) && !weekdays[w] {
			pn.words[w] = true
		}
	}
	for i, counts := range byBriefing {
		for _, m := range counts {
			if w := cc.words[m.id]; pn.words[w] {
				pn.mentions[w] = append(pn.mentions[w], mention{int32(i), m.n})
			}
		}
	}
	return pn
}

// caseCounter counts the corpus's words by case, each distinct folded word
// numbered once: a use costs one look-up that allocates nothing (folding
// ASCII into a buffer), not a map assignment keyed by a new lowered
// string, and the counts are arrays by number (a fifth of an index
// build's CPU went to the maps).
type caseCounter struct {
	ids          map[string]int32
	words        []string // by number
	upper, lower []int32  // uses by case in the whole corpus, by number
	inBriefing   []int32  // capitalised uses in the current briefing
	touched      []int32  // the numbers inBriefing counts
	buf          []byte
}

// count counts each word of text by case, skipping the first word of
// each sentence and words of fewer than three bytes, which fold to fewer
// than three letters and so can never be names: a quarter of all words,
// and the commonest.
func (cc *caseCounter) count(text string) {
	initial := true
	eachWord(text, func(start, end int) {
		if !initial && end-start >= 3 {
			r, _ := utf8.DecodeRuneInString(text[start:])
			if unicode.IsUpper(r) {
				id := cc.id(text[start:end])
				if cc.inBriefing[id] == 0 {
					cc.touched = append(cc.touched, id)
				}
				cc.inBriefing[id]++
			} else if unicode.IsLetter(r) {
				cc.lower[cc.id(text[start:end])]++
			}
		}
		initial = end < len(text) && sentenceEnd(text[end:])
	})
}

// id numbers w folded as foldWord(strings.ToLower(w)) folds it.
func (cc *caseCounter) id(w string) int32 {
	key, ok := cc.asciiLower(w)
	if !ok {
		key = []byte(foldWord(strings.ToLower(w)))
	}
	if id, ok := cc.ids[string(key)]; ok {
		return id
	}
	s := string(key)
	id := int32(len(cc.words))
	cc.ids[s] = id
	cc.words = append(cc.words, s)
	cc.upper, cc.lower, cc.inBriefing = append(cc.upper, 0), append(cc.lower, 0), append(cc.inBriefing, 0)
	return id
}

// asciiLower lowers w into the counter's buffer if w is ASCII, which
// foldWord leaves as it is.
func (cc *caseCounter) asciiLower(w string) ([]byte, bool) {
	cc.buf = cc.buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		cc.buf = append(cc.buf, c)
	}
	return cc.buf, true
}

// wordCount is how many times a briefing uses word number id.
type wordCount struct{ id, n int32 }

// endBriefing adds the current briefing's capitalised uses to the
// corpus's and returns them, word number and count, in the order first
// met, ready for the next briefing.
func (cc *caseCounter) endBriefing() []wordCount {
	out := make([]wordCount, 0, len(cc.touched))
	for _, id := range cc.touched {
		n := cc.inBriefing[id]
		cc.upper[id] += n
		out = append(out, wordCount{id, n})
		cc.inBriefing[id] = 0
	}
	cc.touched = cc.touched[:0]
	return out
}

// sentenceEnd reports whether the text after a word closes a sentence or
// a heading-like lead ("Q:", "MR. SMITH:").
func sentenceEnd(after string) bool {
	if after != "" && after[0] < utf8.RuneSelf {
		// The usual case, decided without trimming: a plain character
		// ends a sentence by itself or is one of those trimmed.
		switch after[0] {
		case '"', '\'', ')', ']':
		case '.', '!', '?', ':', ';', '\n':
			return true
		default:
			return false
		}
	}
	after = strings.TrimLeft(after, `"'’”)]`)
	return after == "" || strings.ContainsAny(after[:1], ".!?:;—\n")
}

// anchorsOf groups the question's names: each faction the expander found,
// and each run of consecutive words the corpus writes as names.
func (ix *Index) anchorsOf(q question) []anchor {
	var out []anchor
	for _, e := range q.entities {
		if a := ix.entityAnchor(e); len(a.terms) > 0 {
			out = append(out, a)
		}
	}
	var run []string
	flush := func() {
		if len(run) == 0 {
			return
		}
		if a := ix.runAnchor(run); len(a.terms) > 0 {
			out = append(out, a)
		}
		run = nil
	}
	for i, w := range q.all {
		if q.inEntity[i] || questionWords[w] || !ix.names[foldWord(w)] {
			flush()
			continue
		}
		run = append(run, w)
	}
	flush()
	return out
}

// entityAnchor is the anchor of one faction the expander found, e its
// forms (label first): every form's terms, each form held whole, and the
// name words of each form as slots.
func (ix *Index) entityAnchor(e []string) anchor {
	a := anchor{label: e[0], terms: map[string]bool{}}
	for _, form := range e {
		var held []map[string]bool
		for t := range ix.terms(form) {
			a.terms[t] = true
			held = append(held, map[string]bool{t: true})
		}
		if len(held) > 0 {
			a.held = append(a.held, held)
		}
		var slots []map[string]bool
		for _, w := range words(form) {
			if w = foldWord(w); ix.names[w] {
				slots = append(slots, map[string]bool{w: true})
			}
		}
		if len(slots) > 0 {
			a.forms = append(a.forms, slots)
		}
	}
	return a
}

// runAnchor is the anchor of a run of consecutive name words: each word
// with its name forms is one slot, and a person's run may also be held
// by its surname alone.
func (ix *Index) runAnchor(run []string) anchor {
	a := anchor{label: titleCase(run), terms: map[string]bool{}}
	var slots, held []map[string]bool
	for _, w := range run {
		slot, heldSlot := map[string]bool{}, map[string]bool{}
		for _, f := range append([]string{w}, ix.nameForms(w)...) {
			for t := range ix.terms(f) {
				a.terms[t] = true
				heldSlot[t] = true
			}
			if f = foldWord(f); ix.names[f] {
				slot[f] = true
			}
		}
		if len(slot) > 0 {
			slots = append(slots, slot)
		}
		if len(heldSlot) > 0 {
			held = append(held, heldSlot)
		}
	}
	if len(held) > 0 {
		a.held = [][]map[string]bool{held}
	}
	if !ix.expansion.noSurnames && surnameForm(run, held) {
		// "Nino Vieira" is "Vieira" after the first mention.
		a.held = append(a.held, held[len(held)-1:])
	}
	if len(slots) > 0 {
		a.forms = [][]map[string]bool{slots}
	}
	return a
}

// surnameForm reports whether a run of name words may be held by its
// last word alone, as a person is named by the surname after the first
// mention ("Charles Taylor", then "Taylor"): when the run has two words
// or more, each with terms, and neither the run nor its last word is a
// place or a people in the gazetteer ("South Africa" is not "Africa",
// "South African" not "African").
func surnameForm(run []string, held []map[string]bool) bool {
	if len(run) < 2 || len(held) != len(run) {
		return false
	}
	for _, key := range []string{foldWord(strings.Join(run, " ")), foldWord(run[len(run)-1])} {
		if lang.IsPlace(key) || lang.IsPeople(key) {
			return false
		}
	}
	return true
}

// nameForms are the other forms of a name: its WordNet pertainyms (French,
// France) and guessed demonyms (Mali, Malian).
func (ix *Index) nameForms(w string) []string {
	return append(ix.lexicon.Forms(w), demonyms(w)...)
}

// demonyms guesses the other forms of a place name or its adjective:
// Mali/Malian, Kenya/Kenyan, Algeria/Algerian, Japan/Japanese, Iraq/Iraqi.
// A guess that names nothing in the corpus matches nothing, so guessing
// wide is cheap. Irregular pairs (France/French) come from WordNet.
func demonyms(w string) []string {
	if len(w) < 4 {
		return nil
	}
	out := []string{w + "n", w + "an", w + "ian", w + "ese", w + "i"}
	for _, suf := range []string{"ian", "an", "n", "ese", "i"} {
		if base, ok := strings.CutSuffix(w, suf); ok && len(base) >= 3 {
			out = append(out, base, base+"a")
		}
	}
	return out
}

// aboutTerms are, under headingOf each paragraph, the terms of its
// briefing's title, its section heading and its news report's lead
// (ix.reports, reportHeading): what a paragraph under that heading is
// about. (The names of a report's lead alone, here until 2026-12-02,
// moved no more than two of 537 news questions on dev; its whole text,
// since 2026-12-05, gains on both halves of dev, see README.)
func (ix *Index) aboutTerms() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, b := range ix.corpus.Briefings {
		for _, p := range b.Paragraphs {
			k := ix.headingOf(b.Slug, p.Number, p.Section)
			if out[k] != nil {
				continue
			}
			text := b.Title + "\n" + p.Section
			if head := ix.reportOf(b.Slug, p.Number); head > 0 {
				text += "\n" + ix.reportHeading(b.Paragraphs[head-1].Text)
			}
			out[k] = ix.terms(text)
		}
	}
	return out
}

// reportHeading is what of a news report's lead stands above its
// paragraphs: the whole lead, whose words its later paragraphs leave
// unsaid as a section's leave its heading's; only the dateline with
// noLeads (Options), for ablation.
func (ix *Index) reportHeading(lead string) string {
	if ix.noLeads {
		return corpus.Dateline(lead)
	}
	return lead
}

// headingKey is where aboutTerms keeps the headings of a section.
func headingKey(slug, section string) string { return slug + "\x00" + section }

// weekdays are not names, though written capitalised.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

// foldWord folds a lowercase word's accents as the analyzer does: a
// question typing "cherizier" names "Chérizier".
func foldWord(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return string(fold([]byte(w)))
		}
	}
	return w // ASCII: nothing to fold, and nothing to allocate
}

// titleCase writes a name's words capitalised, as names are written.
func titleCase(ws []string) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		out[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(out, " ")
}
