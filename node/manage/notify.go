package manage

import (
	"encoding/json"
	"errors"

	"github.com/mifm/mifm/node/store"
)

// ChannelNotice is the data of a channel.* event for the platform (FGMV-43
// 9.5): a channel reached a state.
type ChannelNotice struct {
	Channel string `json:"channel"`
	// Role is initiator, responder or bridge.
	Role  string `json:"role"`
	State string `json:"state"`
	// Previous is the state before ("" for a channel just recorded).
	Previous string `json:"previous,omitempty"`
	Peer     string `json:"peer"`
	// Bridge is the bridge's DID when the channel goes through one.
	Bridge string `json:"bridge,omitempty"`
	// Error and Clashes say why a negotiation failed.
	Error   string   `json:"error,omitempty"`
	Clashes []string `json:"clashes,omitempty"`
}

// stateOf is a channel's stored state ("" when it is not stored yet).
func (s *Service) stateOf(id string) string {
	v, err := s.DB.Get(append(append([]byte{}, prefixCh...), id...))
	if errors.Is(err, store.ErrNotFound) || err != nil {
		return ""
	}
	var c struct {
		State string `json:"state"`
	}
	_ = json.Unmarshal(v, &c)
	return c.State
}

// notify tells the platform that c moved from prev to its state:
// channel.opened when it is established (either side), channel.changed
// for every other state; a save that keeps the state tells nothing.
func (s *Service) notify(prev string, c *Channel) {
	if s.Notify == nil || prev == c.State {
		return
	}
	n := ChannelNotice{Channel: c.ID, Role: c.Role, State: c.State, Previous: prev, Peer: c.Peer, Error: c.Error, Clashes: c.Clashes}
	if c.Bridge != nil {
		n.Bridge = c.Bridge.DID
	}
	typ := "channel.changed"
	if c.State == StateEstablished {
		typ = "channel.opened"
	}
	s.Notify(typ, c.ID, n)
}
