using Tasker.Diagnostics;
using Tasker.Planning;
using Tasker.Tasks;
using Tasker.Tests.Support;

namespace Tasker.Tests.Containers;

/// <summary>The tables a fork, map or reduce gives its task are checked against that task's schema before any task runs.</summary>
[TestClass]
public sealed class ContainerTableCheckTests
{
    private const string Schema = "Tasker.Tests.Support.Schemas.SchemaTask";
    private const string Marker = "Tasker.Tests.Support.NumberTask";

    // A first entry that would run (and log "ran") if the pipeline half-ran.
    private static readonly string FirstEntry = ProfileText.Meta(Marker);

    private static (bool Succeeded, int TasksRun, IReadOnlyList<Diagnostic> Diagnostics) Run(string text)
    {
        using var files = new TestProfiles();
        var (result, events) = PipelineHarness.Run(files.Write("p.toml", text));
        return (result.Succeeded, result.TasksRun, events.Diagnostics);
    }

    private static PipelineCheck Check(string text)
    {
        using var files = new TestProfiles();
        return PlanBuilder.Check(files.Write("p.toml", text), BuiltInTasks.CatalogWith([typeof(PipelineHarness).Assembly]));
    }

    private static string Fork(string lastBranch) => FirstEntry + ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"""
        [fork]
        worker = 1
        reference = "{Schema}"
        [[fork.tasks]]
        profile = "good"
        [[fork.tasks]]
        profile = "bad"
        [fork.good]
        name = "a"
        [fork.bad]
        {lastBranch}

        """;

    [TestMethod]
    public void A_branch_table_missing_a_required_key_stops_the_pipeline_before_the_first_task()
    {
        var run = Run(Fork("count = 2"));

        Assert.IsFalse(run.Succeeded);
        Assert.AreEqual(0, run.TasksRun, "nothing runs when a branch's table is wrong");
        var error = run.Diagnostics.Single(diagnostic => diagnostic.IsError);
        Assert.AreEqual(("TSK0020", 16), (error.Code, error.Location.Line), error.ToString());
        StringAssert.Contains(error.Message, "'name'");
    }

    [TestMethod]
    public void A_branch_value_of_the_wrong_type_is_located_at_the_value()
    {
        var error = Run(Fork("name = \"b\"\ncount = \"three\"")).Diagnostics.Single(diagnostic => diagnostic.IsError);

        Assert.AreEqual(("TSK0021", 18, 9), (error.Code, error.Location.Line, error.Location.Column), error.ToString());
    }

    [TestMethod]
    public void An_unknown_branch_key_is_a_warning_with_a_suggestion()
    {
        var run = Run(Fork("name = \"b\"\ncuont = 2"));

        Assert.IsTrue(run.Succeeded, string.Join("\n", run.Diagnostics));
        var warning = run.Diagnostics.Single(diagnostic => diagnostic.Code == "TSK0023");
        Assert.AreEqual(18, warning.Location.Line);
        StringAssert.Contains(warning.Message, "count");
    }

    [TestMethod]
    [DataRow("Tasker.Tasks.MapTask")]
    [DataRow("Tasker.Tasks.ReduceTask")]
    public void A_map_or_reduce_table_is_checked_against_its_task(string container)
    {
        var text = FirstEntry + ProfileText.Meta(container, "profile = \"c\"") + $"""
            [c]
            reference = "{Schema}"
            profile = "inner"
            [inner]
            name = 4

            """;

        var run = Run(text);

        Assert.AreEqual(0, run.TasksRun);
        var error = run.Diagnostics.Single(diagnostic => diagnostic.IsError);
        Assert.AreEqual(("TSK0021", 11), (error.Code, error.Location.Line), error.ToString());
    }

    [TestMethod]
    public void Tasker_check_reports_every_bad_branch()
    {
        var check = Check(Fork("count = \"three\""));

        CollectionAssert.AreEqual(new[] { "TSK0020", "TSK0021" }, check.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Order(StringComparer.Ordinal).ToArray(), string.Join("\n", check.Diagnostics));
    }
}
