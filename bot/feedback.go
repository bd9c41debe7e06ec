package bot

import (
	"context"
	"errors"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/corpus"
)

// Feedback stores what readers make of the answers: every question asked
// and every "Helpful" / "Not helpful" click. RecordAsk and RecordVote sit
// on the reply path and must not wait on storage (queue and return).
// cmd/briefbot adapts the feedback store to it; bot knows no database.
type Feedback interface {
	RecordAsk(AskRecord)
	RecordVote(VoteRecord)
	// Gaps lists a guild's questions that went unanswered or were voted
	// "Not helpful", most frequent first, at most limit of them.
	Gaps(ctx context.Context, guild string, limit int) ([]Gap, error)
}

// ShownPassage is one passage an answer showed.
type ShownPassage struct {
	Briefing  string // the briefing's slug (its title when the slug is unknown)
	Paragraph int
}

// AskRecord is one question, answered or not.
type AskRecord struct {
	Time     time.Time
	Guild    string // "" in DMs
	Question string
	Shown    []ShownPassage
	// NoAnswer: nothing was found, or the best passage scored below
	// NoAnswerScore.
	NoAnswer bool
	TopScore float64
}

// VoteRecord is one click on "Helpful" or "Not helpful". Answer and User
// identify the vote: a second click by the same user on the same answer
// replaces the first.
type VoteRecord struct {
	Time     time.Time
	Answer   string // the answer message's ID
	User     string // the voter's ID; the store keeps only a keyed hash
	Guild    string
	Question string
	Shown    []ShownPassage
	Helpful  bool
}

// Gap is one line of the coverage report (see Feedback.Gaps).
type Gap struct {
	Question                             string
	Asked, NotHelpful, Helpful, NoAnswer int
	Shown                                []ShownPassage
	LastAsked                            time.Time
}

// NoAnswerScore is the top passage score below which a question counts
// as having no good answer. It is calibrated on the development corpus
// (30 briefings, 729 questions): each briefing's questions asked against
// their own briefing (answerable) and against another briefing
// (unanswerable), the threshold being the one that separates the two
// best. Recalibrated after the re-ranker's weights were refitted on the
// 30 development briefings with the WordNet link features and the
// place focus (issue 11, fourth pass): best threshold 7.84, balanced
// accuracy 0.833, on a plateau (0.82–0.83 from 7.8 to 8.5); 8.1, its
// middle, scores 0.829 (0.661 counting only questions with no passage at
// all). Refitted again on 36 development briefings (six new ones, two
// of them news, two official, two encyclopedic): best threshold 6.57,
// balanced accuracy 0.856 (8.1 then scored 0.78); 6.5 scores 0.853.
// Refitted on 42 briefings (dev5: three raw-format encyclopedic exports,
// two primers, a fact sheet) with the topic feature and names held by a
// whole form (issue 11, fifth pass): best threshold 7.02, balanced
// accuracy 0.868; 6.5 then scored 0.848. Refitted once the raw formats
// were read into paragraphs: best 6.87 (0.917); 7.0 scores 0.906.
// Refitted on 49 briefings (dev7), the topic weight down from 1.25 to
// 0.3: best 6.70 (0.897); 7.0 then scored 0.888. Refitted on 55
// briefings with the neighbours and section features (coverage 1.25 →
// 0.5, context 1.5 → 0.6): best 6.31 (0.892); 6.3 scores 0.886, 6.7
// then scored 0.880. Refitted on 94 briefings with WordNet's agent
// nouns (anchors 2.5 → 3, context 0.6 → 1): best 6.82 (0.882); 6.3 then
// scored 0.850. Refitted on ranking38's 114 tune briefings with the
// first-telling feature (anchors 3 → 2, coverage 0.4 → -0.5):
// best 6.08 (0.863); 6.8 then scored 0.830. Refitted on ranking41's 125
// tune briefings with the learned bridges (bridge 3; anchors 2.5,
// context 1.5): best 6.84 (0.834); 6.1 then scored 0.812. (The same
// refit without the bridges: best 6.01, 0.817: the bridges separate
// better and score higher; the tune split's refit costs the rest.)
// The score is the index's, so a ranking change may move it:
// recalibrate with
//
//	go test ./cmd/briefbot -run TestNoAnswerScoreCalibration -v
const NoAnswerScore = 6.8

