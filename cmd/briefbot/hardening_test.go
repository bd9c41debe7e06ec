package main

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/discordtest"
)

// askPayload is an /ask interaction as Discord sends it.
const askPayload = `{"id":"3","application_id":"2","type":2,"token":"interaction-token","version":1,"guild_id":"9","channel_id":"8",` +
	`"member":{"user":{"id":"7","username":"reader"},"permissions":"0"},` +
	`"data":{"id":"4","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"who are the Tuareg?"}]}}`

// TestServeGatewayNeverLogsToken runs the real serve against the fake
// Discord at debug level, answers an /ask end to end, shuts down, and
// checks that the token appears in no log line and not in the error.
func TestServeGatewayNeverLogsToken(t *testing.T) {
	f := discordtest.NewServer(t)
	f.Token = "Bot " + fakeToken
	e, _, logs := testEnv(map[string]string{"DISCORD_TOKEN": fakeToken})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, e, serveCommand(), []string{"--log-level", "debug"}, f.Client())
	}()
	// serve builds the index before it connects: allow for a slow machine.
	if id := f.WaitIdentify(t, 60*time.Second); id["token"] != "Bot "+fakeToken {
		t.Fatalf("IDENTIFY token = %v: the test would prove nothing", id["token"])
	}
	f.WaitConnected(t, discordtest.Patience)
	f.Interact([]byte(askPayload), "2100000000000000001")
	r := f.Next(t)
	if r.Method != http.MethodPost || !strings.HasSuffix(r.Path, "/interactions/2100000000000000001/"+discordtest.TokenFor("2100000000000000001")+"/callback") {
		t.Fatalf("got %s %s, want the interaction callback", r.Method, r.Path)
	}
	var rep struct {
		Type int `json:"type"`
		Data struct {
			Embeds          []json.RawMessage `json:"embeds"`
			AllowedMentions struct {
				Parse *[]string `json:"parse"`
			} `json:"allowed_mentions"`
		} `json:"data"`
	}
	if err := json.Unmarshal(r.Body, &rep); err != nil {
		t.Fatalf("callback body: %v: %s", err, r.Body)
	}
	if rep.Type != 4 || len(rep.Data.Embeds) == 0 || rep.Data.AllowedMentions.Parse == nil || len(*rep.Data.AllowedMentions.Parse) != 0 {
		t.Errorf("callback reply: %s", r.Body)
	}
	cancel()
	var err error
	select {
	case err = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}
	if err != nil {
		t.Errorf("serve: %v", err)
	}
	secret := strings.TrimPrefix(fakeToken, "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gx1234.")
	out := logs.String()
	if !strings.Contains(out, "level=DEBUG") {
		t.Errorf("no debug lines were logged: the test would prove nothing:\n%s", out)
	}
	for i, line := range strings.Split(out, "\n") {
		if strings.Contains(line, fakeToken) || strings.Contains(line, secret) {
			t.Errorf("log line %d holds the token: %s", i+1, line)
		}
	}
	if err != nil && (strings.Contains(err.Error(), fakeToken) || strings.Contains(err.Error(), secret)) {
		t.Errorf("error holds the token: %v", err)
	}
}

// TestHTTPServerCutsOffSlowLoris trickles a request's headers one byte at
// a time: the server must drop that connection once ReadHeaderTimeout
// passes, while serving other clients meanwhile.
func TestHTTPServerCutsOffSlowLoris(t *testing.T) {
	const readHeader = 200 * time.Millisecond
	h := http.NewServeMux()
	h.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok\n") })
	srv := newHTTPServer(h, slog.New(slog.DiscardHandler), httpTimeouts{readHeader: readHeader, read: 5 * time.Second, write: 5 * time.Second, idle: 5 * time.Second})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	defer srv.Close()

	// The server's header deadline starts when it accepts the connection,
	// which may be before Dial returns here: time from before the dial, so
	// that a cut-off at the deadline is never measured as early.
	start := time.Now()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	cut := make(chan time.Duration, 1)
	go func() { // the server's side of the story: EOF (or a 408) when it gives up
		io.Copy(io.Discard, conn)
		cut <- time.Since(start)
	}()
	stopTrickle := make(chan struct{})
	defer close(stopTrickle)
	go func() { // 20 bytes a second: a full header would take minutes
		msg := "GET /healthz HTTP/1.1\r\nHost: briefbot\r\nX-Slow: " + strings.Repeat("a", 4096)
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for i := 0; i < len(msg); i++ {
			select {
			case <-stopTrickle:
				return
			case <-tick.C:
			}
			if _, err := conn.Write([]byte{msg[i]}); err != nil {
				return
			}
		}
	}()

	client := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	for served := 0; ; {
		select {
		case d := <-cut:
			if d < readHeader {
				t.Errorf("cut off after %v, before ReadHeaderTimeout %v", d, readHeader)
			}
			if served == 0 {
				t.Error("no other client was served while the slow one trickled")
			}
			t.Logf("slow client cut off after %v; %d other requests served meanwhile", d.Round(time.Millisecond), served)
			return
		case <-time.After(30 * time.Second):
			t.Fatal("the slow client was never cut off")
		default:
		}
		resp, err := client.Get("http://" + ln.Addr().String() + "/healthz")
		if err != nil {
			t.Fatalf("a normal client was refused while the slow one trickled: %v", err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("healthz %d", resp.StatusCode)
		}
		served++
		time.Sleep(20 * time.Millisecond)
		if time.Since(start) > 10*time.Second {
			t.Fatal("the slow client was never cut off")
		}
	}
}

// startServeHTTP runs the real serve with --http on loopback and returns
// its address once the index is ready, with serve's result channel.
func startServeHTTP(t testing.TB, ctx context.Context, args ...string) (addr string, logs *syncBuffer, done chan error) {
	t.Helper()
	e, _, logs := testEnv(map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(serveKey.Public().(ed25519.PublicKey))})
	done = make(chan error, 1)
	go func() {
		done <- runServe(ctx, e, serveCommand(), append([]string{"--http", "127.0.0.1:0"}, args...), blockedClient(t))
	}()
	addrRE := regexp.MustCompile(`msg=listening what=--http addr=(\S+)`)
	for deadline := time.Now().Add(10 * time.Second); addr == ""; time.Sleep(10 * time.Millisecond) {
		if m := addrRE.FindStringSubmatch(logs.String()); m != nil {
			addr = m[1]
		}
		if time.Now().After(deadline) {
			t.Fatalf("server never listened: %s", logs)
		}
	}
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return addr, logs, done
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("index never became ready")
		}
	}
}

