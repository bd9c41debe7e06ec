package corpus

import "strings"

// Letters given to a name in another language (rule foreign-lettered):
// "absorbed the republican Tentara Nasional Indonesia (TNI)", "the
// Gereja Protestan Maluku (GPM)", "founded the Partido Revolucionario de
// la Izquierda Nacional (PRIN)". Such a name has no English head noun
// for isOrgName to read, yet a writer who spells out the letters of a
// name in its own language is naming a body: people are given initials
// in their own script far less often, and places are kept out by the
// gazetteer. The test is lexical (WordNet and the gazetteer), not a list.

// foreignLettered reports whether long, the long form of an acronym
// definition, is a name of two capitalised words or more at least half
// of whose content words no English table knows (foreignCount), and no
// place or people. The briefing's person names are not consulted: their
// test reads any run of unknown capitalised words as a person's.
//
// A name in brackets or after a comma glosses the English name before it
// ("The West Papua National Committee (Komite Nasional Papua Barat, or
// KNPB)"), and one opened by a language's adjective translates it ("(KLA),
// in Albanian Ushtria Çlirimtare e Kosovës (UÇK)"): the English name is
// the body's, found by the rules for glosses, so before, the text before
// the definition, must not end in "(" or ",". Nor is a name after
// "according to" read: a source cited is no party.
func foreignLettered(long, before string, sentenceCase bool) bool {
	words := strings.Fields(long)
	if len(words) < 2 || isPlaceOrPeople(long) || isPlaceOrPeople(words[0]) {
		return false
	}
	b := strings.TrimRight(before, " *_")
	if strings.HasSuffix(b, "(") || strings.HasSuffix(b, ",") {
		return false
	}
	if strings.HasSuffix(strings.ToLower(strings.TrimSuffix(b, " the")), "according to") {
		return false // "According to Agence France-Presse (AFP)": a source cited, not a party
	}
	if sentenceCase {
		return sentenceCaseForeign(words)
	}
	content := 0
	for _, w := range words {
		if startsUpper(w) {
			content++
		} else if !nameJoiner(w) {
			return false // a lower-case English word: a phrase, not a name
		}
	}
	return content >= 2 && 2*foreignCount(long) >= content
}

// nameJoiner reports whether w is a short lower-case word that joins the
// words of a name in the languages briefings borrow names from ("de",
// "la", "ng", "van", "of").
func nameJoiner(w string) bool {
	return len(w) <= 4 && startsLower(w) && allLetters(w)
}

// sentenceCaseForeign is foreignLettered's test on words, for names in a
// language that capitalises a name's first word alone, as French and the
// other Romance languages do (rule sentence-case-foreign): "Rassemblement
// du peuple de Guinée (RPG)", "Parti de l'unité et du progrès (PUP)".
// Its lower-case words count among the name's own when one of them at
// least is a word no English table knows; lower-case words all English
// make a phrase ("Union of democratic workers"). An elided article
// ("l'unité", "d'Ivoire") is taken off the word it opens. Every name
// foreignLettered accepts without the rule, this accepts.
func sentenceCaseForeign(words []string) bool {
	content, foreign, lower, lowerForeign := 0, 0, false, false
	for _, w := range words {
		bare := withoutElision(trim(w, ".,;:'’"))
		isForeign := foreignCap(bare)
		if isForeign {
			foreign++
		}
		switch {
		case startsUpper(w) || startsUpper(bare):
			content++
		case !nameJoiner(w):
			content++
			lower, lowerForeign = true, lowerForeign || isForeign
		}
	}
	if lower && !lowerForeign {
		return false // a lower-case English phrase, not a name
	}
	return content >= 2 && 2*foreign >= content
}

// withoutElision takes an elided article off the word it opens
// ("l'unité" → "unité", "d'Ivoire" → "Ivoire").
func withoutElision(w string) string {
	for _, apostrophe := range []string{"'", "’"} {
		if len(w) > 2+len(apostrophe) && strings.HasPrefix(w[1:], apostrophe) && startsLower(w) {
			return w[1+len(apostrophe):]
		}
	}
	return w
}
