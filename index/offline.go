package index

import (
	"context"
	"fmt"
	"runtime"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/briefbot/briefbot/corpus"
)

// bleve's offline builder analyses every document of a batch on the one
// goroutine that builds the batch's segment, so indexing used one core
// however many there were. Here documents are mapped and analysed on every
// core, in order, and the segments are built from them already analysed
// (segments.go). The index holds the postings bleve.NewBuilder would write
// (same mapping, same analysis), with the documents in corpus order, where
// bleve's builder numbers a batch in a map's random order.

// indexMetaJSON is what bleve writes to index_meta.json for a scorch index
// (bleve.NewBuilder writes the same); bleve.Open reads it to pick scorch.
const indexMetaJSON = `{"storage":"scorch","index_type":"scorch"}`

// analysed is a document whose fields were analysed beforehand: anything
// that calls Analyze again (scorch's builder does) costs nothing.
type analysed struct {
	*document.Document
	fields []bindex.Field
	arrays *chunkArrays // its term frequencies' arrays, recycled by release
}

// release recycles d's arrays; d's term frequencies are not to be read
// after.
func (d analysed) release() { d.arrays.release() }

// keep marks d's arrays as never recycled.
func (d analysed) keep() {
	if d.arrays != nil {
		d.arrays.keep.Store(true)
	}
}

func (d analysed) VisitFields(visit bindex.FieldVisitor) {
	for _, f := range d.fields {
		visit(f)
	}
}

// AddIDField does nothing: analyse added the _id field already.
func (analysed) AddIDField() {}

// analysedField is a field whose Analyze already ran.
type analysedField struct{ bindex.Field }

func (analysedField) Analyze() {}

// analyse maps v to a document with the given ID and analyses its fields,
// the _id field included, as scorch's builder would; ta, when not nil,
// analyses the fields of its analyzer.
func analyse(m mapping.IndexMapping, ta *termAnalyzer, id string, v any) (analysed, error) {
	var arrays *chunkArrays
	if ta != nil {
		arrays = ta.doc
	}
	doc := document.NewDocument(id)
	if err := m.MapDocument(doc, v); err != nil {
		return analysed{}, err
	}
	doc.AddIDField()
	fields := make([]bindex.Field, len(doc.Fields))
	for i, f := range doc.Fields {
		fields[i] = analysedField{f}
		if !f.Options().IsIndexed() {
			continue
		}
		var done bindex.Field = f
		if pre, ok := ta.field(f); ok {
			fields[i], done = pre, pre
		} else {
			f.Analyze()
		}
		if f.Name() != "_id" { // the composite _all field, as scorch composes it
			doc.VisitComposite(func(cf bindex.CompositeField) {
				cf.Compose(done.Name(), done.AnalyzedLength(), done.AnalyzedTokenFrequencies())
			})
		}
	}
	return analysed{Document: doc, fields: fields, arrays: arrays}, nil
}

