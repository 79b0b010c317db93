package home_test

import (
	"strings"
	"testing"

	"github.com/mifm/mifm/node/home"
)

func TestMaxUpload(t *testing.T) {
	c := home.DefaultConfig()
	if c.Content.UploadLimit() != home.DefaultMaxUpload {
		t.Fatalf("default upload limit %d", c.Content.UploadLimit())
	}
	for _, bad := range []int64{-1, 1023, 1<<40 + 1} {
		c.Content.MaxUpload = bad
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "content.max_upload") {
			t.Errorf("max_upload %d: %v", bad, err)
		}
	}
	c.Content.MaxUpload = 1 << 20
	if err := c.Validate(); err != nil || c.Content.UploadLimit() != 1<<20 {
		t.Fatalf("max_upload 1 MiB: %v, limit %d", err, c.Content.UploadLimit())
	}
}
