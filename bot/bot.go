// Package bot is briefbot's Discord front end: slash command definitions,
// the handlers that answer them, and the two transports Discord offers (a
// gateway session and an HTTP interactions endpoint).
//
// Handlers are pure: they take an interaction and return the response to
// send, doing no I/O of their own. Every response goes through one
// dispatcher (Bot.Respond) that recovers panics, logs one line per
// interaction and passes the reply through finalize, which enforces
// Discord's size limits and the no-mentions rule. Replies then leave by
// exactly one of two doors: the HTTP response (writeReply), or Discord's
// REST API (replier), which each interaction uses through an exchange of
// its own, forgotten once it has answered. Middleware (rate limits,
// metrics) belongs around Respond, and nowhere else.
//
// The commands are data in one place (commandTable, in commands.go), and
// each has a file of its own.
//
// bot depends on the small interfaces below, not on the search index, so
// that the index can be swapped at run time and handlers can be tested with
// fakes.
package bot

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"runtime/debug"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot/timelinechart"

	"github.com/briefbot/briefbot/corpus"
)

// Searcher ranks the passages that answer a question. It returns
// corpus.ErrNoQuery when the question holds nothing searchable.
type Searcher interface {
	Search(ctx context.Context, question string, k, offset int) (corpus.Results, error)
}

// Factions finds the factions a reader names.
type Factions interface {
	// LookupFaction returns the best match for q and, when q is ambiguous,
	// the other candidates. An unknown name is a *corpus.UnknownFactionError.
	LookupFaction(q string) (*corpus.Faction, []*corpus.Faction, error)
	// SuggestFactions returns up to limit factions, prefix matches first.
	SuggestFactions(prefix string, limit int) []*corpus.Faction
}

// Timeline selects dated events.
type Timeline interface {
	Timeline(q corpus.TimelineQuery) corpus.TimelinePage
	// ParseDate parses a date bound typed by a reader (YYYY, YYYY-MM or
	// YYYY-MM-DD); it fails with an error wrapping corpus.ErrDateFormat.
	ParseDate(s string) (corpus.Date, error)
}

// Briefings lists the indexed briefings.
type Briefings interface {
	Briefings() []*corpus.Briefing
}

