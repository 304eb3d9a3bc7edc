using System.Globalization;
using System.Text;
using Tasker.Execution;
using Tasker.Requests;
using Tasker.Tasks;
using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

[TestClass]
public sealed class PipelineProgressTests
{
    private const string Support = "Tasker.Tests.Support.";

    [TestMethod]
    public void Entries_are_announced_in_order_with_their_position_keys_and_outcome()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta(Support + "ProvidingTask", "profile = \"give\"")
            + ProfileText.Meta(Support + "RequiringTask")
            + ProfileText.Meta(Support + "FailingTask", "execute = false")
            + "[give]\ntext = \"hi\"\n");

        var (progress, events) = Run(path);

        CollectionAssert.AreEqual(
            new[]
            {
                "pipeline 2",
                $"start 1/2 {Support}ProvidingTask",
                $"declare {Support}ProvidingTask require [] provide [greeting]",
                $"finish {Support}ProvidingTask ok",
                $"start 2/2 {Support}RequiringTask",
                $"declare {Support}RequiringTask require [greeting] provide []",
                $"finish {Support}RequiringTask ok",
                "done",
            },
            progress.Calls.ToArray());
        Assert.IsTrue(progress.Result!.Succeeded);
        Assert.IsFalse(events.Messages.Any(message => message.Text.Contains("require:", StringComparison.Ordinal)), "a host with its own progress gets no banner messages");
    }

    [TestMethod]
    public void A_failing_entry_is_finished_as_failed_and_the_pipeline_still_reports_its_end()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta(Support + "FailingTask") + ProfileText.Meta(Support + "ExitingTask"));

        var (progress, _) = Run(path);

        CollectionAssert.AreEqual(new[] { "pipeline 2", $"start 1/2 {Support}FailingTask", $"declare {Support}FailingTask require [] provide []", $"finish {Support}FailingTask failed", "done" }, progress.Calls.ToArray());
        Assert.IsFalse(progress.Result!.Succeeded);
    }

    [TestMethod]
    public void An_entry_that_fails_before_its_task_is_invoked_is_still_finished()
    {
        using var files = new TestProfiles();
        var variable = "TASKER_PROGRESS_TEST_UNSET_" + Guid.NewGuid().ToString("N");
        var path = files.Write("p.toml", ProfileText.Meta(Support + "ExitingTask", "profile = \"t\"") + $"[t]\nvalue = \"{variable}$E\"\n");

        var (progress, events) = Run(path);

        CollectionAssert.AreEqual(new[] { "pipeline 1", $"start 1/1 {Support}ExitingTask", $"finish {Support}ExitingTask failed", "done" }, progress.Calls.ToArray());
        Assert.IsTrue(events.Diagnostics.Any(diagnostic => diagnostic.Message.Contains(variable, StringComparison.Ordinal)), string.Join("\n", events.Diagnostics));
    }

    [TestMethod]
    public void A_fork_reports_each_of_its_branches_done_once_out_of_the_total()
    {
        const int Branches = 2_000;
        using var files = new TestProfiles();
        var text = new StringBuilder(ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\""));
        text.Append(CultureInfo.InvariantCulture, $"[fork]\nworker = 4\nreference = \"{Support}NumberTask\"\n");
        for (var index = 1; index <= Branches; index++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[[fork.tasks]]\nprofile = \"b{index}\"\n");
        }

        for (var index = 1; index <= Branches; index++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[fork.b{index}]\nnumber = {index}\n");
        }

        var (progress, events) = Run(files.Write("fork.toml", text.ToString()));

        Assert.IsTrue(progress.Result!.Succeeded, string.Join("\n", events.Diagnostics));
        CollectionAssert.Contains(progress.Calls.ToArray(), "declare Tasker.Tasks.ForkTask container require [] provide []");
        CollectionAssert.AreEquivalent(Enumerable.Range(1, Branches).ToList(), progress.Work.Select(work => work.Done).ToList());
        Assert.IsTrue(progress.Work.All(work => work.Total == Branches));
    }

    [TestMethod]
    public void Without_a_progress_the_engine_words_nothing_of_its_own()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "__name__ = \"Named\"\n" + ProfileText.Meta(Support + "ProvidingTask", "profile = \"give\"") + "[give]\ntext = \"hi\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded);
        Assert.IsFalse(events.Messages.Any(message => message.Text.Contains("Named", StringComparison.Ordinal) || message.Text.Contains("require:", StringComparison.Ordinal) || message.Text.Contains("finished", StringComparison.OrdinalIgnoreCase)), string.Join("\n", events.Messages.Select(message => message.Text)));
    }

    private static (RecordingProgress Progress, Events.CollectingPipelineEvents Events) Run(string path)
    {
        var events = new Events.CollectingPipelineEvents();
        var progress = new RecordingProgress();
        PipelineRunner.Run(new PipelineOptions(path, events) { Progress = progress }, BuiltInTasks.CatalogWith([typeof(PipelineHarness).Assembly]));
        return (progress, events);
    }
}
