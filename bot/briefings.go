package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/corpus"
	"github.com/bwmarrin/discordgo"
)

// listBriefings answers /briefings: one line per indexed briefing with its
// title, date and paragraph count.
func (b *Bot) listBriefings(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	bs := b.briefings.Briefings()
	if len(bs) == 0 {
		return errorResponse("No briefings are loaded yet. Please try again in a minute.")
	}
	var sb strings.Builder
	paras := 0
	for _, br := range bs {
		if br == nil {
			continue
		}
		paras += len(br.Paragraphs)
		sb.WriteString(briefingLine(br) + "\n")
	}
	e := &discordgo.MessageEmbed{
		Title:       "Briefings",
		Description: trimLines(sb.String(), maxDescription),
		Color:       embedColor,
		Footer: &discordgo.MessageEmbedFooter{
			Text: fmt.Sprintf("%d briefing%s, %d paragraphs. Ask with /ask.", len(bs), plural(len(bs)), paras),
		},
	}
	return message2(e, nil)
}

// briefingLine is a briefing's line in /briefings: its title (a link
// when it has a URL), date, publisher and paragraph count.
func briefingLine(br *corpus.Briefing) string {
	title := escapeMarkdown(br.Title)
	if br.URL != "" {
		title = citeLink(br.Title, br.URL)
	}
	line := "• **" + title + "**"
	if !br.Date.IsZero() {
		line += " — " + br.Date.Format("2 Jan 2006")
	}
	if br.Publisher != "" {
		line += " — " + escapeMarkdown(br.Publisher)
	}
	return line + fmt.Sprintf(" — %d paragraph%s", len(br.Paragraphs), plural(len(br.Paragraphs)))
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
