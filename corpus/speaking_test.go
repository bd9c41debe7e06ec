package corpus

import "testing"

// TestSpeakingFrom: the contract of the speaking-from date (speaking.go),
// a case for what sets, resets and inherits each of its two days. Each
// carry's own cases are in TestDateRules under its rule.
func TestSpeakingFrom(t *testing.T) {
	const wire = "ACCRA, 3 March 2011 (Wire) - "
	checkEventDates(t, []dateCase{
		// Sets: a dispatch's undated lead starts the told day at the moment of writing.
		{"a dispatch's lead inherits the moment and starts the told day", "", wire + "Troops sealed off the parliament. They also arrested two ministers.", []string{"2011-03-03", "2011-03-03"}},
		// Resets: a sentence whose dates move the narrative ends the told day.
		{"a dated sentence moves the told day", "", wire + "The president dissolved the cabinet on Wednesday. The army had seized power in 2009. Troops sealed off the parliament.", []string{"2011-03-02", "2009"}},
		// Resets: a paragraph two past the one that told it.
		{"the dispatch's day kept by a state reaches no further than the next paragraph", "", wire + "Troops sealed off the parliament.\n\nThe cabinet was unpopular.\n\nThe army was loyal.\n\nThe vote was close.\n\nTroops also arrested two ministers.", []string{"2011-03-03"}},
		{"the dispatch's day kept by a state reaches the next paragraph", "", wire + "Troops sealed off the parliament. The cabinet was unpopular.\n\nTroops also arrested two ministers.", []string{"2011-03-03", "2011-03-03"}},
		// Resets: a heading's moment ends with its section.
		{"a heading's moment ends with its section", "", "## Briefing, Wednesday 20 September 2006\n\nThe army seized power yesterday.\n\n## 2005: background\n\nThe court annulled the poll on 8 October.", []string{"2006-09-19", "2005-10-08"}},
	})
	checkRuleCases(t, []dateRuleCase{
		// Inherits: a sentence whose only date is a year naming a
		// thing is undated, and inherits as any undated sentence does.
		{ruleDispatchPerfect, dateCase{"a news perfect whose year names a law", "2009-03-01", "DHAKA, 25 February (Wire) - Gunfire broke out at the barracks on Wednesday.\n\nDeputies have stripped the general of privileges that a 2003 law granted.", []string{"2009-02-25", "2009-02-25"}}},
	})
}
