package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/corpus"
)

// askPrefix routes "More results" and "Back" clicks. The custom_id is
// "ask:OFFSET:K" or, when it fits in 100 characters, "ask:OFFSET:K:QUESTION".
// Otherwise the question is read back from the footer of the message the
// button sits on, so no replica needs to remember anything.
const askPrefix = "ask"

// askFooterSep separates the result count from the question in the footer.
const askFooterSep = " · Asked: "

// ask answers /ask question:<text> [results:<1-5>].
func (b *Bot) ask(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	q := cleanQuestion(optString(in, "question"))
	if q == "" {
		return errorResponse("Please type a question, e.g. `/ask question: who leads the MNLA?`")
	}
	k := optInt(in, "results", defaultResults, 1, maxResults)
	b.log.Debug("ask", "question", q, "k", k)
	return b.askAt(ctx, q, k, 0, in)
}

// askPage answers a paging click on an /ask reply by replacing the message
// in place.
func (b *Bot) askPage(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	offset, k, q, ok := parseAskID(customID(in))
	if ok && q == "" {
		footer := footerText(message(in))
		if _, after, found := strings.Cut(footer, askFooterSep); found {
			q = cleanQuestion(after)
		}
	}
	if !ok || q == "" {
		return errorResponse("I can't tell which question these results were for. Please run `/ask` again.")
	}
	b.log.Debug("ask page", "question", q, "offset", offset)
	resp := b.askAt(ctx, q, k, offset, nil)
	if isEphemeral(resp) {
		return resp
	}
	resp.Type = discordgo.InteractionResponseUpdateMessage
	return resp
}

// askAt renders the page of results for q starting at offset. asked is
// the interaction that asked a new question, recorded as feedback; nil
// for a page turn.
func (b *Bot) askAt(ctx context.Context, q string, k, offset int, asked *discordgo.Interaction) *discordgo.InteractionResponse {
	res, err := b.search.Search(ctx, q, k, offset)
	b.recordAsk(asked, q, res, err)
	if err != nil && !errors.Is(err, corpus.ErrNoQuery) {
		b.log.Error("search failed", "err", err)
		return errorResponse("I couldn't search the briefings just now. Please try again in a moment.")
	}
	if err != nil || len(res.Passages) == 0 {
		if offset > 0 {
			return errorResponse("There are no more results for that question. Try `/ask` with other words.")
		}
		return errorResponse(b.noMatch(q, errors.Is(err, corpus.ErrNoQuery)))
	}
	top := res.Passages[0]
	var desc strings.Builder
	if res.Missing != "" && offset == 0 {
		// The passages are what the briefings say instead: say so first.
		fmt.Fprintf(&desc, "_%s_\n\n", escapeMarkdown(curlyQuotes(res.Missing)))
	}
	if top.Section != "" {
		fmt.Fprintf(&desc, "__%s__\n", escapeMarkdown(top.Section))
	}
	desc.WriteString(boldTerms(top.Text, boldedWords(top.Excerpt)))
	desc.WriteString("\n\n— ")
	desc.WriteString(citeLink(top.Citation, top.URL))

	e := &discordgo.MessageEmbed{
		Title:       q,
		URL:         httpURL(top.URL),
		Description: desc.String(),
		Color:       embedColor,
	}
	for _, p := range res.Passages[1:] {
		// The field name is the citation; a link (names cannot hold one)
		// follows the excerpt when the briefing has a URL.
		v := p.Excerpt
		if p.URL != "" {
			v += "\n— " + citeLink(p.Citation, p.URL)
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
			Name:  fmt.Sprintf("%d. %s", p.Rank, p.Citation),
			Value: v,
		})
	}
	last := offset + len(res.Passages)
	total := max(res.Total, last)
	e.Footer = &discordgo.MessageEmbedFooter{
		Text: fmt.Sprintf("Results %d–%d of %d%s%s", offset+1, last, total, askFooterSep, q),
	}
	var buttons []discordgo.MessageComponent
	if offset > 0 {
		buttons = append(buttons, discordgo.Button{
			Label:    "Back",
			Style:    discordgo.SecondaryButton,
			CustomID: askID(max(0, offset-k), k, q),
		})
	}
	if last < total {
		buttons = append(buttons, discordgo.Button{
			Label:    "More results",
			Style:    discordgo.PrimaryButton,
			CustomID: askID(last, k, q),
		})
	}
	return b.withVoteButtons(message2(e, buttons), res.Passages)
}

// noMatch explains an empty answer and suggests what to ask instead.
func (b *Bot) noMatch(q string, nothingSearchable bool) string {
	var sb strings.Builder
	if nothingSearchable {
		sb.WriteString("Your question has no words I can search for. Try naming a person, group, place or event.")
	} else {
		fmt.Fprintf(&sb, "Nothing in the briefings matches “%s”. Try rephrasing with other words, or a group's name.", q)
	}
	var names []string
	for _, f := range b.factions.SuggestFactions("", maxChoices) {
		if f != nil && f.Name != "" {
			names = append(names, f.Name)
		}
	}
	if len(names) > 0 {
		sb.WriteString("\nGroups I know: ")
		sb.WriteString(strings.Join(names, ", "))
		sb.WriteString(". Use `/group` to read about one.")
	}
	return sb.String()
}

// askID builds a paging custom_id, with the question when it fits.
func askID(offset, k int, q string) string {
	id := fmt.Sprintf("%s:%d:%d", askPrefix, offset, k)
	if withQ := id + ":" + q; len(withQ) <= maxCustomID {
		return withQ
	}
	return id
}

// parseAskID reads a paging custom_id. q is "" when the question was not
// carried in it.
func parseAskID(id string) (offset, k int, q string, ok bool) {
	parts := strings.SplitN(id, ":", 4)
	if len(parts) < 3 || parts[0] != askPrefix {
		return 0, 0, "", false
	}
	offset, err1 := strconv.Atoi(parts[1])
	k, err2 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || offset < 0 || offset > 10000 {
		return 0, 0, "", false
	}
	k = max(1, min(k, maxResults))
	if len(parts) == 4 {
		q = cleanQuestion(parts[3])
	}
	return offset, k, q, true
}

// cleanQuestion folds white space (a question travels on one footer line)
// and bounds the length as Discord does.
func cleanQuestion(q string) string {
	q = strings.Join(strings.Fields(q), " ")
	if r := []rune(q); len(r) > maxQuestion {
		q = string(r[:maxQuestion])
	}
	return q
}

// curlyQuotes turns straight double quotes into typographic ones, which
// read better in Discord and need no escaping.
func curlyQuotes(s string) string {
	var sb strings.Builder
	open := true
	for _, r := range s {
		if r == '"' {
			if open {
				r = '“'
			} else {
				r = '”'
			}
			open = !open
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
