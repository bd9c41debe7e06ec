package corpus

import "strings"

// nameBeforeRead is nameBefore with the readings rd turns on. With
// readMarkedBefore (rule marked-before) the name before an alias marker
// or a bracketed foreign name is read through the marks a writer sets in
// it: a quoted name that closes the words is read whole ("a group that
// called itself the "Fiancés of Death" (Novios de la Muerte)"), and a
// preposition written with a capital between name words goes on in it
// ("a loose network called Students Against Discrimination, known in
// Bengali as the Boishommobirodhi Chhatro Andolon"). Without them the
// name is cut at the quote or the preposition, and the pair names
// nothing the text defines, so the name in the other language is lost.
func nameBeforeRead(words []string, rd nameReading) string {
	if rd&readMarkedBefore == 0 {
		return nameBefore(words)
	}
	if q := quotedNameBefore(words); q != "" {
		return q
	}
	return prepositionNameBefore(words, nameBefore(words))
}

// quotedNameBefore returns the name a pair of double quotes closing the
// words holds, when it is capitalised name words joined by connectors
// ("Fiancés of Death"), else "".
func quotedNameBefore(words []string) string {
	n := len(words)
	if n == 0 || !strings.HasSuffix(words[n-1], "\"") && !strings.HasSuffix(words[n-1], "”") {
		return ""
	}
	for k := n - 1; k >= 0 && n-k <= maxNameTokens; k-- {
		if strings.HasPrefix(words[k], "\"") || strings.HasPrefix(words[k], "“") {
			return quotedName(words[k:n])
		}
	}
	return ""
}

// quotedName returns the words, their opening and closing quotes
// dropped, joined as a name when every word is a name word or a connector
// between name words, else "".
func quotedName(words []string) string {
	inner := strings.Fields(trim(strings.Join(words, " "), "\"“”"))
	for i, w := range inner {
		inside := i > 0 && i < len(inner)-1
		if !isNameWord(w, false) && !(inside && isConnector(w)) {
			return ""
		}
	}
	return strings.Join(inner, " ")
}

// prepositionNameBefore returns name, the proper name closing the words,
// widened back over each capitalised preposition with a proper name
// before it ("Students" + "Against" + "Discrimination"); name itself
// when none stands before it.
func prepositionNameBefore(words []string, name string) string {
	if name == "" {
		return ""
	}
	s := len(words) - len(strings.Fields(name))
	if s < 0 || strings.Join(words[s:], " ") != name {
		return name // a bracket or an article was read away: leave the name as read
	}
	for s >= 2 && capitalPreposition(words[s-1]) {
		head := nameBefore(words[:s-1])
		if head == "" || strings.Join(words[s-1-len(strings.Fields(head)):s-1], " ") != head {
			break
		}
		name = head + " " + words[s-1] + " " + name
		s -= 1 + len(strings.Fields(head))
	}
	return name
}
