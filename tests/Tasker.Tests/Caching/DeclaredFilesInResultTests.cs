using Tasker.Tests.Support;

namespace Tasker.Tests.Caching;

/// <summary>The inputs and outputs a profile declares reach the run's result, for a build to watch them.</summary>
[TestClass]
public sealed class DeclaredFilesInResultTests
{
    [TestMethod]
    public void The_result_lists_the_declared_patterns_of_entries_containers_and_branches_as_absolute_paths()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", """
            [[__meta__]]
            reference = "Tasker.Tests.Support.ProvidingTask"
            profile = "give"
            inputs = ["data/*.csv", "schema.json"]
            outputs = "out/report.txt"
            [[__meta__]]
            reference = "Tasker.Tasks.ForkTask"
            profile = "fork"
            [give]
            text = "hi"
            [fork]
            reference = "Tasker.Tests.Support.ProvidingTask"
            inputs = "fork/*.txt"
            [[fork.tasks]]
            profile = "one"
            outputs = ["branch/one.txt"]
            [fork.one]
            text = "branch"
            """);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        var root = files.Directory.Replace('\\', '/');
        CollectionAssert.AreEquivalent(new[] { $"{root}/data/*.csv", $"{root}/schema.json", $"{root}/fork/*.txt" }, result.DeclaredInputs.ToList());
        CollectionAssert.AreEquivalent(new[] { $"{root}/out/report.txt", $"{root}/branch/one.txt" }, result.DeclaredOutputs.ToList());
    }
}
