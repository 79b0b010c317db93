package transfer

// Notice is the data of a transfer.* event for the platform (FGMV-43 9.2
// steps 6, 7 and 9): where one transfer stands on this node's side, after
// the state change was committed.
type Notice struct {
	// Transfer is the transfer's id (the escrow's, 0x and 64 hex digits).
	Transfer string `json:"transfer"`
	// Role is outgoing (this node is A, the origin) or incoming (B).
	Role  string `json:"role"`
	State State  `json:"state"`
	// Asset is the CAIP-19 token or currency, Amount its count.
	Asset  string `json:"asset"`
	Amount string `json:"amount"`
	// Peer is the other platform's DID, Channel the channel it came by.
	Peer    string `json:"peer"`
	Channel string `json:"channel,omitempty"`
	// Depositor sent it from A; Recipient receives it on B.
	Depositor string `json:"depositor"`
	Recipient string `json:"recipient"`
	// Deadline is when the escrow refunds it unanswered (Unix seconds).
	Deadline   uint64   `json:"deadline"`
	Rights     []string `json:"rights,omitempty"`
	Visibility string   `json:"visibility,omitempty"`
	// Tx is the transaction of this step, when it has one.
	Tx string `json:"tx,omitempty"`
	// Reason and Explanation are B's refusal (transfer.rejected).
	Reason      uint16 `json:"reason,omitempty"`
	Explanation string `json:"explanation,omitempty"`
	// Content are the CIDs B imported (transfer.imported).
	Content []string `json:"content,omitempty"`
	// Detail is the step as the transfer's history words it.
	Detail string `json:"detail,omitempty"`
	// Error is what went wrong (transfer.failed).
	Error string `json:"error,omitempty"`
}

// The transfer events, by the state a side reaches.
var (
	outgoingEvents = map[State]string{
		Prepared: "transfer.prepared", Requested: "transfer.requested", Locked: "transfer.locked", Offered: "transfer.offered",
		Accepted: "transfer.accepted", Rejected: "transfer.rejected", Delivered: "transfer.delivered",
		Returned: "transfer.returned", Refunded: "transfer.refunded", Failed: "transfer.failed",
	}
	incomingEvents = map[State]string{
		Accepted: "transfer.accepted", Rejected: "transfer.rejected", Released: "transfer.released",
		Imported: "transfer.imported", Refunded: "transfer.refunded",
	}
)

// notify tells the platform that r moved from prev to its state; a save
// that keeps the state (a lock sent again) tells nothing. B records an
// incoming transfer first with its decision: the platform hears
// transfer.incoming, then the decision.
func (s *Service) notify(prev State, r *Record, step Step) {
	if s.Notify == nil || prev == r.State {
		return
	}
	n := Notice{
		Transfer: r.ID.Hex(), Role: r.Role, State: r.State, Asset: r.Asset, Amount: r.Amount, Peer: r.Peer, Channel: r.Channel,
		Depositor: r.Transfer.Depositor.Hex(), Recipient: r.Transfer.Recipient.Hex(), Deadline: r.Transfer.Deadline,
		Rights: r.Terms.Rights, Visibility: r.Terms.Visibility, Tx: step.Tx, Detail: step.Detail, Error: r.Error,
	}
	if a := r.Answer; a != nil && r.State == Rejected {
		n.Reason, n.Explanation = a.Reason, a.Explanation
	}
	if a := r.Answer; a != nil && r.State == Imported {
		n.Content = a.ImportedCIDs
	}
	events := outgoingEvents
	if r.Role == Incoming {
		events = incomingEvents
		if prev == "" {
			in := n
			in.State, in.Tx, in.Detail, in.Reason, in.Explanation = Offered, "", "offered by "+r.Peer, 0, ""
			s.Notify("transfer.incoming", in.Transfer, in)
		}
	}
	if typ, ok := events[r.State]; ok {
		s.Notify(typ, n.Transfer, n)
	}
}