// votePrefix routes the feedback buttons. The custom_id is
// "vote:1:REFS:QUESTION" (helpful) or "vote:0:REFS:QUESTION", where REFS
// lists the passages shown, "SLUG;4;7,SLUG2;3" with each slug
// query-escaped. What does not fit in Discord's 100 characters is left
// out, the question first, then REFS, and read back from the message the
// button is on: the question from the embed's footer, the passages from
// its citations. So no replica needs to remember anything.
const votePrefix = "vote"

// msgVoted acknowledges a vote, to the voter only.
const msgVoted = "Thanks — noted."

// recordAsk stores a new question with what it found: nothing, or
// passages whose best score says whether they answer it. A failed search
// is our fault, not a gap in the briefings, and is not recorded.
func (b *Bot) recordAsk(in *discordgo.Interaction, q string, res corpus.Results, searchErr error) {
	if b.feedback == nil || in == nil || (searchErr != nil && !errors.Is(searchErr, corpus.ErrNoQuery)) {
		return
	}
	r := AskRecord{Time: b.now(), Guild: in.GuildID, Question: q, Shown: shownOf(res.Passages), NoAnswer: true}
	if len(res.Passages) > 0 {
		r.TopScore = res.Passages[0].Score
		r.NoAnswer = r.TopScore < NoAnswerScore
	}
	b.feedback.RecordAsk(r)
}

func shownOf(ps []corpus.Passage) []ShownPassage {
	out := make([]ShownPassage, 0, len(ps))
	for _, p := range ps {
		out = append(out, ShownPassage{Briefing: p.Briefing, Paragraph: p.Paragraph})
	}
	return out
}

// withVoteButtons adds the row of feedback buttons under an answer, when
// feedback is on.
func (b *Bot) withVoteButtons(resp *discordgo.InteractionResponse, ps []corpus.Passage) *discordgo.InteractionResponse {
	if b.feedback == nil || isEphemeral(resp) || resp.Data == nil || len(ps) == 0 {
		return resp
	}
	v := voteState{question: askedQuestion(responseMessage(resp)), shown: shownOf(ps)}
	resp.Data.Components = append(resp.Data.Components, discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Helpful", Style: discordgo.SecondaryButton, CustomID: v.id(true), Emoji: &discordgo.ComponentEmoji{Name: "👍"}},
		discordgo.Button{Label: "Not helpful", Style: discordgo.SecondaryButton, CustomID: v.id(false), Emoji: &discordgo.ComponentEmoji{Name: "👎"}},
	}})
	return resp
}

// responseMessage is the message resp will show, as far as the feedback
// buttons need it: its embeds.
func responseMessage(resp *discordgo.InteractionResponse) *discordgo.Message {
	return &discordgo.Message{Embeds: resp.Data.Embeds}
}

// voteState is what a vote is about: the question and the passages shown.
type voteState struct {
	question string
	shown    []ShownPassage // nil: not known from the custom_id
}

// id is the custom_id of the button voting helpful (or not) on v, with as
// much of v as fits.
func (v voteState) id(helpful bool) string {
	base := votePrefix + ":0:"
	if helpful {
		base = votePrefix + ":1:"
	}
	refs := encodeRefs(v.shown)
	for _, id := range []string{base + refs + ":" + v.question, base + refs} {
		if len(id) <= maxCustomID {
			return id
		}
	}
	return base
}

// vote records a click on "Helpful" or "Not helpful" and thanks the
// voter, privately. What the vote is about comes from the message the
// button is on.
func (b *Bot) vote(_ context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	helpful, v, ok := parseVoteID(customID(in))
	m := message(in)
	if v.question == "" {
		v.question = askedQuestion(m)
	}
	if v.shown == nil {
		v.shown = b.citedIn(m)
	}
	if !ok || v.question == "" {
		return errorResponse("I can't tell which answer that vote was for. Please run `/ask` again and vote on the new answer.")
	}
	if b.feedback == nil {
		return errorResponse("Feedback is off on this bot, so your vote was not kept. Thank you all the same.")
	}
	b.feedback.RecordVote(VoteRecord{
		Time: b.now(), Answer: answerID(m, v), User: invoker(in), Guild: in.GuildID,
		Question: v.question, Shown: v.shown, Helpful: helpful,
	})
	return ephemeralMessage(msgVoted)
}

// answerID identifies the answer voted on, so that a user's second vote
// replaces the first: its message's ID, which Discord sends with every
// click, or, from a client that leaves the message out, the question and
// passages.
func answerID(m *discordgo.Message, v voteState) string {
	if m != nil && m.ID != "" {
		return m.ID
	}
	return "q:" + encodeRefs(v.shown) + ":" + v.question
}

