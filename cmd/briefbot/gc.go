package main

import (
	"log/slog"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// gcHeadroom is the least the heap may grow by between two collections
// while serving. Go's default (GOGC=100) lets it grow by as much as is
// live. A small corpus leaves a few tens of megabytes live, so a busy
// server collected every few hundred requests and the collector took
// about a sixth of its CPU (embedded briefing, 16 clients: 0.69 ms of CPU
// a request against 0.59 ms with four times the growth).
//
// Above the headroom the heap may grow by as much as is live and holds
// pointers (what a collection scans), not by all that is live: at 100k
// paragraphs most of the live heap was the paragraphs' text, which a
// collection marks without reading, so Go's default doubled the resident
// heap (91 MB live, collected at 182 MB) to spare collections that cost
// little. (serve now reads the text from disk, index.Options.TextOnDisk:
// 34 MB live after loading, 44-48 MB while answering.)
//
// At 100k paragraphs the headroom, not what is live, sets the heap's goal
// (110 MB on 46 MB live, 36 MB of it scannable). Growing by what a
// collection scans instead, with a least goal of 80 MB that left the
// embedded briefing its growth, was measured on 2026-12-04 (load 6-10):
// resident after 2,000 /ask 211 -> 188-194 MB, but 17 -> 27-29 collections
// and /ask p99 under 16 clients 210-264 -> 275-356 ms (four runs each,
// alternated; CPU per request the same): not taken. An operator who wants
// the smaller heap sets GOGC or GOMEMLIMIT (README, "Benchmarks").
const gcHeadroom = 64 << 20

// gcTuner sets the garbage collector's growth after each index load, from
// the heap then live, and again after every collection while serving, as
// what is live changes. An operator's GOGC is left alone.
type gcTuner struct {
	off bool // GOGC is set: do nothing
	log *slog.Logger

	mu      sync.Mutex
	prev    int  // the setting to restore on exit
	last    int  // the setting before the load in progress
	serving bool // tuned and not loading: each collection re-tunes
	armed   bool // a sentinel awaits the next collection
	done    bool // restored: re-tune no more
}

// loadingGCPercent is the collector's growth while an index loads or is
// built: most of what loading allocates (file contents, decoded
// extraction) is garbage within moments, and collecting it sooner keeps
// the peak resident size near what serving needs (at 100k paragraphs with
// --index-dir, a peak of 144-147 MB against 153-165 MB at Go's default).
// A build's analysed paragraphs are garbage once their segment is
// written: "briefbot index" at 100k peaked at 340 MB against 400 MB at
// Go's default, for about 5% more CPU.
const loadingGCPercent = 50

// loading tightens the collector for a load; tune or failed ends it.
func (g *gcTuner) loading() {
	if g.off {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.serving = false
	g.last = debug.SetGCPercent(loadingGCPercent)
	if g.prev == -2 {
		g.prev = g.last
	}
}

// failed puts back the setting from before a load that failed (and the
// re-tuning, if the index being served was tuned).
func (g *gcTuner) failed() {
	if g.off {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	debug.SetGCPercent(g.last)
	g.serving = g.armed
}

func newGCTuner(gogcSet bool, log *slog.Logger) *gcTuner {
	return &gcTuner{off: gogcSet, prev: -2, log: log}
}

// tune collects, returns what loading left free to the system (so the
// resident size is what serving needs, not what loading needed), and sets
// the growth allowed to max(100%, gcHeadroom) of what is live, then keeps
// it so after every collection (arm). Called after a reload, while the
// index it replaces may still be live, it errs towards collecting more
// often until the next collection.
func (g *gcTuner) tune() {
	if g.off {
		return
	}
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	g.mu.Lock()
	defer g.mu.Unlock()
	g.set(ms.HeapAlloc, scannableHeap(), "garbage collector tuned")
	g.serving = true
	if !g.armed {
		g.armed = true
		g.arm()
	}
}

// set makes the growth allowed gcPercent of live and scan. Called with
// g.mu held.
func (g *gcTuner) set(live, scan uint64, msg string) {
	percent := gcPercent(live, scan)
	debug.SetGCPercent(percent)
	g.log.Debug(msg, "live_mb", live>>20, "scannable_mb", scan>>20, "gogc", percent)
}

// arm leaves a sentinel for the next collection to find unreachable: its
// cleanup re-tunes and arms again, so that serving re-tunes after every
// collection. A GOGC set once from the heap live when loading ends lets
// the heap grow by that share of whatever is live later: at 100k
// paragraphs, GOGC 174 from 36 MB live let the heap grow by 80 MB once
// caches filled while answering had made it 46 MB, not by gcHeadroom.
func (g *gcTuner) arm() {
	// Larger than the tiny allocator's 16 bytes, whose objects share a
	// block and may never be found unreachable on their own.
	sentinel := new([64]byte)
	runtime.AddCleanup(sentinel, (*gcTuner).collected, g)
}

// collected re-tunes from what the collection that just ended found live,
// unless a load is in progress (it sets its own growth) or serving ended.
func (g *gcTuner) collected() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.done {
		g.armed = false
		return
	}
	if live := liveHeap(); g.serving && live > 0 {
		g.set(live, scannableHeap(), "garbage collector re-tuned")
	}
	g.arm()
}

// gcPercent is the GOGC that lets a heap of live bytes, scan of them in
// objects holding pointers, grow by gcHeadroom or by scan, whichever is
// more, and by no more than live (Go's default).
func gcPercent(live, scan uint64) int {
	live = max(live, 1)
	grow := min(max(gcHeadroom, scan), live)
	return max(int(grow*100/live), int(gcHeadroom*100/live))
}

// scannableHeap is how many bytes of the heap the last collection could
// scan (objects that may hold pointers), or 0 where the runtime does not
// say.
func scannableHeap() uint64 { return heapMetric("/gc/scan/heap:bytes") }

// liveHeap is how many bytes of the heap the last collection found live,
// or 0 where the runtime does not say.
func liveHeap() uint64 { return heapMetric("/gc/heap/live:bytes") }

func heapMetric(name string) uint64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// restore puts back the setting from before the first load and stops the
// re-tuning.
func (g *gcTuner) restore() {
	if g.off {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.done, g.serving = true, false
	if g.prev != -2 {
		debug.SetGCPercent(g.prev)
	}
}
