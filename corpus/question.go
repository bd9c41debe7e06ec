package corpus

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
)

// MaxQuestionLen is the longest question, in characters, that briefbot
// searches for, on the command line and in Discord alike. A question is a
// sentence or two; a longer text is almost always a paste by mistake, and
// searching it whole is slow for nothing.
const MaxQuestionLen = 500

// ErrQuestionTooLong means a question is over MaxQuestionLen characters.
var ErrQuestionTooLong = errors.New("question is too long")

// CheckQuestion refuses a question over MaxQuestionLen characters with an
// error wrapping ErrQuestionTooLong that says how long it is and what to
// do; it does not echo the question back.
func CheckQuestion(q string) error {
	if n := utf8.RuneCountInString(q); n > MaxQuestionLen {
		return fmt.Errorf("%w: %d characters, the limit is %d; ask about one name, place or event at a time",
			ErrQuestionTooLong, n, MaxQuestionLen)
	}
	return nil
}

// LanguageNote returns a sentence for the reader when q is plainly not
// written in English, since the briefings are matched word for word in
// English; otherwise "". The question is still searched: names match in
// any language.
func LanguageNote(q string) string {
	l := lang.Guess(q)
	if l == "" {
		return ""
	}
	return fmt.Sprintf("This question looks like %s; the briefings are matched in English, so only names may match. Try asking in English.", l)
}
