package index

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
)

// answerKind is what the question's form asks for, beyond its terms.
type answerKind int

const (
	anyKind        answerKind = iota
	personKind                // who: a person or an organisation
	placeKind                 // where
	dateKind                  // when, what year
	durationKind              // how long
	quantityKind              // how many, how much
	definitionKind            // what is X, what does X stand for
	reasonKind                // why
)

var kindNames = map[answerKind]string{
	personKind: "who", placeKind: "where", dateKind: "when", durationKind: "how long",
	quantityKind: "how many", definitionKind: "what", reasonKind: "why",
}

// String names the kind as the fitted weights do ("" for anyKind).
func (k answerKind) String() string { return kindNames[k] }

// answerKindOf classifies a question by its first question word, which
// must open it (after at most two words: "so who leads …"). "Who is X?"
// asks what X is, unless X is somebody's ("who was LURD's leader?").
func answerKindOf(ws []string, possessive bool) answerKind {
	for i, w := range ws {
		if i > 2 {
			break
		}
		next, after := "", ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		if i+2 < len(ws) {
			after = ws[i+2]
		}
		switch {
		case !wh[w]:
			continue
		case w == "how" && (next == "many" || next == "much" || measures[next]):
			return quantityKind
		case w == "how" && next == "long":
			return durationKind
		case w == "when", (w == "what" || w == "which") && dateNouns[next]:
			return dateKind
		case w == "where":
			return placeKind
		case w == "why":
			return reasonKind
		case w == "what" && copulas[next] && len(ws)-i <= 6, w == "who" && copulas[next] && len(ws)-i <= 5 && !possessive:
			return definitionKind
		case w == "who" || w == "whom" || w == "whose":
			return personKind
		case w == "what" && (next == "does" || next == "do") && (after != "" && definingVerbs[ws[len(ws)-1]] || strings.Contains(strings.Join(ws, " "), "stand for")):
			return definitionKind
		}
	}
	return anyKind
}

var wh = map[string]bool{"who": true, "whom": true, "whose": true, "what": true, "which": true, "when": true, "where": true, "why": true, "how": true}

// measures are the adjectives of size a question asks "how …" with: "how
// big is the force" is answered by a count ("about 1,300 troops") or a
// measure, as "how many" is.
var measures = map[string]bool{"big": true, "large": true, "small": true, "strong": true, "old": true, "far": true, "deep": true, "high": true, "tall": true, "wide": true, "heavy": true}

var dateNouns = map[string]bool{"year": true, "month": true, "date": true, "day": true}

var definingVerbs = map[string]bool{"mean": true, "means": true, "for": true, "stand": true}

// answerCue reports whether sentence s holds the kind of answer asked
// for. skip holds the question's own names, which are no answer to it.
func answerCue(s string, kind answerKind, skip func(string) bool) bool {
	return answerCueIn(s, scanWords(s), kind, skip)
}

// answerCueIn is answerCue for a sentence already split into words.
func answerCueIn(s string, ws []word, kind answerKind, skip func(string) bool) bool {
	switch kind {
	case dateKind:
		for i, w := range ws {
			if isDate(w.text) || weekdays[w.text] || relativeDays[w.text] || relativeDate(ws, i) {
				return true
			}
		}
	case quantityKind:
		for i := range ws {
			if isCount(ws, i) {
				return true
			}
		}
	case durationKind:
		for i, w := range ws {
			if durationUnits[strings.TrimSuffix(w.text, "s")] && (i > 0 && (isCount(ws, i-1) || ws[i-1].text == "a") || w.text == "decade" || w.text == "decades") {
				return true
			}
		}
		return dateRange(ws)
	case personKind, placeKind:
		return hasName(s, ws, kind, skip)
	case definitionKind:
		return definition(ws) >= 0
	case reasonKind:
		return containsAny(strings.ToLower(s), reasons)
	}
	return false
}

