package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index/internal/rank"
)

// judgedQuestion is one judged question of the development corpus.
type judgedQuestion = JudgedQuestion

// devBriefingFile is the briefing beside a development questions file,
// in whichever format it was saved: SLUG.md, .txt, .html or .htm.
func devBriefingFile(base string) string {
	for _, ext := range []string{".md", ".txt", ".html", ".htm"} {
		if _, err := os.Stat(base + ext); err == nil {
			return base + ext
		}
	}
	return base + ".md" // reading it fails, naming the file
}

// judged is a corpus with questions about one of its briefings.
type judged struct {
	slug string
	c    *corpus.Corpus
	qs   []judgedQuestion
}

// devSets are the development corpus's questions, asked of each briefing
// indexed alone and of all of them in one index. (Package evaluate,
// which scores them for briefbot eval, imports this one.)
func devSets(t *testing.T) []judged {
	t.Helper()
	files, err := filepath.Glob("../corpus/testdata/eval/dev/*.questions.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no development questions: %v", err)
	}
	var alone, together []judged
	var all []*corpus.Briefing
	for _, qf := range files {
		b, qs := judgedBriefing(t, qf)
		alone = append(alone, judged{b.Slug, mustCorpus(t, b), qs})
		all = append(all, b)
	}
	whole := mustCorpus(t, all...)
	for _, s := range alone {
		together = append(together, judged{s.slug, whole, s.qs})
	}
	return append(alone, together...)
}

// judgedBriefing parses the briefing the questions file qf is for and
// reads its judged questions.
func judgedBriefing(t *testing.T, qf string) (*corpus.Briefing, []judgedQuestion) {
	t.Helper()
	md := devBriefingFile(strings.TrimSuffix(qf, ".questions.jsonl"))
	data, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	b, err := corpus.Parse(filepath.Base(md), data)
	if err != nil {
		t.Fatal(err)
	}
	return b, readJudged(t, qf)
}

func mustCorpus(t *testing.T, bs ...*corpus.Briefing) *corpus.Corpus {
	t.Helper()
	c, err := corpus.New(bs...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func readJudged(t *testing.T, path string) []judgedQuestion {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var qs []judgedQuestion
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var q judgedQuestion
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatalf("%s:%d: %v", path, i+1, err)
		}
		qs = append(qs, q)
	}
	return qs
}

// rankOf is where the first passage of slug holding a gold substring
// ranks in the top 20, or 0.
func rankOf(t *testing.T, ix *Index, slug string, q judgedQuestion) int {
	res, err := ix.Search(context.Background(), q.Q, 20, 0)
	if err != nil && !errors.Is(err, corpus.ErrNoQuery) {
		t.Fatal(err)
	}
	fold := strings.NewReplacer("\u00a0", " ", "‘", "'", "’", "'", "“", `"`, "”", `"`)
	for _, p := range res.Passages {
		for _, g := range q.Gold {
			if p.Briefing == slug && strings.Contains(strings.Join(strings.Fields(fold.Replace(p.Text)), " "), strings.Join(strings.Fields(fold.Replace(g)), " ")) {
				return p.Rank
			}
		}
	}
	return 0
}

// ablation switches off one part of the ranker: set changes a built
// index, or opts the build itself (for the analyzer's parts).
type ablation struct {
	name string
	set  func(ix *Index)
	opts Options
}

