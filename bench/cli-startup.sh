#!/usr/bin/env bash
# Whole-process time and peak memory of `tasker launch` on short and large profiles: what a user waits for,
# start-up, JIT compilation and first use included. The profiles are those the Python tasker 0.4.3 figures in the
# README were measured with: N sequential entries or one fork of N branches, each a no-op task class (perfmod).
#
#   bash bench/cli-startup.sh [runs]      (default 15 runs per profile, interleaved, medians reported)
#
# The tool is published Release under a work folder (the repository's obj/ and bin/ are left alone) twice: as the
# platform's tool package holds it (ReadyToRun, precompiled) and as the portable fallback package holds it (compiled
# just in time); both run as `dotnet Tasker.Cli.dll`, interleaved, so the two columns compare like with like.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
export DOTNET_TieredPGO="${DOTNET_TieredPGO:-1}"

source bench/tool-and-module.sh
publish_tool "$work"

# The task module: two no-op task classes, as the Python module has.
cat >"$work/NoopTask.cs" <<'CS'
using Microsoft.Extensions.Logging;
using Tasker;

namespace perfmod;

public sealed class NoopTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => Return.Success;
}
CS
build_module "$work" perfmod "$work/NoopTask.cs"

# The profiles of the Python comparison, as its generator writes them: every entry and branch spells out
# include, path, profile and execute, as tasker 0.4.3's templates do.
header() {
  printf '__schema__ = "tasker.launcher.Launcher"\n__name__ = "perf"\n__author__ = "a"\n__version__ = "1.0.0"\n'
  printf '__email__ = "a@example.com"\n__abstract__ = ""\n[__setting__]\n    [__setting__.storage]\n'
  printf '    reference = "tasker.storages.basic.DictStorage"\n\n'
}
seq_profile() {
  header
  for _ in $(seq "$1"); do
    printf '[[__meta__]]\nreference = "perfmod.NoopTask$T"\ninclude = false\npath = ""\nprofile = "p"\nexecute = true\n\n'
  done
  printf '[p]\nn = 0\n'
}
fork_profile() {
  header
  printf '[[__meta__]]\nreference = "tasker.tasks.containers.ForkTask$T"\ninclude = false\npath = ""\nprofile = "fork"\nexecute = true\n\n'
  printf '[fork]\nworker = 2\nreference = "perfmod.NoopTask"\n'
  for _ in $(seq "$1"); do printf '[[fork.tasks]]\ninclude = false\npath = ""\nprofile = "p"\nexecute = true\n'; done
  printf '[fork.p]\nn = 0\n[p]\nn = 0\n'
}
seq_profile 1 >"$work/seq1.toml"
seq_profile 1000 >"$work/seq1000.toml"
fork_profile 1000 >"$work/fork1000.toml"
fork_profile 10000 >"$work/fork10000.toml"

profiles=(seq1 seq1000 fork1000 fork10000)
variants=(tool portable)
for profile in "${profiles[@]}"; do
  for variant in "${variants[@]}"; do
    dotnet "${!variant}" launch -f "$work/$profile.toml" --assembly "$assembly" -l error >/dev/null  # warm the file cache
    : >"$work/$profile.$variant.times"
  done
done
for _ in $(seq "$runs"); do
  for profile in "${profiles[@]}"; do
    for variant in "${variants[@]}"; do
      start=$(date +%s%N)
      /usr/bin/time -f '%M' -o "$work/peak" dotnet "${!variant}" launch -f "$work/$profile.toml" --assembly "$assembly" -l error >/dev/null
      end=$(date +%s%N)
      echo "$(( (end - start) / 1000 )) $(cat "$work/peak")" >>"$work/$profile.$variant.times"
    done
  done
done

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "load: $(uptime | sed 's/.*load average: //')   tool: $tool_kind package"
printf '%-10s %12s %14s %16s\n' profile "median (ms)" "peak RSS (MB)" "portable (ms)"
for profile in "${profiles[@]}"; do
  ms=$(awk '{ print $1 / 1000 }' "$work/$profile.tool.times" | median)
  mb=$(awk '{ print $2 / 1024 }' "$work/$profile.tool.times" | median)
  jit=$(awk '{ print $1 / 1000 }' "$work/$profile.portable.times" | median)
  printf '%-10s %12.0f %14.1f %16.0f\n' "$profile" "$ms" "$mb" "$jit"
done
