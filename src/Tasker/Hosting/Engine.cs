using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Planning;
using Tasker.Requests;
using Tasker.Templates;

namespace Tasker.Hosting;

/// <summary>
/// What the hosts (the MSBuild tasks, the out-of-process host and the command line) ask of the engine: run a
/// pipeline, check it and get its validated plan, preview it, write a task's profile template or the JSON Schema.
/// A host turns its own inputs into these calls and renders what comes back; nothing else of the engine is its business.
/// </summary>
internal static class Engine
{
    /// <summary>Runs the profile <paramref name="options"/> names with <paramref name="tasks"/>.</summary>
    public static PipelineResult Run(PipelineOptions options, TaskSet tasks) => PipelineRunner.Run(options, tasks.Catalog);

    /// <summary>Takes the engine's first-use costs before the first request, in a process that waits for one; runs nothing.</summary>
    public static void WarmUp() => _ = EngineWarmUp.Run();

    /// <summary>The file a task's template is written to, the same from the build and the command line.</summary>
    public static string TemplateFileName(string reference) => TemplateFiles.FileName(reference);

    /// <summary>Checks the profile as a run would before its first task; runs nothing.</summary>
    public static ProfileCheck Check(string profilePath, TaskSet tasks, string? stateDirectory, BuildContext? build = null, EntrySelection? selection = null)
    {
        // $C values are fixed by the build, so the check evaluates them as the run would.
        using (PipelineContext.EnterBuild(build))
        {
            return new ProfileCheck(PlanBuilder.Check(profilePath, tasks.Catalog, stateDirectory, selection));
        }
    }

    /// <summary>The plan of a successful check, entry by entry, as <c>tasker plan</c> shows it; runs nothing.</summary>
    public static PlanGraph Preview(ProfileCheck check, TaskSet tasks) => PlanGraph.Of(check.Check, tasks.Catalog);

    /// <summary>The profile template of the task <paramref name="reference"/> names, found as pipelines find it.</summary>
    public static string Template(TaskSet tasks, string reference, SourceLocation location) =>
        TomlTemplateGenerator.Generate(reference, TaskSchemaSource.For(tasks.Catalog, reference, location));

    /// <summary>The JSON Schema of the profiles these tasks read; tasks left out are reported to <paramref name="diagnostics"/>.</summary>
    public static string Schema(TaskSet tasks, SourceLocation location, ICollection<Diagnostic> diagnostics) =>
        JsonSchemaGenerator.Generate(TaskSchemaSource.All(tasks.Catalog, location, diagnostics));
}
