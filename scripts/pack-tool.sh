#!/usr/bin/env bash
# Packs the `elections` command as a .NET tool (Elections.Cli.VERSION.nupkg) into artifacts/packages
# and prints how to install it. Usage: scripts/pack-tool.sh [VERSION]   (default: the csproj's)
set -euo pipefail
cd "$(dirname "$0")/.."

out=artifacts/packages
version_arg=()
if [ $# -ge 1 ]; then version_arg=(-p:Version="$1"); fi
dotnet pack src/Elections.Cli -c Release -o "$out" -nologo -v quiet "${version_arg[@]}"
package="$(ls -t "$out"/Elections.Cli.*.nupkg | head -1)"
version="$(basename "$package" .nupkg)"; version="${version#Elections.Cli.}"
echo "packed $package"
echo "install: dotnet tool install --global Elections.Cli --version $version --add-source $PWD/$out"
