using Tasker.Diagnostics;
using Tasker.Planning;
using Tasker.Requests;
using Tasker.Tasks;
using Tasker.Tests.Support;

namespace Tasker.Tests.Planning;

/// <summary>
/// Selective runs (<c>--from</c>, <c>--only</c>, <c>--skip</c>, <c>TaskerOnly</c>): the selection is part of the
/// validated plan, entries left out stay in it as not selected, and a selected entry that needs a key only a left-out
/// entry provides is refused before anything runs.
/// </summary>
[TestClass]
public sealed class EntrySelectionTests
{
    private const string Support = "Tasker.Tests.Support.";

    // prepare (1) provides 'greeting', a and b (2, 3) log their names, use (4) requires 'greeting'.
    private static readonly string Pipeline = $"""
        [[__meta__]]
        reference = "{Support}ProvidingTask"
        profile = "prepare"

        [[__meta__]]
        reference = "{Support}NamedStepTask"
        profile = "a"

        [[__meta__]]
        reference = "{Support}NamedStepTask"
        profile = "b"

        [[__meta__]]
        reference = "{Support}RequiringTask"

        [prepare]
        text = "hi"
        [a]
        name = "a"
        [b]
        name = "b"
        """;

    private static readonly string ForkPipeline = $"""
        [[__meta__]]
        reference = "Tasker.Tasks.ForkTask"
        profile = "split"

        [[__meta__]]
        reference = "Tasker.Tasks.MapTask"
        profile = "again"

        [split]
        worker = 1
        reference = "{Support}NamedStepTask"
        [[split.tasks]]
        profile = "b1"
        [[split.tasks]]
        profile = "b2"
        [[split.tasks]]
        profile = "b3"
        [split.b1]
        name = "b1"
        [split.b2]
        name = "b2"
        [split.b3]
        name = "b3"

        [again]
        reference = "{Support}NamedStepTask"
        profile = "mapped"
        [mapped]
        name = "mapped"
        """;

    private static EntrySelection Only(params string[] entries) => new() { Only = [.. entries.Select(entry => new EntrySelector(entry, "--only"))] };

    private static (Tasker.Events.PipelineResult Result, Tasker.Events.CollectingPipelineEvents Events, List<string> Ran) Run(string profile, EntrySelection selection)
    {
        using var files = new TestProfiles();
        var (result, events) = PipelineHarness.Run(files.Write("p.toml", profile), options => options with { Selection = selection });
        var ran = events.Messages.Select(message => message.Text).Where(text => text.Contains(": ran ", StringComparison.Ordinal)).Select(text => text[(text.LastIndexOf(": ran ", StringComparison.Ordinal) + 6)..]).ToList();
        return (result, events, ran);
    }

    private static PipelineCheck Check(string profile, EntrySelection selection)
    {
        using var files = new TestProfiles();
        return PlanBuilder.Check(files.Write("p.toml", profile), BuiltInTasks.CatalogWith([typeof(PipelineHarness).Assembly]), selection: selection);
    }

    [TestMethod]
    public void Only_runs_the_entries_named_by_position_profile_name_or_task_name()
    {
        foreach (var name in new[] { "3", "b" })
        {
            var (result, events, ran) = Run(Pipeline, Only(name));

            Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
            CollectionAssert.AreEqual(new[] { "b" }, ran, name);
            Assert.AreEqual(1, result.TasksRun);
            Assert.AreEqual(3, result.EntriesNotSelected, "the summary counts the entries the selection left out");
            Assert.IsTrue(events.Messages.Any(message => message.Text == $"Skipped {Support}NamedStepTask (entry 2): not selected."));
        }

        var byTask = Run(Pipeline, Only("ProvidingTask", "RequiringTask"));
        Assert.IsTrue(byTask.Result.Succeeded, string.Join("\n", byTask.Events.Diagnostics));
        Assert.AreEqual(2, byTask.Result.TasksRun, "a task is named by the last part of its reference too");
    }

    [TestMethod]
    public void From_starts_at_an_entry_and_skip_leaves_entries_out()
    {
        var from = Run(Pipeline, new EntrySelection { From = new EntrySelector("a", "--from"), Skip = [new EntrySelector("4", "--skip")] });

        Assert.IsTrue(from.Result.Succeeded, string.Join("\n", from.Events.Diagnostics));
        CollectionAssert.AreEqual(new[] { "a", "b" }, from.Ran);
        Assert.AreEqual(2, from.Result.EntriesNotSelected);
    }

    [TestMethod]
    public void A_selected_entry_that_needs_a_key_only_a_left_out_entry_provides_is_refused_before_the_run()
    {
        var (result, events, ran) = Run(Pipeline, new EntrySelection { From = new EntrySelector("2", "--from") });

        Assert.AreEqual(0, result.TasksRun, "nothing runs");
        Assert.IsEmpty(ran);
        var error = events.Diagnostics.Single();
        Assert.AreEqual(("TSK7032", 13), (error.Code, error.Location.Line), error.ToString());
        StringAssert.Contains(error.Message, "'greeting'");
        StringAssert.Contains(error.Message, $"{Support}ProvidingTask (entry 1)");
        StringAssert.Contains(error.Message, "--only 1");
        StringAssert.Contains(error.Message, "--from 1");
    }

