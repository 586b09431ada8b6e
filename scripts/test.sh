#!/usr/bin/env bash
# Runs the whole test suite: installs the test data packages (GitHub's OpenAPI description and
# webhook examples), a local PostgreSQL for the store tests and Debian chromium for the tests that
# open rendered pages, builds without warnings, runs every test project, then the conformance corpus (../shared/reference-elections; reported absent when
# it is not there).
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --prefix tests/contract --no-audit --no-fund --loglevel=error
npm ci --prefix tests/webhooks-examples --no-audit --no-fund --loglevel=error
npm ci --prefix tests/scenarios --no-audit --no-fund --loglevel=error
ELECTIONS_TEST_POSTGRES="$(scripts/postgres.sh)"
export ELECTIONS_TEST_POSTGRES
scripts/chromium.sh
# mkfs.ext4 for the SQLite read-only fault test (an ext4 image on a loop device; skipped without it).
command -v mkfs.ext4 >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq e2fsprogs >/dev/null; } || true

dotnet build Elections.sln -c Release -warnaserror -nologo -v quiet
# One test project at a time, each running its own test classes in parallel: on two cores this takes as long
# as all six at once, and the in-process servers (the Sandbox, the webhook host, SMTP) of the timing tests
# (body limits, retries) are not starved by five other test hosts.
failed=()
for project in tests/*/*.Tests.csproj; do
  dotnet test "$project" -c Release --no-build -nologo -v quiet || failed+=("$project")
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "test.sh: failed: ${failed[*]}" >&2
  exit 1
fi
scripts/conformance.sh
