package bot

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/corpustest"
	"github.com/briefbot/briefbot/index"
)

// backend serves the bot from a real corpus and index, as cmd/briefbot
// does, so benchmarks measure the whole path.
type backend struct {
	*corpus.Corpus
	ix *index.Index
}

func (b backend) Search(ctx context.Context, q string, k, offset int) (corpus.Results, error) {
	return b.ix.Search(ctx, q, k, offset)
}
func (b backend) ParseDate(s string) (corpus.Date, error) { return corpus.ParseDate(s) }
func (b backend) Briefings() []*corpus.Briefing           { return b.Corpus.Briefings }

func benchBot(b *testing.B, paragraphs int) (*Bot, []string) {
	b.Helper()
	var (
		c   *corpus.Corpus
		err error
		qs  []string
	)
	if paragraphs == 0 {
		c, err = corpus.Default()
		qs = []string{"Who formed the Islamic Movement for the Azawad?", "What happened at In Amenas?", "How many troops is France willing to commit?", "What does the MNLA want?"}
	} else {
		c, err = corpustest.Corpus(paragraphs, 42)
		qs = corpustest.Questions(64, 42)
	}
	if err != nil {
		b.Fatal(err)
	}
	ix, err := index.Build(context.Background(), c, index.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	be := backend{Corpus: c, ix: ix}
	bot, err := New(Config{Search: be, Factions: be, Timeline: be, Briefings: be})
	if err != nil {
		b.Fatal(err)
	}
	return bot, qs
}

func askInteraction(q string) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: "1", Type: discordgo.InteractionApplicationCommand, GuildID: "9",
		Member: &discordgo.Member{User: &discordgo.User{ID: "7"}},
		Data: discordgo.ApplicationCommandInteractionData{Name: cmdAsk, Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: q},
		}},
	}
}

// BenchmarkAsk is /ask end to end: a question in, the reply Discord would
// receive out, serialised.
func BenchmarkAsk(b *testing.B) {
	for _, size := range corpustest.Sizes() {
		b.Run(size.Name, func(b *testing.B) {
			bot, qs := benchBot(b, size.Paragraphs)
			ins := make([]*discordgo.Interaction, len(qs))
			for i, q := range qs {
				ins[i] = askInteraction(q)
			}
			lat := make([]time.Duration, 0, 4096)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				start := time.Now()
				resp := bot.Respond(context.Background(), ins[i%len(ins)])
				if _, err := json.Marshal(resp); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
				i++
			}
			corpustest.ReportLatency(b, lat)
		})
	}
}

// BenchmarkGroupLookup resolves a faction name, as /group does.
func BenchmarkGroupLookup(b *testing.B) {
	for _, size := range corpustest.Sizes() {
		b.Run(size.Name, func(b *testing.B) {
			bot, _ := benchBot(b, size.Paragraphs)
			names := []string{"mnla", "ansar din", "shabab", "movement for oneness", "zzz unknown"}
			if fs := bot.factions.SuggestFactions("", 25); len(fs) > 0 {
				names = names[:0]
				for _, f := range fs {
					names = append(names, f.Name, f.Acronym)
				}
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				bot.factions.LookupFaction(names[i%len(names)])
				i++
			}
		})
	}
}

// BenchmarkTimeline selects the ten most recent events, as /timeline does.
func BenchmarkTimeline(b *testing.B) {
	for _, size := range corpustest.Sizes() {
		b.Run(size.Name, func(b *testing.B) {
			bot, _ := benchBot(b, size.Paragraphs)
			b.ReportAllocs()
			for b.Loop() {
				bot.timeline.Timeline(corpus.TimelineQuery{Limit: 10})
			}
		})
	}
}