// dateRange reports whether words give a span by its ends: "between 30
// August and 20 September", "from March 1998 to June 1999". How long
// something lasted is often told so.
func dateRange(ws []word) bool {
	dateWithin := func(i int) bool {
		for j := i + 1; j < len(ws) && j <= i+rangeReach; j++ {
			if isDate(ws[j].text) {
				return true
			}
		}
		return false
	}
	open := false
	for i, w := range ws {
		switch {
		case (w.text == "between" || w.text == "from") && dateWithin(i):
			open = true
		case open && (w.text == "and" || w.text == "to" || w.text == "until" || w.text == "till") && dateWithin(i):
			return true
		}
	}
	return false
}

// rangeReach is how many words may stand between a range's word and its
// date: "from the end of March".
const rangeReach = 4

// relativeDate reports whether ws[i] ends a date given relative to
// another: "the following day", "two weeks later", "the next morning".
func relativeDate(ws []word, i int) bool {
	w := ws[i].text
	if i == 0 {
		return false
	}
	prev := ws[i-1].text
	switch {
	case durationUnits[strings.TrimSuffix(w, "s")] || dayParts[w]:
		return relativeMarkers[prev]
	case w == "later" || w == "earlier" || w == "after" || w == "before":
		return durationUnits[strings.TrimSuffix(prev, "s")] && i > 1 && (isCount(ws, i-2) || ws[i-2].text == "a")
	}
	return false
}

// definition returns the index of the word that makes a sentence define
// its subject ("X is a …", "X, which means …", "X stands for …") within
// the first words of the sentence, or -1. A form of "be" defines only
// before a determiner.
func definition(ws []word) int {
	for i, w := range ws {
		if i > definitionReach {
			break
		}
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1].text
		}
		if i > 0 && (copulas[w.text] && (determiners[next] || !isBe(w.text)) || w.text == "stands" && next == "for" || w.text == "refers" && next == "to") {
			return i
		}
	}
	return -1
}

// isBe reports whether w is a form of "be", which defines only before a
// noun phrase: "X is a partnership", not "X is sworn in" or "X was led
// by".
func isBe(w string) bool { return w == "is" || w == "are" || w == "was" || w == "were" }

// determiners open the noun phrase a definition gives.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "another": true, "one": true}

// definitionReach is how far into a sentence the verb of a definition
// may stand: a long name and a parenthesised acronym come first.
const definitionReach = 12

// hasName finds a name the question did not give (see nameAt).
func hasName(s string, ws []word, kind answerKind, skip func(string) bool) bool {
	for i := range ws {
		if nameAt(s, ws, i, kind, skip) {
			return true
		}
	}
	return false
}

// nameAt reports whether ws[i], a word of s, is a name the question did
// not give: for a place, a capitalised word after a preposition of place
// or one the gazetteer knows; for a person or organisation, the second of
// two capitalised words in a row, or one after a title.
func nameAt(s string, ws []word, i int, kind answerKind, skip func(string) bool) bool {
	w := ws[i]
	if i == 0 || !capitalised(s, w) || skip(w.text) || isDate(w.text) || weekdays[w.text] {
		return false
	}
	prev := ws[i-1].text
	switch kind {
	case placeKind:
		return placePrepositions[prev] || prev == "the" && i > 1 && placePrepositions[ws[i-2].text] || gazetteerPlace(ws, i)
	case personKind:
		return titles[prev] || capitalised(s, ws[i-1]) && !skip(prev) && i > 1
	}
	return false
}

// gazetteerPlace reports whether ws[i], alone or with the next word,
// names a place the gazetteer knows ("the area where Burkina Faso, Mali
// and Niger meet").
func gazetteerPlace(ws []word, i int) bool {
	return lang.IsPlace(ws[i].text) || i+1 < len(ws) && lang.IsPlace(ws[i].text+" "+ws[i+1].text)
}

