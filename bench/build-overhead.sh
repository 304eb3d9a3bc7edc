#!/usr/bin/env bash
# What Tasker adds to an incremental `dotnet build` (no code change) of a project that uses the package as users do:
# Tasker and Tasker.MSBuild are packed (Release) into a temporary feed, and a copy of the sample (its task class
# and profile) references the package through PackageReference, with its own nuget.config and package folder.
#
# Variants are run interleaved, so every variant sees the same machine state. Two figures per variant:
#   - the median wall-clock time of the whole `dotnet build`, and its ratio to TaskerEnabled=false;
#   - the median time MSBuild reports for Tasker's own targets (-clp:PerformanceSummary), which is what the
#     package adds without the run-to-run noise of the rest of the build (about +-150 ms on a 2-core machine).
#
#   bash bench/build-overhead.sh [runs]          (default 10 runs per variant)
#   NODE_REUSE=1 bash bench/build-overhead.sh    (MSBuild worker nodes stay alive between builds, as on a
#                                                 developer machine; they are shut down at the end)
#   VARIANTS="off skipped" bash bench/build-overhead.sh 30
#                                                (only some variants; the first is the baseline of the ratios)
#
# Variants: off (TaskerEnabled=false), skipped (pipeline up to date), in-process (TaskerAlwaysRun=true,
# TaskerIsolation=none), and process (TaskerAlwaysRun=true, TaskerIsolation=process).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
repo="$PWD"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -1)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false DOTNET_NOLOGO=1 NUGET_PACKAGES="$work/packages"
if [ "${NODE_REUSE:-0}" = "1" ]; then
  unset MSBUILDDISABLENODEREUSE
  node_reuse="-nr:true -m"
  trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
else
  export MSBUILDDISABLENODEREUSE=1
  node_reuse="-nr:false"
fi

# The package, as users get it, built under the work folder (the repository's obj/ and bin/ are left alone), with the
# precompiled task of this platform only (a full pack compiles it for four).
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;; Linux-aarch64) rid=linux-arm64 ;; Darwin-arm64) rid=osx-arm64 ;; *) rid="" ;;
esac
for project in src/Tasker/Tasker.csproj src/Tasker.MSBuild/Tasker.MSBuild.csproj; do
  dotnet pack "$project" -c Release -o "$work/feed" -nr:false -p:TaskerBuildRoot="$work/build" ${rid:+-p:TaskerTaskRuntimeIdentifiers=$rid} >/dev/null
done

# The consumer: the sample's task class and profile, through PackageReference.
consumer="$work/consumer"
mkdir -p "$consumer"
cp "$repo/samples/HelloPipeline/ExampleTask.cs" "$repo/samples/HelloPipeline/example.toml" "$consumer/"
echo '<Project />' >"$consumer/Directory.Build.props"
echo '<Project />' >"$consumer/Directory.Build.targets"
cat >"$consumer/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="tasker-bench-feed" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
EOF
cat >"$consumer/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Tasker.MSBuild" Version="$version" />
    <TaskerProfile Include="example.toml" />
  </ItemGroup>
</Project>
EOF
project="$consumer/Consumer.csproj"

declare -A args=(
  [off]="-p:TaskerEnabled=false"
  [skipped]=""
  [in-process]="-p:TaskerAlwaysRun=true -p:TaskerIsolation=none"
  [process]="-p:TaskerAlwaysRun=true -p:TaskerIsolation=process"
)
read -r -a variants <<<"${VARIANTS:-off skipped in-process process}"

# Warm up: restore, compile, and run the pipeline once so the stamp exists.
# shellcheck disable=SC2086
dotnet build "$project" $node_reuse >/dev/null

results="$work/results"
for ((i = 1; i <= runs; i++)); do
  for variant in "${variants[@]}"; do
    # The pipeline must be up to date before a "skipped" run: a build with TaskerEnabled=false leaves Tasker's state
    # out of its file list, so MSBuild's incremental clean deletes it and the next build runs the pipeline again. An
    # untimed build first brings it up to date; the other variants force or disable it.
    if [ "$variant" = skipped ]; then
      # shellcheck disable=SC2086
      dotnet build "$project" --no-restore $node_reuse >/dev/null
    fi
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    output=$(dotnet build "$project" --no-restore $node_reuse -clp:PerformanceSummary ${args[$variant]})
    end=$(date +%s%N)
    # Target Performance Summary lines: "<ms> ms  <target>  <n> calls"; Tasker's targets are named Tasker* or _Tasker*.
    in_targets=$(sed -n '/Target Performance Summary/,/Task Performance Summary/p' <<<"$output" |
      awk '$2 == "ms" && $3 ~ /^_?Tasker/ {sum += $1} END {print sum + 0}')
    echo "$variant $(((end - start) / 1000000)) $in_targets" >>"$results"
  done
done

median() { grep "^$1 " "$results" | awk -v column="$2" '{print $column}' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
base=$(median "${variants[0]}" 2)
printf "%-12s %10s %8s %18s\n" variant "median ms" "ratio" "in Tasker targets"
for variant in "${variants[@]}"; do
  m=$(median "$variant" 2)
  printf "%-12s %10s %8s %15s ms\n" "$variant" "$m" "$(awk -v m="$m" -v b="$base" 'BEGIN {printf "%.3f", m / b}')" "$(median "$variant" 3)"
done
echo "($runs interleaved runs per variant; incremental build of a PackageReference consumer of the sample, no code change; node reuse ${NODE_REUSE:-0})"
