using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

/// <summary>The storage keys tasks require must be provided by earlier entries, and not removed since.</summary>
[TestClass]
public sealed class DataflowTests
{
    private static string Entry(string type, string extra = "") => $"[[__meta__]]\nreference = \"Tasker.Tests.Support.{type}\"\n{extra}\n";

    private static (bool Succeeded, int TasksRun, IReadOnlyList<Tasker.Diagnostics.Diagnostic> Diagnostics) Run(string profile)
    {
        using var files = new TestProfiles();
        var (result, events) = PipelineHarness.Run(files.Write("p.toml", profile + "[hello]\ntext = \"hi\"\n"));
        return (result.Succeeded, result.TasksRun, events.Diagnostics);
    }

    [TestMethod]
    public void Required_key_that_no_earlier_entry_provides_is_an_error_at_that_entry()
    {
        var run = Run(Entry("RequiringTask") + Entry("ProvidingTask", "profile = \"hello\""));
        Assert.AreEqual(0, run.TasksRun);
        var error = run.Diagnostics.Single();
        Assert.AreEqual(("TSK0030", 1, 1), (error.Code, error.Location.Line, error.Location.Column));
        StringAssert.Contains(error.Message, "'greeting'");
    }

    [TestMethod]
    public void Provider_that_does_not_execute_does_not_count()
    {
        var run = Run(Entry("ProvidingTask", "profile = \"hello\"\nexecute = false") + Entry("RequiringTask"));
        Assert.AreEqual("TSK0030", run.Diagnostics.Single().Code);
        Assert.AreEqual(5, run.Diagnostics.Single().Location.Line);
    }

    [TestMethod]
    public void Key_used_after_removal_is_an_error_naming_the_remover()
    {
        var run = Run(Entry("ProvidingTask", "profile = \"hello\"") + Entry("Schemas.RemovingTask") + Entry("RequiringTask"));
        Assert.AreEqual(0, run.TasksRun);
        var error = run.Diagnostics.Single();
        Assert.AreEqual(("TSK0031", 7), (error.Code, error.Location.Line), error.ToString());
        StringAssert.Contains(error.Message, "RemovingTask");
    }

    [TestMethod]
    public void Removing_a_key_that_is_gone_is_harmless()
    {
        var run = Run(Entry("ProvidingTask", "profile = \"hello\"") + Entry("Schemas.RemovingTask") + Entry("Schemas.RemovingTask"));
        Assert.IsTrue(run.Succeeded, string.Join("\n", run.Diagnostics));
        Assert.AreEqual(3, run.TasksRun);
    }

    [TestMethod]
    public void A_key_only_a_forks_branches_provide_is_missing_after_the_fork()
    {
        // The branches' keys stay in the branches: the entry after the fork cannot read 'value'.
        var run = Run("[[__meta__]]\nreference = \"Tasker.Tasks.ForkTask\"\nprofile = \"fork\"\n\n" + Entry("SquareTask")
            + "[fork]\nworker = 1\nreference = \"Tasker.Tests.Support.NumberTask\"\n[[fork.tasks]]\nprofile = \"b1\"\n[fork.b1]\nnumber = 1\n");

        Assert.AreEqual(0, run.TasksRun, "found before anything runs");
        var error = run.Diagnostics.Single();
        Assert.AreEqual(("TSK0030", 5), (error.Code, error.Location.Line), error.ToString());
        StringAssert.Contains(error.Message, "'value'");
    }

    [TestMethod]
    public void A_reducers_accumulators_are_available_after_the_reduce()
    {
        var run = Run("[[__meta__]]\nreference = \"Tasker.Tasks.ForkTask\"\nprofile = \"fork\"\n\n"
            + "[[__meta__]]\nreference = \"Tasker.Tasks.MapTask\"\nprofile = \"map\"\n\n"
            + "[[__meta__]]\nreference = \"Tasker.Tasks.ReduceTask\"\nprofile = \"reduce\"\n\n"
            + Entry("ReportTotalTask")
            + "[fork]\nreference = \"Tasker.Tests.Support.NumberTask\"\n[[fork.tasks]]\n"
            + "[map]\nreference = \"Tasker.Tests.Support.SquareTask\"\n[reduce]\nreference = \"Tasker.Tests.Support.SumTask\"\n");

        Assert.IsTrue(run.Succeeded, string.Join("\n", run.Diagnostics));
        Assert.AreEqual(4, run.TasksRun);
    }

    [TestMethod]
    public void After_a_container_whose_keys_are_known_only_at_run_time_missing_keys_are_not_reported()
    {
        // The reducer copies a key whose name comes from the environment: what it provides is unknown before the run.
        var run = Run("[[__meta__]]\nreference = \"Tasker.Tasks.ForkTask\"\nprofile = \"fork\"\n\n"
            + "[[__meta__]]\nreference = \"Tasker.Tasks.ReduceTask\"\nprofile = \"reduce\"\n\n"
            + Entry("RequiringTask")
            + "[fork]\nreference = \"Tasker.Tests.Support.NumberTask\"\n[[fork.tasks]]\n"
            + "[reduce]\nreference = \"Tasker.Tasks.StorageKeyCopyTask\"\nprofile = \"copy\"\n[copy]\nfrom = \"value\"\nto = \"TASKER_TEST_UNSET_TARGET:-greeting$E\"\n");

        Assert.IsFalse(run.Diagnostics.Any(diagnostic => diagnostic.Code is "TSK0030" or "TSK0031"), string.Join("\n", run.Diagnostics));
    }
}
