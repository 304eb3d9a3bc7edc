using System.Globalization;
using System.Text;
using Tasker.Tests.Support;

namespace Tasker.Tests.Containers;

[TestClass]
public sealed class ContainerTests
{
    private const string Support = "Tasker.Tests.Support.";

    /// <summary>A fork entry whose branches are named b1..bN (each with 'number = i') and run NumberTask.</summary>
    private static string NumberFork(int count, int worker) =>
        ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + NumberForkTable(count, worker);

    private static string NumberForkTable(int count, int worker)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"[fork]\nworker = {worker}\nreference = \"{Support}NumberTask\"\n");
        for (var index = 1; index <= count; index++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[[fork.tasks]]\nprofile = \"b{index}\"\n");
        }

        for (var index = 1; index <= count; index++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[fork.b{index}]\nnumber = {index}\n");
        }

        return text.ToString();
    }

    /// <summary>A fork entry with branches 'a' and 'b', on two workers, each running the support task <paramref name="task"/>.</summary>
    private static string TwoBranchFork(string task) =>
        ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"""
            [fork]
            worker = 2
            reference = "{Support}{task}"
            [[fork.tasks]]
            profile = "a"
            [[fork.tasks]]
            profile = "b"
            [fork.a]
            [fork.b]
            """ + "\n";

    private static string ForkMapReduce(int count, int worker) =>
        ProfileText.Meta("tasker.tasks.containers.ForkTask", "profile = \"fork\"")
        + ProfileText.Meta("tasker.tasks.containers.MapTask", "profile = \"map\"")
        + ProfileText.Meta("tasker.tasks.containers.ReduceTask", "profile = \"reduce\"")
        + ProfileText.Meta(Support + "ReportTotalTask")
        + NumberForkTable(count, worker)
        + $"[map]\nworker = {worker}\nreference = \"{Support}SquareTask\"\n"
        + $"[reduce]\nreference = \"{Support}SumTask\"\n";

    private static string TotalMessage(IEnumerable<(Events.MessageLevel Level, string Text)> messages) =>
        messages.Select(message => message.Text).Single(text => text.Contains("total=", StringComparison.Ordinal));

    [TestMethod]
    public void Fork_map_reduce_gives_the_same_result_in_every_run_whatever_the_workers()
    {
        const int Branches = 24;
        var expectedTotal = Enumerable.Range(1, Branches).Sum(value => (long)value * value);
        var expectedOrder = string.Join(",", Enumerable.Range(1, Branches));
        using var files = new TestProfiles();
        foreach (var worker in new[] { 1, 3, 8 })
        {
            var path = files.Write($"p{worker}.toml", ForkMapReduce(Branches, worker));
            for (var run = 0; run < 25; run++)
            {
                var (result, events) = PipelineHarness.Run(path);

                Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
                Assert.IsTrue(TotalMessage(events.Messages).EndsWith($"total={expectedTotal} order={expectedOrder}", StringComparison.Ordinal), TotalMessage(events.Messages));
            }
        }
    }

    [TestMethod]
    public void Console_lines_written_in_a_branch_name_the_branch_as_its_log_records_do()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", TwoBranchFork("ConsoleTask"));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        var texts = events.Messages.Select(message => message.Text).ToList();
        foreach (var branch in new[] { "a", "b" })
        {
            CollectionAssert.Contains(texts, $"{Support}ConsoleTask[{branch}] in Tasker.Tasks.ForkTask (entry 1): printed line", string.Join("\n", texts));
            CollectionAssert.Contains(texts, $"{Support}ConsoleTask[{branch}] in Tasker.Tasks.ForkTask (entry 1): partial", string.Join("\n", texts));
        }

        Assert.IsFalse(texts.Contains("printed line"), string.Join("\n", texts));
    }

    [TestMethod]
    public void Fork_branches_really_run_at_the_same_time_with_two_workers()
    {
        using var files = new TestProfiles();
        var barrier = Guid.NewGuid().ToString("N");
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"""
            [fork]
            worker = 2
            reference = "{Support}RendezvousTask"
            [[fork.tasks]]
            profile = "a"
            [[fork.tasks]]
            profile = "b"
            [fork.a]
            barrier = "{barrier}"
            [fork.b]
            barrier = "{barrier}"
            """);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
    }

    [TestMethod]
    public void Fewer_branches_than_workers_and_worker_zero_run_every_branch()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", NumberFork(count: 3, worker: 0));
        var manyWorkers = files.Write("q.toml", NumberFork(count: 2, worker: 16));

        foreach (var profile in new[] { path, manyWorkers })
        {
            var (result, events) = PipelineHarness.Run(profile);

            Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
            var ran = events.Messages.Count(message => message.Text.Contains(": ran ", StringComparison.Ordinal));
            Assert.AreEqual(profile == path ? 3 : 2, ran);
        }
    }

    [TestMethod]
    public void An_error_in_a_branch_fails_the_pipeline_and_no_further_branch_starts()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + ProfileText.Meta(Support + "ExitingTask") + $"""
            [fork]
            worker = 1
            reference = "{Support}NamedStepTask"
            [[fork.tasks]]
            profile = "first"
            [[fork.tasks]]
            profile = "broken"
            [[fork.tasks]]
            profile = "third"
            [fork.first]
            name = "first"
            [fork.broken]
            name = "broken"
            fail = true
            [fork.third]
            name = "third"
            """);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(1, result.TasksRun, "the entry after the fork does not run");
        var texts = events.Messages.Select(message => message.Text).ToList();
        Assert.IsTrue(texts.Any(text => text.EndsWith("ran first", StringComparison.Ordinal)));
        Assert.IsFalse(texts.Any(text => text.EndsWith("ran third", StringComparison.Ordinal)), "no branch starts after one failed");
        Assert.IsTrue(texts.Any(text => text.Contains("branch 'broken' failed; 1 of 3 branches did not start", StringComparison.Ordinal)));

        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK2001", error.Code);
        StringAssert.Contains(error.Message, "NamedStepTask[broken]");
        Assert.AreEqual(12, error.Location.Line, "the diagnostic points at the branch's [[tasks]] entry");
    }

    [TestMethod]
    public void Branches_already_running_when_one_fails_finish()
    {
        using var files = new TestProfiles();
        var gate = Guid.NewGuid().ToString("N");
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"""
            [fork]
            worker = 2
            reference = "{Support}NamedStepTask"
            [[fork.tasks]]
            profile = "slow"
            [[fork.tasks]]
            profile = "broken"
            [fork.slow]
            name = "slow"
            gate = "{gate}"
            [fork.broken]
            name = "broken"
            gate = "{gate}"
            fail = true
            """);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("finished slow", StringComparison.Ordinal)), "the running branch finished before the fork returned");
        Assert.AreEqual("TSK2001", events.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void Exit_in_a_branch_stops_the_pipeline_without_failing_it()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + ProfileText.Meta(Support + "FailingTask") + $"""
            [fork]
            worker = 1
            reference = "{Support}NamedStepTask"
            [[fork.tasks]]
            profile = "leaving"
            [[fork.tasks]]
            profile = "never"
            [fork.leaving]
            name = "leaving"
            exit = true
            [fork.never]
            name = "never"
            """);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(result.StoppedByTask);
        Assert.AreEqual(1, result.TasksRun);
        Assert.IsFalse(events.Messages.Any(message => message.Text.EndsWith("ran never", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Retry_reruns_only_that_branch_and_is_bounded()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", TwoBranchFork("RetryOnceTask"));
        var bounded = files.Write("q.toml", ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"""
            [fork]
            reference = "{Support}AlwaysRetryTask"
            [[fork.tasks]]
            max_retries = 1
            """);

        var (result, events) = PipelineHarness.Run(path);
        var (boundedResult, boundedEvents) = PipelineHarness.Run(bounded);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.AreEqual(2, events.Messages.Count(message => message.Text.EndsWith("call 2", StringComparison.Ordinal)), "each branch retried once on its own instance");
        Assert.AreEqual(2, events.Messages.Count(message => message.Text.EndsWith("call 1", StringComparison.Ordinal)));

        Assert.IsFalse(boundedResult.Succeeded);
        var error = boundedEvents.Diagnostics.Single();
        Assert.AreEqual("TSK2003", error.Code);
        StringAssert.Contains(error.Message, "AlwaysRetryTask[1]", "an entry without a profile is named by its position");
        Assert.AreEqual(2, boundedEvents.Messages.Count(message => message.Text.Contains(": call ", StringComparison.Ordinal)), "one call and one retry");
    }

    [TestMethod]
    [DoNotParallelize]
    public void Typed_container_keys_resolve_when_the_container_runs()
    {
        var variable = $"TASKER_TEST_BRANCH_{Guid.NewGuid():N}";
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"""
            [fork]
            worker = "{variable}_WORKERS:-2$E$I"
            reference = "{Support}NumberTask"
            [[fork.tasks]]
            profile = "{variable}$E"
            [[fork.tasks]]
            profile = "b2"
            execute = "no$B"
            [fork.b1]
            number = 1
            [fork.b2]
            number = 2
            """);
        Environment.SetEnvironmentVariable(variable, "b1");
        try
        {
            var (result, events) = PipelineHarness.Run(path);

            Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
            var ran = events.Messages.Where(message => message.Text.Contains(": ran ", StringComparison.Ordinal)).Select(message => message.Text).ToList();
            Assert.HasCount(1, ran, string.Join("\n", ran));
            StringAssert.Contains(ran[0], "NumberTask[b1]", "the branch table named by the variable ran, under its name");
            StringAssert.EndsWith(ran[0], "ran 1");
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [TestMethod]
    public void A_typed_container_key_that_does_not_resolve_fails_at_its_place_once()
    {
        var variable = $"TASKER_TEST_UNSET_{Guid.NewGuid():N}";
        using var files = new TestProfiles();
        var badNumber = files.Write("bad.toml", ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"""
            [fork]
            worker = "many$I"
            reference = "{Support}NumberTask"
            [[fork.tasks]]
            """);
        var unset = files.Write("unset.toml", ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"""
            [fork]
            reference = "{Support}NumberTask"
            [[fork.tasks]]
            max_retries = "{variable}$E$I"
            """);

        var (badResult, badEvents) = PipelineHarness.Run(badNumber);
        var (unsetResult, unsetEvents) = PipelineHarness.Run(unset);

        Assert.IsFalse(badResult.Succeeded);
        Assert.AreEqual(("TSK0010", 5, 10), badEvents.Diagnostics.Select(diagnostic => (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column)).Single(), "checked before the run, reported once");
        Assert.IsFalse(unsetResult.Succeeded);
        Assert.IsFalse(unsetEvents.Messages.Any(message => message.Text.Contains(": ran ", StringComparison.Ordinal)), "no branch runs");
        Assert.AreEqual(("TSK0012", 7, 15), unsetEvents.Diagnostics.Select(diagnostic => (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column)).Single(), "known only when the fork runs");
    }

    [TestMethod]
    public void Map_without_a_fork_is_an_error_at_its_entry()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "\n" + ProfileText.Meta("Tasker.Tasks.MapTask", "profile = \"map\"") + $"[map]\nreference = \"{Support}SquareTask\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK4003", error.Code);
        Assert.AreEqual(2, error.Location.Line);
    }

    [TestMethod]
    public void Container_profile_mistakes_are_reported_before_anything_runs()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta(Support + "ExitingTask") + ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + """
            [fork]
            worker = -1
            reference = "Tasker.Tasks.MapTask"
            [[fork.tasks]]
            profile = "missing"
            """);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(0, result.TasksRun, "the first entry does not run: the profile has errors");
        var codes = events.Diagnostics.Select(diagnostic => (diagnostic.Code, diagnostic.Location.Line)).ToList();
        CollectionAssert.Contains(codes, ("TSK4001", 8));
        CollectionAssert.Contains(codes, ("TSK4002", 9));
        CollectionAssert.Contains(codes, ("TSK0006", 11));
    }

    [TestMethod]
    public void Branch_tables_can_be_included_from_files_relative_to_the_container()
    {
        using var files = new TestProfiles();
        files.Write("branches/one.toml", "number = 5\n");
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + ProfileText.Meta("Tasker.Tasks.ReduceTask", "profile = \"reduce\"") + $"""
            [fork]
            reference = "{Support}NumberTask"
            [[fork.tasks]]
            include = true
            path = "branches/one.toml"
            [[fork.tasks]]
            profile = "skipped"
            execute = false
            [reduce]
            reference = "{Support}SquareTask"
            """);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("ran 5", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void A_profile_mistake_inside_a_branch_names_the_branch_and_points_at_its_table()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"""
            [fork]
            reference = "{Support}NamedStepTask"
            [[fork.tasks]]
            profile = "nameless"
            [fork.nameless]
            other = 1
            """);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK2007", error.Code);
        StringAssert.Contains(error.Message, "NamedStepTask[nameless] in Tasker.Tasks.ForkTask (entry 1)");
        Assert.AreEqual(8, error.Location.Line);
    }

    [TestMethod]
    public void Cancelling_the_build_starts_no_further_branch_and_reports_the_cancellation()
    {
        using var files = new TestProfiles();
        var key = Guid.NewGuid().ToString("N");
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"""
            [fork]
            worker = 1
            reference = "{Support}CancellingTask"
            [[fork.tasks]]
            profile = "first"
            [[fork.tasks]]
            profile = "second"
            [fork.first]
            name = "first"
            cancel = "{key}"
            [fork.second]
            name = "second"
            cancel = "{key}"
            """);

        var (result, events) = PipelineHarness.Run(path, Gates.Cancellation(key).Token);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(1, events.Messages.Count(message => message.Text.Contains(": ran ", StringComparison.Ordinal)), "the second branch never started");
        Assert.AreEqual("TSK5002", events.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void A_misspelt_container_key_is_a_warning_with_a_suggestion()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"""
            [fork]
            wroker = 2
            reference = "{Support}NumberTask"
            [[fork.tasks]]
            profil = "a"
            """);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        var warnings = events.Diagnostics.Where(diagnostic => diagnostic.Code == "TSK4007").Select(diagnostic => (diagnostic.Location.Line, diagnostic.Message)).OrderBy(warning => warning.Line).ToList();
        Assert.AreEqual(2, warnings.Count, "each warning once, although the table is read when planning and when running");
        Assert.AreEqual(5, warnings[0].Line);
        StringAssert.Contains(warnings[0].Message, "Did you mean 'worker'?");
        StringAssert.Contains(warnings[1].Message, "Did you mean 'profile'?");
    }

    [TestMethod]
    public void Branches_read_keys_provided_before_the_fork_and_keep_their_own_keys_to_themselves()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta(Support + "ProvidingTask", "profile = \"hello\"")
            + ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"")
            + ProfileText.Meta("Tasker.Tasks.MapTask", "profile = \"map\"")
            + ProfileText.Meta("Tasker.Tasks.StorageKeyCopyTask", "profile = \"copy\"")
            + $"""
            [hello]
            text = "shared"
            [fork]
            reference = "{Support}RequiringTask"
            [[fork.tasks]]
            [[fork.tasks]]
            [map]
            reference = "{Support}NumberTask"
            [copy]
            from = "TASKER_TEST_UNSET_SOURCE:-value$E"
            to = "copied"
            """);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(2, events.Messages.Count(message => message.Text.EndsWith("saw shared", StringComparison.Ordinal)), "both branches read the key provided before the fork");
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK3002", error.Code, "'value' written by the map exists only in the branches, not for the task after them (whose keys the check could not know)");
        StringAssert.Contains(error.Message, "'value'");
    }
}
