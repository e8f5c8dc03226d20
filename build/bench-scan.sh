#!/usr/bin/env bash
# Whole-process throughput of `secretguard scan` over a generated source tree.
#
#   build/bench-scan.sh [SIZE_MB] [RUNS]      (defaults: 512 MB, 3 runs)
#
# Generates (once, cached) a tree of realistic C#, JSON and YAML under /tmp/secretguard-bench/tree with a handful of
# generated GitHub-format tokens, builds the CLI in Release, runs `secretguard scan` RUNS times under /usr/bin/time -v,
# and prints each run's MB/s and peak RSS, then the medians. Exit code of the scan itself (1: findings) is expected.
set -euo pipefail

SIZE_MB="${1:-512}"
RUNS="${2:-3}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${BENCH_DIR:-/tmp/secretguard-bench}"
TREE="$WORK/tree-${SIZE_MB}mb"
OUT="$WORK/cli"

mkdir -p "$WORK"
if [[ ! -f "$TREE.complete" ]]; then
  echo "Generating ${SIZE_MB} MB of source text in $TREE ..."
  rm -rf "$TREE"
  python3 - "$TREE" "$SIZE_MB" <<'PY'
import os, random, string, sys, zlib

root, size_mb = sys.argv[1], int(sys.argv[2])
target = size_mb * 1024 * 1024
rng = random.Random(42)
words = ("account order customer invoice payment shipment catalog product price tax discount user session cache "
         "report export import queue message event handler service client server request response retry policy "
         "timeout buffer stream reader writer parser token config option setting value key name id count total").split()
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

def ident(parts=2):
    return "".join(w.capitalize() for w in rng.sample(words, parts))

def github_token():
    body = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(30))
    crc, digits = zlib.crc32(body.encode()) & 0xFFFFFFFF, ""
    while crc:
        crc, r = divmod(crc, 62)
        digits = B62[r] + digits
    return "ghp_" + body + digits.rjust(6, "0")

def csharp():
    cls = ident()
    out = [f"using System;\nusing System.Collections.Generic;\nusing System.Threading.Tasks;\n\nnamespace Contoso.{ident(1)}.{ident(1)};\n\n",
           f"/// <summary>Handles {rng.choice(words)} {rng.choice(words)} for the {rng.choice(words)} pipeline.</summary>\n",
           f"public sealed class {cls}\n{{\n    private readonly Dictionary<string, int> {rng.choice(words)}s = new();\n"]
    for _ in range(rng.randint(8, 30)):
        m, a, b = ident(), rng.choice(words), rng.choice(words)
        out.append(f"""
    // Computes the {a} for a {b}; see the {rng.choice(words)} documentation.
    public async Task<int> {m}Async(string {a}Name, int {b}Count)
    {{
        if (string.IsNullOrEmpty({a}Name))
        {{
            throw new ArgumentException("The {a} name is required.", nameof({a}Name));
        }}

        var total = 0;
        for (var i = 0; i < {b}Count; i++)
        {{
            total += await Task.FromResult({a}Name.Length * i % {rng.randint(3, 97)});
        }}

        Console.WriteLine($"{m}: {{total}} {b}s processed for {{ {a}Name }}");
        return total;
    }}
""")
    out.append("}\n")
    return "".join(out)

def json_settings():
    return ("{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\", \"Microsoft.AspNetCore\": \"Warning\" } },\n"
            f"  \"AllowedHosts\": \"*\",\n  \"{ident()}\": {{\n"
            + ",\n".join(f"    \"{ident()}\": \"{rng.choice(words)}-{rng.randint(1, 9999)}\"" for _ in range(rng.randint(5, 40)))
            + "\n  },\n  \"ConnectionStrings\": { \"Default\": \"Server=localhost;Database=app;Integrated Security=true\" },\n"
            "  \"Api\": { \"BaseUrl\": \"https://api.example.com/v2\", \"Token\": \"${API_TOKEN}\", \"TimeoutSeconds\": 30 }\n}\n")

def yaml_manifest():
    name = rng.choice(words) + "-" + rng.choice(words)
    env = "\n".join(f"            - name: {rng.choice(words).upper()}_{rng.choice(words).upper()}\n              value: \"{rng.randint(1, 999)}\"" for _ in range(rng.randint(3, 15)))
    return (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\n  labels:\n    app: {name}\nspec:\n  replicas: {rng.randint(1, 5)}\n"
            f"  template:\n    spec:\n      containers:\n        - name: {name}\n          image: registry.example.com/{name}:{rng.randint(1, 99)}.{rng.randint(0, 9)}\n"
            f"          env:\n{env}\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: {name}-db\n                  key: password\n---\n")

makers = [(".cs", csharp, 6), (".json", json_settings, 2), (".yaml", yaml_manifest, 2)]
written, n, secrets = 0, 0, 0
while written < target:
    ext, make, weight = rng.choices(makers, weights=[m[2] for m in makers])[0]
    folder = os.path.join(root, f"src/{ident(1).lower()}/{ident(1).lower()}")
    os.makedirs(folder, exist_ok=True)
    body = "".join(make() for _ in range(rng.randint(1, 6)))
    if n % 4000 == 0:  # very few secrets: one generated GitHub token per 4000 files
        body = body.replace("${API_TOKEN}", github_token(), 1) if ext == ".json" else body + f"// legacy: {github_token()}\n"
        secrets += 1
    path = os.path.join(folder, f"{ident()}{n}{ext}")
    with open(path, "w") as f:
        f.write(body)
    written += len(body)
    n += 1
print(f"{n} files, {written / 1048576:.0f} MB, {secrets} planted tokens")
PY
  touch "$TREE.complete"
fi

BYTES=$(find "$TREE" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "Tree: $TREE ($((BYTES / 1048576)) MB, $(find "$TREE" -type f | wc -l) files)"

echo "Building the CLI (Release) ..."
dotnet build "$REPO/src/SecretGuard.Cli/SecretGuard.Cli.csproj" -c Release -o "$OUT" -v q -nologo >/dev/null
SG="$OUT/secretguard"

rates=(); rss=()
for run in $(seq 1 "$RUNS"); do
  set +e
  /usr/bin/time -v "$SG" scan "$TREE" --format json --output "$WORK/report.json" 2>"$WORK/time.txt"
  code=$?
  set -e
  if [[ $code -gt 1 ]]; then cat "$WORK/time.txt"; echo "scan failed with exit code $code"; exit 2; fi
  wall=$(grep 'Elapsed (wall clock)' "$WORK/time.txt" | awk '{print $NF}')
  secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  peak=$(grep 'Maximum resident set size' "$WORK/time.txt" | awk '{print $NF}')
  found=$(python3 -c "import json;print(json.load(open('$WORK/report.json'))['summary']['findings'])")
  rate=$(awk -v b="$BYTES" -v s="$secs" 'BEGIN { printf "%.1f", b / 1048576 / s }')
  echo "run $run: ${secs}s  ${rate} MB/s  peak RSS $((peak / 1024)) MB  findings $found  exit $code"
  rates+=("$rate"); rss+=("$peak")
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median: $(median "${rates[@]}") MB/s, peak RSS $(( $(median "${rss[@]}") / 1024 )) MB over $RUNS runs ($(nproc) cores)"
