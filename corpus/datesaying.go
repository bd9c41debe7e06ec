package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/verbs"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// isSayingReport reports whether w, an undated sentence's words, tells
// only what someone said (rule saying-report): its first verb is one of
// saying that takes no audience ("Legal experts said the arrangement had
// no basis", "The caucus said it could debate the bill"). What was said
// is no happening of the day told. "Told" is left out: "told parliament"
// is an address to a body, which is one.
func isSayingReport(w []string, off dateRules) bool {
	if !off.on(ruleSayingReport) {
		return false
	}
	i := firstVerb(w)
	return i > 0 && isSayingVerb(w[i]) && !reportsHappening(w[i+1:])
}

// reportsHappening reports whether w, the words after a verb of saying,
// report a happening in the simple past ("Witnesses said soldiers opened
// fire", "said the decree was signed"): the source is named, the report
// is of what happened. A state,
// a modal or no past at all ("said the arrangement had no basis", "said
// it could debate the bill") is what was said.
func reportsHappening(w []string) bool {
	k := firstVerb(w)
	if k < 0 {
		return false
	}
	v, x := verbs.Load(), w[k]
	if (x == "was" || x == "were") && k+1 < len(w) {
		x = w[k+1] // a passive: "said the decree was signed"
	}
	return (v.IsRegularPast(x) || v.IsIrregularPast(x)) && x != "was" && x != "were" && x != "had" && !wordnet.Load().Stative(x)
}

// isSayingVerb reports whether w is a finite verb of saying that reports
// speech with no audience named.
func isSayingVerb(w string) bool {
	switch w {
	case "said", "says", "added", "stated":
		return true
	}
	return false
}

// isOfSubjectPresent reports whether m, an undated sentence with its
// quotations blanked, opens with a plural head that an "of" or "from"
// phrase follows and whose verb, before any comma, is in the present
// (rule of-subject-present): "Estimates of the dead range from 10,000 to
// 30,000". The verb agrees with the head, not with the phrase's last
// noun, which isPresentAt reads as its subject ("the dead range"); the
// clause states how things stand. A past form before the comma
// ("Soldiers of the guard opened fire") makes it a report.
func isOfSubjectPresent(m string, off dateRules) bool {
	if !off.on(ruleOfSubjectPresent) {
		return false
	}
	if k := strings.IndexByte(m, ','); k >= 0 {
		m = m[:k]
	}
	w := paddedWordList(m)
	j := ofPhraseAfterHead(w)
	if j < 0 || firstVerb(w) >= 0 {
		return false
	}
	v, lex := verbs.Load(), wordnet.Load()
	for k := j + 2; k < len(w); k++ {
		x := w[k]
		if (v.IsVerbFirst(x) || lex.Stative(x)) && !v.IsSameInPast(x) && !strings.HasSuffix(x, "s") && !strings.HasSuffix(x, "ing") && opensVerbComplement(w[k+1:]) {
			return true
		}
	}
	return false
}

// opensVerbComplement reports whether w, the words after a bare form,
// open what a verb takes and a noun does not: nothing, or a preposition
// or an adverb of degree ("range from", "vary widely"). A noun of the
// "of" phrase that is also a verb ("a police officer") is followed by
// more of its phrase.
func opensVerbComplement(w []string) bool {
	if len(w) == 0 {
		return true
	}
	switch w[0] {
	case "from", "between", "to", "in", "at", "over", "around", "about", "among", "across", "widely", "sharply", "considerably":
		return true
	}
	return false
}

// ofPhraseAfterHead returns where the "of" or "from" that follows the
// plural head opening w stands (after at most one determiner or
// quantifier: "Estimates of", "Most estimates of"), or -1.
func ofPhraseAfterHead(w []string) int {
	for i := 0; i < min(2, len(w)-1); i++ {
		if endsPluralSubject(w[i]) && (w[i+1] == "of" || w[i+1] == "from") {
			return i + 1
		}
	}
	return -1
}

// isQuoteSpeakerDated reports whether s, a sentence (m with its
// quotations blanked, offsets alike), opens with a quotation and writes
// all its dates (exprs) in the speaker's clause that follows it, whose
// first verb is one of saying ("“Nobody is listening to us,” one striker
// told a visiting reporter in October", "“…,” an SPA statement said in
// December; …"; rule quote-speaker): the day is when it was said, which
// is speech, no event, whatever the share of the sentence quoted. A
// relative clause in it may tell an act of its own ("said in a
// statement, which was sent to journalists on Monday"); an address to
// an audience at an occasion ("said at a news conference this
// morning") is an event, and one to a body is left to quotesAddress.
func isQuoteSpeakerDated(s, m string, exprs []dateExpr, off dateRules) bool {
	if !off.on(ruleQuoteSpeaker) || len(exprs) == 0 {
		return false
	}
	lead := len(s) - len(strings.TrimLeft(s, " *_"))
	end := -1
	for i, j := range quotationsIn(s) {
		if i == lead {
			end = j
		}
		break
	}
	if end < 0 || end >= len(m) {
		return false
	}
	stop := len(m)
	if k := strings.IndexByte(m[end:], ';'); k >= 0 {
		stop = end + k
	}
	for _, xe := range exprs {
		if xe.start < end || xe.end > stop {
			return false
		}
	}
	w := paddedWordList(m[end:stop])
	i := firstVerb(w)
	return i >= 0 && i <= maxSpeakerWords && (isSayingVerb(w[i]) || w[i] == "told") && !holdsRelativePronoun(m[end:stop]) && !isAtOccasion(w[i+1:])
}

// isAtOccasion reports whether w, the words after a verb of saying,
// place the saying somewhere by "at" ("said at a news conference this
// morning", "told reporters at the airport"): an address to an audience
// at an occasion, which is an event.
func isAtOccasion(w []string) bool { return slices.Contains(w, "at") }

// maxSpeakerWords bounds the words before the verb of saying in a
// quotation's speaker clause ("one striker told", "an SPA statement
// said").
const maxSpeakerWords = 5
