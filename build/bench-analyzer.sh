#!/usr/bin/env bash
# Measures the SecretGuard analyzer's share of C# compile time, and SonarAnalyzer.CSharp's S2068/S6418 for comparison.
#
#   build/bench-analyzer.sh [--files N] [--runs R] [--work DIR] [--compare REF] [--server off|on]
#                           [--skip-sonar] [--skip-repo] [--skip-inproc] [--with-baseline]
#
# 1. Builds SecretGuard.Analyzers (Release) and copies it with SecretGuard.Core (netstandard2.0) to DIR/analyzers.
#    With --compare REF, also builds them from git REF (e.g. a main commit) into DIR/analyzers-ref; every
#    measurement below then alternates the two analyzers run by run, so both see the same machine load.
# 2. Generates a class library of N C# files (default 2000) under DIR/gen (outside the repository, so no
#    Directory.Build.props applies), with ordinary code full of string literals, concatenations, interpolations,
#    object initializers, a few secret-named fields and credential-API calls (values random, made at run time).
# 3. Builds it R times (default 5) with `dotnet build --no-incremental -p:ReportAnalyzer=true -v:d` in each
#    configuration: SecretGuard (<Analyzer Include=…/>), and SonarAnalyzer.CSharp 10.36.0.15337 with S2068 and S6418
#    enabled. Compile time = the Csc task (PerformanceSummary); analyzer time = csc's ReportAnalyzer table (summed
#    over threads, so an upper bound of wall time). Prints medians and the share.
#    Compiler server: --server off (default) passes -p:UseSharedCompilation=false, so every compilation is a fresh
#    csc process and pays the analyzer's first-use cost (the conservative case, and what CI agents without a warm
#    server see). --server on passes -p:UseSharedCompilation=true with a compiler server of the script's own
#    (SharedCompilationId), stopped before each series and at the end: run 1 starts it, later runs reuse it with
#    the analyzer already loaded (its catalog and scanner too), as a developer's repeated builds do.
# 4. In-process CPU time (robust on a loaded machine): in a fresh process per run and analyzer build (cold, like a csc
#    process), compiles the generated files with Roslyn (GetDiagnostics + Emit, process CPU time), then runs the
#    SecretGuard analyzers once, single-threaded, timing each callback with the thread's CPU clock. Prints the
#    medians of R runs and the CPU share. (--skip-inproc to skip)
# 5. Same as 3 for this repository's src projects (SecretGuard.Cli and its references), SecretGuard injected through
#    CustomAfterMicrosoftCommonTargets (nothing in the repository changes). Small projects: the analyzer's fixed
#    per-process cost dominates here, so this is the number --server off is hardest on. Unless --skip-sonar, Sonar's
#    S2068+S6418 are measured on the same builds the same way (its analyzer assembly, the .globalconfig and
#    SonarLint.xml of step 3 injected likewise), alternating with the SecretGuard series.
set -euo pipefail

files=2000
runs=5
work=${TMPDIR:-/tmp}/secretguard-bench-analyzer
compare=""
server=off
skip_sonar=0
skip_repo=0
skip_inproc=0
with_baseline=0
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --compare) compare=$2; shift 2 ;;
    --server) server=$2; shift 2 ;;
    --skip-sonar) skip_sonar=1; shift ;;
    --skip-repo) skip_repo=1; shift ;;
    --with-baseline) with_baseline=1; shift ;;
    --skip-inproc) skip_inproc=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

case "$server" in
  off) shared=false; server_props="-p:UseSharedCompilation=false" ;;
  on) shared=true; pipe="secretguard-bench-$$"; server_props="-p:UseSharedCompilation=true -p:SharedCompilationId=$pipe" ;;
  *) echo "--server must be off or on" >&2; exit 2 ;;
esac
# The script's own compiler server (--server on) is found by its private pipe name; no other server is touched.
stop_server() { if [ "$server" = on ]; then pkill -f -- "-pipename:$pipe" 2>/dev/null || true; sleep 1; fi; }
trap stop_server EXIT

