package bot

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/corpus"
)

// fakeFeedback records what the bot hands the store.
type fakeFeedback struct {
	mu    sync.Mutex
	asks  []AskRecord
	votes []VoteRecord
	gaps  []Gap
	err   error
	guild string // the guild Gaps was asked for
}

func (f *fakeFeedback) RecordAsk(a AskRecord) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.asks = append(f.asks, a)
}

func (f *fakeFeedback) RecordVote(v VoteRecord) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.votes = append(f.votes, v)
}

func (f *fakeFeedback) Gaps(_ context.Context, guild string, limit int) ([]Gap, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.guild = guild
	if len(f.gaps) > limit {
		return f.gaps[:limit], f.err
	}
	return f.gaps, f.err
}

func newFeedbackBot(t *testing.T, search Searcher, fb Feedback) *Bot {
	t.Helper()
	if search == nil {
		search = fakeSearch{}
	}
	b, err := New(Config{
		Search: search, Factions: fakeFactions{list: fakeFactionList()}, Timeline: fakeTimeline{}, Briefings: fakeBriefings{},
		Now:      func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) },
		Feedback: fb,
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// posted is the message Discord would show for resp: the reply as sent,
// read back as a discordgo.Message with an ID, the way a click carries it.
func posted(t *testing.T, resp *discordgo.InteractionResponse, id string) *discordgo.Message {
	t.Helper()
	raw, err := encodeResponse(resp)
	if err != nil {
		t.Fatal(err)
	}
	var wire struct {
		Data json.RawMessage `json:"data"`
	}
	var m discordgo.Message
	if err := json.Unmarshal(raw, &wire); err != nil || json.Unmarshal(wire.Data, &m) != nil {
		t.Fatalf("cannot read back %s", raw)
	}
	m.ID = id
	return &m
}

// click is a press of the button custom_id on message m by user.
func click(m *discordgo.Message, customID, user string) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: "i2", Type: discordgo.InteractionMessageComponent, GuildID: "9", Message: m,
		Member: &discordgo.Member{User: &discordgo.User{ID: user}},
		Data:   discordgo.MessageComponentInteractionData{CustomID: customID, ComponentType: discordgo.ButtonComponent},
	}
}

// buttons lists the custom_ids of m's buttons by label.
func buttons(m *discordgo.Message) map[string]string {
	out := map[string]string{}
	for _, row := range m.Components {
		r, ok := row.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, c := range r.Components {
			if b, ok := c.(*discordgo.Button); ok {
				out[b.Label] = b.CustomID
			}
		}
	}
	return out
}

var firstPage = []ShownPassage{{"crisis-in-mali-101", 2}, {"crisis-in-mali-101", 3}, {"crisis-in-mali-101", 4}}

// TestAskRecordsAndOffersVotes: a new question is recorded with what it
// showed, its answer carries both feedback buttons, and turning the page
// records nothing more but moves the buttons to the new passages.
func TestAskRecordsAndOffersVotes(t *testing.T) {
	fb := &fakeFeedback{}
	b := newFeedbackBot(t, nil, fb)
	resp := b.Respond(context.Background(), askInteraction("who leads the MNLA?"))
	checkReply(t, marshalReply(t, resp))
	m := posted(t, resp, "m1")
	btn := buttons(m)
	if btn["Helpful"] != "vote:1:crisis-in-mali-101;2;3;4:who leads the MNLA?" || btn["Not helpful"] != "vote:0:crisis-in-mali-101;2;3;4:who leads the MNLA?" {
		t.Errorf("vote buttons = %v", btn)
	}
	if btn["More results"] == "" {
		t.Errorf("paging button lost: %v", btn)
	}
	want := AskRecord{Time: b.now(), Guild: "9", Question: "who leads the MNLA?", Shown: firstPage, TopScore: 9, NoAnswer: 9 < NoAnswerScore} // the threshold itself: TestNoAnswerRecorded
	if len(fb.asks) != 1 || !reflect.DeepEqual(fb.asks[0], want) {
		t.Fatalf("asks = %+v, want %+v", fb.asks, want)
	}

	page := b.Respond(context.Background(), click(m, btn["More results"], "u1"))
	if len(fb.asks) != 1 {
		t.Errorf("a page turn was recorded as a question: %+v", fb.asks)
	}
	if got := buttons(posted(t, page, "m1"))["Not helpful"]; got != "vote:0:crisis-in-mali-101;1;5;2:who leads the MNLA?" {
		t.Errorf("after paging, Not helpful = %q", got)
	}
}