func capitalised(s string, w word) bool {
	r, _ := utf8.DecodeRuneInString(s[w.start:])
	return unicode.IsUpper(r)
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

var (
	relativeDays  = map[string]bool{"yesterday": true, "today": true, "tomorrow": true}
	durationUnits = map[string]bool{"hour": true, "day": true, "week": true, "month": true, "year": true, "decade": true}
	copulas       = map[string]bool{"is": true, "are": true, "was": true, "were": true, "means": true, "meaning": true}
	dayParts      = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}
	// relativeMarkers place a day or week relative to a date just given.
	relativeMarkers = map[string]bool{"following": true, "next": true, "same": true, "previous": true, "that": true, "this": true, "last": true}
	reasons         = []string{"because", "due to", "citing", "in response to", "in protest", "as a result", "owing to", "in order to", "in retaliation", "so that", "after "}
	// placePrepositions introduce a place: "in Abidjan", "to the Calabar".
	placePrepositions = map[string]bool{"in": true, "at": true, "near": true, "to": true, "from": true, "into": true, "of": true, "outside": true, "across": true, "around": true, "towards": true}
	// agentWords introduce whoever leads something: "headed by", "under
	// the … leader".
	agentWords = map[string]bool{"under": true, "by": true}
	// titles introduce a person: "President Gbagbo", "General Ahmed".
	titles = map[string]bool{"president": true, "general": true, "colonel": true, "leader": true, "chairman": true, "commander": true, "minister": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "mr": true, "ms": true, "mrs": true, "dr": true, "chief": true, "captain": true, "major": true, "lieutenant": true, "king": true, "prince": true, "sheikh": true, "ambassador": true, "secretary": true, "envoy": true, "by": true}
)

// answerScore is 1 when a sentence of text holds both the question's
// subject (a term of an anchor, or any matched term when it names none),
// or carries on from one opening with it (see continues), and the kind of
// answer asked for; 0.5 when the answer stands in another sentence, and 0
// when there is none or the question asks for no kind.
func answerScore(text string, subject []int, kind answerKind, skip func(string) bool) float64 {
	return answerScoreIn(splitSentences(text), subject, kind, skip)
}

// answerScoreIn is answerScore for a text already split into sentences.
func answerScoreIn(ss []sentence, subject []int, kind answerKind, skip func(string) bool) float64 {
	if kind == anyKind {
		return 0
	}
	best := 0.0
	lead := false // the sentence before is about the subject
	for _, s := range ss {
		if kind == definitionKind && appositiveOf(s.text, subject, s.span[0]) {
			return 1
		}
		carried := lead && continues(s.words)
		lead = opensWith(s.words, subject, s.span[0]) || carried
		if !answerCueIn(s.text, s.words, kind, skip) {
			continue
		}
		best = 0.5
		if carried && kind != definitionKind {
			return 1 // "The OSCE mission … . It is expanding to 200 monitors."
		}
		for _, at := range subject {
			if at >= s.span[0] && at < s.span[1] && (kind != definitionKind || definesAt(s.words, at-s.span[0])) {
				return 1
			}
		}
	}
	return best
}

// appositiveOf reports whether sentence s, starting at byte offset base
// of its text, defines a subject by apposition: "the National Unity
// Government (NUG), a shadow administration …" or "an elite guard, the
// Presidential Security Regiment (RSP)".
func appositiveOf(s string, subject []int, base int) bool {
	for _, at := range subject {
		if at < base || at >= base+len(s) {
			continue
		}
		if appositiveAfter(s[at-base:]) || appositiveBefore(s[:at-base]) {
			return true
		}
	}
	return false
}

// appositiveReach bounds the name (and its acronym) an apposition follows.
const appositiveReach = 80

// appositiveAfter: the name, then ", a …" or ", an …".
func appositiveAfter(rest string) bool {
	i := strings.Index(rest, ", ")
	if i <= 0 || i > appositiveReach || strings.ContainsAny(rest[:i], ".;:") {
		return false
	}
	after := rest[i+2:]
	return strings.HasPrefix(after, "a ") || strings.HasPrefix(after, "an ")
}

