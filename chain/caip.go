package chain

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// ErrMalformedID is wrapped by every CAIP parse error, so callers can tell bad
// input from other failures.
var ErrMalformedID = errors.New("malformed CAIP identifier")

// Syntax of CAIP-2, CAIP-10 and CAIP-19 as their specifications give it.
var (
	caipNamespace     = regexp.MustCompile(`^[-a-z0-9]{3,8}$`)
	caipReference     = regexp.MustCompile(`^[-_a-zA-Z0-9]{1,32}$`)
	caipAccount       = regexp.MustCompile(`^[-.%a-zA-Z0-9]{1,128}$`)
	caipAssetRef      = regexp.MustCompile(`^[-.%a-zA-Z0-9]{1,128}$`)
	caipTokenID       = regexp.MustCompile(`^[-.%a-zA-Z0-9]{1,78}$`)
	eip155Reference   = regexp.MustCompile(`^[1-9][0-9]{0,19}$`)
	decimalTokenID    = regexp.MustCompile(`^(0|[1-9][0-9]{0,77})$`)
	maxUint256        = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	eip155AssetTokens = map[string]bool{"erc20": false, "erc721": true, "erc1155": true, "slip44": false}
)

// ChainID is a CAIP-2 blockchain id, such as eip155:1337.
type ChainID struct {
	Namespace string
	Reference string
}

// EIP155 returns the CAIP-2 id of an EVM chain.
func EIP155(chainID uint64) ChainID {
	return ChainID{Namespace: "eip155", Reference: strconv.FormatUint(chainID, 10)}
}

// ParseChainID parses and validates a CAIP-2 chain id. For eip155 it also
// checks that the reference is a decimal chain id.
func ParseChainID(s string) (ChainID, error) {
	ns, ref, ok := strings.Cut(s, ":")
	if !ok {
		return ChainID{}, fmt.Errorf("%w: chain id %q: want namespace:reference, e.g. eip155:1337", ErrMalformedID, s)
	}
	c := ChainID{Namespace: ns, Reference: ref}
	if err := c.validate(); err != nil {
		return ChainID{}, fmt.Errorf("%w: chain id %q: %s", ErrMalformedID, s, err)
	}
	return c, nil
}

func (c ChainID) validate() error {
	if !caipNamespace.MatchString(c.Namespace) {
		return fmt.Errorf("namespace %q must be 3-8 of [-a-z0-9]", c.Namespace)
	}
	if !caipReference.MatchString(c.Reference) {
		return fmt.Errorf("reference %q must be 1-32 of [-_a-zA-Z0-9]", c.Reference)
	}
	if c.Namespace == "eip155" {
		if !eip155Reference.MatchString(c.Reference) {
			return fmt.Errorf("eip155 reference %q must be a decimal chain id without leading zeros", c.Reference)
		}
		if _, err := strconv.ParseUint(c.Reference, 10, 64); err != nil {
			return fmt.Errorf("eip155 reference %q does not fit in 64 bits", c.Reference)
		}
	}
	return nil
}

// String formats the id as CAIP-2.
func (c ChainID) String() string { return c.Namespace + ":" + c.Reference }

// EVMChainID returns the numeric chain id of an eip155 chain.
func (c ChainID) EVMChainID() (uint64, error) {
	if c.Namespace != "eip155" {
		return 0, fmt.Errorf("chain %s is not an EVM (eip155) chain", c)
	}
	return strconv.ParseUint(c.Reference, 10, 64)
}

// AccountID is a CAIP-10 account id, such as eip155:1337:0xAb5801a7….
type AccountID struct {
	Chain   ChainID
	Address string
}

// EIP155Account returns the CAIP-10 id of an EVM account, checksummed.
func EIP155Account(chainID uint64, addr common.Address) AccountID {
	return AccountID{Chain: EIP155(chainID), Address: addr.Hex()}
}

// ParseAccountID parses and validates a CAIP-10 account id. For eip155 the
// address must be 20 bytes of hex and, when it mixes cases, carry a valid
// EIP-55 checksum.
func ParseAccountID(s string) (AccountID, error) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return AccountID{}, fmt.Errorf("%w: account id %q: want namespace:reference:address, e.g. eip155:1337:0xAb58…", ErrMalformedID, s)
	}
	chain, err := ParseChainID(s[:i])
	if err != nil {
		return AccountID{}, fmt.Errorf("account id %q: %w", s, err)
	}
	a := AccountID{Chain: chain, Address: s[i+1:]}
	if !caipAccount.MatchString(a.Address) {
		return AccountID{}, fmt.Errorf("%w: account id %q: address %q must be 1-128 of [-.%%a-zA-Z0-9]", ErrMalformedID, s, a.Address)
	}
	if chain.Namespace == "eip155" {
		if err := checkEVMAddress(a.Address); err != nil {
			return AccountID{}, fmt.Errorf("%w: account id %q: %s", ErrMalformedID, s, err)
		}
	}
	return a, nil
}

// String formats the id as CAIP-10.
func (a AccountID) String() string { return a.Chain.String() + ":" + a.Address }

// EVMAddress returns the address of an eip155 account.
func (a AccountID) EVMAddress() (common.Address, error) {
	if a.Chain.Namespace != "eip155" {
		return common.Address{}, fmt.Errorf("account %s is not on an EVM (eip155) chain", a)
	}
	if err := checkEVMAddress(a.Address); err != nil {
		return common.Address{}, err
	}
	return common.HexToAddress(a.Address), nil
}

