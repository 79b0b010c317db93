package daemon

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/mifm/mifm/node/home"
)

// ServerTimeouts bound every phase of a connection to one of the node's
// servers, so a client that sends or reads slowly (slow loris) or keeps a
// connection idle holds it for a bounded time.
type ServerTimeouts struct {
	// ReadHeader bounds the request's headers, Read the whole request,
	// Write the answer (from the end of the headers), Idle a kept-alive
	// connection between requests.
	ReadHeader, Read, Write, Idle time.Duration
	// MaxHeaderBytes caps a request's headers.
	MaxHeaderBytes int
}

// serverTimeouts are the RI server's (api "ri": its operations wait for
// peers and the chain) or the RE server's (api "re": a peer fetches a whole
// DAG from the gateway within its fetch timeout, and an offer's answer may
// wait for one).
func serverTimeouts(api string, n home.NetConfig) ServerTimeouts {
	t := ServerTimeouts{ReadHeader: 10 * time.Second, Read: time.Minute, Idle: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	switch api {
	case apiRE:
		t.Write = n.FetchTimeoutDuration() + n.PeerTimeoutDuration()
	default:
		t.Write = 10 * time.Minute
	}
	if t.Write <= 0 {
		t.Write = 10 * time.Minute
	}
	return t
}

// newHTTPServer serves h with the timeouts t.
func newHTTPServer(h http.Handler, t ServerTimeouts, log *slog.Logger) *http.Server {
	s := &http.Server{
		Handler: h, ReadHeaderTimeout: t.ReadHeader, ReadTimeout: t.Read, WriteTimeout: t.Write,
		IdleTimeout: t.Idle, MaxHeaderBytes: t.MaxHeaderBytes,
	}
	if log != nil {
		s.ErrorLog = slog.NewLogLogger(log.Handler(), slog.LevelWarn)
	}
	return s
}

// allowUpload lifts the RI server's read timeout for a request whose body
// may be as large as limit: a minute, and a second more per MiB allowed,
// so 1 GiB may take 17 minutes and a stalled client is still cut off.
func allowUpload(w http.ResponseWriter, limit int64) {
	d := time.Minute + time.Duration(limit>>20)*time.Second
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(d))
}

// maxUploads is how many uploads the RI server takes at once: each may
// hold its limit of temporary disk (1 GiB by default) and, a batch, 2,000
// open files. More wait their turn.
const maxUploads = 4

// uploadSlot waits for a turn to upload; release ends it. ok is false when
// the client went away while waiting.
func (s *Server) uploadSlot(r *http.Request) (release func(), ok bool) {
	select {
	case s.uploads <- struct{}{}:
		return func() { <-s.uploads }, true
	case <-r.Context().Done():
		return nil, false
	}
}
