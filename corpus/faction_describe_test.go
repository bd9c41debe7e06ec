package corpus

import (
	"cmp"
	"slices"
	"strings"
	"testing"
)

// describeCases are what /group should show of a faction: the entry a list
// gives it, cut to its item, the term a writer bolds, and the sentences
// describing it beside the summary. TestDescribeAblation disables each
// case's rule and checks that the case then fails.
var describeCases = []struct {
	name, rule, body string
	faction          string // the faction's name
	summary, passage string // what its summary and one of its passages hold, if given
	notInSummary     string // what its summary must not hold, if given
}{
	{"list item labelled with the name and its acronym", ruleEntryLabel,
		"Two groups lead the insurgency: the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\n- **Vanatra Front (VF)**: a coastal movement of fishermen.\n- **Aldor Freedom Army (AFA)**: the largest rebel group, led by Mira Tol.",
		"Aldor Freedom Army", "the largest rebel group", "", ""},
	{"entry cut to its item", ruleEntryItem,
		"Two groups lead the insurgency: the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\n- **Aldor Freedom Army (AFA)**: the largest rebel group, led by Mira Tol.\n- **Vanatra Front (VF)**: a coastal movement of fishermen.",
		"Aldor Freedom Army", "the largest rebel group", "", "coastal movement"},
	{"name in bold where the writer introduces it", ruleBoldTerm,
		"The Village Guard held the passes in May.\n\nShort of men, the junta raised a **Village Guard** through the conscription of farmers.",
		"Village Guard", "conscription of farmers", "", ""},
	{"definition kept beside the entry", rulePassages,
		"Two groups lead the insurgency: the Aldor Freedom Army (AFA), the oldest of the rebel groups, and the Vanatra Front (VF).\n\n- **Aldor Freedom Army (AFA)**: the largest rebel group, led by Mira Tol.",
		"Aldor Freedom Army", "the largest rebel group", "the oldest of the rebel groups", ""},
	{"subject with an apposition", rulePassages,
		"The war was fought by the Aldor Freedom Army (AFA), the Vanatra Front (VF) and the Coastal League (CL).\n\nThe AFA, founded in 1961 by exiles, recruited in the hills.",
		"Aldor Freedom Army", "", "founded in 1961 by exiles", ""},
	{"relative clause after the name", rulePassages,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nIn the east stood the regular AFA, which committed 5,000 troops to the offensive.",
		"Aldor Freedom Army", "", "committed 5,000 troops", ""},
	{"subject of a clause after a conjunction", rulePassages,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nBoth sides abused civilians, but the VF became notorious for kidnappings.",
		"Vanatra Front", "", "notorious for kidnappings", ""},
	{"sentences referring back go on describing", ruleReferBack,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nThe VF was founded in 1980 by exiles. Its founder had served in the army. The movement's central demand was a separate state. Talks never began.",
		"Vanatra Front", "", "central demand was a separate state", ""},
	{"referring back past a sentence about its founder", ruleReferOn,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nThe VF was founded by Mira Tol in 1980. Tol, born in 1936 near the coast, had served in the navy. The movement, small at first, demanded a separate state. Talks never began.",
		"Vanatra Front", "", "demanded a separate state", ""},
	{"a possessive in an opening phrase refers back", ruleReferFronted,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nThe VF was, by 1965, the largest party in the south. Under its chairman, Mira Tol, it had built a web of affiliated unions. Talks never began.",
		"Vanatra Front", "", "web of affiliated unions", ""},
	{"a sentence naming it as subject goes on describing it", ruleReferNamed,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nThe VF was founded in 1980 by exiles close to the AFA. The VF sought autonomy rather than independence. Talks never began.",
		"Vanatra Front", "", "sought autonomy rather than independence", ""},
	{"numbered paragraph labelled with the name", ruleNumberedLabel,
		"1.1 On 30 August units of the Aldor Defence Force (ADF) attacked police stations in the capital, and the Vanatra Front (VF) and the Coastal League (CL) condemned the attack.\n\n1.2 Police investigators sought to question soldiers, and the ADF declined to cooperate.\n\n4.1 **Aldor Defence Force (ADF).** The national army of about 2,000 personnel.\n\n4.2 **Vanatra Front (VF).** The main opposition party.",
		"Aldor Defence Force", "national army of about 2,000 personnel", "", "4.2"},
	{"a list entry glosses the name it labels", ruleEntryGloss,
		"The Aldor Freedom Army (AFA) was founded in 1961 by exiles. The AFA and the Vanatra Front (VF) fought the army.\n\n- **Vanatra Front (VF)**: a coastal movement of fishermen.\n- **Aldor Freedom Army (AFA)**: the largest rebel group, led by Mira Tol.",
		"Aldor Freedom Army", "", "the largest rebel group", ""},
	{"a list entry glosses the body its label's letters name", ruleEntryGloss,
		"The Aldor Freedom Army (AFA) was founded in 1961 by exiles. The AFA and the Vanatra Front (VF) fought the army.\n\n- **Vanatra Front (VF)**: a coastal movement of fishermen.\n- **Aldor People's Army (AFA)**: the largest rebel group, renamed in 1990.",
		"Aldor Freedom Army", "", "the largest rebel group", ""},
	{"a relative clause in whose", ruleWhoseClause,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nThe unions were tied to the VF, whose left wing followed Mira Tol.",
		"Vanatra Front", "", "whose left wing followed", ""},
	{"a section number before the subject", ruleNumberedSubject,
		"1.1 The Aldor Freedom Army (AFA) and the Vanatra Front (VF) signed the truce.\n\n8.4 The VF is the parliamentary opposition.",
		"Vanatra Front", "", "parliamentary opposition", ""},
	{"a possessor for the subject's article", rulePossessorSubject,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nMira Tol's VF won a large majority of the seats.",
		"Vanatra Front", "", "won a large majority", ""},
	{"a founding verb before the name", ruleFoundedObject,
		"- **Vanatra Front (VF)**: a coastal movement.\n- **Aldor Freedom Army (AFA)**: a rebel group.\n\nIn 1980 dock workers founded the VF in the port. The new movement grouped fishermen and dockers.",
		"Vanatra Front", "", "grouped fishermen and dockers", ""},
	{"a comparison fronted before the subject", ruleFrontedContrast,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nUnlike the AFA, the VF sought autonomy rather than independence.",
		"Vanatra Front", "", "sought autonomy", ""},
	{"a short fronted phrase with no comma", ruleFrontedBare,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nFrom then on the VF was the only rebel force in the field.",
		"Vanatra Front", "", "only rebel force in the field", ""},
	{"a fronted phrase of time opened by since", ruleFrontedBare,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nSince then the VF has been led by Mira Tol from the hills.",
		"Vanatra Front", "", "led by Mira Tol from the hills", ""},
	{"the next paragraph takes the name up by its head", ruleReferNext,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nIn 1980 exiles met in the port and set up the Coastal Liberation Front (CLF), led by Mira Tol.\n\nThe front recruited fishermen along the coast. Talks never began.\n\nIn 1981 the CLF raided the port.\n\nIn 1982 the CLF raided the fort.",
		"Coastal Liberation Front", "", "recruited fishermen along the coast", ""},
	{"subject after a speaker's label and its letters", rulePassages,
		"The Aldor Stabilisation Mission (ASM) and the Vanatra Front (VF) signed the truce.\n\nCOLONEL TOL: The Aldor Stabilisation Mission, ASM, remains present in the port.",
		"Aldor Stabilisation Mission", "", "remains present in the port", ""},
	{"a naming verb before the name", ruleNamingVerb,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nThe mutineers of the port came to be called the VF. They recruited fishermen along the coast.",
		"Vanatra Front", "", "recruited fishermen along the coast", ""},
	{"letters spelled out where the summary does not", ruleSpelledLetters,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nThe regular army, the Coastal Defence Force, was commanded by Mira Tol.\n\nIn 1980 the militias were to be merged into a new Coastal Defence Force (CDF) under foreign supervision.",
		"Coastal Defence Force", "regular army", "under foreign supervision", ""},
	{"a definite description by the head in the next paragraph takes the name up", ruleReferHead,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nIn 1980 the council created a Coastal Intervention Brigade (CIB) within the mission.\n\nTalks began in June.\n\nBy then the brigade was declared fully operational.",
		"Coastal Intervention Brigade", "", "declared fully operational", ""},
	{"a description keeping a word of the name, later in the paragraph", ruleReferHead,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nThe Coastal Military Government (CMG) ruled the port from 1980.\n\nIn 1947 relations between the CMG and the port broke down. The military government treated the strike as a plot.",
		"Coastal Military Government", "", "treated the strike as a plot", ""},
	{"a complement in of before the description's verb", ruleReferHeadOf,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nIn 1980 the council created a Coastal Intervention Brigade (CIB) within the mission.\n\nThe brigade of about 3,000 troops was drawn from three states.",
		"Coastal Intervention Brigade", "", "drawn from three states", ""},
	{"a count before the name of the body's people acting", ruleCountedMembers,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nSeveral thousand VF fighters held the port through the winter.",
		"Vanatra Front", "", "held the port through the winter", ""},
	{"a speaker's emphasised label before the subject", ruleLabelledSubject,
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\n**COLONEL TOL:** The Vanatra Front is deployed along the coast in a high state of readiness.",
		"Vanatra Front", "", "deployed along the coast", ""},
}

