#!/usr/bin/env bash
# civs-proportional at scale (issue 9), the current build and an older one side by side in one run:
#   100,000 ballots x 30 candidates, 7 seats: target <= 1 s, peak memory <= 2x the file
#   1,000,000 ballots x 30 candidates, 5 seats: target <= 10 s, peak memory <= 2x the file
#
#   OLD_DLL=/tmp/elections-old/src/Elections.Cli/bin/Release/net10.0/elections.dll bench/civs-proportional.sh
#
# Build the older version from a commit in a temporary folder first, e.g.
#   git archive 5391fac | tar -x -C /tmp/elections-old && (cd /tmp/elections-old && dotnet build src/Elections.Cli -c Release)
# The older version gets OLD_TIMEOUT seconds (default 120) and OLD_MEMORY_KB of address space
# (default 8 GB) per count, so a run that would take minutes or exhaust the machine stops.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${BENCH_DIR:-${TMPDIR:-/tmp}/elections-bench}
mkdir -p "$dir"
new=${ELECTIONS_DLL:-src/Elections.Cli/bin/Release/net10.0/elections.dll}
old=${OLD_DLL:-}
timeout_s=${OLD_TIMEOUT:-120}
memory_kb=${OLD_MEMORY_KB:-8000000}

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (GNU time) for peak memory" >&2; exit 1; }
dotnet build src/Elections.Cli -c Release -nologo -v quiet >/dev/null
dotnet build bench/Elections.Benchmarks -c Release -nologo -v quiet >/dev/null
bench() { dotnet bench/Elections.Benchmarks/bin/Release/net10.0/Elections.Benchmarks.dll "$@"; }
load() { cut -d' ' -f1 /proc/loadavg; }

# One count: wall, CPU, peak resident set and its ratio to the file, the winners' line.
count() {
  local dll=$1 file=$2 seats=$3 limit=$4
  local size out stats
  size=$(stat -c %s "$file")
  out=$(mktemp)
  if stats=$( { ( ulimit -v "$memory_kb"; timeout "$limit" /usr/bin/time -f '%e %U %S %M' dotnet "$dll" tally "$file" --method civs-proportional --seats "$seats" >"$out" ); } 2>&1 | tail -1); then
    read -r wall user sys rss <<<"$stats"
    awk -v w="$wall" -v u="$user" -v s="$sys" -v k="$rss" -v f="$size" \
      'BEGIN { printf "%6.2f s wall %6.2f s CPU  peak %7.1f MB (%.2fx file)", w, u + s, k * 1024 / 1e6, k * 1024 / f }'
    printf '  winners: %s' "$(sed -n '/^Winners:/,/^[A-Z]/p' "$out" | grep -E '^ +[0-9]+\.' | sed 's/^ *[0-9]*\. //' | paste -sd, -)"
  else
    printf 'did not finish within %s s / %s MB address space' "$limit" "$((memory_kb / 1000))"
  fi
  rm -f "$out"
}

# The runtime alone (no count): what every process pays before reading a byte of the file.
base=$( { /usr/bin/time -f '%M' dotnet "$new" --version >/dev/null; } 2>&1 | tail -1)
echo "runtime alone (elections --version): peak $(awk -v k="$base" 'BEGIN { printf "%.1f MB", k * 1024 / 1e6 }')"

for spec in "100000 7 --min-ranks 1" "100000 7" "1000000 5 --min-ranks 1"; do
  read -r ballots seats extra <<<"$spec"
  suffix=$([ -n "${extra:-}" ] && echo "partial" || echo "full")
  file=$dir/civs-$ballots-30-$suffix-seed1.blt
  [ -s "$file" ] || bench generate --ballots "$ballots" --candidates 30 ${extra:+$extra} --seed 1 --out "$file" >/dev/null
  echo "== $ballots ballots x 30 candidates ($suffix rankings), $seats seats, $(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f MB", b / 1e6 }'), load $(load)"
  echo "  new: $(count "$new" "$file" "$seats" 600)"
  if [ -n "$old" ]; then
    echo "  old: $(count "$old" "$file" "$seats" "$timeout_s")"
  fi
done