// askedQuestion reads the question an answer was for from its footer,
// or failing that its title.
func askedQuestion(m *discordgo.Message) string {
	if _, after, found := strings.Cut(footerText(m), askFooterSep); found {
		return cleanQuestion(after)
	}
	if m != nil && len(m.Embeds) > 0 && m.Embeds[0] != nil {
		return cleanQuestion(m.Embeds[0].Title)
	}
	return ""
}

// encodeRefs writes passages compactly for a custom_id, grouping the
// paragraphs of each briefing in the order first shown.
func encodeRefs(shown []ShownPassage) string {
	var order []string
	paras := map[string][]string{}
	for _, s := range shown {
		if _, seen := paras[s.Briefing]; !seen {
			order = append(order, s.Briefing)
		}
		paras[s.Briefing] = append(paras[s.Briefing], strconv.Itoa(s.Paragraph))
	}
	groups := make([]string, 0, len(order))
	for _, slug := range order {
		groups = append(groups, url.QueryEscape(slug)+";"+strings.Join(paras[slug], ";"))
	}
	return strings.Join(groups, ",")
}

// parseVoteID reads a vote custom_id. What it leaves out is zero in v:
// the question "", the passages nil.
func parseVoteID(id string) (helpful bool, v voteState, ok bool) {
	parts := strings.SplitN(id, ":", 4)
	if len(parts) < 3 || parts[0] != votePrefix || (parts[1] != "0" && parts[1] != "1") {
		return false, v, false
	}
	helpful = parts[1] == "1"
	if len(parts) == 4 {
		v.question = cleanQuestion(parts[3])
	}
	v.shown, ok = decodeRefs(parts[2])
	return helpful, v, ok
}

// decodeRefs reads what encodeRefs wrote; "" is nil.
func decodeRefs(s string) (refs []ShownPassage, ok bool) {
	if s == "" {
		return nil, true
	}
	for _, group := range strings.Split(s, ",") {
		fields := strings.Split(group, ";")
		slug, err := url.QueryUnescape(fields[0])
		if err != nil || slug == "" || len(fields) < 2 {
			return nil, false
		}
		for _, f := range fields[1:] {
			n, err := strconv.Atoi(f)
			if err != nil || n < 1 {
				return nil, false
			}
			refs = append(refs, ShownPassage{Briefing: slug, Paragraph: n})
		}
	}
	return refs, true
}

// citationRE matches a rendered citation, "Title ¶N", after any link and
// Markdown escapes are removed.
var citationRE = regexp.MustCompile(`^(.+) ¶(\d+)$`)

// citedIn reads the passages an answer shows from its embed: the top
// passage's citation ends the description ("— Title ¶N", perhaps a link)
// and each further passage's field is named "RANK. Title ¶N". Titles map
// back to slugs through the loaded briefings.
func (b *Bot) citedIn(m *discordgo.Message) []ShownPassage {
	if m == nil || len(m.Embeds) == 0 || m.Embeds[0] == nil {
		return nil
	}
	e := m.Embeds[0]
	var cites []string
	if i := strings.LastIndex(e.Description, "— "); i >= 0 {
		cites = append(cites, plainCitation(e.Description[i+len("— "):]))
	}
	for _, f := range e.Fields {
		if f != nil {
			_, c, _ := strings.Cut(f.Name, ". ")
			cites = append(cites, c)
		}
	}
	var out []ShownPassage
	for _, c := range cites {
		if sm := citationRE.FindStringSubmatch(strings.TrimSpace(c)); sm != nil {
			n, _ := strconv.Atoi(sm[2])
			out = append(out, ShownPassage{Briefing: b.slugOfTitle(sm[1]), Paragraph: n})
		}
	}
	return out
}

var (
	mdLinkRE   = regexp.MustCompile(`^\[(.*)\]\([^)]*\)$`)
	mdEscapeRE = regexp.MustCompile(`\\(.)`)
)

// plainCitation undoes citeLink: the link, then the Markdown escapes.
func plainCitation(s string) string {
	s = strings.TrimSpace(s)
	if sm := mdLinkRE.FindStringSubmatch(s); sm != nil {
		s = sm[1]
	}
	return mdEscapeRE.ReplaceAllString(s, "$1")
}

// slugOfTitle finds the slug of the loaded briefing titled title, or
// returns the title itself.
func (b *Bot) slugOfTitle(title string) string {
	for _, br := range b.briefings.Briefings() {
		if br != nil && br.Title == title {
			return br.Slug
		}
	}
	return title
}
