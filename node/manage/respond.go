package manage

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"

	"github.com/mifm/mifm/node/re"
)

// refuse makes the problem a refused negotiation answers with.
func refuse(status int, reason string, clashes []string) *re.Problem {
	p := re.NewProblem(status, re.CodeNegotiation, "%s", reason)
	p.Clashes = clashes
	return p
}

// HandleOffer is the responder's side of 9.5 steps 8–10: check the offer
// against its own comparison of the two manifestos, connect to the virtual
// bridge when there is one, and answer. An offer made again (the initiator
// restarted, or lost the answer) gets the same answer.
func (s *Service) HandleOffer(ctx context.Context, sender, offerJWS string) (*OfferResponse, error) {
	if err := s.partner(ctx, sender); err != nil {
		return nil, err
	}
	var o Offer
	if _, err := VerifyJSON(ctx, s.Resolver, offerJWS, OfferTyp, sender, &o); err != nil {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "offer: %v", err)
	}
	if o.Agreement == nil || o.Channel == "" || len(o.Channel) > 64 {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "the offer names no channel (1 to 64 characters) or no agreement")
	}
	if o.Initiator != sender || o.Responder != s.Signer.DID {
		return nil, refuse(http.StatusBadRequest, fmt.Sprintf("the offer is from %s to %s; this request comes from %s to %s", o.Initiator, o.Responder, sender, s.Signer.DID), nil)
	}
	unlock := s.lock(o.Channel)
	defer unlock()
	if c, err := s.Channel(o.Channel); err == nil {
		if c.Peer == sender && c.Offer == offerJWS && c.Answer != "" && c.State == StateEstablished {
			return &OfferResponse{Answer: c.Answer}, nil
		}
		return nil, re.NewProblem(http.StatusConflict, re.CodeConflict, "channel %s already exists with another offer or state (%s)", o.Channel, c.State)
	}
	own, err := s.manifesto(ctx)
	if err != nil {
		return nil, refuse(http.StatusConflict, "this platform has no manifesto registered", nil)
	}
	if o.PeerManifesto != own.Hash {
		return nil, refuse(http.StatusConflict, fmt.Sprintf("the offer was made against another manifesto of this platform (now revision %d): fetch it again", own.Manifesto.Revision), nil)
	}
	theirs, err := VerifyManifesto(ctx, s.Resolver, o.Manifesto, sender)
	if err != nil {
		return nil, refuse(http.StatusBadRequest, "the initiator's manifesto: "+err.Error(), nil)
	}
	ag := Compare(theirs.Manifesto, own.Manifesto, o.Agreement.Required)
	var bridge *BridgeRef
	if o.VirtualBridge != "" {
		var v VirtualBridge
		bridgeDID, err := VerifyJSON(ctx, s.Resolver, o.VirtualBridge, VirtualBridgeTyp, "", &v)
		if err != nil {
			return nil, refuse(http.StatusBadRequest, "manifesto V: "+err.Error(), nil)
		}
		if err := s.partner(ctx, bridgeDID); err != nil {
			return nil, refuse(http.StatusForbidden, fmt.Sprintf("the bridge %s is not a partner of %s", bridgeDID, s.Signer.DID), nil)
		}
		if v.Bridge != bridgeDID || v.Channel != o.Channel || v.Initiator != sender || v.Responder != s.Signer.DID || !slices.Equal(v.Manifestos, []string{theirs.Hash, own.Hash}) {
			return nil, refuse(http.StatusBadRequest, "manifesto V is not for this channel and these manifestos", nil)
		}
		bm, base, err := s.FetchManifesto(ctx, v.Endpoint)
		if err != nil {
			return nil, re.NewProblem(http.StatusBadGateway, re.CodeUnavailable, "reach the bridge %s: %v", v.Endpoint, err)
		}
		if bm.Manifesto.Platform.DID != bridgeDID {
			return nil, refuse(http.StatusBadRequest, fmt.Sprintf("the bridge at %s is %s, not %s", v.Endpoint, bm.Manifesto.Platform.DID, bridgeDID), nil)
		}
		ag.Cover(theirs.Manifesto, own.Manifesto, bm.Manifesto)
		if !sameBridged(ag.Bridged, v.Conversions) {
			return nil, refuse(http.StatusConflict, "manifesto V covers other gaps than the bridge's manifesto converts", nil)
		}
		bridge = &BridgeRef{DID: bridgeDID, URL: base, VirtualBridge: v.ID, Manifesto: o.VirtualBridge}
	}
	if len(ag.Clashes) > 0 {
		return nil, refuse(http.StatusUnprocessableEntity, "the manifestos clash", ag.Clashes)
	}
	if ag.Digest() != o.AgreementDigest || o.Agreement.Digest() != o.AgreementDigest {
		return nil, refuse(http.StatusConflict, "the offered agreement differs from this node's comparison of the same manifestos", nil)
	}
	if bridge != nil {
		// Step 9: connect to the virtual bridge before answering.
		if err := s.Client.Do(ctx, http.MethodPost, bridge.URL, "/re/v1/virtual-bridges/"+bridge.VirtualBridge+"/join", bridge.DID, JoinRequest{Channel: o.Channel}, nil); err != nil {
			return nil, re.NewProblem(http.StatusBadGateway, re.CodeUnavailable, "join the virtual bridge at %s: %v", bridge.URL, err)
		}
		bridge.Joined = true
	}
	ans := Answer{Type: "MIFMAnswer", Channel: o.Channel, Initiator: sender, Responder: s.Signer.DID, Offer: Hash(offerJWS), Agreement: ag, AgreementDigest: ag.Digest(), Issued: s.stamp()}
	answer, err := SignJSON(ans, s.Signer.Key, s.Signer.KeyID, AnswerTyp)
	if err != nil {
		return nil, fmt.Errorf("sign answer: %w", err)
	}
	peerURL := ""
	if theirs.Manifesto.Platform.Endpoints.RE != "" {
		peerURL = theirs.Manifesto.Platform.Endpoints.RE
	}
	c := &Channel{
		ID: o.Channel, Role: RoleResponder, State: StateEstablished, Local: s.Signer.DID, Peer: sender, PeerURL: peerURL,
		Bridge: bridge, Require: o.Agreement.Required, Agreement: ag, LocalManifesto: own.JWS, PeerManifesto: o.Manifesto,
		Offer: offerJWS, Answer: answer, Created: s.stamp(),
	}
	if err := s.save(c); err != nil {
		return nil, err
	}
	s.record("re", "channel.established", sender, c.ID, "ok", map[string]string{"peer": sender, "role": c.Role})
	s.crash("responder-stored")
	return &OfferResponse{Answer: answer}, nil
}

