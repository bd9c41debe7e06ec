package corpus

import "strings"

// ruleSerialComplement reads a body's name whose complement coordinates
// three or more capitalised nouns with commas: "the Provisional Council
// of the Army, Navy and Air Force", "the Supreme Council of Workers,
// Peasants and Soldiers". The commas are the name's, not a list's: the
// conjuncts share the complement's "of" (and its article), so none takes
// an article of its own; the first is no place or people, and the first
// and the last are alike, both group nouns or neither (a list "the Front
// of Veldia, Coastal Brigade and Free Army" names a place, then groups).
const ruleSerialComplement = "serial-complement"

// maxConjunct bounds the words of one conjunct of a serial complement.
const maxConjunct = 3

// conjunctEnd returns the index after the conjunct opening at words[k]:
// one to three capitalised words, the last ending with a comma or other
// punctuation, or before a word that is not capitalised; and whether a
// comma closes it. It returns k when no conjunct opens there.
func conjunctEnd(words []string, k int) (int, bool) {
	for n := k; n < len(words) && n-k < maxConjunct; n++ {
		core := strings.TrimRight(words[n], ".,;:!?)”\"'’*")
		if !isRunWord(core) || isConnector(core) {
			return n, false
		}
		if core != words[n] {
			return n + 1, strings.HasSuffix(words[n], ",")
		}
	}
	n := min(len(words), k+maxConjunct)
	if n < len(words) && isRunWord(cleanWord(words[n])) {
		return k, false // a longer run of capitals is no conjunct
	}
	return n, false
}

// serialEnd returns the index after a serial coordination whose first
// conjunct, words[first:k+1], ends with the comma of words[k]: further
// conjuncts closed by commas, then "and" and the last one. It returns -1
// when the words after k are no such coordination.
func serialEnd(words []string, first, k int) int {
	head := conjunct(words[first : k+1])
	if isPlaceOrPeople(head) {
		return -1
	}
	for n := k + 1; n < len(words); {
		if words[n] == "and" {
			end, _ := conjunctEnd(words, n+1)
			if end == n+1 || isOrgName(head) != isOrgName(conjunct(words[n+1:end])) {
				// "the Front of Veldia, Coastal Brigade and Free Army": a
				// name, then bodies, list three groups; one name's
				// conjuncts are alike ("Army, Navy and Air Force").
				return -1
			}
			return end // the last conjunct may close the name with a comma
		}
		end, comma := conjunctEnd(words, n)
		if end == n || !comma && (end >= len(words) || words[end] != "and") {
			return -1 // "A, B and C" and "A, B, and C"
		}
		n = end
	}
	return -1
}

// serialStart returns the index of the "of" opening a serial complement
// that closes words ("… Council of the Army, Navy and Air Force"), or -1.
func serialStart(words []string) int {
	for of := len(words) - 4; of >= 0 && of >= len(words)-2-3*maxConjunct; of-- {
		if words[of] != "of" {
			continue
		}
		first := of + 1
		if first < len(words) && words[first] == "the" {
			first++
		}
		for k := first; k < len(words) && k < first+maxConjunct; k++ {
			if !strings.HasSuffix(words[k], ",") {
				continue
			}
			if serialEnd(words, first, k) == len(words) {
				return of
			}
			break
		}
	}
	return -1
}

// serialNameBefore reads the name closing words when it ends with a
// serial complement after an organisation's name, or "".
func serialNameBefore(words []string) string {
	of := serialStart(words)
	if of < 1 {
		return ""
	}
	head := nameBefore(words[:of])
	if head == "" || !isOrgName(head) {
		return ""
	}
	return head + " " + strings.Join(words[of:], " ")
}

// conjunct returns the words of one conjunct as a name, without the
// punctuation closing it.
func conjunct(words []string) string {
	return strings.TrimRight(strings.Join(words, " "), ".,;:!?)”\"'’*")
}
