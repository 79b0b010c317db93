package collection_test

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mifm/mifm/node/collection"
)

// A platform's "collections" policy: one listed collection, pinned to its
// code, and metadata only from IPFS or the chain itself.
func ExampleParsePolicy() {
	p, err := collection.ParsePolicy([]byte(`{
	  "version": 1,
	  "allow": [{"chain": "eip155:1", "contract": "0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D",
	             "codeHash": "0x1e2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708"}],
	  "metadataSchemes": ["ipfs", "data"]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	// What Inspect and FetchMetadata would have read from a token of
	// another collection.
	tok := &collection.Token{Chain: "eip155:1", Standard: collection.ERC721, Contract: common.HexToAddress("0x60E4d786628Fea6478F785A6d7e704777c86a7c6"), TokenID: "1"}
	ok, reason := p.Admit(tok, &collection.Metadata{Name: "#1"})
	fmt.Println(ok, reason)

	_, err = collection.ParsePolicy([]byte(`{"version": 1, "metadataSchemes": ["IPFS"]}`))
	fmt.Println(err)
	// Output:
	// false collection 0x60E4d786628Fea6478F785A6d7e704777c86a7c6 on eip155:1 is not in the platform's allow-list
	// invalid collections policy: metadataSchemes[0] "IPFS" is not one of [ipfs data https http] (write "ipfs")
}

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
