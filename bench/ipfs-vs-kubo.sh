#!/bin/sh
# Imports the same file with Kubo (`ipfs add`, fresh repo, default flatfs
# datastore) and with mifm (`mifm content add`, fresh home), in both profiles,
# ROUNDS times (who goes first alternates, and dirty pages are written back
# before each timed run so neither pays for the other's writes), and prints the
# CIDs (which must be equal), the median times and their ratio.
# Each repo or home is removed as soon as its import is timed, and the input
# sits in /dev/shm when there is one, so a 1 GiB run needs a little over 1 GiB
# of temporary disk.
# Usage: bench/ipfs-vs-kubo.sh [--tsv] [MiB] [ROUNDS]   (default 100 MiB, 5 rounds)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
mib=${1:-100}
rounds=${2:-5}
make -s kubo build >/dev/null
kubo=$PWD/.bin/ipfs-$(sed -n 's/^KUBO_VERSION := //p' Makefile)
mifm=$PWD/bin/mifm
work=$(mktemp -d)
in=$work
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
	in=$(mktemp -d -p /dev/shm)
fi
trap 'rm -rf "$work" "$in"' EXIT
# Seeded pseudo-random input, the same on every run.
go run ./bench/mkinput -size "$mib" -out "$in/input"

now() { date +%s.%N; }
# import_once SIDE PROFILE ROUND FLAGS...: one timed import into a fresh store,
# appended to $work/SIDE.times, its CID in $work/SIDE.cid; the store is gone
# afterwards.
import_once() {
	side=$1 store="$work/$1-$2-$3"
	shift 3
	if [ "$side" = kubo ]; then
		IPFS_PATH=$store "$kubo" init >/dev/null 2>&1
	else
		"$mifm" init --home "$store" --kdf light >/dev/null 2>&1
	fi
	sync
	t0=$(now)
	if [ "$side" = kubo ]; then
		IPFS_PATH=$store "$kubo" add -Q "$@" "$in/input" > "$work/$side.cid"
	else
		"$mifm" --home "$store" content add -Q "$@" "$in/input" > "$work/$side.cid"
	fi
	t1=$(now)
	awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }' >> "$work/$side.times"
	rm -rf "$store"
}
run_profile() {
	name=$1; shift
	: > "$work/kubo.times"; : > "$work/mifm.times"
	i=0
	while [ $i -lt "$rounds" ]; do
		i=$((i + 1))
		if [ $((i % 2)) -eq 1 ]; then
			import_once kubo "$name" $i "$@"; import_once mifm "$name" $i "$@"
		else
			import_once mifm "$name" $i "$@"; import_once kubo "$name" $i "$@"
		fi
		kcid=$(cat "$work/kubo.cid"); mcid=$(cat "$work/mifm.cid")
		if [ "$kcid" != "$mcid" ]; then
			echo "$name: CIDs differ: Kubo $kcid, mifm $mcid" >&2
			exit 1
		fi
	done
	k=$(median < "$work/kubo.times"); m=$(median < "$work/mifm.times")
	say "$(awk -v n="$name" -v mib="$mib" -v c="$kcid" -v k="$k" -v m="$m" -v r="$rounds" 'BEGIN {
		printf "%-8s %s  median of %d: Kubo %.2fs (%.0f MiB/s)  mifm %.2fs (%.0f MiB/s)  Kubo/mifm time = %.2fx\n", n, c, r, k, mib / k, m, mib / m, k / m
	}')"
	size=$mib\ MiB
	[ "$mib" -ge 1024 ] && [ $((mib % 1024)) -eq 0 ] && size="$((mib / 1024)) GiB"
	row "import $size, $name profile (median of $rounds)" \
		"$(awk -v mib="$mib" -v m="$m" 'BEGIN { printf "%.1f", mib / m }')" "Kubo $kuboversion" \
		"$(awk -v mib="$mib" -v k="$k" 'BEGIN { printf "%.1f", mib / k }')" "MiB/s" higher
}
kuboversion=$("$kubo" version --number)
say "importing $mib MiB with Kubo $kuboversion and mifm"
run_profile default
run_profile modern --cid-version=1 --raw-leaves --chunker=size-1048576
