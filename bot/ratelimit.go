package bot

import (
	"container/list"
	"fmt"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// RateLimit is a token-bucket budget: at most Events interactions per Per,
// with bursts of up to Events. The zero value (or any non-positive Events or
// Per) disables the limit.
type RateLimit struct {
	Events int
	Per    time.Duration
}

// DefaultUserLimit is the per-user budget: 5 interactions per 10 seconds.
// It is a function rather than a variable so there is no package-level
// mutable state.
func DefaultUserLimit() RateLimit { return RateLimit{Events: 5, Per: 10 * time.Second} }

// DefaultGuildLimit is the per-guild budget, shared by every user of a guild:
// 60 interactions per minute.
func DefaultGuildLimit() RateLimit { return RateLimit{Events: 60, Per: time.Minute} }

// DefaultMaxKeys is the number of buckets a Limiter keeps when NewLimiter is
// given maxKeys <= 0.
const DefaultMaxKeys = 100_000

// String writes r as N/DURATION ("5/10s"), or "0" when disabled: the
// form serve's --user-rate and --guild-rate flags read.
func (r RateLimit) String() string {
	if !r.enabled() {
		return "0"
	}
	per := r.Per.String() // "1m0s": drop the zero units
	if strings.HasSuffix(per, "m0s") {
		per = strings.TrimSuffix(per, "0s")
	}
	if strings.HasSuffix(per, "h0m") {
		per = strings.TrimSuffix(per, "0m")
	}
	return fmt.Sprintf("%d/%s", r.Events, per)
}

func (r RateLimit) enabled() bool { return r.Events > 0 && r.Per > 0 }

// limit converts r to a refill rate in tokens per second. Dividing in floating
// point avoids rate.Every(Per/Events), which truncates the interval to whole
// nanoseconds.
func (r RateLimit) limit() rate.Limit { return rate.Limit(float64(r.Events) / r.Per.Seconds()) }

// Limiter rate-limits interactions per user and per guild so that one user
// cannot monopolise the bot and one guild cannot starve the others.
//
// Each user and each guild has its own token bucket (golang.org/x/time/rate).
// Buckets are created on first use and held in an LRU of at most maxKeys
// entries, so memory stays bounded however many distinct IDs are seen.
// Buckets that have been idle for at least their Per are full again and are
// dropped as the LRU is maintained; since a fresh bucket is also full, this
// never lets anyone exceed the limit. The one way to be forgotten while not
// yet full is LRU eviction: maxKeys other buckets used in less than one Per
// (an attacker would need that many distinct Discord accounts). Size maxKeys
// well above the number of users and guilds active per Per.
//
// A Limiter is safe for concurrent use. Its zero value is not usable; call
// NewLimiter.
type Limiter struct {
	user, guild RateLimit
	maxKeys     int
	now         func() time.Time

	mu      sync.Mutex
	lru     *list.List // of *bucket, most recently used at the front
	buckets map[bucketKey]*list.Element
}

// bucketKey separates users from guilds so equal IDs cannot collide.
type bucketKey struct {
	guild bool
	id    string
}

type bucket struct {
	key      bucketKey
	per      time.Duration // idle time after which the bucket is full again
	lim      *rate.Limiter
	lastUsed time.Time
}

// NewLimiter returns a Limiter applying user to each user ID and guild to
// each guild ID. A disabled RateLimit (Events or Per not positive) turns that
// dimension off. maxKeys <= 0 means DefaultMaxKeys. now is the clock, nil
// meaning time.Now; tests inject a fake one. now is called with the
// Limiter's lock held, so it must not call back into the Limiter.
func NewLimiter(user, guild RateLimit, maxKeys int, now func() time.Time) *Limiter {
	if maxKeys <= 0 {
		maxKeys = DefaultMaxKeys
	}
	if now == nil {
		now = time.Now
	}
	return &Limiter{
		user:    user,
		guild:   guild,
		maxKeys: maxKeys,
		now:     now,
		lru:     list.New(),
		buckets: make(map[bucketKey]*list.Element),
	}
}

// Allow reports whether an interaction by userID in guildID may proceed, and
// if it is refused, how long until it may be retried (the exact wait until
// both buckets hold a token, assuming no other traffic; callers round it for
// display). guildID is "" for direct messages, which skip the guild limit.
//
// An allowed interaction takes one token from the user bucket and one from
// the guild bucket. A refused one takes none: a user blocked by a busy guild
// keeps their own budget, and a user over their own budget does not eat into
// the guild's.
func (l *Limiter) Allow(userID, guildID string) (ok bool, retryAfter time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()

	// Read the clock under the lock so that bucket updates and LRU order
	// follow the same monotonic sequence of times across goroutines.
	t := l.now()

	var res [2]*rate.Reservation
	n := 0
	if l.user.enabled() {
		res[n] = l.touch(bucketKey{id: userID}, l.user, t).ReserveN(t, 1)
		n++
	}
	if guildID != "" && l.guild.enabled() {
		res[n] = l.touch(bucketKey{guild: true, id: guildID}, l.guild, t).ReserveN(t, 1)
		n++
	}
	l.expire(t)

	for _, r := range res[:n] {
		// Burst equals Events >= 1, so a reservation of one token is
		// always OK; only its delay tells whether a token is there now.
		retryAfter = max(retryAfter, r.DelayFrom(t))
	}
	if retryAfter == 0 {
		return true, 0
	}
	// Refused: hand every reserved token back. The lock guarantees nobody
	// reserved on these buckets after us, so CancelAt restores exactly.
	for _, r := range res[:n] {
		r.CancelAt(t)
	}
	return false, retryAfter
}

// Len returns the number of buckets currently held, for tests and metrics.
func (l *Limiter) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lru.Len()
}

// touch returns the rate limiter for key, creating it if needed, and marks it
// most recently used at t. l.mu must be held.
func (l *Limiter) touch(key bucketKey, rl RateLimit, t time.Time) *rate.Limiter {
	if e, ok := l.buckets[key]; ok {
		b := e.Value.(*bucket)
		b.lastUsed = t
		l.lru.MoveToFront(e)
		return b.lim
	}
	b := &bucket{
		key:      key,
		per:      rl.Per,
		lim:      rate.NewLimiter(rl.limit(), rl.Events),
		lastUsed: t,
	}
	l.buckets[key] = l.lru.PushFront(b)
	return b.lim
}

// expire drops buckets from the least recently used end: any beyond maxKeys,
// and any idle for at least their Per (full again, hence equivalent to a
// fresh bucket). Each bucket is removed at most once, so the cost is
// amortised O(1) per Allow. l.mu must be held.
//
// It runs after the current call's buckets were touched, so they sit at the
// front and are dropped only if maxKeys is smaller than their number; the
// call still completes correctly on the limiters it already holds.
func (l *Limiter) expire(t time.Time) {
	for e := l.lru.Back(); e != nil; e = l.lru.Back() {
		b := e.Value.(*bucket)
		if l.lru.Len() <= l.maxKeys && t.Sub(b.lastUsed) < b.per {
			return
		}
		l.lru.Remove(e)
		delete(l.buckets, b.key)
	}
}
