package index

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// The word segmenter bleve's unicode tokenizer runs (blevesearch/segment,
// Unicode's word boundaries, UAX #29) was a third of the analysis of
// indexing: a state machine over the whole of Unicode for text that is
// almost all ASCII. plainWords finds the same words in text made only of
// ASCII and a few punctuation marks (plainRune), and leaves any other text
// to the segmenter (TestPlainWordsAreTheSegmenters).
//
// Over such text the segmenter's rules come to these: a word is a run of
// letters, digits and underscores, in which a full stop, colon or
// apostrophe (’ and ‘ too) may stand between two letters (WB6, WB7:
// "U.S", "it's") and a full stop, comma, semicolon or apostrophe between
// two digits (WB11, WB12: "17,731", "3.5"); every other character stands
// alone and is no word. A word is a number when it has a digit and no
// letter, otherwise a word of letters, as the segmenter types them.

// Character classes of plain text, for plainWords.
const (
	plainOther     = iota // breaks words; no word of its own
	plainLetter           // ALetter
	plainDigit            // Numeric
	plainUnderline        // ExtendNumLet
	plainMidLetter        // MidLetter: between letters only
	plainMidNum           // MidNum: between digits only
	plainMidBoth          // MidNumLet and Single_Quote: between letters or between digits
)

// plainClass is the class of each ASCII byte.
var plainClass = func() (c [utf8.RuneSelf]uint8) {
	for b := 'a'; b <= 'z'; b++ {
		c[b], c[b-'a'+'A'] = plainLetter, plainLetter
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = plainDigit
	}
	c['_'], c[':'], c[','], c[';'], c['.'], c['\''] = plainUnderline, plainMidLetter, plainMidNum, plainMidNum, plainMidBoth, plainMidBoth
	return c
}()

// plainRune is the class of a rune beyond ASCII that plainWords reads,
// and whether it is one: the quotation marks and dashes of ordinary
// prose. None of them is Extend or Format, which the segmenter would join
// to the character before.
func plainRune(r rune) (uint8, bool) {
	switch r {
	case '‘', '’': // MidNumLet
		return plainMidBoth, true
	case '“', '”', '–', '—', '…', '\u00a0': // Other
		return plainOther, true
	}
	return 0, false
}

// plainWords appends to out the words of text as the segmenter finds
// them, each a token with its byte offsets, its position among the words
// and its type, and reports whether it could: false where text holds a
// character other than ASCII and plainRune's, and out is then unchanged.
func plainWords(text []byte, out []analysis.Token) ([]analysis.Token, bool) {
	classes, ok := plainClasses(text)
	if !ok {
		return out, false
	}
	start := -1 // the current word's first byte
	var letters, digits bool
	for i := 0; i <= len(text); {
		class, size := uint8(plainOther), 1
		if i < len(text) {
			class, size = classes(i)
		}
		switch {
		case class == plainLetter || class == plainDigit || class == plainUnderline:
			if start < 0 {
				start, letters, digits = i, false, false
			}
			letters = letters || class == plainLetter
			digits = digits || class == plainDigit
		case start >= 0 && joins(classes, text, start, i, class, size):
		case start >= 0:
			out = append(out, plainToken(text, start, i, letters || !digits, len(out)))
			start = -1
		}
		i += size
	}
	return out, true
}

// plainToken is the token of text[start:end], with n words before it: a
// number unless it has letters (or, underlines alone, no digit either).
func plainToken(text []byte, start, end int, letters bool, n int) analysis.Token {
	typ := analysis.AlphaNumeric
	if !letters {
		typ = analysis.Numeric
	}
	return analysis.Token{Term: text[start:end], Start: start, End: end, Position: n + 1, Type: typ}
}

// joins reports whether the character of class at i, inside a word that
// started at start, joins the word's last character to the next one: a
// mid-word mark between two letters or two digits.
func joins(classes func(int) (uint8, int), text []byte, start, i int, class uint8, size int) bool {
	if class < plainMidLetter || i+size >= len(text) || i == start {
		return false
	}
	before, _ := classes(i - 1) // ASCII: a word's characters all are
	after, _ := classes(i + size)
	switch {
	case before == plainLetter && after == plainLetter:
		return class == plainMidLetter || class == plainMidBoth
	case before == plainDigit && after == plainDigit:
		return class == plainMidNum || class == plainMidBoth
	}
	return false
}

// plainClasses returns a function giving the class and size of the
// character at a byte of text, when text holds only characters
// plainWords reads.
func plainClasses(text []byte) (func(int) (uint8, int), bool) {
	ascii := true
	for _, b := range text {
		if b >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return func(i int) (uint8, int) { return plainClass[text[i]], 1 }, true
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		if _, ok := plainRune(r); !ok && r >= utf8.RuneSelf {
			return nil, false
		}
		i += size
	}
	return func(i int) (uint8, int) {
		if text[i] < utf8.RuneSelf {
			return plainClass[text[i]], 1
		}
		r, size := utf8.DecodeRune(text[i:])
		class, _ := plainRune(r)
		return class, size
	}, true
}
