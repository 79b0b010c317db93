#!/bin/sh
# Transactions committed per second by mifm's chain layer on the embedded dev
# chain and on a real geth --dev process (same sender code, same workload:
# N pipelined value transfers from one key, each waited for), ROUNDS times
# with the side that goes first alternating, and the medians' ratio.
# Usage: bench/chain-vs-geth.sh [--tsv] [N] [ROUNDS]   (default 2000, 5 rounds)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
n=${1:-2000}
rounds=${2:-5}
make -s geth
geth=$PWD/.bin/geth-$(go list -m -f "{{.Version}}" github.com/ethereum/go-ethereum)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go test -c -o "$work/chain.test" ./chain
# side NAME BENCHMARK: one run, its tx/s appended to $work/NAME.
side() {
	out=$(cd chain && MIFM_GETH=$geth "$work/chain.test" -test.run '^$' -test.count 1 -test.benchtime "${n}x" -test.bench "^$2\$")
	v=$(echo "$out" | metric tx/s)
	[ -n "$v" ] || { echo "bench: $2 did not report tx/s: $out" >&2; exit 1; }
	echo "$v" >> "$work/$1"
}
i=0
while [ $i -lt "$rounds" ]; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 1 ]; then
		side emb BenchmarkCommitOneSender; side geth BenchmarkGethDevCommitOneSender
	else
		side geth BenchmarkGethDevCommitOneSender; side emb BenchmarkCommitOneSender
	fi
done
emb=$(median < "$work/emb"); gd=$(median < "$work/geth")
say "$(awk -v e="$emb" -v g="$gd" -v r="$rounds" -v n="$n" 'BEGIN {
	printf "%d transfers, median of %d: embedded %.0f tx/s, geth --dev %.0f tx/s: embedded/geth = %.2fx\n", n, r, e, g, e / g
}')"
row "commits from one key, $n pipelined transfers (median of $rounds)" "$(printf '%.1f' "$emb")" \
	"geth --dev $("$geth" version | sed -n 's/^Version: //p')" "$(printf '%.1f' "$gd")" tx/s higher
