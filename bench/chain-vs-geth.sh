#!/bin/sh
# Transactions committed per second by mifm's chain layer on the embedded dev
# chain and on a real geth --dev process (same sender code, same workload:
# N pipelined value transfers from one key, each waited for), and their ratio.
# Usage: bench/chain-vs-geth.sh [N]   (default 2000)
set -eu
cd "$(dirname "$0")/.."
n=${1:-2000}
make -s geth
geth=.bin/geth-$(go list -m -f "{{.Version}}" github.com/ethereum/go-ethereum)
out=$(MIFM_GETH=$PWD/$geth go test ./chain -run '^$' -count 1 -benchtime "${n}x" \
	-bench '^(BenchmarkCommitOneSender|BenchmarkGethDevCommitOneSender)$')
echo "$out" | grep '^Benchmark'
echo "$out" | awk '
	/^BenchmarkCommitOneSender/       { for (i = 1; i < NF; i++) if ($(i+1) == "tx/s") emb = $i }
	/^BenchmarkGethDevCommitOneSender/ { for (i = 1; i < NF; i++) if ($(i+1) == "tx/s") geth = $i }
	END {
		if (emb == "" || geth == "") { print "bench: a benchmark did not report tx/s" > "/dev/stderr"; exit 1 }
		printf "embedded %.0f tx/s, geth --dev %.0f tx/s: embedded/geth = %.2fx\n", emb, geth, emb / geth
	}'
