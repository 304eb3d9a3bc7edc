using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

/// <summary>
/// A pipeline leaves the process as it found it: environment variables and the current directory a task changed
/// directly are set back when the pipeline ends, so a pipeline in the MSBuild node changes nothing for the rest of
/// the build (the MSBuild task's tests check that in a build engine). These tests change the process itself, so they
/// never run beside other tests.
/// </summary>
[TestClass]
public sealed class ProcessStateRestoreTests
{
    [TestMethod]
    [DoNotParallelize]
    public void Variables_and_the_directory_a_task_changed_directly_are_set_back_after_the_pipeline()
    {
        using var files = new TestProfiles();
        var probe = ProcessStateProbe.Write(files);
        try
        {
            var (result, events) = PipelineHarness.Run(probe.Profile);

            Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
            Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("probe matches: True", StringComparison.Ordinal)), "later tasks of the pipeline see the change");
            probe.AssertRestored();
        }
        finally
        {
            probe.CleanUp();
        }
    }
}
