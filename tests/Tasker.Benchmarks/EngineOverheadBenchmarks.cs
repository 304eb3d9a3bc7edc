using BenchmarkDotNet.Attributes;

namespace Tasker.Benchmarks;

/// <summary>
/// The engine's cost per task, with a task that does nothing: a whole pipeline of 1,000 entries (sequential) and
/// a fork of 1,000 branches on one worker, each divided by 1,000. Both include reading and planning the profile.
/// </summary>
[MemoryDiagnoser]
public class EngineOverheadBenchmarks
{
    private const int Tasks = 1_000;
    private string _sequential = string.Empty;
    private string _fork = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _sequential = BenchmarkProfiles.Sequential(Tasks);
        _fork = BenchmarkProfiles.Fork(Tasks, worker: 1);
    }

    [Benchmark(OperationsPerInvoke = Tasks)]
    public int PerTask_sequential() => PipelineHost.Run(_sequential).TasksRun;

    [Benchmark(OperationsPerInvoke = Tasks)]
    public int PerTask_in_a_fork() => PipelineHost.Run(_fork).TasksRun;
}
