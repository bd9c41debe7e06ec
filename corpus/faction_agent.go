package corpus

import "strings"

// ruleAgentLetters reads a name given letters as the agent of a passive
// verb: "was supported by the far-left Popular Unity Candidacy, or CUP",
// "backed by the Popular Unity Candidacy (PUC)". What acts on others is a
// party, whatever noun heads its name.
const ruleAgentLetters = "agent-letters" // "supported by the far-left Popular Unity Candidacy, or CUP": a name given letters after a participle's "by" acts

// agentBefore reports whether the text before a definition ends with a
// passive's past participle and "by", then "the" and at most two lower-case
// modifiers ("supported by the far-left"): the definition names the
// verb's agent.
func agentBefore(before string) bool {
	words := strings.Fields(before)
	n := len(words)
	for k := 0; k < 2 && n > 0 && startsLower(words[n-1]) && allLettersOrHyphen(words[n-1]) && !strings.EqualFold(words[n-1], "the") && words[n-1] != "by"; k++ {
		n-- // "the far-left …", "the small …"
	}
	if n > 0 && words[n-1] == "the" {
		n--
	}
	if n < 3 || words[n-1] != "by" || !isParticiple(words[n-2]) {
		return false
	}
	// A passive's participle follows a form of "be", or a comma opens it
	// ("…, backed by"): "he stood by" is no passive.
	prev := strings.ToLower(words[n-3])
	return strings.HasSuffix(prev, ",") || isBeForm(prev)
}

// allLettersOrHyphen reports whether w is letters joined by hyphens at
// most ("far-left", "small"): a modifier, not a number or a clause's end.
func allLettersOrHyphen(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if part == "" || !allLetters(part) {
			return false
		}
	}
	return true
}