func TestDescribeCases(t *testing.T) {
	for _, tt := range describeCases {
		t.Run(tt.name, func(t *testing.T) {
			fs, _ := extractFactions([]*Briefing{briefing(t, "t", "# T\n\n"+tt.body+"\n")})
			f := byName(fs, tt.faction)
			if f == nil {
				t.Fatalf("%q not found; got %q", tt.faction, names(fs))
			}
			if !describedLike(f, tt.summary, tt.passage, tt.notInSummary) {
				t.Errorf("summary %q, passages %+v; want summary with %q and without %q, a passage with %q", f.Summary, f.Passages, tt.summary, tt.notInSummary, tt.passage)
			}
		})
	}
}

// TestDescribeAblation shows each rule is needed: with it disabled, its
// case is no longer described as it should be.
func TestDescribeAblation(t *testing.T) {
	for _, tt := range describeCases {
		t.Run(tt.rule+"/"+tt.name, func(t *testing.T) {
			x := extractor{disabled: map[string]bool{tt.rule: true}}
			fs, _ := x.run([]*Briefing{briefing(t, "t", "# T\n\n"+tt.body+"\n")})
			if f := byName(fs, tt.faction); f != nil && describedLike(f, tt.summary, tt.passage, tt.notInSummary) {
				t.Errorf("without rule %s %q is still described as wanted: the case does not exercise it", tt.rule, tt.faction)
			}
		})
	}
}

