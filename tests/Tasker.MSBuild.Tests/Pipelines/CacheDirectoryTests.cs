using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Tasker.MSBuild;
using Tasker.MSBuild.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.MSBuild.Tests.Pipelines;

/// <summary>The build's TaskerCacheDirectory and StateDirectory decide where the result cache lives; the summary line counts its work.</summary>
[TestClass]
public sealed class CacheDirectoryTests
{
    private static (bool Succeeded, RecordingBuildEngine Engine) Execute(string profile, string state, string? cache, string? sizeLimit = null, string isolation = "none")
    {
        var engine = new RecordingBuildEngine();
        var task = new RunTaskerPipelines
        {
            BuildEngine = engine,
            Profiles = [new TaskItem(profile)],
            AssemblyPath = typeof(CacheDirectoryTests).Assembly.Location,
            StateDirectory = state,
            CacheDirectory = cache,
            CacheSizeLimit = sizeLimit,
            Isolation = isolation,
            TargetFrameworkIdentifier = ".NETCoreApp",
            TargetFrameworkVersion = "v10.0",
            HostRuntimeConfigPath = Path.Combine(state, "tasker.host.runtimeconfig.json"),
        };
        return (task.Execute(), engine);
    }

    private static string Summary(RecordingBuildEngine engine) =>
        engine.Messages.Single(message => message.Importance == MessageImportance.High && message.Message!.StartsWith("Tasker pipeline", StringComparison.Ordinal)).Message!;

    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public void A_second_build_restores_the_cacheable_entry_from_the_cache_folder(bool ownFolder)
    {
        using var files = new TestProfiles();
        var log = Path.Combine(files.Directory, "log.txt").Replace('\\', '/');
        var profile = files.Write("p.toml", $"[[__meta__]]\nreference = \"Tasker.Tests.Support.CachedWorkTask\"\nprofile = \"t\"\ncache = true\n[t]\nlog = \"{log}\"\n");
        var state = Path.Combine(files.Directory, "obj", "tasker");
        var cache = ownFolder ? Path.Combine(files.Directory, "shared-cache") : null;

        var (firstSucceeded, first) = Execute(profile, state, cache);
        var (secondSucceeded, second) = Execute(profile, state, cache);

        Assert.IsTrue(firstSucceeded && secondSucceeded, string.Join("\n", second.Errors.Select(error => error.Message)));
        StringAssert.Contains(Summary(first), "; work: 1 run, 0 restored from cache, 0 skipped.");
        StringAssert.Contains(Summary(second), "; work: 0 run, 1 restored from cache, 0 skipped.");
        Assert.HasCount(1, File.ReadAllLines(log));
        Assert.IsTrue(Directory.Exists(Path.Combine(cache ?? Path.Combine(state, "tasker-cache"), "entries")));
    }

    [TestMethod]
    [DataRow("none")]
    [DataRow("process")]
    public void TaskerCacheSizeLimit_bounds_the_cache_in_either_isolation(string isolation)
    {
        using var files = new TestProfiles();
        var log = Path.Combine(files.Directory, "log.txt").Replace('\\', '/');
        var profile = files.Write("p.toml", $"[[__meta__]]\nreference = \"Tasker.Tests.Support.CachedWorkTask\"\nprofile = \"t\"\ncache = true\n[t]\nlog = \"{log}\"\n");
        var state = Path.Combine(files.Directory, "obj", "tasker");

        // One byte holds no result: each build evicts what it stored, and the next runs the entry again.
        Execute(profile, state, cache: null, sizeLimit: "1", isolation);
        var (succeeded, second) = Execute(profile, state, cache: null, sizeLimit: "1", isolation);

        Assert.IsTrue(succeeded, string.Join("\n", second.Errors.Select(error => error.Message)));
        StringAssert.Contains(Summary(second), "; work: 1 run, 0 restored from cache, 0 skipped.");
        Assert.HasCount(2, File.ReadAllLines(log));
    }

    [TestMethod]
    public void A_TaskerCacheSizeLimit_that_is_not_a_size_is_an_error_at_the_project_before_anything_runs()
    {
        using var files = new TestProfiles();
        var profile = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.ProvidingTask\"\nprofile = \"t\"\n[t]\ntext = \"hi\"\n");

        var (succeeded, engine) = Execute(profile, Path.Combine(files.Directory, "obj", "tasker"), cache: null, sizeLimit: "big");

        Assert.IsFalse(succeeded);
        var error = engine.Errors.Single();
        Assert.AreEqual("TSK7008", error.Code);
        StringAssert.Contains(error.Message, "TaskerCacheSizeLimit is 'big', which is not a size");
        Assert.IsFalse(engine.Messages.Any(message => message.Message!.StartsWith("Tasker pipeline", StringComparison.Ordinal)), "nothing ran");
    }
}
