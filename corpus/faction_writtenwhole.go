package corpus

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// A name read short of the words the text always writes with it (rule
// written-whole): "Against Communism" where every paragraph writes "the
// Committee of National Defence Against Communism", "Commissariat" where
// it writes "the Commissariat au Nord", "Cambio" where it writes "Cambio
// 90". The rules that cut a name's opening or closing words (a word read
// as a description's, a foreign joiner, a number) cut them by what such words
// usually are; a text that never writes the name without them shows that
// here they are the name's. The faction is named as written, and keeps
// the shorter form as an alias, so a reader finds it by either.

// maxWidenWords bounds the words a name is widened by on either side: a
// name's opening or closing words, not a clause.
const maxWidenWords = 4

// widenToWritten renames f to the longer name every one of its texts
// writes it in, keeping the old name as an alias. A name of letters is
// left alone: an acronym is written inside longer names ("the UN Security
// Council") without being cut from them. So is a name opening in lower
// case: a description ("government of Ceylon"), which a name before it
// ("the United Front government of Ceylon") owns rather than opens.
func (fb *building) widenToWritten() {
	f := fb.f
	if isLetterShaped(f.Name) || startsLower(f.Name) {
		return
	}
	if whole, ok := writtenWhole(f.Name, fb.texts); ok && !namesOutlet(whole) {
		name := f.Name
		f.Name = whole
		f.addAlias(name)
	}
}

// isLetterShaped reports whether name is one word holding no lower-case
// letter ("KGB", "G40"): the shape of an acronym.
func isLetterShaped(name string) bool {
	return !strings.ContainsAny(name, " ") && strings.IndexFunc(name, unicode.IsLower) < 0
}

// writtenWhole returns the one longer name texts write name in wherever
// they write it, and whether there is one: each occurrence of name, as
// whole words and as cased, widened by the name words next to it
// (widenLeft, widenRight), must give the same longer name.
func writtenWhole(name string, texts []string) (string, bool) {
	whole, seen := "", false
	for i, t := range texts {
		if i == maxAliasScan {
			break
		}
		t = blankEmphasis(t)
		for s, e := range occurrences(t, name) {
			if !wordBounded(t, s, e) {
				continue
			}
			w := t[widenLeft(t, s):widenRight(t, e)]
			if seen && w != whole || w == name {
				return "", false
			}
			whole, seen = w, true
		}
	}
	return whole, seen
}

// widenLeft returns where the name opening at s opens once the
// capitalised words written right before it are taken in, with the short
// lower-case joiners between them ("Ain o Salish"): words that may open it
// (mayOpenName) nor a sentence's first word, which is capitalised
// whatever it is.
func widenLeft(t string, s int) int {
	start, joiner := s, s
	numbered := s < len(t) && unicode.IsDigit(rune(t[s]))
	for n := 0; n < maxWidenWords; n++ {
		w, k := wordBefore(t, start)
		switch {
		case w == "":
			return joiner
		case mayOpenName(w, numbered) && !firstOfSentence(t, k):
			start, joiner = k, k
		case joinerWord(w) && start != s:
			start = k
		default:
			return joiner
		}
	}
	return joiner
}

// widenRight returns where the name ending at e ends once a number
// ("Cambio 90") or a joiner and the capitalised words it joins ("au
// Nord") written right after it are taken in.
//
// A word a mark closes ("Nord.") is the last taken in.
func widenRight(t string, e int) int {
	end, joined := e, e
	for n := 0; n < maxWidenWords; n++ {
		w, k := wordAfter(t, end)
		bare := strings.TrimRightFunc(w, isNamePunct)
		k -= len(w) - len(bare)
		switch {
		case bare == "" || strings.IndexFunc(bare, isNamePunct) >= 0:
			return joined
		case end == e && isDigits(bare) && !commonLast(t[:e]), startsUpper(bare) && end != e && !isStopCap(bare):
			end, joined = k, k
		case bare == w && joinerWord(w) && !lang.IsEnglishStopWord(w):
			end = k
		default:
			return joined
		}
		if bare != w {
			return joined
		}
	}
	return joined
}

// firstOfSentence reports whether the word at k of t opens a sentence, a
// list item or the text.
func firstOfSentence(t string, k int) bool {
	before := strings.TrimRight(t[:k], " \n\t\"“(*-")
	return before == "" || strings.ContainsAny(before[len(before)-1:], ".!?:")
}

// mayOpenName reports whether w, written before a name, may open it: a
// capitalised word that is no stop capital, no owner's possessive, no
// description and carries no mark. A place's or a people's word opens
// only a numbered name ("Polish 1st Army", "Iraqi 3rd Armoured
// Division"), which the nation tells apart from its namesakes; before
// any other name it says whose the body is ("the Palestinian Fatah").
func mayOpenName(w string, numbered bool) bool {
	return startsUpper(w) && !isStopCap(w) && trimPossessive(w) == w && !strings.HasSuffix(w, "'") &&
		!describedCompound(w) && strings.IndexFunc(w, isNamePunct) < 0 && (numbered || !isPlaceOrPeople(w))
}

// describedCompound reports whether w is a compound whose second part is
// in lower case ("Soviet-commanded", "Dhaka-based"): a description of
// the body, written before its name, not a word of it.
func describedCompound(w string) bool {
	_, after, ok := strings.Cut(w, "-")
	return ok && startsLower(after)
}

// joinerWord reports whether w may join the words of a name: a connector
// ("of", "des", "du") or a word of one or two letters no English stop
// word ("o", "au", "y"). Longer lower-case words ("held", "near") are
// the clause going on after the name.
func joinerWord(w string) bool {
	return isConnector(w) || len(w) <= 2 && allLetters(w) && startsLower(w) && !lang.IsEnglishStopWord(w)
}

// commonLast reports whether the last word of text is a common English
// word ("Site"): a number after it labels a place or a thing ("Site 2",
// "Camp 5"); after a name of its own it is part of the name ("Cambio
// 90").
func commonLast(text string) bool {
	return wordnet.IsWord(strings.ToLower(text[strings.LastIndexAny(text, " \n\t")+1:]))
}

// namesOutlet reports whether name holds a word that makes a body an
// outlet that reports ("Xinhua News Agency"): outlets are no parties, so
// no name is widened into one.
func namesOutlet(name string) bool {
	return slices.ContainsFunc(strings.Fields(strings.ToLower(name)), reportsNews)
}

// isNamePunct reports whether r is a mark no word inside a name carries:
// one that closes a clause, opens or closes a bracket or a quotation.
func isNamePunct(r rune) bool {
	return strings.ContainsRune(".,;:!?()[]\"“”", r)
}

// wordBefore returns the word that ends at the single space before s in
// t, and where it opens; "" when another character stands there.
func wordBefore(t string, s int) (string, int) {
	if s < 2 || t[s-1] != ' ' {
		return "", s
	}
	k := strings.LastIndexAny(t[:s-1], " \n\t") + 1
	return t[k : s-1], k
}

// wordAfter returns the word that opens after the single space at e in
// t, and where it ends; "" when another character stands there.
func wordAfter(t string, e int) (string, int) {
	if e+1 >= len(t) || t[e] != ' ' {
		return "", e
	}
	k := strings.IndexAny(t[e+1:], " \n\t")
	if k < 0 {
		k = len(t) - e - 1
	}
	return t[e+1 : e+1+k], e + 1 + k
}
