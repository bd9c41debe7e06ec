package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/corpus"
)

// How much of a faction /group shows: enough to orient a reader, with the
// citations to read on.
const (
	groupMentions = 6
	groupEvents   = 5
)

// group answers /group name:<name>.
func (b *Bot) group(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	name := optString(in, "name")
	if name == "" {
		example := ""
		if fs := b.topFactions(); len(fs) > 0 {
			example = ", e.g. `/group name: " + label(fs[0]) + "`"
		}
		return errorResponse("Please give a group's name, acronym or alias" + example + "." + b.knownGroups())
	}
	f, others, errResp := b.lookup(name)
	if errResp != nil {
		return errResp
	}
	e := b.factionEmbed(f)
	if len(others) > 0 {
		var names []string
		for _, o := range others {
			if o != nil {
				names = append(names, o.Name)
			}
		}
		e.Footer = &discordgo.MessageEmbedFooter{Text: "Also matching: " + strings.Join(names, ", ")}
	}
	return message2(e, nil)
}

// factionEmbed shows what the briefings say of f: its names, the passage
// that describes it, where else it is named, and its latest events.
func (b *Bot) factionEmbed(f *corpus.Faction) *discordgo.MessageEmbed {
	title := f.Name
	if f.Acronym != "" && !strings.EqualFold(f.Acronym, f.Name) {
		title = fmt.Sprintf("%s (%s)", f.Name, f.Acronym)
	}
	e := &discordgo.MessageEmbed{Title: title, Color: embedColor}
	if f.Summary != "" {
		e.Description = escapeMarkdown(f.Summary) + "\n\n— " + b.refLink(f.Defined)
	} else {
		e.Description = "The briefings name this group but do not describe it."
	}
	if f.Acronym != "" {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Acronym", Value: escapeMarkdown(f.Acronym), Inline: true})
	}
	if len(f.Aliases) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Also known as", Value: escapeMarkdown(strings.Join(f.Aliases, ", ")), Inline: true})
	}
	if len(f.Passages) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Also described in", Value: b.passageLines(f)})
	}
	if ms := f.MentionsBesidePassages(); len(ms) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Also mentioned in", Value: b.mentionLines(ms)})
	}
	if len(f.Events) > 0 {
		var sb strings.Builder
		for _, ev := range f.LatestEvents(groupEvents) {
			sb.WriteString(b.eventLine(ev, 160) + "\n")
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Latest events", Value: trimLines(sb.String(), maxFieldValue)})
	}
	return e
}

// mentionLines cites the first groupMentions places of ms, each with the
// sentence that names the faction (or the paragraph's opening), and
// counts the rest.
func (b *Bot) mentionLines(ms []corpus.Mention) string {
	var sb strings.Builder
	for i, ref := range ms {
		if i == groupMentions {
			fmt.Fprintf(&sb, "…and %d more.", len(ms)-i)
			break
		}
		line := "• " + b.refLink(ref.Ref)
		if ref.Sentence != "" {
			line += ": " + excerptOf(ref.Sentence, 200)
		} else if t := b.paragraph(ref.Ref); t != "" {
			line += ": " + excerptOf(t, 110)
		}
		sb.WriteString(line + "\n")
	}
	return trimLines(sb.String(), maxFieldValue)
}

// passageLines cites the other sentences describing f, each with its
// sentence.
func (b *Bot) passageLines(f *corpus.Faction) string {
	var sb strings.Builder
	for _, p := range f.Passages {
		sb.WriteString("• " + b.refLink(p.Ref) + ": " + excerptOf(p.Sentence, 400) + "\n")
	}
	return trimLines(sb.String(), maxFieldValue)
}

// lookup resolves a group name typed by a reader. On failure it returns the
// ephemeral reply to send: a "did you mean" when there are close names.
func (b *Bot) lookup(name string) (*corpus.Faction, []*corpus.Faction, *discordgo.InteractionResponse) {
	f, others, err := b.factions.LookupFaction(name)
	if err == nil && f != nil {
		return f, others, nil
	}
	var unknown *corpus.UnknownFactionError
	if err != nil && !errors.Is(err, corpus.ErrUnknownFaction) {
		b.log.Error("faction look-up failed", "err", err)
		return nil, nil, errorResponse(msgInternal)
	}
	msg := fmt.Sprintf("I don't know a group called “%s”.", escapeMarkdown(name))
	if errors.As(err, &unknown) && len(unknown.Suggestions) > 0 {
		msg += " Did you mean " + orList(unknown.Suggestions) + "? Pick one from the suggestions as you type."
	} else {
		msg += " Pick one from the suggestions as you type." + b.knownGroups()
	}
	return nil, nil, errorResponse(msg)
}

// knownGroups lists some group names, for error messages, or "".
func (b *Bot) knownGroups() string {
	var names []string
	for _, f := range b.factions.SuggestFactions("", 10) {
		if f != nil && f.Name != "" {
			names = append(names, f.Name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return "\nGroups I know include: " + strings.Join(names, ", ") + "."
}

// orList renders ["a","b","c"] as "a, b or c", escaped.
func orList(xs []string) string {
	esc := make([]string, len(xs))
	for i, x := range xs {
		esc[i] = "**" + escapeMarkdown(x) + "**"
	}
	if len(esc) == 1 {
		return esc[0]
	}
	return strings.Join(esc[:len(esc)-1], ", ") + " or " + esc[len(esc)-1]
}

// groupAutocomplete suggests group names for /group and /timeline: at most
// 25 choices, prefix matches first (SuggestFactions orders them), each
// name 1–100 characters.
func (b *Bot) groupAutocomplete(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	typed := focused(in)
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	seen := map[string]bool{}
	for _, f := range b.factions.SuggestFactions(typed, maxChoices) {
		if f == nil || f.Name == "" || seen[f.Name] || textLen(f.Name) > maxChoiceName {
			continue
		}
		seen[f.Name] = true
		label := f.Name
		if f.Acronym != "" && !strings.EqualFold(f.Acronym, f.Name) {
			if l := fmt.Sprintf("%s (%s)", f.Name, f.Acronym); textLen(l) <= maxChoiceName {
				label = l
			}
		}
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: label, Value: f.Name})
		if len(choices) == maxChoices {
			break
		}
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	}
}

// eventLine renders one event: date, sentence (shortened to n), citation.
func (b *Bot) eventLine(ev corpus.Event, n int) string {
	return fmt.Sprintf("**%s** — %s — %s", escapeMarkdown(humanEvent(ev)), excerptOf(ev.Text, n), b.refLink(ev.Ref))
}

// trimLines keeps whole lines of s within limit characters, ending with
// "…" when lines were dropped.
func trimLines(s string, limit int) string {
	s = strings.TrimRight(s, "\n")
	if textLen(s) <= limit {
		return s
	}
	lines := strings.Split(s, "\n")
	var out []string
	used := 1
	for _, l := range lines {
		if used+textLen(l)+1 > limit {
			break
		}
		out = append(out, l)
		used += textLen(l) + 1
	}
	if len(out) == 0 {
		return trim(s, limit)
	}
	return strings.Join(out, "\n") + "\n…"
}
