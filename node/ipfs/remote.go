package ipfs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ipfs/go-cid"
)

// Remote pinning (FGMV-43 CNTF content availability): a node that is not
// always online asks another IPFS node to keep its content. A Kubo node is
// reached through its RPC API; mifm pushes the DAG to it as a CAR (so the
// remote needs no route back to this node) and follows the pin until Kubo
// reports it pinned or the attempt fails, rather than returning as soon as
// the request is queued.

// ErrRemotePin is returned when a remote refuses or fails a pin.
var ErrRemotePin = errors.New("remote pin failed")

// KuboRemote is a Kubo node's RPC API, e.g. http://127.0.0.1:5001.
type KuboRemote struct {
	Name string
	URL  string
	// Client defaults to http.DefaultClient.
	Client *http.Client
	// PollInterval between status checks (default 500 ms).
	PollInterval time.Duration
}

// RemotePinStatus is one step of a remote pin, as it is followed.
type RemotePinStatus struct {
	Service string  `json:"service"`
	CID     string  `json:"cid"`
	Status  string  `json:"status"` // pushing, pinning, pinned, failed
	Detail  string  `json:"detail,omitempty"`
	Ms      float64 `json:"ms"`
}

// Remote is a service that keeps pins for this node: a Kubo node
// (KuboRemote) or an IPFS Pinning Service API endpoint (PSARemote).
type Remote interface {
	// ServiceName names the remote in statuses and errors.
	ServiceName() string
	// pin asks the remote to pin root and follows it, calling status at each
	// change, until it is pinned (nil) or not (an error).
	pin(ctx context.Context, s *Store, root cid.Cid, status func(st, detail string)) error
}

// PinRemote asks r to pin root, which must be in this store, and follows the
// pin until the remote reports it pinned or failed (or ctx ends), calling
// progress at each status change. It returns the final status.
func (s *Store) PinRemote(ctx context.Context, r Remote, root cid.Cid, progress func(RemotePinStatus)) (RemotePinStatus, error) {
	if progress == nil {
		progress = func(RemotePinStatus) {}
	}
	has, err := s.Has(ctx, root)
	if err != nil {
		return RemotePinStatus{}, fmt.Errorf("pin %s remotely: %w", root, err)
	}
	if !has {
		return RemotePinStatus{}, fmt.Errorf("pin %s remotely: %w: add or fetch it first", root, ErrNotFound)
	}
	start := time.Now()
	var last RemotePinStatus
	status := func(st, detail string) {
		if st == last.Status && detail == last.Detail {
			return
		}
		last = RemotePinStatus{Service: r.ServiceName(), CID: root.String(), Status: st, Detail: detail, Ms: float64(time.Since(start).Microseconds()) / 1000}
		progress(last)
	}
	if err := r.pin(ctx, s, root, status); err != nil {
		status("failed", err.Error())
		return last, fmt.Errorf("%w: %s on %s: %v", ErrRemotePin, root, r.ServiceName(), err)
	}
	status("pinned", "")
	return last, nil
}

// ServiceName is the remote's configured name.
func (r KuboRemote) ServiceName() string { return r.Name }

func (r KuboRemote) pin(ctx context.Context, s *Store, root cid.Cid, status func(st, detail string)) error {
	base, err := url.Parse(strings.TrimRight(r.URL, "/"))
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return fmt.Errorf("remote %s: url %q: want the http(s)://host:port of Kubo's Addresses.API", r.Name, r.URL)
	}
	if r.Client == nil {
		r.Client = http.DefaultClient
	}
	if r.PollInterval == 0 {
		r.PollInterval = 500 * time.Millisecond
	}
	status("pushing", "dag/import of the DAG as a CAR")
	if err := s.pushToKubo(ctx, r, base, root); err != nil {
		return err
	}
	status("pinning", "")
	tick := time.NewTicker(r.PollInterval)
	defer tick.Stop()
	for {
		pinned, err := kuboIsPinned(ctx, r.Client, base, root)
		if err != nil {
			return err
		}
		if pinned {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("not pinned before the deadline: %w", ctx.Err())
		case <-tick.C:
		}
	}
}

// pushToKubo streams root's DAG as a CAR into Kubo's dag/import, which stores
// every block (checking it) and pins the root.
func (s *Store) pushToKubo(ctx context.Context, r KuboRemote, base *url.URL, root cid.Cid) error {
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	go func() {
		part, err := mw.CreateFormFile("file", root.String()+".car")
		if err == nil {
			_, err = s.Export(ctx, root, part)
		}
		if err == nil {
			err = mw.Close()
		}
		pw.CloseWithError(err)
	}()
	u := base.JoinPath("api", "v0", "dag", "import")
	u.RawQuery = "pin-roots=true&stats=true"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), pr)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	resp, err := r.Client.Do(req)
	if err != nil {
		pr.CloseWithError(err)
		return fmt.Errorf("dag/import: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return kuboError("dag/import", resp)
	}
	dec := json.NewDecoder(resp.Body)
	for {
		var line struct {
			Root *struct {
				Cid         map[string]string
				PinErrorMsg string
			}
			Message string
		}
		if err := dec.Decode(&line); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("dag/import: read answer: %w", err)
		}
		if line.Message != "" {
			return fmt.Errorf("dag/import: %s", line.Message)
		}
		if line.Root != nil && line.Root.PinErrorMsg != "" {
			return fmt.Errorf("dag/import: pin %s: %s", line.Root.Cid["/"], line.Root.PinErrorMsg)
		}
	}
}

func kuboIsPinned(ctx context.Context, client *http.Client, base *url.URL, root cid.Cid) (bool, error) {
	u := base.JoinPath("api", "v0", "pin", "ls")
	u.RawQuery = url.Values{"arg": {root.String()}, "type": {"recursive"}}.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), nil)
	if err != nil {
		return false, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return false, fmt.Errorf("pin/ls: %w", err)
	}
	defer resp.Body.Close()
	var body struct {
		Keys    map[string]struct{ Type string }
		Message string
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&body); err != nil {
		return false, fmt.Errorf("pin/ls: read answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		if strings.Contains(body.Message, "not pinned") {
			return false, nil
		}
		return false, fmt.Errorf("pin/ls: %s: %s", resp.Status, body.Message)
	}
	for k, v := range body.Keys {
		if c, err := cid.Decode(k); err == nil && c.Hash().HexString() == root.Hash().HexString() && v.Type == "recursive" {
			return true, nil
		}
	}
	return false, nil
}

func kuboError(doing string, resp *http.Response) error {
	var body struct{ Message string }
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if json.Unmarshal(raw, &body) == nil && body.Message != "" {
		return fmt.Errorf("%s: %s: %s", doing, resp.Status, body.Message)
	}
	return fmt.Errorf("%s: %s: %s", doing, resp.Status, strings.TrimSpace(string(raw)))
}