func ablations() []ablation {
	out := []ablation{
		{"WordNet forms", func(ix *Index) { ix.expansion.noForms = true }, Options{}},
		{"WordNet agent nouns", func(ix *Index) { ix.lexicon = ix.lexicon.WithoutAgents() }, Options{}},
		// WordNet's synonyms: with weights refitted with them and without
		// them on the 235 development briefings (2026-12-04), this
		// measure gives Hit@1 0.6851, MRR 0.7600 with them, 0.6844, 0.7611
		// without (0.6850, 0.7616 refitted without), and briefbot eval
		// (each briefing alone) MRR 0.846 against 0.842, better on both
		// halves of dev: they pay alone and cost a little MRR in one index
		// of all the briefings. Hit@1 holds them here.
		{"WordNet synonyms", func(ix *Index) { ix.expansion.noSynonyms = true }, Options{}},
		{"WordNet kin (focus)", func(ix *Index) { ix.expansion.noKin = true }, Options{}},
		// Joined words ("run off" → runoff) are not here: on the 103
		// development briefings their effect is nil (2026-12-02: the same
		// Hit@1, Hit@3 and MRR to four places over 7,636 rankings), so
		// their test is TestCompounds, as the names-first rule's is
		// TestNamesFirst.
		{"names typed otherwise", func(ix *Index) { ix.expansion.noNamedWords = true }, Options{}},
		{"ordinary words are no names", func(ix *Index) { ix.expansion.keepOrdinary = true }, Options{}},
		{"English words are no misspelt names", func(ix *Index) { ix.expansion.englishMisspelt = true }, Options{}},
		{"names held by a whole form", func(ix *Index) { ix.expansion.noWholeNames = true }, Options{}},
		{"place beside the event (where focus)", func(ix *Index) { ix.expansion.noPlaceFocus = true }, Options{}},
		{"date in the event's sentence (when focus)", func(ix *Index) { ix.expansion.noSentenceDate = true }, Options{}},
		{"surnames", func(ix *Index) { ix.expansion.noSurnames = true }, Options{}},
		{"learned bridges", func(ix *Index) { ix.expansion.noBridges = true }, Options{}},
		{"American spellings", nil, Options{keepBritish: true}},
		{"news reports' datelines", func(ix *Index) { ix.reports = nil; ix.about = ix.aboutTerms() }, Options{}},
		{"answer turns read after their question", nil, Options{noTurns: true}},
		{"news reports' leads above their paragraphs", nil, Options{noLeads: true}},
		{"title lines below prose", func(ix *Index) { ix.ranker.noTitleTier = true }, Options{}},
		{"weights per kind of question", func(ix *Index) {
			ix.ranker.model = rank.Model{Global: ix.ranker.model.Global, Boost: ix.ranker.model.Boost}
		}, Options{}},
		{"boosted trees", func(ix *Index) { ix.ranker.model.Boost = rank.Boost{} }, Options{}},
	}
	for f := rank.Feature(1); f < rank.NumFeatures; f++ {
		out = append(out, ablation{"feature " + f.String(), func(ix *Index) { ix.ranker.model = ix.ranker.model.Without(f) }, Options{}})
	}
	return out
}

