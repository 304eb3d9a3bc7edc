using Tasker.Events;
using Tasker.Execution;
using Tasker.Requests;
using Tasker.Tasks;

namespace Tasker.Tests.Support;

/// <summary>Runs a profile with task types from this test assembly and collects what the pipeline reports.</summary>
internal static class PipelineHarness
{
    public static (PipelineResult Result, CollectingPipelineEvents Events) Run(string profilePath, CancellationToken cancellationToken = default)
    {
        var events = new CollectingPipelineEvents();
        var catalog = BuiltInTasks.CatalogWith([typeof(PipelineHarness).Assembly]);
        var result = PipelineRunner.Run(new PipelineOptions(profilePath, events) { CancellationToken = cancellationToken }, catalog);
        return (result, events);
    }

    public static (PipelineResult Result, CollectingPipelineEvents Events) Run(string profilePath, Func<PipelineOptions, PipelineOptions> configure)
    {
        var events = new CollectingPipelineEvents();
        var catalog = BuiltInTasks.CatalogWith([typeof(PipelineHarness).Assembly]);
        var result = PipelineRunner.Run(configure(new PipelineOptions(profilePath, events)), catalog);
        return (result, events);
    }
}
