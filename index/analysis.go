package index

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	bindex "github.com/blevesearch/bleve_index_api"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

const (
	analyzerName = "briefbot_en"
	foldName     = "briefbot_ascii_fold"
	spellingName = "briefbot_american"
	// mappingVersion changes whenever the mapping or analyzer changes, so a
	// persisted index built by an older briefbot is rebuilt, not misread.
	mappingVersion = "10" // 10: term vectors hold positions alone, no byte offsets (termAnalyzer.locate)
)

// bleve resolves analysis components by name through a process-wide
// registry, which refuses duplicates. This is the one place briefbot
// touches that registry, and it does so once.
var registerFilters = sync.OnceValue(func() error {
	err := registry.RegisterTokenFilter(foldName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return foldFilter{}, nil
	})
	if err != nil {
		return err
	}
	return registry.RegisterTokenFilter(spellingName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return spellingFilter{wordnet.Load()}, nil
	})
})

// spellingFilter writes British spellings the American way
// ("authorised" → "authorized", "defence" → "defense"; see
// wordnet.Lexicon.American), so that a question typed one way finds a
// text written the other.
type spellingFilter struct{ lexicon *wordnet.Lexicon }

func (f spellingFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		if mayBeBritish(tok.Term) {
			if am := f.lexicon.American(string(tok.Term)); am != string(tok.Term) {
				tok.Term = []byte(am)
			}
		}
	}
	return in
}

// britishMarks are the letters every British spelling the lexicon knows
// holds one of (see wordnet's spelling patterns); a word with none is
// passed without a look-up.
var britishMarks = [][]byte{[]byte("is"), []byte("ys"), []byte("our"), []byte("tre"), []byte("enc"), []byte("ogu"), []byte("mm"), []byte("ae"), []byte("oe")}

func mayBeBritish(term []byte) bool {
	for _, m := range britishMarks {
		if bytes.Contains(term, m) {
			return true
		}
	}
	return false
}

// foldFilter folds accented letters to ASCII inside tokens. It must be a
// token filter, not a char filter: a char filter changes the text before
// tokenising and so shifts the byte offsets highlighting relies on.
type foldFilter struct{}

func (foldFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		tok.Term = fold(tok.Term)
	}
	return in
}

// fold strips diacritics (é → e, ç → c) and maps a few letters that do not
// decompose. Pure ASCII input is returned as is, without allocating.
func fold(term []byte) []byte {
	ascii := true
	for _, c := range term {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return term
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.Bytes(t, term)
	if err != nil {
		return term
	}
	return []byte(undecomposable.Replace(string(out)))
}

// undecomposable maps letters that Unicode does not decompose into a base
// letter and a mark.
var undecomposable = strings.NewReplacer("ß", "ss", "æ", "ae", "ø", "o", "œ", "oe", "ł", "l", "đ", "d", "ı", "i")

// newMapping is the slim document mapping: paragraphs are indexed but not
// stored (the corpus is in memory), no _all field, no doc values, no
// dynamic fields. With american, British spellings are indexed the
// American way (spellingFilter); without, as written, for ablation.
func newMapping(american bool) (*mapping.IndexMappingImpl, error) {
	if err := registerFilters(); err != nil {
		return nil, err
	}
	m := mapping.NewIndexMapping()
	filters := []string{en.PossessiveName, lowercase.Name, foldName, en.StopName, spellingName, porter.Name}
	if !american {
		filters = slices.DeleteFunc(filters, func(f string) bool { return f == spellingName })
	}
	if err := m.AddCustomAnalyzer(analyzerName, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicodetok.Name,
		"token_filters": filters,
	}); err != nil {
		return nil, err
	}
	m.DefaultAnalyzer = analyzerName
	m.ScoringModel = bindex.BM25Scoring
	m.IndexDynamic = false
	m.StoreDynamic = false
	m.DocValuesDynamic = false

	doc := mapping.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt("text", fieldMapping(true)) // phrase queries need positions
	// A section is only matched word by word, and locations are read
	// from the text alone (termLocations, excerpt).
	doc.AddFieldMappingsAt("section", fieldMapping(false))
	// bleve adds an empty _all field to every document unless it is
	// disabled: no query reads it.
	doc.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	m.DefaultMapping = doc
	return m, nil
}

// fieldMapping is an indexed field of the briefbot analyzer, neither stored
// nor in _all nor in doc values, with term vectors (positions) when
// positions is set.
func fieldMapping(positions bool) *mapping.FieldMapping {
	f := mapping.NewTextFieldMapping()
	f.Analyzer = analyzerName
	f.Store = false
	f.IncludeInAll = false
	f.IncludeTermVectors = positions
	f.DocValues = false
	return f
}
