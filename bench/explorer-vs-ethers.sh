#!/bin/sh
# Events indexed per second from a chain's JSON-RPC, by mifm's auditor's
# indexer (node/explorer's Sync, bench/explorertime) and by the same job done
# with ethers (testnet/explorer-js/index-logs.mjs, pinned), on the same
# world: an embedded chain serving JSON-RPC on loopback (explorertime serve)
# with the suite deployed, a platform registered and a sword tokenized and
# passed N times between two keys, several transfers a block. Each side reads
# the head, then in ranges of 5,000 blocks the suite's logs (eth_getLogs over
# its addresses), the timestamps of the blocks holding them (batched
# JSON-RPC), decodes them into items and indexes those by asset, account,
# platform, ref and transaction; ROUNDS times with the side that goes first
# alternating, and the medians' ratio. Each side times itself inside its
# process from the head's read to its last item indexed, without its start
# (mifm: explorer.Open, which checks the suite's code and reads the Bridge;
# ethers: the loading of the library). Both must count the events the world
# made; a difference fails the script.
# The comparison favours ethers: index-logs.mjs keeps its index in Maps in
# memory, where node/explorer writes every item as JSON with its index keys
# into pebble on disk, with a cursor for the next Sync.
# Usage: bench/explorer-vs-ethers.sh [--tsv] [N] [ROUNDS]   (transfers, default 5000; 5 rounds)
# Building the world takes about 1.5 s per 1,000 transfers.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
n=${1:-5000}
rounds=${2:-5}
command -v node >/dev/null || { echo "bench: Node.js is needed for the ethers side" >&2; exit 1; }
pin=$(sed -n 's/.*"ethers": "\([^"]*\)".*/\1/p' testnet/explorer-js/package.json)
have=$(sed -n 's/^  "version": "\([^"]*\)".*/\1/p' testnet/explorer-js/node_modules/ethers/package.json 2>/dev/null || true)
if [ -z "$pin" ] || [ "$have" != "$pin" ]; then
	echo "bench: testnet/explorer-js needs ethers ${pin:-(pin not found)} installed (found ${have:-none}): run make explorer-js-deps" >&2
	exit 1
fi
work=$(mktemp -d)
serve=
cleanup() {
	if [ -n "$serve" ]; then
		kill "$serve" 2>/dev/null || true
		wait "$serve" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
go build -o "$work/explorertime" ./bench/explorertime
"$work/explorertime" serve -n "$n" > "$work/world.json" 2> "$work/serve.err" &
serve=$!
# The world is ready when its line is written; give up when serve exits.
while ! grep -q '}$' "$work/world.json"; do
	if ! kill -0 "$serve" 2>/dev/null; then
		cat "$work/serve.err" >&2
		echo "bench: explorertime serve stopped before the world was built" >&2
		exit 1
	fi
	sleep 0.2
done
say "$(cat "$work/serve.err")"

# field NAME prints a number of the JSON line on stdin.
field() { sed -n "s/.*\"$1\":\([0-9.e+-]*\).*/\1/p"; }
want=$(field events < "$work/world.json")
head=$(field head < "$work/world.json")
from=$(field from < "$work/world.json")
# side NAME COMMAND...: one run, its events checked against the world's and
# its rate appended to $work/NAME.rate, its seconds to $work/NAME.s.
side() {
	name=$1
	shift
	if ! out=$("$@" 2> "$work/$name.err"); then
		cat "$work/$name.err" >&2
		echo "bench: $name failed" >&2
		exit 1
	fi
	e=$(echo "$out" | field events); s=$(echo "$out" | field seconds)
	[ -n "$e" ] && [ -n "$s" ] || { echo "bench: $name printed no events and seconds: $out" >&2; exit 1; }
	if [ "$e" != "$want" ]; then
		echo "bench: $name indexed $e events, the world made $want" >&2
		exit 1
	fi
	echo "$s" >> "$work/$name.s"
	awk -v e="$e" -v s="$s" 'BEGIN { printf "%.1f\n", e / s }' >> "$work/$name.rate"
}
mifm() { side mifm "$work/explorertime" index -in "$work/world.json"; }
ethers() { side ethers sh -c 'exec node testnet/explorer-js/index-logs.mjs < "$1"' sh "$work/world.json"; }
i=0
while [ $i -lt "$rounds" ]; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 1 ]; then mifm; ethers; else ethers; mifm; fi
done
mr=$(median < "$work/mifm.rate"); er=$(median < "$work/ethers.rate")
ms=$(median < "$work/mifm.s"); es=$(median < "$work/ethers.s")
say "$(awk -v n="$n" -v r="$rounds" -v v="$pin" -v ev="$want" -v b=$((head - from + 1)) \
	-v mr="$mr" -v er="$er" -v ms="$ms" -v es="$es" 'BEGIN {
	printf "%d ERC-721 transfers, %d events in %d blocks, median of %d\n", n, ev, b, r
	printf "(ethers keeps its index in memory, mifm writes pebble on disk)\n"
	printf "%-22s %12s %12s %11s\n", "", "mifm", "ethers " v, "mifm/ethers"
	printf "%-22s %12.0f %12.0f %10.3fx\n", "events/s", mr, er, mr / er
	printf "%-22s %12.3f %12.3f %10.3fx\n", "seconds", ms, es, ms / es
}')"
row "index $want suite events from JSON-RPC ($n ERC-721 transfers; median of $rounds)" "$(printf '%.0f' "$mr")" \
	"ethers $pin" "$(printf '%.0f' "$er")" events/s higher
