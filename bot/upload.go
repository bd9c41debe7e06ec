package bot

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Uploads: a reply may carry files (the timeline's chart). Over the
// gateway they go with the reply, as a multipart form. Over the HTTP
// endpoint Discord refuses multipart in the HTTP response itself, so the
// response carries the text and the files follow in an edit of the
// original response, once it is acknowledged.

// Discord error codes for a message or webhook it does not know yet: an
// edit that overtakes the response it edits.
const (
	codeUnknownWebhook = 10015
	codeUnknownMessage = 10008
)

// An edit that Discord answers with "unknown message" is tried again, up
// to uploadRetries times, after waits starting at uploadRetryWait and
// doubling: the HTTP response it edits is on its way but not yet
// processed. The first try waits attachDelay, which makes that rare.
const (
	uploadRetries   = 3
	uploadRetryWait = 250 * time.Millisecond
	attachDelay     = 100 * time.Millisecond
)

// files returns the files resp carries, or nil.
func files(resp *discordgo.InteractionResponse) []*discordgo.File {
	if resp == nil || resp.Data == nil {
		return nil
	}
	return resp.Data.Files
}

// rewind makes files readable from the start again, for a retry.
func rewind(fs []*discordgo.File) {
	for _, f := range fs {
		if s, ok := f.Reader.(io.Seeker); ok {
			s.Seek(0, io.SeekStart)
		}
	}
}

// multipartBody is Discord's form for a JSON payload with files. The
// payload's attachment list (in its "data" object when inData) is set to
// name exactly the uploaded files, by their placeholder ids: that adds
// them, and on an edit removes any earlier file, such as the previous
// page's chart. discordgo's attachment type would also send empty URLs
// and sizes, so the list is written here.
func multipartBody(payload []byte, fs []*discordgo.File, inData bool) (contentType string, body []byte, err error) {
	type partial struct {
		ID       string `json:"id"`
		Filename string `json:"filename"`
	}
	list := make([]partial, len(fs))
	for i, f := range fs {
		list[i] = partial{ID: strconv.Itoa(i), Filename: f.Name}
	}
	if payload, err = setField(payload, "attachments", list, inData); err != nil {
		return "", nil, err
	}
	rewind(fs)
	return discordgo.MultipartBodyWithJSON(json.RawMessage(payload), fs)
}

// setField sets key in a JSON object, or in its "data" object.
func setField(payload []byte, key string, v any, inData bool) ([]byte, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(payload, &top); err != nil {
		return nil, err
	}
	if inData {
		data, err := setField(top["data"], key, v, false)
		if err != nil {
			return nil, err
		}
		top["data"] = data
		return json.Marshal(top)
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	top[key] = raw
	return json.Marshal(top)
}

// withoutFiles is resp as the HTTP response can carry it: no attachment
// list naming files it cannot hold. An update keeps an empty list, so
// that the old page's chart goes with the old text until the new one is
// uploaded.
func withoutFiles(resp *discordgo.InteractionResponse) *discordgo.InteractionResponse {
	if len(files(resp)) == 0 {
		return resp
	}
	out, d := *resp, *resp.Data
	d.Files, d.Attachments = nil, nil
	if resp.Type == discordgo.InteractionResponseUpdateMessage {
		d.Attachments = &[]*discordgo.MessageAttachment{}
	}
	out.Data = &d
	return &out
}

// attach adds resp's files to the interaction's original response by
// editing it. It is for the HTTP endpoint, after its response has been
// written: should the edit overtake that response, Discord answers
// "unknown message", and the edit is tried again after a short wait. A
// failure is logged and leaves the text in place.
func (x *exchange) attach(ctx context.Context, resp *discordgo.InteractionResponse) bool {
	original := discordgo.EndpointInteractionResponseActions(x.in.AppID, x.in.Token)
	send := func() error {
		ct, body, err := multipartBody([]byte(`{}`), files(resp), false)
		if err != nil {
			return err
		}
		return x.callWith(ctx, http.MethodPatch, original, ct, body)
	}
	err := send()
	wait := uploadRetryWait
	for range uploadRetries {
		if !notYetKnown(err) || sleep(ctx, wait) != nil {
			break
		}
		wait *= 2
		err = send()
	}
	return x.done("attach picture", err)
}

// notYetKnown reports whether Discord refused an edit because it does
// not know the message yet.
func notYetKnown(err error) bool {
	var ae *apiError
	return errors.As(err, &ae) && (ae.code == codeUnknownMessage || ae.code == codeUnknownWebhook)
}
