#!/usr/bin/env bash
# What Tasker adds to an incremental `dotnet build` of the sample (no code change), measured as interleaved
# runs in one session so every variant sees the same machine state. Prints medians and ratios against
# TaskerEnabled=false.
#
#   bash bench/build-overhead.sh [runs]          (default 10 runs per variant)
#   NODE_REUSE=1 bash bench/build-overhead.sh    (MSBuild worker nodes stay alive between builds, as on a
#                                                 developer machine; they are shut down at the end)
#
# Variants: off (TaskerEnabled=false), skipped (pipeline up to date), in-process (TaskerAlwaysRun=true), and
# process isolation (TaskerIsolation=process) when the build knows that property.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
project=samples/HelloPipeline/HelloPipeline.csproj
export DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false DOTNET_NOLOGO=1
if [ "${NODE_REUSE:-0}" = "1" ]; then
  unset MSBUILDDISABLENODEREUSE
  node_reuse="-nr:true -m"
  trap 'dotnet build-server shutdown >/dev/null 2>&1 || true' EXIT
else
  export MSBUILDDISABLENODEREUSE=1
  node_reuse="-nr:false"
fi

declare -A args=(
  [off]="-p:TaskerEnabled=false"
  [skipped]=""
  [in-process]="-p:TaskerAlwaysRun=true -p:TaskerIsolation=none"
)
variants=(off skipped in-process)
if grep -q "TaskerIsolation" build/Tasker.MSBuild.props 2>/dev/null; then
  args[process]="-p:TaskerAlwaysRun=true -p:TaskerIsolation=process"
  variants+=(process)
fi

# Warm up: restore, compile, and run the pipeline once so the stamp exists.
# shellcheck disable=SC2086
dotnet build "$project" $node_reuse >/dev/null

results="$(mktemp)"
for ((i = 1; i <= runs; i++)); do
  for variant in "${variants[@]}"; do
    # The pipeline must be up to date before a "skipped" run; the other variants force or disable it.
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    dotnet build "$project" --no-restore $node_reuse ${args[$variant]} >/dev/null
    end=$(date +%s%N)
    echo "$variant $(( (end - start) / 1000000 ))" >>"$results"
  done
done

median() { grep "^$1 " "$results" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
base=$(median off)
printf "%-12s %10s %8s\n" variant "median ms" ratio
for variant in "${variants[@]}"; do
  m=$(median "$variant")
  printf "%-12s %10s %8s\n" "$variant" "$m" "$(awk -v m="$m" -v b="$base" 'BEGIN {printf "%.3f", m / b}')"
done
echo "($runs interleaved runs per variant; incremental build of $project, no code change; node reuse ${NODE_REUSE:-0})"
rm -f "$results"
