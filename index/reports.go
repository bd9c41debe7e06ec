package index

import (
	"strconv"

	"github.com/briefbot/briefbot/corpus"
)

// reportsOf are the reportHeads of c's briefings of news reports, by
// slug.
func reportsOf(c *corpus.Corpus) map[string][]int32 {
	out := map[string][]int32{}
	for _, b := range c.Briefings {
		if heads := reportHeads(b); heads != nil {
			out[b.Slug] = heads
		}
	}
	return out
}

// reportHeads are, for a briefing of news reports, the number of the
// paragraph whose dateline opens each paragraph's report (index n-1 for
// paragraph n), 0 for a paragraph in none; nil when no paragraph opens
// with a dateline. A report runs to the next dateline or section
// heading: its later paragraphs tell of the dateline's place and day
// without naming them, as a section's paragraphs do of its heading.
func reportHeads(b *corpus.Briefing) []int32 {
	var heads []int32
	head, section := int32(0), ""
	for i, p := range b.Paragraphs {
		if p.Section != section {
			head, section = 0, p.Section
		}
		if corpus.Dateline(p.Text) != "" {
			head = int32(p.Number)
			if heads == nil {
				heads = make([]int32, len(b.Paragraphs))
			}
		}
		if heads != nil {
			heads[i] = head
		}
	}
	return heads
}

// reportOf is the number of the paragraph opening paragraph n's report
// in briefing slug (see reportHeads), or 0.
func (ix *Index) reportOf(slug string, n int) int {
	heads := ix.reports[slug]
	if n < 1 || n > len(heads) {
		return 0
	}
	return int(heads[n-1])
}

// headingOf is the key (see headingKey) of what stands above paragraph
// n of briefing slug: its section's heading and, in a news report, the
// report's dateline.
func (ix *Index) headingOf(slug string, n int, section string) string {
	k := headingKey(slug, section)
	if head := ix.reportOf(slug, n); head > 0 {
		k += "\x00" + strconv.Itoa(head)
	}
	return k
}
