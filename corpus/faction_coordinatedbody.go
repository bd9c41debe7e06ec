package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ruleCoordinatedBody reads a lower-case body that "and" joins to a
// name or to another body's noun as a party, as rule lower-body reads
// one acting: "the Royal Bhutan Police (RBP) and the militia", "The army
// and the gendarmerie, unlike the FRS, refused to act". Coordination
// joins constituents of one kind, so a body set beside a named party or
// a body is a party of the same standing, whatever verb governs the
// pair; where nothing acts, a writer naming the two together shows both
// took part. The body's own shape is lower-body's (a determiner, a noun
// whose first sense is an organization or a military unit, or an
// institution's), so "the government" alone still does not count.
const ruleCoordinatedBody = "coordinated-body"

// coordinatedBody reports whether the lower-case body lower[det:j+1]
// (det the index of its "the") is joined by "and" to a party's name or a
// body's noun before it ("the RBP and the militia", "the army and the
// gendarmerie"). The body's noun must close its noun phrase, as a
// stop, a function word or a verb after it shows ("the navy doctor" is
// a doctor, "the household tax" a tax), and "the" must open it: a
// person's possessive ("Hekmatyar's artillery") owns a weapon or a
// unit, no party of its own.
func coordinatedBody(words, lower []string, det, j int) bool {
	if det < 2 || lower[det] != "the" || lower[det-1] != "and" || !joinsBody(words[det-2]) {
		return false
	}
	if j+1 == len(words) || strings.ContainsAny(words[j][len(words[j])-1:], ",.;:") {
		return true
	}
	next := trimRight(lower[j+1], ".,;:")
	return lang.IsEnglishStopWord(next) || actsAfterBody(next)
}

// joinsBody reports whether w, the word before "and" and a lower-case
// body, ends a party's name or is a body's noun: letters in brackets
// ("Police (RBP)") or a noun whose first sense is an organization or a
// military unit, or an institution's ("Front", "Police"); written in
// lower case, only a military unit's ("army"): a list of a state's
// lower-case services names employers, not parties ("recruitment to
// the army, the police and the civil service"). A word closing a clause (a comma or a stop after it) joins
// clauses, not nouns; a place's or a person's name joins no party
// ("the town of Elpitiya and the hill country").
func joinsBody(w string) bool {
	if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") || strings.HasSuffix(w, ";") {
		return false
	}
	if strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") {
		return startsUpper(w[1:])
	}
	low := strings.ToLower(w)
	if !isLowerWord(low) {
		return false
	}
	if low == w {
		return wordnet.Load().Military(low) && isLowerBodyNoun(low, lang.Kinds(low))
	}
	return isLowerBodyNoun(low, lang.Kinds(low)) || wordnet.Load().Institution(low)
}
