#!/usr/bin/env bash
# Publishes `elections` as one self-contained executable (no .NET needed on the target machine)
# into artifacts/bin/RID/elections. Usage: scripts/publish-single-file.sh [RID]
# RID: linux-x64 (default), linux-arm64, osx-arm64, win-x64, ... (see docs: .NET runtime identifiers).
set -euo pipefail
cd "$(dirname "$0")/.."

rid="${1:-linux-x64}"
out="artifacts/bin/$rid"
dotnet publish src/Elections.Cli -c Release -r "$rid" --self-contained \
  -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none -p:GenerateDocumentationFile=false \
  -o "$out" -nologo -v quiet
echo "published $out/elections$([ "${rid%%-*}" = win ] && echo .exe)"
