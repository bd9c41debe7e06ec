package bot

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/bwmarrin/discordgo"
)

var (
	slashNameRE   = regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`)
	contextNameRE = regexp.MustCompile(`^[-_ \p{L}\p{N}]{1,32}$`)
)

// TestCommandsAreValid checks the command set against Discord's rules, so
// that "briefbot register" is not refused, and that every command and
// autocomplete option has a handler.
func TestCommandsAreValid(t *testing.T) {
	b := newTestBot(nil)
	cmds := Commands()
	if len(cmds) != 7 {
		t.Errorf("%d commands, want 7", len(cmds))
	}
	for _, c := range cmds {
		t.Run(c.Name, func(t *testing.T) {
			if b.commands[c.Name] == nil {
				t.Errorf("no handler")
			}
			checkEverywhere(t, c)
			if c.Type == discordgo.MessageApplicationCommand || c.Type == discordgo.UserApplicationCommand {
				if !contextNameRE.MatchString(c.Name) || c.Description != "" || len(c.Options) > 0 {
					t.Errorf("context-menu command %q: name, description %q or options invalid", c.Name, c.Description)
				}
				return
			}
			if !slashNameRE.MatchString(c.Name) {
				t.Errorf("bad name %q", c.Name)
			}
			checkDescription(t, c.Name, c.Description)
			checkOptions(t, b, c)
		})
	}
}

// checkEverywhere: every command is usable in servers, the bot's DMs and
// other DMs, installed to a server or to a user.
func checkEverywhere(t *testing.T, c *discordgo.ApplicationCommand) {
	t.Helper()
	if c.Contexts == nil || len(*c.Contexts) != 3 || (*c.Contexts)[0] != 0 || (*c.Contexts)[1] != 1 || (*c.Contexts)[2] != 2 {
		t.Errorf("contexts = %v, want [0 1 2]", c.Contexts)
	}
	if c.IntegrationTypes == nil || len(*c.IntegrationTypes) != 2 || (*c.IntegrationTypes)[0] != 0 || (*c.IntegrationTypes)[1] != 1 {
		t.Errorf("integration_types = %v, want [0 1]", c.IntegrationTypes)
	}
}

func checkOptions(t *testing.T, b *Bot, c *discordgo.ApplicationCommand) {
	t.Helper()
	if len(c.Options) > 25 {
		t.Errorf("%d options", len(c.Options))
	}
	optional := false
	for _, o := range c.Options {
		if !slashNameRE.MatchString(o.Name) {
			t.Errorf("bad option name %q", o.Name)
		}
		checkDescription(t, c.Name+" "+o.Name, o.Description)
		if o.Required && optional {
			t.Errorf("required option %s after an optional one", o.Name)
		}
		optional = optional || !o.Required
		if o.Autocomplete && b.complete[c.Name] == nil {
			t.Errorf("option %s autocompletes but %s has no autocomplete handler", o.Name, c.Name)
		}
		if o.Autocomplete && len(o.Choices) > 0 {
			t.Errorf("option %s has both autocomplete and choices", o.Name)
		}
		if o.Type == discordgo.ApplicationCommandOptionInteger && (o.MinValue == nil || o.MaxValue == 0) {
			t.Errorf("integer option %s is unbounded", o.Name)
		}
	}
}

// checkDescription: 1–100 characters, and corpus-neutral: no proper noun
// (a capitalised word other than the first, "I" or a date pattern), so
// no description names a group, place or country of one briefing.
func checkDescription(t *testing.T, what, d string) {
	t.Helper()
	if n := textLen(d); n < 1 || n > 100 {
		t.Errorf("%s: description has %d characters", what, n)
	}
	words := strings.FieldsFunc(d, func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range words {
		if i == 0 || w == "I" || strings.Trim(w, "YMD") == "" {
			continue
		}
		if unicode.IsUpper([]rune(w)[0]) {
			t.Errorf("%s: description %q names %q", what, d, w)
		}
	}
}