// appositiveBefore: "a …, the " or "an …, " before the name.
func appositiveBefore(before string) bool {
	b := strings.TrimSuffix(before, "the ")
	if !strings.HasSuffix(b, ", ") {
		return false
	}
	clause := b[:len(b)-2]
	if i := strings.LastIndexAny(clause, ",;:("); i >= 0 {
		clause = clause[i+1:]
	}
	clause = " " + strings.ToLower(strings.TrimSpace(clause))
	return len(clause) < appositiveReach && (strings.HasPrefix(clause, " a ") || strings.HasPrefix(clause, " an ") || strings.Contains(clause, " a ") || strings.Contains(clause, " an "))
}

// definesAt reports whether the definition in a sentence, of words ws, has its subject
// at byte offset at: the subject stands before the defining verb.
func definesAt(ws []word, at int) bool {
	i := definition(ws)
	return i >= 0 && at < ws[i].start
}

// sentence is one sentence of a text: where it stands, what it says, and
// its words (offsets within the sentence).
type sentence struct {
	span  [2]int
	text  string
	words []word
}

// splitSentences splits text into sentences (see sentences) and each into
// words, once: the features read every sentence several times. The
// sentences' words share one array, each slice capped at its own end:
// one allocation per text rather than one per sentence.
func splitSentences(text string) []sentence { return splitSentencesIn(nil, text) }

// splitSentencesIn is splitSentences with the sentences and words carved
// from sc when it is not nil.
func splitSentencesIn(sc *searchScratch, text string) []sentence {
	spans := sentences(text)
	out := sc.sentencesFor(len(spans))
	all := sc.wordsFor(len(text)/6 + 1)
	for i, sp := range spans {
		from := len(all)
		all = appendWords(all, text[sp[0]:sp[1]])
		out[i] = sentence{sp, text[sp[0]:sp[1]], all[from:len(all):len(all)]}
	}
	return out
}

// sentences splits text into byte ranges at ". ", "? ", "! " and line
// breaks.
func sentences(text string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		end := c == '\n' || (c == '.' || c == '?' || c == '!') && (i+1 == len(text) || text[i+1] == ' ')
		if end {
			out = append(out, [2]int{start, i + 1})
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// word is a word of raw text and where it starts.
type word struct {
	text  string // lowercased
	start int
}

// scanWords splits text into lowercased words, keeping digits with their
// inner commas and points ("17,731").
func scanWords(text string) []word {
	return appendWords(make([]word, 0, len(text)/6), text) // about one word per six bytes of English
}

// appendWords appends text's words, as scanWords splits them, to out.
func appendWords(out []word, text string) []word {
	eachWord(text, func(start, end int) {
		out = append(out, word{strings.ToLower(text[start:end]), start})
	})
	return out
}

// eachWord calls f with the bounds of each word of text as scanWords
// splits it, without collecting them.
func eachWord(text string, f func(start, end int)) {
	start := -1
	for i, r := range text {
		inWord := isAlnum(r) || (start >= 0 && (r == ',' || r == '.') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9')
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			f(start, i)
			start = -1
		}
	}
	if start >= 0 {
		f(start, len(text))
	}
}

// isAlnum is unicode.IsLetter or unicode.IsDigit, with ASCII, most of
// any English text, decided without the Unicode tables: re-ranking scans
// every candidate's text.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozen": true, "dozens": true, "hundred": true,
	"hundreds": true, "thousand": true, "thousands": true, "million": true, "billion": true, "several": true,
}

// isDate reports whether a word names a year or a month.
func isDate(w string) bool {
	if months[w] {
		return true
	}
	return isYear(w)
}

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	y, err := strconv.Atoi(w)
	return err == nil && y >= 1800 && y <= 2100
}

// isCount reports whether ws[i] is a count. Years and days of the month
// are not: "in March 2007 with Ugandan troops" says when, not how many.
func isCount(ws []word, i int) bool {
	w := ws[i].text
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsDigit(r) {
		return numberWords[w]
	}
	if isYear(w) {
		return false
	}
	if i > 0 && months[ws[i-1].text] || i+1 < len(ws) && months[ws[i+1].text] {
		return false
	}
	return true
}

// months are month names and their usual abbreviations.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}
