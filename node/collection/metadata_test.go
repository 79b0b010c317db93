package collection_test

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/mifm/mifm/node/collection"
)

func TestParseMetadataFixtures(t *testing.T) {
	t.Parallel()
	t.Run("OpenZeppelin's ERC-721 example", func(t *testing.T) {
		m, err := collection.ParseMetadata(fixture(t, "oz-erc721-thors-hammer.json"))
		if err != nil {
			t.Fatal(err)
		}
		if m.Name != "Thor's hammer" || m.Image != "https://game.example/item-id-8u5h2m.png" || string(m.Extra["strength"]) != "20" {
			t.Fatalf("got %+v", m)
		}
		if len(m.Media) != 1 || m.Media[0] != (collection.Media{Field: "image", URI: m.Image, Scheme: "https"}) {
			t.Fatalf("media %+v", m.Media)
		}
	})
	t.Run("EIP-1155's example", func(t *testing.T) {
		m, err := collection.ParseMetadata(fixture(t, "eip1155-example.json"))
		if err != nil {
			t.Fatal(err)
		}
		if m.Image != "https://s3.amazonaws.com/your-bucket/images/{id}.png" || !strings.Contains(string(m.Properties), `"rich_property"`) {
			t.Fatalf("got %+v", m)
		}
		if err := m.ExpandID(big.NewInt(0xab)); err != nil {
			t.Fatal(err)
		}
		if want := "https://s3.amazonaws.com/your-bucket/images/" + fmt.Sprintf("%064x", 0xab) + ".png"; m.Image != want || m.Media[0].URI != want {
			t.Fatalf("image %q, media %+v, want %s", m.Image, m.Media, want)
		}
	})
	t.Run("EIP-1155's localized sample", func(t *testing.T) {
		m, err := collection.ParseMetadata(fixture(t, "eip1155-localized.json"))
		if err != nil {
			t.Fatal(err)
		}
		if m.Name != "Advertising Space" || m.Extra["localization"] == nil || len(m.Media) != 0 {
			t.Fatalf("got %+v", m)
		}
	})
	t.Run("traits", func(t *testing.T) {
		m, err := collection.ParseMetadata(fixture(t, "traits.json"))
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Attributes) != 7 || m.Attributes[2].TraitType != "Length" || string(m.Attributes[2].Value) != "4.2" ||
			m.Attributes[2].DisplayType != "number" || string(m.Attributes[4].Value) != "true" || m.Attributes[6].TraitType != "" {
			t.Fatalf("attributes %+v", m.Attributes)
		}
		if len(m.Media) != 2 || m.Media[1].Field != "animation_url" || m.Media[1].Scheme != "ipfs" {
			t.Fatalf("media %+v", m.Media)
		}
		if m.ExternalURL != "https://harbour.example/items/7" || string(m.Extra["background_color"]) != `"1e6fb5"` {
			t.Fatalf("got %+v", m)
		}
	})
}

func TestParseMetadataRefuses(t *testing.T) {
	t.Parallel()
	attrs := func(n int) string {
		return `{"name":"x","attributes":[` + strings.TrimSuffix(strings.Repeat(`{"value":1},`, n), ",") + `]}`
	}
	tests := []struct {
		name, json, contains string
	}{
		{"empty", ``, "empty"},
		{"an array", `[{"name":"x"}]`, "not a JSON object"},
		{"a string", `"x"`, "not a JSON object"},
		{"a byte-order mark", "\ufeff{\"name\":\"x\"}", "byte-order mark"},
		{"Latin-1", "{\"name\":\"caf\xe9\"}", "not UTF-8"},
		{"two objects", `{"name":"x"}{"name":"y"}`, "more after the object"},
		{"trailing garbage", `{"name":"x"} x`, "more after the object"},
		{"a member twice", `{"name":"x","name":"y"}`, `"name" appears twice`},
		{"a member twice, deeper", `{"properties":{"a":1,"b":{"c":1,"c":2}}}`, `"c" appears twice`},
		{"nested too deep", `{"x":` + strings.Repeat("[", collection.MaxDepth) + strings.Repeat("]", collection.MaxDepth) + `}`, "deeper than 32"},
		{"a name that is a number", `{"name":7}`, `"name" is not a string`},
		{"a name too long", `{"name":"` + strings.Repeat("n", collection.MaxNameBytes+1) + `"}`, `"name" is 1025 bytes`},
		{"a description too long", `{"description":"` + strings.Repeat("d", collection.MaxDescriptionBytes+1) + `"}`, "more than 65536"},
		{"attributes as an object", `{"attributes":{"trait_type":"Base","value":"Starfish"}}`, "not an array"},
		{"an attribute that is a string", `{"attributes":["Starfish"]}`, "entry 0 is not an object"},
		{"a trait_type that is a number", `{"attributes":[{"trait_type":1,"value":1}]}`, "trait_type is not a string"},
		{"an attribute value too big", `{"attributes":[{"value":"` + strings.Repeat("v", collection.MaxAttributeValueBytes) + `"}]}`, "value is 4098 bytes"},
		{"too many attributes", attrs(collection.MaxAttributes + 1), "1001 entries"},
		{"properties that are a list", `{"properties":[1]}`, `"properties" is not an object`},
		{"a javascript: image", `{"name":"x","image":"javascript:alert(1)"}`, "javascript: is not a scheme"},
		{"a file: animation", `{"name":"x","animation_url":"file:///home/me/a.glb"}`, "file: is not a scheme"},
		{"a relative image", `{"name":"x","image":"images/1.png"}`, "relative"},
		{"an image CID that is not one", `{"name":"x","image":"ipfs://QmNotACid/1.png"}`, "not a CID"},
		{"a broken data: image", `{"name":"x","image":"data:image/png;base64,@@@"}`, "base64"},
		{"an https image without host", `{"name":"x","image":"https:///1.png"}`, "no host"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := collection.ParseMetadata([]byte(tc.json))
			wantErr(t, err, collection.ErrBadMetadata, tc.contains)
		})
	}
	if _, err := collection.ParseMetadata([]byte(attrs(collection.MaxAttributes))); err != nil {
		t.Fatalf("%d attributes refused: %v", collection.MaxAttributes, err)
	}
	big := []byte(`{"name":"` + strings.Repeat("x", collection.MaxMetadataBytes) + `"}`)
	wantErr(t, func() error { _, err := collection.ParseMetadata(big); return err }(), collection.ErrTooLarge, "more than 262144")
}

func TestParseMetadataTakesNullAsAbsent(t *testing.T) {
	t.Parallel()
	m, err := collection.ParseMetadata([]byte(`{"name":"x","image":null,"attributes":null,"properties":null,"description": null}`))
	if err != nil {
		t.Fatal(err)
	}
	if m.Image != "" || m.Attributes != nil || m.Properties != nil || len(m.Media) != 0 || len(m.Extra) != 0 {
		t.Fatalf("got %+v", m)
	}
}

func TestParseMetadataNamesTheSameBadMemberEveryTime(t *testing.T) {
	t.Parallel()
	bad := []byte(`{"name":1,"image":"file:///x","description":2,"attributes":{},"properties":[]}`)
	_, first := collection.ParseMetadata(bad)
	for range 50 {
		if _, err := collection.ParseMetadata(bad); err == nil || err.Error() != first.Error() {
			t.Fatalf("refused for %v, then for %v", first, err)
		}
	}
}
