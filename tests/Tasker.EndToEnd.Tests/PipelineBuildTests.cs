using Tasker.EndToEnd.Tests.Support;

namespace Tasker.EndToEnd.Tests;

/// <summary>A consumer project that references the packed Tasker.MSBuild and runs its pipeline in dotnet build.</summary>
[TestClass]
public sealed class PipelineBuildTests
{
    private static ConsumerProject Consumer(string checkMode, string extraProperties = "") =>
        ConsumerProject.WithPipeline(checkMode, extraProperties: extraProperties);

    private static void AssertNoCrash(ProcessResult result)
    {
        Assert.IsFalse(result.Output.Contains("MSB4018", StringComparison.Ordinal), result.ToString());
        Assert.IsFalse(result.Output.Contains("   at ", StringComparison.Ordinal), $"a stack trace leaked:\n{result}");
    }

    [TestMethod]
    public void A_passing_pipeline_runs_after_build_and_logs_its_messages()
    {
        using var project = Consumer("pass");

        var result = project.Build();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "console: hello from the profile");
        StringAssert.Contains(result.Output, "greeting v1");
        StringAssert.Contains(result.Output, "Tasker pipeline 'E2E': 2 tasks run, succeeded");
        AssertNoCrash(result);
    }

    [TestMethod]
    public void A_failing_task_fails_the_build_at_its_entry_line()
    {
        using var project = Consumer("fail");

        var result = project.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.Contains(ConsumerProject.Diagnostics(result.Output).ToList(), "pipeline.toml(7,1): error TSK2001", result.ToString());
        AssertNoCrash(result);
    }

    [TestMethod]
    public void A_logged_warning_is_a_build_warning_and_honours_NoWarn_and_WarningsAsErrors()
    {
        using var project = Consumer("warn");

        var plain = project.Build();
        Assert.AreEqual(0, plain.ExitCode, plain.ToString());
        CollectionAssert.Contains(ConsumerProject.Diagnostics(plain.Output).ToList(), "pipeline.toml(7,1): warning TSK2006", plain.ToString());

        // AlwaysRun: an up-to-date pipeline would be skipped and log nothing, proving nothing.
        var suppressed = project.Build("-p:NoWarn=TSK2006", "-p:TaskerAlwaysRun=true", "--no-restore");
        StringAssert.Contains(suppressed.Output, "Tasker pipeline 'E2E'");
        Assert.AreEqual(0, suppressed.ExitCode, suppressed.ToString());
        Assert.IsFalse(suppressed.Output.Contains("TSK2006", StringComparison.Ordinal), suppressed.ToString());

        var promoted = project.Build("-p:WarningsAsErrors=TSK2006", "-p:TaskerAlwaysRun=true", "--no-restore");
        Assert.AreNotEqual(0, promoted.ExitCode, promoted.ToString());
        CollectionAssert.Contains(ConsumerProject.Diagnostics(promoted.Output).ToList(), "pipeline.toml(7,1): error TSK2006", promoted.ToString());
        StringAssert.Contains(promoted.Output, "failed (a warning was treated as an error)", "the summary agrees with the build's outcome");
        Assert.IsFalse(promoted.Output.Contains(", succeeded in ", StringComparison.Ordinal), promoted.ToString());

        var allPromoted = project.Build("-p:TreatWarningsAsErrors=true", "-p:TaskerAlwaysRun=true", "--no-restore");
        Assert.AreNotEqual(0, allPromoted.ExitCode, allPromoted.ToString());
        StringAssert.Contains(allPromoted.Output, "failed (a warning was treated as an error)", allPromoted.ToString());
    }

    [TestMethod]
    public void A_toml_syntax_error_is_reported_at_its_place()
    {
        using var project = Consumer("pass");
        project.Write("pipeline.toml", "[[__meta__]]\nreference = \"Consumer.GreetingTask\"\nprofile = \n");

        var result = project.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.Contains(ConsumerProject.Diagnostics(result.Output).ToList(), "pipeline.toml(3,11): error TSK0002", result.ToString());
        AssertNoCrash(result);
    }

    [TestMethod]
    public void An_unknown_reference_suggests_the_type_the_user_meant()
    {
        using var project = Consumer("pass");
        project.Write("pipeline.toml", "[[__meta__]]\nreference = \"Consumer.GretingTask\"\nprofile = \"greeting\"\n[greeting]\ntext = \"x\"\n");

        var result = project.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.Contains(ConsumerProject.Diagnostics(result.Output).ToList(), "pipeline.toml(2,13): error TSK1001", result.ToString());
        StringAssert.Contains(result.Output, "Did you mean 'Consumer.GreetingTask'?");
        AssertNoCrash(result);
    }

    [TestMethod]
    public void A_change_to_a_task_is_picked_up_by_the_next_build()
    {
        using var project = Consumer("pass");
        var first = project.Build();
        Assert.AreEqual(0, first.ExitCode, first.ToString());
        StringAssert.Contains(first.Output, "greeting v1");

        project.Write("GreetingTask.cs", Snippets.GreetingTask.Replace("greeting v1", "greeting v2", StringComparison.Ordinal));
        var second = project.Build("--no-restore");

        Assert.AreEqual(0, second.ExitCode, second.ToString());
        StringAssert.Contains(second.Output, "greeting v2");
        Assert.IsFalse(second.Output.Contains("greeting v1", StringComparison.Ordinal), "the old assembly must not be used again");
    }

    [TestMethod]
    public void TaskerEnabled_false_and_design_time_builds_never_run_the_pipeline()
    {
        using var project = Consumer("fail");

        var disabled = project.Build("-p:TaskerEnabled=false");
        var designTime = project.Build("-p:DesignTimeBuild=true", "--no-restore");

        Assert.AreEqual(0, disabled.ExitCode, disabled.ToString());
        Assert.IsFalse(disabled.Output.Contains("Tasker pipeline", StringComparison.Ordinal), disabled.ToString());
        Assert.AreEqual(0, designTime.ExitCode, designTime.ToString());
        Assert.IsFalse(designTime.Output.Contains("Tasker pipeline", StringComparison.Ordinal), designTime.ToString());
    }
}
