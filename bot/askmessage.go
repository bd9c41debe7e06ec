package bot

import (
	"context"
	"regexp"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// askMessage answers the message command "Ask briefbot": the text of the
// message it was used on is the question, answered as /ask answers it,
// with citations, for everyone in the channel to see.
func (b *Bot) askMessage(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	q := cleanQuestion(discordMarkup.ReplaceAllString(messageText(targetMessage(in)), " "))
	if q == "" {
		return errorResponse("That message has no text I can ask about. Use **Ask briefbot** on a message with a question in it, or type `/ask`.")
	}
	b.log.Debug("ask message", "question", q)
	return b.askAt(ctx, q, askState{k: defaultResults, asker: invoker(in)}, in)
}

// discordMarkup matches mentions of users, roles and channels, and
// custom emoji: nothing a search can use.
var discordMarkup = regexp.MustCompile(`<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>`)

// messageText is what a message says: its content, or, for a message of
// embeds only (another bot's, say), their titles and descriptions.
func messageText(m *discordgo.Message) string {
	if m == nil {
		return ""
	}
	if strings.TrimSpace(m.Content) != "" {
		return m.Content
	}
	var parts []string
	for _, e := range m.Embeds {
		if e != nil {
			parts = append(parts, e.Title, e.Description)
		}
	}
	return strings.Join(parts, " ")
}
