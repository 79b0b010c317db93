#!/bin/sh
# A local testnet: one chain and three nodes on loopback, each a separate
# process with its own home (platform A, platform B, a bridge). It registers
# their manifestos (demo/manifestos/), opens a direct channel A–B and a
# channel A–B through the bridge for the avatar formats they don't share,
# prints the channels, and stops everything it started, by PID, on exit or
# interrupt.
#
#   testnet/run.sh [--wait] [DIR]
#
# --wait keeps the network up until Ctrl-C. DIR holds the homes and logs
# (default: a new temporary folder, removed at the end unless --wait).
# MIFM names a built mifm binary (default: built into DIR);
# MIFM_TESTNET_PORT is the first of the 7 loopback ports used (default 18600).
set -eu

wait_up=false
if [ "${1:-}" = "--wait" ]; then wait_up=true; shift; fi
cd "$(dirname "$0")/.."
repo=$(pwd)
keep=true
if [ $# -gt 0 ]; then dir=$1; mkdir -p "$dir"; else dir=$(mktemp -d); keep=$wait_up; fi
dir=$(cd "$dir" && pwd)
base=${MIFM_TESTNET_PORT:-18600}
pids=""

stop() {
	status=$?
	trap - EXIT INT TERM
	for pid in $pids; do kill "$pid" 2>/dev/null || true; done
	for pid in $pids; do wait "$pid" 2>/dev/null || true; done
	if [ "$keep" = false ]; then rm -rf "$dir"; fi
	exit "$status"
}
trap stop EXIT
trap 'exit 130' INT TERM

mifm=${MIFM:-}
if [ -z "$mifm" ]; then
	echo "== building mifm"
	go build -o "$dir/mifm" ./cli/mifm
	mifm=$dir/mifm
fi
printf 'testnet passphrase\n' > "$dir/passphrase"
chmod 600 "$dir/passphrase"
export MIFM_PASSPHRASE_FILE="$dir/passphrase"
chain_url=http://127.0.0.1:$base

echo "== chain on $chain_url"
"$mifm" --home "$dir/chain" init --kdf light --dev-accounts 0 >/dev/null
"$mifm" --home "$dir/chain" chain serve --http "127.0.0.1:$base" >"$dir/chain.log" 2>&1 &
pids="$pids $!"

up() { # wait until a command succeeds (30 s)
	n=0
	until "$@" >/dev/null 2>&1; do
		n=$((n + 1))
		if [ $n -gt 300 ]; then echo "testnet: timed out waiting for: $*" >&2; return 1; fi
		sleep 0.1
	done
}
up "$mifm" --home "$dir/chain" --chain "$chain_url" chain info

i=1
for name in a b bridge; do
	ri=$((base + i)); re=$((base + i + 1)); i=$((i + 2))
	home=$dir/$name
	"$mifm" --home "$home" --chain "$chain_url" init --kdf light --dev-accounts 1 --allow-private 127.0.0.0/8 --allow-private ::1/128 >/dev/null
done
# The three operators trust each other as partners (the registry of the
# shared chain knows none of them): nodes negotiate with partners only.
for name in a b bridge; do
	for other in a b bridge; do
		[ "$other" = "$name" ] && continue
		"$mifm" --home "$dir/$name" platform partner add "$(sed -n 's/^did *= *"\(.*\)"$/\1/p' "$dir/$other/config.toml" | head -1)" >/dev/null
	done
done
i=1
for name in a b bridge; do
	ri=$((base + i)); re=$((base + i + 1)); i=$((i + 2))
	home=$dir/$name
	flags=""
	if [ "$name" = bridge ]; then flags=--bridge; fi
	"$mifm" --home "$home" node run --ri-listen "127.0.0.1:$ri" --re-listen "127.0.0.1:$re" $flags >"$dir/$name.log" 2>&1 &
	pids="$pids $!"
	eval "re_$name=http://127.0.0.1:$re"
done
for name in a b bridge; do
	# The node's own log says when it serves; `node status` would open the
	# home's store in process while the node is still starting and race it
	# for the store's lock.
	up grep -q "running (pid" "$dir/$name.log"
	manifesto=$repo/demo/manifestos/platform-$name.json
	if [ "$name" = bridge ]; then manifesto=$repo/demo/manifestos/bridge.json; fi
	"$mifm" --home "$dir/$name" platform manifesto set "$manifesto"
done

echo "== channel A–B, direct"
"$mifm" --home "$dir/a" channel open "$re_b"
echo
echo "== channel A–B through the bridge, for the avatar formats they don't share"
"$mifm" --home "$dir/a" channel open --bridge "$re_bridge" --require avatar.format:vrm-0.x "$re_b"
echo
for name in a b bridge; do
	echo "== channels of $name"
	"$mifm" --home "$dir/$name" channel list
done
echo
echo "== audit logs"
for name in a b bridge; do
	printf '%s: ' "$name"
	"$mifm" --home "$dir/$name" audit verify
done

if [ "$wait_up" = true ]; then
	echo
	echo "testnet up in $dir (homes a, b, bridge; chain $chain_url). Ctrl-C stops it."
	echo "try: $mifm --home $dir/a channel list"
	# A background sleep the traps can interrupt (a foreground one would
	# hold them off until it ends), stopped with the rest.
	sleep 2147483647 &
	pids="$pids $!"
	wait $!
fi
