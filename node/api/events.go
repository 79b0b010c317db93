package api

import "encoding/json"

// Events are the platform's notifications (FGMV-43 9.2 steps 6, 7, 9).
type Events interface {
}

// Event is one notification to the platform: delivered as a signed webhook
// (at least once: ID is its idempotency id) and on the RI event stream.
type Event struct {
	// ID is unique per event; a webhook retried carries the same ID.
	ID string `json:"id"`
	// Type says what happened (transfer.incoming, transfer.delivered,
	// credential.verdict, …).
	Type string `json:"type"`
	// Time is when the node recorded it (RFC 3339).
	Time string `json:"time"`
	// Subject is what it is about: a transfer id, a channel id, a DID.
	Subject string `json:"subject,omitempty"`
	// Data is the event's body, by type.
	Data json.RawMessage `json:"data,omitempty"`
}
