#!/usr/bin/env bash
# The main job: rehearses the sample election in this repository from kickoff to result on an
# emulated GitHub, in one process (elections rehearse, docs/rehearsal.md), and prints where the
# HTML report is. Then validates the sample and shows its status during the endorsement phase.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build src/Elections.Cli -c Release -nologo -v quiet
elections() { dotnet src/Elections.Cli/bin/Release/net10.0/elections.dll "$@"; }

elections rehearse --repo . --voters 200 --seed 1 --out .elections/rehearsal
elections validate --repo .
elections status --repo . --at 2026-09-28T18:00:00Z
echo "Rehearsal report: $PWD/.elections/rehearsal/report.html (dashboard: .elections/rehearsal/dashboard.html)"
