using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Planning;
using Tasker.Profiles;
using Tasker.Storage;
using Tasker.TaskLookup;

namespace Tasker.Hosting;

/// <summary>
/// Takes the engine's first-use costs (loading and preparing the code that reads, checks and plans a profile) on a
/// profile held in memory, for a process that starts before it has work: the host started while the project compiles.
/// Reads and writes no file, runs no task, and keeps nothing.
/// </summary>
internal static class EngineWarmUp
{
    private const string Profile = """
        __name__ = "warm-up"

        [__setting__]
            [__setting__.storage]
            reference = "tasker.storages.basic.DictStorage"
            [__setting__.log]
            level = "INFO"

        [[__meta__]]
        reference = "Tasker.Tasks.SetEnvironmentTask$T"
        profile = "environment"

        [environment]
        """;

    /// <summary>Warms the engine up; returns what the check of the warm-up profile found (nothing, or the warm-up is not the path a run takes).</summary>
    public static IReadOnlyList<Diagnostic> Run()
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            var root = TomlProfileReader.ReadText(Profile, "warm-up.toml");
            if (LauncherProfileReader.Read(root, "warm-up.toml", diagnostics) is { } profile)
            {
                PlanBuilder.Build(profile, TaskSet.BuiltIn().Catalog, new StorageContext("warm-up.toml", StateDirectory: null), diagnostics);
            }

            // A project's task is found in its assembly's metadata: that reader loads here too.
            MetadataTypeLookup.Find(typeof(ITask).Assembly, typeof(EngineWarmUp).FullName!, out _);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Only a head start: the first real run takes whatever cost is left, and reports what goes wrong.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BuildIntegrationFailed, SourceLocation.OfFile("warm-up.toml"), $"{exception.GetType().Name}: {exception.Message}"));
        }

        return diagnostics;
    }
}
