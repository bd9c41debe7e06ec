package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Discord JSON error codes the transports expect now and then.
const (
	codeUnknownInteraction = 10062 // the 3-second window passed, or a replay
	codeAlreadyAcked       = 40060 // another replica or a retry answered first
)

// maxRateLimitWait is the longest retry_after (or bucket reset) a reply
// waits out. An interaction token is only good for 3 s before the first
// response, so a longer wait would be wasted.
const maxRateLimitWait = time.Second

// sendTimeout bounds the calls that deliver one reply, beyond the time
// the answer itself may take.
const sendTimeout = 10 * time.Second

// replier is the one place replies leave for Discord's REST API, for both
// transports: the gateway sends every reply with it, the HTTP endpoint
// only the acknowledgement and completion of a deferred one.
//
// It deliberately bypasses discordgo's request path. discordgo keys its
// rate-limit buckets by URL, and an interaction's URLs hold its token, so
// every reply left a bucket (and a token) in memory for good; and its
// webhook edit and delete share one bucket whose lock is held for the
// whole request, so deferred replies of different interactions queued
// behind each other. Interaction routes are not bound by the global rate
// limit and are limited per interaction token, so each interaction gets
// its own exchange, with its own 429 handling, dropped after the reply.
type replier struct {
	client    *http.Client
	userAgent string
	log       *slog.Logger
}

// newReplier sends through client (nil: http.DefaultClient).
func newReplier(client *http.Client, log *slog.Logger) *replier {
	if client == nil {
		client = http.DefaultClient
	}
	return &replier{client: client, userAgent: "DiscordBot (https://github.com/briefbot/briefbot, 1)", log: log}
}

// exchange is one interaction's conversation with Discord's REST API. Its
// calls are made one after another, so its rate-limit state needs no lock
// and lives exactly as long as the reply.
type exchange struct {
	r  *replier
	in *discordgo.Interaction
	// resetAt is when each route Discord reported exhausted (Remaining 0)
	// refills, by URL.
	resetAt map[string]time.Time
}

// open starts the exchange for in.
func (r *replier) open(in *discordgo.Interaction) *exchange {
	return &exchange{r: r, in: in}
}

// respond sends resp as the interaction response (the callback). It
// reports whether Discord accepted it; failures are logged.
func (x *exchange) respond(ctx context.Context, resp *discordgo.InteractionResponse) bool {
	ct, body, err := "application/json", []byte(nil), error(nil)
	if body, err = encodeResponse(resp); err == nil && len(files(resp)) > 0 {
		ct, body, err = multipartBody(body, files(resp), true)
	}
	if err == nil {
		err = x.callWith(ctx, http.MethodPost, discordgo.EndpointInteractionResponse(x.in.ID, x.in.Token), ct, body)
	}
	return x.done("reply", err)
}

// complete finishes a reply deferred with ack by editing the original
// response. An ephemeral answer after a public deferral becomes an
// ephemeral follow-up (and, for a command, the public "thinking…"
// placeholder is deleted), since an edit cannot make a message ephemeral.
func (x *exchange) complete(ctx context.Context, resp, ack *discordgo.InteractionResponse) bool {
	original := discordgo.EndpointInteractionResponseActions(x.in.AppID, x.in.Token)
	if isEphemeral(resp) && !isEphemeral(ack) {
		if ack.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource {
			x.done("delete placeholder", x.call(ctx, http.MethodDelete, original, nil))
		}
		body, err := json.Marshal(followUp(resp))
		if err == nil {
			err = x.call(ctx, http.MethodPost, discordgo.EndpointFollowupMessage(x.in.AppID, x.in.Token), body)
		}
		return x.done("follow-up", err)
	}
	ct := "application/json"
	body, err := json.Marshal(edit(resp))
	if err == nil && len(files(resp)) > 0 {
		ct, body, err = multipartBody(body, files(resp), false)
	}
	if err == nil {
		err = x.callWith(ctx, http.MethodPatch, original, ct, body)
	}
	return x.done("edit", err)
}

// edit is the body that turns a deferred message into resp. Content,
// embeds and components are always sent, as empty values when resp has
// none, so that the edit replaces the placeholder (or the old page)
// entirely; "components": null would leave old buttons in place.
func edit(resp *discordgo.InteractionResponse) map[string]any {
	d := resp.Data
	if d == nil {
		d = &discordgo.InteractionResponseData{}
	}
	m := map[string]any{
		"content":          d.Content,
		"embeds":           orEmpty(d.Embeds),
		"components":       orEmpty(d.Components),
		"allowed_mentions": noMentions(),
	}
	if d.Attachments != nil { // [] removes an earlier page's picture
		m["attachments"] = *d.Attachments
	}
	return m
}

