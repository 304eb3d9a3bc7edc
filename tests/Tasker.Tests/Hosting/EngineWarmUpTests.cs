using System.Collections;
using Tasker.Hosting;

namespace Tasker.Tests.Hosting;

/// <summary>The warm-up a host and the MSBuild node run before their first pipeline: the path a run takes, and no trace of it.</summary>
[TestClass]
[DoNotParallelize]
public sealed class EngineWarmUpTests
{
    [TestMethod]
    public void The_warm_up_profile_reads_checks_and_plans_without_a_problem()
    {
        var diagnostics = EngineWarmUp.Run();

        Assert.AreEqual(0, diagnostics.Count, string.Join("\n", diagnostics.Select(diagnostic => diagnostic.ToString())));
    }

    [TestMethod]
    public void The_warm_up_reads_and_writes_no_file_and_leaves_the_process_as_it_was()
    {
        var folder = Directory.CreateTempSubdirectory("tasker-warm-up-");
        var directory = Environment.CurrentDirectory;
        var variables = Variables();
        try
        {
            Environment.CurrentDirectory = folder.FullName;

            EngineWarmUp.Run();

            Assert.AreEqual(0, folder.EnumerateFileSystemInfos().Count(), "the warm-up wrote in the current folder");
            Assert.AreEqual(folder.FullName, Environment.CurrentDirectory);
            CollectionAssert.AreEquivalent(variables, Variables(), "the warm-up changed the environment");
            Assert.AreEqual(CancellationToken.None, PipelineContext.CancellationToken);
        }
        finally
        {
            Environment.CurrentDirectory = directory;
            folder.Delete(recursive: true);
        }
    }

    private static List<string> Variables() =>
        [.. Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().Select(entry => $"{entry.Key}={entry.Value}")];
}
