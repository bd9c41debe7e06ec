package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// RouteDiscordgoLogs sends discordgo's package-wide log output to l, at
// warning level and above only, with every secret replaced by
// "[REDACTED]". discordgo logs the IDENTIFY payload, token included, at
// debug level, so its default logger must never be left in place.
//
// discordgo.Logger is a package-level variable: call this once, from
// main's serve path, before opening a session.
func RouteDiscordgoLogs(l *slog.Logger, secrets ...string) {
	discordgo.Logger = discordgoLogger(l, secrets...)
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
