package bot

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's documented message limits. Going over any of them makes Discord
// reject the whole reply, which users see as "This interaction failed".
const (
	maxContent     = 2000
	maxEmbeds      = 10
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxAuthor      = 256
	maxEmbedTotal  = 6000
	maxChoices     = 25
	maxChoiceName  = 100
	maxCustomID    = 100
	maxComponents  = 5 // action rows per message, and buttons per row
	maxLabel       = 80

	// minFieldValue is the least room worth giving a trimmed field value.
	minFieldValue = 60
)

// msgInternal is the apology for anything that is our fault. Details go
// to the log, never to the channel.
const msgInternal = "Something went wrong on our side while answering. Please try again in a moment."

// noMentions allows no mention of any kind. Parse is an explicit empty
// list: a nil slice would serialise to null.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// errorResponse is an ephemeral message that only the asker sees. msg
// should say what to do next.
func errorResponse(msg string) *discordgo.InteractionResponse {
	return ephemeralMessage(msg)
}

// ephemeralMessage is a message only the user who acted sees.
func ephemeralMessage(msg string) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content: msg,
			Flags:   discordgo.MessageFlagsEphemeral,
		},
	}
}

// isEphemeral reports whether resp is an ephemeral message.
func isEphemeral(resp *discordgo.InteractionResponse) bool {
	return resp != nil && resp.Data != nil && resp.Data.Flags&discordgo.MessageFlagsEphemeral != 0
}

// fitType makes resp a valid answer to in's interaction type: an
// autocomplete can only be answered with choices, so an error becomes an
// empty list.
func fitType(in *discordgo.Interaction, resp *discordgo.InteractionResponse) *discordgo.InteractionResponse {
	if in != nil && in.Type == discordgo.InteractionApplicationCommandAutocomplete &&
		(resp == nil || resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult) {
		return &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}},
		}
	}
	return resp
}

// finalize applies the rules every reply must honour: no mentions, and
// every Discord size limit, trimming text at a word boundary rather than
// failing. It is applied once, in Bot.Respond, to every response.
func finalize(resp *discordgo.InteractionResponse) *discordgo.InteractionResponse {
	if resp == nil {
		resp = errorResponse(msgInternal)
	}
	switch resp.Type {
	case discordgo.InteractionResponsePong, discordgo.InteractionResponseDeferredMessageUpdate:
		return resp
	case discordgo.InteractionApplicationCommandAutocompleteResult:
		if resp.Data == nil {
			resp.Data = &discordgo.InteractionResponseData{}
		}
		resp.Data.Choices = fitChoices(resp.Data.Choices)
		return resp
	}
	if resp.Data == nil {
		resp.Data = &discordgo.InteractionResponseData{}
	}
	fitMessage(resp.Data, resp.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource)
	return resp
}

// fitMessage makes a message's data safe to send: no mentions, content
// and embeds within Discord's limits (nil embeds dropped), components
// within theirs. A message left with nothing to show gets an ellipsis,
// unless it is deferred, where the content comes later.
func fitMessage(d *discordgo.InteractionResponseData, deferred bool) {
	d.AllowedMentions = noMentions()
	d.Content = trim(d.Content, maxContent)
	d.Embeds = fitEmbeds(d.Embeds)
	d.Components = fitComponents(d.Components)
	if d.Content == "" && len(d.Embeds) == 0 && !deferred {
		d.Content = "…"
	}
}

// fitEmbeds keeps at most maxEmbeds embeds, drops nil ones, and trims
// the rest to the limits they share; it never returns nil.
func fitEmbeds(embeds []*discordgo.MessageEmbed) []*discordgo.MessageEmbed {
	if len(embeds) > maxEmbeds {
		embeds = embeds[:maxEmbeds]
	}
	budget := maxEmbedTotal
	kept := embeds[:0]
	for _, e := range embeds {
		if e != nil {
			fitEmbed(e, &budget)
			kept = append(kept, e)
		}
	}
	return orEmpty(kept)
}

// fitEmbed trims e to the per-field limits and to what remains of the
// shared 6000-character budget. The footer and title go first because they
// carry paging state and identity; fields that no longer fit are dropped.
func fitEmbed(e *discordgo.MessageEmbed, budget *int) {
	take := func(s string, limit int) string {
		s = trim(s, min(limit, *budget))
		*budget -= textLen(s)
		return s
	}
	if e.Footer != nil {
		e.Footer.Text = take(e.Footer.Text, maxFooter)
	}
	if e.Author != nil {
		e.Author.Name = take(e.Author.Name, maxAuthor)
	}
	e.Title = take(e.Title, maxTitle)
	e.Description = take(e.Description, maxDescription)
	if len(e.Fields) > maxFields {
		e.Fields = e.Fields[:maxFields]
	}
	fields := e.Fields[:0]
	for _, f := range e.Fields {
		if f == nil {
			continue
		}
		name := trim(blankAsZWS(f.Name), maxFieldName)
		// A field cut to a stub reads as a glitch; drop it and the rest.
		if *budget < textLen(name)+minFieldValue {
			break
		}
		f.Name = take(name, maxFieldName)
		f.Value = take(blankAsZWS(f.Value), maxFieldValue)
		fields = append(fields, f)
	}
	e.Fields = fields
}

// blankAsZWS replaces an empty field name or value, which Discord
// rejects, with a zero-width space.
func blankAsZWS(s string) string {
	if strings.TrimSpace(s) == "" {
		return "\u200b"
	}
	return s
}

