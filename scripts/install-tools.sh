#!/usr/bin/env bash
# Installs the real checkers the export tests use into the git-ignored .tools/ folder:
#   .tools/bicep/bicep   Microsoft's Bicep CLI (NuGet package Azure.Bicep.CommandLine.linux-x64)
#   .tools/pwsh/pwsh     PowerShell, the dotnet tool (its parser checks the PowerShell exports)
# Needs the .NET SDK (`dotnet`). shellcheck comes from Debian (`apt-get install shellcheck`), the HCL
# parser from npm (@cdktf/hcl2json, a devDependency). Safe to re-run: what is there is kept.
# Without .NET it says so and stops with status 0: the tests that need these tools then skip, saying why.
set -euo pipefail
cd "$(dirname "$0")/.."

BICEP_VERSION="${BICEP_VERSION:-0.49.2}"
PWSH_VERSION="${PWSH_VERSION:-7.6.10}" # 7.7.0 fails to install here
TOOLS="$PWD/.tools"
mkdir -p "$TOOLS"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "install-tools: no .NET SDK (dotnet) on PATH: the Bicep CLI and PowerShell are not installed; the tests that need them will skip."
  echo "install-tools: get the .NET SDK from https://dot.net, then run scripts/install-tools.sh again."
  exit 0
fi

if [ ! -x "$TOOLS/bicep/bicep" ]; then
  echo "install-tools: Bicep CLI $BICEP_VERSION from NuGet"
  work="$TOOLS/.bicep-restore"
  rm -rf "$work" && mkdir -p "$work"
  cat > "$work/restore.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$BICEP_VERSION]" /></ItemGroup>
</Project>
XML
  dotnet restore "$work/restore.csproj" --packages "$work/packages" --nologo -v q
  mkdir -p "$TOOLS/bicep"
  cp "$work/packages/azure.bicep.commandline.linux-x64/$BICEP_VERSION/tools/bicep" "$TOOLS/bicep/bicep"
  chmod +x "$TOOLS/bicep/bicep"
  rm -rf "$work"
fi
"$TOOLS/bicep/bicep" --version

if [ ! -x "$TOOLS/pwsh/pwsh" ]; then
  echo "install-tools: PowerShell $PWSH_VERSION (dotnet tool)"
  dotnet tool install PowerShell --version "$PWSH_VERSION" --tool-path "$TOOLS/pwsh" >/dev/null
fi
"$TOOLS/pwsh/pwsh" -NoLogo -NoProfile -Command '"PowerShell " + $PSVersionTable.PSVersion.ToString()'
