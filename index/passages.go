package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus"
)

// A passage is read with what introduces it. A paragraph leads into the
// next when it ends with a colon ("As the minister told reporters:") or
// asks a question; in a press-briefing transcript, a reporter's question
// turn ("Q: What about the money? The island depends on donors.")
// introduces every paragraph of the answer turn that follows it, none of
// which repeats the question's words.

// maxTurn bounds how many paragraphs back an answer turn is followed to
// its speaker's label: a turn is a few paragraphs, and a text without
// labels must not cost a walk over all of it.
const maxTurn = 8

// introduction is the text of the paragraph that introduces paragraph n
// of b, or "": the paragraph before when it leads in (see leadIn), else
// the question turn that paragraph n's answer turn answers (see
// askedBefore). noTurns reads no speaker's labels, for ablation: only a
// colon or a question mark leads in. It fails only when a paragraph
// cannot be read (corpus.Briefing.Text).
func introduction(b *corpus.Briefing, n int, noTurns bool) (string, error) {
	k, err := introducer(b, n, noTurns)
	if err != nil || k == 0 {
		return "", err
	}
	return b.Text(k)
}

// introducer is the number of the paragraph whose text introduction
// returns, or 0 when none introduces paragraph n.
func introducer(b *corpus.Briefing, n int, noTurns bool) (int, error) {
	if n < 2 {
		return 0, nil
	}
	prev, err := b.Text(n - 1)
	if err != nil {
		return 0, err
	}
	if leadIn(prev, !noTurns) != "" {
		return n - 1, nil
	}
	if noTurns {
		return 0, nil
	}
	return askedBefore(b, n)
}

// leadIn returns text if it introduces the next paragraph, or "".
// A paragraph leads in when it ends with a colon ("As the minister told
// reporters:") or asks a question ("Where are the displaced staying?"),
// or, when turns, is a reporter's turn in a transcript, which may end on
// a remark ("Q: What about the money? The island depends on donors."):
// the answer follows in the next paragraph, which never repeats the
// question's words.
func leadIn(text string, turns bool) string {
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "?") || turns && asksTurn(t) {
		return text
	}
	return ""
}

// askedBefore is the number of the question turn answered by the turn that paragraph n
// of ps carries on: n bears no speaker's label, the paragraphs back to
// the answer's labelled first paragraph bear none either and stand in
// n's section, and that first paragraph follows a question turn. 0 when
// n continues no such answer.
func askedBefore(b *corpus.Briefing, n int) (int, error) {
	ps := b.Paragraphs
	text, err := b.Text(n)
	if err != nil || speakerLabel(text) != "" {
		return 0, err
	}
	section := ps[n-1].Section
	for k := n - 1; k >= 2 && n-k <= maxTurn && ps[k-1].Section == section; k-- {
		t, err := b.Text(k)
		if err != nil {
			return 0, err
		}
		label := speakerLabel(t)
		if label == "" {
			continue
		}
		if asksLabel(label) || ps[k-2].Section != section {
			return 0, nil
		}
		q, err := b.Text(k - 1)
		if err != nil || !asksTurn(q) {
			return 0, err
		}
		return k - 1, nil
	}
	return 0, nil
}

// introducers holds introducer for every paragraph of a corpus, per
// briefing, so that a search whose corpus reads its text from disk need not
// walk up to maxTurn paragraphs back, reading each, for every candidate.
type introducers map[*corpus.Briefing][]int32

// introducersOf is introducer for every paragraph of c, read while c
// holds its text.
func introducersOf(c *corpus.Corpus, noTurns bool) (introducers, error) {
	in := make(introducers, len(c.Briefings))
	for _, b := range c.Briefings {
		ks := make([]int32, len(b.Paragraphs))
		for i := range ks {
			k, err := introducer(b, i+1, noTurns)
			if err != nil {
				return nil, err
			}
			ks[i] = int32(k)
		}
		in[b] = ks
	}
	return in, nil
}

// asksTurn reports whether text is a reporter's turn in a transcript: it
// opens with a questioner's label ("Q:", "Q (Pia, Metro Herald):",
// "QUESTION:").
func asksTurn(text string) bool { return asksLabel(speakerLabel(text)) }

// asksLabel reports whether a speaker's label is a questioner's: the
// transcript convention names reporters by role, not by name.
func asksLabel(label string) bool {
	switch label {
	case "Q", "QUESTION", "REPORTER":
		return true
	}
	return false
}

// maxLabel is the longest speaker's label read, in bytes, with its
// parenthesis ("Q (Pia, Metro Herald)"): only the paragraph's start is
// scanned for the colon.
const maxLabel = 60

// speakerLabel is the speaker's label a transcript paragraph opens with,
// without its colon, emphasis or parenthesis ("MS. KGOSANA" for "MS.
// KGOSANA: Our heads of state …", "Q" for "Q (Pia, Metro Herald): …"):
// one to four words in capital letters before a colon. "" when the
// paragraph opens otherwise.
func speakerLabel(text string) string {
	head, _, found := strings.Cut(text[:min(len(text), maxLabel+1)], ":")
	if !found {
		return ""
	}
	if i := strings.IndexByte(head, '('); i > 0 && strings.HasSuffix(strings.TrimRight(head, "* "), ")") {
		head = head[:i]
	}
	head = strings.TrimSpace(strings.Trim(strings.TrimSpace(head), "*_"))
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		if !capitalWord(w) {
			return ""
		}
	}
	return strings.Join(words, " ")
}

// capitalWord reports whether w is written in capital letters, with the
// dots, apostrophes and hyphens of titles and names ("LTCOL.",
// "D'SOUZA"), and holds at least one letter.
func capitalWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '\'' || r == '’' || r == '-':
		default:
			return false
		}
	}
	return letters > 0 && utf8.RuneCountInString(w) <= 20
}
