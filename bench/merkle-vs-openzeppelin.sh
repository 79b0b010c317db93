#!/bin/sh
# Time to cut a batch of N version leaves into a Merkle tree with a proof of
# every leaf, and time to verify every proof from its leaf's values, by mifm
# (node/anchor/merkle, bench/merkletime) and by OpenZeppelin's own
# @openzeppelin/merkle-tree (testnet/merkle-js, pinned), on the same seeded
# leaves of node/anchor's encoding ["string","uint256","bytes"] (subject,
# sequence number, document CID), ROUNDS times with the side that goes first
# alternating, and the medians' ratio. Each side times itself inside its
# process, without its start and the reading of the leaves; both trees must
# have the same root. The library's getProof hashes the value again and
# checks the proof it returns, and its verify hashes the value: that is what
# its callers pay, so it is timed as it is.
# Usage: bench/merkle-vs-openzeppelin.sh [--tsv] [N] [ROUNDS]   (leaves, default 2048; 5 rounds)
# A 65,536-leaf round takes OpenZeppelin's library about two minutes.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
n=${1:-2048}
rounds=${2:-5}
command -v node >/dev/null || { echo "bench: Node.js is needed for the @openzeppelin/merkle-tree side" >&2; exit 1; }
lib=@openzeppelin/merkle-tree
pin=$(sed -n 's/.*"@openzeppelin\/merkle-tree": "\([^"]*\)".*/\1/p' testnet/merkle-js/package.json)
have=$(sed -n 's/^  "version": "\([^"]*\)".*/\1/p' "testnet/merkle-js/node_modules/$lib/package.json" 2>/dev/null || true)
if [ "$have" != "$pin" ]; then
	echo "bench: testnet/merkle-js needs $lib $pin installed (found ${have:-none}): run make merkle-js-deps" >&2
	exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/merkletime" ./bench/merkletime
"$work/merkletime" -gen "$n" -out "$work/leaves.json"

# field NAME prints a number or a hex string of the JSON line on stdin.
field() { sed -n "s/.*\"$1\":\"*\([0-9a-fx.e+-]*\).*/\1/p"; }
# side NAME COMMAND...: one run, its times appended to $work/NAME.build and
# $work/NAME.verify, its root checked against the other side's.
side() {
	name=$1
	shift
	out=$("$@" < "$work/leaves.json")
	b=$(echo "$out" | field buildMs); v=$(echo "$out" | field verifyMs); r=$(echo "$out" | field root)
	[ -n "$b" ] && [ -n "$v" ] && [ -n "$r" ] || { echo "bench: $name printed no times: $out" >&2; exit 1; }
	echo "$b" >> "$work/$name.build"
	echo "$v" >> "$work/$name.verify"
	[ -f "$work/root" ] || echo "$r" > "$work/root"
	if [ "$r" != "$(cat "$work/root")" ]; then
		echo "bench: $name's root is $r, the other side's $(cat "$work/root")" >&2
		exit 1
	fi
}
mifm() { side mifm "$work/merkletime" -in /dev/stdin; }
oz() { side oz node testnet/merkle-js/merkle.mjs; }
i=0
while [ $i -lt "$rounds" ]; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 1 ]; then mifm; oz; else oz; mifm; fi
done
mb=$(median < "$work/mifm.build"); ob=$(median < "$work/oz.build")
mv=$(median < "$work/mifm.verify"); ov=$(median < "$work/oz.verify")
say "$(awk -v n="$n" -v r="$rounds" -v v="$pin" -v mb="$mb" -v ob="$ob" -v mv="$mv" -v ov="$ov" -v root="$(cat "$work/root")" 'BEGIN {
	printf "%d version leaves, root %s, median of %d\n", n, root, r
	printf "%-34s %12s %12s %9s\n", "", "mifm ms", "OZ " v " ms", "mifm/OZ"
	printf "%-34s %12.1f %12.1f %8.3fx\n", "tree and a proof of every leaf", mb, ob, mb / ob
	printf "%-34s %12.1f %12.1f %8.3fx\n", "every proof verified", mv, ov, mv / ov
}')"
row "Merkle tree and every proof, $n version leaves (median of $rounds)" "$(printf '%.1f' "$mb")" \
	"@openzeppelin/merkle-tree $pin" "$(printf '%.1f' "$ob")" ms lower
row "every Merkle proof verified, $n version leaves (median of $rounds)" "$(printf '%.1f' "$mv")" \
	"@openzeppelin/merkle-tree $pin" "$(printf '%.1f' "$ov")" ms lower