// describedLike reports whether f's summary holds summary and not
// notInSummary, and one of its passages holds passage (each if given).
func describedLike(f *Faction, summary, passage, notInSummary string) bool {
	if !strings.Contains(f.Summary, summary) || notInSummary != "" && strings.Contains(f.Summary, notInSummary) {
		return false
	}
	return passage == "" || slices.ContainsFunc(f.Passages, func(m Mention) bool { return strings.Contains(m.Sentence, passage) })
}

// TestDescribesIn rates single sentences, as the passages rule reads them.
func TestDescribesIn(t *testing.T) {
	tests := []struct {
		sentence, form string
		want           int
	}{
		{"The AFA was founded in 1961.", "AFA", describesCopula},
		{"The AFA, led by Mira Tol, held the hills.", "AFA", describesCopula},
		{"AFA recruits were trained abroad.", "AFA", describesActs},
		{"The AFA held the hills.", "AFA", describesActs},
		{"Troops fought the AFA in the hills.", "AFA", 0},
		{"Troops fought the AFA, which held the hills.", "AFA", describesCopula},
		{"Under foreign patronage, the AFA became a large army.", "AFA", describesCopula},
		{"Meanwhile, the AFA held the hills.", "AFA", 0},
		{"In the east, by the river, the AFA held the hills.", "AFA", 0},
		{"In the east stood the AFA, bands of young men from the hills.", "AFA", describesCopula},
		{"Troops fought the AFA, a rebel group from the hills.", "AFA", describesCopula},
		{"Troops fought the AFA, the VF and the CL.", "AFA", 0},
		{"The AFAR held the hills.", "AFA", 0},
		{"- **Aldor Freedom Army (AFA)**: the largest rebel group.", "Aldor Freedom Army", describesDefining},
		{"- Aldor Freedom Army (AFA): the largest rebel group.", "AFA", describesDefining},
		{"The AFA: a history.", "Aldor Freedom Army", 0},
		{"- Aldor Freedom Army and Vanatra Front: fought the army in the hills.", "Aldor Freedom Army", describesDefining},
		{"- Aldor Freedom Army and the long war, in short: a history.", "Aldor Freedom Army", 0},
		{"Troops fought the AFA, whose leaders fled.", "AFA", describesCopula},
		{"8.4 The AFA is the opposition.", "AFA", describesCopula},
		{"In 1961 exiles founded the AFA in the hills.", "AFA", describesCopula},
		{"In 1961 exiles set up the AFA in the hills.", "AFA", describesCopula},
		{"In 1961 exiles found the AFA in the hills.", "AFA", 0},
		{"Mira Tol's AFA held the hills.", "AFA", describesActs},
		{"The general's AFA held the hills.", "AFA", 0},
		{"Unlike the VF, the AFA held the hills.", "AFA", describesActs},
		{"In the countryside the AFA held the hills.", "AFA", describesActs},
		{"In support of the AFA the VF held the hills.", "AFA", 0},
		{"With the VF the AFA held the hills.", "AFA", 0},
		{"In the long war in the east the AFA held the hills.", "AFA", 0},
		{"The rebels called themselves the AFA.", "AFA", describesCopula},
		{"Exiles set up a body calling itself the AFA.", "AFA", describesCopula},
		{"The rebels were usually referred to simply as \"AFA\".", "AFA", describesCopula},
		{"The rebels later took the name AFA.", "AFA", describesCopula},
		{"The rebels were known as the AFA.", "AFA", describesCopula},
		{"The rebels were helped by the AFA.", "AFA", 0},
		{"The rebels were regarded as the AFA.", "AFA", 0},
		{"Troops fought the Aldor Freedom Army (AFA) in the hills.", "Aldor Freedom Army", describesCopula},
		{"Troops fought the Aldor Freedom Army, or AFA, in the hills.", "Aldor Freedom Army", describesCopula},
		{"Troops fought the Aldor Freedom Army (Armée libre) in the hills.", "Aldor Freedom Army", 0},
		{"Several thousand AFA fighters held the hills.", "AFA", describesActs},
		{"Some 200 AFA recruits were trained abroad.", "AFA", describesActs},
		{"Several thousand AFA held the hills.", "AFA", 0},
		{"Troops killed 200 AFA fighters in the hills.", "AFA", 0},
	}
	for _, tt := range tests {
		if got := describesIn(tt.sentence, tt.form); got != tt.want {
			t.Errorf("describesIn(%q, %q) = %d, want %d", tt.sentence, tt.form, got, tt.want)
		}
	}
}

