package api

import (
	"context"
	"time"

	"github.com/mifm/mifm/node/manage"
	"github.com/mifm/mifm/node/notify"
	"github.com/mifm/mifm/node/transfer"
)

// Events are the platform's notifications (FGMV-43 9.2 steps 6, 7, 9; 9.5;
// IDVF verdicts): what the node did or was asked, recorded in its outbox
// after the state change was committed. A platform gets them as signed
// webhooks (node.webhook_url), or reads them here: page by page, or as a
// stream.
type Events interface {
	// EventList returns the kept events after q.After, oldest first,
	// waiting up to q.Wait for one when there is none yet.
	EventList(ctx context.Context, q EventQuery) (*EventPage, error)
	// SubscribeEvents calls fn with every event after sequence after, in
	// order, as the node records them, until ctx ends (nil error) or fn
	// or the connection fails. after 0 starts from the oldest kept event.
	SubscribeEvents(ctx context.Context, after uint64, fn func(Event) error) error
}

// Event is one notification to the platform: delivered as a signed webhook
// (at least once: ID is its idempotency id) and on the RI event stream.
// Its Data is, by Type:
//
//	transfer.requested   TransferNotice  A: the user asked, the lock goes out
//	transfer.locked      TransferNotice  A: the asset is in escrow (confirmed)
//	transfer.offered     TransferNotice  A: the lock was offered to B
//	transfer.incoming    TransferNotice  B: A offered a locked transfer (9.2 step 4)
//	transfer.accepted    TransferNotice  A: B accepted; B: this node accepted (step 6)
//	transfer.rejected    TransferNotice  A: B refused; B: this node refused, with reason
//	transfer.released    TransferNotice  B: the escrow released it to the recipient
//	transfer.imported    TransferNotice  B: metadata and files are in the store (step 7)
//	transfer.delivered   TransferNotice  A: released and B's receipt held (step 9)
//	transfer.returned    TransferNotice  A: B's refusal is on chain, the asset is back
//	transfer.refunded    TransferNotice  A, B: the deadline passed, the asset is back
//	transfer.failed      TransferNotice  A: the lock never happened, nothing moved
//	channel.opened       ChannelNotice   a channel is established (either side)
//	channel.changed      ChannelNotice   a channel reached another state
//	credential.verdict   the verify operation's verdict (IDVF)
type Event = notify.Event

// The event data types.
type (
	TransferNotice = transfer.Notice
	ChannelNotice  = manage.ChannelNotice
)

// EventQuery pages through the events: after a sequence number, at most
// Limit (0: 100, at most 1000), waiting up to Wait (at most 60 s) for the
// first when none is kept after After.
type EventQuery struct {
	After uint64
	Limit int
	Wait  time.Duration
}

// EventPage is a page of events and where the outbox stands.
type EventPage struct {
	Events []Event `json:"events"`
	// First is the oldest kept sequence: an After below First - 1 has
	// missed events (pruned), which the platform reconciles from the
	// transfer and channel lists.
	First uint64 `json:"first"`
	// Last is the newest sequence (0: none yet); ask again with After set
	// to the last event's Seq.
	Last uint64 `json:"last"`
}
