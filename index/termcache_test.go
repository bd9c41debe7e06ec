package index

import (
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/corpustest"
)

// TestTermAnalyzerIsTheAnalyzers checks that the index's documents are
// what bleve's analyzer makes of them: every paragraph of the development
// briefings, the embedded one and a synthetic corpus, and text written to
// vary one token's text (case, possessives, curly apostrophes, accents,
// stop words, numbers) within one paragraph, where one analyzer's memory
// of a token's text must not leak into the next.
func TestTermAnalyzerIsTheAnalyzers(t *testing.T) {
	m, err := newMapping(true)
	if err != nil {
		t.Fatal(err)
	}
	ta := newTermAnalyzer(m)
	if ta == nil {
		t.Fatal("no term analyzer for the index mapping: indexing analyses every token in full")
	}
	texts := []string{
		"The the THE tHe. Rebels' rebels rebel's REBEL’S Rebel＇s rebels’ s 's.",
		"Chérizier CHÉRIZIER cherizier Straße STRASSE Øresund; naïve NAÏVE naive.",
		"In 1992, 17,731 people (3.5%) fled; U.S.-backed forces' 2nd and 22nd units ran.",
		"running runs ran RUNNING Running’s; it's IT'S its; a an and AND And.",
		"a_b _a b_ a:b 3.14 3,14 U.S. 'quoted' \"x\" e\u0301te \u0301e \t\nline\r\nnext 東京 カタカナ 🇫🇷 x—y x–y ¶2 1990s mid-1990s",
	}
	def, err := corpus.ReadDefault()
	if err != nil {
		t.Fatal(err)
	}
	dev, err := corpus.Read("../corpus/testdata/eval/dev")
	if err != nil {
		t.Fatal(err)
	}
	texts = appendTexts(appendTexts(texts, def), dev)
	synth, err := corpustest.Corpus(5000, 3)
	if err != nil {
		t.Fatal(err)
	}
	texts = appendTexts(texts, synth)
	for i, text := range texts {
		// "text" has term vectors, "section" does not.
		for _, name := range []string{"text", "section"} {
			fast, ok := ta.field(textField(m, name, text))
			if !ok {
				t.Fatalf("the term analyzer refuses the %s field", name)
			}
			slow := textField(m, name, text)
			slow.Analyze()
			withoutOffsets(slow.AnalyzedTokenFrequencies())
			if fast.AnalyzedLength() != slow.AnalyzedLength() || !reflect.DeepEqual(fast.AnalyzedTokenFrequencies(), slow.AnalyzedTokenFrequencies()) {
				t.Fatalf("%s %d %q:\nterm analyzer %d tokens %v\nanalyzer      %d tokens %v", name, i, text,
					fast.AnalyzedLength(), terms(fast.AnalyzedTokenFrequencies()), slow.AnalyzedLength(), terms(slow.AnalyzedTokenFrequencies()))
			}
		}
	}
	if len(texts) < 10_000 {
		t.Errorf("checked %d texts: too few to tell", len(texts))
	}
}

// withoutOffsets zeroes the byte offsets of tfs's locations: the index
// keeps word positions alone (termAnalyzer.locate), where bleve's analysis
// gives offsets too.
func withoutOffsets(tfs bindex.TokenFrequencies) {
	for _, tf := range tfs {
		for _, l := range tf.Locations {
			l.Start, l.End = 0, 0
		}
	}
}

// appendTexts appends the text of c's paragraphs as they are indexed.
func appendTexts(texts []string, c *corpus.Corpus) []string {
	for _, b := range c.Briefings {
		for _, p := range b.Paragraphs {
			text, _, _ := indexedText(b, p.Number, false)
			texts = append(texts, text, p.Section)
		}
	}
	return texts
}

// textField is the field name ("text" or "section") the mapping makes
// of text.
func textField(m interface {
	MapDocument(*document.Document, any) error
}, name, text string) *document.TextField {
	doc := document.NewDocument("x")
	if err := m.MapDocument(doc, paragraphDoc{Text: text, Section: text}); err != nil {
		panic(err)
	}
	for _, f := range doc.Fields {
		if f.Name() == name {
			return f.(*document.TextField)
		}
	}
	panic("no text field")
}

// terms lists a field's terms and their positions, for a failure message.
func terms(tf bindex.TokenFrequencies) map[string][]int {
	out := map[string][]int{}
	for k, v := range tf {
		for _, l := range v.Locations {
			out[k] = append(out[k], l.Position)
		}
	}
	return out
}

// BenchmarkAnalyse compares analysing a synthetic corpus's paragraphs
// with bleve's analyzer (each field's Analyze) and with a termAnalyzer, as
// Build does, on one goroutine.
func BenchmarkAnalyse(b *testing.B) {
	m, err := newMapping(true)
	if err != nil {
		b.Fatal(err)
	}
	c, err := corpustest.Corpus(10_000, 42)
	if err != nil {
		b.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		ta   func() *termAnalyzer
	}{
		{"bleve", func() *termAnalyzer { return nil }},
		{"term", func() *termAnalyzer { return newTermAnalyzer(m) }},
	} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ta := tt.ta()
				for _, ch := range chunks(c, Options{}) {
					if _, err := analyseChunk(m, ta, ch); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
