package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

var serveKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{42}, ed25519.SeedSize))

const fakeToken = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gx1234.serve-test-token-secret"

// syncBuffer is a goroutine-safe log sink.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func testEnv(vars map[string]string) (*env, *syncBuffer, *syncBuffer) {
	out, errs := &syncBuffer{}, &syncBuffer{}
	e := &env{getenv: func(k string) string { return vars[k] }, stdout: out, stderr: errs}
	e.log = discardLogger(errs)
	return e, out, errs
}

// blockedClient fails the test if anything tries to reach the network.
func blockedClient(t testing.TB) *http.Client {
	return &http.Client{Transport: roundTrip(func(r *http.Request) (*http.Response, error) {
		t.Errorf("unexpected request to %s", r.URL.Host)
		return nil, errors.New("blocked")
	})}
}

type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestServeConfigErrors(t *testing.T) {
	pub := hex.EncodeToString(serveKey.Public().(ed25519.PublicKey))
	tests := []struct {
		name string
		vars map[string]string
		args []string
		want []string
	}{
		{"nothing configured", nil, nil, []string{"DISCORD_TOKEN", "--http", "DISCORD_PUBLIC_KEY"}},
		{"http without key", nil, []string{"--http", "127.0.0.1:0"}, []string{"DISCORD_PUBLIC_KEY", "Public Key"}},
		{"bad key", map[string]string{"DISCORD_PUBLIC_KEY": "nothex"}, []string{"--http", "127.0.0.1:0"}, []string{"64 hex digits"}},
		{"short key", map[string]string{"DISCORD_PUBLIC_KEY": pub[:10]}, []string{"--http", "127.0.0.1:0"}, []string{"64 hex digits"}},
		{"two tokens", map[string]string{"DISCORD_TOKEN": fakeToken, "DISCORD_TOKEN_FILE": "/x"}, nil, []string{"not both"}},
		{"missing token file", map[string]string{"DISCORD_TOKEN_FILE": "/nonexistent/token"}, nil, []string{"DISCORD_TOKEN_FILE"}},
		{"bad log level", nil, []string{"--log-level", "loud"}, []string{"--log-level"}},
		{"stray argument", nil, []string{"now"}, []string{"unexpected arguments"}},
		{"bad log format", nil, []string{"--log-format", "xml"}, []string{"--log-format", "text or json"}},
		{"bad user rate", nil, []string{"--user-rate", "fast"}, []string{"--user-rate", "N/DURATION"}},
		{"zero-length rate window", nil, []string{"--guild-rate", "5/0s"}, []string{"--guild-rate"}},
		{"watch without corpus", nil, []string{"--watch"}, []string{"--watch needs --corpus"}},
		{"negative idle release", nil, []string{"--idle-release", "-1s"}, []string{"--idle-release"}},
		{"bad memory limit", nil, []string{"--memory-limit", "96MB"}, []string{"--memory-limit", "128MiB"}},
		{"shard out of range", map[string]string{"DISCORD_TOKEN": fakeToken}, []string{"--shard-id", "2", "--shard-count", "2"}, []string{"--shard-id 2", "0 to 1"}},
		{"bad shard count", map[string]string{"DISCORD_TOKEN": fakeToken}, []string{"--shard-count", "many"}, []string{"--shard-count", "auto"}},
		{"shards without gateway", map[string]string{"DISCORD_PUBLIC_KEY": pub}, []string{"--http", "127.0.0.1:0", "--shard-count", "2"}, []string{"DISCORD_TOKEN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _, _ := testEnv(tt.vars)
			err := runServe(context.Background(), e, serveCommand(), tt.args, blockedClient(t))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if strings.Contains(err.Error(), fakeToken) {
				t.Errorf("token in error: %v", err)
			}
		})
	}
}

