package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/corpus/corpustest"
)

// BenchmarkHTTPLoad is the endpoint under load as Discord drives it: 16
// clients on loopback, each sending signed interactions one after another
// to "briefbot serve --http", every other one a PING and the rest /ask
// (the rate limits off, the rest as served). It reports the p50 and p99
// latency of each kind, in the same run, and their ratio: PING is the
// floor every request pays (connection, signature check, JSON), so the
// ratio is what answering a question adds under load.
//
// "embedded" serves the embedded briefing; "100k" a synthetic corpus of
// 100,000 paragraphs (corpustest.Files(100_000, 42)), indexed with
// "briefbot index" once and reopened with --index-dir; with -servecorpus
// DIR the corpus and index are kept there between runs, as
// BenchmarkServeMemory keeps them, so a run spends no minutes building.
// The clients run in the same process and share the cores with the
// server.
//
//	go test -run XXX -bench HTTPLoad -benchtime 4000x ./cmd/briefbot -servecorpus /tmp/DIR
func BenchmarkHTTPLoad(b *testing.B) {
	b.Run("embedded", func(b *testing.B) {
		loadRun(b, nil, []string{
			"Who formed the Islamic Movement for the Azawad?", "What happened at In Amenas?",
			"How many troops is France willing to commit?", "What does the MNLA want?",
			"Who leads Ansar Dine?", "When did France intervene?",
		})
	})
	b.Run("100k", func(b *testing.B) {
		docs, idx := persistedCorpus(b)
		loadRun(b, []string{"--corpus", docs, "--index-dir", idx}, corpustest.Questions(64, 42))
	})
}

// loadClients is how many clients send at once.
const loadClients = 16

// loadRun serves with args and sends b.N interactions from loadClients
// clients.
func loadRun(b *testing.B, args []string, questions []string) {
	ctx, cancel := context.WithCancel(context.Background())
	addr, _, done := startServeHTTP(b, ctx, append([]string{"--user-rate", "0", "--guild-rate", "0", "--memory-limit", *serveLimit}, args...)...)
	url := "http://" + addr + "/interactions"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: loadClients}}
	var (
		mu        sync.Mutex
		ping, ask []time.Duration
		wg        sync.WaitGroup
	)
	cpu := corpustest.ProcessCPU()
	b.ResetTimer()
	for c := range loadClients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var p, a []time.Duration
			for i := c; i < b.N; i += loadClients {
				body := pingBody
				if i%2 == 1 {
					body = askBody("l"+strconv.Itoa(i), questions[(i/2)%len(questions)])
				}
				took, err := send(client, url, body)
				if err != nil {
					b.Error(err)
					return
				}
				if i%2 == 1 {
					a = append(a, took)
				} else {
					p = append(p, took)
				}
			}
			mu.Lock()
			ping, ask = append(ping, p...), append(ask, a...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	b.StopTimer()
	used := corpustest.ProcessCPU() - cpu
	cancel()
	if err := <-done; err != nil {
		b.Errorf("serve: %v", err)
	}
	if len(ping) == 0 || len(ask) == 0 {
		return
	}
	b.ReportMetric(used.Seconds()*1e3/float64(b.N), "cpu-ms/req")
	p50, p99 := corpustest.Percentile(ping, 0.5), corpustest.Percentile(ping, 0.99)
	a50, a99 := corpustest.Percentile(ask, 0.5), corpustest.Percentile(ask, 0.99)
	b.ReportMetric(p50/1e3, "ping-p50-ms")
	b.ReportMetric(p99/1e3, "ping-p99-ms")
	b.ReportMetric(a50/1e3, "ask-p50-ms")
	b.ReportMetric(a99/1e3, "ask-p99-ms")
	b.ReportMetric(a50/p50, "ratio-p50")
	b.ReportMetric(a99/p99, "ratio-p99")
}

const pingBody = `{"id":"1","application_id":"2","type":1,"token":"t","version":1}`

// send posts one signed interaction and returns how long the reply took,
// from sending to the whole body read; signing comes before and is not
// counted (Discord signs before it sends).
func send(client *http.Client, url, body string) (time.Duration, error) {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	sig := ed25519.Sign(serveKey, append([]byte(ts), body...))
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("Content-Type", "application/json")
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	took := time.Since(start)
	if err != nil {
		return 0, err
	}
	if resp.StatusCode != http.StatusOK || strings.Contains(string(got), `"flags":64`) {
		return 0, fmt.Errorf("status %d: %s", resp.StatusCode, got)
	}
	return took, nil
}
