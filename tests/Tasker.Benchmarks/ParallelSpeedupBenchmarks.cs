using BenchmarkDotNet.Attributes;

namespace Tasker.Benchmarks;

/// <summary>
/// A fork of 8 CPU-bound branches on 1 and on 2 workers; the ratio of the two means is the speed-up real threads
/// give: 1 / the Ratio BenchmarkDotNet prints for worker = 2 (worker = 1 is the baseline). The same work on bare
/// threads shows what the machine gives at the moment (other processes take cores too).
/// </summary>
[MinColumn]
[MedianColumn]
public class ParallelSpeedupBenchmarks
{
    private const int Branches = 8;
    private string _oneWorker = string.Empty;
    private string _twoWorkers = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _oneWorker = BenchmarkProfiles.Fork(Branches, worker: 1, task: nameof(SpinTask));
        _twoWorkers = BenchmarkProfiles.Fork(Branches, worker: 2, task: nameof(SpinTask));
    }

    [Benchmark(Baseline = true)]
    public int Cpu_bound_fork_worker_1() => PipelineHost.Run(_oneWorker).TasksRun;

    [Benchmark]
    public int Cpu_bound_fork_worker_2() => PipelineHost.Run(_twoWorkers).TasksRun;

    // The same work on bare threads, without Tasker: the speed-up the machine itself gives at the moment.
    [Benchmark]
    public ulong Bare_threads_1() => Enumerable.Range(0, Branches).Aggregate(0UL, (sum, _) => sum ^ SpinTask.Spin());

    [Benchmark]
    public ulong Bare_threads_2()
    {
        var other = 0UL;
        var helper = new Thread(() => other = Enumerable.Range(0, Branches / 2).Aggregate(0UL, (sum, _) => sum ^ SpinTask.Spin()));
        helper.Start();
        var own = Enumerable.Range(0, Branches / 2).Aggregate(0UL, (sum, _) => sum ^ SpinTask.Spin());
        helper.Join();
        return own ^ other;
    }
}
