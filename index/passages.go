package index

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index/internal/rank"
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
// askedBefore, unless noTurns).
func introduction(b *corpus.Briefing, n int, noTurns bool) string {
	if n < 2 {
		return ""
	}
	if lead := leadIn(b.Paragraphs[n-2].Text); lead != "" {
		return lead
	}
	if noTurns {
		return ""
	}
	return askedBefore(b.Paragraphs, n)
}

// leadIn returns text if it introduces the next paragraph, or "".
// A paragraph leads in when it ends with a colon ("As the minister told
// reporters:") or asks a question ("Where are the displaced staying?"),
// or is a reporter's turn in a transcript, which may end on a remark
// ("Q: What about the money? The island depends on donors."): the
// answer follows in the next paragraph, which never repeats the
// question's words.
func leadIn(text string) string {
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "?") || asksTurn(t) {
		return text
	}
	return ""
}

// askedBefore is the question turn answered by the turn that paragraph n
// of ps carries on: n bears no speaker's label, the paragraphs back to
// the answer's labelled first paragraph bear none either and stand in
// n's section, and that first paragraph follows a question turn. "" when
// n continues no such answer.
func askedBefore(ps []corpus.Paragraph, n int) string {
	p := ps[n-1]
	if speakerLabel(p.Text) != "" {
		return ""
	}
	for k := n - 1; k >= 2 && n-k <= maxTurn && ps[k-1].Section == p.Section; k-- {
		label := speakerLabel(ps[k-1].Text)
		if label == "" {
			continue
		}
		if q := ps[k-2]; !asksLabel(label) && q.Section == p.Section && asksTurn(q.Text) {
			return q.Text
		}
		return ""
	}
	return ""
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

// speakerLabel is the speaker's label a transcript paragraph opens with,
// without its colon, emphasis or parenthesis ("MS. KGOSANA" for "MS.
// KGOSANA: Our heads of state …", "Q" for "Q (Pia, Metro Herald): …"):
// one to four words in capital letters before a colon. "" when the
// paragraph opens otherwise.
func speakerLabel(text string) string {
	head, _, found := strings.Cut(text, ":")
	if !found || len(head) > 60 {
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

// listItemsIn are the spans, in indexed text whose paragraph starts at
// body, of the items of paragraph p when it is a list of two items or
// more (see corpus.ListItems); nil otherwise.
func listItemsIn(p string, body int) [][2]int {
	items := corpus.ListItems(p)
	if len(items) < 2 {
		return nil
	}
	for i := range items {
		items[i][0] += body
		items[i][1] += body
	}
	return items
}

// readItems sets c's features (see features) as those of its best item
// when c is a list (see listItemsIn), read with what introduces the
// list. A list's items are statements of their own (a chronology's
// entries, a roster's members), so words of the question spread over
// several items do not answer it the way one sentence holding them all
// does: read whole, a long chronology holds most questions' words
// somewhere and outranks the paragraph that answers. The best item holds
// one of the question's names if any does, then scores highest under w
// (context features aside, which are read off the candidates together
// afterwards); ties go to the first. Items holding none of the question's
// terms are not read: in a long list most hold none, and reading each
// would cost as much as another candidate. It reports whether c is a
// list.
func readItems(c *candidate, pl plan, about map[string]map[string]bool, w rank.Weights) bool {
	if len(c.items) < 2 {
		return false
	}
	best, bestAnchored, bestScore := 0, false, math.Inf(-1)
	for i, it := range c.items {
		if !holdsTermIn(c.whole, it) {
			continue // nothing of the question: no better than the lead-in alone
		}
		c.terms = termsWithin(c.whole, it, c.body)
		f := features(c, pl, about)
		f[rank.BM25] = 0
		s := w.Score(f)
		if c.anchored && !bestAnchored || c.anchored == bestAnchored && s > bestScore {
			best, bestAnchored, bestScore = i, c.anchored, s
		}
	}
	c.terms = termsWithin(c.whole, c.items[best], c.body)
	c.features = features(c, pl, about)
	return true
}

// holdsTermIn reports whether any term of ts stands in span.
func holdsTermIn(ts map[string][]termAt, span [2]int) bool {
	for _, locs := range ts {
		for _, l := range locs {
			if l.start >= span[0] && l.start < span[1] {
				return true
			}
		}
	}
	return false
}

// termsWithin are the terms of ts, with their locations, that stand in
// span or before lead (in what introduces the paragraph).
func termsWithin(ts map[string][]termAt, span [2]int, lead int) map[string][]termAt {
	out := make(map[string][]termAt, len(ts))
	for term, locs := range ts {
		var kept []termAt
		for _, l := range locs {
			if l.start < lead || l.start >= span[0] && l.start < span[1] {
				kept = append(kept, l)
			}
		}
		if len(kept) > 0 {
			out[term] = kept
		}
	}
	return out
}