// Handler answers one interaction. It must not do I/O beyond calling the
// Bot's interfaces, and it may return nil only for interactions that need
// no reply (Respond turns nil into an apology).
type Handler func(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse

// Responder answers interactions. *Bot is the one that knows the
// commands; middleware (rate limits, metrics) is a Responder that wraps
// another, and the transports accept any Responder, so such a layer is
// added in one place.
type Responder interface {
	Respond(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse
}

// ResponderFunc adapts a function to Responder.
type ResponderFunc func(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse

// Respond calls f.
func (f ResponderFunc) Respond(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	return f(ctx, in)
}

// respondSafely is how transports call a Responder: a panic (in
// middleware, say) becomes a logged apology instead of a crashed process,
// and the reply is finalized again, which is idempotent, in case a
// middleware built it.
func respondSafely(ctx context.Context, r Responder, in *discordgo.Interaction, log *slog.Logger) (resp *discordgo.InteractionResponse) {
	defer func() {
		if p := recover(); p != nil {
			log.Error("responder panicked", "command", interactionName(in), "panic", p, "stack", string(debug.Stack()))
			resp = errorResponse(msgInternal)
		}
		resp = safeFinalize(in, resp, log)
	}()
	return r.Respond(ctx, in)
}

// Config is what a Bot needs. Search, Factions, Timeline and Briefings are
// required; Logger may be nil.
type Config struct {
	Search    Searcher
	Factions  Factions
	Timeline  Timeline
	Briefings Briefings
	Logger    *slog.Logger
	// Now is the clock used for latency; nil means time.Now.
	Now func() time.Time
	// Limiter, if set, rate-limits commands and button clicks per user and
	// per guild. Autocomplete is exempt: it fires on every keystroke and
	// costs next to nothing.
	Limiter *Limiter
	// Metrics, if set, counts every interaction and its latency.
	Metrics *Metrics
	// Chart, if set, draws /timeline's events as a picture attached to
	// the reply; nil answers with text only.
	Chart *timelinechart.Renderer
	// Feedback, if set, records every question and the votes under
	// answers, which then carry "Helpful" / "Not helpful" buttons.
	Feedback Feedback
}

// Bot answers interactions. It holds no per-conversation state: everything
// a button click needs travels in its custom_id or in the message it is
// attached to, so any replica can answer any click.
type Bot struct {
	search    Searcher
	factions  Factions
	timeline  Timeline
	briefings Briefings
	log       *slog.Logger
	now       func() time.Time
	limiter   *Limiter
	metrics   *Metrics
	chart     *timelinechart.Renderer
	feedback  Feedback

	commands   map[string]Handler // slash commands, by name
	components map[string]Handler // button clicks, by custom_id prefix
	complete   map[string]Handler // autocomplete, by command name
}

// New builds a Bot from cfg.
func New(cfg Config) (*Bot, error) {
	if cfg.Search == nil || cfg.Factions == nil || cfg.Timeline == nil || cfg.Briefings == nil {
		return nil, fmt.Errorf("bot: Config needs Search, Factions, Timeline and Briefings")
	}
	b := &Bot{
		search:    cfg.Search,
		factions:  cfg.Factions,
		timeline:  cfg.Timeline,
		briefings: cfg.Briefings,
		log:       cfg.Logger,
		now:       cfg.Now,
		limiter:   cfg.Limiter,
		metrics:   cfg.Metrics,
		chart:     cfg.Chart,
		feedback:  cfg.Feedback,
	}
	if b.log == nil {
		b.log = slog.New(slog.DiscardHandler)
	}
	if b.now == nil {
		b.now = time.Now
	}
	b.commands, b.complete, b.components = map[string]Handler{}, map[string]Handler{}, map[string]Handler{}
	for _, c := range commandTable() {
		b.commands[c.def.Name] = b.bind(c.run)
		if c.complete != nil {
			b.complete[c.def.Name] = b.bind(c.complete)
		}
	}
	for _, c := range componentTable() {
		b.components[c.prefix] = b.bind(c.run)
	}
	return b, nil
}

// bind makes m a Handler of b.
func (b *Bot) bind(m method) Handler {
	return func(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
		return m(b, ctx, in)
	}
}

// limited reports whether in is over its user's or guild's rate limit,
// and if so how long until it would not be.
func (b *Bot) limited(in *discordgo.Interaction) (time.Duration, bool) {
	if b.limiter == nil || in.Type == discordgo.InteractionApplicationCommandAutocomplete {
		return 0, false
	}
	ok, wait := b.limiter.Allow(invoker(in), in.GuildID)
	return max(wait, time.Second), !ok
}

// Respond is the single entry point for every interaction, whatever the
// transport. It routes, recovers panics, logs one line, and finalizes the
// reply so that it honours Discord's limits and pings no one. It never
// returns nil and never fails.
func (b *Bot) Respond(ctx context.Context, in *discordgo.Interaction) (resp *discordgo.InteractionResponse) {
	if in == nil {
		in = &discordgo.Interaction{}
	}
	start := b.now()
	name, outcome := interactionName(in), "ok"
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("handler panicked", "command", name, "panic", r, "stack", string(debug.Stack()))
			resp, outcome = errorResponse(msgInternal), "panic"
		}
		resp = b.finish(in, name, resp, outcome, start)
	}()
	resp, outcome = b.dispatch(ctx, in, name)
	return resp
}

// dispatch runs the handler for in, unless there is none or the user or
// guild is over its rate, and returns the reply with the outcome the log
// and metrics record. A handler's nil reply becomes the internal error.
func (b *Bot) dispatch(ctx context.Context, in *discordgo.Interaction, name string) (*discordgo.InteractionResponse, string) {
	h := b.route(in)
	if h == nil {
		b.log.Warn("no handler for interaction", "command", name, "type", in.Type.String())
		return errorResponse("I don't know that command or button any more. Ask a server admin to run `briefbot register` so the command list is up to date."), "unknown"
	}
	if wait, limited := b.limited(in); limited {
		return errorResponse(fmt.Sprintf("You're asking faster than I can keep up. Try again in %d s.", int(math.Ceil(wait.Seconds())))), "rate_limited"
	}
	resp := h(ctx, in)
	if resp == nil {
		b.log.Error("handler returned no response", "command", name)
		return errorResponse(msgInternal), "nil"
	}
	return resp, "ok"
}

// finish finalizes resp, then logs the interaction's one line and
// records its latency and outcome (an ephemeral reply to a handled
// interaction counts as "ephemeral").
func (b *Bot) finish(in *discordgo.Interaction, name string, resp *discordgo.InteractionResponse, outcome string, start time.Time) *discordgo.InteractionResponse {
	resp = safeFinalize(in, resp, b.log)
	if resp.Data != nil && resp.Data.Flags&discordgo.MessageFlagsEphemeral != 0 && outcome == "ok" {
		outcome = "ephemeral"
	}
	latency := b.now().Sub(start)
	b.log.Info("interaction", "command", name, "type", in.Type.String(), "guild", in.GuildID, "latency", latency, "outcome", outcome)
	b.metrics.observe(name, outcome, latency)
	return resp
}

// route picks the handler for in, or nil.
func (b *Bot) route(in *discordgo.Interaction) Handler {
	switch in.Type {
	case discordgo.InteractionApplicationCommand:
		return b.commands[commandName(in)]
	case discordgo.InteractionApplicationCommandAutocomplete:
		return b.complete[commandName(in)]
	case discordgo.InteractionMessageComponent:
		return b.components[componentPrefix(customID(in))]
	}
	return nil
}

// interactionName names in for logs: the command, or the button prefix.
func interactionName(in *discordgo.Interaction) string {
	switch in.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		return commandName(in)
	case discordgo.InteractionMessageComponent:
		return "button:" + componentPrefix(customID(in))
	}
	return in.Type.String()
}

// safeFinalize finalizes resp; should that ever panic, it falls back to
// the plain apology, which cannot. A panic escaping a transport's
// goroutine would take the process down.
func safeFinalize(in *discordgo.Interaction, resp *discordgo.InteractionResponse, log *slog.Logger) (out *discordgo.InteractionResponse) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("finalize panicked", "panic", r)
			out = finalize(fitType(in, errorResponse(msgInternal)))
		}
	}()
	return finalize(fitType(in, resp))
}
