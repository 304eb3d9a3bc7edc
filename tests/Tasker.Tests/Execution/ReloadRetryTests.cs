using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

/// <summary>Return.Reload | Return.Retry reads the profile again and invokes the entry again on a new instance, as the Python version does.</summary>
[TestClass]
public sealed class ReloadRetryTests
{
    private static string Profile(TestProfiles files, string path, string extra = "") =>
        ProfileText.Meta("Tasker.Tests.Support.ReloadRetryTask", "profile = \"t\"")
        + ProfileText.Meta("Tasker.Tests.Support.Schemas.ValueEchoTask", "profile = \"echo\"")
        + $"[t]\nvalue = \"old\"\nmarker = '{Path.Combine(files.Directory, "marker")}'\nprofile_file = '{path}'\n{extra}"
        + "[echo]\nvalue = \"old\"\n";

    [TestMethod]
    public void The_entry_runs_again_on_a_new_instance_with_the_reloaded_profile_and_later_tasks_see_it()
    {
        using var files = new TestProfiles();
        var path = Path.Combine(files.Directory, "p.toml");
        files.Write("p.toml", Profile(files, path));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        var messages = events.Messages.Select(message => message.Text).ToList();
        Assert.IsTrue(messages.Any(text => text.EndsWith("value=new invocations of this instance=1", StringComparison.Ordinal)), string.Join("\n", messages));
        Assert.IsTrue(messages.Any(text => text.EndsWith("value=new (String)", StringComparison.Ordinal)), "the next entry reads the reloaded profile: " + string.Join("\n", messages));
        Assert.IsFalse(messages.Any(text => text.Contains("value=old", StringComparison.Ordinal)), string.Join("\n", messages));
    }

    [TestMethod]
    public void Reload_and_retry_is_bounded_by_max_retries()
    {
        using var files = new TestProfiles();
        var path = Path.Combine(files.Directory, "p.toml");
        files.Write("p.toml", Profile(files, path, "always = true\n").Replace("profile = \"t\"", "profile = \"t\"\nmax_retries = 2", StringComparison.Ordinal));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(3, result.TasksRun, "the first invocation and two retries");
        var error = events.Diagnostics.Single();
        Assert.AreEqual(("TSK2003", 1), (error.Code, error.Location.Line), error.ToString());
    }
}
