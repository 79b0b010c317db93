#!/bin/sh
# Resolutions per second of one did:ethr with 20 changes, uncached and over
# JSON-RPC from an embedded chain, by mifm's resolver and by
# ethr-did-resolver (the method's reference resolver, pinned in
# contracts/package.json, in Node.js), ROUNDS times with the side that goes
# first alternating, and the medians' ratio. Each run is a process of
# BenchmarkEthrResolveOutside that builds the same chain history for the same
# DID; ethr-did-resolver is timed by its own clock, without the Node.js start.
# Usage: bench/ethr-vs-ethr-did-resolver.sh [--tsv] [N] [ROUNDS]   (resolutions per side and round, default 200, 5 rounds)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
n=${1:-200}
rounds=${2:-5}
command -v node >/dev/null || { echo "bench: Node.js is needed for the ethr-did-resolver side" >&2; exit 1; }
make -s contracts-deps
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go test -c -o "$work/did.test" ./did
side() {
	out=$(cd did && "$work/did.test" -test.run '^$' -test.count 1 -test.benchtime "${n}x" -test.bench "^BenchmarkEthrResolveOutside\$/^$1\$")
	v=$(echo "$out" | metric resolutions/s)
	[ -n "$v" ] || { echo "bench: $1 printed nothing: $out" >&2; exit 1; }
	echo "$v" >> "$work/$1"
}
i=0
while [ $i -lt "$rounds" ]; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 1 ]; then side mifm; side ethr-did-resolver; else side ethr-did-resolver; side mifm; fi
done
m=$(median < "$work/mifm"); r=$(median < "$work/ethr-did-resolver")
v=$(sed -n 's/.*"ethr-did-resolver": "\([^"]*\)".*/\1/p' contracts/package.json)
say "$(awk -v m="$m" -v e="$r" -v r="$rounds" -v v="$v" 'BEGIN {
	printf "did:ethr with 20 changes, uncached over JSON-RPC, median of %d: mifm %.0f/s, ethr-did-resolver %s %.0f/s: mifm/ethr-did-resolver = %.2fx\n", r, m, v, e, m / e
}')"
row "did:ethr resolutions, 20 changes, uncached over JSON-RPC (median of $rounds)" "$(printf '%.1f' "$m")" \
	"ethr-did-resolver $v" "$(printf '%.1f' "$r")" resolutions/s higher
