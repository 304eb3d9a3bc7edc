using Microsoft.Build.Utilities;
using Tasker.MSBuild;
using Tasker.MSBuild.Tests.Support;
using Tasker.Tests.Support;

namespace Tasker.MSBuild.Tests.Pipelines;

/// <summary>
/// A pipeline run in the MSBuild node leaves the node as it found it: environment variables and the current
/// directory a task changed directly are set back, so the rest of the build sees nothing of them. The test changes
/// the process itself, so it never runs beside other tests.
/// </summary>
[TestClass]
public sealed class ProcessStateInTheNodeTests
{
    [TestMethod]
    [DoNotParallelize]
    public void A_pipeline_run_in_the_MSBuild_node_leaves_the_node_as_it_found_it()
    {
        using var files = new TestProfiles();
        var probe = ProcessStateProbe.Write(files);
        try
        {
            var engine = new RecordingBuildEngine();
            var task = new RunTaskerPipelines
            {
                BuildEngine = engine,
                Profiles = [new TaskItem(probe.Profile)],
                AssemblyPath = typeof(ProcessStateProbe).Assembly.Location,
                Isolation = "none",
            };

            Assert.IsTrue(task.Execute(), string.Join("\n", engine.Errors.Select(error => error.Message)));
            probe.AssertRestored();
        }
        finally
        {
            probe.CleanUp();
        }
    }
}
