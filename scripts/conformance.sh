#!/usr/bin/env bash
# Runs the conformance corpus (../shared/reference-elections/expected.json) against the counting
# methods: prints one row per case and exits non-zero on any FAIL. Without the corpus it says so
# and exits 0. Extra arguments go to the runner (--corpus DIR, --case ID-PREFIX).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tools/Elections.Conformance -c Release -nologo -v quiet
dotnet tools/Elections.Conformance/bin/Release/net10.0/Elections.Conformance.dll "$@"