// scoredSearch answers every question with one passage of a fixed score.
type scoredSearch float64

func (s scoredSearch) Search(_ context.Context, q string, k, offset int) (corpus.Results, error) {
	p := fakePassages[0]
	p.Score = float64(s)
	return corpus.Results{Question: q, Total: 1, Passages: []corpus.Passage{p}}, nil
}

// TestNoAnswerRecorded: no passage, nothing searchable, or a best score
// below NoAnswerScore all count as no good answer; a failed search is not
// a gap in the briefings and is not recorded.
func TestNoAnswerRecorded(t *testing.T) {
	tests := []struct {
		name     string
		search   Searcher
		q        string
		recorded bool
		noAnswer bool
	}{
		{"good answer", scoredSearch(NoAnswerScore + 0.5), "who leads the MNLA?", true, false},
		{"weak answer", scoredSearch(NoAnswerScore - 0.5), "who leads the MNLA?", true, true},
		{"no passage", nil, "xyzzy", true, true},
		{"nothing searchable", nil, "what is the?", true, true},
		{"search failed", nil, "backend error", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fb := &fakeFeedback{}
			b := newFeedbackBot(t, tt.search, fb)
			b.Respond(context.Background(), askInteraction(tt.q))
			if len(fb.asks) != map[bool]int{true: 1}[tt.recorded] {
				t.Fatalf("asks = %+v", fb.asks)
			}
			if tt.recorded && fb.asks[0].NoAnswer != tt.noAnswer {
				t.Errorf("NoAnswer = %v, want %v", fb.asks[0].NoAnswer, tt.noAnswer)
			}
		})
	}
}

// TestVote: a click is acknowledged to the voter alone, and what it is
// about (answer, question, passages) comes from the button and the
// message it is on; what did not fit in the custom_id is read from the
// footer and the citations in the embed, with the same result.
func TestVote(t *testing.T) {
	fb := &fakeFeedback{}
	b := newFeedbackBot(t, nil, fb)
	m := posted(t, b.Respond(context.Background(), askInteraction("who leads the MNLA?")), "m1")
	btn := buttons(m)
	for _, tc := range []struct {
		id      string
		user    string
		helpful bool
	}{
		{btn["Not helpful"], "u2", false},
		{btn["Helpful"], "u2", true},
		{"vote:0:", "u3", false},                        // question and passages from the embed
		{"vote:1:crisis-in-mali-101;2;3;4", "u4", true}, // question from the footer
	} {
		resp := b.Respond(context.Background(), click(m, tc.id, tc.user))
		if !isEphemeral(resp) || resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data.Content != msgVoted {
			t.Errorf("%s: reply %+v, want an ephemeral %q", tc.id, resp.Data, msgVoted)
		}
		checkReply(t, marshalReply(t, resp))
	}
	if len(fb.votes) != 4 {
		t.Fatalf("votes = %+v", fb.votes)
	}
	for i, v := range fb.votes {
		want := VoteRecord{Time: b.now(), Answer: "m1", User: []string{"u2", "u2", "u3", "u4"}[i], Guild: "9",
			Question: "who leads the MNLA?", Shown: firstPage, Helpful: i%2 == 1}
		if !reflect.DeepEqual(v, want) {
			t.Errorf("vote %d = %+v, want %+v", i, v, want)
		}
	}
}

