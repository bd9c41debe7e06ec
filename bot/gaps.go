package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// gapsShown is how many gaps /gaps lists; `briefbot gaps` has them all.
const gapsShown = 10

// gaps answers /gaps: the questions this server asked that the briefings
// answered badly or not at all, most frequent first, for the people who
// write briefings. Only the caller sees it. Discord offers the command to
// members with Manage Server (default_member_permissions); the handler
// checks again, since server admins can change who sees a command.
func (b *Bot) gaps(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	switch {
	case in.GuildID == "":
		return errorResponse("`/gaps` reports on a server's questions: use it in the server.")
	case !canManageServer(in):
		return errorResponse("`/gaps` is for members with the Manage Server permission.")
	case b.feedback == nil:
		return errorResponse("Feedback is off on this bot, so there is nothing to report. Whoever runs it can turn it on with `briefbot serve --database`.")
	}
	gaps, err := b.feedback.Gaps(ctx, in.GuildID, gapsShown)
	if err != nil {
		b.log.Error("gaps report failed", "err", err)
		return errorResponse("I couldn't read the feedback just now. Please try again in a moment.")
	}
	if len(gaps) == 0 {
		return ephemeralMessage("No gaps so far: every question asked here found an answer, and none was voted “Not helpful”.")
	}
	resp := message2(&discordgo.MessageEmbed{
		Title:       "Questions the briefings answer badly",
		Description: b.gapLines(gaps),
		Color:       embedColor,
		Footer:      &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("Top %d for this server, most frequent first · `briefbot gaps` lists them all", len(gaps))},
	}, nil)
	resp.Data.Flags |= discordgo.MessageFlagsEphemeral
	return resp
}

// gapLines renders each gap as its question, its counts, when it was last
// asked and the passage shown first.
func (b *Bot) gapLines(gaps []Gap) string {
	var sb strings.Builder
	for i, g := range gaps {
		fmt.Fprintf(&sb, "**%d. %s**\nasked %d× · %d not helpful · %d helpful · %d with no answer · last %s\n",
			i+1, escapeMarkdown(g.Question), g.Asked, g.NotHelpful, g.Helpful, g.NoAnswer, g.LastAsked.UTC().Format("2 Jan 2006"))
		if len(g.Shown) > 0 {
			fmt.Fprintf(&sb, "shown: %s\n", b.citeShown(g.Shown[0]))
		} else {
			sb.WriteString("shown: nothing\n")
		}
	}
	return sb.String()
}

// citeShown cites a stored passage by its briefing's current title.
func (b *Bot) citeShown(s ShownPassage) string {
	title := s.Briefing
	if br := b.briefing(s.Briefing); br != nil && br.Title != "" {
		title = br.Title
	}
	return escapeMarkdown(fmt.Sprintf("%s ¶%d", title, s.Paragraph))
}

// canManageServer reports whether the member who acted may manage the
// server (administrators may do anything).
func canManageServer(in *discordgo.Interaction) bool {
	if in.Member == nil {
		return false
	}
	return in.Member.Permissions&(discordgo.PermissionManageServer|discordgo.PermissionAdministrator) != 0
}
