package bot

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/corpus"
)

// How much /help shows.
const (
	helpBriefings = 8 // briefings listed before "…and N more"
	helpFactions  = 4 // most-cited factions tried as examples
	helpAsks      = 2 // example questions kept
)

// help answers /help: what the bot knows (the loaded briefings and their
// dates) and what to ask it. The examples are built from the loaded
// corpus, its most-cited factions and its latest events, and each /ask
// example is kept only if the briefings' first answer to it names what it
// asks about, so the help is right whatever the briefings are. It is
// ephemeral: it is for the one who asked.
func (b *Bot) help(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	bs := b.briefings.Briefings()
	if len(bs) == 0 {
		return errorResponse("No briefings are loaded yet. Please try again in a minute.")
	}
	e := &discordgo.MessageEmbed{
		Title:       "What I know",
		Description: knownBriefings(bs),
		Color:       embedColor,
		Fields: []*discordgo.MessageEmbedField{
			{Name: "Try", Value: strings.Join(b.examples(ctx), "\n")},
			{Name: "How to ask", Value: strings.Join([]string{
				"`/ask` a question in your own words; add `private: True` for an answer only you see.",
				"Right-click a message (or long-press it) → **Apps** → **Ask briefbot** to ask what it says.",
				"`/group` describes a group, `/timeline` lists dated events, `/briefings` lists every briefing.",
				"Every answer cites the briefing and paragraph it comes from.",
			}, "\n")},
		},
	}
	resp := message2(e, nil)
	resp.Data.Flags = discordgo.MessageFlagsEphemeral
	return resp
}

// knownBriefings lists briefings with their dates, the first few only.
func knownBriefings(bs []*corpus.Briefing) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "I answer from %d briefing%s:\n", len(bs), plural(len(bs)))
	for i, br := range bs {
		if i == helpBriefings {
			fmt.Fprintf(&sb, "…and %d more: `/briefings` lists them all.\n", len(bs)-i)
			break
		}
		line := "• **" + escapeMarkdown(br.Title) + "**"
		if !br.Date.IsZero() {
			line += " — " + br.Date.Format("2 Jan 2006")
		}
		sb.WriteString(line + "\n")
	}
	return strings.TrimRight(sb.String(), "\n")
}

// examples are commands to try, built from the corpus.
func (b *Bot) examples(ctx context.Context) []string {
	var out []string
	for _, q := range b.exampleQuestions(ctx) {
		out = append(out, "`/ask question: "+q+"`")
	}
	fs := b.topFactions()
	if len(fs) > 0 {
		out = append(out, "`/group name: "+label(fs[0])+"`")
	}
	if len(fs) > 0 && len(fs[0].Events) > 0 {
		out = append(out, "`/timeline group: "+fs[0].Name+"`")
	} else if page := b.timeline.Timeline(corpus.TimelineQuery{Limit: 1}); len(page.Events) > 0 && page.Events[0].Date.Year != 0 {
		out = append(out, fmt.Sprintf("`/timeline since: %d`", page.Events[0].Date.Year))
	}
	if len(out) == 0 {
		out = append(out, "`/briefings`, then `/ask` about what they cover.")
	}
	return out
}

// exampleQuestion is one question worth asking of this corpus, for
// messages that need an example.
func (b *Bot) exampleQuestion(ctx context.Context) string {
	if qs := b.exampleQuestions(ctx); len(qs) > 0 {
		return qs[0]
	}
	return "what happened, and who was involved?"
}

// exampleQuestions asks about the most-cited factions and the latest
// month with events, keeping the questions whose first answer names what
// they ask about.
func (b *Bot) exampleQuestions(ctx context.Context) []string {
	type candidate struct {
		q     string
		names []string // the first answer must name one of these
	}
	// The most-cited faction, then the latest month, then the other
	// factions: a question of each kind where the corpus allows.
	var cands []candidate
	for _, f := range b.topFactions() {
		cands = append(cands, candidate{"What is " + label(f) + "?", append([]string{f.Name, f.Acronym}, f.Aliases...)})
	}
	if ev, ok := b.latestMonth(); ok {
		month := monthNames[ev.Month-1]
		c := candidate{fmt.Sprintf("What happened in %s %d?", month, ev.Year), []string{fmt.Sprintf("%s %d", month, ev.Year)}}
		cands = slices.Insert(cands, min(1, len(cands)), c)
	}
	var out []string
	for _, c := range cands {
		if len(out) == helpAsks {
			break
		}
		if b.firstAnswerNames(ctx, c.q, c.names) {
			out = append(out, c.q)
		}
	}
	return out
}

// firstAnswerNames reports whether the top passage for q contains one of
// names.
func (b *Bot) firstAnswerNames(ctx context.Context, q string, names []string) bool {
	res, err := b.search.Search(ctx, q, 1, 0)
	if err != nil || len(res.Passages) == 0 {
		return false
	}
	text := strings.ToLower(res.Passages[0].Text)
	for _, n := range names {
		if n != "" && strings.Contains(text, strings.ToLower(n)) {
			return true
		}
	}
	return false
}

// topFactions are the factions the briefings cite most, most first.
func (b *Bot) topFactions() []*corpus.Faction {
	var fs []*corpus.Faction
	for _, f := range b.factions.SuggestFactions("", maxChoices) {
		if f != nil && f.Name != "" {
			fs = append(fs, f)
		}
	}
	weight := func(f *corpus.Faction) int { return f.MentionCount() + len(f.Events) }
	sort.SliceStable(fs, func(i, j int) bool {
		if weight(fs[i]) != weight(fs[j]) {
			return weight(fs[i]) > weight(fs[j])
		}
		return fs[i].Name < fs[j].Name
	})
	return fs[:min(len(fs), helpFactions)]
}

// latestMonth is the date of the latest event dated to a month or a day.
func (b *Bot) latestMonth() (corpus.Date, bool) {
	page := b.timeline.Timeline(corpus.TimelineQuery{Limit: maxTimeline})
	for i := len(page.Events) - 1; i >= 0; i-- {
		d := page.Events[i].Date
		if d.Precision >= corpus.PrecisionMonth && d.Month >= 1 && d.Month <= 12 && !d.Scheduled {
			return d, true
		}
	}
	return corpus.Date{}, false
}

// label is how examples name a faction: its acronym, if it has one.
func label(f *corpus.Faction) string {
	if f.Acronym != "" {
		return f.Acronym
	}
	return f.Name
}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
