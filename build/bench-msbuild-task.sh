#!/usr/bin/env bash
# Overhead of the SecretGuard MSBuild task on a project with 200 non-code config files.
# Builds three copies of the same project, interleaved, 5 rounds each (median reported):
#   off       package referenced, -p:SecretGuardEnabled=false  (no items globbed, no task)
#   on        package referenced, scan in-process (default)
#   taskhost  package referenced, -p:SecretGuardTaskHost=true   (scan in a separate TaskHostFactory process)
# Modes: cold (bin/ and obj/<config> deleted, restore kept), incremental (nothing changed),
#        touched (one config file edited: one file rescanned).
# Usage: build/bench-msbuild-task.sh [rounds]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
work="$(mktemp -d /tmp/sg-bench-XXXXXX)"
version="0.1.0-bench.$(date +%s)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cleanup() {
  rm -rf "$work" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/secretguard/$version"
}
[[ "${SG_BENCH_KEEP:-}" == 1 ]] || trap cleanup EXIT

echo "packing SecretGuard $version ..."
dotnet pack "$repo/src/SecretGuard.Package/SecretGuard.Package.csproj" -c Release -nologo -v:q -o "$work/packages" "-p:Version=$version" >/dev/null
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="bench" value="$work/packages" /></packageSources></configuration>
XML

make_project() { # $1 = folder, $2 = extra properties
  local dir="$work/$1"
  mkdir -p "$dir/config" "$dir/deploy" "$dir/env"
  cat > "$dir/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings>$2</PropertyGroup>
  <ItemGroup><PackageReference Include="SecretGuard" Version="$version" /></ItemGroup>
</Project>
XML
  echo 'Console.WriteLine("bench");' > "$dir/Program.cs"
  for i in $(seq 1 80); do
    printf '{\n  "Service": "svc%d",\n  "ConnectionStrings": { "Db": "Server=db%d;Database=app;User Id=app;Password=${DB_PASSWORD}" },\n  "Features": { "Retries": %d, "Timeout": "00:00:30", "Endpoints": ["https://api%d.example.com/v1", "https://cdn.example.com/%d"] },\n  "Logging": { "LogLevel": { "Default": "Information", "Microsoft": "Warning" } }\n}\n' $i $i $i $i $i > "$dir/config/appsettings.svc$i.json"
  done
  for i in $(seq 1 60); do
    printf 'services:\n  app%d:\n    image: registry.example.com/app%d:1.%d\n    environment:\n      - ASPNETCORE_ENVIRONMENT=Production\n      - API_KEY=${API_KEY}\n    ports: ["80%02d:80"]\n' $i $i $i $i > "$dir/deploy/compose$i.yml"
  done
  for i in $(seq 1 30); do
    printf 'APP_NAME=app%d\nLOG_LEVEL=info\nDB_HOST=db%d.internal\nDB_PASSWORD=${DB_PASSWORD}\nFEATURE_X=true\n' $i $i > "$dir/env/.env.svc$i"
  done
  for i in $(seq 1 30); do
    printf '<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="Service" value="svc%d" />\n    <add key="ApiKey" value="" />\n  </appSettings>\n</configuration>\n' $i > "$dir/config/web$i.config"
  done
}

make_project off "<SecretGuardEnabled>false</SecretGuardEnabled>"
make_project on ""
make_project taskhost "<SecretGuardTaskHost>true</SecretGuardTaskHost>"
echo "files scanned per project: $(find "$work/on" -type f \( -name '*.json' -o -name '*.yml' -o -name '.env*' -o -name '*.config' \) | wc -l)"
for v in off on taskhost; do dotnet restore "$work/$v/Bench.csproj" -v:q >/dev/null; done

build_ms() { # $1 = variant; prints wall ms of one build
  local start end
  start=$(date +%s%N)
  dotnet build "$work/$1/Bench.csproj" --no-restore -nologo -v:q -tl:off >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

declare -A samples
for round in $(seq 1 "$rounds"); do
  for v in off on taskhost; do
    rm -rf "$work/$v/bin" "$work/$v/obj/Debug"
    samples[$v,cold]+="$(build_ms $v) "
    samples[$v,incremental]+="$(build_ms $v) "
    echo "// edit $round" >> "$work/$v/deploy/compose7.yml"
    samples[$v,touched]+="$(build_ms $v) "
  done
  echo "round $round done"
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '\n%-10s %12s %12s %12s   (median of %s, wall ms, dotnet build --no-restore)\n' variant cold incremental touched "$rounds"
for v in off on taskhost; do
  printf '%-10s %12s %12s %12s\n' $v \
    "$(echo "${samples[$v,cold]}" | median)" "$(echo "${samples[$v,incremental]}" | median)" "$(echo "${samples[$v,touched]}" | median)"
done
for v in off on taskhost; do echo "$v raw: cold=[${samples[$v,cold]}] incr=[${samples[$v,incremental]}] touched=[${samples[$v,touched]}]"; done
echo
echo "scan time reported by the task (on, last touched build):"
dotnet build "$work/on/Bench.csproj" --no-restore -nologo -v:n -tl:off | grep -E 'SecretGuard: scanned|Skipping target "_SecretGuardScan"' | sed 's/^ *//' || true
rm -rf "$work/on/obj/Debug" "$work/on/bin"
dotnet build "$work/on/Bench.csproj" --no-restore -nologo -v:n -tl:off | grep -E 'SecretGuard: scanned' | sed 's/^ *//' || true
