using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

/// <summary>
/// The keys a fork's, map's or reduce's task requires in each branch are checked before anything runs, as an entry's
/// are: a branch reads what the fork's and maps' tasks provided in it, then the keys outside the branches.
/// </summary>
[TestClass]
public sealed class BranchDataflowTests
{
    private const string Support = "Tasker.Tests.Support.";

    private const string NumberForkTable = $"[fork]\nworker = 2\nreference = \"{Support}NumberTask\"\n[[fork.tasks]]\nprofile = \"b1\"\n[[fork.tasks]]\nprofile = \"b2\"\n[fork.b1]\nnumber = 1\n[fork.b2]\nnumber = 2\n";

    private const string JsonStorage = "[__setting__.storage]\nreference = \"Tasker.Storage.JsonStorage\"\n[__setting__.storage.kwargs]\npath = \"state.json\"\n";

    private static bool AnythingRan(Events.CollectingPipelineEvents events) =>
        events.Messages.Any(message => message.Text.Contains(": ran ", StringComparison.Ordinal) || message.Text.Contains(": saw ", StringComparison.Ordinal));

    [TestMethod]
    public void A_reduce_that_requires_a_key_no_branch_holds_fails_before_the_fork_runs()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml",
            ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"")
            + ProfileText.Meta("Tasker.Tasks.ReduceTask", "profile = \"reduce\"")
            + NumberForkTable
            + $"[reduce]\nreference = \"{Support}SumTask\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK0030", error.Code);
        Assert.AreEqual(4, error.Location.Line, "the reduce's entry");
        StringAssert.Contains(error.Message, "requires the storage key 'square' in each branch");
        StringAssert.Contains(error.Message, "Tasker.Tasks.ReduceTask (entry 2)");
        Assert.IsFalse(AnythingRan(events), "nothing ran: " + string.Join("\n", events.Messages.Select(message => message.Text)));
    }

    [TestMethod]
    public void A_fork_whose_task_requires_a_key_nobody_provides_fails_before_it_runs()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml",
            ProfileText.Meta(Support + "SeedTask", "profile = \"seed\"")
            + ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"")
            + $"[seed]\nseed = 1\n[fork]\nreference = \"{Support}RequiringTask\"\n[[fork.tasks]]\nprofile = \"a\"\n[fork.a]\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK0030", error.Code);
        Assert.AreEqual(4, error.Location.Line, "the fork's entry");
        StringAssert.Contains(error.Message, "'greeting' in each branch");
        StringAssert.Contains(error.Message, "a fork's branches start empty");
        Assert.IsFalse(AnythingRan(events));
    }

    [TestMethod]
    public void A_fork_whose_task_reads_a_key_an_earlier_entry_provides_runs()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml",
            ProfileText.Meta(Support + "ProvidingTask", "profile = \"hello\"")
            + ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"")
            + $"[hello]\ntext = \"hi\"\n[fork]\nreference = \"{Support}RequiringTask\"\n[[fork.tasks]]\nprofile = \"a\"\n[fork.a]\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsEmpty(events.Diagnostics);
        Assert.IsTrue(AnythingRan(events));
    }

    [TestMethod]
    public void A_map_reads_what_the_fork_provided_and_a_reduce_what_the_map_provided()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml",
            ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"")
            + ProfileText.Meta("Tasker.Tasks.MapTask", "profile = \"map\"")
            + ProfileText.Meta("Tasker.Tasks.ReduceTask", "profile = \"reduce\"")
            + NumberForkTable
            + $"[map]\nreference = \"{Support}SquareTask\"\n[reduce]\nreference = \"{Support}SumTask\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsEmpty(events.Diagnostics);
    }

    [TestMethod]
    public void A_map_before_the_key_its_task_reads_is_made_fails_before_the_fork_runs()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml",
            ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"")
            + ProfileText.Meta("Tasker.Tasks.ReduceTask", "profile = \"reduce\"")
            + ProfileText.Meta("Tasker.Tasks.MapTask", "profile = \"map\"")
            + NumberForkTable
            + $"[map]\nreference = \"{Support}SquareTask\"\n[reduce]\nreference = \"{Support}SumTask\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual(4, error.Location.Line, "the reduce, which comes before the map that squares");
        StringAssert.Contains(error.Message, "neither the branches of the fork before it hold it");
    }

    [TestMethod]
    public void Branches_a_storage_held_from_an_earlier_run_are_not_second_guessed()
    {
        using var files = new TestProfiles();
        var first = files.Write("first.toml",
            JsonStorage
            + ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"")
            + ProfileText.Meta("Tasker.Tasks.MapTask", "profile = \"map\"")
            + NumberForkTable
            + $"[map]\nreference = \"{Support}SquareTask\"\n");
        var second = files.Write("second.toml",
            JsonStorage + "load = true\n"
            + ProfileText.Meta("Tasker.Tasks.ReduceTask", "profile = \"reduce\"")
            + $"[reduce]\nreference = \"{Support}SumTask\"\n");

        var (firstResult, firstEvents) = PipelineHarness.Run(first);
        var (result, events) = PipelineHarness.Run(second);

        Assert.IsTrue(firstResult.Succeeded, string.Join("\n", firstEvents.Diagnostics));
        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsEmpty(events.Diagnostics);
    }
}
