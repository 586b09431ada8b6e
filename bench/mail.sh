#!/usr/bin/env bash
# Issue 12's mailout targets on this machine (figures in docs/mail.md; the machine may be shared):
#   1. a personalised 10,000-voter roll-notice mailout to a local SMTP sink: >= 200 messages/s;
#   2. the same mailout killed twice with kill -9 at random points and resumed with --resume: every
#      recipient gets the message, and duplicates (in flight at a kill) carry one Message-Id.
#
#   bench/mail.sh                 # VOTERS=10000 PORT=2526 BENCH_DIR=/tmp/elections-mail-bench
set -euo pipefail
cd "$(dirname "$0")/.."

voters=${VOTERS:-10000}
port=${PORT:-2526}
dir=${BENCH_DIR:-${TMPDIR:-/tmp}/elections-mail-bench}
rm -rf "$dir" && mkdir -p "$dir"

dotnet build src/Elections.Cli -c Release -nologo -v quiet >/dev/null
dotnet build bench/Elections.Benchmarks.Mail -c Release -nologo -v quiet >/dev/null
tool() { dotnet bench/Elections.Benchmarks.Mail/bin/Release/net10.0/Elections.Benchmarks.Mail.dll "$@"; }
cli=src/Elections.Cli/bin/Release/net10.0/elections.dll

sink_pid=
start_sink() {
  (exec dotnet bench/Elections.Benchmarks.Mail/bin/Release/net10.0/Elections.Benchmarks.Mail.dll sink "$port" "$1" >/dev/null) &
  sink_pid=$!
  for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && return; sleep 0.1; done
  echo "the sink did not start" >&2; exit 1
}
stop_sink() { kill "$sink_pid" 2>/dev/null || true; wait "$sink_pid" 2>/dev/null || true; }
trap stop_sink EXIT

# 1. Throughput: one uninterrupted run.
tool election . "$dir/speed" "$voters" "$port"
start_sink "$dir/speed.log"
start=$(date +%s.%N)
dotnet "$cli" mail send roll-notice --repo "$dir/speed" > "$dir/speed.out"
end=$(date +%s.%N)
stop_sink
cat "$dir/speed.out"
tool count "$dir/speed.log" "$voters"
awk -v n="$voters" -v s="$start" -v e="$end" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
  'BEGIN { printf "throughput: %d messages in %.2f s = %.0f messages/s (process start and rendering included; load %s)\n", n, e - s, n / (e - s), l }'

# 2. Killed twice at random points, then resumed until complete.
tool election . "$dir/kill" "$voters" "$port"
start_sink "$dir/kill.log"
run() { dotnet "$cli" mail send roll-notice --repo "$dir/kill" "$@"; }
for attempt in 1 2; do
  flag=; [ "$attempt" -gt 1 ] && flag=--resume
  (exec dotnet "$cli" mail send roll-notice --repo "$dir/kill" $flag > /dev/null 2>&1) &
  pid=$!
  # A random point of the run: once the sink holds a random number of messages (a fifth of them per kill, roughly).
  target=$(( (attempt - 1) * voters / 3 + RANDOM % (voters / 4) + 1 ))
  while kill -0 "$pid" 2>/dev/null && [ "$(wc -l < "$dir/kill.log")" -lt "$target" ]; do sleep 0.05; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "kill -9 number $attempt at ${target}+ messages: the sink holds $(wc -l < "$dir/kill.log") message(s)"
done
run --resume
stop_sink
tool count "$dir/kill.log" "$voters"
