package transfer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// AdmissionRequest is what B's node asks its platform's back end (the
// node's admission_url) about an incoming asset (FGMV-43 9.2: B asks its
// platform whether it can import the asset).
type AdmissionRequest struct {
	Transfer   string   `json:"transfer"`
	From       string   `json:"from"` // the origin platform's DID
	Asset      string   `json:"asset"`
	Standard   string   `json:"standard"`
	Amount     string   `json:"amount"`
	Recipient  string   `json:"recipient"`
	Media      []Media  `json:"media,omitempty"`
	Currency   string   `json:"currency,omitempty"`
	Rights     []string `json:"rights,omitempty"`
	Visibility string   `json:"visibility"`
}

// AdmissionAnswer is the platform's verdict; a refusal gives a reason code
// (see the Reason constants; 6 when none fits) and an explanation the user
// sees.
type AdmissionAnswer struct {
	Admit       bool   `json:"admit"`
	Reason      uint16 `json:"reason,omitempty"`
	Explanation string `json:"explanation,omitempty"`
}

// errUndecided is a platform that could not be asked: the node answers the
// offer with a retryable error, not a rejection.
var errUndecided = errors.New("the platform's admission service did not answer")

// askPlatform posts the request to the platform's admission URL with the
// admission token (shared by the node and its back end; not the RI token).
func (s *Service) askPlatform(ctx context.Context, in *IncomingAsset) (*AdmissionAnswer, error) {
	o := in.Offer
	return AskPlatform(ctx, s.AdmissionURL, s.AdmissionToken, AdmissionRequest{
		Transfer: o.ID.Hex(), From: in.Peer, Asset: o.Asset, Standard: in.Standard, Amount: o.Transfer.Amount.ToInt().String(),
		Recipient: o.Transfer.Recipient.Hex(), Media: in.Media, Currency: in.Currency, Rights: o.Terms.Rights, Visibility: o.Terms.Visibility,
	})
}

// AskPlatform asks the platform's back end at url (bearer token) whether it
// admits an incoming asset: escrow transfers and cross-chain moves ask the
// same question. A back end that cannot be asked is errUndecided, never a
// refusal.
func AskPlatform(ctx context.Context, url, token string, ar AdmissionRequest) (*AdmissionAnswer, error) {
	body, _ := json.Marshal(ar)
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUndecided, err)
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUndecided, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil || resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%w: %s answered %s", errUndecided, url, resp.Status)
	}
	var a AdmissionAnswer
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("%w: %s answered no admission JSON: %v", errUndecided, url, err)
	}
	if !a.Admit && a.Reason == 0 {
		a.Reason = ReasonPolicy
	}
	return &a, nil
}
