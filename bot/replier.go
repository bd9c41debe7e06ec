package bot

import (
	"errors"
	"log/slog"
	"time"

	"github.com/bwmarrin/discordgo"
)

// replier answers interactions through Discord's REST API. The gateway
// sends every reply with it; the HTTP endpoint uses it only to complete a
// reply it deferred. Interaction callbacks and webhooks are authorised by
// the interaction's own token, so the session needs no bot token for them.
type replier struct {
	s   *discordgo.Session
	log *slog.Logger
}

// send answers in through Discord's REST API. With deferred nil it sends
// resp as the interaction response; otherwise it completes an earlier
// deferral by editing the original message. An ephemeral answer after a
// public deferral becomes an ephemeral follow-up (and, for a command, the
// public "thinking…" placeholder is deleted), since an edit cannot make a
// message ephemeral. It reports whether Discord accepted the reply.
func (r replier) send(in *discordgo.Interaction, resp *discordgo.InteractionResponse, deferred *discordgo.InteractionResponse) bool {
	var err error
	switch {
	case deferred == nil:
		var body []byte
		if body, err = encodeResponse(resp); err == nil {
			endpoint := discordgo.EndpointInteractionResponse(in.ID, in.Token)
			err = r.call(func() error { return r.postCallback(endpoint, body, files(resp)) })
		}
	case isEphemeral(resp):
		if deferred.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource {
			if derr := r.call(func() error { return r.s.InteractionResponseDelete(in) }); derr != nil {
				r.logSendError(in, "delete placeholder", derr)
			}
		}
		params := &discordgo.WebhookParams{
			Content:         resp.Data.Content,
			Embeds:          resp.Data.Embeds,
			Components:      resp.Data.Components,
			Flags:           discordgo.MessageFlagsEphemeral,
			AllowedMentions: resp.Data.AllowedMentions,
		}
		err = r.call(func() error {
			_, err := r.s.FollowupMessageCreate(in, false, params)
			return err
		})
	default:
		d := resp.Data
		if d == nil {
			d = &discordgo.InteractionResponseData{}
		}
		content, embeds, comps := d.Content, d.Embeds, d.Components
		if embeds == nil {
			embeds = []*discordgo.MessageEmbed{}
		}
		if comps == nil {
			comps = []discordgo.MessageComponent{}
		}
		edit := &discordgo.WebhookEdit{
			Content:         &content,
			Embeds:          &embeds,
			Components:      &comps,
			AllowedMentions: noMentions(),
			Files:           d.Files,
			Attachments:     d.Attachments,
		}
		err = r.call(func() error { return r.editOriginal(in, edit) })
	}
	if err != nil {
		r.logSendError(in, "reply", err)
		return false
	}
	return true
}

// call makes one REST call to Discord, and if Discord answers 429 with a
// short retry_after, waits that long and tries exactly once more: enough
// to ride out a brief limit, too few to feed a retry storm.
func (r replier) call(do func() error) error {
	err := do()
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.RateLimit != nil && rl.TooManyRequests != nil && rl.RetryAfter <= maxRateLimitWait {
		time.Sleep(rl.RetryAfter)
		err = do()
	}
	return err
}

// logSendError logs a failed reply without retrying (beyond call's one
// retry after a 429): 10062 and 40060 mean
// the interaction can no longer be answered, and retrying anything else
// would only pile up requests against an API that is refusing them.
func (r replier) logSendError(in *discordgo.Interaction, what string, err error) {
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Message != nil {
		switch rest.Message.Code {
		case codeUnknownInteraction:
			r.log.Warn("interaction expired before we answered", "command", interactionName(in), "step", what)
			return
		case codeAlreadyAcked:
			r.log.Warn("interaction already acknowledged", "command", interactionName(in), "step", what)
			return
		}
	}
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.RateLimit != nil && rl.TooManyRequests != nil {
		// RateLimitError's text holds the URL, and so the interaction token.
		r.log.Error("sending reply failed: rate limited by Discord", "command", interactionName(in), "step", what, "retry_after", rl.RetryAfter)
		return
	}
	r.log.Error("sending reply failed", "command", interactionName(in), "step", what, "err", safeErr(err))
}