// followUp is the body of an ephemeral follow-up message carrying resp.
func followUp(resp *discordgo.InteractionResponse) map[string]any {
	m := edit(resp)
	m["flags"] = discordgo.MessageFlagsEphemeral
	return m
}

func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// apiError is Discord refusing a call. Its text never holds the URL,
// which carries the interaction token.
type apiError struct {
	status     int
	code       int
	message    string
	retryAfter time.Duration // for 429s
}

func (e *apiError) Error() string {
	if e.code != 0 {
		return fmt.Sprintf("discord: %d %s (code %d)", e.status, e.message, e.code)
	}
	return fmt.Sprintf("discord: %d %s", e.status, e.message)
}

// call makes one REST call, waiting first for a bucket Discord reported
// exhausted, and if Discord answers 429 with a short retry_after, waits
// that long and tries exactly once more: enough to ride out a brief limit,
// too few to feed a retry storm.
func (x *exchange) call(ctx context.Context, method, url string, body []byte) error {
	return x.callWith(ctx, method, url, "application/json", body)
}

// callWith is call with a body of another content type (a multipart
// form, for files).
func (x *exchange) callWith(ctx context.Context, method, url, contentType string, body []byte) error {
	err := x.do(ctx, method, url, contentType, body)
	var ae *apiError
	if errors.As(err, &ae) && ae.status == http.StatusTooManyRequests && ae.retryAfter <= maxRateLimitWait {
		if err := sleep(ctx, ae.retryAfter); err != nil {
			return err
		}
		err = x.do(ctx, method, url, contentType, body)
	}
	return err
}

// do makes one HTTP request and reads Discord's answer.
func (x *exchange) do(ctx context.Context, method, url, contentType string, body []byte) error {
	if err := sleep(ctx, min(time.Until(x.resetAt[url]), maxRateLimitWait)); err != nil {
		return err
	}
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return errors.New("cannot build the request")
	}
	req.Header.Set("User-Agent", x.r.userAgent)
	if body != nil {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := x.r.client.Do(req)
	if err != nil {
		return errors.New(safeErr(err))
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	x.note(url, resp.Header)
	if resp.StatusCode < 300 {
		return nil
	}
	return decodeAPIError(resp, raw)
}

// note remembers a route Discord reported exhausted, so that the next
// call on it waits for the refill instead of drawing a 429.
func (x *exchange) note(url string, h http.Header) {
	if h.Get("X-RateLimit-Remaining") != "0" {
		return
	}
	after, err := strconv.ParseFloat(h.Get("X-RateLimit-Reset-After"), 64)
	if err != nil {
		return
	}
	if x.resetAt == nil {
		x.resetAt = map[string]time.Time{}
	}
	x.resetAt[url] = time.Now().Add(time.Duration(after * float64(time.Second)))
}

// decodeAPIError reads Discord's error body.
func decodeAPIError(resp *http.Response, raw []byte) error {
	var body struct {
		Code       int     `json:"code"`
		Message    string  `json:"message"`
		RetryAfter float64 `json:"retry_after"`
	}
	json.Unmarshal(raw, &body)
	e := &apiError{status: resp.StatusCode, code: body.Code, message: body.Message}
	if e.message == "" {
		e.message = http.StatusText(resp.StatusCode)
	}
	if resp.StatusCode == http.StatusTooManyRequests {
		e.retryAfter = time.Duration(body.RetryAfter * float64(time.Second))
		if s, err := strconv.ParseFloat(resp.Header.Get("Retry-After"), 64); err == nil && body.RetryAfter == 0 {
			e.retryAfter = time.Duration(s * float64(time.Second))
		}
	}
	return e
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// done logs a failed call, without retrying (beyond call's one retry
// after a 429): 10062 and 40060 mean the interaction can no longer be
// answered, and retrying anything else would only pile up requests
// against an API that is refusing them. It reports whether err is nil.
func (x *exchange) done(step string, err error) bool {
	if err == nil {
		return true
	}
	name := interactionName(x.in)
	var ae *apiError
	switch {
	case errors.As(err, &ae) && ae.code == codeUnknownInteraction:
		x.r.log.Warn("interaction expired before we answered", "command", name, "step", step)
	case errors.As(err, &ae) && ae.code == codeAlreadyAcked:
		x.r.log.Warn("interaction already acknowledged", "command", name, "step", step)
	case errors.As(err, &ae) && ae.status == http.StatusTooManyRequests:
		x.r.log.Error("sending reply failed: rate limited by Discord", "command", name, "step", step, "retry_after", ae.retryAfter)
	default:
		x.r.log.Error("sending reply failed", "command", name, "step", step, "err", err.Error())
	}
	return false
}
