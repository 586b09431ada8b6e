#!/usr/bin/env bash
# The main job on the embedded defaults: validates the sample election in this repository and
# shows its status at a moment during the endorsement phase and now.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build src/Elections.Cli -c Release -nologo -v quiet
elections() { dotnet src/Elections.Cli/bin/Release/net10.0/elections.dll "$@"; }

elections validate --repo .
elections status --repo . --at 2026-09-28T18:00:00Z
elections status --repo .