func checkEVMAddress(s string) error {
	if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") {
		return fmt.Errorf("address %q is not 0x followed by 40 hex digits", s)
	}
	body := s[2:]
	if body != strings.ToLower(body) && body != strings.ToUpper(body) {
		if want := common.HexToAddress(s).Hex(); want != s {
			return fmt.Errorf("address %q fails its EIP-55 checksum (did you mean %s?)", s, want)
		}
	}
	return nil
}

// AssetID is a CAIP-19 asset type or asset id, such as
// eip155:1337/erc721:0x06012c8cf97BEaD5deAe237070F9587f8E7A266d/42. TokenID is
// empty for an asset type (a whole contract or currency).
type AssetID struct {
	Chain     ChainID
	Namespace string
	Reference string
	TokenID   string
}

// EIP155Token returns the CAIP-19 id of one token of an EVM token contract;
// standard is erc721 or erc1155.
func EIP155Token(chainID uint64, standard string, contract common.Address, tokenID *big.Int) AssetID {
	return AssetID{Chain: EIP155(chainID), Namespace: standard, Reference: contract.Hex(), TokenID: tokenID.String()}
}

// ParseAssetID parses and validates a CAIP-19 asset type or asset id. For
// eip155 it also checks the asset namespace (erc20, erc721, erc1155, slip44),
// the contract address, and that token ids are decimal uint256 values.
func ParseAssetID(s string) (AssetID, error) {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return AssetID{}, fmt.Errorf("%w: asset id %q: want chain/namespace:reference[/token], e.g. eip155:1337/erc721:0xAb58…/42", ErrMalformedID, s)
	}
	chain, err := ParseChainID(parts[0])
	if err != nil {
		return AssetID{}, fmt.Errorf("asset id %q: %w", s, err)
	}
	ns, ref, ok := strings.Cut(parts[1], ":")
	if !ok {
		return AssetID{}, fmt.Errorf("%w: asset id %q: asset part %q must be namespace:reference", ErrMalformedID, s, parts[1])
	}
	a := AssetID{Chain: chain, Namespace: ns, Reference: ref}
	if len(parts) == 3 {
		if parts[2] == "" {
			return AssetID{}, fmt.Errorf("%w: asset id %q: empty token id after the last /", ErrMalformedID, s)
		}
		a.TokenID = parts[2]
	}
	if err := a.validate(); err != nil {
		return AssetID{}, fmt.Errorf("%w: asset id %q: %s", ErrMalformedID, s, err)
	}
	return a, nil
}

func (a AssetID) validate() error {
	if !caipNamespace.MatchString(a.Namespace) {
		return fmt.Errorf("asset namespace %q must be 3-8 of [-a-z0-9]", a.Namespace)
	}
	if !caipAssetRef.MatchString(a.Reference) {
		return fmt.Errorf("asset reference %q must be 1-128 of [-.%%a-zA-Z0-9]", a.Reference)
	}
	if a.TokenID != "" && !caipTokenID.MatchString(a.TokenID) {
		return fmt.Errorf("token id %q must be 1-78 of [-.%%a-zA-Z0-9]", a.TokenID)
	}
	if a.Chain.Namespace != "eip155" {
		return nil
	}
	hasTokens, known := eip155AssetTokens[a.Namespace]
	if !known {
		return fmt.Errorf("asset namespace %q is not one of erc20, erc721, erc1155, slip44", a.Namespace)
	}
	if a.Namespace == "slip44" {
		if !decimalTokenID.MatchString(a.Reference) {
			return fmt.Errorf("slip44 reference %q must be a decimal coin type", a.Reference)
		}
	} else if err := checkEVMAddress(a.Reference); err != nil {
		return err
	}
	if a.TokenID != "" {
		if !hasTokens {
			return fmt.Errorf("%s assets have no token id, got %q", a.Namespace, a.TokenID)
		}
		n, ok := new(big.Int).SetString(a.TokenID, 10)
		if !decimalTokenID.MatchString(a.TokenID) || !ok || n.Cmp(maxUint256) > 0 {
			return fmt.Errorf("token id %q must be a decimal uint256", a.TokenID)
		}
	}
	return nil
}

// String formats the id as CAIP-19.
func (a AssetID) String() string {
	s := a.Chain.String() + "/" + a.Namespace + ":" + a.Reference
	if a.TokenID != "" {
		s += "/" + a.TokenID
	}
	return s
}

// Token returns the contract address and token id of an eip155 erc721/erc1155
// asset id.
func (a AssetID) Token() (common.Address, *big.Int, error) {
	if a.Chain.Namespace != "eip155" || (a.Namespace != "erc721" && a.Namespace != "erc1155") {
		return common.Address{}, nil, fmt.Errorf("asset %s is not an eip155 erc721 or erc1155 token", a)
	}
	if a.TokenID == "" {
		return common.Address{}, nil, fmt.Errorf("asset %s names a contract, not a token: add /TOKEN_ID", a)
	}
	id, ok := new(big.Int).SetString(a.TokenID, 10)
	if !ok {
		return common.Address{}, nil, fmt.Errorf("asset %s: token id is not decimal", a)
	}
	return common.HexToAddress(a.Reference), id, nil
}
