package transfer

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// Each state change tells the platform once, by the side's event type; a
// save that keeps the state tells nothing, and B's first record tells of
// the offer before the decision.
func TestNotifyByStateChange(t *testing.T) {
	for _, tc := range []struct {
		name       string
		role       string
		prev, next State
		want       string
	}{
		{"A records a request", Outgoing, "", Requested, "transfer.requested"},
		{"A sends the lock again", Outgoing, Requested, Requested, ""},
		{"A locked", Outgoing, Requested, Locked, "transfer.locked"},
		{"A offered", Outgoing, Locked, Offered, "transfer.offered"},
		{"A hears B accepted", Outgoing, Offered, Accepted, "transfer.accepted"},
		{"A has the receipt", Outgoing, Accepted, Delivered, "transfer.delivered"},
		{"A hears B refused", Outgoing, Offered, Rejected, "transfer.rejected"},
		{"A has the asset back", Outgoing, Rejected, Returned, "transfer.returned"},
		{"A refunded", Outgoing, Offered, Refunded, "transfer.refunded"},
		{"A's lock failed", Outgoing, Requested, Failed, "transfer.failed"},
		{"B accepts an offer", Incoming, "", Accepted, "transfer.incoming transfer.accepted"},
		{"B refuses an offer", Incoming, "", Rejected, "transfer.incoming transfer.rejected"},
		{"B released", Incoming, Accepted, Released, "transfer.released"},
		{"B imported", Incoming, Released, Imported, "transfer.imported"},
		{"B saw a refund", Incoming, Accepted, Refunded, "transfer.refunded"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			s := &Service{Notify: func(typ, subject string, data any) {
				n, ok := data.(Notice)
				if !ok || n.Transfer != subject || n.Role != tc.role {
					t.Errorf("%s: subject %s, data %#v", typ, subject, data)
				}
				got = append(got, typ)
			}}
			r := &Record{ID: common.HexToHash("0x01"), Role: tc.role, State: tc.next, Answer: &Answer{Reason: ReasonPolicy, Explanation: "no"}}
			s.notify(tc.prev, r, Step{State: tc.next})
			if strings.Join(got, " ") != tc.want {
				t.Fatalf("events %v, want %q", got, tc.want)
			}
		})
	}
	// Without a hook nothing happens (and nothing panics).
	(&Service{}).notify("", &Record{Role: Outgoing, State: Requested}, Step{})
}