// TestMentionsBesidePassages: /group lists a paragraph once, as a passage
// or as a mention.
func TestMentionsBesidePassages(t *testing.T) {
	at := func(n int) Mention { return Mention{Ref: Ref{Briefing: "b", Paragraph: n}} }
	tests := []struct {
		name               string
		passages, mentions []Mention
		want               []int
	}{
		{"no passages", nil, []Mention{at(1), at(2)}, []int{1, 2}},
		{"a passage's paragraph left out", []Mention{at(2)}, []Mention{at(1), at(2), at(3)}, []int{1, 3}},
		{"every mention a passage", []Mention{at(1)}, []Mention{at(1)}, []int{}},
	}
	for _, tt := range tests {
		f := &Faction{Passages: tt.passages, Mentions: tt.mentions}
		got := []int{}
		for _, m := range f.MentionsBesidePassages() {
			got = append(got, m.Paragraph)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSentencesIn checks the sentence splitting every mention's sentence
// comes from: a break at ". ", "! " or "? " before a capital only, not
// after an initial or an abbreviation, each
// sentence trimmed, and a stop at the first sentence a caller takes.
func TestSentencesIn(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"", []string{""}},
		{"One. Two! Three? four. Élan.", []string{"One.", "Two!", "Three? four.", "Élan."}},
		{"The U.S. Army left. it came back.", []string{"The U.S. Army left. it came back."}},
		{"The government of J. R. Jayewardene freed him. Gen. Otis left. He went home.", []string{"The government of J. R. Jayewardene freed him.", "Gen. Otis left.", "He went home."}},
		{" Lead.  Spaced. X", []string{"Lead.  Spaced.", "X"}},
		{"Ends with a break. ", []string{"Ends with a break."}},
	}
	for _, c := range cases {
		if got := sentencesOf(c.text); !slices.Equal(got, c.want) {
			t.Errorf("sentencesOf(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	m := newMatcher(&Faction{Name: "Blue Front"})
	if got := namingSentence("The Red Front met. The Blue Front left. The Blue Front returned.", m); got != "The Blue Front left." {
		t.Errorf("namingSentence = %q, want the first naming sentence", got)
	}
}

// TestSentencesInMatchesByteScan checks sentencesIn, which asks
// sentenceBreak only at the stops indexStop finds, against asking it at
// every byte, and indexStop against strings.IndexAny (the events'
// sentence split used it), on every paragraph of the development
// briefings and on stops at either end of short texts.
func TestSentencesInMatchesByteScan(t *testing.T) {
	texts := []string{"", ".", "!?", "A. B", "x. Y", "x.! Y", "a? B. c! D", "Ends. ", "Ends.  X", "é. É! Ü? x"}
	texts = append(texts, devParagraphs(t)...)
	for _, text := range texts {
		if got, want := sentencesOf(text), sentencesByByte(text); !slices.Equal(got, want) {
			t.Fatalf("sentencesOf(%q) = %q, asking every byte gives %q", text, got, want)
		}
		for i := 0; ; { // from each stop to the next, as the splits walk
			got, want := indexStop(text[i:]), strings.IndexAny(text[i:], ".!?")
			if got != want {
				t.Fatalf("indexStop(%q) = %d, strings.IndexAny gives %d", text[i:], got, want)
			}
			if got < 0 {
				break
			}
			i += got + 1
		}
	}
}

// sentencesByByte is sentencesOf asking sentenceBreak at every byte.
func sentencesByByte(text string) []string {
	var out []string
	start := 0
	for i := 0; i+2 < len(text); i++ {
		if sentenceBreak(text, i) {
			out = append(out, strings.TrimSpace(text[start:i+2]))
			start = i + 2
		}
	}
	return append(out, strings.TrimSpace(text[start:]))
}

// TestReferNextAmbiguous: a paragraph naming two bodies by the same head
// leaves "The front" after it to neither, and a longer name ending in the
// head is not the head taken up.
func TestReferNextAmbiguous(t *testing.T) {
	for _, body := range []string{
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nIn 1980 exiles set up the Coastal Liberation Front (CLF), a rival of the Northern Front (NF).\n\nThe front recruited fishermen along the coast.",
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nIn 1980 exiles set up the Coastal Liberation Front (CLF), led by Mira Tol.\n\nThe Western Liberation Front (WLF), which recruited fishermen along the coast, was smaller.",
	} {
		fs, _ := extractFactions([]*Briefing{briefing(t, "t", "# T\n\n"+body+"\n")})
		f := byName(fs, "Coastal Liberation Front")
		if f == nil {
			t.Fatalf("Coastal Liberation Front not found; got %q", names(fs))
		}
		if describedLike(f, "", "recruited fishermen", "") {
			t.Errorf("passages %+v take up another body's sentence", f.Passages)
		}
	}
}

// TestSpelledLettersOnce: letters spelled out again after a summary that
// spells them introduce nothing, and leave the passages to the sentences
// describing the body.
func TestSpelledLettersOnce(t *testing.T) {
	body := "# T\n\nThe Coastal Defence Force (CDF) was set up in 1980 by Mira Tol.\n\nPatrols of the Coastal Defence Force (CDF) held the port.\n\nThe CDF was a conscript army.\n\nThe CDF was paid by the state.\n"
	fs, _ := extractFactions([]*Briefing{briefing(t, "t", body)})
	f := byName(fs, "Coastal Defence Force")
	if f == nil {
		t.Fatalf("not found; got %q", names(fs))
	}
	for _, p := range f.Passages {
		if strings.Contains(p.Sentence, "Patrols") {
			t.Errorf("passages %+v hold the letters given again", f.Passages)
		}
	}
}

// TestReferHeadAmbiguous: a description by the head resolves to nothing
// when another body with that head, or a new one ("a second brigade"),
// was named after the faction, in its paragraph or a later one of its
// section, by its name, its letters ("the NB") or a name the head opens
// ("the Brigade of the North"), or in the faction's own paragraph before
// it; nor when capitalised words before the head make another name ("the
// Security Council" after the Coastal Security Council); nor when the text used the description
// before naming the faction; nor across a section beyond the next
// paragraph; nor past the first sentence of a paragraph after the one
// naming the faction; nor by a plural head ("the forces" is anyone's
// troops).
func TestReferHeadAmbiguous(t *testing.T) {
	const intro = "The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nIn 1980 the council created a Coastal Intervention Brigade (CIB) within the mission."
	for _, body := range []string{
		intro + " It also raised the Northern Brigade.\n\nThe brigade recruited fishermen along the coast.",
		intro + "\n\nA second brigade was raised in the north.\n\nThe brigade recruited fishermen along the coast.",
		intro + "\n\nThe Northern Brigade (NB) held the hills. The brigade recruited fishermen along the coast.",
		intro + "\n\nTalks began.\n\n## Later\n\nThe harbour was mined.\n\nThe brigade recruited fishermen along the coast.",
		"The brigade of the national army held the port.\n\n" + intro + "\n\nTalks began. By then the brigade recruited fishermen along the coast.",
		"The Northern Brigade (NB) was raised in 1979.\n\n" + intro + "\n\nThe NB held the hills. The brigade recruited fishermen along the coast.",
		intro + "\n\nTalks began with the Brigade of the North. The brigade recruited fishermen along the coast.",
		intro + "\n\nThe police were ill-prepared. The brigade recruited fishermen along the coast.",
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nThe Northern Brigade (NB) held the hills. In 1980 the council created a Coastal Intervention Brigade (CIB).\n\nTalks began.\n\nBy then the brigade recruited fishermen along the coast.",
		"The war was fought by the Aldor Freedom Army (AFA) and the Vanatra Front (VF).\n\nThe Coastal Security Council (CSC) was set up in 1980.\n\nIn 1981 the CSC met in the port. The Security Council recruited fishermen along the coast.",
		"The Coastal Liberation Forces (CLF) were raised in 1979.\n\nTalks began. In 1980 the forces recruited fishermen along the coast.",
	} {
		fs, _ := extractFactions([]*Briefing{briefing(t, "t", "# T\n\n"+body+"\n")})
		var f *Faction
		for _, name := range []string{"Coastal Intervention Brigade", "Coastal Liberation Forces", "Coastal Security Council"} {
			f = cmp.Or(f, byName(fs, name))
		}
		if f == nil {
			t.Fatalf("no faction found; got %q", names(fs))
		}
		if describedLike(f, "", "recruited fishermen", "") || strings.Contains(f.Summary, "recruited fishermen") {
			t.Errorf("%q: passages %+v take up another body's sentence", body, f.Passages)
		}
	}
}

// TestSkipOfComplement reads a complement in "of" between a description
// and its verb, and nothing else.
func TestSkipOfComplement(t *testing.T) {
	tests := []struct{ rest, want string }{
		{" of about 3,000 troops was drawn from three states.", " was drawn from three states."},
		{" of the Northern Province was drawn …", ""},
		{" was drawn from three states.", ""},
		{" of peace talks, held in May, failed.", ""},
	}
	for _, tt := range tests {
		if got := skipOfComplement(tt.rest); got != tt.want {
			t.Errorf("skipOfComplement(%q) = %q, want %q", tt.rest, got, tt.want)
		}
	}
}

// TestHeadResolverUses reads the uses of a faction's head in a sentence:
// its own names, a description that may be its ("the brigade", "the
// intervention brigade"), and another body's ("the Northern Brigade", "a
// brigade", "the Brigade of the North", and "the Intervention Brigade":
// capitalised, the words make a name, which only the faction's names
// match).
func TestHeadResolverUses(t *testing.T) {
	r, ok := newHeadResolver(&Faction{Name: "Coastal Intervention Brigade", Acronym: "CIB"}, describeRulesOf(nil), nil)
	if !ok {
		t.Fatal("no resolver for a name headed by a group noun")
	}
	tests := []struct {
		sentence     string
		named, other bool
	}{
		{"The CIB held the port.", true, false},
		{"The brigade held the port.", false, false},
		{"The intervention brigade held the port.", false, false},
		{"The Intervention Brigade held the port.", false, true},
		{"The Northern Brigade held the port.", false, true},
		{"A brigade held the port.", false, true},
		{"The Brigade of the North held the port.", false, true},
		{"The Coastal Intervention Brigade relieved the Northern Brigade.", true, true},
	}
	for _, tt := range tests {
		if named, other := r.uses(tt.sentence, lowerSentence(tt.sentence)); named != tt.named || other != tt.other {
			t.Errorf("uses(%q) = %v, %v; want %v, %v", tt.sentence, named, other, tt.named, tt.other)
		}
	}
	if _, ok := newHeadResolver(&Faction{Name: "Coastal Liberation Forces"}, describeRulesOf(nil), nil); ok {
		t.Error("a resolver for a plural head")
	}
}

// TestHeadResolverWithin checks that the resolver narrowed to a
// paragraph's forms and rivals (within) reads every sentence of it as the
// whole resolver does, and that it keeps only what the paragraph holds.
func TestHeadResolverWithin(t *testing.T) {
	r, ok := newHeadResolver(&Faction{Name: "Coastal Intervention Brigade", Acronym: "CIB"}, describeRulesOf(nil), nil)
	if !ok {
		t.Fatal("no resolver for a name headed by a group noun")
	}
	r.rivals = []string{"Northern Brigade", "NB", "Brigade of the North", "Hill Brigade"}
	tests := []struct {
		text          string
		forms, rivals int
	}{
		{"The CIB held the port. The brigade held it for a week.", 1, 0},
		{"The Northern Brigade held the port. The NB left in May. The brigade came back.", 0, 2},
		{"The Coastal Intervention Brigade relieved the NB. The Brigade of the North left.", 1, 2},
		{"A brigade held the port.", 0, 0},
	}
	for _, tt := range tests {
		in := r.within(tt.text)
		if len(in.forms) != tt.forms || len(in.rivals) != tt.rivals {
			t.Errorf("within(%q) kept %q and %q; want %d forms and %d rivals", tt.text, in.forms, in.rivals, tt.forms, tt.rivals)
		}
		for s := range sentencesIn(tt.text) {
			gotNamed, gotOther := in.uses(s, lowerSentence(s))
			wantNamed, wantOther := r.uses(s, lowerSentence(s))
			if gotNamed != wantNamed || gotOther != wantOther {
				t.Errorf("within: uses(%q) = %v, %v; the whole resolver says %v, %v", s, gotNamed, gotOther, wantNamed, wantOther)
			}
		}
	}
}
