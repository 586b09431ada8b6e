#!/usr/bin/env bash
# Runs the conformance corpus (../shared/reference-elections/expected.json) against the counting
# methods: prints one row per case and exits non-zero on any FAIL. Without the corpus it says so
# and exits 0. Extra arguments go to the runner (--corpus DIR, --case ID-PREFIX). Then it replays the
# same corpus through `elections results` with each case's rules written as an election config
# (ResultsReplayTests, given the corpus in ELECTIONS_REFERENCE_ELECTIONS; scripts/test.sh runs this script; the plain test run uses a
# built-in case and never reads ../shared).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tools/Elections.Conformance -c Release -nologo -v quiet
dotnet tools/Elections.Conformance/bin/Release/net10.0/Elections.Conformance.dll "$@"
if [ -f ../shared/reference-elections/expected.json ]; then
  ELECTIONS_REFERENCE_ELECTIONS="$(cd ../shared/reference-elections && pwd)" \
    dotnet test tests/Elections.Cli.Tests -c Release -nologo -v quiet --filter "FullyQualifiedName~ResultsReplayTests"
fi
