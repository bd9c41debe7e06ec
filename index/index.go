// Package index owns full-text search over a corpus: a bleve scorch index of
// paragraphs with BM25 scoring and an English analyzer that folds accents,
// the translation of questions into bleve query objects, and excerpts with
// the matched terms in bold. No bleve type leaves this package; callers see
// corpus.Passage values.
package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// batchSize is how many paragraphs go into one segment of the offline
// build: larger batches mean fewer segments to merge, but the writer
// holds up to two batches analysed (one filling, one being built), at
// some 10 KB a paragraph, and zapx's structures for the one being built.
// At 100k paragraphs, 10,000 peaked at 1 GB in `briefbot index` and
// 2,000 at 580-640 MB; 1,000 cut the peak by about 100 MB with the merged
// segment byte for byte the same (but for the footer, which differs
// between two builds of any size). 500 saved little more and left 112 MB
// of segments to merge against 90.
const batchSize = 1000

// Options tune Build. The zero value builds in a temporary folder and logs
// nothing.
type Options struct {
	// Dir keeps the index on disk there. It is reused when the corpus and
	// mapping are unchanged, and rebuilt atomically otherwise.
	Dir string
	// Logger receives warnings (a corrupt Dir) and progress. Nil discards.
	Logger *slog.Logger
	// Progress, if set, is called after each batch with paragraphs done and
	// the total.
	Progress func(done, total int)
	// keepBritish indexes British spellings as written, for ablation
	// (see spellingFilter).
	keepBritish bool
	// noTurns indexes a transcript's answer paragraphs without the
	// question they answer past the first, for ablation (see
	// askedBefore).
	noTurns bool
	// noLeads matches a news report's later paragraphs without its lead
	// (see sectionText and aboutTerms), for ablation.
	noLeads bool
	// scratch, if set, replaces scratchRoots: where an index without Dir
	// is built (tests).
	scratch []string
	// TextOnDisk moves the paragraphs' text out of memory once the index
	// is ready (corpus.Corpus.MoveText): it is read from a file beside the
	// index (textsFile; a temporary one without Dir) when a passage is
	// re-ranked or shown. Read paragraphs with corpus.Briefing.Text then.
	TextOnDisk bool
	// Stamps, with Dir, are those of the folder the corpus was read from,
	// taken before it was read (corpus.Stamp): the corpus is stored beside
	// the index with them, so that ReadStored can stand in for reading the
	// folder while they still match. Nil stores nothing, as for a corpus
	// that ReadStored returned.
	Stamps *corpus.Stamps
	// Hash, when not empty, is Hash(c), as ReadStored returns it with the
	// corpus it stored: computing it reads all the text (a sixth of a
	// reopening's CPU at 100k paragraphs).
	Hash string
}

// Index answers questions over one corpus. It is safe for concurrent use.
type Index struct {
	idx       bleve.Index
	corpus    *corpus.Corpus
	analyzer  analysis.Analyzer
	analysers *analysers // termAnalyzers standing in for analyzer, lent to searches
	scratches *scratches // buffers lent to searches (searchScratch)
	expander  *expander
	lexicon   *wordnet.Lexicon
	names     map[string]bool            // words the corpus writes as names
	mentions  map[string][]mention       // where each name is used (properNouns)
	about     map[string]map[string]bool // per heading (headingOf), terms of its title, heading and dateline
	reports   map[string][]int32         // per briefing of news reports, each paragraph's report (reportHeads)
	noTurns   bool                       // Options.noTurns, which the index was built with
	noLeads   bool                       // Options.noLeads, which the index was built with
	ranker    ranker
	expansion expansion
	intros    introducers // with Options.TextOnDisk, what introduces each paragraph
	bridges   bridgeTable // learned lexical bridges (bridges.txt)
	// Reused reports whether Build opened a persisted index instead of
	// indexing.
	Reused bool
	// Stages are the steps Build took and their times.
	Stages []Stage
	hash   string
}