// TestVoteButtonsFit: with long slugs the passages leave the custom_id,
// which stays within Discord's 100 characters, and a vote still names
// them, read from the embed.
func TestVoteButtonsFit(t *testing.T) {
	long := &corpus.Briefing{Slug: strings.Repeat("a-very-long-slug-", 6), Title: "Long [one]", Paragraphs: []corpus.Paragraph{{Number: 1, Text: "x"}, {Number: 2, Text: "y"}}}
	search := searchFunc(func(q string) corpus.Results {
		var ps []corpus.Passage
		for i, n := range []int{2, 1} {
			ps = append(ps, corpus.Passage{Rank: i + 1, Score: 9, Briefing: long.Slug, Title: long.Title, Paragraph: n,
				Text: "text", Excerpt: "text", Citation: long.Ref(n).Citation(), URL: "https://example.org/(long)"})
		}
		return corpus.Results{Question: q, Total: 2, Passages: ps}
	})
	fb := &fakeFeedback{}
	b, err := New(Config{Search: search, Factions: fakeFactions{}, Timeline: fakeTimeline{}, Briefings: staticBriefings{long}, Feedback: fb})
	if err != nil {
		t.Fatal(err)
	}
	m := posted(t, b.Respond(context.Background(), askInteraction("q")), "m9")
	id := buttons(m)["Not helpful"]
	if id != "vote:0:" {
		t.Fatalf("custom_id = %q, want the passages left out", id)
	}
	b.Respond(context.Background(), click(m, id, "u1"))
	want := []ShownPassage{{long.Slug, 2}, {long.Slug, 1}}
	if len(fb.votes) != 1 || !reflect.DeepEqual(fb.votes[0].Shown, want) {
		t.Errorf("votes = %+v, want shown %v", fb.votes, want)
	}
}

type searchFunc func(q string) corpus.Results

func (f searchFunc) Search(_ context.Context, q string, k, offset int) (corpus.Results, error) {
	return f(q), nil
}

type staticBriefings []*corpus.Briefing

func (s staticBriefings) Briefings() []*corpus.Briefing { return s }

// TestVoteRefused: a vote that cannot say what it is about, or that no
// store would keep, gets a private explanation and records nothing.
func TestVoteRefused(t *testing.T) {
	fb := &fakeFeedback{}
	b := newFeedbackBot(t, nil, fb)
	m := posted(t, b.Respond(context.Background(), askInteraction("who leads the MNLA?")), "m1")
	for name, in := range map[string]*discordgo.Interaction{
		"no message":  click(nil, "vote:1:", "u1"),
		"garbled":     click(m, "vote:7:x", "u1"),
		"bad refs":    click(m, "vote:1:slug;zero", "u1"),
		"no question": click(&discordgo.Message{ID: "m2"}, "vote:1:", "u1"),
	} {
		resp := b.Respond(context.Background(), in)
		if !isEphemeral(resp) || !strings.Contains(resp.Data.Content, "run `/ask` again") {
			t.Errorf("%s: %+v", name, resp.Data)
		}
	}
	if len(fb.votes) != 0 {
		t.Errorf("votes = %+v", fb.votes)
	}
	// A client that leaves out the message, or its ID, still has its
	// vote kept under one answer: a second click replaces the first.
	for _, in := range []*discordgo.Interaction{
		click(nil, buttons(m)["Not helpful"], "u1"),
		click(&discordgo.Message{Embeds: m.Embeds}, "vote:1:", "u1"),
	} {
		if resp := b.Respond(context.Background(), in); resp.Data.Content != msgVoted {
			t.Errorf("vote without the message refused: %+v", resp.Data)
		}
	}
	if len(fb.votes) != 2 || fb.votes[0].Answer == "" || fb.votes[0].Answer != fb.votes[1].Answer || fb.votes[1].Question != "who leads the MNLA?" {
		t.Errorf("votes without a message ID = %+v", fb.votes)
	}
	off := newFeedbackBot(t, nil, nil)
	resp := off.Respond(context.Background(), click(m, "vote:1:", "u1"))
	if !isEphemeral(resp) || !strings.Contains(resp.Data.Content, "Feedback is off") {
		t.Errorf("feedback off: %+v", resp.Data)
	}
	// With feedback off, answers carry no buttons that would go nowhere.
	if btn := buttons(posted(t, off.Respond(context.Background(), askInteraction("who leads the MNLA?")), "m3")); btn["Helpful"] != "" {
		t.Errorf("feedback off but buttons %v", btn)
	}
}

func gapsInteraction(guild string, perms int64) *discordgo.Interaction {
	in := &discordgo.Interaction{ID: "i3", Type: discordgo.InteractionApplicationCommand, GuildID: guild,
		Data: discordgo.ApplicationCommandInteractionData{Name: cmdGaps}}
	if guild != "" {
		in.Member = &discordgo.Member{User: &discordgo.User{ID: "u1"}, Permissions: perms}
	} else {
		in.User = &discordgo.User{ID: "u1"}
	}
	return in
}

