#!/bin/sh
# Verifications per second of one credential (bench/vc/credential.json: the
# VC Data Integrity EdDSA Recommendation's example, eddsa-rdfc-2022) by mifm
# and by the npm @digitalbazaar/vc stack (vc.verifyCredential with
# data-integrity, eddsa-rdfc-2022-cryptosuite and jsonld), each on one core
# with the same contexts held offline, and their ratio.
# Usage: bench/vc-vs-digitalbazaar.sh [N]   (verifications per side, default 2000)
set -eu
cd "$(dirname "$0")/.."
n=${1:-2000}
command -v node >/dev/null || { echo "bench: Node.js is needed for the @digitalbazaar/vc side" >&2; exit 1; }
if [ ! -d bench/vc/node_modules/@digitalbazaar/vc ]; then
	(cd bench/vc && npm ci --no-audit --no-fund >/dev/null)
fi
js=$(node bench/vc/verify.mjs "$n")
go=$(go test ./did -run '^$' -count 1 -cpu 1 -benchtime "${n}x" -bench '^BenchmarkVerifyCredentialShared$')
mifm=$(echo "$go" | awk '/^BenchmarkVerifyCredentialShared/ { for (i = 1; i < NF; i++) if ($(i+1) == "verifications/s") print $i }')
db=$(echo "$js" | sed 's/.*"perSecond":\([0-9.]*\).*/\1/')
[ -n "$mifm" ] && [ -n "$db" ] || { echo "bench: a side printed nothing: $go $js" >&2; exit 1; }
awk -v m="$mifm" -v d="$db" 'BEGIN {
	printf "%-44s %14s\n", "verifier (one core, eddsa-rdfc-2022)", "verifications/s"
	printf "%-44s %14.0f\n", "mifm (VerifyCredential: every check)", m
	printf "%-44s %14.0f\n", "@digitalbazaar/vc 7.3.0 (verifyCredential)", d
	printf "%-44s %13.2fx\n", "mifm / digitalbazaar", m / d
}'
