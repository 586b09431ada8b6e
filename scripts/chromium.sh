#!/usr/bin/env bash
# Installs Debian `chromium` when missing, for the tests that open rendered pages in a headless
# browser (Playwright for .NET launches it by path; it never downloads a browser). Skipped when
# ELECTIONS_CHROMIUM names another binary. Idempotent.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ -n "${ELECTIONS_CHROMIUM:-}" ]; then
  [ -x "$ELECTIONS_CHROMIUM" ] || { echo "chromium.sh: ELECTIONS_CHROMIUM=$ELECTIONS_CHROMIUM is not executable" >&2; exit 1; }
  exit 0
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "chromium.sh: installing chromium (Debian)" >&2
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >&2
fi
