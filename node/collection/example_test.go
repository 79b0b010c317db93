package collection_test

import (
	"context"
	"fmt"

	"github.com/mifm/mifm/node/collection"
)

// Metadata an on-chain collection keeps in the token URI itself.
func ExampleFetchMetadata() {
	uri := `data:application/json;utf8,{"name":"Harbour Skiff #7","image":"ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"}`
	m, err := collection.FetchMetadata(context.Background(), uri, collection.Fetchers{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Name)
	fmt.Println(m.CID)
	for _, media := range m.Media {
		fmt.Println(media.Field, media.Scheme)
	}
	// Output:
	// Harbour Skiff #7
	// bafkreic6rv5fjdt33cwdnlnslseqk47ls76uujiijs6f3au3u6ytzvlmv4
	// image ipfs
}
