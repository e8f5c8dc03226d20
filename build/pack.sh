#!/usr/bin/env bash
# Packs the NuGet packages SecretGuard (analyzer + MSBuild task) and SecretGuard.Tool (CLI) into artifacts/packages.
# Usage: build/pack.sh [version] [output-dir]     (default version: from Directory.Build.props)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="${1:-}"
out="${2:-$repo/artifacts/packages}"
mkdir -p "$out"
args=(-c Release -nologo -v:q -o "$out")
if [[ -n "$version" ]]; then
  args+=("-p:Version=$version")
fi
dotnet pack "$repo/src/SecretGuard.Package/SecretGuard.Package.csproj" "${args[@]}"
dotnet pack "$repo/src/SecretGuard.Cli/SecretGuard.Cli.csproj" "${args[@]}"
ls -1 "$out"/*.nupkg
