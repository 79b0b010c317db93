#!/bin/sh
# Verifications per second of one JWT presentation (bench/vp/presentation.json,
# written by go run ./bench/mkvp: an Ed25519 did:key holder's VC-JWT 1.1
# presentation of a JWT-VC 1.1 credential from an Ed25519 did:key issuer,
# bound to a challenge and domain) by mifm (VerifyPresentationJWT) and by the
# npm did-jwt-vc stack (verifyPresentation with challenge and domain, then
# verifyCredential on the credential inside, which verifyPresentation leaves
# unchecked, over key-did-resolver), each on one core, ROUNDS times with the
# side that goes first alternating, and the medians' ratio.
# Usage: bench/vp-vs-did-jwt-vc.sh [--tsv] [N] [ROUNDS]   (verifications per side and round, default 500, 5 rounds)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
n=${1:-500}
rounds=${2:-5}
command -v node >/dev/null || { echo "bench: Node.js is needed for the did-jwt-vc side" >&2; exit 1; }
if [ ! -d testnet/vc-js/node_modules/did-jwt-vc ]; then
	(cd testnet/vc-js && npm ci --no-audit --no-fund >/dev/null)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go test -c -o "$work/did.test" ./did
mifm_once() {
	out=$(cd did && "$work/did.test" -test.run '^$' -test.count 1 -test.cpu 1 -test.benchtime "${n}x" -test.bench '^BenchmarkVerifyPresentationShared$')
	v=$(echo "$out" | metric verifications/s)
	[ -n "$v" ] || { echo "bench: mifm printed nothing: $out" >&2; exit 1; }
	echo "$v" >> "$work/mifm"
}
js_once() {
	js=$(node testnet/vc-js/verify-loop.mjs "$n" full)
	v=$(echo "$js" | sed -n 's/.*"perSecond":\([0-9.e+]*\).*/\1/p')
	[ -n "$v" ] || { echo "bench: did-jwt-vc printed nothing: $js" >&2; exit 1; }
	echo "$v" >> "$work/js"
}
i=0
while [ $i -lt "$rounds" ]; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 1 ]; then mifm_once; js_once; else js_once; mifm_once; fi
done
m=$(median < "$work/mifm"); d=$(median < "$work/js")
jsv=$(sed -n 's/.*"did-jwt-vc": "\([^"]*\)".*/\1/p' testnet/vc-js/package.json)
say "$(awk -v m="$m" -v d="$d" -v r="$rounds" -v v="$jsv" 'BEGIN {
	printf "%-50s %14s\n", "verifier (one core, JWT VP, EdDSA), median of " r, "verifications/s"
	printf "%-50s %14.0f\n", "mifm (VerifyPresentationJWT: every check)", m
	printf "%-50s %14.0f\n", "did-jwt-vc " v " (verifyPresentation+Credential)", d
	printf "%-50s %13.2fx\n", "mifm / did-jwt-vc", m / d
}')"
row "JWT presentation verifications, EdDSA, one core (median of $rounds)" "$(printf '%.1f' "$m")" \
	"did-jwt-vc $jsv" "$(printf '%.1f' "$d")" verifications/s higher