// analyseChunk analyses the paragraphs of one chunk.
func analyseChunk(m mapping.IndexMapping, ta *termAnalyzer, ch chunk) ([]bindex.Document, error) {
	docs := make([]bindex.Document, 0, ch.end-ch.start)
	ta.startChunk(ch.end - ch.start)
	var heads []int32
	if !ch.noLeads {
		heads = reportHeads(ch.b)
	}
	for n := ch.start; n < ch.end; n++ {
		text, _, err := indexedText(ch.b, n, ch.noTurns)
		if err != nil {
			return nil, fmt.Errorf("index: %s ¶%d: %w", ch.b.Slug, n, err)
		}
		d, err := analyse(m, ta, docID(ch.b.Slug, n), paragraphDoc{Text: text, Section: sectionText(ch.b, heads, n)})
		if err != nil {
			return nil, fmt.Errorf("index: %s ¶%d: %w", ch.b.Slug, n, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// chunk is paragraphs start … end-1 of one briefing: a unit of analysis.
type chunk struct {
	b          *corpus.Briefing
	start, end int
	noTurns    bool // see Options
	noLeads    bool // see Options
}

// chunkSize is how many paragraphs one worker analyses at a time. Up to
// two chunks a core wait analysed (analyseInOrder), at some 10 KB a
// paragraph: small chunks keep that a few megabytes.
const chunkSize = 128

// chunks cuts c's paragraphs into chunks, in corpus order, to be indexed
// with opts' noTurns and noLeads.
func chunks(c *corpus.Corpus, opts Options) []chunk {
	var out []chunk
	for _, b := range c.Briefings {
		for start := 1; start <= len(b.Paragraphs); start += chunkSize {
			out = append(out, chunk{b, start, min(start+chunkSize, len(b.Paragraphs)+1), opts.noTurns, opts.noLeads})
		}
	}
	return out
}

// analysedChunk is a chunk's documents or why it failed.
type analysedChunk struct {
	docs []bindex.Document
	err  error
}

// analyseInOrder analyses the paragraphs of cs on every core and calls use with
// each chunk's documents in corpus order. At most a few chunks per core
// wait, analysed, for use, which bounds memory. It stops at the first
// error, from use, analysis or ctx.
func analyseInOrder(ctx context.Context, cs []chunk, m mapping.IndexMapping, use func([]bindex.Document) error) error {
	p := newPipeline(len(cs), m)
	stop := make(chan struct{})
	defer close(stop)
	go p.start(cs, stop)
	return p.drain(ctx, use)
}

// pipeline is one run of analyseInOrder: a result channel per chunk, in
// corpus order; the tokens that bound how many chunks are analysed ahead
// of use; and the term analysers passed from one chunk's analysis to the
// next.
type pipeline struct {
	m      mapping.IndexMapping
	out    []chan analysedChunk
	ahead  chan struct{}
	free   chan *termAnalyzer
	blocks *buildBlocks
}

// newPipeline readies a run over n chunks. Each running analysis has a
// termAnalyzer of its own, made the first time it is needed and passed
// on to the next analysis after it. One per core: no more run at once,
// and each holds a vocabulary.
func newPipeline(n int, m mapping.IndexMapping) *pipeline {
	p := &pipeline{
		m:      m,
		out:    make([]chan analysedChunk, n),
		ahead:  make(chan struct{}, 2*runtime.GOMAXPROCS(0)),
		free:   make(chan *termAnalyzer, runtime.GOMAXPROCS(0)),
		blocks: newBuildBlocks(),
	}
	for i := range p.out {
		p.out[i] = make(chan analysedChunk, 1)
	}
	for range cap(p.free) {
		p.free <- nil
	}
	return p
}

// start sets each chunk's analysis going, in corpus order, when a token
// of ahead is free; it returns when every chunk has started or stop is
// closed.
func (p *pipeline) start(cs []chunk, stop <-chan struct{}) {
	for i, ch := range cs {
		select {
		case p.ahead <- struct{}{}:
		case <-stop:
			return
		}
		go p.analyse(i, ch)
	}
}

// analyse analyses chunk i with a free term analyser and leaves the
// result on its channel, which holds one so that analyse never waits.
func (p *pipeline) analyse(i int, ch chunk) {
	ta := <-p.free
	if ta == nil {
		ta = newTermAnalyzer(p.m)
		if ta != nil {
			ta.blocks = p.blocks
		}
	}
	docs, err := analyseChunk(p.m, ta, ch)
	p.free <- ta
	p.out[i] <- analysedChunk{docs, err}
}

// drain hands each chunk's documents to use in corpus order, freeing a
// token of ahead for each, and stops at the first error.
func (p *pipeline) drain(ctx context.Context, use func([]bindex.Document) error) error {
	for i := range p.out {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("index: %w", err)
		}
		r := <-p.out[i]
		<-p.ahead
		if r.err != nil {
			return r.err
		}
		if err := use(r.docs); err != nil {
			return err
		}
	}
	return nil
}

// sectionText is what the section field of paragraph n of b holds: its
// section's heading and, for a later paragraph of a news report (heads,
// see reportHeads; nil for none), the report's lead. A dispatch's later
// paragraphs tell of what its lead names without naming it again ("The
// trouble began yesterday morning" under "Rioters torch factories"), so
// the lead is matched with them as their heading is: in the section
// field, at boostSection, below the paragraph's own words.
func sectionText(b *corpus.Briefing, heads []int32, n int) string {
	s := b.Paragraphs[n-1].Section
	if n <= len(heads) && heads[n-1] > 0 && int(heads[n-1]) != n {
		s += "\n" + b.Paragraphs[heads[n-1]-1].Text
	}
	return s
}
