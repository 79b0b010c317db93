package api

import "github.com/mifm/mifm/node/transfer"

// The transfer service's wire types.
type (
	Transfer = transfer.Record
	Quote    = transfer.Quote
	Swap     = transfer.Swap
	// PreparedTransfer is a transfer for the user's own wallet to sign:
	// the consent's EIP-712 typed data and the unsigned lock.
	PreparedTransfer = transfer.PreparedTransfer
	// TransferSignatures are what the user's wallet gives back.
	TransferSignatures = transfer.Signatures
)

// SecondDeviceRequest is the body of PUT /ri/v1/wallets/{address}/second-device:
// the device's address, or the zero address to remove it.
type SecondDeviceRequest struct {
	Device string `json:"device"`
}

// TransferRequest is the body of POST /ri/v1/transfers.
type TransferRequest struct {
	// Asset is a CAIP-19 token (erc721, erc1155) or currency (erc20).
	Asset  string `json:"asset"`
	Amount string `json:"amount,omitempty"`
	// From is the depositor's address, a keystore account; the token's
	// owner when left out.
	From       string `json:"from,omitempty"`
	ToPlatform string `json:"toPlatform"`
	To         string `json:"to"`
	// Deadline is a Go duration (10m, 1h), at most 720h.
	Deadline   string   `json:"deadline"`
	Rights     []string `json:"rights,omitempty"`
	Visibility string   `json:"visibility,omitempty"`
	// IdempotencyKey, when set, makes the request happen once however
	// often it is sent (RI: the Idempotency-Key header; node/idempotency).
	IdempotencyKey string `json:"-"`
}

// ExchangeRequest is a quote or swap: pay Amount of Pay (this platform's
// currency) for the peer's Get; Taker is the paying wallet.
type ExchangeRequest struct {
	Pay    string `json:"pay"`
	Get    string `json:"get"`
	Amount string `json:"amount"`
	Taker  string `json:"taker,omitempty"`
	// IdempotencyKey: as TransferRequest's (a swap; a quote moves
	// nothing and takes none).
	IdempotencyKey string `json:"-"`
}
