package explorer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// DefaultChromium is Debian's Chromium (apt-get install chromium).
const DefaultChromium = "/usr/bin/chromium"

// ErrNoChromium says no browser is there to print a PDF with.
var ErrNoChromium = errors.New("no Chromium to print the PDF with: install Debian's chromium (apt-get install chromium) or name the executable in MIFM_CHROMIUM")

// WritePDF prints a report to a PDF file with headless Chromium, the same
// HTML WriteHTML writes, laid out by the browser an auditor would use.
// chromium is the executable ("" for DefaultChromium). The page's scripts
// do not verify anything while it is printed: the PDF is for reading; the
// proofs are checked from the HTML or JSON.
func (e *Explorer) WritePDF(ctx context.Context, r *Report, chromium, out string) error {
	if chromium == "" {
		chromium = DefaultChromium
	}
	if _, err := exec.LookPath(chromium); err != nil {
		return fmt.Errorf("%w (%s: %v)", ErrNoChromium, chromium, err)
	}
	dir, err := os.MkdirTemp("", "mifm-report-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	page := filepath.Join(dir, "report.html")
	var buf bytes.Buffer
	if err := e.WriteHTML(&buf, r); err != nil {
		return err
	}
	if err := os.WriteFile(page, buf.Bytes(), 0o600); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	args := []string{"--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--user-data-dir=" + filepath.Join(dir, "profile"), "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + page}
	if os.Geteuid() == 0 {
		// Chromium refuses to start its sandbox as root.
		args = append([]string{"--no-sandbox"}, args...)
	}
	cmd := exec.CommandContext(ctx, chromium, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("print the report with %s: %v: %s", chromium, err, lastLine(stderr.String()))
	}
	if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
		return fmt.Errorf("print the report with %s: no PDF written: %s", chromium, lastLine(stderr.String()))
	}
	return nil
}

func lastLine(s string) string {
	s = string(bytes.TrimSpace([]byte(s)))
	if i := bytes.LastIndexByte([]byte(s), '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}
