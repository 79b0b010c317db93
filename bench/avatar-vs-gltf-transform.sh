#!/bin/sh
# Time to decimate an avatar to a share of its triangles, and the error that
# leaves, by mifm (node/avatar/vrm's Decimate, bench/avatartime) and by glTF
# Transform (@gltf-transform/functions' weld() then simplify() with
# meshoptimizer's MeshoptSimplifier, testnet/avatar-js/simplify.mjs, pinned),
# on the same VRM 1.0 avatar of node/avatar/sample (DETAIL 8 is 114,432
# triangles, a 2048-pixel texture), ROUNDS times with the side that goes
# first alternating, and the medians' ratio. Each side times its decimation
# alone inside its process, without its start, the reading of the file and
# the writing of the result (glTF Transform's simplify step includes the
# compaction of the vertex buffers, as Decimate's does). glTF Transform runs
# with error=1, which is no error bound: simplify.mjs's default (0.01 of the
# mesh's radius; the library's own is 1e-4) could stop it short of RATIO,
# and both sides aim at RATIO alone.
# The error of each result is the symmetric Hausdorff distance between the
# avatar's surface and the result's (node/avatar/simplify.Hausdorff, by
# avatartime for both sides), as a percentage of the avatar's bounding box
# diagonal. glTF Transform drops VRM's extensions (its output is a plain
# glTF), so the sizes of the two outputs are shown but not compared.
# Usage: bench/avatar-vs-gltf-transform.sh [--tsv] [DETAIL] [RATIO] [ROUNDS]   (default 8, 0.5, 5 rounds)
# Measuring the error takes each side about 15 seconds a round.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
detail=${1:-8}
ratio=${2:-0.5}
rounds=${3:-5}
command -v node >/dev/null || { echo "bench: Node.js is needed for the glTF Transform side" >&2; exit 1; }
for lib in @gltf-transform/functions meshoptimizer; do
	pin=$(sed -n "s|.*\"$lib\": \"\([^\"]*\)\".*|\1|p" testnet/avatar-js/package.json)
	have=$(sed -n 's/^[[:space:]]*"version": *"\([^"]*\)".*/\1/p' "testnet/avatar-js/node_modules/$lib/package.json" 2>/dev/null | head -n 1)
	if [ -z "$pin" ] || [ "$have" != "$pin" ]; then
		echo "bench: testnet/avatar-js needs $lib ${pin:-(pin not found)} installed (found ${have:-none}): run make avatar-js-deps" >&2
		exit 1
	fi
done
gt=$(sed -n 's|.*"@gltf-transform/functions": "\([^"]*\)".*|\1|p' testnet/avatar-js/package.json)
mo=$(sed -n 's|.*"meshoptimizer": "\([^"]*\)".*|\1|p' testnet/avatar-js/package.json)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/avatartime" ./bench/avatartime
"$work/avatartime" -gen -detail "$detail" -texture 2048 -out "$work/in.vrm" 2> "$work/gen.err" || { cat "$work/gen.err" >&2; exit 1; }

# field NAME prints a number of the JSON line on stdin.
field() { sed -n "s/.*\"$1\":\([0-9.e+-]*\).*/\1/p"; }
# record NAME OUT: the times, triangles and bytes of one run appended to
# $work/NAME.*, its triangles before checked against the other side's.
record() {
	name=$1
	for f in ms trianglesBefore trianglesAfter bytesAfter hausdorff; do
		v=$(echo "$2" | field $f)
		[ -n "$v" ] || { echo "bench: $name printed no $f: $2" >&2; exit 1; }
		echo "$v" >> "$work/$name.$f"
	done
}
mifm() {
	out=$("$work/avatartime" -in "$work/in.vrm" -ratio "$ratio") || exit 1
	record mifm "$out"
}
gltf() {
	req=$(printf '{"file":"%s","ratio":%s,"error":1,"out":"%s"}' "$work/in.vrm" "$ratio" "$work/gt.glb")
	rm -f "$work/gt.glb"
	if ! out=$(echo "$req" | node testnet/avatar-js/simplify.mjs 2> "$work/gt.err"); then
		cat "$work/gt.err" >&2
		exit 1
	fi
	h=$("$work/avatartime" -hausdorff "$work/in.vrm" "$work/gt.glb") || exit 1
	record gt "$out,$h"
}
i=0
while [ $i -lt "$rounds" ]; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 1 ]; then mifm; gltf; else gltf; mifm; fi
done
for s in mifm gt; do
	for f in ms trianglesBefore trianglesAfter bytesAfter hausdorff; do
		eval "${s}_$f=\$(median < \"\$work/\$s.\$f\")"
	done
done
# glTF Transform counts its triangles after weld(), which merges
# bitwise-equal vertices.
if [ "$mifm_trianglesBefore" != "$gt_trianglesBefore" ]; then
	say "note: glTF Transform counts $gt_trianglesBefore triangles after weld(), mifm $mifm_trianglesBefore"
fi
bytes=$(wc -c < "$work/in.vrm" | tr -d ' ')
say "$(awk -v d="$detail" -v r="$ratio" -v n="$rounds" -v tris="$mifm_trianglesBefore" -v bytes="$bytes" -v gt="$gt" -v mo="$mo" \
	-v mt="$mifm_ms" -v gtt="$gt_ms" -v ma="$mifm_trianglesAfter" -v ga="$gt_trianglesAfter" \
	-v mh="$mifm_hausdorff" -v gh="$gt_hausdorff" -v mb="$mifm_bytesAfter" -v gb="$gt_bytesAfter" 'BEGIN {
	printf "sample avatar, detail %d (%d triangles, %d bytes), decimated to %g, median of %d\n", d, tris, bytes, r, n
	printf "glTF Transform %s with meshoptimizer %s, error=1 (no bound)\n", gt, mo
	printf "%-34s %12s %14s %9s\n", "", "mifm", "glTF Transform", "mifm/gT"
	printf "%-34s %12.1f %14.1f %8.3fx\n", "decimation ms", mt, gtt, mt / gtt
	printf "%-34s %12d %14d\n", "triangles after (target " int(r * tris) ")", ma, ga
	if (gh > 0) printf "%-34s %12.4f %14.4f %8.3fx\n", "Hausdorff error, % of diagonal", mh, gh, mh / gh
	else printf "%-34s %12.4f %14.4f\n", "Hausdorff error, % of diagonal", mh, gh
	printf "%-34s %12d %14d\n", "bytes after (VRM / plain glTF)", mb, gb
}')"
peer="@gltf-transform/functions $gt (meshoptimizer $mo)"
measure="decimate a $mifm_trianglesBefore-triangle avatar to $ratio"
row "$measure, time (median of $rounds)" "$(printf '%.1f' "$mifm_ms")" "$peer" "$(printf '%.1f' "$gt_ms")" ms lower
if awk -v h="$gt_hausdorff" 'BEGIN { exit !(h > 0) }'; then
	# In parts per million of the diagonal: bench/report.md shows one decimal.
	row "$measure, Hausdorff error (median of $rounds)" "$(awk -v h="$mifm_hausdorff" 'BEGIN { printf "%.0f", h * 1e4 }')" \
		"$peer" "$(awk -v h="$gt_hausdorff" 'BEGIN { printf "%.0f", h * 1e4 }')" "ppm of the bounding box diagonal" lower
else
	say "(no error row: glTF Transform's error is 0, which has no ratio)"
fi