// HandleVirtualBridge is the bridge's side of 9.5 steps 5–6: prepare a
// virtual bridge for the gaps of two platforms' manifestos it can convert,
// and answer with manifesto V.
func (s *Service) HandleVirtualBridge(ctx context.Context, sender string, req BridgeRequest) (*BridgeResponse, error) {
	if !s.Bridge {
		return nil, re.NewProblem(http.StatusNotFound, re.CodeNotBridge, "%s runs no virtual bridges: it is not run as a bridge", s.Signer.DID)
	}
	if err := s.partner(ctx, sender); err != nil {
		return nil, err
	}
	own, err := s.manifesto(ctx)
	if err != nil || own.Manifesto.Bridge == nil {
		return nil, refuse(http.StatusConflict, "this bridge has registered no manifesto with conversions", nil)
	}
	a, err := VerifyManifesto(ctx, s.Resolver, req.Manifesto, sender)
	if err != nil {
		return nil, refuse(http.StatusBadRequest, "the initiator's manifesto: "+err.Error(), nil)
	}
	b, err := VerifyManifesto(ctx, s.Resolver, req.PeerManifesto, "")
	if err != nil {
		return nil, refuse(http.StatusBadRequest, "the responder's manifesto: "+err.Error(), nil)
	}
	if req.Channel == "" || len(req.Channel) > 64 {
		return nil, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "channel id must be 1 to 64 characters")
	}
	unlock := s.lock(req.Channel)
	defer unlock()
	if c, err := s.Channel(req.Channel); err == nil {
		if c.Peer == sender && c.Bridge != nil && c.LocalManifesto == own.JWS && c.PeerManifesto == req.Manifesto {
			return &BridgeResponse{VirtualBridge: c.Bridge.Manifesto}, nil
		}
		return nil, re.NewProblem(http.StatusConflict, re.CodeConflict, "channel %s already has a virtual bridge", req.Channel)
	}
	ag := Compare(a.Manifesto, b.Manifesto, nil)
	gaps := ag.Gaps
	ag.Cover(a.Manifesto, b.Manifesto, own.Manifesto)
	if len(ag.Bridged) == 0 {
		var clashes []string
		for _, g := range gaps {
			clashes = append(clashes, fmt.Sprintf("%s (%s to %s)", g.Feature, g.From, g.To))
		}
		return nil, refuse(http.StatusUnprocessableEntity, "this bridge converts none of the gaps", clashes)
	}
	v := VirtualBridge{
		Type: "MIFMVirtualBridge", ID: newID("vb_"), Channel: req.Channel, Bridge: s.Signer.DID, Endpoint: s.PublicURL,
		Initiator: a.Manifesto.Platform.DID, Responder: b.Manifesto.Platform.DID, Manifestos: []string{a.Hash, b.Hash},
		Conversions: ag.Bridged, Issued: s.stamp(),
	}
	jws, err := SignJSON(v, s.Signer.Key, s.Signer.KeyID, VirtualBridgeTyp)
	if err != nil {
		return nil, fmt.Errorf("sign manifesto V: %w", err)
	}
	c := &Channel{
		ID: req.Channel, Role: RoleBridge, State: StateOffered, Local: s.Signer.DID, Peer: sender,
		PeerURL: a.Manifesto.Platform.Endpoints.RE, Parties: []string{v.Initiator, v.Responder},
		Bridge:    &BridgeRef{DID: s.Signer.DID, URL: s.PublicURL, VirtualBridge: v.ID, Manifesto: jws},
		Agreement: ag, LocalManifesto: own.JWS, PeerManifesto: req.Manifesto, ResponderManifesto: req.PeerManifesto, Created: s.stamp(),
	}
	if err := s.save(c); err != nil {
		return nil, err
	}
	s.record("re", "vbridge.prepared", sender, c.ID, "ok", map[string]string{"virtualBridge": v.ID, "conversions": fmt.Sprint(len(v.Conversions))})
	return &BridgeResponse{VirtualBridge: jws}, nil
}