// TestNamesFirst: a paragraph that holds none of the question's names
// does not outrank one that holds them, however many of its common words
// it shares, whatever the fitted weights. (On the development questions
// the fitted anchors weight already does this: the rule's own effect
// there is nil, so its test is this one, with the anchors weight off, not
// TestAblation.)
func TestNamesFirst(t *testing.T) {
	c := briefing(t,
		"Fighters loyal to Commander Okello were seen in the hills.",
		"The bridge depot convoy attack at dawn: the river convoy attacked, the depot attacked, the bridge attacked again at dawn.",
		"Talks resumed in spring, and Okello said little.",
	)
	for _, tt := range []struct {
		noTiers bool
		want    []int
	}{{false, []int{1, 3}}, {true, []int{2}}} { // ¶1 and ¶3 name Okello; which of them ranks best is the weights' call
		ix := build(t, c)
		ix.ranker.noTiers = tt.noTiers
		ix.ranker.model = ix.ranker.model.Without(rank.Anchors)
		res, err := ix.Search(context.Background(), "okello bridge depot convoy attack dawn river", 3, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Passages[0].Paragraph; !slices.Contains(tt.want, got) {
			t.Errorf("tiers off %v: first ¶%d, want one of ¶%v", tt.noTiers, got, tt.want)
		}
	}
}

// TestAblation removes each part of the ranker in turn and checks that
// the development figures drop without it: a part that does not earn its
// place fails here.
func TestAblation(t *testing.T) {
	if testing.Short() {
		t.Skip("asks every development question once per ablation")
	}
	if raceDetector {
		t.Skip("single-threaded quality measurement; .ci/run runs it without -race")
	}
	sets := devSets(t)
	type built struct{ keepBritish, noTurns, noLeads bool } // the options an ablation builds with
	indexed := map[built]map[*corpus.Corpus]*Index{}
	indexes := func(opts Options) map[*corpus.Corpus]*Index {
		key := built{opts.keepBritish, opts.noTurns, opts.noLeads}
		if indexed[key] == nil {
			indexed[key] = map[*corpus.Corpus]*Index{}
			for _, s := range sets {
				if indexed[key][s.c] == nil {
					indexed[key][s.c] = buildWith(t, s.c, opts)
				}
			}
		}
		return indexed[key]
	}
	measure := func(change func(*Index), opts Options) rank.Metrics {
		var ranks []int
		ixs := indexes(opts)
		for _, s := range sets {
			ix := *ixs[s.c]
			ix.ranker = defaultRanker()
			if change != nil {
				change(&ix)
			}
			for _, q := range s.qs {
				ranks = append(ranks, rankOf(t, &ix, s.slug, q))
			}
		}
		return rank.MetricsOf(ranks)
	}
	show := func(m rank.Metrics) string {
		return fmt.Sprintf("Hit@1 %.4f Hit@3 %.4f MRR %.4f", m.HitAt1, m.HitAt3, m.MRR)
	}
	full := measure(nil, Options{})
	t.Logf("%-28s n=%d %s", "full ranker", full.N, show(full))
	// Each ablation is a subtest, so one can be run alone:
	// go test ./index -run 'TestAblation/feature_answer'.
	for _, a := range ablations() {
		t.Run(a.name, func(t *testing.T) {
			m := measure(a.set, a.opts)
			t.Logf("%-28s       %s", "without "+a.name, show(m))
			if m.MRR >= full.MRR && m.HitAt1 >= full.HitAt1 {
				t.Errorf("without %s: %s, no worse than the full ranker", a.name, show(m))
			}
		})
	}
}

// TestPervasiveNameIsNoAnchor: in a briefing that names Okello in nearly
// every paragraph, the paragraph that says where the rebels kept their
// headquarters answers "where was Okello's headquarters" though it does
// not name him; counted as an anchor all the same (noPervasive), his name
// puts every other paragraph above it.
func TestPervasiveNameIsNoAnchor(t *testing.T) {
	paras := []string{
		"In 1985 Okello founded the front in the northern hills.",
		"Through the dry season Okello's fighters raided the river towns.",
		"The army sent two brigades after Okello in 1986.",
		"At the border Okello met the envoys of the council.",
		"In 1987 Okello rejected the offer of an amnesty.",
		"During the first weeks the rebels held the coffee district, with their headquarters at Santa Lena.",
		"Near the lake Okello's deputy was killed in an ambush.",
		"The church tried to mediate between Okello and the government.",
		"In March 1990 Okello signed a ceasefire.",
		"After the ceasefire Okello went into exile.",
		"In 1995 Okello returned and founded a party.",
		"In 2004 Okello died.",
	}
	for _, tt := range []struct {
		noPervasive bool
		first       bool
	}{{false, true}, {true, false}} {
		ix := build(t, briefing(t, paras...))
		ix.ranker.noPervasive = tt.noPervasive
		res, err := ix.Search(context.Background(), "where was okello's headquarters", 3, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Passages[0].Paragraph == 6; got != tt.first {
			t.Errorf("noPervasive %v: first ¶%d, want the headquarters' ¶6 first: %v", tt.noPervasive, res.Passages[0].Paragraph, tt.first)
		}
	}
}
