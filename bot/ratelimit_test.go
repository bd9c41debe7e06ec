package bot

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeClock is a manually advanced clock, so tests never sleep.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// step is one or more identical Allow calls, after advancing the clock.
type step struct {
	advance     time.Duration
	user, guild string
	times       int // number of calls; 0 means 1
	ok          bool
	retry       time.Duration // expected retryAfter of every call
}

// distinctUsers returns n allowed calls by users prefix0..prefix(n-1) in guild.
func distinctUsers(prefix, guild string, n int) []step {
	steps := make([]step, n)
	for i := range steps {
		steps[i] = step{user: prefix + strconv.Itoa(i), guild: guild, ok: true}
	}
	return steps
}

func concat(parts ...[]step) []step {
	var all []step
	for _, p := range parts {
		all = append(all, p...)
	}
	return all
}

func TestLimiterAllow(t *testing.T) {
	def, defG := DefaultUserLimit(), DefaultGuildLimit()
	tests := []struct {
		name        string
		user, guild RateLimit
		steps       []step
		wantLen     int
	}{
		{
			name: "user: 5 allowed, 6th refused for 2s",
			user: def, guild: defG,
			steps: []step{
				{user: "u", guild: "g", times: 5, ok: true},
				{user: "u", guild: "g", ok: false, retry: 2 * time.Second},
			},
			wantLen: 2,
		},
		{
			name: "user: tokens refill as time advances",
			user: def, guild: defG,
			steps: []step{
				{user: "u", guild: "g", times: 5, ok: true},
				{user: "u", guild: "g", ok: false, retry: 2 * time.Second},
				{advance: 500 * time.Millisecond, user: "u", guild: "g", ok: false, retry: 1500 * time.Millisecond},
				{advance: 1500 * time.Millisecond, user: "u", guild: "g", ok: true},
				{user: "u", guild: "g", ok: false, retry: 2 * time.Second},
				{advance: 10 * time.Second, user: "u", guild: "g", times: 5, ok: true},
				{user: "u", guild: "g", ok: false, retry: 2 * time.Second},
			},
			wantLen: 2,
		},
		{
			name: "guild: 61st in a minute refused across distinct users",
			user: def, guild: defG,
			steps: concat(
				distinctUsers("u", "g", 60),
				[]step{
					{user: "late", guild: "g", ok: false, retry: time.Second},
					{user: "late", guild: "other", ok: true}, // other guilds unaffected
					{advance: time.Second, user: "late", guild: "g", ok: true},
				},
			),
			wantLen: 60 + 1 + 2,
		},
		{
			name: "DMs skip the guild limit",
			user: def, guild: RateLimit{Events: 1, Per: time.Hour},
			steps: concat(
				[]step{{user: "u", guild: "", times: 5, ok: true}},
				distinctUsers("dm", "", 100),
				[]step{{user: "u", guild: "", ok: false, retry: 2 * time.Second}},
			),
			wantLen: 101, // user buckets only
		},
		{
			name: "refused by guild does not burn the user's token",
			user: def, guild: RateLimit{Events: 1, Per: time.Minute},
			steps: []step{
				{user: "a", guild: "g", ok: true},
				{user: "b", guild: "g", times: 20, ok: false, retry: time.Minute},
				{user: "b", guild: "", times: 5, ok: true}, // b's full budget is intact
				{user: "b", guild: "", ok: false, retry: 2 * time.Second},
			},
			wantLen: 3,
		},
		{
			name: "refused by user does not burn the guild's token",
			user: def, guild: RateLimit{Events: 6, Per: time.Minute},
			steps: []step{
				{user: "a", guild: "g", times: 5, ok: true},
				{user: "a", guild: "g", times: 20, ok: false, retry: 2 * time.Second},
				{user: "b", guild: "g", ok: true}, // 6th guild token still there
				{user: "c", guild: "g", ok: false, retry: 10 * time.Second},
			},
			wantLen: 4,
		},
		{
			name: "both refused: retryAfter is the longer wait",
			user: RateLimit{Events: 1, Per: 10 * time.Second}, guild: RateLimit{Events: 1, Per: time.Minute},
			steps: []step{
				{user: "a", guild: "g", ok: true},
				{user: "a", guild: "g", ok: false, retry: time.Minute},
				{advance: 10 * time.Second, user: "a", guild: "g", ok: false, retry: 50 * time.Second},
				{advance: 50 * time.Second, user: "a", guild: "g", ok: true},
			},
			wantLen: 2,
		},
		{
			name: "user dimension disabled",
			user: RateLimit{}, guild: RateLimit{Events: 2, Per: time.Minute},
			steps: []step{
				{user: "a", guild: "g", times: 2, ok: true},
				{user: "b", guild: "g", ok: false, retry: 30 * time.Second},
				{user: "a", guild: "", times: 100, ok: true},
			},
			wantLen: 1,
		},
		{
			name: "guild dimension disabled",
			user: def, guild: RateLimit{Events: 0, Per: time.Minute},
			steps: concat(
				distinctUsers("u", "g", 100),
				[]step{{user: "u0", guild: "g", times: 4, ok: true}},
				[]step{{user: "u0", guild: "g", ok: false, retry: 2 * time.Second}},
			),
			wantLen: 100,
		},
		{
			name: "both disabled, including non-positive Per",
			user: RateLimit{}, guild: RateLimit{Events: 10, Per: 0},
			steps:   []step{{user: "a", guild: "g", times: 1000, ok: true}},
			wantLen: 0,
		},
		{
			name: "user and guild IDs do not collide",
			user: RateLimit{Events: 1, Per: time.Minute}, guild: RateLimit{Events: 1, Per: time.Minute},
			steps: []step{
				{user: "x", guild: "y", ok: true},
				{user: "y", guild: "x", ok: true},
			},
			wantLen: 4,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := newFakeClock()
			l := NewLimiter(tt.user, tt.guild, 0, clock.Now)
			for i, s := range tt.steps {
				clock.Advance(s.advance)
				for n := range max(s.times, 1) {
					ok, retry := l.Allow(s.user, s.guild)
					if ok != s.ok || !near(retry, s.retry) {
						t.Fatalf("step %d call %d: Allow(%q, %q) = %v, %v; want %v, %v",
							i, n, s.user, s.guild, ok, retry, s.ok, s.retry)
					}
				}
			}
			if got := l.Len(); got != tt.wantLen {
				t.Errorf("Len() = %d, want %d", got, tt.wantLen)
			}
		})
	}
}

