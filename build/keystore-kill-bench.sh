#!/usr/bin/env bash
# Keystore numbers: crash safety (1,000 random kills of a writer process + 10 concurrent writer processes x 100
# operations), in-process verify throughput (BenchmarkDotNet), and `secretguard keystore verify` wall time
# (median of 10 runs from process start).
#
#   build/keystore-kill-bench.sh            # everything
#   KILL_RUNS=200 SKIP_BDN=1 build/keystore-kill-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

KILL_RUNS="${KILL_RUNS:-1000}"
CLI_RUNS="${CLI_RUNS:-10}"

echo "== build (Release)"
dotnet build -c Release tests/SecretGuard.Keystore.Tests -v q -nologo | tail -n 2
dotnet build -c Release src/SecretGuard.Cli -v q -nologo | tail -n 2

echo "== crash safety: ${KILL_RUNS} kills, 10 writers x 100 operations"
SECRETGUARD_KILL_RUNS="$KILL_RUNS" SECRETGUARD_CONCURRENT_OPS=100 \
  dotnet test -c Release --no-build tests/SecretGuard.Keystore.Tests --filter "FullyQualifiedName~CrashSafety" \
  --logger "console;verbosity=detailed" | grep -E "kills|writers x|Passed|Failed" || true

echo "== in-process verify throughput (CPU time per core and wall time)"
dotnet tests/SecretGuard.Keystore.Tests/bin/Release/net10.0/SecretGuard.Keystore.Tests.dll throughput 2000000

if [[ -z "${SKIP_BDN:-}" ]]; then
  echo "== in-process verify throughput (BenchmarkDotNet)"
  dotnet run -c Release --project tests/SecretGuard.Benchmarks -- --filter '*KeystoreVerify*' ${BDN_ARGS:-} | grep -E "^\| (Method|Verify)" || true
fi

echo "== CLI verify wall time (median of ${CLI_RUNS})"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli=(dotnet src/SecretGuard.Cli/bin/Release/net10.0/secretguard.dll keystore --store "$work/bench.sgks" --key-file "$work/bench.key")
key="$("${cli[@]}" generate api-key --name bench --service bench --expiry-days 30 2>/dev/null)"
for i in $(seq 1 50); do "${cli[@]}" generate api-key --name "filler$i" --service bench >/dev/null 2>&1; done
"${cli[@]}" verify "$key" >/dev/null   # warm the disk cache once
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --runs "$CLI_RUNS" --warmup 1 "$(printf '%q ' "${cli[@]}") verify $key"
fi
times=()
for i in $(seq 1 "$CLI_RUNS"); do
  start=$(date +%s%N)
  "${cli[@]}" verify "$key" >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
median=$(( (sorted[(n - 1) / 2] + sorted[n / 2]) / 2 ))
echo "verify runs (ms): ${times[*]}"
echo "median: ${median} ms (target <= 150 ms)"
