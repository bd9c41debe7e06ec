package corpus

import (
	"testing"

	"github.com/briefbot/briefbot/corpus/internal/cputime"
)

// BenchmarkScanDates measures the date scanner alone (tokens, the
// pre-filter, every form at each token it lets through) on every
// sentence of the development briefings, about 40% of extracting events.
// It reports the scanner's time per sentence, wall and CPU (of its
// thread, which the other processes on a shared machine inflate less).
func BenchmarkScanDates(b *testing.B) {
	var sentences []string
	for _, text := range paragraphTexts(b, devDir) {
		sentences = append(sentences, sentencesOf(text)...)
	}
	var s dateScanner
	defer cputime.LockThread()()
	cpu := cputime.Thread()
	for b.Loop() {
		for _, sn := range sentences {
			s.scanSentence(sn, lowerASCII(sn))
		}
	}
	n := float64(b.N * len(sentences))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/sentence")
	b.ReportMetric(float64((cputime.Thread()-cpu).Nanoseconds())/n, "cpu-ns/sentence")
}