// fitChoices keeps at most 25 autocomplete choices whose names are 1–100
// characters; string values are held to the same 100.
func fitChoices(cs []*discordgo.ApplicationCommandOptionChoice) []*discordgo.ApplicationCommandOptionChoice {
	out := make([]*discordgo.ApplicationCommandOptionChoice, 0, min(len(cs), maxChoices))
	for _, c := range cs {
		if c == nil || len(out) == maxChoices {
			continue
		}
		c.Name = trim(strings.TrimSpace(c.Name), maxChoiceName)
		if c.Name == "" {
			continue
		}
		if s, ok := c.Value.(string); ok {
			if textLen(s) > maxChoiceName || s == "" {
				continue // a cut value would name something else
			}
		}
		out = append(out, c)
	}
	return out
}

// fitComponents drops buttons whose custom_id is too long (they would be
// refused), trims labels to Discord's 80 characters, and keeps at most
// five rows of five. It never returns nil: "components": [] is what
// removes old buttons when a message is edited or updated, while null
// leaves them in place.
func fitComponents(cs []discordgo.MessageComponent) []discordgo.MessageComponent {
	out := []discordgo.MessageComponent{}
	for _, c := range cs {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			if p, isPtr := c.(*discordgo.ActionsRow); isPtr && p != nil {
				row, ok = *p, true
			}
		}
		if !ok || len(out) == maxComponents {
			continue
		}
		var kept []discordgo.MessageComponent
		for _, b := range row.Components {
			b, ok := fitButton(b)
			if ok && len(kept) < maxComponents {
				kept = append(kept, b)
			}
		}
		if len(kept) > 0 {
			out = append(out, discordgo.ActionsRow{Components: kept})
		}
	}
	return out
}

// fitButton returns c with its label trimmed if it is a button, and
// whether to keep it: a button needs a custom_id Discord accepts, or a URL.
func fitButton(c discordgo.MessageComponent) (discordgo.MessageComponent, bool) {
	btn, ok := c.(discordgo.Button)
	if !ok {
		p, isPtr := c.(*discordgo.Button)
		if !isPtr || p == nil {
			return c, true
		}
		btn = *p
	}
	if btn.URL == "" && (btn.CustomID == "" || len(btn.CustomID) > maxCustomID) {
		return nil, false
	}
	btn.Label = trim(btn.Label, maxLabel)
	return btn, true
}

// textLen counts s as Discord does: in UTF-16 code units.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		if r > 0xFFFF {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// trim shortens s to at most limit characters (UTF-16 units), cutting at a
// word boundary when one is near and ending with "…". Markdown bold left
// open by the cut is closed. It never fails; a limit below 1 gives "".
func trim(s string, limit int) string {
	if textLen(s) <= limit {
		return s
	}
	if limit < 1 {
		return ""
	}
	// Reserve room for "…" and a possible closing "**".
	room := limit - 1 - 2
	if room < 1 {
		return truncUnits(s, limit-1) + "…"
	}
	cut := truncUnits(s, room)
	// Back off to the last space unless the cut already ends a word.
	next, _ := utf8.DecodeRuneInString(s[len(cut):])
	if !unicode.IsSpace(next) && !unicode.IsPunct(next) {
		if i := strings.LastIndexFunc(cut, unicode.IsSpace); i > len(cut)/2 {
			cut = cut[:i]
		}
	}
	cut = strings.TrimRightFunc(cut, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '*' && r != ')' })
	if strings.Count(cut, "**")%2 == 1 {
		cut = strings.TrimRight(cut, "*")
		if strings.Count(cut, "**")%2 == 1 {
			cut = strings.TrimRightFunc(cut, unicode.IsSpace) + "**"
		}
	}
	return cut + "…"
}

// truncUnits returns the longest prefix of s of at most n UTF-16 units
// that ends on a rune boundary.
func truncUnits(s string, n int) string {
	used := 0
	for i, r := range s {
		w := 1
		if r > 0xFFFF {
			w = 2
		}
		if used+w > n {
			return s[:i]
		}
		used += w
	}
	return s
}

// encodeResponse is the wire form of a reply, used by both transports.
// It matches discordgo's encoding except for autocomplete, which is sent
// as just {"type":8,"data":{"choices":[…]}}: discordgo omits an empty
// choices list, and Discord documents choices as a required array.
func encodeResponse(resp *discordgo.InteractionResponse) ([]byte, error) {
	var v any = resp
	switch resp.Type {
	case discordgo.InteractionResponseDeferredChannelMessageWithSource, discordgo.InteractionResponseDeferredMessageUpdate:
		v = deferralWire(resp)
	case discordgo.InteractionApplicationCommandAutocompleteResult:
		v = autocompleteWire(resp)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// deferralWire is a deferral's wire form: its type and at most its flags;
// discordgo would add "components": null, which a later edit cannot undo.
func deferralWire(resp *discordgo.InteractionResponse) any {
	type data struct {
		Flags discordgo.MessageFlags `json:"flags"`
	}
	var d *data
	if resp.Data != nil && resp.Data.Flags != 0 {
		d = &data{resp.Data.Flags}
	}
	return struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data *data                             `json:"data,omitempty"`
	}{resp.Type, d}
}

// autocompleteWire is an autocomplete result's wire form, its choices
// always an array, empty rather than null or omitted.
func autocompleteWire(resp *discordgo.InteractionResponse) any {
	var choices []*discordgo.ApplicationCommandOptionChoice
	if resp.Data != nil {
		choices = resp.Data.Choices
	}
	if choices == nil {
		choices = []*discordgo.ApplicationCommandOptionChoice{}
	}
	type data struct {
		Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	}
	return struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data data                              `json:"data"`
	}{resp.Type, data{choices}}
}
