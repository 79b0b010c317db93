#!/bin/sh
# Imports the same file with Kubo (`ipfs add`, fresh repo, default flatfs
# datastore) and with mifm (`mifm content add`, fresh home), in both profiles,
# ROUNDS times (who goes first alternates, and dirty pages are written back
# before each timed run so neither pays for the other's writes), and prints the
# CIDs (which must be equal), the median times and their ratio.
# Usage: bench/ipfs-vs-kubo.sh [MiB] [ROUNDS]   (default 100 MiB, 5 rounds)
set -eu
cd "$(dirname "$0")/.."
mib=${1:-100}
rounds=${2:-5}
make -s kubo build >/dev/null
kubo=$PWD/.bin/ipfs-$(sed -n 's/^KUBO_VERSION := //p' Makefile)
mifm=$PWD/bin/mifm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Seeded pseudo-random input, the same on every run.
go run ./bench/mkinput -size "$mib" -out "$work/input"

now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
run_profile() {
	name=$1; shift
	: > "$work/k.times"; : > "$work/m.times"
	i=0
	while [ $i -lt "$rounds" ]; do
		i=$((i + 1))
		export IPFS_PATH="$work/kubo-$name-$i"
		"$kubo" init >/dev/null 2>&1
		"$mifm" init --home "$work/mifm-$name-$i" --kdf light >/dev/null 2>&1
		run_kubo() { sync; t0=$(now); kcid=$("$kubo" add -Q "$@" "$work/input"); t1=$(now); }
		run_mifm() { sync; t2=$(now); mcid=$("$mifm" --home "$work/mifm-$name-$i" content add -Q "$@" "$work/input"); t3=$(now); }
		if [ $((i % 2)) -eq 1 ]; then run_kubo "$@"; run_mifm "$@"; else run_mifm "$@"; run_kubo "$@"; fi
		if [ "$kcid" != "$mcid" ]; then
			echo "$name: CIDs differ: Kubo $kcid, mifm $mcid" >&2
			exit 1
		fi
		awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }' >> "$work/k.times"
		awk -v a="$t2" -v b="$t3" 'BEGIN { print b - a }' >> "$work/m.times"
		rm -rf "$IPFS_PATH" "$work/mifm-$name-$i"
	done
	k=$(median < "$work/k.times"); m=$(median < "$work/m.times")
	awk -v n="$name" -v mib="$mib" -v c="$kcid" -v k="$k" -v m="$m" -v r="$rounds" 'BEGIN {
		printf "%-8s %s  median of %d: Kubo %.2fs (%.0f MiB/s)  mifm %.2fs (%.0f MiB/s)  Kubo/mifm time = %.2fx\n", n, c, r, k, mib / k, m, mib / m, k / m
	}'
}
echo "importing $mib MiB with Kubo $("$kubo" version --number) and mifm"
run_profile default
run_profile modern --cid-version=1 --raw-leaves --chunker=size-1048576
