#!/usr/bin/env bash
# The performance targets of issue 4, measured on this machine: prints one row per target with
# wall time, CPU time, peak memory and the load average at the moment of measuring.
#
#   bench/run.sh                 # generates the seeded 1,000,000 x 30 BLT once (46 MB), then measures
#   BENCH_DIR=/some/dir bench/run.sh
#   ELECTIONS_DLL=/publish/dir/elections.dll bench/run.sh   # e.g. a ReadyToRun publish (bench/README.md)
#
# Targets: parse >= 300 MB/s; `elections tally` end to end for 1 M x 30 with Schulze <= 1 s; Meek on
# Stack Overflow 2021 <= 100 ms; peak memory <= 2x the file for Schulze, Minimax-PM, Meek, Scottish STV.
# The machine may be shared: compare CPU time with wall time and read the load column.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${BENCH_DIR:-${TMPDIR:-/tmp}/elections-bench}
mkdir -p "$dir"
file=$dir/synthetic-1m-30-seed1.blt
corpus=${CORPUS:-../shared/reference-elections}

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (GNU time) for peak memory" >&2; exit 1; }
dotnet build src/Elections.Cli -c Release -nologo -v quiet >/dev/null
dotnet build bench/Elections.Benchmarks -c Release -nologo -v quiet >/dev/null
bench() { dotnet bench/Elections.Benchmarks/bin/Release/net10.0/Elections.Benchmarks.dll "$@"; }
cli=${ELECTIONS_DLL:-src/Elections.Cli/bin/Release/net10.0/elections.dll}
load() { cut -d' ' -f1 /proc/loadavg; }
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }

# Each voter ranks 1 to 30 candidates (a random prefix of a popularity-biased order), seed 1.
[ -s "$file" ] || bench generate --ballots 1000000 --candidates 30 --min-ranks 1 --seed 1 --out "$file" >/dev/null
size=$(stat -c %s "$file")
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }

rows=()
row() { rows+=("$(printf '%-36s | %-11s | %-50s | %-22s | %-5s' "$@")"); }

# Parse: best of 5 runs in one process (the first is cold), and the ratio to reading the file
# with the cheapest possible loop (steadier than either time on a busy machine).
l=$(load)
out=$(bench parse "$file" --repeat 5)
wall=$(field wall_mbs <<<"$out"); cpu=$(field cpu_mbs <<<"$out"); ratio=$(field floor_ratio <<<"$out")
row "parse BLT 1M x 30 ($(mb "$size") MB)" ">= 300 MB/s" "$wall MB/s wall, $cpu MB/s CPU (best of 5)" "floor ratio $ratio" "$l"

# End to end: one `elections tally` process per method; GNU time gives the peak resident set.
for method in schulze minimax meek scottish-stv; do
  l=$(load)
  stats=$( { /usr/bin/time -f '%e %U %S %M' dotnet "$cli" tally "$file" --method "$method" >/dev/null; } 2>&1 | tail -1)
  read -r wall user sys rss <<<"$stats"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  peak=$(awk -v k="$rss" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')
  times=$(awk -v k="$rss" -v f="$size" 'BEGIN { printf "%.2f", k * 1024 / f }')
  target="<= 2x file"
  [ "$method" = schulze ] && target="<= 1 s, 2x"
  row "tally --method $method, 1M x 30" "$target" "${wall} s wall, ${cpu} s CPU" "peak $peak MB (${times}x)" "$l"
done

# Meek on Stack Overflow 2021 (conformance case stackexchange-election13).
so=$(python3 -c 'import json,sys; print(next(c["file"] for c in json.load(open(sys.argv[1]))["cases"] if c["id"] == "stackexchange-election13"))' "$corpus/expected.json" 2>/dev/null || true)
if [ -n "$so" ] && [ -f "$corpus/$so" ]; then
  l=$(load)
  out=$(bench tally "$corpus/$so" meek --repeat 10)
  row "Meek SO 2021, in process" "<= 100 ms" "cold $(field cold_wall_ms <<<"$out") ms wall / $(field cold_cpu_ms <<<"$out") ms CPU, warm $(field warm_ms <<<"$out") ms" "read + count" "$l"
  l=$(load)
  stats=$( { /usr/bin/time -f '%e %U %S %M' dotnet "$cli" tally "$corpus/$so" --method meek >/dev/null; } 2>&1 | tail -1)
  read -r wall user sys rss <<<"$stats"
  row "Meek SO 2021, elections tally" "<= 100 ms" "${wall} s wall, $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') s CPU" "peak $(awk -v k="$rss" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }') MB" "$l"
else
  row "Meek SO 2021" "<= 100 ms" "skipped: no $corpus/expected.json" "" "$(load)"
fi

echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%-36s | %-11s | %-50s | %-22s | %-5s\n' "target" "goal" "time" "memory / note" "load"
printf '%s\n' "${rows[@]}"
