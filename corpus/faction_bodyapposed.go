package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleBodyApposed: a name the text sets beside a description of a body,
// between commas, is a body's wherever else it is written: "the Majlis,
// Iran's lower house of parliament," and "at the People's Majlis, the
// country's parliament," name a legislature, "A second firm,
// Karazhanbasmunai, …" a company, though the briefing also writes "in the
// Majlis" and "at Karazhanbasmunai" as it writes places. The description's
// noun must be one WordNet files mostly under social groups (lang.BodyNoun)
// and under no place or kind of person: "Burkina Faso, a key ally" is a
// country, an ally being a person as well.
const ruleBodyApposed = "body-apposed"

// maxApposedWords bounds the words of the description read beside a name:
// longer, it is a clause, not a gloss.
const maxApposedWords = 6

// apposedAsBody reports whether text sets name between commas beside a
// description whose noun names a body: after the name ("X, the
// country's parliament,") or before it ("A second firm, X,").
func apposedAsBody(text, name string) bool {
	for rest := text; ; {
		i := strings.Index(rest, name)
		if i < 0 {
			return false
		}
		before, after := rest[:i], rest[i+len(name):]
		if strings.HasPrefix(after, ", ") && describesBody(clauseWords(after[2:])) {
			return true
		}
		if lead, ok := strings.CutSuffix(before, ", "); ok && describesBody(lastClauseWords(lead)) {
			return true
		}
		rest = after
	}
}

// clauseWords returns the words of s up to its first comma, semicolon,
// bracket or sentence end.
func clauseWords(s string) []string {
	if k := strings.IndexAny(s, ",;:()."); k >= 0 {
		s = s[:k]
	}
	return strings.Fields(s)
}

// lastClauseWords returns the words of s after its last comma,
// semicolon, bracket or sentence end.
func lastClauseWords(s string) []string {
	if k := strings.LastIndexAny(s, ",;:()."); k >= 0 {
		s = s[k+1:]
	}
	return strings.Fields(s)
}

// describesBody reports whether words, a description set beside a name,
// are a determiner or a possessor and lower-case words, at most
// maxApposedWords, one of them a noun for a body that is no place and no
// kind of person ("the country's parliament", "Iran's lower house of
// parliament", "a second firm").
func describesBody(words []string) bool {
	if len(words) < 2 || len(words) > maxApposedWords {
		return false
	}
	if first := strings.ToLower(words[0]); !isDeterminer(first) && !isPossessive(first) {
		return false
	}
	body := false
	for _, w := range words[1:] {
		if startsUpper(w) {
			return false
		}
		low := strings.ToLower(w)
		if lang.IsBodyNoun(low) && !lang.IsPlaceNoun(low) && !isPersonWord(low) {
			body = true
		}
	}
	return body
}
