package bot

import "github.com/bwmarrin/discordgo"

// Command names, shared by the definitions below and the dispatch map in
// New.
const (
	cmdAsk       = "ask"
	cmdGroup     = "group"
	cmdTimeline  = "timeline"
	cmdBriefings = "briefings"
	cmdGaps      = "gaps"
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

// Commands is the command set briefbot registers with Discord. It is data,
// declared in this one place; "briefbot register" uploads it as is. No
// contexts are set: Discord's defaults suit, and contexts only apply to
// global commands, while the same set is also registered per guild.
func Commands() []*discordgo.ApplicationCommand {
	return []*discordgo.ApplicationCommand{
		{
			Name:        cmdAsk,
			Description: "Ask a question; get the passages of the briefings that answer it, cited",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        "question",
					Description: "What you want to know, e.g. \"who leads the MNLA?\"",
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
			},
		},
		{
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
		},
		{
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
		},
		{
			Name:        cmdBriefings,
			Description: "List the briefings I can answer from",
		},
		{
			Name:        cmdGaps,
			Description: "Questions asked here that the briefings answer badly or not at all (only you see it)",
			// Manage Server: the report is for those who curate the
			// briefings. Not in DMs: the report is per server.
			DefaultMemberPermissions: ptr(int64(discordgo.PermissionManageServer)),
			DMPermission:             ptr(false),
		},
	}
}
