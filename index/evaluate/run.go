package evaluate

import (
	"context"
	"fmt"
	"sort"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index"
)

// Options choose what Run measures.
type Options struct {
	// Baseline adds plain bleve's ranking (index.Baseline) beside
	// briefbot's, on the same paragraphs.
	Baseline bool
	// CorpusWide indexes every briefing of the folder as one corpus, as a
	// deployment would, instead of each briefing as its own corpus.
	CorpusWide bool
}

// Score is all three engines' figures on some briefings.
type Score struct {
	Ranking  Ranking  `json:"ranking"`
	Baseline *Ranking `json:"baseline,omitempty"`
	Factions Factions `json:"factions"`
	Events   Events   `json:"events"`
}

func (s *Score) add(o Score) {
	s.Ranking.add(o.Ranking)
	if o.Baseline != nil {
		if s.Baseline == nil {
			s.Baseline = &Ranking{}
		}
		s.Baseline.add(*o.Baseline)
	}
	s.Factions.add(o.Factions)
	s.Events.add(o.Events)
}

// Line is the score of one briefing or one style.
type Line struct {
	Name  string `json:"name"`
	Style string `json:"style"`
	Score
}

// Report is the result of Run: per briefing, per style, and overall.
type Report struct {
	Dir        string `json:"dir"`
	CorpusWide bool   `json:"corpus_wide"`
	Briefings  []Line `json:"briefings"`
	Styles     []Line `json:"styles"`
	Overall    Score  `json:"overall"`
}

// Run loads the evaluation briefings in dir and scores them.
func Run(ctx context.Context, dir string, opts Options) (*Report, error) {
	bs, err := Load(dir)
	if err != nil {
		return nil, err
	}
	rep, err := Evaluate(ctx, bs, opts)
	if err != nil {
		return nil, err
	}
	rep.Dir = dir
	return rep, nil
}

// Evaluate scores every briefing of bs, each as its own corpus or, with
// opts.CorpusWide, all as one, and sums the scores per style and overall.
func Evaluate(ctx context.Context, bs []*Briefing, opts Options) (*Report, error) {
	rep := &Report{CorpusWide: opts.CorpusWide}
	var err error
	if opts.CorpusWide {
		err = rep.scoreTogether(ctx, bs, opts)
	} else {
		err = rep.scoreApart(ctx, bs, opts)
	}
	if err != nil {
		return nil, err
	}
	rep.total()
	return rep, nil
}

// scoreApart builds one corpus and index per briefing.
func (rep *Report) scoreApart(ctx context.Context, bs []*Briefing, opts Options) error {
	for _, b := range bs {
		c, err := corpus.New(b.Briefing)
		if err != nil {
			return fmt.Errorf("evaluate: %s: %w", b.Slug, err)
		}
		e, err := newEngines(ctx, c, opts)
		if err != nil {
			return err
		}
		line, err := e.score(ctx, b)
		e.close()
		if err != nil {
			return err
		}
		rep.Briefings = append(rep.Briefings, line)
	}
	return nil
}

// scoreTogether builds one corpus and index of every briefing.
func (rep *Report) scoreTogether(ctx context.Context, bs []*Briefing, opts Options) error {
	all := make([]*corpus.Briefing, len(bs))
	for i, b := range bs {
		all[i] = b.Briefing
	}
	c, err := corpus.New(all...)
	if err != nil {
		return fmt.Errorf("evaluate: %w", err)
	}
	e, err := newEngines(ctx, c, opts)
	if err != nil {
		return err
	}
	defer e.close()
	for _, b := range bs {
		line, err := e.score(ctx, b)
		if err != nil {
			return err
		}
		rep.Briefings = append(rep.Briefings, line)
	}
	return nil
}

// total sums the briefings' lines per style and overall.
func (rep *Report) total() {
	byStyle := map[string]*Line{}
	for _, l := range rep.Briefings {
		st := byStyle[l.Style]
		if st == nil {
			st = &Line{Name: l.Style, Style: l.Style}
			byStyle[l.Style] = st
		}
		st.add(l.Score)
		rep.Overall.add(l.Score)
	}
	for _, st := range byStyle {
		rep.Styles = append(rep.Styles, *st)
	}
	sort.Slice(rep.Styles, func(i, j int) bool { return rep.Styles[i].Style < rep.Styles[j].Style })
}

// engines are what one corpus is scored with.
type engines struct {
	c        *corpus.Corpus
	ix       *index.Index
	baseline *index.Baseline // nil without Options.Baseline
}

func newEngines(ctx context.Context, c *corpus.Corpus, opts Options) (*engines, error) {
	// Text on disk, as serve reads it: the figures are those of the path
	// that serves.
	ix, err := index.Build(ctx, c, index.Options{TextOnDisk: true})
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	e := &engines{c: c, ix: ix}
	if opts.Baseline {
		if e.baseline, err = index.BuildBaseline(ctx, c); err != nil {
			ix.Close()
			return nil, fmt.Errorf("evaluate: %w", err)
		}
	}
	return e, nil
}

func (e *engines) close() {
	e.ix.Close()
	if e.baseline != nil {
		e.baseline.Close()
	}
}

// score measures the three engines (and the baseline) on one briefing.
func (e *engines) score(ctx context.Context, b *Briefing) (Line, error) {
	l := Line{Name: b.Slug, Style: b.Expected.Style}
	if l.Style == "" {
		l.Style = "unknown"
	}
	var err error
	if l.Ranking, err = scoreRanking(ctx, e.ix, b.Slug, ofBriefing(b.Slug), b.Questions); err != nil {
		return l, err
	}
	if e.baseline != nil {
		r, err := scoreRanking(ctx, e.baseline, b.Slug, ofBriefing(b.Slug), b.Questions)
		if err != nil {
			return l, err
		}
		l.Baseline = &r
	}
	if b.HasExpected {
		l.Factions = scoreFactions(e.c, b.Slug, b.Expected, factionsOf(e.c, b.Slug))
		l.Events = scoreEvents(b.Slug, b.Expected, eventsOf(e.c, b.Slug))
	}
	return l, nil
}

// factionsOf lists the factions a briefing defines.
func factionsOf(c *corpus.Corpus, slug string) []*corpus.Faction {
	var out []*corpus.Faction
	for _, f := range c.Factions {
		if f.Defined.Briefing == slug || (len(c.Briefings) == 1 && f.Defined.Briefing == "") {
			out = append(out, f)
		}
	}
	return out
}

// eventsOf lists a briefing's timeline.
func eventsOf(c *corpus.Corpus, slug string) []corpus.Event {
	var out []corpus.Event
	for _, e := range c.Events {
		if e.Ref.Briefing == slug {
			out = append(out, e)
		}
	}
	return out
}
