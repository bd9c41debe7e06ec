package corpus

import (
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/verbs"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// rulePlainActor reads a body whose name holds no organisation's noun
// from what the text says it does: "Amnesty International condemned the
// verdicts", "The Slovenian Presidency rejected it", "Human Rights Watch
// and Amnesty International have documented …". Writers take such names
// as known and never introduce them; the name's words are all common
// English words (WordNet's), so it is no person's name, and the text
// shows it as the subject of a verb in the past, of reporting or in the
// perfect. Places, peoples, persons and made things are left out.
const rulePlainActor = "plain-actor"

// rulePlainShape reads a name of common words acting even where
// personNames took it for a person's by its shape alone, two or three
// capitalised words the text writes mid-sentence ("a practice that
// Amnesty International said caused dozens of deaths"): plainName's
// words are all common English words, which a person's name is not. The
// verb must be a simple past or one of reporting, not a perfect ("The
// Flash Appeal has received 22 per cent", a thing), and the name the
// whole of its capitalised run, not the end of one a connector joins
// ("the Minister for Home Affairs held talks").
const rulePlainShape = "plain-shape"

// maxPlainAdverbs bounds the adverbs (lang.IsAdverb, WordNet's) between
// the subject or an auxiliary and the verb ("has also published", "later
// accused").
const maxPlainAdverbs = 2

// findByPlainActor proposes each name of common English words, two words
// or more, that a paragraph writes as the subject of an acting verb.
func findByPlainActor(p *para) []candidate {
	var out []candidate
	words, lower := p.words(), p.lowerWords()
	capital := -1 // the last word before i that may open with a capital
	for i := range words {
		if i >= 2 && capitalBefore(capital, i) {
			if end, ok := actingSubjectEnd(words, lower, i); ok {
				if name := plainName(pastModifier(p, words[:end])); name != "" && plainPerson(p, words, lower, end, name) && !isPlaceOrPeople(name) {
					out = append(out, p.cand(name, scoreMention))
				}
			}
		}
		if mayOpenCapital(words[i]) {
			capital = i
		}
	}
	return out
}

// ruleCompoundModifier reads a compound adjective in -ed that a place's
// or a people's name opens ("London-based", "Iranian-backed") as a
// modifier of the name after it, no word of that name: "London-based
// Amnesty International said …" is Amnesty International's.
const ruleCompoundModifier = "compound-modifier"

// pastModifier returns words, the words before an acting verb, from after
// the last compound modifier among the name words that end them (rule
// compound-modifier), or words itself.
func pastModifier(p *para, words []string) []string {
	if p.off[ruleCompoundModifier] {
		return words
	}
	for k := len(words) - 1; k >= 0 && k >= len(words)-maxNameTokens; k-- {
		if compoundModifier(words[k]) {
			return words[k+1:]
		}
	}
	return words
}

// compoundModifier reports whether w is a capitalised word joined by a
// hyphen to a lower-case participle in -ed: "London-based", "Saudi-led".
func compoundModifier(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || !startsUpper(w) {
		return false
	}
	tail := w[k+1:]
	return len(tail) > 3 && strings.HasSuffix(tail, "ed") && allLetters(tail) && tail == strings.ToLower(tail)
}

// plainPerson reports whether name, which plainName read before the verb
// at words[end] (or its auxiliary), may be read though personNames took it
// for a person's: not taken at all, or taken by its shape alone under rule
// plain-shape (see rulePlainShape).
func plainPerson(p *para, words, lower []string, end int, name string) bool {
	if !p.people[nameKey(name)] {
		return true
	}
	if p.off[rulePlainShape] || end >= len(lower) || isPerfectAux(lower[end]) {
		return false
	}
	start := end - len(strings.Fields(name))
	return start < 2 || !isConnector(lower[start-1]) || !startsUpper(words[start-2])
}

// isPerfectAux reports whether w is an auxiliary of the perfect.
func isPerfectAux(w string) bool { return w == "has" || w == "have" || w == "had" }

// capitalBefore reports whether one of the words before words[i] where
// the name findByPlainActor reads may end (past maxPlainAdverbs adverbs
// and an auxiliary: actingSubjectEnd) may open with a capital, given
// capital, the last word before i that may (mayOpenCapital), or -1. That
// name ends in a capitalised word (plainName, plainWord), so without one
// there is nothing to read, and the verb and adverb look-ups, a build's
// 2.5% of CPU when asked at every word, are skipped. The rule keeps
// capital as it walks the words, so each word is tested once, not once
// for each of the words after it.
func capitalBefore(capital, i int) bool {
	return capital >= 0 && capital >= i-maxPlainAdverbs-2
}

// mayOpenCapital reports whether the word w holds an ASCII capital or a
// byte outside ASCII (w differs from its lowered form, or is not ASCII),
// in one pass over its bytes.
func mayOpenCapital(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// actingSubjectEnd reports whether words[i] is a verb showing its subject
// acting (a past verb that is no word of its own, a verb of reporting, or
// a participle after "has", "have" or "had"), past at most
// maxPlainAdverbs adverbs, and returns where the subject before it ends.
func actingSubjectEnd(words, lower []string, i int) (int, bool) {
	v := trimRight(lower[i], ".,;:")
	if words[i] != lower[i] || v == "" {
		return 0, false
	}
	end := i
	for k := 0; k < maxPlainAdverbs && end > 1 && lang.IsAdverb(lower[end-1]); k++ {
		end--
	}
	if aux := lower[end-1]; aux == "has" || aux == "have" || aux == "had" {
		return end - 1, isParticipleForm(v)
	}
	return end, actsAfterBody(v)
}

// isParticipleForm reports whether v is a past participle by its form
// ("published", "taken"), not "been".
func isParticipleForm(v string) bool {
	vs := verbs.Load()
	return v != "been" && (vs.IsRegularPast(v) || vs.IsIrregularPast(v))
}

// plainName returns the name that ends words when it is two words or
// more, each a capitalised common English word or a connector ("Amnesty
// International", "Prosecutor General's Office"), its first word no title
// and its head no person's noun, people, place, made thing, document or
// agreement, nor a number; or "". A name opening with a possessive that a
// pronoun governs keeps the pronoun ("Her Majesty's Government").
func plainName(words []string) string {
	ws := strings.Fields(stripArticle(nameEnding(words)))
	if len(ws) < 2 || isConnector(ws[len(ws)-1]) {
		return ""
	}
	for _, w := range ws {
		if !isConnector(w) && !plainWord(w) {
			return ""
		}
	}
	first, head := strings.ToLower(ws[0]), strings.ToLower(trimPossessive(ws[len(ws)-1]))
	if isTitle(first) || isPersonWord(head) || lang.IsPeople(head) || lang.IsPlaceNoun(head) || lang.IsDocumentNoun(head) || numberWord(head) > 0 {
		return ""
	}
	return possessedName(words[:len(words)-len(ws)], ws)
}

// possessedName joins ws, a name whose first word may be a possessive,
// to the pronoun before it that governs that possessive: "Her Majesty's
// Government", where "Majesty's Government" is a fragment, no name. The
// pronoun must be written capitalised, as part of the name; a name whose
// possessive a lower-case pronoun governs ("his Party's Congress") is
// none, and "" is returned.
func possessedName(before, ws []string) string {
	if trimPossessive(ws[0]) == ws[0] || len(before) == 0 {
		return strings.Join(ws, " ")
	}
	pron := before[len(before)-1]
	if !isPossessiveDeterminer(strings.ToLower(pron)) {
		return strings.Join(ws, " ")
	}
	if !startsUpper(pron) {
		return ""
	}
	return pron + " " + strings.Join(ws, " ")
}

// plainWord reports whether w is a capitalised common English word: one
// WordNet's tables know as a common word, or a noun of a class the
// gazetteer draws from WordNet's common nouns, or a people's adjective
// ("Slovenian"). A person's name ("Mandela") or a place's ("Warsaw") is
// none: WordNet knows it only as a proper noun.
func plainWord(w string) bool {
	low := strings.ToLower(trimPossessive(w))
	if !startsUpper(w) || !allLetters(low) || lang.IsEnglishStopWord(low) {
		return false
	}
	return wordnet.Load().Knows(low) || lang.Classify(low)&commonClasses != 0
}

// commonClasses are the gazetteer's classes of common nouns and peoples.
const commonClasses = lang.People | lang.GroupNoun | lang.PersonNoun | lang.OrgNoun | lang.StructureNoun | lang.OrgSenseNoun | lang.DocumentNoun
