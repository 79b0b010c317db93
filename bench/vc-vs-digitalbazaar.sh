#!/bin/sh
# Verifications per second of one credential (bench/vc/credential.json: the
# VC Data Integrity EdDSA Recommendation's example, eddsa-rdfc-2022) by mifm
# and by the npm @digitalbazaar/vc stack (vc.verifyCredential with
# data-integrity, eddsa-rdfc-2022-cryptosuite and jsonld), each on one core
# with the same contexts held offline, ROUNDS times with the side that goes
# first alternating, and the medians' ratio.
# Usage: bench/vc-vs-digitalbazaar.sh [--tsv] [N] [ROUNDS]   (verifications per side and round, default 2000, 5 rounds)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
n=${1:-2000}
rounds=${2:-5}
command -v node >/dev/null || { echo "bench: Node.js is needed for the @digitalbazaar/vc side" >&2; exit 1; }
if [ ! -d bench/vc/node_modules/@digitalbazaar/vc ]; then
	(cd bench/vc && npm ci --no-audit --no-fund >/dev/null)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go test -c -o "$work/did.test" ./did
mifm_once() {
	out=$(cd did && "$work/did.test" -test.run '^$' -test.count 1 -test.cpu 1 -test.benchtime "${n}x" -test.bench '^BenchmarkVerifyCredentialShared$')
	v=$(echo "$out" | metric verifications/s)
	[ -n "$v" ] || { echo "bench: mifm printed nothing: $out" >&2; exit 1; }
	echo "$v" >> "$work/mifm"
}
db_once() {
	js=$(node bench/vc/verify.mjs "$n")
	v=$(echo "$js" | sed -n 's/.*"perSecond":\([0-9.]*\).*/\1/p')
	[ -n "$v" ] || { echo "bench: @digitalbazaar/vc printed nothing: $js" >&2; exit 1; }
	echo "$v" >> "$work/db"
}
i=0
while [ $i -lt "$rounds" ]; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 1 ]; then mifm_once; db_once; else db_once; mifm_once; fi
done
m=$(median < "$work/mifm"); d=$(median < "$work/db")
dbv=$(sed -n 's/.*"@digitalbazaar\/vc": "\([^"]*\)".*/\1/p' bench/vc/package.json)
say "$(awk -v m="$m" -v d="$d" -v r="$rounds" -v v="$dbv" 'BEGIN {
	printf "%-44s %14s\n", "verifier (one core, eddsa-rdfc-2022), median of " r, "verifications/s"
	printf "%-44s %14.0f\n", "mifm (VerifyCredential: every check)", m
	printf "%-44s %14.0f\n", "@digitalbazaar/vc " v " (verifyCredential)", d
	printf "%-44s %13.2fx\n", "mifm / digitalbazaar", m / d
}')"
row "credential verifications, eddsa-rdfc-2022, one core (median of $rounds)" "$(printf '%.1f' "$m")" \
	"@digitalbazaar/vc $dbv" "$(printf '%.1f' "$d")" verifications/s higher
