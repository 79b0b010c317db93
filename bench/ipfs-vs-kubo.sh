#!/bin/sh
# Imports the same file with Kubo (`ipfs add`, fresh repo, default flatfs
# datastore) and with mifm (`mifm content add`, fresh home), in both profiles,
# and prints the CIDs (which must be equal), both times and the ratio.
# Usage: bench/ipfs-vs-kubo.sh [MiB]   (default 100)
set -eu
cd "$(dirname "$0")/.."
mib=${1:-100}
make -s kubo build >/dev/null
kubo=$PWD/.bin/ipfs-$(sed -n 's/^KUBO_VERSION := //p' Makefile)
mifm=$PWD/bin/mifm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Seeded pseudo-random input, the same on every run.
go run ./bench/mkinput -size "$mib" -out "$work/input"

now() { date +%s.%N; }
run_profile() {
	name=$1; shift
	export IPFS_PATH="$work/kubo-$name"
	"$kubo" init >/dev/null 2>&1
	t0=$(now); kcid=$("$kubo" add -Q "$@" "$work/input"); t1=$(now)
	"$mifm" init --home "$work/mifm-$name" --kdf light >/dev/null 2>&1
	t2=$(now); mcid=$("$mifm" --home "$work/mifm-$name" content add -Q "$@" "$work/input"); t3=$(now)
	if [ "$kcid" != "$mcid" ]; then
		echo "$name: CIDs differ: Kubo $kcid, mifm $mcid" >&2
		exit 1
	fi
	awk -v n="$name" -v mib="$mib" -v c="$kcid" -v k0="$t0" -v k1="$t1" -v m0="$t2" -v m1="$t3" 'BEGIN {
		k = k1 - k0; m = m1 - m0
		printf "%-8s %s  Kubo %.2fs (%.0f MiB/s)  mifm %.2fs (%.0f MiB/s)  Kubo/mifm time = %.2fx\n", n, c, k, mib / k, m, mib / m, k / m
	}'
}
echo "importing $mib MiB with Kubo $("$kubo" version --number) and mifm"
run_profile default
run_profile modern --cid-version=1 --raw-leaves --chunker=size-1048576
