package corpus

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestPlainInline(t *testing.T) {
	tests := []struct {
		name, in, want string
		markdown       bool
	}{
		{"numbered citation", "seized Osk in 1987.[1] The army", "seized Osk in 1987. The army", false},
		{"two-digit citation", "in 1987.[12]", "in 1987.", false},
		{"repeated citations", "in 1994.[3][4] Next", "in 1994. Next", false},
		{"note letter after a name", "Ilse Varna[a] said", "Ilse Varna said", false},
		{"labelled note", "in May.[note 3]", "in May.", false},
		{"citation needed", "a teacher.[citation needed] She", "a teacher. She", false},
		{"any … needed flag", "the clans[clarification needed] and", "the clans and", false},
		{"question flag", "some say[who?] that", "some say that", false},
		{"spaced marker before punctuation", "the rebels [2].", "the rebels.", false},
		{"inline link with title", `the [Northern Front](/wiki/Northern_Front "Northern Front") attacked`, "the Northern Front attacked", true},
		{"link text differs from target", `led by [Varna](/wiki/Ilse_Varna "Ilse Varna")`, "led by Varna", true},
		{"reference link", "the [front][nf] and the [army][]", "the front and the army", true},
		{"image dropped", `![Map of Valdoria](/img/map.png "Map")`, "", true},
		{"pandoc citation superscript", `(NLF).^[\[1\]](#cite_note-1)^ It`, "(NLF). It", true},
		{"two superscripts", `1994.^[\[2\]](#cite_note-2)^^[\[3\]](#cite_note-3)^`, "1994.", true},
		{"other superscript kept as text", "the 1^st^ brigade", "the 1st brigade", true},
		{"footnote reference", "Varna.[^1] The", "Varna. The", true},
		{"wiki link with label", "the [[Northern Liberation Front|NLF]] rose", "the NLF rose", false},
		{"wiki link", "in [[Valdoria]] today", "in Valdoria today", false},
		{"wiki file link dropped", "[[File:Osk.jpg|thumb|The town]]Text", "Text", false},
		{"wikitext bold and italic", "'''Valdoria''' is ''large''", "Valdoria is large", false},
		{"wikitext template", "in 1987{{sfn|Holm|2004|p=3}} and", "in 1987 and", false},
		{"html sup citation", "villages.<sup>[4]</sup>", "villages.", true},
		{"html ref element", "villages.<ref name=h>Holm 2004.</ref> Then", "villages. Then", false},
		{"html break", "one<br>two", "one two", false},
		{"html comment", "a <!-- note --> b", "a  b", false},
		{"entities", "1984 &amp; 1985&nbsp;AD", "1984 & 1985\u00a0AD", false},
		{"markdown escape", `a \*starred\* word`, "a *starred* word", true},
		{"citation link with brackets in its text", "in 1994.[[4]](#cite_note-4) Next", "in 1994. Next", true},
		{"link attributes", `the [front](/wiki/F "F"){.mw-redirect} rose`, "the front rose", true},
		{"span with attributes", "the [Karn]{.nowrap} river", "the Karn river", true},
		{"edit link", "Background[edit]", "Background", false},
		{"marker with its page", "in 1994.[4]:112 The", "in 1994. The", false},
		{"marker with a page range", "in 1994,[4]:23–25 and", "in 1994, and", false},
		{"prose after a marker and a colon stays", "at dawn[4]: 5 were killed", "at dawn: 5 were killed", false},
		// Prose that looks like markup stays.
		{"bold kept", "The **NLF** rose", "The **NLF** rose", true},
		{"acronym in brackets kept", "the group [MUJAO] rose", "the group [MUJAO] rose", false},
		{"editorial insertion kept", "they [the rebels] left", "they [the rebels] left", false},
		{"sic kept", "thier [sic] men", "thier [sic] men", false},
		{"comparison kept", "a < b and c > d", "a < b and c > d", false},
		{"ampersand kept", "AT&T and R&D", "AT&T and R&D", false},
		{"apostrophe kept", "the army's rule", "the army's rule", false},
		{"backslash in plain text kept", `a \*b`, `a \*b`, false},
		{"caret in plain text kept", "^ Holm, Peter", "^ Holm, Peter", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainInline(tt.in, tt.markdown); got != tt.want {
				t.Errorf("plainInline(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLinesAreParagraphs(t *testing.T) {
	long := strings.Repeat("word ", 30) + "end"
	tests := []struct {
		name  string
		lines []string
		want  bool
	}{
		{"hard-wrapped prose", []string{"The army retook the town in May after a siege of", "nine weeks. The rebels withdrew into the hills and", "raided the roads."}, false},
		{"one paragraph per line", []string{"The army retook the town in May.", "The rebels withdrew into the hills.", "Talks began in 1990."}, true},
		{"a line longer than any wrapping", []string{long, "next"}, true},
		{"two wrapped lines", []string{"Body one", "continues."}, false},
		{"closing quote ends a sentence", []string{`He said "we will stay."`, "The talks failed."}, true},
		{"a citation marker after the full stop", []string{"The army retook the town in May.[3][4]", "The rebels withdrew.[5]", "Talks began."}, true},
		{"one line", []string{"Alone."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var block []srcLine
			for i, l := range tt.lines {
				block = append(block, srcLine{n: i + 1, text: l})
			}
			if got := linesAreParagraphs(block); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestHeadingLines(t *testing.T) {
	tests := []struct {
		name, line string
		wiki       int
		setext     int
		bare       bool
		rule       bool
		definition bool
	}{
		{name: "wikitext level 2", line: "== Background ==", wiki: 2, bare: false},
		{name: "wikitext level 3 unspaced", line: "===Siege of Osk===", wiki: 3},
		{name: "unbalanced equals", line: "== Background ===", bare: false},
		{name: "equals alone", line: "====", setext: 1},
		{name: "setext level 2", line: "---------", setext: 2, rule: true},
		{name: "bare heading", line: "Course of the war", bare: true},
		{name: "sentence is no heading", line: "The war ended.", bare: false},
		{name: "lower-case start is no heading", line: "and then it ended", bare: false},
		{name: "long line is no heading", line: "One two three four five six seven eight nine ten eleven", bare: false},
		{name: "thematic break", line: "* * *", rule: true},
		{name: "footnote definition", line: "[^1]: Varna later denied it.", definition: true},
		{name: "reference definition", line: "[nf]: https://example.org/nf", definition: true},
		{name: "bracketed prose is no definition", line: "[The rebels]: a note", bare: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := wikiHeading(tt.line); got != tt.wiki {
				t.Errorf("wikiHeading = %d, want %d", got, tt.wiki)
			}
			if got := setextLevel(tt.line); got != tt.setext {
				t.Errorf("setextLevel = %d, want %d", got, tt.setext)
			}
			if got := isBareHeading(tt.line); got != tt.bare {
				t.Errorf("isBareHeading = %v, want %v", got, tt.bare)
			}
			if got := isThematicBreak(tt.line); got != tt.rule {
				t.Errorf("isThematicBreak = %v, want %v", got, tt.rule)
			}
			if got := isDefinitionLine(tt.line); got != tt.definition {
				t.Errorf("isDefinitionLine = %v, want %v", got, tt.definition)
			}
		})
	}
}

// wantPara is a paragraph a fixture must yield: its line, section and
// the start of its text.
type wantPara struct {
	line    int
	section string
	prefix  string
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		publisher string
		paras     []wantPara
		infobox   []string // "Label=value|value"
		back      int
	}{
		{file: "wiki-export.txt", title: "Valdorian Civil War", paras: []wantPara{
			{3, "", "The Valdorian Civil War was"},
			{4, "", "It began when the NLF seized"},
			{7, "Background", "Valdoria became independent"},
			{8, "Background", "Exiles founded"},
			{11, "Road to war", "In February 1987"},
			{14, "Course of the war", "On 3 March 1987"},
			{15, "Course of the war", "By 1990"},
		}, back: 2},
		{file: "browser-copy.txt", title: "Valdorian Civil War", publisher: "Wikipedia", paras: []wantPara{
			{21, "", "The Valdorian Civil War was"},
			{25, "Background", "Exiles founded the Northern Liberation Front in 1985. Its first chairman was Ilse Varna, a former schoolteacher. The front"},
			{29, "Course of the war", "On 3 March 1987 the NLF seized Osk. The Valdorian"},
		}, infobox: []string{
			"Date=3 March 1987 – 12 June 1994", "Location=Northern Valdoria",
			"Result=Treaty of Lessa; autonomy for the northern provinces",
			"Belligerents=Northern Liberation Front (NLF)|Valdoria",
			"Commanders and leaders=Ilse Varna|Anton Meribel",
			"Strength=4,000 (1990)|22,000", "Casualties and losses=about 6,000 killed",
		}, back: 2},
		{file: "pandoc.md", title: "Valdorian Civil War", paras: []wantPara{
			{12, "", "**The Valdorian Civil War** was an armed conflict in Valdoria between the government and the Northern Liberation Front (NLF). It lasted from 1987 to 1994."},
			{22, "Background", "Exiles founded the front in 1985, led by the *maestra* Ilse Varna. The drought of 1984 & 1985"},
		}, infobox: []string{
			"Date=3 March 1987 – 12 June 1994", "Location=Northern Valdoria",
			"Belligerents=Northern Liberation Front|Valdoria", "Commanders and leaders=Ilse Varna|Anton Meribel",
		}, back: 1},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b := parseFixture(t, tt.file)
			if b.Title != tt.title || b.Publisher != tt.publisher {
				t.Errorf("title %q publisher %q, want %q %q", b.Title, b.Publisher, tt.title, tt.publisher)
			}
			checkParas(t, b.Paragraphs, tt.paras)
			checkInfobox(t, b.Infobox, tt.infobox)
			if len(b.BackMatter) != tt.back {
				t.Errorf("back matter = %d paragraphs, want %d: %+v", len(b.BackMatter), tt.back, b.BackMatter)
			}
		})
	}
}

func parseFixture(t *testing.T, file string) *Briefing {
	t.Helper()
	data, err := os.ReadFile("testdata/formats/" + file)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse(file, data)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func checkParas(t *testing.T, got []Paragraph, want []wantPara) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d paragraphs, want %d", len(got), len(want))
	}
	for i := 0; i < len(got) && i < len(want); i++ {
		p, w := got[i], want[i]
		if p.Line != w.line || p.Section != w.section || !strings.HasPrefix(p.Text, w.prefix) {
			t.Errorf("¶%d = line %d section %q %.60q…, want line %d section %q %q", i+1, p.Line, p.Section, p.Text, w.line, w.section, w.prefix)
		}
		if strings.ContainsAny(p.Text, "[]|^<>=") || strings.Contains(p.Text, "](") {
			t.Errorf("¶%d keeps markup: %q", i+1, p.Text)
		}
	}
}

func checkInfobox(t *testing.T, got []InfoField, want []string) {
	t.Helper()
	var have []string
	for _, f := range got {
		have = append(have, f.Label+"="+strings.Join(f.Values, "|"))
	}
	if strings.Join(have, "\n") != strings.Join(want, "\n") {
		t.Errorf("infobox:\n%s\nwant:\n%s", strings.Join(have, "\n"), strings.Join(want, "\n"))
	}
}

// TestBackMatterNotExtracted shows why back matter is set aside: its
// publishers are no factions and its publication years no events.
func TestBackMatterNotExtracted(t *testing.T) {
	for _, file := range []string{"browser-copy.txt", "pandoc.md"} {
		t.Run(file, func(t *testing.T) {
			c, err := New(parseFixture(t, file))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range c.Factions {
				if strings.Contains(f.Name, "Press") || strings.Contains(f.Name, "Books") {
					t.Errorf("faction %q from the references", f.Name)
				}
			}
			for _, e := range c.Events {
				if e.Date.Year == 2004 || e.Date.Year == 1999 {
					t.Errorf("event %q dated from a reference", e.Text)
				}
			}
		})
	}
}

// TestInfoboxNoEvents: the infobox's dates and names are a summary, not
// events.
func TestInfoboxNoEvents(t *testing.T) {
	c, err := New(parseFixture(t, "browser-copy.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range c.Events {
		if e.Date.Year == 1994 && e.Date.Month == 6 {
			t.Errorf("event %q from the infobox's date", e.Text)
		}
	}
}

// TestPlainBlocks covers how a plain-text block is read: bare headings,
// with and without blank lines around them, and the lines that are not
// headings.
func TestPlainBlocks(t *testing.T) {
	long := "The front drew on the northern clans and on students, and by 1986 it " +
		"had cells in every provincial town of the north and several in the capital."
	tests := []struct {
		name string
		text string
		want []string // "section|text prefix"
	}{
		{"bare heading between blank lines", "T\n\nLead.\n\nBackground\n\n" + long + "\n",
			[]string{"|Lead.", "Background|The front"}},
		{"bare heading over its paragraph", "T\n\nLead.\n\nBackground\n" + long + "\n",
			[]string{"|Lead.", "Background|The front"}},
		{"a section's heading over its subsection's, over its paragraph", "T\n\nLead.\n\nThe war[edit]\nThe first offensive[edit]\n" + long + "\n",
			[]string{"|Lead.", "The first offensive|The front"}},
		{"short first line of a wrapped paragraph", "T\n\nLead.\n\nThe front drew on the clans\nand on students.\n",
			[]string{"|Lead.", "|The front drew on the clans and on students."}},
		{"a text that marks its headings has no bare ones", "T\n\n== Origins ==\nLead.\n\nAftermath unknown\n\nEnd.\n",
			[]string{"Origins|Lead.", "Origins|Aftermath unknown", "Origins|End."}},
		{"a short line at the end is no heading", "T\n\nLead.\n\nThe End\n",
			[]string{"|Lead.", "|The End"}},
		{"a copied table of contents is dropped", "T\n\nLead.\n\nContents\n1 Background\n2 Course of the war\n2.1 Siege of Osk\n\nBackground\n\nText.\n",
			[]string{"|Lead.", "Background|Text."}},
		{"plain section titles in a one-paragraph-per-line export",
			"T\n\nThe war in the north began in 1987 and it lasted for seven long years.\nBackground\nThe front was founded in 1985 by exiles who had fled the drought in the north.\nIts first chairman was Ilse Varna.\nSee also\nOsk\n",
			[]string{"|The war", "Background|The front", "Background|Its first"}},
		{"a table of contents between paragraph lines",
			"T\n\nThe Osk War was fought in the north of the country between 1987 and 1994 by the front, the army and the militias that each side armed.\nContents\n1 Background\n1.1 Origins of the front\n2 Aftermath\nBackground[edit]\nOrigins of the front[edit]\nThe front was founded in 1985 by exiles who had fled the drought in the north of the country and settled in the camps across the border.\n",
			[]string{"|The Osk War", "Origins of the front|The front"}},
		{"an edit link makes a heading whatever its last word",
			"T\n\nThe Osk War was fought in the north of the country between 1987 and 1994 by the front, the army and the militias that each side armed.\nDeath of Gen. Osk Jr.[edit]\nThe general was shot at the airport on his return from exile, and his funeral drew the largest crowds the capital had seen in a decade.\n",
			[]string{"|The Osk War", "Death of Gen. Osk Jr.|The general"}},
		{"a heading with its years in brackets and an edit link, over its paragraph", "T\n\nLead.\n\nFirst war (2004)[edit]\n" + long + "\n",
			[]string{"|Lead.", "First war (2004)|The front"}},
		{"an edit link makes a long heading over its paragraph after a blank line", "T\n\nLead.\n\nThe campaign of the front in the eastern provinces and the long siege of Osk[edit]\n" + long + "\n",
			[]string{"|Lead.", "The campaign of the front in the eastern provinces and the long siege of Osk|The front"}},
		{"a heading with its years in brackets between blank lines", "T\n\nLead.\n\nFirst war (2004)\n\n" + long + "\n",
			[]string{"|Lead.", "First war (2004)|The front"}},
		{"a bracket opened on an earlier line closes no heading", "T\n\nLead.\n\nThe front (founded\nin 1985)\n",
			[]string{"|Lead.", "|The front (founded in 1985)"}},
		{"a table of contents copied with tabs is dropped", "T\n\nLead.\n\nContents\n1\tBackground\n2\tCourse of the war\n2.1\tSiege of Osk\n\nBackground\n\nText.\n",
			[]string{"|Lead.", "Background|Text."}},
		{"numbered sentences are no table of contents", "T\n\nLead.\n\n1 soldier died.\n2 more were hurt.\n",
			[]string{"|Lead.", "|1 soldier died.", "|2 more were hurt."}},
		{"an underlined line is a heading", "T\n\nLead.\n\nWho's who\n---------\n\n" + long + "\n",
			[]string{"|Lead.", "Who's who|The front"}},
		{"an underline makes a heading of the line right above it", "T\n\nLead.\n\nBACKGROUND\n==========\nThe front drew on the clans.\n",
			[]string{"|Lead.", "BACKGROUND|The front drew on the clans."}},
		{"a short rule separates and is no text", "T\n\nLead.\n\n==\n\nOSK, 3 May (AWS) - The front took the town on Sunday.\n",
			[]string{"|Lead.", "|OSK, 3 May"}},
		{"lines boxed between rules are a chain of headings", "T\n\nLead.\n\n==========================\n2. STATEMENT BY THE COMMISSION\nAbuja, 19 February 2010\n==========================\n\nThe Commission condemns the coup.\n",
			[]string{"|Lead.", "Abuja, 19 February 2010|The Commission condemns"}},
		{"sentences boxed between rules are no chain of headings", "T\n\nLead.\n\n==========================\nThe front drew on the clans.\nThe army held the town.\n==========================\n",
			[]string{"|Lead.", "|The front drew on the clans."}},
		{"a short rule under a long line underlines nothing", "T\n\nLead.\n\nThe front drew on the clans and the students.\n---\nThe army held the town.\n",
			[]string{"|Lead.", "|The front drew on the clans and the students.", "|The army held the town."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse("t.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			checkSections(t, b.Paragraphs, tt.want)
		})
	}
}

// checkSections checks paragraphs against "section|text prefix" each.
func checkSections(t *testing.T, paras []Paragraph, want []string) {
	t.Helper()
	var got []string
	for _, p := range paras {
		got = append(got, p.Section+"|"+p.Text)
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range got {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("¶%d = %q, want %q…", i+1, got[i], want[i])
		}
	}
}

// TestHeadingMarkup: headings read as a reader sees them.
func TestHeadingMarkup(t *testing.T) {
	tests := []struct {
		name, file, text, section string
	}{
		{"wiki edit link in a converted heading", "t.md", "# T\n\n## Background[[edit](/w/index.php?title=T&action=edit&section=1 \"Edit section: Background\")]\n\nText.\n", "Background"},
		{"pandoc heading attributes", "t.md", "# T\n\n## Course of the war {#course-of-the-war}\n\nText.\n", "Course of the war"},
		{"bare heading with its copied edit link", "t.txt", "T\n\nLead.\n\nBackground[edit]\n\nText.\n", "Background"},
		{"wikitext heading with a link", "t.txt", "T\n\n== [[Siege of Osk|Osk]] ==\nText.\n", "Osk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse(tt.file, []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			last := b.Paragraphs[len(b.Paragraphs)-1]
			if last.Section != tt.section || last.Text != "Text." {
				t.Errorf("last paragraph %+v, want section %q", last, tt.section)
			}
		})
	}
}

// TestInfoboxAfterLead: infobox lines a copy put after the lead are read
// as the infobox, not as a paragraph.
func TestInfoboxAfterLead(t *testing.T) {
	text := "T\n\nThe Karn Valley War was fought in the north of Valdoria between 1988 and 1991, at great cost to the villages.\n\n" +
		"Date\n1988 – 1991\nLocation\nKarn valley\nBelligerents\nRed Dawn\n\nBackground\n\nText.\n"
	b, err := Parse("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	checkInfobox(t, b.Infobox, []string{"Date=1988 – 1991", "Location=Karn valley", "Belligerents=Red Dawn"})
	if len(b.Paragraphs) != 2 || b.Paragraphs[1].Section != "Background" || b.Infobox[0].Line != 5 {
		t.Errorf("paragraphs %+v, infobox %+v", b.Paragraphs, b.Infobox)
	}
}

// wrappedText is prose wrapped at 40 columns whose second paragraph
// follows the first with no blank line.
const wrappedText = `The army retook the town in May after a
siege of nine weeks, and the rebels
withdrew into the hills.
Talks began in the capital in 1990 under
the mediation of the coastal states, and
they dragged on for three more years as
each side waited for the other.
The treaty was signed in June 1994 and
it held.
`

func TestHardBreaks(t *testing.T) {
	lines := strings.Split(wrappedText, "\n")
	var block []srcLine
	for i, l := range lines {
		if l != "" {
			block = append(block, srcLine{n: i + 1, text: l})
		}
	}
	tests := []struct {
		name  string
		width int
		want  []int // first line of each paragraph
	}{
		{"breaks where the next word would have fitted", 40, []int{1, 4, 8}},
		{"text not known to be wrapped stays one paragraph", 0, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, part := range hardBreaks(block, tt.width, false) {
				got = append(got, part[0].n)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("paragraphs start at lines %v, want %v", got, tt.want)
			}
		})
	}
	if w := wrapWidth(lines); w != 40 {
		t.Errorf("wrapWidth = %d, want 40", w)
	}
	bold := append([]srcLine{{n: 0, text: "**The war** began in 1987 and it went"}}, block...)
	if parts := hardBreaks(bold, 40, true); len(parts) != 3 {
		t.Errorf("a block opening in bold: %d paragraphs, want 3", len(parts))
	}
	if w := wrapWidth([]string{"- a list item;", "- another;", "- and one more."}); w != 0 {
		t.Errorf("wrapWidth of a list = %d, want 0", w)
	}
}

// TestBackMatterHeadingOverEntries: "See also" over its entries, with no
// blank line between, still opens the back matter.
// A plain-text export numbers its headings as its contents list does
// ("2 See also", "3. Notes"), and the number does not hide them; but a
// contents list the parser reads as headings, the body's headings after
// it, opens no back matter.
func TestBackMatterHeadingOverEntries(t *testing.T) {
	tests := []struct {
		name, text  string
		paras, back int
	}{
		{"bare headings", "T\n\nLead.\n\nBackground\n\nText.\n\nSee also\nHistory of Valdoria\nKarn river\n\nNotes\na. Also spelled Osc.\n", 2, 3},
		{"numbered headings", "T\n\nLead.\n\n1 Background\n\nText.\n\n2 See also\n\nHistory of Valdoria\nKarn river\n\n3. Notes\n\na. Also spelled Osc.\n", 2, 3},
		{"a contents list's entries over the body", "Valdorian War\nFrom Wikipedia, the free encyclopedia\nValdorian War\nDate\n3 March 1987 – 12 June 1994\nLocation\nNorthern Valdoria\nThe Valdorian War was an armed conflict in Valdoria between the government and the Northern Liberation Front, fought from 1987 to 1994 across the northern provinces.\nThe war left the front in control of the north and the state bankrupt, and it shaped the politics of the region for a generation afterwards.\nContents\nhide\n1 Background\n2 Course of the war\n3 See also\n4 References\nBackground[edit]\nExiles founded the Northern Liberation Front in 1985, and its first chairman was Ilse Varna, a former schoolteacher from Osk.\nCourse of the war[edit]\nOn 3 March 1987 the front seized Osk, and the army took the town back only after a siege of four months.\nSee also[edit]\nHistory of Valdoria\nReferences[edit]\nSmith, John (2004). The Long War. Lessa Books.\n", 9, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse("t.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if len(b.Paragraphs) != tt.paras || len(b.BackMatter) != tt.back {
				t.Errorf("paragraphs %+v\nback matter %+v", b.Paragraphs, b.BackMatter)
			}
		})
	}
}

func TestEndsParagraph(t *testing.T) {
	tests := []struct {
		line, next string
		want       bool
	}{
		{"rose against the new regime.", "A second round", true},
		{`rose against the new regime.^[\[1\]](#cite_note-1)^`, "A second round", true},
		{"rose against the new regime and", "A second round", false},
		{"rose against the new regime.", "and a second round", false},
		{"a line that already reaches very nearly the wrapping width.", "Next", false},
	}
	for _, tt := range tests {
		if got := endsParagraph(tt.line, tt.next, 60, true); got != tt.want {
			t.Errorf("endsParagraph(%q, %q) = %v, want %v", tt.line, tt.next, got, tt.want)
		}
	}
}

// TestGridTable: an infobox pandoc wrote as a grid table, cells on
// several lines, accents shifting no column.
func TestGridTable(t *testing.T) {
	text := "# T\n\n" +
		"+---------------+------------------------------+\n" +
		"| Date          | 3 March 1987 –               |\n" +
		"|               | 12 June 1994                 |\n" +
		"+===============+==============================+\n" +
		"| Belligerents  | Front de libération\\          |\n" +
		"|               | Valdoria                     |\n" +
		"+---------------+------------------------------+\n" +
		"| Location      | Osk                          |\n" +
		"+---------------+------------------------------+\n\nText.\n"
	b, err := Parse("t.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	checkInfobox(t, b.Infobox, []string{"Date=3 March 1987 – 12 June 1994", "Belligerents=Front de libération|Valdoria", "Location=Osk"})
	if len(b.Paragraphs) != 1 || b.Paragraphs[0].Text != "Text." {
		t.Errorf("paragraphs %+v", b.Paragraphs)
	}
}

// TestCopiedHeadBeforeInfobox: a browser's copy runs the title, the
// site's line, a hatnote and the infobox's caption into its fields with
// no blank line; the fields are still read as the infobox (infoboxFrom),
// not joined into a paragraph with the lines before them.
func TestCopiedHeadBeforeInfobox(t *testing.T) {
	text := "Osk War\nFrom Wikipedia, the free encyclopedia\n\"Osk campaign\" redirects here. For the 2001 raids, see Second Osk campaign.\n" +
		"Osk War\nPart of the wars of the north\nDate\n3–9 March 1987\nLocation\nThe northern hills\nCaused by\nThe drought of 1986\n" +
		"Result\nCeasefire\nFront withdraws to the hills\nCasualties\nFew; no towns burned\n\n" +
		"The Osk War was fought in the north of the country in March 1987 by the front, the army and the militias that each side armed.\n"
	b, err := Parse("osk.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Infobox) < 4 {
		t.Errorf("infobox %v: want its fields read", b.Infobox)
	}
	for _, p := range b.Paragraphs {
		if strings.Contains(p.Text, "Location") || strings.Contains(p.Text, "Casualties") {
			t.Errorf("infobox lines in a paragraph: %q", p.Text)
		}
	}
}

// TestCopiedPageTitle: a browser's copy of a whole page brings the site's
// menus, a table of contents and tabs before the site's tagline; the
// title is the line the article's opening (or the file's name) names
// (leadTitle), and none of the chrome becomes a paragraph or the title.
func TestCopiedPageTitle(t *testing.T) {
	chrome := "Jump to content\nMain menu\nMain menu\nNavigation\nMain page\nContents\n(Top)\n1 Background\n2 Course of the war\n" +
		"Osk War\n12 languages\nArticle\nTalk\nRead\nTools\n"
	body := "From Histopedia, the free encyclopedia\n\"Osk campaign\" redirects here. For the 2001 raids, see Second Osk campaign of the north.\n" +
		"Osk War\nDate\t3–9 March 1987\nLocation\tThe northern hills\nResult\tCeasefire\n" +
		"The Osk War was fought in the north of the country in March 1987 by the front, the army and the militias that each side armed.\n"
	for _, c := range []struct{ name, file, text, want string }{
		{"title named by the opening", "osk.txt", chrome + body, "Osk War"},
		{"title named by the file", "osk-war.txt", strings.Replace(chrome+body, "The Osk War was fought", "It was fought", 1), "Osk War"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := Parse(c.file, []byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			if b.Title != c.want {
				t.Errorf("title %q, want %q", b.Title, c.want)
			}
			for _, p := range b.Paragraphs {
				if strings.Contains(p.Text, "Main menu") || p.Section == "Main menu" {
					t.Errorf("page chrome in ¶%d (section %q): %q", p.Number, p.Section, p.Text)
				}
			}
		})
	}
}

// TestColonInfoboxLines: a two-column infobox copied as "Label: value"
// lines under the title is the infobox, not the masthead or paragraphs
// (lineLabel), even where a value runs long.
func TestColonInfoboxLines(t *testing.T) {
	text := "Osk War\n\nDate: 3–9 March 1987\nLocation: The northern hills\n" +
		"Result: Ceasefire after six days of fighting in which the front withdrew to the hills, the army held the towns and the militias of both sides disbanded under the accord\n" +
		"Belligerents: The Osk Front against the army\n\n" +
		"The Osk War was fought in the north of the country in March 1987 by the front, the army and the militias that each side armed.\n"
	b, err := Parse("osk.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "Osk War" {
		t.Errorf("title %q, want %q", b.Title, "Osk War")
	}
	if len(b.Infobox) != 4 || b.Infobox[0].Label != "Date" || len(b.Infobox[0].Values) != 1 || b.Infobox[0].Values[0] != "3–9 March 1987" {
		t.Errorf("infobox %+v: want its four fields, Date first", b.Infobox)
	}
	for _, p := range b.Paragraphs {
		if strings.Contains(p.Text, "Location") {
			t.Errorf("infobox line in a paragraph: %q", p.Text)
		}
	}
}

// TestLeadNotesDropped: a copied article's hatnote and a line echoing its
// title, before its first section, are no passages (withoutLeadNotes);
// the same words later in the article, or as a briefing's only
// paragraph, stay.
func TestLeadNotesDropped(t *testing.T) {
	for _, c := range []struct {
		name, file, text string
		want             []string
	}{
		{"a plain text's hatnote and title echo", "osk.txt",
			"Osk War\nFrom Histopedia, the free encyclopedia\n\n\"Osk campaign\" redirects here. For the 2001 raids, see Second Osk campaign of the north.\n\nOsk War\n\nThe Osk War was fought in the north in March 1987.\n",
			[]string{"The Osk War was fought in the north in March 1987."}},
		{"a Markdown hatnote in italics", "osk.md",
			"# Osk War\n\n*This article is about the war of 1987. For the raids of 2001, see Second Osk campaign.*\n\nThe Osk War was fought in the north in March 1987.\n\n## Aftermath\n\nThis article is about to end, the saying went.\n",
			[]string{"The Osk War was fought in the north in March 1987.", "This article is about to end, the saying went."}},
		{"a hatnote alone stays", "osk.md",
			"# Osk War\n\n*This article is about the war of 1987.*\n",
			[]string{"*This article is about the war of 1987.*"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := Parse(c.file, []byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range b.Paragraphs {
				got = append(got, p.Text)
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("paragraphs %q\nwant %q", got, c.want)
			}
			for i, p := range b.Paragraphs {
				if p.Number != i+1 {
					t.Errorf("¶%d numbered %d", i+1, p.Number)
				}
			}
		})
	}
}

// TestHeadingChain checks that each paragraph keeps the headings that
// enclose its own, outermost first, in every format: Markdown's and
// HTML's levels, wikitext's, and a plain text's bare headings, where a
// heading read straight over another opens a part the next ones are in.
func TestHeadingChain(t *testing.T) {
	const lead = "The ministry released the transcripts of its press briefings during the crisis, as given.\n\n"
	tests := []struct {
		name, file, text string
		want             [][]string // per paragraph: Outer..., Section
	}{
		{"markdown levels", "t.md", "# T\n\n" + lead + "## Briefing No. 1\n\n### Opening\n\nA.\n\n### Questions\n\nB.\n\n## Briefing No. 2\n\nC.\n\n### Opening\n\nD.\n",
			[][]string{{""}, {"Briefing No. 1", "Opening"}, {"Briefing No. 1", "Questions"}, {"Briefing No. 2"}, {"Briefing No. 2", "Opening"}}},
		{"a level skipped", "t.md", "# T\n\n## Part one\n\n#### Detail\n\nA.\n\n### Aside\n\nB.\n",
			[][]string{{"Part one", "Detail"}, {"Part one", "Aside"}}},
		{"html levels", "t.html", "<html><head><title>T</title></head><body><h1>T</h1><p>" + strings.TrimSpace(lead) + "</p><h2>Briefing No. 1</h2><h3>Opening</h3><p>A.</p><h3>Questions</h3><p>B.</p><h2>Briefing No. 2</h2><p>C.</p></body></html>",
			[][]string{{""}, {"Briefing No. 1", "Opening"}, {"Briefing No. 1", "Questions"}, {"Briefing No. 2"}}},
		{"wikitext levels", "t.txt", "T\n\n" + lead + "== Briefing No. 1 ==\n\n=== Opening ===\n\nA.\n\n=== Questions ===\n\nB.\n",
			[][]string{{""}, {"Briefing No. 1", "Opening"}, {"Briefing No. 1", "Questions"}}},
		{"bare headings", "t.txt", "T\n\n" + lead + "Briefing No. 1\n\nOpening\n\nA statement was read.\n\nQuestions\n\nThe minister answered.\n\nBriefing No. 2\n\nOpening\n\nA second statement was read.\n",
			[][]string{{""}, {"Briefing No. 1", "Opening"}, {"Briefing No. 1", "Questions"}, {"Briefing No. 2", "Opening"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse(tt.file, []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var got [][]string
			for _, p := range b.Paragraphs {
				got = append(got, append(slices.Clone(p.Outer), p.Section))
			}
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