repo=$(cd "$(dirname "$0")/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rm -rf "$work/logs"
mkdir -p "$work/analyzers" "$work/logs"

echo "== building SecretGuard.Analyzers (Release) from the working tree ($(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- src || echo ', with uncommitted changes'))"
dotnet build "$repo/src/SecretGuard.Analyzers" -c Release -v:q -nologo >/dev/null
cp "$repo/src/SecretGuard.Analyzers/bin/Release/netstandard2.0/SecretGuard.Analyzers.dll" "$work/analyzers/"
cp "$repo/src/SecretGuard.Core/bin/Release/netstandard2.0/SecretGuard.Core.dll" "$work/analyzers/"
if [ -n "$compare" ]; then
  echo "== building SecretGuard.Analyzers (Release) from $compare ($(git -C "$repo" rev-parse --short "$compare"))"
  rm -rf "$work/ref-src" && mkdir -p "$work/ref-src" "$work/analyzers-ref"
  git -C "$repo" archive "$compare" | tar -x -C "$work/ref-src"
  dotnet build "$work/ref-src/src/SecretGuard.Analyzers" -c Release -v:q -nologo >/dev/null
  cp "$work/ref-src/src/SecretGuard.Analyzers/bin/Release/netstandard2.0/SecretGuard.Analyzers.dll" "$work/analyzers-ref/"
  cp "$work/ref-src/src/SecretGuard.Core/bin/Release/netstandard2.0/SecretGuard.Core.dll" "$work/analyzers-ref/"
fi
echo "== compiler server: $server (UseSharedCompilation=$shared)"

echo "== generating $files C# files in $work/gen"
python3 - "$work/gen" "$files" <<'PY'
import os, random, string, sys
root, count = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.join(root, "src"), exist_ok=True)
rnd = random.Random(42)
def word(n=8): return "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(n))
secret_field = "admin" + "Pass" + "word"  # spelled in pieces so this script itself scans clean
for i in range(count):
    ns = f"Bench.Area{i // 100}"
    secretish = ""
    if i % 50 == 0:  # a few findings for SG0002/SG0003, values made here, at run time
        secretish = f'''
    private readonly string {secret_field} = "{word(12)}!#{word(4)}";
    public object Credential() => new System.Net.NetworkCredential("svc{i}", "{word(10)}!{word(3)}");'''
    body = f'''using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace {ns};

public sealed class Service{i}
{{
    private const string Endpoint = "https://api.example.net/v1/service{i}";
    private const string Prefix = "svc-" + "{i}";
    private static readonly string[] Names = {{ "alpha-{i}", "beta-{i}", "gamma-{i}", "delta-{i}" }};
    private readonly Dictionary<string, string> settings = new() {{ ["Timeout"] = "00:00:30", ["Region"] = "westeurope-{i}" }};
    private string passwordPrompt = "Enter your password for service {i}";
    public string Label {{ get; }} = "Service number {i} handles requests for {word(6)}";
    public string UserName {{ get; set; }} = "user_{word(6)}";
    public string TokenType {{ get; }} = "Bearer";{secretish}

    public int Compute(int x)
    {{
        var total = 0;
        for (var k = 0; k < x; k++)
        {{
            total += k * {i} + (k % 7 == 0 ? 3 : 1);
        }}

        return total + x;
    }}

    public string Describe(int id) => $"Service {{Prefix}}: item {{id}} of {{Names.Length}} names at " + Endpoint + "/items/" + id;

    public string Format(string a, string b) => string.Concat(a, "-", b, "-{word(8)}");

    public IEnumerable<string> Filter(IEnumerable<string> input) =>
        input.Where(s => s.StartsWith("{word(3)}", StringComparison.Ordinal) || s.Contains("needle-{i}")).Select(s => s.ToUpperInvariant());

    public string Build(IReadOnlyList<string> parts)
    {{
        var builder = new StringBuilder("header {i}: ");
        foreach (var part in parts)
        {{
            builder.Append(part).Append(", ");
        }}

        builder.Append(@"C:\\data\\service{i}\\out.txt");
        builder.Append("""raw text with "quotes" {i}""");
        return builder.ToString();
    }}

    public object Options() => new {{ Name = "service-{i}", Retries = 3, Mode = "fast", Path = "/var/lib/service{i}" }};

    public string Lookup(string key) => settings.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException("Missing setting " + key + " in service {i}");
}}
'''
    with open(os.path.join(root, "src", f"Service{i}.cs"), "w") as f:
        f.write(body)
PY

write_project() { # dir, extra item xml
  cat > "$1/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>\$(NoWarn);CS0414;CS0169;SYSLIB0041</NoWarn>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$work/gen/src/*.cs" />
  </ItemGroup>
  $2
</Project>
XML
}

