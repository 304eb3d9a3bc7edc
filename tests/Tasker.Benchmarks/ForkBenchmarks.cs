using BenchmarkDotNet.Attributes;

namespace Tasker.Benchmarks;

/// <summary>
/// A fork of 10,000 no-op branches, end to end: read the profile, plan and check it, run every branch (one worker
/// per core). Reading the profile alone is measured too, to show where the time goes.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ForkBenchmarks
{
    private readonly NullPipelineEvents _events = new();
    private string _profile = string.Empty;

    [GlobalSetup]
    public void Setup() => _profile = BenchmarkProfiles.Fork(10_000, worker: 0);

    [Benchmark]
    public int Fork_of_10000_noop_tasks() => PipelineHost.Run(_profile).TasksRun;

    [Benchmark]
    public int Fork_of_10000_read_profile_only() => Execution.PipelineRunner.Load(_profile, _events)!.Entries.Count;
}
