package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	ucli "github.com/urfave/cli/v2"

	"github.com/mifm/mifm/node/api"
	"github.com/mifm/mifm/node/asset"
)

func assetCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "asset",
		Usage: "tokenize platform assets as ERC-721/1155 tokens (FGMV-43 ASTKF), move them to other platforms (ASTF) and trace their provenance",
		Subcommands: []*ucli.Command{
			assetMintCommand(env),
			assetMintBatchCommand(env),
			assetShowCommand(env),
			assetListCommand(env),
			assetTransferCommand(env),
			assetHistoryCommand(env),
		},
	}
}

func assetMintCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "mint",
		Usage: "store an asset's files and metadata in IPFS and mint its token for the home's platform",
		Description: "The token id is keccak256(platform id, local asset id): minting the same asset again returns the\n" +
			"existing token and sends nothing. On the embedded chain the first mint deploys the contracts,\n" +
			"registers the platform and grants its key minting as needed.",
		Flags: []ucli.Flag{
			&ucli.StringSliceFlag{Name: "file", Usage: "a content `FILE` of the asset (repeat for several; the first model or video is animation_url, the first image is image)"},
			&ucli.StringFlag{Name: "name", Usage: "the asset's `NAME`"},
			&ucli.StringFlag{Name: "description", Usage: "what the asset is"},
			&ucli.StringSliceFlag{Name: "attr", Usage: "an attribute `KEY=VALUE` (repeat for several)"},
			&ucli.StringFlag{Name: "license", Usage: "licence of the content: an SPDX id or a URL"},
			&ucli.StringFlag{Name: "usage", Usage: "usage rights granted to holders (COIR-103)"},
			&ucli.StringFlag{Name: "creator", Usage: "who made the asset: a DID, an address or a name"},
			&ucli.StringFlag{Name: "standard", Value: "erc721", Usage: "erc721 (unique) or erc1155 (editions)"},
			&ucli.StringFlag{Name: "amount", Value: "1", Usage: "editions to mint (erc1155)"},
			&ucli.StringFlag{Name: "to", Usage: "recipient `ADDRESS` (0x… or CAIP-10); default: the platform key"},
			&ucli.IntFlag{Name: "royalty-bps", Usage: "ERC-2981 royalty in basis points (250 = 2.5%)"},
			&ucli.StringFlag{Name: "royalty-to", Usage: "royalty receiver `ADDRESS`; default: the platform's default receiver"},
			&ucli.StringFlag{Name: "local-id", Usage: "the platform's own `ID` for the asset; default: the content's CIDs"},
			idempotencyKeyFlag(),
		},
		Action: func(c *ucli.Context) error {
			req, err := mintRequest(c)
			if err != nil {
				return err
			}
			defer closeFiles(req.Files)
			return once(c, env, func(n api.Node, key string) error {
				if err := rewind(req.Files); err != nil {
					return err
				}
				req.IdempotencyKey = key
				res, err := n.AssetMint(c.Context, req)
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(res, func(w io.Writer) {
					if res.Replayed {
						fmt.Fprintf(w, "note         %s\n", replayedNote)
					}
					for _, p := range res.Prepared {
						fmt.Fprintf(w, "prepared     %s\n", p)
					}
					if res.Existing {
						fmt.Fprintf(w, "already a token: nothing was sent\n")
					}
					fmt.Fprintf(w, "asset        %s\n", res.Asset)
					fmt.Fprintf(w, "tx           %s (block %d, %d gas)\n", res.Tx.Hex(), res.Block, res.GasUsed)
					fmt.Fprintf(w, "metadata     %s\n", res.MetadataCID)
					for i, cid := range res.ContentCIDs {
						name := ""
						if i < len(req.Files) {
							name = req.Files[i].Name
						}
						fmt.Fprintf(w, "content      %s  %s\n", cid, name)
					}
					fmt.Fprintf(w, "local id     %s\n", res.LocalAssetID)
					fmt.Fprintf(w, "platform     %s\n", res.Platform)
					fmt.Fprintf(w, "to           %s (%s %s)\n", res.To.Hex(), res.Amount, res.Standard)
					if res.Note != "" {
						fmt.Fprintf(w, "note         %s\n", res.Note)
					}
				})
			})
		},
	}
}

func assetMintBatchCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "mint-batch",
		Usage: "tokenize the assets a manifest lists in one transaction, their metadata in one IPFS directory",
		Description: "The manifest is JSON: {\"assets\": [{\"localId\": \"arrow-1\", \"name\": \"Arrow\", \"files\": [\"arrow.glb\"],\n" +
			"\"description\": …, \"attributes\": [{\"trait_type\": \"damage\", \"value\": \"4\"}], \"license\": …, \"usage\": …,\n" +
			"\"creator\": …, \"amount\": \"10\"}]}, file paths relative to the manifest. Assets that are tokens already\n" +
			"are reported and left out; the others share one recipient, standard and royalty.",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "manifest", Usage: "the batch's manifest `FILE` (JSON)"},
			&ucli.StringFlag{Name: "standard", Value: "erc721", Usage: "erc721 (unique) or erc1155 (editions)"},
			&ucli.StringFlag{Name: "to", Usage: "recipient `ADDRESS` (0x… or CAIP-10); default: the platform key"},
			&ucli.IntFlag{Name: "royalty-bps", Usage: "ERC-2981 royalty in basis points, for every token of the batch"},
			&ucli.StringFlag{Name: "royalty-to", Usage: "royalty receiver `ADDRESS`; default: the platform's default receiver"},
		},
		Action: func(c *ucli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("mint-batch takes flags only, got %q: give the manifest with --manifest", c.Args().First())
			}
			path := c.String("manifest")
			if path == "" {
				return errors.New("no --manifest: give the batch's JSON manifest, e.g. --manifest assets.json")
			}
			path = envOf(c).path(path)
			data, err := os.ReadFile(path)
			if err != nil {
				return fmt.Errorf("--manifest: %w", err)
			}
			// The names stay as the manifest gives them: they name the
			// files to the node; here they are opened beside the manifest.
			m, err := asset.ParseManifest(data, "")
			if err != nil {
				return err
			}
			req := api.MintBatchRequest{Manifest: api.BatchManifest{
				Standard: c.String("standard"), To: c.String("to"), RoyaltyBps: c.Int("royalty-bps"), RoyaltyTo: c.String("royalty-to"), Manifest: *m,
			}}
			defer closeFiles(req.Files)
			opened := map[string]bool{}
			for _, a := range m.Assets {
				for _, name := range a.Files {
					if opened[name] {
						continue
					}
					p := name
					if !filepath.IsAbs(p) {
						p = filepath.Join(filepath.Dir(path), p)
					}
					f, err := openContentFile(p)
					if err != nil {
						return fmt.Errorf("manifest asset %s: %w", a.LocalID, err)
					}
					opened[name] = true
					req.Files = append(req.Files, api.File{Name: name, Data: f})
				}
			}
			return withAPI(c, env, func(n api.Node) error {
				res, err := n.AssetMintBatch(c.Context, req)
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(res, func(w io.Writer) {
					for _, p := range res.Prepared {
						fmt.Fprintf(w, "prepared     %s\n", p)
					}
					if res.Minted > 0 {
						fmt.Fprintf(w, "minted       %d tokens in batch %s\n", res.Minted, res.BatchID)
						fmt.Fprintf(w, "tx           %s (block %d, %d gas, %d per token)\n", res.Tx.Hex(), res.Block, res.GasUsed, res.GasUsed/uint64(res.Minted))
						fmt.Fprintf(w, "directory    %s\n", res.DirectoryCID)
					} else {
						fmt.Fprintf(w, "every asset is a token already: nothing was sent\n")
					}
					for _, a := range res.Assets {
						state := "minted  "
						if a.Existing {
							state = "existing"
						}
						fmt.Fprintf(w, "%s     %-16s %s\n", state, a.LocalAssetID, a.Asset)
						if a.Note != "" {
							fmt.Fprintf(w, "note         %s\n", a.Note)
						}
					}
				})
			})
		},
	}
}

// closeFiles closes the files a command opened for an upload.
func closeFiles(files []api.File) {
	for _, f := range files {
		if c, ok := f.Data.(io.Closer); ok {
			c.Close()
		}
	}
}

// mintRequest reads the mint flags and opens the files; the node checks
// the rest.
func mintRequest(c *ucli.Context) (api.MintRequest, error) {
	var req api.MintRequest
	if c.NArg() > 0 {
		return req, fmt.Errorf("mint takes flags only, got %q: give files with --file", c.Args().First())
	}
	paths := c.StringSlice("file")
	if len(paths) == 0 {
		return req, errors.New("no --file: give the asset's content, e.g. `mifm asset mint --file model.glb --name Sword`")
	}
	if strings.TrimSpace(c.String("name")) == "" {
		return req, errors.New("no --name: the token needs a name, e.g. --name Sword")
	}
	req.Metadata = api.MintMetadata{
		Name: c.String("name"), Description: c.String("description"), License: c.String("license"),
		Usage: c.String("usage"), Creator: c.String("creator"), LocalID: c.String("local-id"),
		Standard: c.String("standard"), Amount: c.String("amount"), To: c.String("to"),
		RoyaltyBps: c.Int("royalty-bps"), RoyaltyTo: c.String("royalty-to"),
	}
	for _, kv := range c.StringSlice("attr") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || strings.TrimSpace(k) == "" {
			return req, fmt.Errorf("--attr %q: want KEY=VALUE, e.g. --attr rarity=epic", kv)
		}
		req.Metadata.Attributes = append(req.Metadata.Attributes, api.Attribute{TraitType: strings.TrimSpace(k), Value: v})
	}
	for _, p := range paths {
		f, err := openContentFile(envOf(c).path(p))
		if err != nil {
			closeFiles(req.Files)
			return req, fmt.Errorf("--file %s: %w", p, err)
		}
		req.Files = append(req.Files, api.File{Name: filepath.Base(p), Data: f})
	}
	return req, nil
}

func assetShowCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:      "show",
		Usage:     "a token's owner(s), URI, royalty and origin platform, with its metadata checked against the CID on chain",
		ArgsUsage: "CAIP19 (e.g. eip155:1337/erc721:0xContract/42)",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "gateway", Usage: "trustless gateway `URL` to fetch the metadata from when this node's store lacks it"},
		},
		Action: func(c *ucli.Context) error {
			if err := flagsFirst(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return errors.New("show needs one CAIP-19 asset id, e.g. `mifm asset show eip155:1337/erc721:0xContract/42`")
			}
			return withAPI(c, env, func(n api.Node) error {
				shown, err := n.AssetShow(c.Context, c.Args().First(), c.String("gateway"))
				if err != nil {
					return err
				}
				err = newPrinter(c, env).result(shown, func(w io.Writer) { printShown(w, shown) })
				if err == nil && !shown.Verified {
					return fmt.Errorf("the metadata of %s does not check out (see the checks above)", shown.Asset)
				}
				return err
			})
		},
	}
}

func printShown(w io.Writer, s *asset.Shown) {
	fmt.Fprintf(w, "asset        %s\n", s.Asset)
	if s.Owner != nil {
		fmt.Fprintf(w, "owner        %s\n", s.Owner.Hex())
	}
	for _, h := range s.Holders {
		fmt.Fprintf(w, "holder       %s  %s\n", h.Address.Hex(), h.Balance)
	}
	if s.Standard == asset.ERC1155 {
		fmt.Fprintf(w, "minted       %s\n", s.MintedAmount)
	}
	fmt.Fprintf(w, "uri          %s\n", s.URI)
	platform := s.Platform
	if platform == "" {
		platform = "(not found in the registry's events)"
	}
	fmt.Fprintf(w, "platform     %s  %s\n", platform, s.PlatformID.Hex())
	if s.RoyaltyBps > 0 {
		fmt.Fprintf(w, "royalty      %d.%02d%% to %s\n", s.RoyaltyBps/100, s.RoyaltyBps%100, s.RoyaltyReceiver.Hex())
	} else {
		fmt.Fprintf(w, "royalty      none\n")
	}
	if m := s.Metadata; m != nil {
		fmt.Fprintf(w, "name         %s\n", m.Name)
		if m.Description != "" {
			fmt.Fprintf(w, "description  %s\n", m.Description)
		}
		for _, a := range m.Attributes {
			fmt.Fprintf(w, "attribute    %s = %s\n", a.TraitType, a.Value)
		}
		fmt.Fprintf(w, "local id     %s\n", m.Mifm.LocalAssetID)
		if m.Mifm.Creator != "" {
			fmt.Fprintf(w, "creator      %s\n", m.Mifm.Creator)
		}
		if m.Mifm.License != "" {
			fmt.Fprintf(w, "license      %s\n", m.Mifm.License)
		}
		if m.Mifm.UsageRights != "" {
			fmt.Fprintf(w, "usage        %s\n", m.Mifm.UsageRights)
		}
		for _, ct := range m.Mifm.Content {
			fmt.Fprintf(w, "content      %s  %s (%s, %d bytes)\n", ct.CID, ct.Name, ct.MediaType, ct.Size)
		}
	}
	for _, ch := range s.Checks {
		fmt.Fprintf(w, "check %s %-16s %s\n", okMark(ch.OK), ch.Name, ch.Detail)
	}
}

func assetListCommand(env Env) *ucli.Command {
	return &ucli.Command{
		Name:  "list",
		Usage: "the mifm tokens an address holds, from the chain's transfer events (each confirmed by a call)",
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "owner", Usage: "holder `ADDRESS` (0x… or CAIP-10); default: the platform key"},
		},
		Action: func(c *ucli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("list takes no arguments, got %q: give the holder with --owner", c.Args().First())
			}
			return withAPI(c, env, func(n api.Node) error {
				out, err := n.AssetList(c.Context, c.String("owner"))
				if err != nil {
					return err
				}
				return newPrinter(c, env).result(out, func(w io.Writer) {
					if len(out.Tokens) == 0 {
						fmt.Fprintf(w, "%s holds no mifm tokens\n", out.Owner.Hex())
						return
					}
					for _, h := range out.Tokens {
						fmt.Fprintf(w, "%s  %s\n", h.Asset, h.Balance)
					}
				})
			})
		},
	}
}