// HandleJoin is 9.5 step 9 at the bridge: the responder connects, and the
// virtual bridge is established.
func (s *Service) HandleJoin(ctx context.Context, sender, vbID string, req JoinRequest) error {
	if !s.Bridge {
		return re.NewProblem(http.StatusNotFound, re.CodeNotBridge, "%s runs no virtual bridges", s.Signer.DID)
	}
	if err := s.partner(ctx, sender); err != nil {
		return err
	}
	unlock := s.lock(req.Channel)
	defer unlock()
	c, err := s.Channel(req.Channel)
	if err != nil || c.Role != RoleBridge || c.Bridge == nil || c.Bridge.VirtualBridge != vbID {
		return re.NewProblem(http.StatusNotFound, re.CodeNotFound, "no virtual bridge %s for channel %s", vbID, req.Channel)
	}
	if len(c.Parties) != 2 || c.Parties[1] != sender {
		return re.NewProblem(http.StatusForbidden, re.CodeNoChannel, "virtual bridge %s connects %v; %s is not its responder", vbID, c.Parties, sender)
	}
	if c.State == StateEstablished {
		return nil
	}
	if c.State != StateOffered {
		return re.NewProblem(http.StatusConflict, re.CodeConflict, "virtual bridge %s is %s", vbID, c.State)
	}
	c.State, c.Bridge.Joined = StateEstablished, true
	if err := s.save(c); err != nil {
		return err
	}
	s.record("re", "vbridge.joined", sender, c.ID, "ok", map[string]string{"virtualBridge": vbID})
	return nil
}

// HandleAbort records that a channel's initiator gave up.
func (s *Service) HandleAbort(ctx context.Context, sender, id string) error {
	unlock := s.lock(id)
	defer unlock()
	c, err := s.Channel(id)
	if errors.Is(err, ErrNotFound) {
		return nil // never got the offer: nothing to undo
	}
	if err != nil {
		return err
	}
	if c.Peer != sender {
		return re.NewProblem(http.StatusForbidden, re.CodeNoChannel, "channel %s is not %s's to abort", id, sender)
	}
	if c.State == StateAborted {
		return nil
	}
	c.State = StateAborted
	if err := s.save(c); err != nil {
		return err
	}
	s.record("re", "channel.aborted", sender, id, "ok", nil)
	return nil
}

// Established returns the channel id if it is established between this
// node and sender, or the problem to refuse with.
func (s *Service) Established(id, sender string) (*Channel, error) {
	c, err := s.Channel(id)
	if err != nil {
		return nil, re.NewProblem(http.StatusForbidden, re.CodeNoChannel, "no channel %s between %s and %s: open one first (9.5)", id, sender, s.Signer.DID)
	}
	party := c.Peer == sender || slices.Contains(c.Parties, sender)
	if !party || c.State != StateEstablished {
		return nil, re.NewProblem(http.StatusForbidden, re.CodeNoChannel, "channel %s is not established between %s and %s (state %s)", id, sender, s.Signer.DID, c.State)
	}
	return c, nil
}

// Send delivers a message to the peer over an established channel and
// returns the peer's receipt.
func (s *Service) Send(ctx context.Context, id string, m Message) (*Receipt, error) {
	c, err := s.Channel(id)
	if err != nil {
		return nil, err
	}
	if c.State != StateEstablished || c.Role == RoleBridge {
		return nil, fmt.Errorf("channel %s is %s (%s): messages go over established channels of platforms", id, c.State, c.Role)
	}
	if c.PeerURL == "" {
		return nil, fmt.Errorf("channel %s: the peer's manifesto names no RE endpoint", id)
	}
	var r Receipt
	if err := s.Client.Do(ctx, http.MethodPost, c.PeerURL, "/re/v1/channels/"+id+"/messages", c.Peer, m, &r); err != nil {
		return nil, fmt.Errorf("send %s over %s: %w", m.Kind, id, err)
	}
	return &r, nil
}
