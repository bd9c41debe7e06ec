package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

func registerCommand() command {
	c := command{
		summary: "upload the slash commands to Discord (DISCORD_TOKEN, DISCORD_APP_ID); --guild for instant testing",
		usage:   "briefbot register [--guild ID]",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		return runRegister(ctx, e, c, args, http.DefaultClient)
	}
	return c
}

// runRegister is register with the HTTP client for Discord's REST API
// injected, so tests can answer in Discord's place.
func runRegister(ctx context.Context, e *env, c command, args []string, client *http.Client) error {
	fs := newFlags(e, c, "register")
	guild := fs.String("guild", "", "register in this server only (updates instantly); default: globally (may take up to an hour)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return usagef("register: unexpected arguments %q", fs.Args())
	}
	token, err := discordToken(e)
	if err != nil {
		return fmt.Errorf("register: %w", err)
	}
	appID := strings.TrimSpace(e.getenv("DISCORD_APP_ID"))
	var missing []string
	if token == "" {
		missing = append(missing, "DISCORD_TOKEN (or DISCORD_TOKEN_FILE)")
	}
	if appID == "" {
		missing = append(missing, "DISCORD_APP_ID")
	}
	if len(missing) > 0 {
		return fmt.Errorf("register: set %s: both are on the application's page in the Discord developer portal", strings.Join(missing, " and "))
	}
	if !isSnowflake(appID) || (*guild != "" && !isSnowflake(*guild)) {
		return errors.New("register: DISCORD_APP_ID and --guild must be numeric Discord IDs")
	}
	bot.RouteDiscordgoLogs(e.log, token)
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return fmt.Errorf("register: %s", redact(err.Error(), token))
	}
	s.Client = client
	s.LogLevel = discordgo.LogWarning
	cmds, err := s.ApplicationCommandBulkOverwrite(appID, *guild, bot.Commands(), discordgo.WithContext(ctx))
	if err != nil {
		var rest *discordgo.RESTError
		if errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusUnauthorized {
			return errors.New("register: Discord refused the token (401); reset it in the developer portal under Bot and try again")
		}
		e.log.Debug("bulk overwrite failed", "err", redact(err.Error(), token))
		return fmt.Errorf("register: Discord refused the command set: %s", redact(err.Error(), token))
	}
	names := make([]string, 0, len(cmds))
	for _, c := range cmds {
		names = append(names, "/"+c.Name)
	}
	where := "globally (Discord may take up to an hour to show them everywhere)"
	if *guild != "" {
		where = "in guild " + *guild + " (available now)"
	}
	fmt.Fprintf(e.stdout, "Registered %d commands %s: %s\n", len(cmds), where, strings.Join(names, " "))
	return nil
}

// isSnowflake reports whether s looks like a Discord ID.
func isSnowflake(s string) bool {
	if len(s) < 5 || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
