#!/usr/bin/env bash
# Runs the hostile-input corpus (generate.sh) through the built CLI, one child process per case,
# each with a time limit and a memory limit, and checks: the expected exit code, the file named in
# the output, no stack trace, nothing it must not print. Prints one line per case with its exit
# code, seconds and peak memory; exits 1 when a case fails.
#   usage: run.sh [path/to/elections.dll]   (default: the Release build)
#   HOSTILE_TIMEOUT (seconds, default 60: the machine may be busy), HOSTILE_MAX_MB (peak resident memory, default 600),
#   HOSTILE_ONLY (a substring of the case names to run)
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cli="${1:-$root/src/Elections.Cli/bin/Release/net10.0/elections.dll}"
limit="${HOSTILE_TIMEOUT:-60}"
max_mb="${HOSTILE_MAX_MB:-600}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/tests/hostile/generate.sh" "$work" || exit 1

failed=0
printf '%-40s %4s %7s %7s  %s\n' case exit seconds MB result
for dir in "$work"/*/; do
  dir="${dir%/}"; name="$(basename "$dir")"
  [[ -n "${HOSTILE_ONLY:-}" && "$name" != *"$HOSTILE_ONLY"* ]] && continue
  { read -r expected; read -r must; read -r mustnot; read -r args; } < "$dir/case"
  read -ra argv <<< "${args//\{dir\}/$dir}"
  # The managed heap is capped too, so a runaway case fails fast instead of swapping.
  # GNU time measures the peak memory; without it only the heap cap and the time limit apply.
  timer=(); [[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f '%e %M' -o "$dir/time")
  DOTNET_GCHeapHardLimit=0x40000000 "${timer[@]}" \
    timeout -s KILL "$limit" dotnet "$cli" "${argv[@]}" > "$dir/out" 2>&1 < /dev/null
  code=$?
  read -r seconds kb < <(tail -n 1 "$dir/time" 2>/dev/null | grep -E '^[0-9.]+ [0-9]+$' || echo "- 0")
  mb=$((kb / 1024))
  problems=()
  [[ "$code" == "$expected" ]] || problems+=("exit $code, expected $expected")
  grep -qF -- "$must" "$dir/out" || problems+=("output does not name '$must'")
  [[ -z "$mustnot" ]] || ! grep -qF -- "$mustnot" "$dir/out" || problems+=("output contains '$mustnot'")
  ! grep -qE '^\s+at .+\(|Unhandled exception|Stack overflow' "$dir/out" || problems+=("stack trace")
  (( mb <= max_mb )) || problems+=("peak memory ${mb} MB over ${max_mb} MB")
  if [[ "$code" == 137 ]]; then problems+=("killed after ${limit} s"); fi
  if ((${#problems[@]})); then
    failed=1
    printf '%-40s %4s %7s %7s  FAIL: %s\n' "$name" "$code" "$seconds" "$mb" "$(IFS=';'; echo "${problems[*]}")"
    head -c 600 "$dir/out" | sed "s/^/    | /"; echo
  else
    printf '%-40s %4s %7s %7s  ok\n' "$name" "$code" "$seconds" "$mb"
  fi
done
exit "$failed"