// near allows for float rounding inside x/time/rate.
func near(got, want time.Duration) bool {
	d := got - want
	return -time.Microsecond <= d && d <= time.Microsecond
}

func TestNewLimiterDefaults(t *testing.T) {
	l := NewLimiter(DefaultUserLimit(), DefaultGuildLimit(), 0, nil) // real clock
	if l.maxKeys != DefaultMaxKeys {
		t.Errorf("maxKeys = %d, want %d", l.maxKeys, DefaultMaxKeys)
	}
	for i := range 5 {
		if ok, _ := l.Allow("u", "g"); !ok {
			t.Fatalf("call %d refused", i+1)
		}
	}
	ok, retry := l.Allow("u", "g")
	if ok || retry <= 0 || retry > 2*time.Second {
		t.Errorf("6th call = %v, %v; want refused with 0 < retry <= 2s", ok, retry)
	}
}

func TestLimiterLRU(t *testing.T) {
	t.Run("evicts least recently used beyond maxKeys", func(t *testing.T) {
		clock := newFakeClock()
		l := NewLimiter(DefaultUserLimit(), RateLimit{}, 2, clock.Now)
		for _, u := range []string{"a", "b"} {
			for range 5 {
				l.Allow(u, "")
			}
		}
		l.Allow("a", "") // refused, but a is now most recently used
		if ok, _ := l.Allow("c", ""); !ok {
			t.Fatal("c refused")
		}
		if got := l.Len(); got != 2 {
			t.Fatalf("Len() = %d, want 2", got)
		}
		if ok, _ := l.Allow("a", ""); ok {
			t.Error("a allowed: its exhausted bucket should have been kept")
		}
		// b was evicted while not yet full, the documented cost of the cap:
		// it starts again with a fresh bucket.
		if ok, _ := l.Allow("b", ""); !ok {
			t.Error("b refused: its bucket should have been evicted")
		}
	})

	t.Run("drops idle buckets once they are full again", func(t *testing.T) {
		clock := newFakeClock()
		l := NewLimiter(DefaultUserLimit(), DefaultGuildLimit(), 0, clock.Now)
		for i := range 100 {
			for range 5 {
				l.Allow("u"+strconv.Itoa(i), "") // exhaust 100 users in DMs
			}
		}
		clock.Advance(10*time.Second - time.Nanosecond)
		l.Allow("new", "")
		if got := l.Len(); got != 101 {
			t.Fatalf("before Per elapsed: Len() = %d, want 101", got)
		}
		clock.Advance(time.Nanosecond)
		l.Allow("newer", "")
		if got := l.Len(); got != 2 {
			t.Fatalf("after Per elapsed: Len() = %d, want 2", got)
		}
		// A dropped bucket was full anyway: u0 gets exactly its 5 again.
		for i := range 5 {
			if ok, _ := l.Allow("u0", ""); !ok {
				t.Fatalf("u0 call %d refused", i+1)
			}
		}
		if ok, retry := l.Allow("u0", ""); ok || !near(retry, 2*time.Second) {
			t.Errorf("u0 6th call = %v, %v; want refused for 2s", ok, retry)
		}
	})

	t.Run("refused retries neither take tokens nor delay the refill", func(t *testing.T) {
		clock := newFakeClock()
		l := NewLimiter(RateLimit{Events: 1, Per: 10 * time.Second}, RateLimit{}, 0, clock.Now)
		l.Allow("spammer", "")
		for i := range 19 { // retry every 0.5s for 9.5s
			clock.Advance(500 * time.Millisecond)
			if ok, _ := l.Allow("spammer", ""); ok {
				t.Fatalf("spammer allowed after %v", time.Duration(i+1)*500*time.Millisecond)
			}
			l.Allow("other"+strconv.Itoa(i), "") // keeps expiry running
		}
		// The bucket refills exactly 10s after the one allowed call.
		clock.Advance(500 * time.Millisecond)
		if ok, _ := l.Allow("spammer", ""); !ok {
			t.Error("spammer refused 10s after its only allowed call")
		}
	})
}

