#!/usr/bin/env bash
# Full-history scan benchmark: `secretguard git` (Release) against the cost floor of diff-based scanners,
# `git log -p --all > /dev/null`, on the same generated repository, side by side in one run.
#
#   build/bench-git-history.sh [COMMITS] [WORKDIR] [RUNS]
#
# COMMITS (default 20000): commits to generate with `git fast-import` (about 400 files in 40 folders, 1-3 files
# changed per commit, a merged side branch every 1000 commits, a generated token now and then).
# WORKDIR (default: a new temp folder): reused if it already holds the repository for the same COMMITS.
# Prints the median of RUNS (default 3) alternating runs of each (wall and CPU) and the ratios. Needs: dotnet, git, python3.
# Runtime knobs pass through the environment, e.g. `DOTNET_TieredPGO=0 build/bench-git-history.sh`
# (tiered PGO's instrumented code costs ~0.6 s CPU on this run; see the git issue note).
set -euo pipefail

COMMITS="${1:-20000}"
WORK="${2:-$(mktemp -d -t sg-bench-XXXXXX)}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$WORK/repo-$COMMITS"
TOOL="$WORK/tool"
RUNS="${3:-3}"

echo "workdir: $WORK"
echo "building secretguard (Release)…"
dotnet publish "$ROOT/src/SecretGuard.Cli/SecretGuard.Cli.csproj" -c Release -o "$TOOL" --nologo -v q >/dev/null
SG="$TOOL/secretguard"

if [ ! -d "$REPO/.git" ]; then
  echo "generating $COMMITS commits with git fast-import…"
  git init -q -b main "$REPO"
  python3 - "$COMMITS" <<'PY' | git -C "$REPO" fast-import --quiet
import random, string, sys
commits = int(sys.argv[1])
rng = random.Random(20261122)
alphabet = string.ascii_letters + string.digits
words = "alpha beta gamma delta service client request response config value index buffer stream token handler".split()
files = {}
paths = [f"src/module{d:02}/file{f:02}.{rng.choice(['cs', 'json', 'yml', 'txt', 'py'])}" for d in range(40) for f in range(10)]
class Out:
    def __init__(self, raw):
        self.raw = raw
    def write(self, text):
        self.raw.write(text.encode())
out = Out(sys.stdout.buffer)
mark = 0

def line():
    return " ".join(rng.choice(words) for _ in range(rng.randint(4, 12))) + f" = {rng.randint(0, 10**6)}"

def secret_line():
    token = "gh" + "p_" + "".join(rng.choice(alphabet) for _ in range(36))  # generated, never a real credential
    return f"api_token = \"{token}\""

def blob(text):
    global mark
    mark += 1
    data = text.encode()
    out.write(f"blob\nmark :{mark}\ndata {len(data)}\n")
    out.raw.write(data)
    out.write("\n")
    return mark

def commit(branch, n, changes, parents):
    global mark
    mark += 1
    msg = f"change {n}".encode()
    when = 1600000000 + n * 600
    out.write(f"commit refs/heads/{branch}\nmark :{mark}\n")
    out.write(f"author Dev {n % 17} <dev{n % 17}@example.com> {when} +0000\n")
    out.write(f"committer Dev {n % 17} <dev{n % 17}@example.com> {when} +0000\n")
    out.write(f"data {len(msg)}\n{msg.decode()}\n")
    for i, parent in enumerate(parents):
        out.write(("from" if i == 0 else "merge") + f" :{parent}\n")
    for path, blob_mark in changes:
        out.write(f"M 100644 :{blob_mark} {path}\n")
    out.write("\n")
    return mark

def edit(path):
    lines = files.setdefault(path, [line() for _ in range(rng.randint(20, 80))])
    op = rng.random()
    if op < 0.5 and lines:
        lines[rng.randrange(len(lines))] = line()
    elif op < 0.9:
        lines.insert(rng.randrange(len(lines) + 1), line())
    elif len(lines) > 10:
        del lines[rng.randrange(len(lines))]
    if rng.random() < 0.004:
        lines.insert(rng.randrange(len(lines) + 1), secret_line())
    return blob("\n".join(lines) + "\n")

main_tip = None
n = 0
while n < commits:
    if n > 0 and n % 1000 == 0 and n + 11 < commits:
        side_tip = main_tip
        for _ in range(10):
            n += 1
            side_tip = commit("side", n, [(p, edit(p)) for p in rng.sample(paths, 2)], [side_tip])
        n += 1
        main_tip = commit("main", n, [(p, edit(p)) for p in rng.sample(paths, 1)], [main_tip, side_tip])
        continue
    n += 1
    chosen = paths if main_tip is None else rng.sample(paths, rng.randint(1, 3))
    main_tip = commit("main", n, [(p, edit(p)) for p in chosen], [main_tip] if main_tip else [])
PY
  git -C "$REPO" branch -D side >/dev/null 2>&1 || true
  git -C "$REPO" reset -q --hard main
  git -C "$REPO" gc -q
fi

echo "repository: $(git -C "$REPO" rev-list --all --count) commits, $(du -sh "$REPO/.git" | cut -f1) .git"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# measure CMD…: prints "wall cpu" in seconds (cpu = user + sys, robust on a busy machine)
measure() {
  local t; t=$(mktemp)
  /usr/bin/time -f "%e %U %S" -o "$t" "$@" >/dev/null 2>&1 || true
  awk 'END {printf "%s %.2f\n", $1, $2 + $3}' "$t"; rm -f "$t"
}

sg_wall=(); sg_cpu=(); log_wall=(); log_cpu=()
for i in $(seq 1 $RUNS); do
  read -r w c < <(measure git -C "$REPO" log -p --all); log_wall+=("$w"); log_cpu+=("$c")
  read -r w c < <(measure "$SG" git "$REPO" --format json); sg_wall+=("$w"); sg_cpu+=("$c")
done
LOGW=$(printf '%s\n' "${log_wall[@]}" | median); LOGC=$(printf '%s\n' "${log_cpu[@]}" | median)
SGW=$(printf '%s\n' "${sg_wall[@]}" | median); SGC=$(printf '%s\n' "${sg_cpu[@]}" | median)
"$SG" git "$REPO" --format pretty 2>/dev/null | tail -3 || true
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf 'git log -p --all > /dev/null  : median wall %6.2f s, cpu %6.2f s  (wall runs: %s)\n' "$LOGW" "$LOGC" "${log_wall[*]}"
printf 'secretguard git (full history): median wall %6.2f s, cpu %6.2f s  (wall runs: %s)\n' "$SGW" "$SGC" "${sg_wall[*]}"
printf 'speed-up over the git log -p floor: wall %.2fx, cpu %.2fx\n' "$(echo "$LOGW / $SGW" | bc -l)" "$(echo "$LOGC / $SGC" | bc -l)"
