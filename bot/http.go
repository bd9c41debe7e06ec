package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Limits of the HTTP interactions endpoint.
const (
	// MaxBodyBytes bounds a request body. Interactions are a few KiB; a
	// button click carries its message, still far below this.
	MaxBodyBytes = 64 << 10
	// MaxClockSkew is how far a request's signed timestamp may be from now.
	// The signature alone would let a captured request be replayed forever.
	MaxClockSkew = 5 * time.Minute
	// DefaultAnswerBudget is how long a handler may take before the
	// endpoint defers (or, without a FollowUp client, apologises): Discord
	// waits 3 s for the acknowledgement, and a deferral is a call to
	// Discord's callback endpoint, which needs some of that time.
	DefaultAnswerBudget = 2500 * time.Millisecond
	// ackWindow is how long after a request arrives its deferral may
	// still reach Discord: its 3 s, less a margin for the way in.
	ackWindow = 2900 * time.Millisecond
)

// HTTPOptions configure the HTTP transport.
type HTTPOptions struct {
	// PublicKey is the application's Ed25519 public key (from the Discord
	// developer portal). Required.
	PublicKey ed25519.PublicKey
	// Ready reports whether the corpus and index are loaded; /healthz
	// answers 503 and interactions get an apology until it does. Nil means
	// always ready.
	Ready func() bool
	// Now is the clock used to check timestamps; nil means time.Now.
	Now func() time.Time
	// AnswerBudget overrides DefaultAnswerBudget.
	AnswerBudget time.Duration
	// FollowUp, if set, lets a slow answer be deferred rather than
	// apologised for: after AnswerBudget the endpoint acknowledges with a
	// deferral through Discord's callback endpoint, answers the HTTP
	// request 202, and edits the reply in through the interaction's
	// webhook once it is ready, all with this client. Interaction
	// callbacks and webhooks are authorised by the interaction's own
	// token, so no bot token is needed. Nil keeps the apology, and the
	// endpoint then makes no outbound call at all.
	FollowUp *http.Client
	// HandlerTimeout bounds a deferred answer. Default 30 s.
	HandlerTimeout time.Duration
	Logger         *slog.Logger
}

// HTTPHandler serves Discord's outgoing webhooks: POST /interactions and
// GET /healthz. Replies are written in the HTTP response, so it needs no
// bot token and any number of replicas can share a load balancer.
type HTTPHandler struct {
	r    Responder
	opts HTTPOptions
	mux  *http.ServeMux
	rep  *replier       // defers and completes slow replies; nil without FollowUp
	late sync.WaitGroup // deferred answers still being completed
}

// NewHTTPHandler returns the HTTP transport for r (a *Bot, or middleware
// wrapping one).
func NewHTTPHandler(r Responder, opts HTTPOptions) (*HTTPHandler, error) {
	if len(opts.PublicKey) != ed25519.PublicKeySize {
		return nil, errors.New("bot: the public key must be 32 bytes (64 hex digits)")
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.AnswerBudget <= 0 {
		opts.AnswerBudget = DefaultAnswerBudget
	}
	if opts.Ready == nil {
		opts.Ready = func() bool { return true }
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.HandlerTimeout <= 0 {
		opts.HandlerTimeout = 30 * time.Second
	}
	h := &HTTPHandler{r: r, opts: opts, mux: http.NewServeMux()}
	if opts.FollowUp != nil {
		h.rep = newReplier(opts.FollowUp, opts.Logger)
	}
	h.mux.HandleFunc("POST /interactions", h.interactions)
	h.mux.HandleFunc("GET /healthz", h.healthz)
	return h, nil
}

func (h *HTTPHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

func (h *HTTPHandler) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if !h.opts.Ready() {
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, "starting\n")
		return
	}
	io.WriteString(w, "ok\n")
}

// interactions verifies, decodes and answers one interaction. Its final
// writeReply is the transport's one send path.
func (h *HTTPHandler) interactions(w http.ResponseWriter, r *http.Request) {
	in, ok := h.admit(w, r)
	if !ok {
		return
	}
	var resp *discordgo.InteractionResponse
	switch {
	case in.Type == discordgo.InteractionPing:
		resp = &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}
	case !h.opts.Ready():
		resp = finalize(fitType(in, errorResponse("I'm still loading the briefings. Please try again in a minute.")))
	default:
		resp = h.answer(r.Context(), in)
	}
	if resp == nil { // acknowledged through the callback endpoint
		w.WriteHeader(http.StatusAccepted)
		return
	}
	writeReply(w, withoutFiles(resp))
	if len(files(resp)) > 0 {
		h.attachLater(w, in, resp)
	}
}

