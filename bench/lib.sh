# Shared by the side-by-side scripts (sourced, not run).
#
# Each script prints a table for a reader, or, given --tsv as its first
# argument, one row per measure for bench/report.sh (the table then goes to
# stderr):
#   measure <TAB> mifm <TAB> peer name <TAB> peer <TAB> unit <TAB> better
# where better is "higher" or "lower" and the ratio is mifm / peer.

tsv=0
if [ "${1:-}" = --tsv ]; then
	tsv=1
	shift
fi

# say prints for the reader: stdout, or stderr when rows go to stdout.
say() {
	if [ "$tsv" = 1 ]; then printf '%s\n' "$*" >&2; else printf '%s\n' "$*"; fi
}

# row MEASURE MIFM PEER-NAME PEER UNIT BETTER prints one row under --tsv.
row() {
	if [ "$tsv" = 1 ]; then printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@"; fi
}

# median of the numbers on stdin, one a line.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# metric UNIT prints the value go test reported in UNIT on its benchmark line.
metric() { awk -v u="$1" '/^Benchmark/ { for (i = 1; i < NF; i++) if ($(i+1) == u) print $i }'; }
