package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"
)

// discordgo logs through one package-level function, discordgo.Logger,
// read by every session's goroutines, some of which outlive Session.Close.
// So it is assigned once, to a function that follows route, and later
// calls only swap route atomically: no write ever races those readers.
// This is the one piece of package-level mutable state in bot, forced by
// discordgo's design.
var (
	routeOnce sync.Once
	route     atomic.Pointer[func(msgL, caller int, format string, a ...any)]
)

// RouteDiscordgoLogs sends discordgo's package-wide log output to l, at
// warning level and above only, with every secret replaced by
// "[REDACTED]". discordgo logs the IDENTIFY payload, token included, at
// debug level, so its default logger must never be left in place. Call it
// before opening a session; a later call redirects the output.
func RouteDiscordgoLogs(l *slog.Logger, secrets ...string) {
	f := discordgoLogger(l, secrets...)
	route.Store(&f)
	routeOnce.Do(func() {
		discordgo.Logger = func(msgL, caller int, format string, a ...any) {
			if f := route.Load(); f != nil {
				(*f)(msgL, caller, format, a...)
			}
		}
	})
}

// discordgoLogger builds the function RouteDiscordgoLogs installs.
func discordgoLogger(l *slog.Logger, secrets ...string) func(msgL, caller int, format string, a ...any) {
	var pairs []string
	for _, s := range secrets {
		s = strings.TrimSpace(s)
		if len(s) >= 8 {
			pairs = append(pairs, s, "[REDACTED]")
			if t, ok := strings.CutPrefix(s, "Bot "); ok && len(t) >= 8 {
				pairs = append(pairs, t, "[REDACTED]")
			}
		}
	}
	redact := strings.NewReplacer(pairs...)
	return func(msgL, caller int, format string, a ...any) {
		var level slog.Level
		switch msgL {
		case discordgo.LogError:
			level = slog.LevelError
		case discordgo.LogWarning:
			level = slog.LevelWarn
		default:
			return // informational and debug may carry the IDENTIFY payload
		}
		msg := fmt.Sprintf(format, a...)
		if len(pairs) > 0 {
			msg = redact.Replace(msg)
		}
		l.Log(context.Background(), level, "discordgo: "+msg)
	}
}
