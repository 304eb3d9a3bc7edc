using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging;
using Tasker.Diagnostics;
using Tasker.Execution;
using Tasker.Planning;
using Tasker.Storage;
using Tasker.Tasks;

namespace Tasker.Benchmarks;

/// <summary>
/// The engine's cost per task, with a task that does nothing, each figure divided by 1,000 tasks:
/// a whole pipeline of 1,000 entries and a fork of 1,000 branches on one worker (both including reading and
/// planning the profile); reading and planning alone (subtract it to get the cost of running); and the fork's
/// run alone on an already read profile.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class EngineOverheadBenchmarks
{
    private const int Tasks = 1_000;
    private readonly NullPipelineEvents _events = new();
    private string _sequential = string.Empty;
    private string _fork = string.Empty;
    private ContainerSource? _forkSource;

    [GlobalSetup]
    public void Setup()
    {
        _sequential = BenchmarkProfiles.Sequential(Tasks);
        _fork = BenchmarkProfiles.Fork(Tasks, worker: 1);
        var launcher = PipelineRunner.Load(_fork, _events)!;
        var entry = launcher.Entries[0];
        _forkSource = new ContainerSource(entry, PipelinePlanner.LocateTaskTable(launcher, entry), launcher, PipelineHost.Catalog);
    }

    [Benchmark(OperationsPerInvoke = Tasks)]
    public int PerTask_sequential() => PipelineHost.Run(_sequential).TasksRun;

    [Benchmark(OperationsPerInvoke = Tasks)]
    public int PerTask_sequential_read_and_plan_only()
    {
        var launcher = PipelineRunner.Load(_sequential, _events)!;
        return PipelinePlanner.Plan(launcher, PipelineHost.Catalog, new List<Diagnostic>()).Count;
    }

    [Benchmark(OperationsPerInvoke = Tasks)]
    public int PerTask_in_a_fork() => PipelineHost.Run(_fork).TasksRun;

    [Benchmark(OperationsPerInvoke = Tasks)]
    public bool PerTask_in_a_fork_run_only()
    {
        var context = new ContainerContext(_forkSource!, new MemoryStorageBackend(), _events, LogLevel.Trace, CancellationToken.None);
        return new ForkTask().Run(context).Failed;
    }
}
