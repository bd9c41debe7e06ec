package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestServeWatchServesEveryEdit runs serve --http --watch over a corpus
// folder while 16 clients keep asking, and edits the folder the ways people
// do: a paragraph appended, a title changed, a date changed only in the
// front matter (same size), a briefing added and one removed. Every change
// must be served soon after it is made (the watch interval plus a reload),
// and no request may fail meanwhile.
func TestServeWatchServesEveryEdit(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server and reloads it five times")
	}
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"in memory", nil},
		{"with --index-dir", []string{"--index-dir", filepath.Join(t.TempDir(), "index")}},
	} {
		t.Run(tc.name, func(t *testing.T) { watchUnderLoad(t, tc.args) })
	}
}

func watchUnderLoad(t *testing.T, extra []string) {
	dir := t.TempDir()
	a := filepath.Join(dir, "ruritania.md")
	front := "---\ntitle: %s\ndate: %s\n---\n"
	body := "The Zebra Front seized the port of Alphaville in March.\n\nThe Lynx Council called for talks.\n"
	writeFile(t, a, fmt.Sprintf(front, "Ruritania 101", "2013-01-10")+body)
	writeFile(t, filepath.Join(dir, "borduria.md"), "---\ntitle: Borduria Brief\n---\nThe Walrus Army crossed the river.\n")

	const interval = 200 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	args := append([]string{"--corpus", dir, "--watch", "--watch-interval", interval.String(), "--user-rate", "0", "--guild-rate", "0"}, extra...)
	addr, logs, done := startServeHTTP(t, ctx, args...)
	base := "http://" + addr

	var sent, failed atomic.Int64
	var firstFailure atomic.Value
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				body := askBody(fmt.Sprintf("c%d-%d", i, n), "who seized Alphaville?")
				if n%2 == 1 {
					body = briefingsBody(fmt.Sprintf("c%d-%d", i, n))
				}
				time.Sleep(10 * time.Millisecond) // a steady load, not a CPU hog
				sent.Add(1)
				if got, err := post(t, base, body); err != nil {
					failed.Add(1)
					firstFailure.CompareAndSwap(nil, err.Error())
				} else if strings.Contains(got, `"flags":64`) {
					failed.Add(1)
					firstFailure.CompareAndSwap(nil, "ephemeral error reply: "+got)
				}
			}
		}()
	}

	edits := []struct {
		name  string
		edit  func()
		check func() bool
	}{
		{"paragraph appended", func() {
			writeFile(t, a, fmt.Sprintf(front, "Ruritania 101", "2013-01-10")+body+"\nThe Quagga Brigade shelled Betatown.\n")
		}, func() bool { return askHas(t, base, "what happened in betatown", "Quagga Brigade") }},
		{"title changed", func() {
			writeFile(t, a, fmt.Sprintf(front, "Ruritania Primer", "2013-01-10")+body+"\nThe Quagga Brigade shelled Betatown.\n")
		}, func() bool { return briefingsHas(t, base, "Ruritania Primer") }},
		{"date changed in the front matter only", func() {
			writeFile(t, a, fmt.Sprintf(front, "Ruritania Primer", "2014-01-10")+body+"\nThe Quagga Brigade shelled Betatown.\n")
		}, func() bool { return briefingsHas(t, base, "10 Jan 2014") }},
		{"briefing added", func() {
			writeFile(t, filepath.Join(dir, "syldavia.md"), "---\ntitle: Syldavia Notes\n---\nThe Okapi Legion took Klow.\n")
		}, func() bool { return askHas(t, base, "who took klow", "Okapi Legion") }},
		{"briefing removed", func() {
			if err := os.Remove(filepath.Join(dir, "borduria.md")); err != nil {
				t.Fatal(err)
			}
		}, func() bool { return !briefingsHas(t, base, "Borduria Brief") }},
	}
	for _, e := range edits {
		start := time.Now()
		e.edit()
		for !e.check() {
			if time.Since(start) > 15*time.Second {
				t.Fatalf("%s: not served after %v\n%s", e.name, time.Since(start), logs)
			}
			time.Sleep(10 * time.Millisecond)
		}
		t.Logf("%s: served after %v (watch interval %v)", e.name, time.Since(start).Round(time.Millisecond), interval)
	}
	close(stop)
	wg.Wait()
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
	t.Logf("%d requests, %d failed", sent.Load(), failed.Load())
	if failed.Load() > 0 {
		t.Errorf("%d of %d requests failed; first: %v", failed.Load(), sent.Load(), firstFailure.Load())
	}
}

func askBody(id, question string) string {
	return fmt.Sprintf(`{"id":"%s","application_id":"2","type":2,"token":"t","version":1,"guild_id":"9","member":{"user":{"id":"7"}},"data":{"id":"4","name":"ask","type":1,"options":[{"name":"question","type":3,"value":%q}]}}`, id, question)
}

func briefingsBody(id string) string {
	return fmt.Sprintf(`{"id":"%s","application_id":"2","type":2,"token":"t","version":1,"guild_id":"9","member":{"user":{"id":"7"}},"data":{"id":"6","name":"briefings","type":1}}`, id)
}

// post sends a signed interaction and returns the reply's body.
func post(t *testing.T, base, body string) (string, error) {
	resp, err := http.DefaultClient.Do(signedRequest(t, base, []byte(body)))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("status %d: %s", resp.StatusCode, got)
	}
	return string(got), nil
}

func askHas(t *testing.T, base, question, want string) bool {
	got, err := post(t, base, askBody("probe", question))
	return err == nil && strings.Contains(got, want)
}

func briefingsHas(t *testing.T, base, want string) bool {
	got, err := post(t, base, briefingsBody("probe"))
	return err == nil && strings.Contains(got, want)
}
