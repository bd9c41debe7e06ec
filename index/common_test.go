package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/briefbot/briefbot/corpus"
)

// TestCommonPhrases checks that a phrase of words common in a large
// index is left out of the query, while a phrase with any rarer word, and
// the same phrase in an index too small for it to cost much, stay in.
func TestCommonPhrases(t *testing.T) {
	big := build(t, harbourCorpus(t, commonFloor+400))
	small := build(t, harbourCorpus(t, 300))
	tests := []struct {
		name string
		ix   *Index
		q    string
		want []string
	}{
		{"common pair dropped", big, "harbour council", nil},
		{"pair with a rare word kept", big, "harbour council lantern keeper",
			[]string{"council lantern", "harbour council lantern keeper", "lantern keeper"}},
		{"small index keeps every phrase", small, "harbour council", []string{"harbour council", "harbour council"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := phrasesOf(tt.ix.buildQuery(tt.q).query); !slices.Equal(got, tt.want) {
				t.Errorf("phrases of %q = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// harbourCorpus is one briefing of n paragraphs, each with "harbour" and
// "council" side by side; one in a hundred also names the lantern keeper.
// The council counts in the present tense: "the harbour council counted"
// is a body acting (the lower-body faction rule), and a faction's name is
// an anchor of the question, not a phrase of common words.
func harbourCorpus(t *testing.T, n int) *corpus.Corpus {
	t.Helper()
	return repeatedCorpus(t, "Harbour Records", "harbour.md", n,
		"On day %d the harbour council counts %d boats.", " The lantern keeper reported a storm.")
}

// repeatedCorpus is one briefing titled title, of n paragraphs each
// filling line (a day number and a count), with rare appended to one
// paragraph in a hundred: the common words occur everywhere, the rare
// ones seldom.
func repeatedCorpus(t *testing.T, title, file string, n int, line, rare string) *corpus.Corpus {
	t.Helper()
	var sb strings.Builder
	fmt.Fprintf(&sb, "---\ntitle: %s\ndate: 2001-12-31\n---\n\n", title)
	for i := range n {
		fmt.Fprintf(&sb, line, i+1, i*7%53)
		if i%100 == 0 {
			sb.WriteString(rare)
		}
		sb.WriteString("\n\n")
	}
	b, err := corpus.Parse(file, []byte(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	return mustCorpus(t, b)
}

// phrasesOf returns the texts of the phrase clauses among q's
// disjuncts, sorted.
func phrasesOf(q query.Query) []string {
	var out []string
	if d, ok := q.(*query.DisjunctionQuery); ok {
		for _, c := range d.Disjuncts {
			if ph, ok := c.(*query.MatchPhraseQuery); ok {
				out = append(out, ph.MatchPhrase)
			}
		}
	}
	slices.Sort(out)
	return out
}

// TestCommonLimit checks that the floor holds in small indexes and the
// share in large ones, where a fixed count would call rare words common.
func TestCommonLimit(t *testing.T) {
	tests := []struct{ n, want uint64 }{
		{300, commonFloor},
		{100_000, commonFloor},
		{1_000_000, 1_000_000 / commonShare},
	}
	for _, tt := range tests {
		if got := commonLimit(tt.n); got != tt.want {
			t.Errorf("commonLimit(%d) = %d, want %d", tt.n, got, tt.want)
		}
	}
}

// TestCommonExpansionsUnranked: a form or synonym common in a large index
// is left out of the ranking query but still located in the candidates;
// a rarer one, the same one in a small index, and the same one with the
// cut switched off stay in.
func TestCommonExpansionsUnranked(t *testing.T) {
	big := build(t, councilCorpus(t, commonFloor+400))
	small := build(t, councilCorpus(t, 300))
	kept := build(t, councilCorpus(t, commonFloor+400))
	kept.expansion.keepCommon = true
	tests := []struct {
		name         string
		ix           *Index
		term         string
		ranked, left bool
	}{
		{"common form left out", big, "leader", false, true},
		{"rare form kept", big, "led", true, false},
		{"small index keeps it", small, "leader", true, false},
		{"cut switched off", kept, "leader", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pl := tt.ix.buildQuery("Who leads the council?")
			if got := slices.Contains(termQueries(pl.query), tt.term); got != tt.ranked {
				t.Errorf("%q in the ranking query: %v, want %v", tt.term, got, tt.ranked)
			}
			if got := pl.unranked[tt.term]; got != tt.left {
				t.Errorf("%q unranked: %v, want %v", tt.term, got, tt.left)
			}
			if !slices.Contains(termQueries(pl.exact), tt.term) {
				t.Errorf("%q is not located", tt.term)
			}
		})
	}
}

// councilCorpus is one briefing of n paragraphs, each naming the council
// leader; one in a hundred also says who led the lantern watch.
func councilCorpus(t *testing.T, n int) *corpus.Corpus {
	t.Helper()
	return repeatedCorpus(t, "Council Records", "council.md", n,
		"On day %d the council leader counted %d boats.", " A keeper led the lantern watch.")
}

// termQueries returns the terms of q's term queries, at any depth.
func termQueries(q query.Query) []string {
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		var out []string
		for _, d := range q.Disjuncts {
			out = append(out, termQueries(d)...)
		}
		return out
	case *query.TermQuery:
		return []string{q.Term}
	}
	return nil
}
