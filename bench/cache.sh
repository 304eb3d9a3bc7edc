#!/usr/bin/env bash
# The result cache on a fork of 1,000 cacheable branches that each take 20 ms (issue "Never redo finished work"):
# a first run, a second run with nothing changed (at least 50 times faster), and a run after one branch's table
# changed (exactly one branch runs). Times are the pipeline's own ("Successfully finished in N seconds"), which
# leaves out the tool's start-up; the whole-process times are printed beside them.
#
#   bash bench/cache.sh [branches] [milliseconds] [workers]     (defaults: 1000 20 2)
#
# The tool is published Release as its platform package ships it (ReadyToRun where the platform has one), under a
# work folder (the repository's obj/ and bin/ are left alone).
set -euo pipefail
cd "$(dirname "$0")/.."
branches="${1:-1000}"
ms="${2:-20}"
workers="${3:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

source bench/tool-and-module.sh
publish_tool "$work"   # the tool as its platform package ships it
cat >"$work/SleepTask.cs" <<'CS'
using Microsoft.Extensions.Logging;
using Tasker;

namespace cachemod;

public sealed class SleepTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Thread.Sleep(TimeSpan.FromMilliseconds(profile.Get<long>("ms")));
        shared["done"] = profile.Get<long>("id");
        return Return.Success;
    }

    public IEnumerable<string> Provide() => ["done"];
}
CS
build_module "$work" cachemod "$work/SleepTask.cs"

profile() {  # $1: the note of branch 1
  printf '[[__meta__]]\nreference = "Tasker.Tasks.ForkTask"\nprofile = "fork"\ncache = true\n\n[fork]\nworker = %s\nreference = "cachemod.SleepTask"\n' "$workers"
  for i in $(seq "$branches"); do printf '[[fork.tasks]]\nprofile = "b%s"\n' "$i"; done
  for i in $(seq "$branches"); do
    printf '[fork.b%s]\nid = %s\nms = %s\n' "$i" "$i" "$ms"
    [ "$i" = 1 ] && printf 'note = "%s"\n' "$1"
  done
  return 0
}

run() {  # prints "<pipeline seconds> <process seconds>" and keeps the output in $work/last.txt
  local start end
  start=$(date +%s.%N)
  dotnet "$tool" launch -f "$work/cache.toml" --assembly "$assembly" --cache-dir "$work/cache" --color never >"$work/last.txt"
  end=$(date +%s.%N)
  local pipeline
  pipeline=$(sed -n 's/.*Successfully finished in \([0-9.]*\) seconds.*/\1/p' "$work/last.txt")
  echo "$pipeline $(echo "$end - $start" | bc -l)"
}

counts() { sed -n 's/.*work: \([0-9]* run, [0-9]* restored from cache, [0-9]* skipped\).*/\1/p' "$work/last.txt"; }

# The engine's own cost of the same fork, uncached, with branches that do nothing: what no cache can save.
saved_ms="$ms"; ms=0
profile first | sed 's/^cache = true$//' >"$work/cache.toml"
read -r baseline baseline_process < <(run)
ms="$saved_ms"

profile first >"$work/cache.toml"
read -r first first_process < <(run); first_counts=$(counts)
read -r second second_process < <(run); second_counts=$(counts)
profile changed >"$work/cache.toml"
read -r third third_process < <(run); third_counts=$(counts)

ratio=$(echo "$first / $second" | bc -l)
printf '%-34s %10s %10s   %s\n' "run ($branches branches of $ms ms, worker = $workers)" "pipeline" "process" "work"
printf '%-34s %9.3fs %9.3fs   %s\n' "uncached fork of no-op branches" "$baseline" "$baseline_process" "(the engine's own cost)"
printf '%-34s %9.3fs %9.3fs   %s\n' "first (cold cache)" "$first" "$first_process" "$first_counts"
printf '%-34s %9.3fs %9.3fs   %s\n' "second (nothing changed)" "$second" "$second_process" "$second_counts"
printf '%-34s %9.3fs %9.3fs   %s\n' "third (one branch's table changed)" "$third" "$third_process" "$third_counts"
printf 'second run: %.0fx faster than the first (pipeline time)\n' "$ratio"

status=0
[ "$second_counts" = "0 run, $branches restored from cache, 0 skipped" ] || { echo "FAIL: the second run should restore every branch"; status=1; }
[ "$third_counts" = "1 run, $((branches - 1)) restored from cache, 0 skipped" ] || { echo "FAIL: exactly one branch should run after one table changed"; status=1; }
[ "$(echo "$ratio >= 50" | bc -l)" = 1 ] || { echo "FAIL: the second run should be at least 50x faster"; status=1; }
exit $status
