# mifm's build. `make test` is what CI runs; everything it needs (geth for the
# integration test, npm packages for the contract toolchain, staticcheck) is
# installed by the targets below at pinned versions.

GO        ?= go
BIN       := $(CURDIR)/bin
TOOLS     := $(CURDIR)/.bin
GETH_VERSION := $(shell $(GO) list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)
GETH      := $(TOOLS)/geth-$(GETH_VERSION)
KUBO_VERSION := v0.39.0
KUBO      := $(TOOLS)/ipfs-$(KUBO_VERSION)
STATICCHECK_VERSION := v0.8.2
# A time budget per benchmark, not a count: go test sizes b.N to it, so a
# 100 MiB import runs a few times and a signature check thousands.
BENCHTIME ?= 1s

.PHONY: all build test test-short lint contracts contracts-check contracts-deps platform-js-deps wallet-js-deps merkle-js-deps vc-js-deps di-js-deps avatar-js-deps explorer-js-deps explorer-bundle explorer-bundle-check bench bench-report demo geth kubo clean testnet

all: build

build:
	$(GO) build -o $(BIN)/mifm ./cli/mifm

# The packages that run goroutines (the node, the chain, DID resolution)
# are tested under the race detector; the rest (CLI, contracts, testnet,
# whose processes are the race-tested packages) without it.
# node/anchor/merkle runs no goroutines, and its interop test's time is
# OpenZeppelin's JavaScript: it goes without the detector; so do the
# avatar file packages (node/avatar and below: no goroutines, and their
# time is geometry, images and the glTF Validator's JavaScript).
RACE_PKGS  = $(filter-out %/node/anchor/merkle %/node/avatar %/node/avatar/vrm %/node/avatar/simplify %/node/avatar/sample,$(shell $(GO) list ./node/... ./chain/... ./did/...))
OTHER_PKGS = $(filter-out $(RACE_PKGS),$(shell $(GO) list ./...))

# The full suite, including the integration tests against a real geth --dev
# and a real Kubo.
# The flood tests (node/daemon) measure heap and latency, which the race
# detector distorts (and it makes 100,000 requests take minutes): they run
# without it. The detector slows the embedded chain several times, hence
# the longer timeout of the race pass.
UNRACED = Flood

test: $(GETH) $(KUBO) contracts-deps platform-js-deps wallet-js-deps merkle-js-deps vc-js-deps di-js-deps avatar-js-deps explorer-js-deps
	MIFM_GETH=$(GETH) MIFM_KUBO=$(KUBO) $(GO) test -count=1 -race -timeout 20m -skip '$(UNRACED)' $(RACE_PKGS)
	MIFM_GETH=$(GETH) MIFM_KUBO=$(KUBO) $(GO) test -count=1 $(OTHER_PKGS)
	$(GO) test -count=1 -run '$(UNRACED)' ./node/daemon

# The suite without external processes.
test-short:
	$(GO) test -short -count=1 ./...

lint:
	@test -z "$$(gofmt -l . | grep -v '^contracts/node_modules/')" || { echo "gofmt needed on:"; gofmt -l . | grep -v '^contracts/node_modules/'; exit 1; }
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) $$($(GO) list ./... | grep -v /contracts/bindings)

# go-ethereum's geth at the go.mod version, built from the module proxy.
geth: $(GETH)
$(GETH):
	@mkdir -p $(TOOLS)/geth-build
	GOBIN=$(TOOLS)/geth-build $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION)
	mv $(TOOLS)/geth-build/geth $@

# Kubo's ipfs at a pinned version, built from the module proxy.
kubo: $(KUBO)
$(KUBO):
	testnet/kubo/build.sh $@ $(KUBO_VERSION)

contracts/node_modules/.package-lock.json: contracts/package-lock.json contracts/package.json
	cd contracts && npm ci --no-audit --no-fund
	@touch $@

contracts-deps: contracts/node_modules/.package-lock.json

# The outside platform client and the OpenAPI validator of the RI tests.
testnet/platform-js/node_modules/.package-lock.json: testnet/platform-js/package-lock.json testnet/platform-js/package.json
	cd testnet/platform-js && npm ci --no-audit --no-fund
	@touch $@

platform-js-deps: testnet/platform-js/node_modules/.package-lock.json

# The outside user wallet (ethers 6) of the chain and wallet tests.
testnet/wallet-js/node_modules/.package-lock.json: testnet/wallet-js/package-lock.json testnet/wallet-js/package.json
	cd testnet/wallet-js && npm ci --no-audit --no-fund
	@touch $@

wallet-js-deps: testnet/wallet-js/node_modules/.package-lock.json

