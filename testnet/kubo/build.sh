#!/bin/sh
# Builds Kubo's `ipfs` at a pinned version from the Go module proxy into OUT,
# for the tests and benchmarks that compare mifm with Kubo. Kubo v0.39.0 pins a
# github.com/cockroachdb/swiss that does not compile with Go 1.26, so the build
# runs in a copy of the module with swiss upgraded; nothing else changes.
# Usage: testnet/kubo/build.sh OUT [VERSION]
set -eu
out=$1
version=${2:-v0.39.0}
dir=$(go mod download -json "github.com/ipfs/kubo@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
if [ -z "$dir" ] || [ ! -d "$dir" ]; then
	echo "testnet/kubo/build.sh: could not download github.com/ipfs/kubo@$version from the Go module proxy" >&2
	exit 1
fi
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
cp -R "$dir/." "$work/"
chmod -R u+w "$work"
cd "$work"
GOFLAGS=-mod=mod go get github.com/cockroachdb/swiss@latest >/dev/null 2>&1 || {
	echo "testnet/kubo/build.sh: go get github.com/cockroachdb/swiss@latest failed" >&2
	exit 1
}
mkdir -p "$(dirname "$out")"
go build -trimpath -o "$out.tmp" ./cmd/ipfs
mv "$out.tmp" "$out"
"$out" version
