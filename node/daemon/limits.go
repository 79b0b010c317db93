package daemon

import (
	"log/slog"
	"maps"
	"net"
	"net/http"
	"net/netip"
	"slices"
	"strconv"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"
)

// maxLimiters bounds each limiter table: a flood from spoofed DIDs or many
// addresses evicts the least recently seen, it does not grow memory.
const maxLimiters = 10000

// limiters hands out a token bucket per key (a client IP, a sender DID).
type limiters struct {
	limit rate.Limit
	burst int

	mu sync.Mutex
	m  *lru.Cache[string, *rate.Limiter]
}

func newLimiters(perSecond float64, burst, size int) *limiters {
	m, _ := lru.New[string, *rate.Limiter](size) // errs only for size <= 0
	return &limiters{limit: rate.Limit(perSecond), burst: burst, m: m}
}

// allow takes a token for key, or says how long until one is there.
func (l *limiters) allow(key string, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	lim, ok := l.m.Get(key)
	if !ok {
		lim = rate.NewLimiter(l.limit, l.burst)
		l.m.Add(key, lim)
	}
	l.mu.Unlock()
	r := lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

func (l *limiters) len() int { return l.m.Len() }

// setRetryAfter tells a refused client when to come back: wait rounded up
// to whole seconds, at least one, which it returns for the problem's text.
func setRetryAfter(w http.ResponseWriter, wait time.Duration) int {
	secs := max(int(wait.Seconds()+0.999), 1)
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	return secs
}

// clientIP is the address of the peer's end of the connection, an IPv6
// one cut to its /64: one host is usually given a whole /64, and keyed by
// full address it could spread its requests over 2^64 buckets. Headers
// such as X-Forwarded-For are the client's to write and are not trusted.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	if ip = ip.Unmap().WithZone(""); ip.Is6() {
		return netip.PrefixFrom(ip, 64).Masked().String()
	}
	return ip.String()
}

// refusals counts RE requests refused before an operation ran and logs the
// counts once per period: strangers choose how many there are, so each
// gets neither an audit entry nor a log line of its own.
type refusals struct {
	log   *slog.Logger
	every time.Duration

	mu     sync.Mutex
	since  time.Time
	counts map[string]int
}

func (f *refusals) add(code string, now time.Time) {
	f.mu.Lock()
	if f.counts == nil {
		f.counts, f.since = map[string]int{}, now
	}
	f.counts[code]++ // codes are the node's own, a small fixed set
	if now.Sub(f.since) < f.every {
		f.mu.Unlock()
		return
	}
	counts, since := f.counts, f.since
	f.counts, f.since = map[string]int{}, now
	f.mu.Unlock()
	total, attrs := 0, make([]any, 0, 2*len(counts)+4)
	for _, code := range slicesSorted(counts) {
		attrs = append(attrs, code, counts[code])
		total += counts[code]
	}
	attrs = append(attrs, "total", total, "since", since.UTC().Format(time.RFC3339))
	f.log.Warn("RE requests refused", attrs...)
}

func slicesSorted(m map[string]int) []string {
	return slices.Sorted(maps.Keys(m))
}
