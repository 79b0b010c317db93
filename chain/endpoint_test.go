package chain_test

import (
	"strings"
	"testing"

	"github.com/mifm/mifm/chain"
)

func TestParseEndpoint(t *testing.T) {
	tests := []struct {
		in, want string // want: "" means accepted
	}{
		{"http://127.0.0.1:8545", ""},
		{"https://rpc.example/v3/abc", ""},
		{"ws://localhost:8546", ""},
		{"wss://user:pw@rpc.example", ""},
		{"127.0.0.1:8545", "did you mean http://127.0.0.1:8545?"},
		{"http//127.0.0.1:8545", "is not a URL"},
		{"ftp://127.0.0.1", `scheme "ftp" not supported`},
		{"http://", "is not a URL"},
		{"", "is not a URL"},
		{"https://user:s3cret@", "…@"},
	}
	for _, tc := range tests {
		_, err := chain.ParseEndpoint(tc.in)
		if tc.want == "" {
			if err != nil {
				t.Errorf("ParseEndpoint(%q) = %v, want accepted", tc.in, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseEndpoint(%q) = %v, want an error containing %q", tc.in, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "s3cret") {
			t.Errorf("ParseEndpoint(%q) error leaks the password: %v", tc.in, err)
		}
	}
}

// FuzzParseEndpoint: --chain and config.toml come from users; what is accepted
// is dialable, and no error repeats a password.
func FuzzParseEndpoint(f *testing.F) {
	for _, s := range []string{"http://127.0.0.1:8545", "wss://u:p@h/x?k=v", "htp:/x", "://", "http://[::1", "embedded"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := chain.ParseEndpoint(s)
		if err != nil {
			if i := strings.Index(s, ":"); i >= 0 {
				if j := strings.LastIndex(s, "@"); j > i+1 && strings.HasPrefix(s[i:], "://") {
					// user:pass@ present: the password must not be echoed.
					if k := strings.Index(s[i+3:j], ":"); k >= 0 {
						pw := s[i+3+k+1 : j]
						if len(pw) >= 6 && strings.Contains(err.Error(), pw) {
							t.Fatalf("error %q repeats password %q", err, pw)
						}
					}
				}
			}
			return
		}
		switch u.Scheme {
		case "http", "https", "ws", "wss":
		default:
			t.Fatalf("accepted scheme %q", u.Scheme)
		}
		if u.Host == "" {
			t.Fatalf("accepted %q without a host", s)
		}
	})
}
