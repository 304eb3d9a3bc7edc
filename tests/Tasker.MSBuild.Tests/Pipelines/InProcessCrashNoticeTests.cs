using Tasker.MSBuild.InProcess;

namespace Tasker.MSBuild.Tests.Pipelines;

[TestClass]
public sealed class InProcessCrashNoticeTests
{
    [TestMethod]
    public void The_notice_is_an_MSBuild_error_at_the_profile_that_names_the_setting_that_avoids_the_crash()
    {
        var text = InProcessCrashNotice.Text(new InvalidOperationException("late"), "/src/pipeline.toml");

        StringAssert.StartsWith(text, "/src/pipeline.toml: error TSK5105: An unhandled System.InvalidOperationException on a background thread");
        StringAssert.Contains(text, "set TaskerIsolation to process");
        Assert.IsFalse(text.Contains("late", StringComparison.Ordinal), "the exception's own message and trace are the runtime's to print");
    }
}
