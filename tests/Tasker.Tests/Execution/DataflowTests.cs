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
    public void Keys_after_a_container_are_not_reported_as_missing_before_the_run()
    {
        // What a container's branches provide is only known when it runs, so the check cannot call the key missing.
        var run = Run("[[__meta__]]\nreference = \"Tasker.Tasks.ForkTask\"\nprofile = \"fork\"\n\n" + Entry("RequiringTask")
            + "[fork]\nworker = 1\nreference = \"Tasker.Tests.Support.NumberTask\"\n[[fork.tasks]]\nprofile = \"b1\"\n[fork.b1]\nnumber = 1\n");
        Assert.IsFalse(run.Diagnostics.Any(diagnostic => diagnostic.Code is "TSK0030" or "TSK0031"), string.Join("\n", run.Diagnostics));
        Assert.IsTrue(run.TasksRun >= 1, "the fork ran");
    }
}