// Build indexes every paragraph of c, in a temporary folder or under
// opts.Dir. It also makes sure c is extracted (factions, events),
// which the index uses to expand questions: under opts.Dir an unchanged
// corpus restores the extraction stored with the index rather than
// deriving it again.
func Build(ctx context.Context, c *corpus.Corpus, opts Options) (*Index, error) {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	m, err := newMapping(!opts.keepBritish)
	if err != nil {
		return nil, fmt.Errorf("index: mapping: %w", err)
	}
	bridges, err := loadBridges()
	if err != nil {
		return nil, err
	}
	var st stages
	// The question side's proper names come from the whole text: read it
	// while the index is built or reopened.
	hash := opts.Hash
	if hash == "" {
		_ = st.time("hash", func() error { hash = Hash(c); return nil })
	}
	names, stored := startNames(c, hash, opts)
	idx, reused, err := openIndex(ctx, c, hash, m, opts, &st)
	if err != nil {
		return nil, err
	}
	an := m.AnalyzerNamed(analyzerName)
	if an == nil {
		return nil, errors.Join(errors.New("index: analyzer not registered"), idx.Close())
	}
	ix := &Index{
		idx: idx, corpus: c, analyzer: an, lexicon: wordnet.Load(), ranker: defaultRanker(), bridges: bridges,
		Reused: reused, hash: hash, noTurns: opts.noTurns, noLeads: opts.noLeads,
	}
	ix.complete(names, stored, opts, &st)
	return ix, nil
}

// openIndex builds the bleve index of c in a temporary folder, or, under
// opts.Dir, opens the one persisted for hash or builds it there. It
// reports whether it reused a persisted index; on an error no index is
// left open.
func openIndex(ctx context.Context, c *corpus.Corpus, hash string, m *mapping.IndexMappingImpl, opts Options, st *stages) (bleve.Index, bool, error) {
	var (
		idx    bleve.Index
		reused bool
		err    error
	)
	if opts.Dir == "" {
		idx, err = buildEphemeral(ctx, c, m, opts, st)
	} else {
		idx, reused, err = openOrBuild(ctx, c, hash, m, opts, st)
	}
	if err != nil {
		if idx != nil {
			err = errors.Join(err, idx.Close())
		}
		return nil, false, err
	}
	return idx, reused, nil
}

// complete derives what ix ranks with besides its bleve index: the
// question analysers, the expander, the proper names names delivers
// (stored under opts.Dir when a rebuild replaced the folder, or when they
// were not stored), and with opts.TextOnDisk the texts moved to disk. It
// records the stages' times in ix.Stages.
func (ix *Index) complete(names chan properNouns, stored bool, opts Options, st *stages) {
	c := ix.corpus
	ix.analysers, ix.scratches = newAnalysers(ix.analyzer), &scratches{}
	_ = st.time("expander", func() error { ix.expander = newExpander(c); return nil })
	_ = st.time("names", func() error {
		pn := <-names
		ix.names, ix.mentions = pn.words, pn.mentions
		ix.reports = reportsOf(c)
		ix.about = ix.aboutTerms()
		return nil
	})
	if opts.Dir != "" && (!stored || !ix.Reused) { // a rebuild replaced the folder
		if err := writeNames(versionDir(opts.Dir, ix.hash), properNouns{ix.names, ix.mentions}); err != nil {
			opts.Logger.Warn("cannot store the proper names", "dir", opts.Dir, "err", err)
		}
	}
	if opts.TextOnDisk {
		_ = st.time("texts", func() error { ix.moveText(opts); return nil })
	}
	ix.Stages = *st
}

// moveText moves the corpus's text to its texts file (see
// Options.TextOnDisk), written first when missing, as in a folder an older
// version persisted. When no file can be written or opened, the text stays
// in memory, and a warning says why.
func (ix *Index) moveText(opts Options) {
	t, err := ix.openTexts(opts)
	if err == nil {
		ix.intros, err = introducersOf(ix.corpus, ix.noTurns)
	}
	if err != nil {
		opts.Logger.Warn("paragraph texts stay in memory", "err", err)
		return
	}
	ix.corpus.MoveText(t.read)
}

