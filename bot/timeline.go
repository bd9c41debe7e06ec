package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/corpus"
)

// timelinePrefix routes "Older" and "Newer" clicks. The custom_id is
// "tl:OFFSET:LIMIT:SINCE:UNTIL" plus ":GROUP" when that fits in 100
// characters; otherwise the group is read back from the message footer.
const timelinePrefix = "tl"

// timelineGroupSep introduces the group in the footer.
const timelineGroupSep = " · Group: "

const dateForms = "Use `YYYY` (2012), `YYYY-MM` (2012-06) or `YYYY-MM-DD` (2013-01-10)."

// tlState is everything a timeline page depends on.
type tlState struct {
	offset, limit int
	since, until  string // as typed, already validated
	group         string // faction name, or ""
	picture       bool   // attach the chart (when the Bot can draw)
}

// timelineCmd answers /timeline [group] [since] [until] [limit].
func (b *Bot) timelineCmd(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	st := tlState{
		limit:   optInt(in, "limit", defaultTimeline, 1, maxTimeline),
		since:   optString(in, "since"),
		until:   optString(in, "until"),
		group:   optString(in, "group"),
		picture: wantsPicture(in),
	}
	return b.timelineAt(st)
}

// timelinePage answers an Older/Newer click: in place for the one who
// asked, as a page of their own for anyone else.
func (b *Bot) timelinePage(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	st, hasGroup, ok := parseTimelineID(customID(in))
	if !ok {
		return errorResponse("I can't read this timeline's page any more. Please run `/timeline` again.")
	}
	if !hasGroup {
		if _, g, found := strings.Cut(footerText(message(in)), timelineGroupSep); found {
			st.group = strings.TrimSpace(g)
		}
	}
	st.picture = hadPicture(message(in))
	// The custom_id carries no owner; the message's interaction metadata,
	// which Discord sends with every click, does.
	owner := askerOf(message(in))
	return turnPage(in, b.timelineAt(st), owner != "" && owner != invoker(in))
}

// timelineAt renders one page of the timeline st selects.
func (b *Bot) timelineAt(st tlState) *discordgo.InteractionResponse {
	q, st, errResp := b.timelineQuery(st)
	if errResp != nil {
		return errResp
	}
	page := b.timeline.Timeline(q)
	if len(page.Events) == 0 {
		return noEvents(st)
	}
	title := timelineTitle(st)
	resp := message2(b.timelineEmbed(st, page, title), timelineButtons(st, page))
	if st.picture && b.chart != nil {
		b.attachTimeline(resp, page.Events, title)
	}
	return resp
}

// timelineQuery turns the state's dates and group into a query, and the
// group into its faction's name in st; a date or group it can't read
// gives the error reply instead.
func (b *Bot) timelineQuery(st tlState) (corpus.TimelineQuery, tlState, *discordgo.InteractionResponse) {
	q := corpus.TimelineQuery{Limit: st.limit, Offset: st.offset}
	for _, bound := range []struct {
		raw string
		dst *corpus.Date
	}{{st.since, &q.Since}, {st.until, &q.Until}} {
		if bound.raw == "" {
			continue
		}
		d, err := b.timeline.ParseDate(bound.raw)
		if err != nil {
			return q, st, errorResponse(fmt.Sprintf("“%s” isn't a date I understand. %s", escapeMarkdown(bound.raw), dateForms))
		}
		*bound.dst = d
	}
	if st.group != "" {
		f, _, errResp := b.lookup(st.group)
		if errResp != nil {
			return q, st, errResp
		}
		q.Faction = f
		st.group = f.Name
	}
	return q, st, nil
}

// noEvents says why a page is empty and what to try next.
func noEvents(st tlState) *discordgo.InteractionResponse {
	if st.offset > 0 {
		return errorResponse("There are no more events on this timeline. Run `/timeline` again to start over.")
	}
	msg := "No dated events match"
	if st.group != "" {
		msg += " " + escapeMarkdown(st.group)
	}
	if st.since != "" || st.until != "" {
		msg += " in that period"
	}
	return errorResponse(msg + ". Try a wider range of dates, or leave out the group.")
}

// timelineTitle names the group and the period shown.
func timelineTitle(st tlState) string {
	title := "Timeline"
	if st.group != "" {
		title = "Timeline: " + st.group
	}
	if st.since != "" || st.until != "" {
		title += fmt.Sprintf(" (%s – %s)", orDash(st.since), orDash(st.until))
	}
	return title
}

// timelineEmbed lists the page's events, sharing the description's room
// among them, with a footer placing the page in the whole timeline.
func (b *Bot) timelineEmbed(st tlState, page corpus.TimelinePage, title string) *discordgo.MessageEmbed {
	per := max(80, (maxDescription-200)/len(page.Events)-80)
	var sb strings.Builder
	for _, ev := range page.Events {
		sb.WriteString(b.eventLine(ev, per) + "\n")
	}
	total := max(page.Total, st.offset+len(page.Events))
	// Events are oldest first; offset counts back from the most recent.
	newest := total - st.offset
	oldest := newest - len(page.Events) + 1
	footer := fmt.Sprintf("Events %d–%d of %d, oldest first", oldest, newest, total)
	if st.group != "" {
		footer += timelineGroupSep + st.group
	}
	return &discordgo.MessageEmbed{
		Title:       title,
		Description: trimLines(sb.String(), maxDescription),
		Color:       embedColor,
		Footer:      &discordgo.MessageEmbedFooter{Text: footer},
	}
}

// timelineButtons offers older and newer pages where there are some; each
// button carries the state of the page it opens.
func timelineButtons(st tlState, page corpus.TimelinePage) []discordgo.MessageComponent {
	total := max(page.Total, st.offset+len(page.Events))
	var buttons []discordgo.MessageComponent
	if st.offset+len(page.Events) < total {
		older := st
		older.offset = st.offset + st.limit
		buttons = append(buttons, discordgo.Button{Label: "Older", Style: discordgo.SecondaryButton, CustomID: older.id()})
	}
	if st.offset > 0 {
		newer := st
		newer.offset = max(0, st.offset-st.limit)
		buttons = append(buttons, discordgo.Button{Label: "Newer", Style: discordgo.SecondaryButton, CustomID: newer.id()})
	}
	return buttons
}

func orDash(s string) string {
	if s == "" {
		return "…"
	}
	return s
}

// id encodes st as a custom_id of at most 100 characters.
func (st tlState) id() string {
	id := fmt.Sprintf("%s:%d:%d:%s:%s", timelinePrefix, st.offset, st.limit, st.since, st.until)
	if st.group != "" {
		if withG := id + ":" + st.group; len(withG) <= maxCustomID {
			return withG
		}
	}
	return id
}

// parseTimelineID decodes a custom_id made by tlState.id. hasGroup says
// whether the group part was present.
func parseTimelineID(id string) (st tlState, hasGroup, ok bool) {
	parts := strings.SplitN(id, ":", 6)
	if len(parts) < 5 || parts[0] != timelinePrefix {
		return st, false, false
	}
	off, err1 := strconv.Atoi(parts[1])
	lim, err2 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || off < 0 || off > 100000 {
		return st, false, false
	}
	st = tlState{offset: off, limit: max(1, min(lim, maxTimeline)), since: parts[3], until: parts[4]}
	if len(parts) == 6 {
		st.group, hasGroup = parts[5], true
	}
	return st, hasGroup, true
}
