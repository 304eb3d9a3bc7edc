using Tasker.Events;
using Tasker.Execution;
using Tasker.Requests;
using Tasker.TaskLookup;
using Tasker.Tasks;

namespace Tasker.Benchmarks;

/// <summary>Runs a profile the way a host does, with this assembly's task types; throws when the pipeline fails.</summary>
internal static class PipelineHost
{
    public static readonly TaskCatalog Catalog = BuiltInTasks.CatalogWith([typeof(PipelineHost).Assembly]);

    public static PipelineResult Run(string profile)
    {
        var result = PipelineRunner.Run(new PipelineOptions(profile, new NullPipelineEvents()), Catalog);
        return result.Succeeded ? result : throw new InvalidOperationException($"The benchmark pipeline {profile} failed.");
    }
}
