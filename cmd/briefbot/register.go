package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

func registerCommand() command {
	c := command{
		summary: "upload the slash commands to Discord (DISCORD_TOKEN, DISCORD_APP_ID); --guild for instant testing, --print to see them",
		usage:   "briefbot register [--guild ID] [--clear] [--print]",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		return runRegister(ctx, e, c, args, http.DefaultClient)
	}
	return c
}

// registerFlags is what register was asked to do.
type registerFlags struct {
	guild string // "" for global commands
	clear bool   // upload an empty set, removing the commands
	print bool   // print the body instead of sending it
}

// runRegister is register with the HTTP client for Discord's REST API
// injected, so tests can answer in Discord's place.
func runRegister(ctx context.Context, e *env, c command, args []string, client *http.Client) error {
	rf, err := parseRegisterFlags(e, c, args)
	if err != nil {
		return err
	}
	body, err := commandSetBody(rf.clear)
	if err != nil {
		return fmt.Errorf("register: %w", err)
	}
	if rf.print {
		// The exact bytes the upload sends: no token, no network.
		_, err := fmt.Fprintf(e.stdout, "%s\n", body)
		return err
	}
	token, appID, err := registerCredentials(e, rf)
	if err != nil {
		return err
	}
	cmds, err := upload(ctx, e, client, token, appID, rf.guild, body)
	if err != nil {
		return err
	}
	reportRegistered(e, rf, cmds)
	return nil
}

func parseRegisterFlags(e *env, c command, args []string) (registerFlags, error) {
	var rf registerFlags
	fs := newFlags(e, c, "register")
	fs.StringVar(&rf.guild, "guild", "", "register in this server only (updates instantly); default: globally (may take up to an hour)")
	fs.BoolVar(&rf.clear, "clear", false, "remove the commands (of --guild, or the global ones) instead of uploading them")
	fs.BoolVar(&rf.print, "print", false, "print the JSON that would be sent, and send nothing (needs no token)")
	if err := parseFlags(fs, args); err != nil {
		return rf, err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return rf, usagef("register: unexpected arguments %q", fs.Args())
	}
	if rf.guild != "" && !isSnowflake(rf.guild) {
		return rf, usagef("register: --guild %q: want the server's numeric ID (Discord: enable Developer Mode, then right-click the server → Copy Server ID)", rf.guild)
	}
	return rf, nil
}

// commandSetBody is the bulk-overwrite body: the command set, or an empty
// list to remove it.
func commandSetBody(clear bool) ([]byte, error) {
	cmds := bot.Commands()
	if clear {
		cmds = []*discordgo.ApplicationCommand{}
	}
	return json.MarshalIndent(cmds, "", "  ")
}

// registerCredentials reads the token and application ID from the
// environment.
func registerCredentials(e *env, rf registerFlags) (token, appID string, err error) {
	token, err = discordToken(e)
	if err != nil {
		return "", "", fmt.Errorf("register: %w", err)
	}
	appID = strings.TrimSpace(e.getenv("DISCORD_APP_ID"))
	var missing []string
	if token == "" {
		missing = append(missing, "DISCORD_TOKEN (or DISCORD_TOKEN_FILE)")
	}
	if appID == "" {
		missing = append(missing, "DISCORD_APP_ID")
	}
	if len(missing) > 0 {
		return "", "", fmt.Errorf("register: set %s: both are on the application's page in the Discord developer portal", strings.Join(missing, " and "))
	}
	if !isSnowflake(appID) {
		return "", "", errors.New("register: DISCORD_APP_ID must be the application's numeric ID")
	}
	return token, appID, nil
}

// upload overwrites the application's command set (of guild, or the
// global one) with body.
func upload(ctx context.Context, e *env, client *http.Client, token, appID, guild string, body []byte) ([]*discordgo.ApplicationCommand, error) {
	bot.RouteDiscordgoLogs(e.log, token)
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("register: %s", redact(err.Error(), token))
	}
	s.Client = client
	s.LogLevel = discordgo.LogWarning
	endpoint := discordgo.EndpointApplicationGlobalCommands(appID)
	if guild != "" {
		endpoint = discordgo.EndpointApplicationGuildCommands(appID, guild)
	}
	resp, err := s.RequestRaw(http.MethodPut, endpoint, "application/json", body, endpoint, 0, discordgo.WithContext(ctx))
	if err != nil {
		var rest *discordgo.RESTError
		if errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusUnauthorized {
			return nil, errors.New("register: Discord refused the token (401); reset it in the developer portal under Bot and try again")
		}
		e.log.Debug("bulk overwrite failed", "err", redact(err.Error(), token))
		return nil, fmt.Errorf("register: Discord refused the command set: %s", redact(err.Error(), token))
	}
	var cmds []*discordgo.ApplicationCommand
	if err := json.Unmarshal(resp, &cmds); err != nil {
		return nil, fmt.Errorf("register: Discord's answer is not a command list: %w", err)
	}
	return cmds, nil
}

// reportRegistered says what now exists where.
func reportRegistered(e *env, rf registerFlags, cmds []*discordgo.ApplicationCommand) {
	where := "globally (Discord may take up to an hour to show them everywhere)"
	if rf.guild != "" {
		where = "in guild " + rf.guild + " (available now)"
	}
	if rf.clear {
		fmt.Fprintf(e.stdout, "Removed the commands registered %s.\n", strings.TrimSuffix(strings.SplitN(where, " (", 2)[0], " "))
		return
	}
	names := make([]string, 0, len(cmds))
	for _, c := range cmds {
		if c.Type == discordgo.ChatApplicationCommand || c.Type == 0 {
			names = append(names, "/"+c.Name)
		} else {
			names = append(names, "“"+c.Name+"”")
		}
	}
	fmt.Fprintf(e.stdout, "Registered %d commands %s: %s\n", len(cmds), where, strings.Join(names, " "))
	if rf.guild != "" {
		fmt.Fprintf(e.stdout, "If they are also registered globally, this server lists each twice: remove its copy with\n  briefbot register --guild %s --clear\n", rf.guild)
	}
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
