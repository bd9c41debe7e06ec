package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// cueForm is the form a word of an open cue class is written in.
type cueForm int

const (
	formNone cueForm = iota
	formBase         // the lemma itself: "hope", "proposal"
	formS            // with -s: "hopes", "proposals"
	formIng          // "debating"
	formPast         // "hoped", "sought"
)

// classForm returns the form in which the lowercase word w, whose
// lemmas (lex.Lemmas(w), read once for every class asked) are given, is a
// word of the class c, with its lemma, or formNone.
func classForm(lex *wordnet.Lexicon, c wordnet.CueClass, w string, lemmas []string) (cueForm, string) {
	for _, lemma := range lemmas {
		if !lex.In(c, lemma) {
			continue
		}
		switch {
		case w == lemma:
			return formBase, lemma
		case strings.HasSuffix(w, "ing"):
			return formIng, lemma
		case w == thirdPerson(lemma):
			return formS, lemma
		case strings.HasSuffix(w, "ed") || len(lex.IrregularBases(w)) > 0:
			return formPast, lemma
		}
	}
	return formNone, ""
}

// openClassCue reports, for the lowercase word lf at scope[i:j], whether
// it makes the clause a wish, a plan, a weighing or a forecast, and
// whether it is a word of the open classes that decide so at all
// (wordnet's cue classes):
//   - a noun of proposal (proposal, recommendation): its own terms are
//     hypothetical (proposalCue);
//   - the present of a verb of intent or deliberation (hope, wants,
//     seeks, proposes, considers): the clause tells what is wished or
//     weighed, not what was done. Many such words are nouns too ("a coup
//     attempt", "the peace plan", "ending any hope of winning", "the
//     council's aim is to hold elections in 1984"): the form must read
//     as a verb after its subject (isPresentVerb);
//   - the -ing of a verb of deliberation: what is weighed follows it
//     ("debating whether to vote in March"); a date before it dates the
//     weighing itself ("On 24 January he spent nine hours debating with
//     the strikers"; rule deliberated-after);
//   - the past of a verb of expectation (expected, hoped, feared,
//     predicted) with an object before the date ("Most observers
//     expected the government to fall within weeks") tells what was
//     looked for, not what came (rule past-expectation). "Was expected"
//     and "the transfer expected to be completed" are plans, with no
//     object.
func (c *cueScan) openClassCue(i, j int, lf string) (cue, ok bool) {
	if len(lf) < 3 || !isASCIILetter(lf[0]) {
		return false, false
	}
	lex := wordnet.Load()
	lemmas := lex.Lemmas(lf)
	if form, _ := classForm(lex, wordnet.Proposal, lf, lemmas); form == formBase || form == formS {
		return c.proposalCue(i, j), true
	}
	if form, _ := classForm(lex, wordnet.Expectation, lf, lemmas); form == formPast {
		return c.expectationCue(i, j), true
	}
	if form, _ := classForm(lex, wordnet.Deliberation, lf, lemmas); form == formIng {
		return c.at > i || !c.deliberatedAfter, true
	}
	for _, class := range [...]wordnet.CueClass{wordnet.Intent, wordnet.Deliberation} {
		if form, _ := classForm(lex, class, lf, lemmas); form == formBase || form == formS {
			return c.isPresentVerb(i, j), true
		}
	}
	return false, false
}

// proposalCue reports whether a noun of proposal at scope[i:j] makes
// the date hypothetical: a date in its own terms, after it ("a proposal
// for elections in March"; see opensProposalTerms). A date before the
// noun dates the clause that names the proposal ("Congress on Wednesday
// rejected a proposal to …", "In December 1956, following the
// recommendations of a commission, the government imposed").
func (c *cueScan) proposalCue(i, j int) bool {
	return c.at > i && opensProposalTerms(c.scope[j:min(c.at, len(c.scope))])
}

// expectationCue reports whether the past of a verb of expectation at
// scope[i:j] makes the date what was looked for: with an object before
// the date, not "to" or "that" straight after it, and no noun's function
// word or auxiliary before it (rule past-expectation).
func (c *cueScan) expectationCue(i, j int) bool {
	next, _ := nextLowerWord(c.scope, j)
	return c.expectsAhead && c.at > j && next != "to" && next != "that" && !leadsNoun(strings.ToLower(c.prev)) && !isPassiveBefore(c.scope[:i])
}

// isPresentVerb reports whether the word scope[i:j] reads as a verb in
// the present after its subject, as isPresentAt reads one: the -s form of
// a verb first after a word that can end a subject ("the council
// hopes"), the bare form after a plural subject ("the rebels want"), and
// not after a possessive ("the council's aim").
//
// A verb whose present before "to" announces a plan ("intends to",
// "plans to"; hasFutureCueWords) makes the clause a plan, not a wish.
func (c *cueScan) isPresentVerb(i, j int) bool {
	if isPossessive(trailingWord(c.scope[:i])) {
		return false
	}
	lf := strings.ToLower(c.scope[i:j])
	if next, _ := nextLowerWord(c.scope, j); next == "to" && hasFutureCueWords(" "+lf+" to ") {
		return false
	}
	words := paddedWordList(c.scope[:j])
	return len(words) > 0 && isPresentAt(words, len(words)-1)
}

// thirdPerson returns the -s form of a verb or the plural of a noun,
// lemma, by English spelling: "hopes", "wishes", "tries", but not
// "planes" for "plan".
func thirdPerson(lemma string) string {
	n := len(lemma)
	switch {
	case n > 1 && lemma[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(lemma[n-2])):
		return lemma[:n-1] + "ies"
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "x") || strings.HasSuffix(lemma, "z") ||
		strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "sh"):
		return lemma + "es"
	}
	return lemma + "s"
}
