#!/bin/sh
# The node in front of an external Kubo (content.backend = "kubo:URL"): times
# `mifm --content kubo:URL content add` against `ipfs add` through the same
# kind of daemon (each on a fresh Kubo repo, so neither deduplicates against
# the other), `mifm content cat` against `ipfs cat` of the same file from one
# daemon, and `mifm content migrate` of an embedded store into a fresh Kubo.
# Who goes first alternates; it prints the CIDs (which must be equal), the
# medians and the ratios.
# Usage: bench/kubo-backend.sh [--tsv] [MiB] [ROUNDS]   (default 100 MiB, 5 rounds)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
mib=${1:-100}
rounds=${2:-5}
make -s kubo build >/dev/null
kubo=$PWD/.bin/ipfs-$(sed -n 's/^KUBO_VERSION := //p' Makefile)
mifm=$PWD/bin/mifm
work=$(mktemp -d)
pids=""
trap 'for p in $pids; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
go run ./bench/mkinput -size "$mib" -out "$work/input"
"$mifm" init --home "$work/home" --kdf light >/dev/null 2>&1

now() { date +%s.%N; }
# start_kubo NAME: a fresh offline Kubo daemon; its API multiaddr in $api and
# URL in $url.
start_kubo() {
	repo=$work/kubo-$1
	IPFS_PATH=$repo "$kubo" init --empty-repo --profile=test >/dev/null 2>&1
	IPFS_PATH=$repo "$kubo" daemon --offline >"$repo.log" 2>&1 &
	pids="$pids $!"
	w=0
	while [ ! -s "$repo/api" ]; do
		w=$((w + 1))
		[ $w -lt 600 ] || { echo "Kubo did not start:" >&2; cat "$repo.log" >&2; exit 1; }
		sleep 0.1
	done
	api=$(cat "$repo/api")
	url=http://$(echo "$api" | awk -F/ '{ print $3 ":" $5 }')
}
# timed FILE CMD...: run CMD, append its wall time to FILE, its output to FILE.out.
timed() {
	f=$1; shift
	sync
	t0=$(now)
	"$@" > "$f.out" 2> "$f.err"
	t1=$(now)
	awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }' >> "$f"
}
add_kubo() { start_kubo "add-k$1"; timed "$work/add-kubo" "$kubo" --api "$api" add -Q "$work/input"; }
add_mifm() { start_kubo "add-m$1"; timed "$work/add-mifm" "$mifm" --home "$work/home" --content "kubo:$url" content add -Q "$work/input"; }
: > "$work/add-kubo"; : > "$work/add-mifm"; : > "$work/cat-kubo"; : > "$work/cat-mifm"; : > "$work/migrate"
kuboversion=$("$kubo" version --number)
say "$mib MiB through Kubo $kuboversion's RPC API: ipfs (Kubo's own client) and mifm (the node in front of it)"
i=0
while [ $i -lt "$rounds" ]; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 1 ]; then add_kubo $i; add_mifm $i; else add_mifm $i; add_kubo $i; fi
	if [ "$(cat "$work/add-kubo.out")" != "$(cat "$work/add-mifm.out")" ]; then
		echo "CIDs differ: Kubo $(cat "$work/add-kubo.out"), mifm $(cat "$work/add-mifm.out")" >&2
		exit 1
	fi
done
root=$(cat "$work/add-kubo.out")
start_kubo cat
"$kubo" --api "$api" add -Q "$work/input" >/dev/null
i=0
while [ $i -lt "$rounds" ]; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 1 ]; then
		timed "$work/cat-kubo" "$kubo" --api "$api" cat "$root"
		timed "$work/cat-mifm" "$mifm" --home "$work/home" --content "kubo:$url" content cat "$root"
	else
		timed "$work/cat-mifm" "$mifm" --home "$work/home" --content "kubo:$url" content cat "$root"
		timed "$work/cat-kubo" "$kubo" --api "$api" cat "$root"
	fi
	cmp -s "$work/cat-kubo.out" "$work/input" && cmp -s "$work/cat-mifm.out" "$work/input" || { echo "cat returned other bytes" >&2; exit 1; }
done
"$mifm" --home "$work/home" content add -Q "$work/input" >/dev/null # into the embedded store
i=0
while [ $i -lt "$rounds" ]; do
	i=$((i + 1))
	start_kubo "migrate-$i"
	timed "$work/migrate" "$mifm" --home "$work/home" content migrate --to "kubo:$url"
	# migrate switched the home to Kubo: back to the embedded store for the next round.
	sed -i 's|^backend = "kubo:.*"$|backend = "embedded"|' "$work/home/config.toml"
done
report() {
	name=$1 k=$(median < "$work/$2-kubo") m=$(median < "$work/$2-mifm")
	say "$(awk -v n="$name" -v mib="$mib" -v k="$k" -v m="$m" -v r="$rounds" 'BEGIN {
		printf "%-4s median of %d: ipfs %.2fs (%.0f MiB/s)  mifm %.2fs (%.0f MiB/s)  mifm/ipfs throughput = %.2fx\n", n, r, k, mib / k, m, mib / m, k / m
	}')"
	row "$name $mib MiB through the Kubo backend (median of $rounds)" \
		"$(awk -v mib="$mib" -v m="$m" 'BEGIN { printf "%.1f", mib / m }')" "ipfs $2 on Kubo $kuboversion" \
		"$(awk -v mib="$mib" -v k="$k" 'BEGIN { printf "%.1f", mib / k }')" "MiB/s" higher
}
say "CID  $root"
report add add
report cat cat
mg=$(median < "$work/migrate")
say "$(awk -v mib="$mib" -v m="$mg" -v r="$rounds" 'BEGIN { printf "migrate: median of %d: %.2fs (%.0f MiB/s) from the embedded store into a fresh Kubo\n", r, m, mib / m }')"
