#!/bin/sh
# Runs every side-by-side comparison of mifm with its peer and writes their
# figures as one table: bench/report.md (Markdown, for the README) and
# bench/report.json (with the date, the commit and the machine). Timed
# comparisons are medians of alternating runs (each script says how).
# Usage: bench/report.sh   (make bench-report)
# A comparison a later issue adds is one more line below printing its rows
# with --tsv (bench/lib.sh).
set -eu
cd "$(dirname "$0")/.."
rows=$(mktemp)
trap 'rm -f "$rows"' EXIT
start=$(date +%s)
bench/ipfs-vs-kubo.sh --tsv 100 5 >> "$rows"
bench/ipfs-vs-kubo.sh --tsv 1024 3 >> "$rows"
bench/kubo-backend.sh --tsv 100 5 >> "$rows"
bench/gas-vs-openzeppelin.sh --tsv >> "$rows"
bench/chain-vs-geth.sh --tsv >> "$rows"
bench/vc-vs-digitalbazaar.sh --tsv >> "$rows"
bench/vp-vs-did-jwt-vc.sh --tsv >> "$rows"
bench/ethr-vs-ethr-did-resolver.sh --tsv >> "$rows"
bench/merkle-vs-openzeppelin.sh --tsv 2048 5 >> "$rows"
bench/merkle-vs-openzeppelin.sh --tsv 65536 3 >> "$rows"
bench/avatar-vs-gltf-transform.sh --tsv 8 0.5 5 >> "$rows"
bench/explorer-vs-ethers.sh --tsv 5000 5 >> "$rows"
commit=$(git rev-parse --short=12 HEAD)
git diff --quiet HEAD -- . ':!bench/report.md' ':!bench/report.json' || commit="$commit+changes"
go run ./bench/mkreport -in "$rows" -commit "$commit" -node "$(node --version)" \
	-md bench/report.md -json bench/report.json
echo
cat bench/report.md
echo
echo "bench/report.md and bench/report.json written in $(( $(date +%s) - start ))s"
