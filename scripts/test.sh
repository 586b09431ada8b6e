#!/usr/bin/env bash
# Runs the whole test suite: installs the test data packages (GitHub's OpenAPI description),
# builds without warnings, runs every test project, then the conformance corpus
# (../shared/reference-elections; reported absent when it is not there).
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --prefix tests/contract --no-audit --no-fund --loglevel=error

dotnet build Elections.sln -c Release -warnaserror -nologo -v quiet
dotnet test Elections.sln -c Release --no-build -nologo -v quiet
dotnet tools/Elections.Conformance/bin/Release/net10.0/Elections.Conformance.dll