analyzer_items() { echo "<ItemGroup><Analyzer Include=\"$1/SecretGuard.Analyzers.dll\" /><Analyzer Include=\"$1/SecretGuard.Core.dll\" /></ItemGroup>"; }
mkdir -p "$work/secretguard" "$work/secretguard-ref" "$work/sonar" "$work/baseline"
write_project "$work/baseline" ""
write_project "$work/secretguard" "$(analyzer_items "$work/analyzers")"
write_project "$work/secretguard-ref" "$(analyzer_items "$work/analyzers-ref")"
write_project "$work/sonar" "<ItemGroup><PackageReference Include=\"SonarAnalyzer.CSharp\" Version=\"10.36.0.15337\" PrivateAssets=\"all\" /><AdditionalFiles Include=\"SonarLint.xml\" /><GlobalAnalyzerConfigFiles Include=\".globalconfig\" /></ItemGroup>"
# Only S2068 and S6418 run: every other Sonar diagnostic id is set to none (Roslyn then skips those rules;
# `dotnet_analyzer_diagnostic.severity = none` alone does not stop them from executing). The ids come from the
# package's own analyzer assembly. The file is passed as GlobalAnalyzerConfigFiles: a .globalconfig beside the
# project is not picked up by itself (without it every Sonar rule ran).
dotnet restore "$work/sonar/Bench.csproj" -v:q -nologo >/dev/null
sonar_dll=$(find ~/.nuget/packages/sonaranalyzer.csharp/10.36.0.15337 -name 'SonarAnalyzer.CSharp.dll' | head -1)
{
  echo "is_global = true"
  strings -e l "$sonar_dll" | grep -Eo '^S[0-9]{3,5}$' | sort -u | grep -Ev '^S(2068|6418)$' | sed 's/.*/dotnet_diagnostic.&.severity = none/'
  echo "dotnet_diagnostic.S2068.severity = warning"
  echo "dotnet_diagnostic.S6418.severity = warning"
} > "$work/sonar/.globalconfig"
# Security hotspots (S2068, S6418) run only when listed in SonarLint.xml (what the SonarScanner writes).
cat > "$work/sonar/SonarLint.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<AnalysisInput>
  <Settings />
  <Rules>
    <Rule><Key>S2068</Key></Rule>
    <Rule><Key>S6418</Key></Rule>
  </Rules>
  <Files />
</AnalysisInput>
XML

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# csc_ms LOG: the Csc task's total time from the PerformanceSummary.
csc_ms() { { grep -E '^\s+[0-9]+ ms\s+Csc\s' "$1" || true; } | awk '{s+=$1} END {print s+0}'; }
# analyzer_s LOG PATTERN: seconds of ReportAnalyzer rows matching PATTERN (an assembly or analyzer line), summed over projects.
analyzer_s() { { grep -E "^\s+(<)?\s*[0-9.]+\s+(<)?\s*[0-9]+\s+$2" "$1" || true; } | awk '{gsub(/</,""); print}' | awk '{s+=$1} END {printf "%.3f\n", s+0}'; }