func (ix *Index) openTexts(opts Options) (*paragraphTexts, error) {
	if opts.Dir == "" {
		return tempTexts(ix.corpus, ix.hash, opts)
	}
	path := filepath.Join(versionDir(opts.Dir, ix.hash), textsFile)
	if t, err := openTexts(path, ix.hash, ix.corpus); err == nil {
		return t, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		opts.Logger.Warn("stored paragraph texts unusable; writing them again", "path", path, "err", err)
	}
	if err := writeTexts(path, ix.hash, ix.corpus); err != nil {
		return nil, err
	}
	return openTexts(path, ix.hash, ix.corpus)
}

// tempTexts writes c's texts to a scratch folder, opens them and removes
// the folder: the open file stays readable until closed.
func tempTexts(c *corpus.Corpus, hash string, opts Options) (*paragraphTexts, error) {
	tmp, err := scratchDir(opts.scratch)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err := os.RemoveAll(tmp); err != nil {
			opts.Logger.Warn("cannot remove the temporary texts folder", "dir", tmp, "err", err)
		}
	}()
	path := filepath.Join(tmp, textsFile)
	if err := writeTexts(path, hash, c); err != nil {
		return nil, err
	}
	return openTexts(path, hash, c)
}

func flush(ctx context.Context, idx bleve.Index, batch *bleve.Batch) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if batch.Size() == 0 {
		return nil
	}
	if err := idx.Batch(batch); err != nil {
		return fmt.Errorf("index: batch: %w", err)
	}
	batch.Reset()
	return nil
}

// paragraphDoc is what bleve indexes for a paragraph. When the paragraph
// before leads into this one, Text starts with it: a quotation's
// attribution ("As Kleinfeld told the Journal:") says who is speaking,
// which the quotation itself never does.
type paragraphDoc struct {
	Text    string `json:"text"`
	Section string `json:"section"`
}

// indexedText is what the text field of paragraph n of b holds: the
// paragraph, after what introduces it if anything does (see
// introduction). body is where the paragraph itself starts.
// noTurns leaves out askedBefore, for ablation. It fails only when a
// paragraph cannot be read (corpus.Briefing.Text).
func indexedText(b *corpus.Briefing, n int, noTurns bool) (text string, body int, err error) {
	p, err := b.Text(n)
	if err != nil {
		return "", 0, err
	}
	lead, err := introduction(b, n, noTurns)
	if err != nil {
		return "", 0, err
	}
	if lead != "" {
		return lead + "\n" + p, len(lead) + 1, nil
	}
	return p, 0, nil
}

// indexedText is indexedText, reading what introduces paragraph n from
// ix.intros when the corpus's text is on disk.
func (ix *Index) indexedText(b *corpus.Briefing, n int) (text string, body int, err error) {
	ks, ok := ix.intros[b]
	if !ok {
		return indexedText(b, n, ix.noTurns)
	}
	p, err := b.Text(n)
	if err != nil || ks[n-1] == 0 {
		return p, 0, err
	}
	lead, err := b.Text(int(ks[n-1]))
	if err != nil {
		return "", 0, err
	}
	return lead + "\n" + p, len(lead) + 1, nil
}

// candidates are the top hits, with where the question's terms occur in
// each: found in their text where it can (locateInText), else by a
// second search.
//
// sc, if not nil, is the search's scratch: the candidates' analysed texts
// and sentences are carved from it (see searchScratch).
func (ix *Index) candidates(ctx context.Context, pl plan, hits search.DocumentMatchCollection, sc *searchScratch) ([]candidate, error) {
	if len(hits) == 0 {
		return nil, nil
	}
	cs := make([]candidate, len(hits))
	ids := make([]string, len(hits))
	for i, hit := range hits {
		slug, n, ok := parseDocID(hit.ID)
		b := ix.corpus.Briefing(slug)
		if !ok || b == nil || n < 1 || n > len(b.Paragraphs) {
			return nil, fmt.Errorf("index: hit %q is not in the corpus (stale index?)", hit.ID)
		}
		text, body, err := ix.indexedText(b, n)
		if err != nil {
			return nil, err
		}
		section := b.Paragraphs[n-1].Section
		cs[i] = candidate{id: hit.ID, slug: slug, para: n, section: section, heading: ix.headingOf(slug, n, section), text: text, body: body, bm25: hit.Score, score: hit.Score, scratch: sc}
		ids[i] = hit.ID
	}
	if ix.locateInText(pl, cs) {
		return cs, nil
	}
	terms, err := ix.termLocations(ctx, ix.locationQuery(pl.exact), ids)
	if err != nil {
		return nil, err
	}
	for i := range cs {
		cs[i].terms = terms[cs[i].id]
	}
	return cs, nil
}

