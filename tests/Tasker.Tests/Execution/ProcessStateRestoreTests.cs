using Microsoft.Build.Utilities;
using Tasker.MSBuild;
using Tasker.Tests.MSBuild;
using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

/// <summary>
/// A pipeline leaves the process as it found it: environment variables and the current directory a task changed
/// directly are set back when the pipeline ends, so a pipeline in the MSBuild node changes nothing for the rest of
/// the build. These tests change the process itself, so they never run beside other tests.
/// </summary>
[TestClass]
public sealed class ProcessStateRestoreTests
{
    private sealed record Probe(string Profile, string Created, string Removed, string Directory, string StartDirectory);

    private static Probe Write(TestProfiles files)
    {
        var created = "TASKER_TEST_" + Guid.NewGuid().ToString("N");
        var removed = "TASKER_TEST_" + Guid.NewGuid().ToString("N");
        var elsewhere = Directory.CreateDirectory(Path.Combine(files.Directory, "elsewhere")).FullName;
        var profile = files.Write("p.toml", $"""
            [[__meta__]]
            reference = "Tasker.Tests.Support.ProcessStateChangingTask"
            profile = "change"
            [[__meta__]]
            reference = "Tasker.Tests.Support.EnvironmentProbeTask"
            profile = "probe"
            [change]
            set = "{created}"
            remove = "{removed}"
            directory = '{elsewhere}'
            [probe]
            name = "{created}"
            expected = "changed-by-task"
            """);
        Environment.SetEnvironmentVariable(removed, "there before");
        return new Probe(profile, created, removed, elsewhere, Environment.CurrentDirectory);
    }

    private static void AssertRestored(Probe probe)
    {
        Assert.IsNull(Environment.GetEnvironmentVariable(probe.Created), "a variable a task created is removed again");
        Assert.AreEqual("there before", Environment.GetEnvironmentVariable(probe.Removed), "a variable a task removed is back");
        Assert.AreEqual(probe.StartDirectory, Environment.CurrentDirectory, "the current directory is back");
    }

    private static void CleanUp(Probe probe)
    {
        Environment.SetEnvironmentVariable(probe.Removed, null);
        Environment.SetEnvironmentVariable(probe.Created, null);
        Environment.CurrentDirectory = probe.StartDirectory;
    }

    [TestMethod]
    [DoNotParallelize]
    public void Variables_and_the_directory_a_task_changed_directly_are_set_back_after_the_pipeline()
    {
        using var files = new TestProfiles();
        var probe = Write(files);
        try
        {
            var (result, events) = PipelineHarness.Run(probe.Profile);

            Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
            Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("probe matches: True", StringComparison.Ordinal)), "later tasks of the pipeline see the change");
            AssertRestored(probe);
        }
        finally
        {
            CleanUp(probe);
        }
    }

    [TestMethod]
    [DoNotParallelize]
    public void A_pipeline_run_in_the_MSBuild_node_leaves_the_node_as_it_found_it()
    {
        using var files = new TestProfiles();
        var probe = Write(files);
        try
        {
            var engine = new RecordingBuildEngine();
            var task = new RunTaskerPipelines
            {
                BuildEngine = engine,
                Profiles = [new TaskItem(probe.Profile)],
                AssemblyPath = typeof(ProcessStateRestoreTests).Assembly.Location,
                Isolation = "none",
            };

            Assert.IsTrue(task.Execute(), string.Join("\n", engine.Errors.Select(error => error.Message)));
            AssertRestored(probe);
        }
        finally
        {
            CleanUp(probe);
        }
    }
}