// admit reads the request's body within MaxBodyBytes, checks its signature
// and timestamp, and decodes the interaction. When it returns false it has
// already answered the request with the error status (413, 400 or 401),
// logging why without the body.
func (h *HTTPHandler) admit(w http.ResponseWriter, r *http.Request) (*discordgo.Interaction, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return nil, false
		}
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return nil, false
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if !discordgo.VerifyInteraction(r, h.opts.PublicKey) {
		h.opts.Logger.Warn("interaction refused: bad signature", "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return nil, false
	}
	if !h.fresh(r.Header.Get("X-Signature-Timestamp")) {
		h.opts.Logger.Warn("interaction refused: stale timestamp", "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return nil, false
	}
	var in discordgo.Interaction
	if err := json.Unmarshal(body, &in); err != nil {
		h.opts.Logger.Warn("interaction refused: malformed JSON", "err", err)
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return nil, false
	}
	return &in, true
}

// attachLater uploads resp's files by editing the response just written
// (Discord refuses files in the HTTP response itself). The edit cannot be
// ordered after the response by anything Discord says, so it waits
// attachDelay after the flush, and is retried if Discord does not know
// the message yet. Without a FollowUp client the endpoint makes no
// outbound calls, so the reply stays text only.
func (h *HTTPHandler) attachLater(w http.ResponseWriter, in *discordgo.Interaction, resp *discordgo.InteractionResponse) {
	if h.rep == nil {
		h.opts.Logger.Info("picture left out: the HTTP endpoint has no follow-up client", "command", interactionName(in))
		return
	}
	http.NewResponseController(w).Flush()
	h.late.Add(1)
	go func() {
		defer h.late.Done()
		ctx, cancel := context.WithTimeout(context.Background(), sendTimeout)
		defer cancel()
		if sleep(ctx, attachDelay) == nil {
			h.rep.open(in).attach(ctx, resp)
		}
	}()
}

// answer runs the bot within Discord's 3-second window. An answer ready
// in time is returned, to go in the HTTP response: the fast path. One
// that is not is deferred when a FollowUp client is configured (answer
// then returns nil, for a 202), and otherwise becomes an ephemeral
// apology: never "This interaction failed".
func (h *HTTPHandler) answer(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	arrived := time.Now()
	// The answer may outlive this request if it is deferred.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), h.opts.HandlerTimeout)
	done := make(chan *discordgo.InteractionResponse, 1)
	go func() { done <- respondSafely(ctx, h.r, in, h.opts.Logger) }()
	timer := time.NewTimer(h.opts.AnswerBudget)
	defer timer.Stop()
	select {
	case resp := <-done:
		cancel()
		return resp
	case <-timer.C:
	}
	ack := deferral(in)
	if h.rep == nil || ack == nil {
		cancel()
		h.opts.Logger.Warn("interaction timed out", "command", interactionName(in), "guild", in.GuildID)
		return h.apology(in)
	}
	return h.deferReply(ctx, cancel, in, ack, done, arrived.Add(ackWindow))
}

// deferReply acknowledges in with ack through Discord's callback endpoint
// and, once Discord has accepted it, completes the reply in the
// background. Acknowledging by callback rather than in the HTTP response
// is what orders the two: a deferral written in the response is only
// known to have reached Discord when Discord says so, which it never
// does, so an edit started after writing it could still overtake it. It
// returns nil: the HTTP request is answered 202 whatever the callback's
// fate, since a callback that timed out may still have been accepted, and
// an answer in the body would then be a second acknowledgement.
func (h *HTTPHandler) deferReply(ctx context.Context, cancel context.CancelFunc, in *discordgo.Interaction, ack *discordgo.InteractionResponse, done <-chan *discordgo.InteractionResponse, ackBy time.Time) *discordgo.InteractionResponse {
	x := h.rep.open(in)
	ackCtx, ackCancel := context.WithDeadline(ctx, ackBy)
	ok := x.respond(ackCtx, ack)
	ackCancel()
	if !ok {
		cancel()
		h.opts.Logger.Warn("interaction not deferred: Discord did not accept the deferral", "command", interactionName(in))
		return nil
	}
	h.late.Add(1)
	go func() {
		defer h.late.Done()
		defer cancel()
		var resp *discordgo.InteractionResponse
		select {
		case resp = <-done:
		case <-ctx.Done():
			h.opts.Logger.Error("deferred interaction never answered", "command", interactionName(in))
			resp = h.apology(in)
			var stop context.CancelFunc
			ctx, stop = context.WithTimeout(context.WithoutCancel(ctx), sendTimeout)
			defer stop()
		}
		x.complete(ctx, resp, ack)
	}()
	h.opts.Logger.Info("interaction deferred", "command", interactionName(in), "guild", in.GuildID)
	return nil
}

// apology is the reply to an answer that could not be had in time.
func (h *HTTPHandler) apology(in *discordgo.Interaction) *discordgo.InteractionResponse {
	return finalize(fitType(in, errorResponse("That took me too long to answer. Please try again, or ask something narrower.")))
}

// Wait blocks until every deferred answer has been completed or ctx ends.
// Call it after the server has stopped taking requests.
func (h *HTTPHandler) Wait(ctx context.Context) error {
	done := make(chan struct{})
	go func() { h.late.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// fresh reports whether a Unix-seconds timestamp is within MaxClockSkew of
// now.
func (h *HTTPHandler) fresh(ts string) bool {
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	d := h.opts.Now().Sub(time.Unix(sec, 0))
	return d <= MaxClockSkew && d >= -MaxClockSkew
}

// writeReply writes resp as the HTTP response.
func writeReply(w http.ResponseWriter, resp *discordgo.InteractionResponse) {
	body, err := encodeResponse(resp)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body)
}