// TestServeShutdownDuringRequest cancels serve's context (what SIGTERM
// does) while a request is in flight: the request must still be answered,
// new connections must be refused, and serve must return cleanly. The
// request says "Expect: 100-continue" so that the server's "100 Continue"
// proves its handler is running before the context is cancelled.
func TestServeShutdownDuringRequest(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, logs, done := startServeHTTP(t, ctx)

	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(30 * time.Second))
	body := []byte(askPayload)
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	sig := hex.EncodeToString(ed25519.Sign(serveKey, append([]byte(stamp), body...)))
	fmt.Fprintf(conn, "POST /interactions HTTP/1.1\r\nHost: briefbot\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"+
		"X-Signature-Ed25519: %s\r\nX-Signature-Timestamp: %s\r\nExpect: 100-continue\r\n\r\n", len(body), sig, stamp)
	br := bufio.NewReader(conn)
	if line, err := br.ReadString('\n'); err != nil || !strings.Contains(line, "100 Continue") {
		t.Fatalf("expected 100 Continue, got %q, %v", line, err)
	}
	br.ReadString('\n') // the blank line after the interim response

	cancel() // SIGTERM
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			break // refused: the listener is closed
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("serve kept accepting connections after shutdown began")
		}
	}
	select {
	case err := <-done:
		t.Fatalf("serve returned (%v) with a request in flight", err)
	default:
	}

	conn.Write(body)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("in-flight request got no answer: %v", err)
	}
	reply, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(reply), `"parse":[]`) || !strings.Contains(string(reply), `"type":4`) {
		t.Errorf("in-flight reply %d: %s", resp.StatusCode, reply)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.Contains(logs.String(), "shutting down") {
		t.Errorf("no shutdown logged:\n%s", logs)
	}
}

// TestServeShards checks the shard the gateway identifies as, set by hand
// or recommended by Discord (--shard-count auto).
func TestServeShards(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		recommend int
		want      []any // IDENTIFY's "shard": [id, count]
	}{
		{"one shard by default", nil, 4, nil},
		{"set by hand", []string{"--shard-id", "1", "--shard-count", "3"}, 4, []any{1.0, 3.0}},
		{"auto asks Discord", []string{"--shard-count", "auto"}, 2, []any{0.0, 2.0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := discordtest.NewServer(t)
			f.Token = "Bot " + fakeToken
			f.Shards = tt.recommend
			e, _, _ := testEnv(map[string]string{"DISCORD_TOKEN": fakeToken})
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- runServe(ctx, e, serveCommand(), tt.args, f.Client()) }()
			id := f.WaitIdentify(t, 60*time.Second)
			got, _ := id["shard"].([]any)
			if tt.want == nil {
				if len(got) == 2 && got[1] != 1.0 {
					t.Errorf("shard = %v, want a single shard", id["shard"])
				}
			} else if len(got) != 2 || got[0] != tt.want[0] || got[1] != tt.want[1] {
				t.Errorf("shard = %v, want %v", id["shard"], tt.want)
			}
			f.WaitConnected(t, discordtest.Patience)
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("serve: %v", err)
				}
			case <-time.After(30 * time.Second):
				t.Fatal("serve did not stop")
			}
		})
	}
}
