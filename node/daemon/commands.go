package daemon

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strconv"

	"github.com/mifm/mifm/node/home"
	"github.com/mifm/mifm/node/ipfs"
	"github.com/mifm/mifm/node/re"
)

// CommandRequest is a CLI invocation a client hands the daemon that holds
// its home's stores (POST /ri/v1/commands), as Kubo's CLI hands commands
// to its daemon: the same command code runs, so the output is the same.
type CommandRequest struct {
	// Args are the command line without the program name.
	Args []string `json:"args"`
	// Dir is the client's working folder, for relative paths in Args.
	Dir string `json:"dir"`
}

// Host is what a command run inside the daemon shares with it.
type Host struct {
	Home       *home.Home
	Content    *ipfs.Store
	Passphrase string
}

// CommandRunner runs a CLI invocation inside the daemon, writing its output
// to stdout and stderr, and returns its exit code. The cli package provides
// it (the daemon cannot import the CLI).
type CommandRunner func(ctx context.Context, req CommandRequest, host Host, stdout, stderr io.Writer) int

// Trailers of a command's answer: its exit code and its stderr (base64).
const (
	ExitCodeTrailer = "Mifm-Exit-Code"
	StderrTrailer   = "Mifm-Stderr"
)

// serveCommand streams the command's stdout as the body and sends its exit
// code and stderr as trailers. Commands read and write the daemon's files,
// so only loopback clients may send them.
func (s *Server) serveCommand(w http.ResponseWriter, r *http.Request) {
	host, _, _ := net.SplitHostPort(r.RemoteAddr)
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		re.WriteProblem(w, r, re.NewProblem(http.StatusForbidden, re.CodeUnauthorized, "commands are taken from loopback clients only"))
		return
	}
	if s.commands == nil {
		re.WriteProblem(w, r, re.NewProblem(http.StatusNotImplemented, re.CodeNotFound, "this node runs no CLI commands"))
		return
	}
	var req CommandRequest
	dec := json.NewDecoder(io.LimitReader(r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil || len(req.Args) == 0 {
		re.WriteProblem(w, r, re.NewProblem(http.StatusBadRequest, re.CodeBadRequest, "want {\"args\": [...], \"dir\": \"...\"}"))
		return
	}
	w.Header().Set("Trailer", ExitCodeTrailer+", "+StderrTrailer)
	w.Header().Set("Content-Type", "application/octet-stream")
	w.WriteHeader(http.StatusOK)
	var stderr limitedBuffer
	code := s.commands(r.Context(), req, s.host, flushWriter{w}, &stderr)
	w.Header().Set(ExitCodeTrailer, strconv.Itoa(code))
	w.Header().Set(StderrTrailer, base64.StdEncoding.EncodeToString(stderr.b))
}

// flushWriter sends each write to the client at once (progress, long cats).
type flushWriter struct{ w http.ResponseWriter }

func (f flushWriter) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if fl, ok := f.w.(http.Flusher); ok {
		fl.Flush()
	}
	return n, err
}

// limitedBuffer keeps the first 256 KiB of a command's stderr.
type limitedBuffer struct{ b []byte }

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := 256<<10 - len(l.b); room > 0 {
		l.b = append(l.b, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

// RunCommand hands a CLI invocation to the daemon and copies its output to
// stdout and stderr; it returns the command's exit code.
func (c *Client) RunCommand(ctx context.Context, req CommandRequest, stdout, stderr io.Writer) (int, error) {
	body, _ := json.Marshal(req)
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Info.RI+"/ri/v1/commands", bytes.NewReader(body))
	if err != nil {
		return 1, err
	}
	hr.Header.Set("Authorization", "Bearer "+c.token)
	hr.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(hr)
	if err != nil {
		return 1, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 1, re.DecodeAnswer(resp, nil)
	}
	if _, err := io.Copy(stdout, resp.Body); err != nil {
		return 1, err
	}
	if e, err := base64.StdEncoding.DecodeString(resp.Trailer.Get(StderrTrailer)); err == nil {
		_, _ = stderr.Write(e)
	}
	code, err := strconv.Atoi(resp.Trailer.Get(ExitCodeTrailer))
	if err != nil {
		return 1, err
	}
	return code, nil
}
