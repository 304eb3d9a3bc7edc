using Tasker.Diagnostics;
using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

/// <summary>[__setting__.log] level filters what is informational; an error is always reported and always fails the run.</summary>
[TestClass]
public sealed class LogLevelTests
{
    private static (bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Messages) Run(string level, string task)
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", $"[__setting__.log]\nlevel = \"{level}\"\n\n" + ProfileText.Meta(task));
        var (result, events) = PipelineHarness.Run(path);
        return (result.Succeeded, events.Diagnostics, events.Messages.Select(message => message.Text).ToList());
    }

    [TestMethod]
    [DataRow("CRITICAL")]
    [DataRow("FATAL")]
    [DataRow("NONE")]
    [DataRow("ERROR")]
    public void A_logged_error_is_reported_at_the_entry_and_fails_the_run_whatever_the_level(string level)
    {
        var run = Run(level, "Tasker.Tests.Support.LoggedErrorTask");

        Assert.IsFalse(run.Succeeded);
        var error = run.Diagnostics.Single(diagnostic => diagnostic.IsError);
        Assert.AreEqual(("TSK2005", 4), (error.Code, error.Location.Line), error.ToString());
        StringAssert.Contains(error.Message, "went wrong");
    }

    [TestMethod]
    public void The_level_still_filters_warnings_and_information()
    {
        var run = Run("CRITICAL", "Tasker.Tests.Support.WarningTask");

        Assert.IsTrue(run.Succeeded, string.Join("\n", run.Diagnostics));
        Assert.AreEqual(0, run.Diagnostics.Count, string.Join("\n", run.Diagnostics));
    }
}
