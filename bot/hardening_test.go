package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

// asUser returns the captured interaction name with its member's user ID
// replaced, so rate limits can tell readers apart.
func asUser(t *testing.T, name, userID string) *discordgo.Interaction {
	t.Helper()
	in, _ := loadInteraction(t, name)
	if in.Member == nil || in.Member.User == nil {
		t.Fatalf("%s has no member", name)
	}
	in.Member.User.ID = userID
	return in
}

// TestRateLimitReply checks the per-user limit (5 per 10 s) as a reader
// sees it: the 6th /ask gets an ephemeral reply saying when to retry, that
// pings no one; autocomplete is exempt; another reader is unaffected; and
// the refusal is counted.
func TestRateLimitReply(t *testing.T) {
	clock := newFakeClock()
	reg := prometheus.NewRegistry()
	m, err := NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	b := newTestBot(nil)
	b.limiter = NewLimiter(DefaultUserLimit(), DefaultGuildLimit(), 0, clock.Now)
	b.metrics = m
	limitedCount := func() float64 {
		return testutil.ToFloat64(m.interactions.WithLabelValues("ask", "rate_limited"))
	}

	for i := range 5 {
		rep := checkReply(t, marshalReply(t, b.Respond(context.Background(), asUser(t, "ask_basic", "2000000000000000001"))))
		if rep.Data == nil || rep.Data.Flags&64 != 0 {
			t.Fatalf("ask %d was refused: %+v", i+1, rep.Data)
		}
	}
	clock.Advance(time.Second) // still well within the 10 s window

	tests := []struct {
		name      string
		in        *discordgo.Interaction
		limited   bool
		wantCount float64
	}{
		{"6th ask from the same user", asUser(t, "ask_basic", "2000000000000000001"), true, 1},
		{"autocomplete from the same user is exempt", asUser(t, "group_autocomplete", "2000000000000000001"), false, 1},
		{"another user", asUser(t, "ask_basic", "2000000000000000002"), false, 1},
		{"7th ask from the same user", asUser(t, "ask_basic", "2000000000000000001"), true, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := marshalReply(t, b.Respond(context.Background(), tt.in))
			rep := checkReply(t, raw)
			refused := rep.Data != nil && rep.Data.Flags&64 != 0 && strings.Contains(rep.Data.Content, "Try again in")
			if refused != tt.limited {
				t.Fatalf("refused = %v, want %v: %s", refused, tt.limited, raw)
			}
			if tt.limited {
				if rep.Type != 4 || !strings.Contains(rep.Data.Content, " s.") {
					t.Errorf("refusal does not say when to retry: %s", raw)
				}
				var am struct{ Parse *[]string }
				if json.Unmarshal(rep.Data.AllowedMentions, &am) != nil || am.Parse == nil || len(*am.Parse) != 0 {
					t.Errorf("allowed_mentions = %s, want parse []", rep.Data.AllowedMentions)
				}
			}
			if got := limitedCount(); got != tt.wantCount {
				t.Errorf(`briefbot_interactions_total{outcome="rate_limited"} = %v, want %v`, got, tt.wantCount)
			}
		})
	}
}

// signedHeaders signs body as Discord does, at ts, with testKey.
func signedHeaders(body []byte, ts time.Time) http.Header {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	sig := ed25519.Sign(testKey, append([]byte(stamp), body...))
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	h.Set("X-Signature-Timestamp", stamp)
	return h
}

// checkWireReply checks what every 200 reply must be: JSON, and for a
// message, an explicit empty allowed_mentions.parse. It returns an error
// rather than failing a test so that any goroutine may call it.
func checkWireReply(body []byte) error {
	var r struct {
		Type int `json:"type"`
		Data *struct {
			AllowedMentions *struct {
				Parse *[]string `json:"parse"`
			} `json:"allowed_mentions"`
		} `json:"data"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		return fmt.Errorf("reply is not JSON: %v: %s", err, body)
	}
	switch r.Type {
	case 4, 7: // messages
		if r.Data == nil || r.Data.AllowedMentions == nil || r.Data.AllowedMentions.Parse == nil || len(*r.Data.AllowedMentions.Parse) != 0 ||
			!bytes.Contains(body, []byte(`"parse":[]`)) {
			return fmt.Errorf(`message reply without "parse":[]: %s`, body)
		}
	case 1, 8, 5, 6: // pong, autocomplete and deferrals carry no message
	default:
		return fmt.Errorf("reply type %d: %s", r.Type, body)
	}
	return nil
}

// TestHTTPConcurrentLoad sends 200 signed requests at once, mixing /ask,
// /group autocomplete and pings, to a real HTTP server on loopback. Run
// under -race it checks that the endpoint shares no unguarded state; every
// request must get a well-formed 200.
func TestHTTPConcurrentLoad(t *testing.T) {
	h := newTestHTTP(t, newTestBot(nil), nil)
	srv := httptest.NewServer(h)
	defer srv.Close()
	_, ask := loadInteraction(t, "ask_basic")
	_, auto := loadInteraction(t, "group_autocomplete")
	ping := []byte(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`)
	bodies := [][]byte{ask, auto, ping}

	const n = 200
	start := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := bodies[i%len(bodies)]
			req, err := http.NewRequest(http.MethodPost, srv.URL+"/interactions", bytes.NewReader(body))
			if err != nil {
				errs <- err
				return
			}
			req.Header = signedHeaders(body, testNow)
			<-start
			resp, err := srv.Client().Do(req)
			if err != nil {
				errs <- err
				return
			}
			defer resp.Body.Close()
			got, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusOK {
				errs <- fmt.Errorf("request %d: status %d: %s", i, resp.StatusCode, got)
				return
			}
			if err := checkWireReply(got); err != nil {
				errs <- fmt.Errorf("request %d: %w", i, err)
			}
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
