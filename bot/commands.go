package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

// Command names, shared by the definitions below and the routing tables
// built from them.
const (
	cmdAsk        = "ask"
	cmdGroup      = "group"
	cmdTimeline   = "timeline"
	cmdBriefings  = "briefings"
	cmdGaps       = "gaps"
	cmdHelp       = "help"
	cmdAskMessage = "Ask briefbot" // the message command, shown in Apps
)

// Option bounds, enforced by Discord on input and again by the handlers,
// because Discord does not enforce them on autocomplete or stale clients.
const (
	maxQuestion     = 300
	defaultResults  = 3
	maxResults      = 5
	defaultTimeline = 10
	maxTimeline     = 25
)

func ptr[T any](v T) *T { return &v }

// method is how the bot answers one kind of interaction. Method
// expressions ((*Bot).ask) keep the table free of any Bot, so that
// "briefbot register" can read the definitions without building one.
type method func(b *Bot, ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse

// command is one application command: what Discord is told, and how the
// bot answers it and, if it has autocompleted options, completes them.
type command struct {
	def      *discordgo.ApplicationCommand
	run      method
	complete method // nil: no autocompleted option
}

// component routes the buttons whose custom_id starts with prefix + ":".
type component struct {
	prefix string
	run    method
}

// commandTable is briefbot's command set, declared in this one place:
// "briefbot register" uploads the definitions as they are, and New routes
// by the same table. Descriptions name no group, place or country, since
// the bot may be serving any briefing.
func commandTable() []command {
	return []command{
		{def: &discordgo.ApplicationCommand{
			Name:        cmdAsk,
			Description: "Ask a question; get the passages of the briefings that answer it, cited",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        "question",
					Description: "What you want to know, in your own words: who, what, when or why",
					Required:    true,
					MaxLength:   maxQuestion,
				},
				{
					Type:        discordgo.ApplicationCommandOptionInteger,
					Name:        "results",
					Description: "How many passages per page (1-5, default 3)",
					MinValue:    ptr(1.0),
					MaxValue:    maxResults,
				},
				{
					Type:        discordgo.ApplicationCommandOptionBoolean,
					Name:        optPrivate,
					Description: "Answer so that only you can see it",
				},
			},
		}, run: (*Bot).ask},
		{def: &discordgo.ApplicationCommand{
			Name: cmdAskMessage,
			Type: discordgo.MessageApplicationCommand,
		}, run: (*Bot).askMessage},
		{def: &discordgo.ApplicationCommand{
			Name:        cmdGroup,
			Description: "Describe an armed group or faction, with citations",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         "name",
					Description:  "The group's name, acronym or alias",
					Required:     true,
					Autocomplete: true,
					MaxLength:    100,
				},
			},
		}, run: (*Bot).group, complete: (*Bot).groupAutocomplete},
		{def: &discordgo.ApplicationCommand{
			Name:        cmdTimeline,
			Description: "List dated events, newest last, with citations",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         "group",
					Description:  "Only events naming this group",
					Autocomplete: true,
					MaxLength:    100,
				},
				{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        "since",
					Description: "From this date: YYYY, YYYY-MM or YYYY-MM-DD",
					MaxLength:   10,
				},
				{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        "until",
					Description: "Up to this date: YYYY, YYYY-MM or YYYY-MM-DD",
					MaxLength:   10,
				},
				{
					Type:        discordgo.ApplicationCommandOptionInteger,
					Name:        "limit",
					Description: "How many events per page (1-25, default 10)",
					MinValue:    ptr(1.0),
					MaxValue:    maxTimeline,
				},
				{
					Type:        discordgo.ApplicationCommandOptionBoolean,
					Name:        optPicture,
					Description: "Attach a chart of the events (default true)",
				},
			},
		}, run: (*Bot).timelineCmd, complete: (*Bot).groupAutocomplete},
		{def: &discordgo.ApplicationCommand{
			Name:        cmdBriefings,
			Description: "List the briefings I can answer from",
		}, run: (*Bot).listBriefings},
		{def: &discordgo.ApplicationCommand{
			Name:        cmdGaps,
			Description: "Questions asked here that the briefings answer badly or not at all (only you see it)",
			// Manage Server: the report is for those who curate the
			// briefings. It is per server; the handler says so in DMs.
			DefaultMemberPermissions: ptr(int64(discordgo.PermissionManageServer)),
		}, run: (*Bot).gaps},
		{def: &discordgo.ApplicationCommand{
			Name:        cmdHelp,
			Description: "What I know, how to ask, and questions to try",
		}, run: (*Bot).help},
	}
}

// componentTable routes button clicks by custom_id prefix.
func componentTable() []component {
	return []component{
		{askPrefix, (*Bot).askPage},
		{legacyAskPrefix, (*Bot).askPage},
		{timelinePrefix, (*Bot).timelinePage},
		{votePrefix, (*Bot).vote},
	}
}

// Commands is the command set briefbot registers with Discord. Every
// command is declared usable everywhere Discord allows (servers, DMs
// with the bot, group and other DMs) and installable both to a server and
// to a user's account, rather than left to Discord's defaults, which have
// varied. Discord reads contexts and integration types only for global
// commands; the same set is uploaded per guild, where they do no harm.
func Commands() []*discordgo.ApplicationCommand {
	var out []*discordgo.ApplicationCommand
	for _, c := range commandTable() {
		c.def.Contexts = &[]discordgo.InteractionContextType{
			discordgo.InteractionContextGuild,
			discordgo.InteractionContextBotDM,
			discordgo.InteractionContextPrivateChannel,
		}
		c.def.IntegrationTypes = &[]discordgo.ApplicationIntegrationType{
			discordgo.ApplicationIntegrationGuildInstall,
			discordgo.ApplicationIntegrationUserInstall,
		}
		out = append(out, c.def)
	}
	return out
}
