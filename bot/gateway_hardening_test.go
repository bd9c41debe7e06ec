package bot

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/discordtest"
)

// TestGatewayReconnects drops the gateway mid-session, the two ways
// Discord does, and checks that the session comes back (discordgo resumes
// with op 6) and answers the next interaction. discordgo's first reconnect
// waits about a second, hence the generous bounds.
func TestGatewayReconnects(t *testing.T) {
	tests := []struct {
		name string
		drop func(h *gatewayHarness)
	}{
		{"connection lost without a close frame", func(h *gatewayHarness) { h.f.DropConnection() }},
		{"op 7 reconnect", func(h *gatewayHarness) { h.f.Reconnect() }},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := startGatewayHarness(t, newTestBot(nil), GatewayOptions{})
			h.f.WaitConnected(t, discordtest.Patience)
			first := fmt.Sprint(1910000000000000000 + 10*i)
			interact(t, h.f, "briefings", first)
			callback(t, h.f.Next(t))

			tt.drop(h)
			h.f.WaitConnected(t, discordtest.Patience)
			if n := h.f.Connections(); n != 2 {
				t.Errorf("%d gateway connections, want 2", n)
			}
			select {
			case d := <-h.f.Resumes():
				if d["session_id"] != "fake-session" {
					t.Errorf("RESUME session_id = %v", d["session_id"])
				}
			default:
				t.Log("the session re-identified instead of resuming")
			}
			next := fmt.Sprint(1910000000000000001 + 10*i)
			interact(t, h.f, "ask_basic", next)
			r := h.f.Next(t)
			if !strings.Contains(r.Path, "/interactions/"+next+"/") {
				t.Fatalf("after reconnecting, got %s %s", r.Method, r.Path)
			}
			if rep := callback(t, r); rep.Type != 4 {
				t.Errorf("reply type %d, want 4", rep.Type)
			}
		})
	}
}

// TestGatewayRateLimitedReply has Discord answer a callback with 429. A
// brief limit is ridden out with one retry; a persistent one costs exactly
// two attempts and a logged failure, never a retry storm (discordgo on its
// own retries a 429 forever).
func TestGatewayRateLimitedReply(t *testing.T) {
	tests := []struct {
		name      string
		limited   int // 429s before Discord accepts; -1 for all
		delivered bool
	}{
		{"brief limit is retried once", 1, true},
		{"persistent limit gives up", -1, false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := startGatewayHarness(t, newTestBot(nil), GatewayOptions{})
			id := fmt.Sprint(1920000000000000000 + i)
			h.f.RateLimit(id, tt.limited, 0.05)
			interact(t, h.f, "ask_basic", id)
			if r := h.f.Next(t); r.Status != 429 {
				t.Fatalf("first attempt answered %d, want 429", r.Status)
			}
			second := h.f.Next(t)
			callback(t, second)
			if tt.delivered {
				if second.Status != 204 {
					t.Errorf("retry answered %d, want 204", second.Status)
				}
			} else {
				waitFor(t, "the failure to be logged", func() bool {
					return strings.Contains(h.logs.String(), "rate limited by Discord")
				})
				// The callback URL holds the interaction token.
				if strings.Contains(h.logs.String(), discordtest.TokenFor(id)) {
					t.Errorf("the interaction token reached the log:\n%s", h.logs)
				}
			}
			// Let a retry storm, if any, show itself: at retry_after 50 ms
			// it would make several more calls in this time.
			time.Sleep(500 * time.Millisecond)
			attempts := 0
			for _, r := range h.f.Requests() {
				if strings.Contains(r.Path, "/interactions/"+id+"/") {
					attempts++
				}
			}
			if attempts != 2 {
				t.Errorf("%d attempts at the reply, want 2", attempts)
			}
			// The session is still usable.
			interact(t, h.f, "briefings", "1929999999999999999")
			if r := h.f.Next(t); !strings.Contains(r.Path, "1929999999999999999") || r.Status != 204 {
				t.Errorf("next interaction: %s %s → %d", r.Method, r.Path, r.Status)
			}
		})
	}
}

// TestGatewayNoReconnectAfterShutdown shuts the gateway down while it is
// dialling Discord again after a dropped connection, during an outage.
// Once Run returns nothing may dial Discord, even when the outage ends: a
// ghost session would answer interactions nobody drains. discordgo's own
// reconnection loop, which checks its setting only once, kept dialling
// with backoff (1 s, 2 s, 4 s, …) forever. Without the outage, a shutdown
// right after connecting must not dial either.
func TestGatewayNoReconnectAfterShutdown(t *testing.T) {
	tests := []struct {
		name   string
		outage bool // drop the connection and refuse dials before shutting down
	}{
		{"shutdown right after connecting", false},
		{"shutdown while reconnecting", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := startGatewayHarness(t, newTestBot(nil), GatewayOptions{})
			h.f.WaitConnected(t, discordtest.Patience)
			if tt.outage {
				h.f.SetGatewayDown(true)
				h.f.DropConnection()
				waitFor(t, "a refused dial", func() bool { return h.f.Refused() > 0 })
			}
			if err := h.stop(); err != nil {
				t.Fatalf("Run: %v", err)
			}
			h.f.SetGatewayDown(false)
			before := h.f.Connections()
			// Long enough for two more steps of discordgo's backoff.
			time.Sleep(3500 * time.Millisecond)
			if after := h.f.Connections(); after != before {
				t.Errorf("%d gateway connections after shutdown, %d when Run returned", after, before)
			}
		})
	}
}