// TestLimiterUserFloodBoundedMemory shows that a flood of distinct user IDs
// (for instance a raid of throwaway accounts) cannot exhaust memory: the LRU
// caps the buckets at maxKeys, and the heap stays at roughly maxKeys buckets
// after twenty times as many users.
// The clock is frozen so no bucket expires by idleness: only the cap bounds.
func TestLimiterUserFloodBoundedMemory(t *testing.T) {
	const (
		users   = 200_000
		maxKeys = 10_000
		// Generous per-bucket budget: a bucket (map entry, list element,
		// bucket, rate.Limiter, ID string) measures ~380 B.
		perKey    = 1024
		maxGrowth = maxKeys * perKey
	)
	frozen := newFakeClock().Now()
	l := NewLimiter(DefaultUserLimit(), DefaultGuildLimit(), maxKeys, func() time.Time { return frozen })

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()

	allowed := 0
	buf := make([]byte, 0, 32)
	for i := range users {
		// Snowflake-sized IDs (18 digits); "" guild = DMs, so every call is
		// a brand-new user and must be allowed.
		buf = strconv.AppendUint(buf[:0], 100_000_000_000_000_000+uint64(i), 10)
		if ok, _ := l.Allow(string(buf), ""); ok {
			allowed++
		}
		if i%10_000 == 0 && l.Len() > maxKeys {
			t.Fatalf("after %d users: Len() = %d > %d", i+1, l.Len(), maxKeys)
		}
	}

	elapsed := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	growth := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	runtime.KeepAlive(l)

	if allowed != users {
		t.Errorf("allowed %d of %d fresh users", allowed, users)
	}
	if got := l.Len(); got != maxKeys {
		t.Errorf("Len() = %d, want %d", got, maxKeys)
	}
	if growth > maxGrowth {
		t.Errorf("heap grew %d B for %d users, want <= %d B", growth, users, maxGrowth)
	}
	t.Logf("%d users: Len=%d, heap growth %.2f MiB (%d B/bucket), %v (%v/call)",
		users, l.Len(), float64(growth)/(1<<20), growth/maxKeys, elapsed, elapsed/users)
}

// TestLimiterConcurrent hammers one Limiter from 8 goroutines (run with
// -race). The clock is frozen, so the outcome is exact whatever the
// interleaving: users are bound to one of 4 guilds, 25 users per guild hold
// 125 user tokens against 60 guild tokens, so every guild is drained
// (4 × 60 = 240 allowed) and no user ever exceeds 5.
func TestLimiterConcurrent(t *testing.T) {
	const (
		goroutines = 8
		calls      = 1000
		users      = 100
		guilds     = 4
	)
	clock := newFakeClock()
	l := NewLimiter(DefaultUserLimit(), DefaultGuildLimit(), 0, clock.Now)

	var perUser [users]atomic.Int32
	var total atomic.Int32
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range calls {
				u := (g*calls + i) % users
				ok, retry := l.Allow(fmt.Sprint("u", u), fmt.Sprint("g", u%guilds))
				if ok {
					perUser[u].Add(1)
					total.Add(1)
				} else if retry <= 0 {
					t.Errorf("refused with retryAfter %v", retry)
				}
				if i%100 == 0 {
					_ = l.Len()
				}
			}
		})
	}
	wg.Wait()

	if got := total.Load(); got != guilds*60 {
		t.Errorf("allowed %d, want %d", got, guilds*60)
	}
	for u := range perUser {
		if n := perUser[u].Load(); n > 5 {
			t.Errorf("user u%d allowed %d times, want <= 5", u, n)
		}
	}
	if got := l.Len(); got != users+guilds {
		t.Errorf("Len() = %d, want %d", got, users+guilds)
	}
}