    [TestMethod]
    public void An_unknown_entry_is_an_error_with_the_nearest_name()
    {
        var check = Check(Pipeline, Only("prepar"));

        Assert.IsFalse(check.Succeeded);
        var error = check.Diagnostics.Single();
        Assert.AreEqual("TSK7030", error.Code);
        StringAssert.EndsWith(error.Location.File, "p.toml");
        StringAssert.Contains(error.Message, "--only 'prepar'");
        StringAssert.Contains(error.Message, "Did you mean 'prepare'?");

        var position = Check(Pipeline, Only("9")).Diagnostics.Single();
        Assert.AreEqual("TSK7030", position.Code);
        StringAssert.Contains(position.Message, "4 entries");
    }

    [TestMethod]
    public void A_name_several_entries_share_is_an_error_listing_them()
    {
        var error = Check(Pipeline, Only("NamedStepTask")).Diagnostics.Single();

        Assert.AreEqual("TSK7031", error.Code);
        StringAssert.Contains(error.Message, "2: ");
        StringAssert.Contains(error.Message, "3: ");
        StringAssert.Contains(error.Message, "profile 'a'");
    }

    [TestMethod]
    public void The_checked_plan_keeps_every_entry_and_marks_the_ones_not_selected()
    {
        var check = Check(Pipeline, new EntrySelection { Skip = [new EntrySelector("a", "--skip")] });

        Assert.IsTrue(check.Succeeded, string.Join("\n", check.Diagnostics));
        CollectionAssert.AreEqual(new[] { true, false, true, true }, check.Plan.Select(step => step.Selected).ToArray());
        Assert.IsNotNull(check.Plan[1].Declarations, "an entry left out is still checked, so a cache could restore it");
    }

    [TestMethod]
    public void A_selection_that_leaves_nothing_to_run_is_an_error()
    {
        var error = Check(Pipeline, new EntrySelection { Only = [new EntrySelector("b", "--only")], Skip = [new EntrySelector("3", "--skip")] }).Diagnostics.Single();

        Assert.AreEqual("TSK7034", error.Code);
        StringAssert.Contains(error.Message, "leaves no entry");
    }

    [TestMethod]
    public void A_branch_selector_narrows_a_fork_and_the_map_after_it()
    {
        var (result, events, ran) = Run(ForkPipeline, Only("split[b2]", "again"));

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        CollectionAssert.AreEqual(new[] { "b2", "mapped" }, ran, "only branch b2 is forked, so the map runs over it alone");

        var skipped = Run(ForkPipeline, new EntrySelection { Skip = [new EntrySelector("split[b1]", "--skip"), new EntrySelector("again", "--skip")] });
        CollectionAssert.AreEquivalent(new[] { "b2", "b3" }, skipped.Ran);
    }

    [TestMethod]
    public void A_branch_selector_on_a_map_narrows_the_branches_it_runs_over()
    {
        var (result, events, ran) = Run(ForkPipeline, Only("split", "again[b3]"));

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        CollectionAssert.AreEqual(new[] { "b1", "b2", "b3", "mapped" }, ran, "the fork runs every branch, the map only b3");

        // A map's branches are known only when it runs: a branch the fork did not make is reported then.
        var unknown = Run(ForkPipeline, Only("split", "again[b9]"));
        Assert.IsFalse(unknown.Result.Succeeded);
        var error = unknown.Events.Diagnostics.Single();
        Assert.AreEqual(("TSK7033", 5), (error.Code, error.Location.Line), error.ToString());
        StringAssert.Contains(error.Message, "Did you mean");
    }

    [TestMethod]
    public void A_map_selected_without_the_fork_it_runs_over_is_refused_before_the_run()
    {
        var (result, events, ran) = Run(ForkPipeline, Only("again"));

        Assert.AreEqual(0, result.TasksRun);
        Assert.IsEmpty(ran);
        var error = events.Diagnostics.Single();
        Assert.AreEqual(("TSK7032", 5), (error.Code, error.Location.Line), error.ToString());
        StringAssert.Contains(error.Message, "runs over the branches of the fork Tasker.Tasks.ForkTask (entry 1)");
        StringAssert.Contains(error.Message, "--only 1");
    }

    [TestMethod]
    public void An_unknown_branch_or_a_branch_of_a_plain_task_is_an_error()
    {
        var unknown = Check(ForkPipeline, Only("split[b4]")).Diagnostics.Single();
        Assert.AreEqual(("TSK7033", 1), (unknown.Code, unknown.Location.Line), unknown.ToString());
        StringAssert.Contains(unknown.Message, "'b1', 'b2', 'b3'");

        var plain = Check(Pipeline, Only("a[x]")).Diagnostics.Single();
        Assert.AreEqual(("TSK7033", 5), (plain.Code, plain.Location.Line), plain.ToString());
        StringAssert.Contains(plain.Message, "not a fork, map or reduce");
    }

    [TestMethod]
    public void From_with_a_branch_is_an_error()
    {
        var error = Check(ForkPipeline, new EntrySelection { From = new EntrySelector("split[b2]", "--from") }).Diagnostics.Single();

        Assert.AreEqual("TSK7034", error.Code);
        Assert.IsTrue(error.IsError);
    }
}
