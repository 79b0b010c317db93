#!/bin/sh
# Regenerates contracts/artifacts and contracts/bindings (or, given OUTDIR,
# OUTDIR/artifacts and OUTDIR/bindings) from src/ with the pinned solcjs and
# the go.mod version of abigen. `make contracts` and `make contracts-check`
# call it; the output depends on nothing but the sources and the pins.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [ ! -d "$here/node_modules/solc" ] || [ ! -d "$here/node_modules/@openzeppelin/contracts" ]; then
	echo "contracts/build.sh: contracts/node_modules is missing: run \`npm ci\` in contracts/ (make contracts does)" >&2
	exit 1
fi
node "$here/compile.js" "$out/artifacts"

rm -rf "$out/bindings.tmp"
mkdir -p "$out/bindings.tmp"
for abi in "$out"/artifacts/*.abi; do
	name=$(basename "$abi" .abi)
	lower=$(echo "$name" | tr 'A-Z' 'a-z')
	# One package per contract: abigen names a multi-value output struct after
	# the method alone (RoyaltyInfoOutput), so two contracts can't share one.
	mkdir -p "$out/bindings.tmp/$lower"
	(cd "$here/.." && go tool abigen --v2 --abi "$abi" --bin "$out/artifacts/$name.bin" \
		--pkg "$lower" --type "$name" --out "$out/bindings.tmp/$lower/$lower.go")
done
rm -rf "$out/bindings"
mv "$out/bindings.tmp" "$out/bindings"
