package main

import (
	"fmt"
	"log/slog"
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
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
// the smaller heap sets serve's --memory-limit (memoryLimit), GOGC or
// GOMEMLIMIT (README, "Benchmarks").
const gcHeadroom = 64 << 20

// gcTuner sets the garbage collector's growth after each index load, from
// the heap then live, and again after every collection while serving, as
// what is live changes. An operator's GOGC is left alone.
type gcTuner struct {
	off   bool // GOGC is set: do nothing
	log   *slog.Logger
	limit memoryLimit // --memory-limit, set apart from GOGC

	mu      sync.Mutex
	prev    int  // the setting to restore on exit
	last    int  // the setting before the load in progress
	serving bool // tuned and not loading: each collection re-tunes
	armed   bool // a sentinel awaits the next collection
	served  bool // an index has loaded: a failed reload leaves it served
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
	g.mu.Lock()
	defer g.mu.Unlock()
	g.limit.lift()
	if g.off {
		return
	}
	g.serving = false
	g.last = debug.SetGCPercent(loadingGCPercent)
	if g.prev == -2 {
		g.prev = g.last
	}
}

// failed puts back the setting from before a load that failed (and the
// re-tuning, if the index being served was tuned).
func (g *gcTuner) failed() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.served { // the index loaded before is still served
		g.limit.impose()
	}
	if g.off {
		return
	}
	debug.SetGCPercent(g.last)
	g.serving = g.armed
}

func newGCTuner(gogcSet bool, limit int64, log *slog.Logger) *gcTuner {
	return &gcTuner{off: gogcSet, prev: -2, log: log, limit: memoryLimit{bytes: limit, prev: debug.SetMemoryLimit(-1)}}
}

// tune collects, returns what loading left free to the system (so the
// resident size is what serving needs, not what loading needed), and sets
// the growth allowed to max(100%, gcHeadroom) of what is live, then keeps
// it so after every collection (arm). Called after a reload, while the
// index it replaces may still be live, it errs towards collecting more
// often until the next collection.
func (g *gcTuner) tune() {
	if g.off && g.limit.bytes == 0 {
		return
	}
	debug.FreeOSMemory()
	g.mu.Lock()
	defer g.mu.Unlock()
	g.served = true
	g.limit.impose()
	if g.off {
		return
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
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

// restore puts back the settings from before the first load (GOGC and
// the memory limit) and stops the re-tuning.
func (g *gcTuner) restore() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.limit.lift()
	if g.off {
		return
	}
	g.done, g.serving = true, false
	if g.prev != -2 {
		debug.SetGCPercent(g.prev)
	}
}

// memoryLimit is serve's --memory-limit: a soft limit on the memory the
// Go runtime maps (its heap, stacks and bookkeeping; not the index
// segment's or the executable's file pages), imposed once an index has
// loaded. Between collections the heap then grows by gcTuner's growth
// or up to the limit, whichever comes first, and the runtime returns
// freed pages above it at once. While an index loads the limit is lifted,
// back to what was in force before (GOMEMLIMIT, or none): a load's
// transient heap, mostly garbage within moments, would meet it and be
// collected over and over (speed50: GOMEMLIMIT=90MiB from the start put
// the first answer at 100k paragraphs at 2.3-2.8 s against 1.0-1.5 s).
type memoryLimit struct {
	bytes int64 // 0: serve imposes none
	prev  int64 // the limit before serve set any
}

// impose sets the limit, if there is one. Called with gcTuner.mu held.
func (m memoryLimit) impose() {
	if m.bytes > 0 {
		debug.SetMemoryLimit(m.bytes)
	}
}

// lift puts back the limit from before, if serve set one. Called with
// gcTuner.mu held.
func (m memoryLimit) lift() {
	if m.bytes > 0 {
		debug.SetMemoryLimit(m.prev)
	}
}

// parseMemoryLimit reads --memory-limit: a number of bytes with an
// optional unit, as GOMEMLIMIT writes them (B, KiB, MiB, GiB, TiB), or 0
// or "off" for none.
func parseMemoryLimit(s string) (int64, error) {
	if s == "off" || s == "0" {
		return 0, nil
	}
	units := []struct {
		suffix string
		shift  uint
	}{{"TiB", 40}, {"GiB", 30}, {"MiB", 20}, {"KiB", 10}, {"B", 0}}
	num, shift := s, uint(0)
	for _, u := range units {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			num, shift = n, u.shift
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > math.MaxInt64>>shift {
		return 0, fmt.Errorf("memory limit %q: want a positive size such as 128MiB, or off", s)
	}
	return n << shift, nil
}
