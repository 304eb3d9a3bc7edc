using System.Diagnostics;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Launcher;
using Tasker.Requests;
using Tasker.Tasks;
using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

[TestClass]
public sealed class CancellationTests
{
    private static (PipelineResult Result, CollectingPipelineEvents Events) Run(string path, CancellationToken token = default, TimeSpan? timeout = null)
    {
        var events = new CollectingPipelineEvents();
        var options = new PipelineOptions(path, events)
        {
            CancellationToken = token,
            Timeout = timeout,
            CancellationGracePeriod = TimeSpan.FromMilliseconds(200),
        };
        return (PipelineRunner.Run(options, BuiltInTasks.CatalogWith([typeof(CancellationTests).Assembly])), events);
    }

    [TestMethod]
    public void An_entry_timeout_cancels_a_cooperative_task_with_an_error_at_the_entry()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "\n[[__meta__]]\nreference = \"Tasker.Tests.Support.CooperativeSlowTask\"\ntimeout = \"100ms\"\n");

        var (result, events) = Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual(("TSK2009", 2, 1), (error.Code, error.Location.Line, error.Location.Column));
        Assert.IsFalse(error.Message.Contains("abandoned", StringComparison.Ordinal), "the task stopped by itself");
    }

    [TestMethod]
    public void A_task_that_ignores_cancellation_is_abandoned_after_the_grace_period()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.StubbornSlowTask\"\ntimeout = 0.1\n");
        var stopwatch = Stopwatch.StartNew();

        var (result, events) = Run(path);

        Assert.IsFalse(result.Succeeded);
        Assert.IsTrue(stopwatch.Elapsed < TimeSpan.FromSeconds(2.5), "the pipeline did not wait for the task to return");
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK2009", error.Code);
        StringAssert.Contains(error.Message, "abandoned");
    }

    [TestMethod]
    public void Nothing_runs_or_reports_after_an_abandoned_task_returns()
    {
        using var files = new TestProfiles();
        var marker = Path.Combine(files.Directory, "marker.txt");
        var path = files.Write("p.toml", $"[[__meta__]]\nreference = \"Tasker.Tests.Support.StubbornSlowTask\"\ntimeout = 0.1\n[[__meta__]]\nreference = \"Tasker.Tests.Support.MarkerTask\"\nprofile = \"m\"\n[m]\nmarker = '{marker}'\n");

        var (result, events) = Run(path);
        var reportedAtEnd = events.Diagnostics.Count + events.Messages.Count;
        Thread.Sleep(TimeSpan.FromSeconds(3.5)); // the abandoned task returns after 3 s

        Assert.IsFalse(result.Succeeded);
        Assert.IsFalse(File.Exists(marker), "the entry after the abandoned one must never run");
        Assert.AreEqual(reportedAtEnd, events.Diagnostics.Count + events.Messages.Count, "the abandoned thread reports nothing after the run ended");
    }

    [TestMethod]
    public void A_task_that_returns_after_its_timeout_still_fails_the_entry()
    {
        using var files = new TestProfiles();
        var marker = Path.Combine(files.Directory, "marker.txt");
        var path = files.Write("p.toml", $"[[__meta__]]\nreference = \"Tasker.Tests.Support.StubbornSlowTask\"\ntimeout = 0.1\n[[__meta__]]\nreference = \"Tasker.Tests.Support.MarkerTask\"\nprofile = \"m\"\n[m]\nmarker = '{marker}'\n");
        var events = new CollectingPipelineEvents();
        var options = new PipelineOptions(path, events)
        {
            CancellationToken = new CancellationTokenSource().Token,
            CancellationGracePeriod = TimeSpan.FromSeconds(10),
        };

        var result = PipelineRunner.Run(options, BuiltInTasks.CatalogWith([typeof(CancellationTests).Assembly]));

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual("TSK2009", events.Diagnostics.Single().Code);
        Assert.IsFalse(events.Diagnostics.Single().Message.Contains("abandoned", StringComparison.Ordinal));
        Assert.IsFalse(File.Exists(marker));
    }

    [TestMethod]
    public void The_pipeline_timeout_is_its_own_error()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.CooperativeSlowTask\"\n");

        var (result, events) = Run(path, timeout: TimeSpan.FromMilliseconds(100));

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual("TSK5003", events.Diagnostics.Single().Code);
        AssertHostNeutral(events.Diagnostics.Single().Message);
    }

    // The engine runs under MSBuild, the host process and the tasker tool: its words name none of MSBuild's items or properties.
    private static void AssertHostNeutral(string message)
    {
        foreach (var word in new[] { "Tasker" + "Timeout", "Tasker" + "Profile", "the build", "MSBuild" })
        {
            Assert.IsFalse(message.Contains(word, StringComparison.OrdinalIgnoreCase), $"'{word}' in: {message}");
        }
    }

    [TestMethod]
    public void Cancelling_the_host_token_cancels_the_running_task()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.CooperativeSlowTask\"\n[[__meta__]]\nreference = \"Tasker.Tests.Support.ExitingTask\"\n");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var (result, events) = Run(path, cancellation.Token);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(1, result.TasksRun, "no task starts after cancellation");
        Assert.AreEqual("TSK5002", events.Diagnostics.Single().Code);
        AssertHostNeutral(events.Diagnostics.Single().Message);
    }

    [TestMethod]
    public void A_timeout_that_is_not_a_duration_is_a_profile_error()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.ExitingTask\"\ntimeout = \"soon\"\n");

        var (result, events) = Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual(("TSK0004", 3, 11), (error.Code, error.Location.Line, error.Location.Column));
    }

    [TestMethod]
    [DataRow("90", 90_000)]
    [DataRow("1.5", 1_500)]
    [DataRow("250ms", 250)]
    [DataRow("90s", 90_000)]
    [DataRow("5m", 300_000)]
    [DataRow("1h", 3_600_000)]
    public void Durations_parse(string text, int milliseconds)
    {
        Assert.IsTrue(DurationParser.TryParse(text, out var duration));
        Assert.AreEqual(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("-5")]
    [DataRow("0")]
    [DataRow("5 days")]
    [DataRow("1e400")]
    public void Invalid_durations_are_rejected(string text) =>
        Assert.IsFalse(DurationParser.TryParse(text, out _));

    [TestMethod]
    public void The_result_lists_every_profile_file_and_environment_variable_read()
    {
        using var files = new TestProfiles();
        var included = files.Write("sub/t.toml", "text = \"TASKER_TEST_UNSET_RATE:-0.2$E\"\n");
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.ProvidingTask\"\ninclude = true\npath = \"sub/t.toml\"\n");

        var (result, _) = Run(path);

        Assert.IsTrue(result.Succeeded);
        CollectionAssert.AreEquivalent(new[] { path, included }, result.InputFiles.ToArray());
        CollectionAssert.AreEqual(new[] { "TASKER_TEST_UNSET_RATE" }, result.EnvironmentVariables.ToArray(), "an unset variable with a default is a dependency too");
    }
}
