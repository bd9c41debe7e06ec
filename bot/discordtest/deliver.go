package discordtest

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"
)

// Delivery is what an HTTP interactions endpoint answered to Deliver.
type Delivery struct {
	Status int
	Body   []byte
	// Type is the callback type in Body, or 0 for a 202 or an error.
	Type int
}

// PublicKey is the key Deliver signs with: give it to the endpoint as the
// application's public key.
func (s *Server) PublicKey() ed25519.PublicKey { return s.key.Public().(ed25519.PublicKey) }

// Deliver sends payload, with its id and token replaced as Interact does,
// to an HTTP interactions endpoint at url, signed as Discord signs its
// outgoing webhook, and reads the answer as Discord does: a 200 body is
// the interaction's acknowledgement, recorded the moment it is read; a 202
// says the endpoint acknowledged through the callback endpoint instead,
// which must then already have happened.
func (s *Server) Deliver(client *http.Client, url string, payload []byte, id string) (Delivery, error) {
	body, err := json.Marshal(s.issue(payload, id))
	if err != nil {
		return Delivery{}, err
	}
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return Delivery{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(s.key, append([]byte(ts), body...))))
	resp, err := client.Do(req)
	if err != nil {
		return Delivery{}, err
	}
	defer resp.Body.Close()
	d := Delivery{Status: resp.StatusCode}
	if d.Body, err = io.ReadAll(resp.Body); err != nil {
		return d, err
	}
	s.received(id, &d)
	return d, nil
}

// received records the acknowledgement in an endpoint's answer.
func (s *Server) received(id string, d *Delivery) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.issued[TokenFor(id)]
	switch d.Status {
	case http.StatusOK:
		var cb struct {
			Type int `json:"type"`
		}
		if err := json.Unmarshal(d.Body, &cb); err != nil || cb.Type == 0 {
			s.violations = append(s.violations, fmt.Sprintf("interaction %s: answer is not an interaction response: %.200s", id, d.Body))
			return
		}
		d.Type = cb.Type
		if st.acked {
			s.violations = append(s.violations, fmt.Sprintf("interaction %s: acknowledged twice (callback, then the HTTP answer)", id))
			return
		}
		st.acked, st.ackType = true, cb.Type
	case http.StatusAccepted:
		if len(d.Body) > 0 {
			s.violations = append(s.violations, fmt.Sprintf("interaction %s: 202 with a body", id))
		}
		if !st.acked {
			s.violations = append(s.violations, fmt.Sprintf("interaction %s: 202 without an acknowledgement through the callback endpoint", id))
		}
	}
}