// TestGapsCommand: /gaps shows the server's top gaps to a member who may
// manage the server, and only to them, privately.
func TestGapsCommand(t *testing.T) {
	var gaps []Gap
	for i := range 12 {
		gaps = append(gaps, Gap{Question: "who *leads* the MNLA? " + strings.Repeat("?", i), Asked: 12 - i, NotHelpful: 1, NoAnswer: 2,
			Shown: firstPage, LastAsked: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)})
	}
	fb := &fakeFeedback{gaps: gaps}
	b := newFeedbackBot(t, nil, fb)
	resp := b.Respond(context.Background(), gapsInteraction("g1", discordgo.PermissionManageServer))
	raw := string(marshalReply(t, resp))
	checkReply(t, []byte(raw))
	if !isEphemeral(resp) || fb.guild != "g1" {
		t.Fatalf("ephemeral %v, guild %q: %s", isEphemeral(resp), fb.guild, raw)
	}
	for _, want := range []string{`who \\*leads\\* the MNLA?`, "asked 12×", "1 not helpful", "2 with no answer", "30 Nov 2026", "Crisis in Mali 101 ¶2", "**10. ", "Top 10"} {
		if !strings.Contains(raw, want) {
			t.Errorf("reply lacks %q:\n%s", want, raw)
		}
	}
	if strings.Contains(raw, "**11. ") {
		t.Errorf("more than ten gaps:\n%s", raw)
	}

	for name, tc := range map[string]struct {
		in   *discordgo.Interaction
		fb   Feedback
		want string
	}{
		"no permission": {gapsInteraction("g1", discordgo.PermissionSendMessages), fb, "Manage Server"},
		"administrator": {gapsInteraction("g1", discordgo.PermissionAdministrator), &fakeFeedback{}, "No gaps so far"},
		"in a DM":       {gapsInteraction("", 0), fb, "use it in the server"},
		"feedback off":  {gapsInteraction("g1", discordgo.PermissionManageServer), nil, "Feedback is off"},
		"store failing": {gapsInteraction("g1", discordgo.PermissionManageServer), &fakeFeedback{err: errors.New("db on fire at /secret")}, "couldn't read"},
	} {
		t.Run(name, func(t *testing.T) {
			b := newFeedbackBot(t, nil, tc.fb)
			resp := b.Respond(context.Background(), tc.in)
			raw := string(marshalReply(t, resp))
			if !isEphemeral(resp) || !strings.Contains(raw, tc.want) || strings.Contains(raw, "secret") {
				t.Errorf("reply %s, want ephemeral with %q", raw, tc.want)
			}
		})
	}
}

// TestGapsCommandDefinition: Discord offers /gaps only to members with
// Manage Server. Like every command it declares its contexts, which
// supersede dm_permission; in a DM the handler says to use it in a server.
func TestGapsCommandDefinition(t *testing.T) {
	for _, c := range Commands() {
		if c.Name != cmdGaps {
			continue
		}
		raw, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{`"default_member_permissions":"32"`, `"contexts":[0,1,2]`} {
			if !strings.Contains(string(raw), want) {
				t.Errorf("%s lacks %s", raw, want)
			}
		}
		return
	}
	t.Fatal("no /gaps command")
}

// TestEveryAnswerCarriesVotes: answers to the message command, private
// answers and answers in DMs carry the buttons too, and each question is
// recorded (in a DM with no guild).
func TestEveryAnswerCarriesVotes(t *testing.T) {
	for _, name := range []string{"ask_message", "ask_private", "dm_ask_message", "dm_ask", "user_install_ask"} {
		t.Run(name, func(t *testing.T) {
			fb := &fakeFeedback{}
			b := newFeedbackBot(t, nil, fb)
			in, _ := loadInteraction(t, name)
			resp := b.Respond(context.Background(), in)
			if btn := buttons(posted(t, resp, "m1")); btn["Helpful"] == "" || btn["Not helpful"] == "" {
				t.Errorf("buttons = %v", btn)
			}
			if len(fb.asks) != 1 || fb.asks[0].Guild != in.GuildID || fb.asks[0].Question == "" {
				t.Errorf("asks = %+v", fb.asks)
			}
		})
	}
}
