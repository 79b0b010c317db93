#!/bin/sh
# Gas per token of mifm's Asset721/Asset1155 mints beside the same mints on
# plain OpenZeppelin 5.7 contracts (ERC721URIStorage with a 66-byte ipfs:// URI
# per token, ERC1155 with one shared URI), compiled with the same solc and run
# on the same embedded chain, and their ratio. Gas is the same on every run,
# so there is nothing to take a median of.
# Usage: bench/gas-vs-openzeppelin.sh [--tsv] [N]   (iterations per case, default 10)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
n=${1:-10}
out=$(go test ./contracts -run '^$' -count 1 -benchtime "${n}x" -bench '^BenchmarkMintGas$')
table=/dev/stdout
[ "$tsv" = 1 ] && table=/dev/stderr
echo "$out" | awk -v tsv="$tsv" -v table="$table" '
	/^BenchmarkMintGas\// {
		name = $1; sub(/^BenchmarkMintGas\//, "", name); sub(/-[0-9]+$/, "", name)
		mifm = ""; oz = ""
		for (i = 1; i < NF; i++) {
			if ($(i+1) == "gas/token") mifm = $i
			if ($(i+1) == "oz-gas/token") oz = $i
		}
		rows++
		if (mifm == "") { printf "%-44s %10s %10d\n", name, "-", oz > table; next }
		printf "%-44s %10d %10d %8.2fx\n", name, mifm, oz, mifm / oz > table
		if (tsv) printf "mint gas, %s\t%d\tOpenZeppelin 5.7\t%d\tgas/token\tlower\n", name, mifm, oz
	}
	BEGIN { printf "%-44s %10s %10s %9s\n", "case", "mifm gas", "OZ gas", "mifm/OZ" > table }
	END { if (rows == 0) { print "bench: BenchmarkMintGas printed nothing" > "/dev/stderr"; exit 1 } }'
