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
// "ask2:OFFSET:K:ASKER" plus ":QUESTION" when that fits in 100
// characters; otherwise the question is read back from the footer of the
// message the button sits on, so no replica needs to remember anything.
// ASKER is the ID of the user the page belongs to: only their click
// turns the page in place.
const askPrefix = "ask2"

// legacyAskPrefix routes the buttons of answers sent before the asker was
// recorded: "ask:OFFSET:K" plus ":QUESTION".
const legacyAskPrefix = "ask"

// askFooterSep separates the result count from the question in the footer.
const askFooterSep = " · Asked: "

// optPrivate is /ask's option for an answer only the asker sees.
const optPrivate = "private"

// ask answers /ask question:<text> [results:<1-5>] [private:<bool>].
func (b *Bot) ask(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	q := cleanQuestion(optString(in, "question"))
	if q == "" {
		return errorResponse("Please type a question, e.g. `/ask question: " + b.exampleQuestion(ctx) + "`")
	}
	k := optInt(in, "results", defaultResults, 1, maxResults)
	b.log.Debug("ask", "question", q, "k", k)
	resp := b.askAt(ctx, q, askState{k: k, asker: invoker(in)}, in)
	if wantsPrivate(in) {
		resp.Data.Flags |= discordgo.MessageFlagsEphemeral
	}
	return resp
}

// wantsPrivate reports whether the asker chose an answer only they see.
func wantsPrivate(in *discordgo.Interaction) bool {
	return commandName(in) == cmdAsk && optBool(in, optPrivate)
}

// askPage answers a paging click on an answer. The asker's click turns
// the page in place; anyone else's gets the page as a message of their
// own that only they see, so that no one can rewrite another's answer.
func (b *Bot) askPage(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	pg, q, ok := parseAskID(customID(in))
	if ok && q == "" {
		footer := footerText(message(in))
		if _, after, found := strings.Cut(footer, askFooterSep); found {
			q = cleanQuestion(after)
		}
	}
	if !ok || q == "" {
		return errorResponse("I can't tell which question these results were for. Please run `/ask` again.")
	}
	if pg.asker == "" {
		pg.asker = askerOf(message(in))
	}
	owner := pg.asker
	pg.asker = invoker(in) // the page sent now belongs to whoever clicked
	b.log.Debug("ask page", "question", q, "offset", pg.offset)
	return turnPage(in, b.askAt(ctx, q, pg, nil), owner == "" || owner != pg.asker)
}

// turnPage makes resp, a page of paged results, the answer to a click:
// in place for the owner of the message, or, for anyone else, a message
// of their own that only they see, so that no one can rewrite another's
// answer. Errors are ephemeral either way.
func turnPage(in *discordgo.Interaction, resp *discordgo.InteractionResponse, someoneElse bool) *discordgo.InteractionResponse {
	switch {
	case isEphemeral(resp):
	case someoneElse || invoker(in) == "":
		resp.Data.Flags |= discordgo.MessageFlagsEphemeral
	default:
		resp.Type = discordgo.InteractionResponseUpdateMessage
	}
	return resp
}

// askState is where a page of answers starts, its size, and whose it is.
type askState struct {
	offset, k int
	asker     string // user ID, or "" when unknown
}

// askAt renders the page of results for q that pg selects. asked is the
// interaction that asked a new question, recorded as feedback; nil for a
// page turn.
func (b *Bot) askAt(ctx context.Context, q string, pg askState, asked *discordgo.Interaction) *discordgo.InteractionResponse {
	res, err := b.search.Search(ctx, q, pg.k, pg.offset)
	b.recordAsk(asked, q, res, err)
	if err != nil && !errors.Is(err, corpus.ErrNoQuery) {
		b.log.Error("search failed", "err", err)
		return errorResponse("I couldn't search the briefings just now. Please try again in a moment.")
	}
	if err != nil || len(res.Passages) == 0 {
		if pg.offset > 0 {
			return errorResponse("There are no more results for that question. Try `/ask` with other words.")
		}
		return errorResponse(b.noMatch(q, errors.Is(err, corpus.ErrNoQuery)))
	}
	e := answerEmbed(q, res, pg.offset == 0)
	last := pg.offset + len(res.Passages)
	total := max(res.Total, last)
	e.Footer = &discordgo.MessageEmbedFooter{
		Text: fmt.Sprintf("Results %d–%d of %d%s%s", pg.offset+1, last, total, askFooterSep, q),
	}
	return b.withVoteButtons(message2(e, pageButtons(q, pg, last, total)), res.Passages)
}

// answerEmbed shows the top passage in full and the others as excerpts,
// each with its citation. On the first page, what the index notes the
// briefings do not say comes first.
func answerEmbed(q string, res corpus.Results, first bool) *discordgo.MessageEmbed {
	top := res.Passages[0]
	var desc strings.Builder
	if res.Missing != "" && first {
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
	return e
}

// pageButtons are "Back" and "More results", as far as there are pages
// that way; they belong to pg's asker.
func pageButtons(q string, pg askState, last, total int) []discordgo.MessageComponent {
	var buttons []discordgo.MessageComponent
	if pg.offset > 0 {
		back := askState{max(0, pg.offset-pg.k), pg.k, pg.asker}
		buttons = append(buttons, discordgo.Button{Label: "Back", Style: discordgo.SecondaryButton, CustomID: back.id(q)})
	}
	if last < total {
		more := askState{last, pg.k, pg.asker}
		buttons = append(buttons, discordgo.Button{Label: "More results", Style: discordgo.PrimaryButton, CustomID: more.id(q)})
	}
	return buttons
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

// id builds the custom_id of a button showing pg, with the question
// when it fits.
func (pg askState) id(q string) string {
	id := fmt.Sprintf("%s:%d:%d:%s", askPrefix, pg.offset, pg.k, pg.asker)
	if withQ := id + ":" + q; len(withQ) <= maxCustomID {
		return withQ
	}
	return id
}

// parseAskID reads a paging custom_id, in either form. q is "" when the
// question was not carried in it, and the asker "" when it was not
// recorded.
func parseAskID(id string) (pg askState, q string, ok bool) {
	prefix, rest, _ := strings.Cut(id, ":")
	n := 3 // OFFSET, K, QUESTION
	if prefix == askPrefix {
		n = 4 // OFFSET, K, ASKER, QUESTION
	} else if prefix != legacyAskPrefix {
		return pg, "", false
	}
	parts := strings.SplitN(rest, ":", n)
	if len(parts) < 2 {
		return pg, "", false
	}
	offset, err1 := strconv.Atoi(parts[0])
	k, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil || offset < 0 || offset > 10000 {
		return pg, "", false
	}
	pg = askState{offset: offset, k: max(1, min(k, maxResults))}
	if n == 4 && len(parts) >= 3 {
		pg.asker = parts[2]
	}
	if len(parts) == n {
		q = cleanQuestion(parts[n-1])
	}
	return pg, q, true
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
