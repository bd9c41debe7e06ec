//go:build soak

package bot

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestSoakHTTP serves the HTTP endpoint on loopback and sends it mixed,
// signed interactions at a steady 200 a second for BRIEFBOT_SOAK (default
// 60s). Every request must be answered, and once warmed up the process
// must not grow: heap in use and goroutines, sampled after a GC each
// second, must agree within 10% between the first and last thirds of the
// run. A leak per request (a goroutine, a cached reply) shows up here long
// before it would in production.
//
//	go test -tags soak -run TestSoakHTTP -v ./bot
func TestSoakHTTP(t *testing.T) {
	duration := 60 * time.Second
	if v := os.Getenv("BRIEFBOT_SOAK"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 3*time.Second {
			t.Fatalf("BRIEFBOT_SOAK=%q: want a duration of at least 3s", v)
		}
		duration = d
	}
	const rate = 200 // requests a second

	h := newTestHTTP(t, newTestBot(nil), nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	// open counts the server's connections: each keep-alive connection is
	// three goroutines (one server, two client) whatever the load, which
	// the goroutine comparison below leaves out so that a connection pool
	// that grows or shrinks by one is not mistaken for a leak.
	var open atomic.Int64
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ConnState: func(_ net.Conn, st http.ConnState) {
		switch st {
		case http.StateNew:
			open.Add(1)
		case http.StateClosed, http.StateHijacked:
			open.Add(-1)
		}
	}}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String() + "/interactions"
	// The client keeps a fixed pool of keep-alive connections, filled by a
	// burst before the run (see below), so that the pool is the same size
	// in the first and last thirds: each connection is three goroutines
	// (two client, one server) that are not a leak.
	const conns = 8
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxConnsPerHost: conns, MaxIdleConnsPerHost: conns}}

	var bodies [][]byte
	for _, name := range []string{"ask_basic", "group_autocomplete", "ask_more_click", "timeline_all", "briefings", "group_mnla"} {
		_, raw := loadInteraction(t, name)
		bodies = append(bodies, raw)
	}
	bodies = append(bodies, []byte(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`))

	var sent, answered atomic.Int64
	var failMu sync.Mutex
	var failures []string
	fail := func(format string, a ...any) {
		failMu.Lock()
		defer failMu.Unlock()
		if len(failures) < 10 {
			failures = append(failures, fmt.Sprintf(format, a...))
		}
	}
	send := func(body []byte) {
		req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			fail("%v", err)
			return
		}
		req.Header = signedHeaders(body, testNow)
		resp, err := client.Do(req)
		if err != nil {
			fail("%v", err)
			return
		}
		defer resp.Body.Close()
		got, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			fail("status %d: %s", resp.StatusCode, got)
			return
		}
		if err := checkWireReply(got); err != nil {
			fail("%v", err)
			return
		}
		answered.Add(1)
	}

	var burst sync.WaitGroup
	for range 4 * conns {
		burst.Add(1)
		go func() { defer burst.Done(); send(bodies[0]) }()
	}
	burst.Wait()
	sent.Add(4 * conns)

	type sample struct {
		at         time.Duration
		heap       uint64
		goroutines int // the floor over the second before, less 3 per connection
	}
	var samples []sample
	var wg sync.WaitGroup
	start := time.Now()
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() { // the sampler
		defer close(sampled)
		every := time.NewTicker(time.Second)
		defer every.Stop()
		// The goroutine count swings with the requests in flight at the
		// instant it is read; its floor over each second, polled every
		// 5 ms, is the steady state that a leak would raise.
		poll := time.NewTicker(5 * time.Millisecond)
		defer poll.Stop()
		steady := func() int { return runtime.NumGoroutine() - 3*int(open.Load()) }
		floor := steady()
		for {
			select {
			case <-stop:
				return
			case <-poll.C:
				floor = min(floor, steady())
			case <-every.C:
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				samples = append(samples, sample{time.Since(start), ms.HeapInuse, floor})
				floor = steady()
			}
		}
	}()
	// The sender keeps to an absolute schedule, so a late wake-up is made
	// up at once rather than lowering the rate.
	interval := time.Second / rate
	for i := 0; ; i++ {
		next := start.Add(time.Duration(i) * interval)
		if next.Sub(start) >= duration {
			break
		}
		time.Sleep(time.Until(next))
		body := bodies[i%len(bodies)]
		sent.Add(1)
		wg.Add(1)
		go func() { defer wg.Done(); send(body) }()
	}
	close(stop)
	<-sampled
	wg.Wait()

	failMu.Lock()
	for _, f := range failures {
		t.Error(f)
	}
	failMu.Unlock()
	t.Logf("%d requests sent in %v (%.0f/s), %d answered", sent.Load(), duration, float64(sent.Load())/duration.Seconds(), answered.Load())
	if answered.Load() != sent.Load() {
		t.Errorf("%d of %d requests unanswered", sent.Load()-answered.Load(), sent.Load())
	}

	// The first third, less its first samples (warm-up: the index, the
	// connection pool and the runtime settle), against the last third.
	third := len(samples) / 3
	warm := max(1, third/3)
	if third-warm < 1 {
		t.Fatalf("only %d samples: run longer", len(samples))
	}
	mean := func(ss []sample) (heap, gor float64) {
		for _, s := range ss {
			heap += float64(s.heap)
			gor += float64(s.goroutines)
		}
		return heap / float64(len(ss)), gor / float64(len(ss))
	}
	h1, g1 := mean(samples[warm:third])
	h3, g3 := mean(samples[len(samples)-third:])
	t.Logf("heap in use: first third %.2f MiB, last third %.2f MiB (%+.1f%%)", h1/(1<<20), h3/(1<<20), 100*(h3-h1)/h1)
	t.Logf("goroutines (less 3 per connection):  first third %.1f, last third %.1f (%+.1f%%)", g1, g3, 100*(g3-g1)/g1)
	if h3 > h1*1.10 || h3 < h1*0.90 {
		t.Errorf("heap in use moved more than 10%%: %.0f → %.0f bytes", h1, h3)
	}
	// Goroutine floors are small integers: allow ±1 besides the 10%.
	t.Logf("open connections at the end: %d", open.Load())
	if slack := max(0.10*g1, 1); g3 > g1+slack || g3 < g1-slack {
		t.Errorf("goroutines moved more than 10%%: %.1f → %.1f", g1, g3)
	}
}