// termLocations finds where the terms q matches stand in the text of
// each paragraph of ids that q matches. Asking bleve for locations on
// this second, ID-restricted search keeps their cost to the few hits
// re-ranked, not every hit; scores are not needed.
func (ix *Index) termLocations(ctx context.Context, q query.Query, ids []string) (map[string]map[string][]termAt, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), q), len(ids), 0, false)
	req.IncludeLocations = true
	req.Score = bleve.ScoreNone
	sr, err := ix.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	out := make(map[string]map[string][]termAt, len(sr.Hits))
	for _, hit := range sr.Hits {
		terms := map[string][]termAt{}
		text, _ := ix.textOf(hit.ID)
		at := offsetsByPosition(ix.analyzer, text) // the index keeps no offsets
		for term, locs := range hit.Locations["text"] {
			for _, l := range locs {
				sp, _ := at.of(int(l.Pos))
				terms[term] = append(terms[term], termAt{pos: int(l.Pos), start: sp.start})
			}
		}
		out[hit.ID] = terms
	}
	return out, nil
}

// rankRequest asks for the top n hits of q. Equal scores are ordered by
// document ID, so the candidates cut at n are the same in every process.
func rankRequest(q query.Query, n int) *bleve.SearchRequest {
	req := bleve.NewSearchRequestOptions(q, n, 0, false)
	req.SortBy([]string{"-_score", "_id"})
	return req
}

func docID(slug string, n int) string { return slug + "#" + strconv.Itoa(n) }

func parseDocID(id string) (string, int, bool) {
	i := strings.LastIndexByte(id, '#')
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(id[i+1:])
	return id[:i], n, err == nil
}

// paragraph resolves a document ID to its paragraph in the corpus.
func (ix *Index) paragraph(id string) (corpus.Paragraph, *corpus.Briefing, error) {
	slug, n, ok := parseDocID(id)
	b := ix.corpus.Briefing(slug)
	if !ok || b == nil || n < 1 || n > len(b.Paragraphs) {
		return corpus.Paragraph{}, nil, fmt.Errorf("index: hit %q is not in the corpus (stale index?)", id)
	}
	return b.Paragraphs[n-1], b, nil
}

// Hash is the content hash (see Hash) of the indexed corpus: equal hashes
// mean an identical corpus, so a reload can tell there is nothing to do.
func (ix *Index) Hash() string { return ix.hash }

// Corpus returns the corpus the index was built from.
func (ix *Index) Corpus() *corpus.Corpus { return ix.corpus }

// Rest lets go of what searches keep warm for the next questions and can
// make again: the analysers lent to searches, each with its cache of
// filtered words (a few megabytes at 100k paragraphs), and the pages of
// the segment files mapped in the process (releaseSegmentPages: 20-60 MB
// at 100k). A server calls it when it falls idle; the next searches
// answer the same, filtering their words afresh and mapping again the
// pages they read. Safe beside searches. An error leaves pages mapped,
// nothing worse.
func (ix *Index) Rest() error {
	ix.analysers.drop()
	return ix.releaseSegmentPages()
}

// Close releases the index. Searches after Close fail.
// The texts file of Options.TextOnDisk stays open while the corpus that
// reads it is reachable (a command may print a group after closing the
// index; a reload retires an index while a reply may still quote its
// corpus): Go closes it when the corpus is collected.
func (ix *Index) Close() error { return ix.idx.Close() }

// MaxPage is the most passages one Search returns.
const MaxPage = 100

