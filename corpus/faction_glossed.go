package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// Rules reading a group's name a writer glosses rather than capitalises:
// a word of another language, lower-case or not, that the text explains
// with a group noun ("the firqat, irregular companies of tribesmen"), or
// gives as what a group is "so-called" ("a paramilitary force under the
// interior ministry, the so-called Réserve ministérielle"). No English
// word is read so: the word must be unknown to WordNet and the gazetteer.
const (
	ruleGlossedWord = "glossed-word" // "the firqat, irregular companies of tribesmen": a foreign word a group noun glosses
	ruleSoCalled    = "so-called"    // "a paramilitary force …, the so-called Réserve ministérielle": a name a group noun introduces
)

// findByGlossedWord proposes a word no English table knows, written after
// "the" and set beside a description headed by a group noun: "the firqat,
// irregular companies of Dhofari tribesmen", "the janjawid, Arab militias".
func findByGlossedWord(p *para) []candidate {
	var out []candidate
	words, lower := p.words(), p.lowerWords()
	for i := 1; i+1 < len(words); i++ {
		if lower[i-1] != "the" || !strings.HasSuffix(words[i], ",") {
			continue
		}
		w := strings.TrimSuffix(words[i], ",")
		if !foreignWord(w) || !glossedAsGroup(lower[i+1:min(len(lower), i+7)]) {
			continue
		}
		if !p.off[ruleEnglishParts] && englishParts(w) {
			continue // "the prosecutor-general, a move that …": English words joined
		}
		out = append(out, p.cand(w, scoreDefined))
	}
	return out
}

// foreignWord reports whether w, lower-case letters and perhaps inner
// hyphens, is a word neither WordNet nor the gazetteer knows: a borrowed
// word the text must explain ("firqat", "interahamwe").
func foreignWord(w string) bool {
	if len(w) < 4 || !startsLower(w) || !allLetters(strings.ReplaceAll(w, "-", "")) {
		return false
	}
	return lang.Classify(w) == 0 && !wordnet.IsWord(w) && !lang.IsEnglishStopWord(w)
}

// englishParts reports whether w joins by hyphens two words or more
// that WordNet knows: an English compound ("prosecutor-general",
// "vice-chairman"), which no text glosses as a borrowed name.
func englishParts(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		if !wordnet.IsWord(part) {
			return false
		}
	}
	return true
}

// glossedAsGroup reports whether lower opens a noun phrase, with or
// without an indefinite article, headed by a group noun before any
// punctuation or connector: "irregular companies of …", "a local militia".
func glossedAsGroup(lower []string) bool {
	for i, w := range lower {
		if i == 0 && indefinite(w) {
			continue
		}
		core := trimRight(w, ".,;:!?)”\"'’")
		if isPredicateNoun(core) {
			return true
		}
		if core != w || isConnector(core) || i >= 4 {
			return false
		}
	}
	return false
}

// findBySoCalled proposes the name a writer gives as what a group is
// "so-called", in apposition to a description headed by a group noun:
// "a paramilitary force under the interior ministry, the so-called Réserve
// ministérielle, which …". The name opens with a capital; words after
// its first are capitalised or foreign, up to the clause's end.
func findBySoCalled(p *para) []candidate {
	var out []candidate
	words, lower := p.words(), p.lowerWords()
	for i := 2; i+1 < len(words); i++ {
		if lower[i] != "so-called" || lower[i-1] != "the" || !strings.HasSuffix(words[i-2], ",") || !groupBefore(lower[:i-1]) {
			continue
		}
		if name := soCalledName(words[i+1:]); name != "" {
			out = append(out, p.cand(name, scoreDefined))
		}
	}
	return out
}

// groupBefore reports whether the clause lower closes with (the last
// eight words before its comma) holds a noun phrase headed by a group
// noun after an article: "a paramilitary force under the interior
// ministry,".
func groupBefore(lower []string) bool {
	from := max(0, len(lower)-8)
	for k := len(lower) - 1; k > from; k-- {
		if strings.ContainsAny(lower[k-1], ".;:") {
			return false
		}
		if (lower[k-1] == "a" || lower[k-1] == "an") && glossedAsGroup(lower[k:min(len(lower), k+4)]) {
			return true
		}
	}
	return false
}

// soCalledName reads the name opening words: a capitalised word, then
// capitalised or foreign words, at most four, ending at punctuation or a
// word of neither kind; "" when the first word is not capitalised.
func soCalledName(words []string) string {
	var name []string
	for _, w := range words[:min(len(words), 4)] {
		core := trimRightPunct(w, ".,;:!?)”\"'’")
		if len(name) == 0 && !isNameWord(core, false) || len(name) > 0 && !isNameWord(core, false) && !foreignWord(core) {
			break
		}
		name = append(name, core)
		if core != w {
			break
		}
	}
	return strings.Join(name, " ")
}
