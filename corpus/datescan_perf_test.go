package corpus

import "testing"

// BenchmarkScanDates measures the date scanner alone (tokens, the
// pre-filter, every form at each token it lets through) on every
// sentence of the development briefings, about 40% of extracting events.
// It reports the scanner's CPU time per sentence, which the other
// processes on a shared machine inflate less than wall time.
func BenchmarkScanDates(b *testing.B) {
	var sentences []string
	for _, text := range paragraphTextsB(b, devDir) {
		sentences = append(sentences, sentencesOf(text)...)
	}
	var s dateScanner
	b.ResetTimer()
	for b.Loop() {
		for _, sn := range sentences {
			s.scanSentence(sn, lowerASCII(sn))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sentences)), "ns/sentence")
}

// paragraphTextsB are the paragraphs of the briefings in dir.
func paragraphTextsB(b *testing.B, dir string) []string {
	b.Helper()
	c, err := Read(dir)
	if err != nil {
		b.Fatal(err)
	}
	var out []string
	for _, br := range c.Briefings {
		for _, p := range br.Paragraphs {
			out = append(out, p.Text)
		}
	}
	return out
}