// Search ranks the paragraphs that answer question and returns those at
// ranks offset+1 … offset+k, with excerpts. A question with nothing to
// search for returns corpus.ErrNoQuery.
func (ix *Index) Search(ctx context.Context, question string, k, offset int) (corpus.Results, error) {
	res := corpus.Results{Question: question}
	k, offset = ix.pageBounds(k, offset)
	pl := ix.buildQuery(question)
	if pl.query == nil {
		return res, corpus.ErrNoQuery
	}
	sc := ix.scratches.get()
	defer ix.scratches.put(sc)
	r, err := ix.ranked(ctx, &pl, offset+k, sc)
	if err != nil {
		return res, err
	}
	res.Total = r.total
	if r.unanswered {
		res.Missing = missingNote(question, pl)
	}
	page := r.cs[min(offset, len(r.cs)):min(offset+k, len(r.cs))]
	res.Passages, err = ix.passages(ctx, page, pl, offset)
	return res, err
}

// pageBounds bounds a page at the boundary: no page is larger than
// MaxPage and none starts past the last paragraph, so offset+k never
// overflows. A page size of zero or less asks for the default, 3.
func (ix *Index) pageBounds(k, offset int) (int, int) {
	if k <= 0 {
		k = 3
	}
	return min(k, MaxPage), min(max(offset, 0), ix.corpus.Paragraphs())
}

// rankedHits is phase one's outcome: the hits in ranked order, bleve's
// count of all matches, and whether the re-ranker found the question
// only partly answered (see ranker.rerank).
type rankedHits struct {
	cs         []candidate
	total      int
	unanswered bool
}

// ranked is phase one: it ranks at least upTo hits where the index holds
// so many, and sets pl's topic and pervasive readings. It ranks without
// highlighting, which would collect term vectors for every hit rather
// than for the page returned. Only the top candidates are re-ranked,
// whatever the page, so every page is cut from the same ranked list;
// hits beyond them keep bleve's order.
func (ix *Index) ranked(ctx context.Context, pl *plan, upTo int, sc *searchScratch) (rankedHits, error) {
	hits, total, err := ix.topHits(ctx, pl.query, max(upTo, candidates))
	if err != nil {
		return rankedHits{}, err
	}
	cs, err := ix.candidates(ctx, *pl, hits, sc)
	if err != nil {
		return rankedHits{}, err
	}
	top := cs[:min(len(cs), candidates)]
	pl.topic, pl.pervasive = ix.topicShares(*pl), ix.pervasiveAnchors(*pl)
	unanswered := ix.ranker.rerank(top, *pl, ix.about)
	return rankedHits{cs: cs, total: int(total), unanswered: unanswered}, nil
}

// passages is phase two: it highlights only the page returned and reads
// each passage's text and citation.
func (ix *Index) passages(ctx context.Context, page []candidate, pl plan, offset int) ([]corpus.Passage, error) {
	spans, err := ix.pageSpans(ctx, page, pl.highlight)
	if err != nil {
		return nil, err
	}
	var out []corpus.Passage
	for i, c := range page {
		p, b, err := ix.paragraph(c.id)
		if err != nil {
			return nil, err
		}
		if p.Text, err = b.Text(p.Number); err != nil {
			return nil, err
		}
		out = append(out, corpus.Passage{
			Rank:      offset + i + 1,
			Score:     c.score,
			Briefing:  b.Slug,
			Title:     b.Title,
			Paragraph: p.Number,
			Section:   p.Section,
			Text:      p.Text,
			Excerpt:   excerpt(p.Text, spans[c.id], excerptBytes),
			Citation:  b.Ref(p.Number).Citation(),
			URL:       b.URL,
		})
	}
	return out, nil
}

// startNames delivers the question side's proper names: those stored beside
// a persisted index of this very corpus version, else read from the whole
// text while the index is built or reopened. stored reports the former.
func startNames(c *corpus.Corpus, hash string, opts Options) (names chan properNouns, stored bool) {
	names = make(chan properNouns, 1)
	if opts.Dir != "" {
		if n, err := readNames(versionDir(opts.Dir, hash)); err == nil {
			names <- n
			return names, true
		} else if !errors.Is(err, os.ErrNotExist) {
			opts.Logger.Warn("stored proper names unusable; reading the text again", "dir", opts.Dir, "err", err)
		}
	}
	go func() { names <- properNames(c) }()
	return names, false
}
