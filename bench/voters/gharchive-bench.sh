#!/usr/bin/env bash
# GH Archive benchmark (issue 11): `elections voters generate --gharchive` against the decompression floor
# `ls *.json.gz | xargs -P$(nproc) -n1 gzip -dc > /dev/null`, side by side in one run, same files, same cores.
# Usage: bench/voters/gharchive-bench.sh [HOURS] [EVENTS_PER_HOUR]   (defaults keep one run under a minute)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
hours="${1:-24}"
per_hour="${2:-20000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/gharchive_generate.py" "$work/archive" "$hours" "$per_hour"
mkdir -p "$work/repo"
cp -r "$root/config" "$root/candidates" "$work/repo/"
sed -i 's/contributions_from: .*/contributions_from: 2024-01-01/; s/contributions_until: .*/contributions_until: 2024-02-01/' "$work/repo/config/election.yml"
dotnet build "$root/src/Elections.Cli" -c Release -nologo -v quiet >/dev/null
elections="$root/src/Elections.Cli/bin/Release/net10.0/elections"
echo "data: $(ls "$work/archive" | wc -l) hour files, $(du -sh "$work/archive" | cut -f1) compressed, $(cat "$work"/archive/*.json.gz | gzip -dc | wc -c) bytes uncompressed; cores: $(nproc)"
for round in 1 2 3; do
  start=$(date +%s.%N)
  (cd "$work/archive" && ls *.json.gz | xargs -P"$(nproc)" -n1 gzip -dc > /dev/null)
  mid=$(date +%s.%N)
  "$elections" voters generate --repo "$work/repo" --gharchive "$work/archive" --out "$work/repo/voters.json" > /dev/null
  end=$(date +%s.%N)
  python3 - "$start" "$mid" "$end" "$round" <<'PY'
import sys
s, m, e, r = map(float, sys.argv[1:5])
print(f"round {int(r)}: gzip -dc {m - s:.2f} s, elections {e - m:.2f} s, ratio {(e - m) / (m - s):.2f}x")
PY
done
