package bot

import (
	"regexp"
	"testing"

	"github.com/bwmarrin/discordgo"
)

var commandNameRE = regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`)

// TestCommandsAreValid checks the command set against Discord's rules, so
// that "briefbot register" is not refused, and that every command and
// autocomplete option has a handler.
func TestCommandsAreValid(t *testing.T) {
	b := newTestBot(nil)
	cmds := Commands()
	if len(cmds) != 5 {
		t.Errorf("%d commands, want 5", len(cmds))
	}
	for _, c := range cmds {
		t.Run(c.Name, func(t *testing.T) {
			if !commandNameRE.MatchString(c.Name) {
				t.Errorf("bad name %q", c.Name)
			}
			if n := textLen(c.Description); n < 1 || n > 100 {
				t.Errorf("description has %d characters", n)
			}
			if b.commands[c.Name] == nil {
				t.Errorf("no handler")
			}
			if len(c.Options) > 25 {
				t.Errorf("%d options", len(c.Options))
			}
			optional := false
			for _, o := range c.Options {
				if !commandNameRE.MatchString(o.Name) {
					t.Errorf("bad option name %q", o.Name)
				}
				if n := textLen(o.Description); n < 1 || n > 100 {
					t.Errorf("option %s description has %d characters", o.Name, n)
				}
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
		})
	}
}
