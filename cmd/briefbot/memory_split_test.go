package main

import "testing"

// smapsSample is /proc/PID/smaps cut down to what residentOf reads: two
// mappings of the executable, an anonymous one and an index segment.
const smapsSample = `00400000-01485000 r-xp 00000000 fe:00 123 /usr/bin/briefbot
Size:              16916 kB
Rss:               14000 kB
VmFlags: rd ex mr mw me
01485000-0289e000 r--p 01085000 fe:00 123 /usr/bin/briefbot
Rss:               17900 kB
c000000000-c004000000 rw-p 00000000 00:00 0 
Rss:              126500 kB
Anonymous:        126500 kB
7f9987c00000-7f998be2f000 r--s 00000000 fe:00 456 /var/briefbot/index/briefbot-v7-x/store/000000000002.zap
Rss:               57892 kB
`

// TestResidentOf: the memory benchmark splits a server's file pages into
// the executable's and the index's by the path of each mapping.
func TestResidentOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		keep func(string) bool
		want float64
	}{
		{"executable", func(p string) bool { return p == "/usr/bin/briefbot" }, 31900},
		{"index", func(p string) bool { return p == "/var/briefbot/index/briefbot-v7-x/store/000000000002.zap" }, 57892},
		{"anonymous", func(p string) bool { return p == "" }, 126500},
		{"none", func(string) bool { return false }, 0},
	} {
		if got := residentOf(smapsSample, tc.keep); got != tc.want {
			t.Errorf("%s: %v kB, want %v", tc.name, got, tc.want)
		}
	}
}

// TestSampleOf: the benchmark reads unlabelled samples from /metrics and
// not a longer name that starts with the one asked for.
func TestSampleOf(t *testing.T) {
	text := "# TYPE go_gc_duration_seconds summary\ngo_gc_duration_seconds{quantile=\"0\"} 1e-05\n" +
		"go_gc_duration_seconds_sum 0.02\ngo_gc_duration_seconds_count 31\ngo_memstats_next_gc_bytes 1.15e+08\n"
	for name, want := range map[string]float64{"go_gc_duration_seconds_count": 31, "go_memstats_next_gc_bytes": 1.15e8} {
		if got, err := sampleOf(text, name); err != nil || got != want {
			t.Errorf("%s: %v, %v; want %v", name, got, err, want)
		}
	}
	if _, err := sampleOf(text, "go_gc_duration_seconds"); err == nil {
		t.Error("go_gc_duration_seconds: found, but it has only labelled samples")
	}
}
