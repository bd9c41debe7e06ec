package bot

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/discordtest"
)

// deferralRun defers n interactions at once through one transport, with
// every Discord REST call taking latency, and returns how long the n
// edits took from the moment the answers were ready. Before the answers
// are released every interaction must have been acknowledged, so only the
// edits are timed.
type deferralRun struct {
	transport string // "gateway" or "http"
	n         int
	latency   time.Duration
}

func (r deferralRun) run(t testing.TB) time.Duration {
	t.Helper()
	gate := &gatedSearch{started: make(chan struct{}, 1), release: make(chan struct{})}
	f, start := r.start(t, gate)
	f.SetLatency(r.latency)
	ids := make([]string, r.n)
	for i := range ids {
		ids[i] = fmt.Sprint(1950000000000000000 + i)
	}
	start(ids)
	waitFor(t, "every deferral to be acknowledged", func() bool {
		for _, id := range ids {
			if f.Acknowledged(id) == 0 {
				return false
			}
		}
		return true
	})
	t0 := time.Now()
	close(gate.release)
	waitFor(t, "every edit", func() bool { return edits(f) == r.n })
	return time.Since(t0)
}

// start brings up the transport and returns a function that sends the
// interactions and returns once they are all deferred or in flight.
func (r deferralRun) start(t testing.TB, gate *gatedSearch) (*discordtest.Server, func(ids []string)) {
	_, raw := loadInteraction(t, "ask_basic")
	if r.transport == "gateway" {
		h := startGatewayHarness(t, newTestBot(gate), GatewayOptions{DeferAfter: 10 * time.Millisecond})
		return h.f, func(ids []string) {
			for _, id := range ids {
				h.f.Interact(raw, id)
			}
		}
	}
	e := startEndpoint(t, gate, 10*time.Millisecond)
	return e.f, func(ids []string) {
		var wg sync.WaitGroup
		for _, id := range ids {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if d, err := e.f.Deliver(e.c, e.url, raw, id); err != nil || d.Status != http.StatusAccepted {
					t.Errorf("%s: %v %d", id, err, d.Status)
				}
			}()
		}
		wg.Wait()
	}
}

// edits counts the edits Discord accepted.
func edits(f *discordtest.Server) int {
	n := 0
	for _, r := range f.Requests() {
		if r.Method == http.MethodPatch && r.Status == http.StatusOK {
			n++
		}
	}
	return n
}

// TestDeferredRepliesDoNotQueue: 20 deferred replies against a Discord
// that takes 300 ms per call finish together, in about 300 ms, on either
// transport. Through discordgo's webhook edit, which holds one bucket's
// lock for the whole request, they took 300 ms each, one after another:
// 6 s. The bound leaves room for a loaded machine; the benchmark below
// gives the figure.
func TestDeferredRepliesDoNotQueue(t *testing.T) {
	for _, transport := range []string{"gateway", "http"} {
		t.Run(transport, func(t *testing.T) {
			took := deferralRun{transport, 20, 300 * time.Millisecond}.run(t)
			t.Logf("20 edits at 300 ms each took %v", took)
			if took > 2*time.Second {
				t.Errorf("20 concurrent edits took %v; serially they would take 6 s", took)
			}
		})
	}
}

// BenchmarkDeferredReplies reports how long 20 concurrent deferred
// replies take against a 300 ms Discord (ms/20-edits).
func BenchmarkDeferredReplies(b *testing.B) {
	for _, transport := range []string{"gateway", "http"} {
		b.Run(transport, func(b *testing.B) {
			var total time.Duration
			for range b.N {
				total += deferralRun{transport, 20, 300 * time.Millisecond}.run(b)
			}
			b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/20-edits")
		})
	}
}

// TestGatewayRepliesLeaveNoTokens answers 2,000 interactions over the
// gateway, then dumps the heap and looks for their tokens. None may be
// left: no per-interaction state (a rate-limit bucket keyed by a URL
// holding the token, as discordgo keeps) outlives its reply.
//
// Connections are not per-interaction state, but they keep the bytes of
// the last frames and requests they carried. So before the dump the
// gateway reconnects (the old connection's 4 KiB read buffer goes with
// it; a map of buckets would not), a last few interactions, not counted,
// are answered one at a time, and idle REST connections are closed, as
// the transport closes them itself after 90 s.
//
// The runtime does not clear freed memory, and a new object's unused
// capacity can show the bytes of a dead one, so the test runs itself
// again in a child process with GODEBUG=clobberfree=1, which overwrites
// every object the collector frees: what the dump then holds is live.
func TestGatewayRepliesLeaveNoTokens(t *testing.T) {
	if testing.Short() {
		t.Skip("2,000 interactions")
	}
	if os.Getenv("BRIEFBOT_HEAP_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestGatewayRepliesLeaveNoTokens$", "-test.v", "-test.count=1")
		cmd.Env = append(os.Environ(), "BRIEFBOT_HEAP_CHILD=1", "GODEBUG=clobberfree=1")
		out, err := cmd.CombinedOutput()
		t.Logf("child process:\n%s", out)
		if err != nil {
			t.Fatalf("child process: %v", err)
		}
		return
	}
	const n, wave, flush = 2000, 100, 20
	h := startGatewayHarness(t, newTestBot(nil), GatewayOptions{})
	h.f.WaitConnected(t, discordtest.Patience)
	_, raw := loadInteraction(t, "briefings")
	replies := 0
	await := func(k int) {
		for range k {
			select {
			case <-h.f.Got():
				replies++
			case <-time.After(discordtest.Patience):
				t.Fatalf("%d replies of %d", replies, n)
			}
		}
	}
	for i := 0; i < n; i += wave {
		for j := i; j < i+wave; j++ {
			h.f.Interact(raw, fmt.Sprint(2000000000000000000+j))
		}
		await(wave)
	}
	h.f.DropConnection()
	h.f.WaitConnected(t, discordtest.Patience)
	for j := range flush {
		h.f.Interact(raw, fmt.Sprint(2100000000000000000+j))
		await(1)
	}
	h.f.Forget() // the fake's own records, and its connections, hold tokens
	// An idle keep-alive connection keeps its last request until it is
	// used again or, after IdleConnTimeout (90 s), closed; close them now.
	http.DefaultTransport.(*http.Transport).CloseIdleConnections()
	found := tokensInHeap(t)
	leaked := 0
	for id := range found {
		if id < "2100000000000000000" {
			leaked++
		}
	}
	t.Logf("%d replies; tokens left in the heap: %d of the %d, %d of the %d sent last", replies, leaked, n, len(found)-leaked, flush)
	if leaked > 0 {
		t.Errorf("%d of %d interaction tokens are still in memory", leaked, n)
	}
}

var tokenRE = regexp.MustCompile(`fake-interaction-token-(\d{19})-`)

// tokensInHeap dumps the live heap to a file and returns the IDs whose
// fake tokens it holds.
func tokensInHeap(t testing.TB) map[string]bool {
	t.Helper()
	for range 3 { // sync.Pool keeps buffers for two collections
		runtime.GC()
	}
	path := filepath.Join(t.TempDir(), "heap")
	fd, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	debug.WriteHeapDump(fd.Fd())
	fd.Close()
	dump, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, m := range tokenRE.FindAllSubmatch(dump, -1) {
		found[string(m[1])] = true
	}
	if !bytes.Contains(dump, []byte("fake-interaction-token-")) {
		t.Logf("heap dump of %d bytes holds no token at all", len(dump))
	}
	return found
}
