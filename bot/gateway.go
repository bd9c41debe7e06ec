package bot

import (
	"context"
	"errors"
	"log/slog"
	"net/url"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// GatewayOptions configure the gateway transport. The zero value is usable.
type GatewayOptions struct {
	// DeferAfter is how long to wait for an answer before acknowledging
	// with a deferral (Discord allows 3 s). Default 2.5 s.
	DeferAfter time.Duration
	// HandlerTimeout bounds one answer once deferred. Default 30 s.
	HandlerTimeout time.Duration
	// DrainTimeout bounds how long Run waits for answers in flight after
	// its context ends. Default 10 s.
	DrainTimeout time.Duration
	Logger       *slog.Logger
}

// withDefaults fills the options left zero with their documented defaults.
func (opts GatewayOptions) withDefaults() GatewayOptions {
	if opts.DeferAfter <= 0 {
		opts.DeferAfter = 2500 * time.Millisecond
	}
	if opts.HandlerTimeout <= 0 {
		opts.HandlerTimeout = 30 * time.Second
	}
	if opts.DrainTimeout <= 0 {
		opts.DrainTimeout = 10 * time.Second
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return opts
}

// Gateway answers interactions that arrive over a discordgo websocket
// session. Its send method is the transport's one send path.
type Gateway struct {
	r    Responder
	s    *discordgo.Session
	rep  *replier // the transport's one send path
	opts GatewayOptions

	mu       sync.Mutex
	closing  bool
	stopped  chan struct{} // closed when Run starts shutting down; ends reconnection
	inflight sync.WaitGroup
	base     context.Context // handlers' parent; outlives Run's ctx while draining
}

// maxReconnectWait caps the wait between attempts to reach Discord again,
// as discordgo's own reconnection does.
const maxReconnectWait = 10 * time.Minute

// NewGateway prepares s to deliver interactions to r (a *Bot, or
// middleware wrapping one). Interactions need no
// gateway intent, so the session asks for none; its own log is held at
// warnings (it would log the IDENTIFY payload, token included, at debug).
func NewGateway(r Responder, s *discordgo.Session, opts GatewayOptions) *Gateway {
	opts = opts.withDefaults()
	s.Identify.Intents = discordgo.IntentsNone
	s.LogLevel = discordgo.LogWarning
	// Replies do not go through discordgo's REST path (see replier); for
	// what still does, discordgo retries a 429 with no bound (it does not
	// count rate-limit retries against MaxRestRetries), so a Discord that
	// keeps refusing would be hammered until it relents.
	s.ShouldRetryOnRateLimit = false
	// A dropped connection must not leave the bot deaf, but discordgo's
	// own reconnection reads ShouldReconnectOnError without a lock, so it
	// cannot be turned off safely at shutdown (a data race, and a ghost
	// session dialled after Close). The gateway reconnects itself instead,
	// on discordgo's Disconnect event; Open resumes where possible.
	s.ShouldReconnectOnError = false
	rep := newReplier(s.Client, opts.Logger)
	if s.UserAgent != "" {
		rep.userAgent = s.UserAgent
	}
	g := &Gateway{r: r, s: s, rep: rep, opts: opts, base: context.Background(), stopped: make(chan struct{})}
	s.AddHandler(g.onInteraction)
	s.AddHandler(g.onDisconnect)
	return g
}

// Run opens the session and answers interactions until ctx ends. Then it
// stops taking new interactions, waits up to DrainTimeout for those in
// flight, and closes the session.
func (g *Gateway) Run(ctx context.Context) error {
	g.mu.Lock()
	g.base = context.WithoutCancel(ctx)
	g.mu.Unlock()
	if err := g.s.Open(); err != nil {
		return errors.New("gateway: cannot connect to Discord: " + safeErr(err))
	}
	g.opts.Logger.Info("gateway connected")
	<-ctx.Done()
	g.mu.Lock()
	if !g.closing {
		g.closing = true
		close(g.stopped)
	}
	g.mu.Unlock()
	drained := make(chan struct{})
	go func() { g.inflight.Wait(); close(drained) }()
	select {
	case <-drained:
	case <-time.After(g.opts.DrainTimeout):
		g.opts.Logger.Warn("gateway: gave up waiting for interactions in flight")
	}
	// closing is set, so the Disconnect that Close emits (and one from a
	// heartbeat that wakes to the closed socket) dials nothing.
	if err := g.s.Close(); err != nil {
		return errors.New("gateway: close: " + safeErr(err))
	}
	g.opts.Logger.Info("gateway closed")
	return nil
}

// onDisconnect is discordgo's Disconnect handler: the connection was lost
// (a read error, a missed heartbeat, Discord's op 7) or closed by Run. Until
// Run shuts down it dials again, backing off from 1 s to maxReconnectWait.
func (g *Gateway) onDisconnect(_ *discordgo.Session, _ *discordgo.Disconnect) {
	wait := time.Second
	for {
		done, err := g.reopen()
		if done {
			return
		}
		g.opts.Logger.Warn("gateway: cannot reconnect to Discord; retrying", "in", wait, "err", safeErr(err))
		select {
		case <-g.stopped:
			return
		case <-time.After(wait):
		}
		wait = min(2*wait, maxReconnectWait)
	}
}

// reopen dials Discord again unless Run is shutting down. It holds g.mu
// across Open, so Run cannot mark the gateway closing and close the session
// between the check and the dial: either the new connection exists before
// Run closes, or none is made. done is false only when Open failed.
func (g *Gateway) reopen() (done bool, err error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closing {
		return true, nil
	}
	err = g.s.Open()
	if err != nil && !errors.Is(err, discordgo.ErrWSAlreadyOpen) {
		return false, err
	}
	g.opts.Logger.Info("gateway reconnected")
	return true, nil
}

// begin registers an interaction in flight, unless shutting down.
func (g *Gateway) begin() (context.Context, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closing {
		return nil, false
	}
	g.inflight.Add(1)
	return g.base, true
}

// onInteraction is discordgo's INTERACTION_CREATE handler. discordgo calls
// it on its own goroutine.
func (g *Gateway) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil {
		return
	}
	in := ic.Interaction
	base, ok := g.begin()
	if !ok {
		g.opts.Logger.Info("interaction ignored: shutting down", "command", interactionName(in))
		return
	}
	defer g.inflight.Done()
	ctx, cancel := context.WithTimeout(base, g.opts.HandlerTimeout)
	defer cancel()

	done := make(chan *discordgo.InteractionResponse, 1)
	go func() { done <- respondSafely(ctx, g.r, in, g.opts.Logger) }()
	// Replies outlive the handler's deadline (a timed-out answer is still
	// sent, as an apology), so their calls have a deadline of their own.
	send, cancelSend := context.WithTimeout(base, g.opts.HandlerTimeout+sendTimeout)
	defer cancelSend()
	g.deliver(send, g.rep.open(in), in, done)
}

// deliver sends the handler's reply once done gives it: at once if it
// comes within DeferAfter, else after a deferral Discord has accepted, as
// that deferral's edit, so the edit can never arrive first.
func (g *Gateway) deliver(send context.Context, x *exchange, in *discordgo.Interaction, done <-chan *discordgo.InteractionResponse) {
	timer := time.NewTimer(g.opts.DeferAfter)
	defer timer.Stop()
	select {
	case resp := <-done:
		x.respond(send, resp)
	case <-timer.C:
		ack := deferral(in)
		if ack == nil { // autocomplete cannot be deferred; answer late or not at all
			x.respond(send, <-done)
			return
		}
		if !x.respond(send, ack) {
			return // the interaction is gone; editing it would fail too
		}
		x.complete(send, <-done, ack)
	}
}

// deferral is the acknowledgement that buys time: "thinking…" for a
// command (ephemeral when the asker wants a private answer, since an edit
// cannot change that later), a silent deferred update for a button.
// Autocomplete has none.
func deferral(in *discordgo.Interaction) *discordgo.InteractionResponse {
	switch in.Type {
	case discordgo.InteractionApplicationCommand:
		ack := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
		if wantsPrivate(in) {
			ack.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
		}
		return ack
	case discordgo.InteractionMessageComponent:
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	}
	return nil
}

// safeErr renders err without request URLs, which carry interaction
// tokens.
func safeErr(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Op + ": " + safeErr(ue.Err)
	}
	return err.Error()
}