# OpenZeppelin's merkle-tree, the outside peer of the Merkle batch tests.
testnet/merkle-js/node_modules/.package-lock.json: testnet/merkle-js/package-lock.json testnet/merkle-js/package.json
	cd testnet/merkle-js && npm ci --no-audit --no-fund
	@touch $@

merkle-js-deps: testnet/merkle-js/node_modules/.package-lock.json

# did-jwt-vc, the outside VC stack of the JWT presentation interop tests.
testnet/vc-js/node_modules/.package-lock.json: testnet/vc-js/package-lock.json testnet/vc-js/package.json
	cd testnet/vc-js && npm ci --no-audit --no-fund
	@touch $@

vc-js-deps: testnet/vc-js/node_modules/.package-lock.json

# @digitalbazaar/vc with the W3C suites, the outside Data Integrity stack.
testnet/di-js/node_modules/.package-lock.json: testnet/di-js/package-lock.json testnet/di-js/package.json
	cd testnet/di-js && npm ci --no-audit --no-fund
	@touch $@

di-js-deps: testnet/di-js/node_modules/.package-lock.json

# The Khronos glTF Validator, three.js with three-vrm, and glTF Transform
# with meshoptimizer: the outside avatar toolchain of the VRM tests.
testnet/avatar-js/node_modules/.package-lock.json: testnet/avatar-js/package-lock.json testnet/avatar-js/package.json
	cd testnet/avatar-js && npm ci --no-audit --no-fund
	@touch $@

avatar-js-deps: testnet/avatar-js/node_modules/.package-lock.json

# puppeteer-core driving Debian's Chromium (apt-get install chromium;
# .ci/run installs it), axe-core, and ethers' browser bundle: the outside
# browser toolchain of the explorer tests.
testnet/explorer-js/node_modules/.package-lock.json: testnet/explorer-js/package-lock.json testnet/explorer-js/package.json
	cd testnet/explorer-js && npm ci --no-audit --no-fund
	@touch $@

explorer-js-deps: testnet/explorer-js/node_modules/.package-lock.json

# The explorer's pages embed ethers' browser bundle (node/explorer/static);
# the committed copy is the pinned package's, byte for byte.
EXPLORER_ETHERS        := testnet/explorer-js/node_modules/ethers/dist/ethers.umd.min.js
EXPLORER_ETHERS_BUNDLE := node/explorer/static/ethers.umd.min.js

explorer-bundle: explorer-js-deps
	@mkdir -p $(dir $(EXPLORER_ETHERS_BUNDLE))
	cp $(EXPLORER_ETHERS) $(EXPLORER_ETHERS_BUNDLE)

explorer-bundle-check: explorer-js-deps
	@cmp -s $(EXPLORER_ETHERS) $(EXPLORER_ETHERS_BUNDLE) || { \
	echo "explorer-bundle-check: $(EXPLORER_ETHERS_BUNDLE) is missing or differs from the pinned ethers' (testnet/explorer-js/package.json) dist/ethers.umd.min.js: run make explorer-bundle" >&2; exit 1; }
	@echo "explorer-bundle-check: $(EXPLORER_ETHERS_BUNDLE) is the pinned ethers' bundle"

# Compile src/ with the pinned solcjs and regenerate artifacts and bindings.
contracts: contracts-deps
	contracts/build.sh

# Regenerate into a temporary folder and fail on any byte of difference.
contracts-check: contracts-deps
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	contracts/build.sh "$$tmp" && \
	diff -r contracts/artifacts "$$tmp/artifacts" && \
	diff -r contracts/bindings "$$tmp/bindings" && \
	echo "contracts-check: artifacts and bindings match their sources"

# Gas figures are the same on every run, so the contract benchmarks need few;
# a cross-process transfer takes seconds, so its p90 gets a fixed 50.
# bench/disk_test.go (in make test and test-short) runs every benchmark three
# times and holds it to a bound of temporary disk.
bench: $(GETH) $(KUBO)
	MIFM_GETH=$(GETH) MIFM_KUBO=$(KUBO) $(GO) test -run '^$$' -bench . -benchtime $(BENCHTIME) -count=1 $$($(GO) list ./... | grep -v -e '/contracts$$' -e '/testnet$$')
	$(GO) test -run '^$$' -bench . -benchtime 20x -count=1 ./contracts
	$(GO) test -run '^$$' -bench . -benchtime 50x -count=1 ./testnet

# Every side-by-side comparison with its peer in one run, written to
# bench/report.md and bench/report.json.
bench-report: $(GETH) $(KUBO) contracts-deps merkle-js-deps avatar-js-deps build
	bench/report.sh

demo:
	$(GO) run ./cli/mifm demo

clean:
	rm -rf $(BIN) $(TOOLS)

# A local network: one chain and three nodes (platform A, platform B, a
# bridge) as separate processes; opens their channels and prints them.
testnet:
	testnet/run.sh
