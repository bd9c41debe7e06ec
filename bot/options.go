package bot

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// The getters below read interaction data without ever panicking: options
// may be absent, values may arrive with another JSON type (autocomplete
// sends integer options as strings), and discordgo's ApplicationCommandData
// and MessageComponentData panic on the wrong interaction type.

// commandData returns the command data of in, or false.
func commandData(in *discordgo.Interaction) (discordgo.ApplicationCommandInteractionData, bool) {
	if in == nil {
		return discordgo.ApplicationCommandInteractionData{}, false
	}
	switch d := in.Data.(type) {
	case discordgo.ApplicationCommandInteractionData:
		return d, true
	case *discordgo.ApplicationCommandInteractionData:
		if d != nil {
			return *d, true
		}
	}
	return discordgo.ApplicationCommandInteractionData{}, false
}

// commandName returns the slash command's name, or "".
func commandName(in *discordgo.Interaction) string {
	d, _ := commandData(in)
	return d.Name
}

// customID returns the clicked component's custom_id, or "".
func customID(in *discordgo.Interaction) string {
	if in == nil {
		return ""
	}
	switch d := in.Data.(type) {
	case discordgo.MessageComponentInteractionData:
		return d.CustomID
	case *discordgo.MessageComponentInteractionData:
		if d != nil {
			return d.CustomID
		}
	}
	return ""
}

// componentPrefix is the routing key of a custom_id: the text before the
// first colon.
func componentPrefix(id string) string {
	p, _, _ := strings.Cut(id, ":")
	return p
}

// option finds a top-level option by name, or nil.
func option(in *discordgo.Interaction, name string) *discordgo.ApplicationCommandInteractionDataOption {
	d, _ := commandData(in)
	for _, o := range d.Options {
		if o != nil && o.Name == name {
			return o
		}
	}
	return nil
}

// optString returns a string option, trimmed, or "" when absent. A number
// is rendered as text rather than refused.
func optString(in *discordgo.Interaction, name string) string {
	o := option(in, name)
	if o == nil {
		return ""
	}
	switch v := o.Value.(type) {
	case string:
		return strings.TrimSpace(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case json.Number:
		return v.String()
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

// optInt returns an integer option, or def when absent or not a number.
// Strings ("3") and floats (3.0) are accepted; the result is clamped to
// [lo, hi].
func optInt(in *discordgo.Interaction, name string, def, lo, hi int) int {
	o := option(in, name)
	if o == nil {
		return def
	}
	var f float64
	switch v := o.Value.(type) {
	case float64:
		f = v
	case int:
		f = float64(v)
	case int64:
		f = float64(v)
	case json.Number:
		x, err := v.Float64()
		if err != nil {
			return def
		}
		f = x
	case string:
		x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil {
			return def
		}
		f = x
	default:
		return def
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return def
	}
	n := int(math.Max(float64(lo), math.Min(float64(hi), math.Round(f))))
	return n
}

// focused returns the value the user is typing in an autocomplete
// interaction, or "".
func focused(in *discordgo.Interaction) string {
	d, _ := commandData(in)
	for _, o := range d.Options {
		if o != nil && o.Focused {
			if s, ok := o.Value.(string); ok {
				return strings.TrimSpace(s)
			}
			return optString(in, o.Name)
		}
	}
	return ""
}

// message returns the message a component is attached to, or nil.
func message(in *discordgo.Interaction) *discordgo.Message {
	if in == nil {
		return nil
	}
	return in.Message
}

// footerText returns the footer text of the first embed of m, or "".
func footerText(m *discordgo.Message) string {
	if m == nil || len(m.Embeds) == 0 || m.Embeds[0] == nil || m.Embeds[0].Footer == nil {
		return ""
	}
	return m.Embeds[0].Footer.Text
}

// invoker is the ID of the user behind in: in a server Discord sends a
// member, in DMs and group DMs (and so for most user installs) a user.
func invoker(in *discordgo.Interaction) string {
	switch {
	case in == nil:
		return ""
	case in.Member != nil && in.Member.User != nil:
		return in.Member.User.ID
	case in.User != nil:
		return in.User.ID
	}
	return ""
}

// optBool returns a boolean option, or false when absent. "true" as a
// string counts, as stale clients send it.
func optBool(in *discordgo.Interaction, name string) bool {
	o := option(in, name)
	if o == nil {
		return false
	}
	switch v := o.Value.(type) {
	case bool:
		return v
	case string:
		b, _ := strconv.ParseBool(strings.TrimSpace(v))
		return b
	}
	return false
}

// targetMessage returns the message a message command was used on, or
// nil.
func targetMessage(in *discordgo.Interaction) *discordgo.Message {
	d, ok := commandData(in)
	if !ok || d.Resolved == nil || d.TargetID == "" {
		return nil
	}
	return d.Resolved.Messages[d.TargetID]
}

// askerOf returns the ID of the user whose command created m, from the
// interaction metadata Discord attaches to it, or "".
func askerOf(m *discordgo.Message) string {
	switch {
	case m == nil:
		return ""
	case m.InteractionMetadata != nil && m.InteractionMetadata.User != nil:
		return m.InteractionMetadata.User.ID
	case m.Interaction != nil && m.Interaction.User != nil:
		return m.Interaction.User.ID
	}
	return ""
}
