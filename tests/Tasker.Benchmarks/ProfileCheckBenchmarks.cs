using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Tasker.Diagnostics;
using Tasker.Execution;
using Tasker.Launcher;
using Tasker.Planning;
using Tasker.Profiles.Values;

namespace Tasker.Benchmarks;

/// <summary>
/// Load, check and resolve a profile of N <c>[[__meta__]]</c> entries whose task has a schema: reading the TOML,
/// the launcher check, planning, the check before the run (values, schema, dataflow) and resolving each entry's
/// table as if its task were about to run. Nothing runs. Two shapes: every entry names one shared table, or every
/// entry has its own table of typed values (five times the text). The last benchmark leaves out reading the file
/// (Tomlyn's parse and the launcher check) to show the cost of the check and resolution alone.
/// </summary>
[MemoryDiagnoser]
public class ProfileCheckBenchmarks
{
    private readonly NullPipelineEvents _events = new();
    private string _shared = string.Empty;
    private string _own = string.Empty;
    private LauncherProfile? _ownLoaded;

    [Params(1_000, 10_000, 100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var shared = new StringBuilder();
        var own = new StringBuilder();
        for (var index = 0; index < Entries; index++)
        {
            shared.Append("[[__meta__]]\nreference = \"Tasker.Benchmarks.SchemaTask\"\nprofile = \"shared\"\n\n");
            own.Append(CultureInfo.InvariantCulture, $"[[__meta__]]\nreference = \"Tasker.Benchmarks.SchemaTask\"\nprofile = \"t{index}\"\n\n");
            own.Append(CultureInfo.InvariantCulture, $"[t{index}]\nname = \"entry {index}\"\ncount = \"{index}$I\"\nratio = \"0.5$F\"\nenabled = \"yes$B\"\ntags = [\"a\", \"b$S\"]\n\n");
        }

        shared.Append("[shared]\nname = \"entry\"\ncount = \"3$I\"\nratio = \"0.5$F\"\nenabled = \"yes$B\"\ntags = [\"a\", \"b$S\"]\n");
        _shared = Write($"check-shared-{Entries}.toml", shared.ToString());
        _own = Write($"check-own-{Entries}.toml", own.ToString());
        _ownLoaded = PipelineRunner.Load(_own, _events);
    }

    [Benchmark]
    public int Shared_table_load_check_resolve() => CheckAndResolve(PipelineRunner.Load(_shared, _events)!);

    [Benchmark]
    public int Own_tables_load_check_resolve() => CheckAndResolve(PipelineRunner.Load(_own, _events)!);

    [Benchmark]
    public int Own_tables_check_resolve_only() => CheckAndResolve(_ownLoaded!);

    private static int CheckAndResolve(LauncherProfile launcher)
    {
        var diagnostics = new List<Diagnostic>();
        var plan = PipelinePlanner.Plan(launcher, PipelineHost.Catalog, diagnostics);
        PlanValidator.Validate(plan, PipelineHost.Catalog, [], diagnostics);
        if (diagnostics.Count > 0)
        {
            throw new InvalidOperationException(diagnostics[0].ToString());
        }

        var resolved = 0;
        foreach (var step in plan)
        {
            resolved += ValueEvaluator.Resolve(step.TaskTable, PipelineHost.Catalog).Count;
        }

        return resolved;
    }

    private static string Write(string name, string text)
    {
        var path = Path.Combine(BenchmarkProfiles.Directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
