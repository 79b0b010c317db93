// Command mkreport turns the rows of the side-by-side scripts (bench/lib.sh
// describes them) into bench/report.md and bench/report.json, with the date,
// the commit and the machine they were measured on. bench/report.sh runs it.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Row is one measure of mifm beside its peer.
type Row struct {
	Measure  string  `json:"measure"`
	Mifm     float64 `json:"mifm"`
	PeerName string  `json:"peerName"`
	Peer     float64 `json:"peer"`
	// Ratio is Mifm / Peer.
	Ratio float64 `json:"ratio"`
	Unit  string  `json:"unit"`
	// Better is "higher" or "lower": which way of Ratio favours mifm.
	Better string `json:"better"`
}

// Machine is what the figures were measured on.
type Machine struct {
	Cores     int     `json:"cores"`
	MemoryGiB float64 `json:"memoryGiB"`
	CPU       string  `json:"cpu,omitempty"`
	OS        string  `json:"os"`
	Go        string  `json:"go"`
	Node      string  `json:"node,omitempty"`
}

// Report is bench/report.json.
type Report struct {
	Date    string  `json:"date"`
	Commit  string  `json:"commit"`
	Machine Machine `json:"machine"`
	Rows    []Row   `json:"rows"`
}

func main() {
	in := flag.String("in", "", "rows, tab-separated (bench/lib.sh)")
	md := flag.String("md", "bench/report.md", "Markdown table to write")
	js := flag.String("json", "bench/report.json", "JSON file to write")
	commit := flag.String("commit", "", "commit measured")
	node := flag.String("node", "", "Node.js version of the npm peers")
	flag.Parse()
	if err := run(*in, *md, *js, *commit, *node); err != nil {
		fmt.Fprintln(os.Stderr, "mkreport:", err)
		os.Exit(1)
	}
}

func run(in, mdPath, jsonPath, commit, node string) error {
	if in == "" || commit == "" {
		return errors.New("want -in ROWS and -commit HASH")
	}
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	rows, err := readRows(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	r := Report{Date: time.Now().UTC().Format(time.DateOnly), Commit: commit, Machine: machine(node), Rows: rows}
	out, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(jsonPath, append(out, '\n'), 0o644); err != nil {
		return err
	}
	return os.WriteFile(mdPath, []byte(markdown(r)), 0o644)
}

func readRows(r io.Reader) ([]Row, error) {
	var rows []Row
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("line %d: %d fields, want 6", n, len(f))
		}
		mifm, err1 := strconv.ParseFloat(f[1], 64)
		peer, err2 := strconv.ParseFloat(f[3], 64)
		if err := errors.Join(err1, err2); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if peer <= 0 || (f[5] != "higher" && f[5] != "lower") {
			return nil, fmt.Errorf("line %d: peer %v, better %q", n, peer, f[5])
		}
		rows = append(rows, Row{Measure: f[0], Mifm: mifm, PeerName: f[2], Peer: peer, Ratio: round(mifm/peer, 3), Unit: f[4], Better: f[5]})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, errors.New("no rows")
	}
	return rows, nil
}

func round(v float64, digits int) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', digits, 64), 64)
	return f
}

func markdown(r Report) string {
	var b strings.Builder
	m := r.Machine
	fmt.Fprintf(&b, "Measured %s on commit %s: %d cores", r.Date, r.Commit, m.Cores)
	if m.CPU != "" {
		fmt.Fprintf(&b, " (%s)", m.CPU)
	}
	fmt.Fprintf(&b, ", %.1f GiB of memory, %s, %s", m.MemoryGiB, m.OS, m.Go)
	if m.Node != "" {
		fmt.Fprintf(&b, ", Node.js %s", m.Node)
	}
	b.WriteString(".\n\n")
	b.WriteString("| measure | mifm | peer | peer's figure | mifm / peer | unit |\n")
	b.WriteString("|---|---:|---|---:|---:|---|\n")
	for _, row := range r.Rows {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %.2f | %s, %s is better |\n", row.Measure, num(row.Mifm), row.PeerName, num(row.Peer), row.Ratio, row.Unit, row.Better)
	}
	return b.String()
}

func num(v float64) string {
	if v == float64(int64(v)) {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', 1, 64)
}

// machine reads the cores, memory and CPU model from Linux's /proc; elsewhere
// only the cores.
func machine(node string) Machine {
	m := Machine{Cores: runtime.NumCPU(), OS: runtime.GOOS + "/" + runtime.GOARCH, Go: runtime.Version(), Node: node}
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "MemTotal:" {
				kib, _ := strconv.ParseFloat(f[1], 64)
				m.MemoryGiB = round(kib/(1<<20), 1)
			}
		}
	}
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	return m
}