# series NAME PATTERN -- COMMAND...: one labelled configuration; run_series runs R rounds of all registered
# configurations, alternating their order each round, then prints each one's medians.
series_names=(); series_patterns=(); series_commands=()
series() { series_names+=("$1"); series_patterns+=("$2"); shift 3; series_commands+=("$*"); }
run_series() {
  local run i order name log
  local count=${#series_names[@]}
  for i in $(seq 0 $((count - 1))); do : > "$work/logs/${series_names[$i]}.csc"; : > "$work/logs/${series_names[$i]}.an"; done
  stop_server
  for run in $(seq 1 "$runs"); do
    order=$(seq 0 $((count - 1))); if [ $((run % 2)) -eq 0 ]; then order=$(seq $((count - 1)) -1 0); fi
    for i in $order; do
      name=${series_names[$i]}; log="$work/logs/$name.$run.log"
      eval "${series_commands[$i]}" > "$log" 2>&1 || { echo "build failed, see $log" >&2; exit 1; }
      csc_ms "$log" >> "$work/logs/$name.csc"
      analyzer_s "$log" "${series_patterns[$i]}" >> "$work/logs/$name.an"
    done
  done
  for i in $(seq 0 $((count - 1))); do
    name=${series_names[$i]}
    local csc an
    csc=$(median < "$work/logs/$name.csc"); an=$(median < "$work/logs/$name.an")
    awk -v n="$name" -v c="$csc" -v a="$an" -v r="$runs" 'BEGIN {printf "%-28s csc %8.0f ms   analyzer %7.3f s   share %5.2f %%   (median of %d)\n", n, c, a, (c > 0 ? 100 * a * 1000 / c : 0), r}'
    printf '    runs: analyzer s [%s]  csc ms [%s]\n' "$(paste -sd' ' "$work/logs/$name.an")" "$(paste -sd' ' "$work/logs/$name.csc")"
  done
  series_names=(); series_patterns=(); series_commands=()
}

build_cmd() { # project [extra properties]
  echo "dotnet build \"$1\" --no-restore --no-incremental $server_props -p:ReportAnalyzer=true ${2:-} -v:d -clp:PerformanceSummary -nologo"
}

echo "== generated project ($files files)"
for project in baseline secretguard secretguard-ref; do dotnet restore "$work/$project/Bench.csproj" -v:q -nologo >/dev/null; done
if [ "$with_baseline" -eq 1 ]; then
  series "baseline-no-secretguard" "SecretGuard.Analyzers," -- "$(build_cmd "$work/baseline/Bench.csproj")"
fi
series "secretguard" "SecretGuard.Analyzers," -- "$(build_cmd "$work/secretguard/Bench.csproj")"
if [ -n "$compare" ]; then
  series "secretguard@$compare" "SecretGuard.Analyzers," -- "$(build_cmd "$work/secretguard-ref/Bench.csproj")"
fi
run_series
grep -Eo "(warning|error) SG000[0-9]" "$work/logs/secretguard.1.log" | sort | uniq -c | sed 's/^/    findings: /' || true
for row in "SecretGuard.Analyzers.CatalogMatchAnalyzer" "SecretGuard.Analyzers.SecretNamedLiteralAnalyzer" "SecretGuard.Analyzers.CredentialSinkAnalyzer" "SecretGuard.Analyzers.AdditionalFileAnalyzer"; do
  printf '    %-55s %s s (median)\n' "$row" "$(for run in $(seq 1 "$runs"); do analyzer_s "$work/logs/secretguard.$run.log" "$row"; done | median)"
done

if [ "$skip_inproc" -eq 0 ]; then
  echo "== in-process CPU time ($files files; a fresh process per run and analyzer build, so every run is cold like a csc process)"
  mkdir -p "$work/inproc"
  cat > "$work/inproc/cpu.cs" <<'CS'
#:package Microsoft.CodeAnalysis.CSharp@4.14.0
#:package Basic.Reference.Assemblies.Net100@1.8.14
#:property NoWarn=RS1041;RS1036;RS2008;RS1001;RS1025;RS1026;IL2026;IL2067;IL2072;CA1416
#:property PublishAot=false
using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// cpu.cs ANALYZERS SRC: compiles SRC (GetDiagnostics + Emit; process CPU time), then runs the SecretGuard analyzers once,
// single-threaded, each callback wrapped in a thread-CPU-time clock (the clock's own cost subtracted per call).
// CPU time is what the analyzers cost whatever else the machine runs; wall time on a loaded 2-core box is not.
Assembly.LoadFrom(Path.Combine(args[0], "SecretGuard.Core.dll"));
var timed = Assembly.LoadFrom(Path.Combine(args[0], "SecretGuard.Analyzers.dll")).GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
    .Select(t => new Timed((DiagnosticAnalyzer)Activator.CreateInstance(t)!)).ToList();
var parse = new CSharpParseOptions(LanguageVersion.Preview);
var trees = Directory.GetFiles(args[1], "*.cs").Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f)).ToArray();
var compilation = CSharpCompilation.Create("Bench", trees, Basic.Reference.Assemblies.Net100.References.All,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
compilation.GetDiagnostics();
using (var stream = new MemoryStream()) { compilation.Emit(stream); }
var compileMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
long bias = 0;
for (var i = 0; i < 100_000; i++) { var t0 = Timed.ThreadNs(); bias += Timed.ThreadNs() - t0; }
var withAnalyzers = compilation.WithAnalyzers(timed.Cast<DiagnosticAnalyzer>().ToImmutableArray(), new CompilationWithAnalyzersOptions(
    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
double Net(Timed t) => (t.Ns - (t.Calls * bias / 100_000.0)) / 1e6;
Console.WriteLine($"{compileMs:F0} {timed.Sum(Net):F1} {diagnostics.Length} " + string.Join(" ", timed.Select(t => $"{t.Name}={Net(t):F1}")));

sealed class Timed : DiagnosticAnalyzer
{
    [StructLayout(LayoutKind.Sequential)] private struct Timespec { public long Sec; public long Nsec; }
    [DllImport("libc", EntryPoint = "clock_gettime")] private static extern int ClockGetTime(int clock, out Timespec ts);
    public static long ThreadNs() { ClockGetTime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var t); return (t.Sec * 1_000_000_000) + t.Nsec; }
    private readonly DiagnosticAnalyzer inner;
    public long Ns;
    public long Calls;
    public Timed(DiagnosticAnalyzer inner) { this.inner = inner; }
    public string Name => inner.GetType().Name.Replace("Analyzer", "");
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;
    public override void Initialize(AnalysisContext context) => inner.Initialize(new Context(context, this));
    public Action<T> Wrap<T>(Action<T> action) => x => { var t = ThreadNs(); try { action(x); } finally { Ns += ThreadNs() - t; Calls++; } };
    private sealed class Context : AnalysisContext
    {
        private readonly AnalysisContext c; private readonly Timed o;
        public Context(AnalysisContext c, Timed o) { this.c = c; this.o = o; }
        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags f) => c.ConfigureGeneratedCodeAnalysis(f);
        public override void EnableConcurrentExecution() => c.EnableConcurrentExecution();
        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> a) => c.RegisterCompilationStartAction(o.Wrap<CompilationStartAnalysisContext>(s => a(new Start(s, o))));
        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> a) => c.RegisterCompilationAction(o.Wrap(a));
        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> a) => c.RegisterSemanticModelAction(o.Wrap(a));
        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> a, ImmutableArray<SymbolKind> k) => c.RegisterSymbolAction(o.Wrap(a), k);
        public override void RegisterCodeBlockStartAction<T>(Action<CodeBlockStartAnalysisContext<T>> a) => c.RegisterCodeBlockStartAction(o.Wrap(a));
        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> a) => c.RegisterCodeBlockAction(o.Wrap(a));
        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> a) => c.RegisterSyntaxTreeAction(o.Wrap(a));
        public override void RegisterSyntaxNodeAction<T>(Action<SyntaxNodeAnalysisContext> a, ImmutableArray<T> k) => c.RegisterSyntaxNodeAction(o.Wrap(a), k);
        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> a) => c.RegisterAdditionalFileAction(o.Wrap(a));
    }
    private sealed class Start : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext c; private readonly Timed o;
        public Start(CompilationStartAnalysisContext c, Timed o) : base(c.Compilation, c.Options, c.CancellationToken) { this.c = c; this.o = o; }
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> a) => c.RegisterCompilationEndAction(o.Wrap(a));
        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> a) => c.RegisterSemanticModelAction(o.Wrap(a));
        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> a, ImmutableArray<SymbolKind> k) => c.RegisterSymbolAction(o.Wrap(a), k);
        public override void RegisterCodeBlockStartAction<T>(Action<CodeBlockStartAnalysisContext<T>> a) => c.RegisterCodeBlockStartAction(o.Wrap(a));
        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> a) => c.RegisterCodeBlockAction(o.Wrap(a));
        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> a) => c.RegisterSyntaxTreeAction(o.Wrap(a));
        public override void RegisterSyntaxNodeAction<T>(Action<SyntaxNodeAnalysisContext> a, ImmutableArray<T> k) => c.RegisterSyntaxNodeAction(o.Wrap(a), k);
        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> a) => c.RegisterAdditionalFileAction(o.Wrap(a));
    }
}
CS
  cpu_dll=$(cd "$work/inproc" && dotnet build cpu.cs -v:m -nologo 2>&1 | sed -n "s/.*cpu.cs -> //p" | tail -1)
  [ -f "$cpu_dll" ] || { echo "could not build the in-process harness" >&2; exit 1; }
  names=("secretguard"); dirs=("$work/analyzers")
  if [ -n "$compare" ]; then names+=("secretguard@$compare"); dirs+=("$work/analyzers-ref"); fi
  for i in "${!names[@]}"; do : > "$work/logs/cpu.$i"; done
  for run in $(seq 1 "$runs"); do
    order=$(seq 0 $((${#names[@]} - 1))); if [ $((run % 2)) -eq 0 ]; then order=$(seq $((${#names[@]} - 1)) -1 0); fi
    for i in $order; do
      line=$(dotnet "$cpu_dll" "${dirs[$i]}" "$work/gen/src" 2>&1 | tail -1)
      echo "$line" >> "$work/logs/cpu.$i"
      printf '  run %d %-24s compile CPU %6.0f ms   analyzers %6.1f ms CPU   [%s]\n' "$run" "${names[$i]}" $(echo "$line" | cut -d' ' -f1,2) "$(echo "$line" | cut -d' ' -f4-)"
    done
  done
  for i in "${!names[@]}"; do
    compile=$(cut -d' ' -f1 "$work/logs/cpu.$i" | median); an=$(cut -d' ' -f2 "$work/logs/cpu.$i" | median)
    awk -v n="in-process ${names[$i]}" -v c="$compile" -v a="$an" -v r="$runs" 'BEGIN {printf "%-28s compile %6.0f ms CPU   analyzer %6.1f ms CPU   share %5.2f %%   (median of %d)\n", n, c, a, 100 * a / c, r}'
  done
fi

if [ "$skip_sonar" -eq 0 ]; then
  series "sonar S2068+S6418" "SonarAnalyzer.CSharp," -- "$(build_cmd "$work/sonar/Bench.csproj")"
  run_series
  for row in "SonarAnalyzer.CSharp.Rules.DoNotHardcodeCredentials" "SonarAnalyzer.CSharp.Rules.DoNotHardcodeSecrets"; do
    printf '    %-55s %s s (run 1)\n' "$row" "$(analyzer_s "$work/logs/sonar S2068+S6418.1.log" "$row")"
  done
  grep -Eo "warning S(2068|6418)" "$work/logs/sonar S2068+S6418.1.log" | sort | uniq -c | sed 's/^/    findings: /' || true
fi

if [ "$skip_repo" -eq 0 ]; then
  echo "== this repository (src/SecretGuard.Cli and references)"
  inject() { # file analyzers-dir
    cat > "$1" <<XML
<Project>
  <ItemGroup>
    <Analyzer Include="$2/SecretGuard.Analyzers.dll" />
    <Analyzer Include="$2/SecretGuard.Core.dll" />
  </ItemGroup>
</Project>
XML
  }
  inject "$work/inject.targets" "$work/analyzers"
  repo_cmd() { build_cmd "$repo/src/SecretGuard.Cli" "-c Release -p:CustomAfterMicrosoftCommonTargets=$1 -p:TreatWarningsAsErrors=false"; }
  dotnet build "$repo/src/SecretGuard.Cli" -c Release -v:q -nologo >/dev/null  # restore and a first build outside the measurement
  series "repo src" "SecretGuard.Analyzers," -- "$(repo_cmd "$work/inject.targets")"
  if [ -n "$compare" ]; then
    inject "$work/inject-ref.targets" "$work/analyzers-ref"
    series "repo src@$compare" "SecretGuard.Analyzers," -- "$(repo_cmd "$work/inject-ref.targets")"
  fi
  if [ "$skip_sonar" -eq 0 ]; then
    cat > "$work/inject-sonar.targets" <<XML
<Project>
  <ItemGroup>
    <Analyzer Include="$sonar_dll" />
    <EditorConfigFiles Include="$work/sonar/.globalconfig" />
    <AdditionalFiles Include="$work/sonar/SonarLint.xml" />
  </ItemGroup>
</Project>
XML
    # EditorConfigFiles, not GlobalAnalyzerConfigFiles: the SDK copies the latter into the former when it evaluates its
    # own targets, before a CustomAfterMicrosoftCommonTargets file adds anything.
    series "repo src sonar S2068+S6418" "SonarAnalyzer.CSharp," -- "$(repo_cmd "$work/inject-sonar.targets")"
  fi
  run_series
  grep -Eo "(warning|error) SG000[0-9]" "$work/logs/repo src.1.log" | sort | uniq -c | sed 's/^/    findings: /' || true
  if [ "$skip_sonar" -eq 0 ]; then
    grep -Eo "warning S(2068|6418)" "$work/logs/repo src sonar S2068+S6418.1.log" | sort | uniq -c | sed 's/^/    sonar findings: /' || true
  fi
fi
