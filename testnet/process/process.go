// Package process runs the real external engines the tests compare with or
// talk to (geth --dev, Kubo's daemon) as child processes that are stopped by
// PID when the test ends, whatever its outcome.
package process

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Start starts cmd with its output in a log file under dir, and registers a
// cleanup that stops it (SIGTERM, then SIGKILL after 15 s) and prints the log
// if the test failed. It returns the log's path.
func Start(t testing.TB, cmd *exec.Cmd, dir string) string {
	t.Helper()
	logPath := filepath.Join(dir, filepath.Base(cmd.Path)+".log")
	logf, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		t.Fatalf("start %s: %v", cmd.Path, err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
		logf.Close()
		if t.Failed() {
			if b, err := os.ReadFile(logPath); err == nil {
				t.Logf("%s log (pid %d):\n%s", filepath.Base(cmd.Path), cmd.Process.Pid, b)
			}
		}
	})
	return logPath
}