func signedRequest(t *testing.T, url string, body []byte) *http.Request {
	t.Helper()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	sig := ed25519.Sign(serveKey, append([]byte(ts), body...))
	r, err := http.NewRequest(http.MethodPost, url+"/interactions", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	r.Header.Set("X-Signature-Timestamp", ts)
	r.Header.Set("Content-Type", "application/json")
	return r
}

// TestServeHTTP runs "briefbot serve --http" over the embedded corpus and
// answers signed requests as Discord would send them.
func TestServeHTTP(t *testing.T) {
	e, _, logs := testEnv(map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(serveKey.Public().(ed25519.PublicKey))})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, e, serveCommand(), []string{"--http", "127.0.0.1:0"}, blockedClient(t))
	}()
	addrRE := regexp.MustCompile(`msg=listening what=--http addr=(\S+)`)
	var base string
	for deadline := time.Now().Add(30 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := addrRE.FindStringSubmatch(logs.String()); m != nil {
			base = "http://" + m[1]
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("server never listened: %s", logs)
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
			if resp.StatusCode != 503 {
				t.Fatalf("healthz %d", resp.StatusCode)
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("index never became ready")
		}
	}
	tests := []struct {
		name   string
		body   string
		status int
		want   []string
	}{
		{"ping", `{"id":"1","application_id":"2","type":1,"token":"t","version":1}`, 200, []string{`{"type":1}`}},
		{"ask", `{"id":"3","application_id":"2","type":2,"token":"t","version":1,"guild_id":"9","data":{"id":"4","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"@everyone who are the Tuareg?"}]}}`, 200,
			[]string{`"type":4`, `"embeds":[{`, `"allowed_mentions":{"parse":[]`, `"custom_id":"ask2:`}},
		{"briefings", `{"id":"5","application_id":"2","type":2,"token":"t","version":1,"data":{"id":"6","name":"briefings","type":1}}`, 200, []string{`paragraphs`}},
		{"malformed", `{"type":`, 400, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := http.DefaultClient.Do(signedRequest(t, base, []byte(tt.body)))
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(body), w) {
					t.Errorf("reply lacks %s: %s", w, body)
				}
			}
			if tt.status == 200 && !json.Valid(body) {
				t.Errorf("invalid JSON: %s", body)
			}
		})
	}
	t.Run("metrics", func(t *testing.T) {
		resp, err := http.Get(base + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, series := range []string{
			`briefbot_interactions_total{command="ask",outcome="ok"} 1`,
			`briefbot_interactions_total{command="briefings",outcome="ok"} 1`,
			`briefbot_interaction_duration_seconds_bucket{command="ask",le="+Inf"} 1`,
			"briefbot_index_paragraphs 30",
			"briefbot_index_briefings 1",
			"briefbot_last_reload_success 1",
			"briefbot_last_reload_timestamp_seconds ",
			"go_goroutines ",
			"go_cpu_classes_gc_total_cpu_seconds_total ", // what gcTuner's choice costs
			"go_cpu_classes_total_cpu_seconds_total ",
		} {
			if !strings.Contains(string(body), series) {
				t.Errorf("/metrics lacks %s", series)
			}
		}
	})
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	sc := bufio.NewScanner(strings.NewReader(logs.String()))
	lines := 0
	for sc.Scan() {
		if strings.Contains(sc.Text(), "msg=interaction ") {
			lines++
			for _, k := range []string{"command=", "guild=", "latency=", "outcome="} {
				if !strings.Contains(sc.Text(), k) {
					t.Errorf("log line lacks %s: %s", k, sc.Text())
				}
			}
			if strings.Contains(sc.Text(), "Tuareg") {
				t.Errorf("question logged at info: %s", sc.Text())
			}
		}
	}
	if lines != 2 {
		t.Errorf("%d interaction log lines, want 2:\n%s", lines, logs)
	}
}

// TestServeGatewayErrorHidesToken points the gateway at a Discord that
// refuses the token and checks that neither the error nor the log shows it.
func TestServeGatewayErrorHidesToken(t *testing.T) {
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bot "+fakeToken {
			t.Errorf("Authorization %q", r.Header.Get("Authorization"))
		}
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"message":"401: Unauthorized","code":0}`)
	}))
	defer fake.Close()
	client := &http.Client{Transport: roundTrip(func(r *http.Request) (*http.Response, error) {
		if r.URL.Host != "discord.com" {
			t.Errorf("request to %s", r.URL.Host)
			return nil, errors.New("blocked")
		}
		r = r.Clone(r.Context())
		r.URL.Scheme, r.URL.Host = "http", strings.TrimPrefix(fake.URL, "http://")
		return http.DefaultTransport.RoundTrip(r)
	})}
	e, _, logs := testEnv(map[string]string{"DISCORD_TOKEN": fakeToken})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := runServe(ctx, e, serveCommand(), []string{"--log-level", "debug"}, client)
	if err == nil {
		t.Fatal("no error from a refused token")
	}
	if strings.Contains(err.Error(), fakeToken) || strings.Contains(logs.String(), fakeToken) || strings.Contains(logs.String(), "secret") {
		t.Errorf("token leaked: %v\n%s", err, logs)
	}
}

// TestParseRate: a rate limit's written form reads back as itself, the
// defaults included.
func TestParseRate(t *testing.T) {
	tests := []struct {
		in   string
		want bot.RateLimit
	}{
		{bot.DefaultUserLimit().String(), bot.DefaultUserLimit()},
		{bot.DefaultGuildLimit().String(), bot.DefaultGuildLimit()},
		{"5/10s", bot.RateLimit{Events: 5, Per: 10 * time.Second}},
		{"60/1m", bot.RateLimit{Events: 60, Per: time.Minute}},
		{"100/1h", bot.RateLimit{Events: 100, Per: time.Hour}},
		{"3/1.5s", bot.RateLimit{Events: 3, Per: 1500 * time.Millisecond}},
		{"0", bot.RateLimit{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseRate(tt.in)
			if err != nil || got != tt.want {
				t.Fatalf("parseRate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
			if back := got.String(); back != tt.in {
				t.Errorf("%v.String() = %q, want %q", got, back, tt.in)
			}
		})
	}
}
