using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

/// <summary>Typed values resolve when their task is about to run, not when the profile loads.</summary>
[TestClass]
public sealed class ResolutionTimingTests
{
    private static string UniqueVariable() => "TASKER_TEST_" + Guid.NewGuid().ToString("N");

    [TestMethod]
    [DoNotParallelize]
    public void Environment_value_sees_a_variable_set_by_an_earlier_task()
    {
        var name = UniqueVariable();
        using var files = new TestProfiles();
        var path = files.Write("p.toml", $"""
            [[__meta__]]
            reference = "Tasker.Tests.Support.Schemas.EnvironmentSettingTask"
            profile = "set"

            [[__meta__]]
            reference = "Tasker.Tests.Support.Schemas.ValueEchoTask"
            profile = "echo"

            [set]
            name = "{name}"
            value = "41"

            [echo]
            port = "{name}$E$I"
            """);
        try
        {
            var (result, events) = PipelineHarness.Run(path);
            Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
            Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("port=41 (Int64)", StringComparison.Ordinal)));
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [TestMethod]
    public void Unset_variable_fails_the_pipeline_at_the_value_when_its_task_is_about_to_run()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", $"""
            [[__meta__]]
            reference = "Tasker.Tests.Support.ExitingTask"
            execute = false

            [[__meta__]]
            reference = "Tasker.Tests.Support.Schemas.ValueEchoTask"
            profile = "echo"

            [echo]
            value = "{UniqueVariable()}$E"
            """);
        var (result, events) = PipelineHarness.Run(path);
        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual(("TSK0012", 10, 9), (error.Code, error.Location.Line, error.Location.Column));
    }

    [TestMethod]
    public void Entries_that_do_not_execute_resolve_nothing()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", $"""
            [[__meta__]]
            reference = "Tasker.Tests.Support.Schemas.ValueEchoTask"
            profile = "echo"
            execute = false

            [[__meta__]]
            reference = "Tasker.Tests.Support.ExitingTask"

            [echo]
            broken = "eight$I"
            unset = "{UniqueVariable()}$E"
            missing = "nowhere.toml$P"
            """);
        var (result, events) = PipelineHarness.Run(path);
        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual(0, events.Diagnostics.Count, string.Join("\n", events.Diagnostics));
    }

    [TestMethod]
    public void Key_task_whose_keys_come_from_the_environment_is_checked_at_run_time()
    {
        var name = UniqueVariable();
        using var files = new TestProfiles();
        var path = files.Write("p.toml", $"""
            [[__meta__]]
            reference = "Tasker.Tests.Support.ProvidingTask"
            profile = "hello"

            [[__meta__]]
            reference = "tasker.tasks.utils.StorageKeyCopyTask"
            profile = "copy"

            [[__meta__]]
            reference = "Tasker.Tests.Support.CopyReaderTask"

            [hello]
            text = "hi"

            [copy]
            from = "{name}:-greeting$E"
            to = "copy"
            """);
        var (result, events) = PipelineHarness.Run(path);
        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("copy=hi", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Reference_with_constructor_arguments_creates_the_task_with_them()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.Schemas.GreeterTask$T$ab,3\"\n");
        var (result, events) = PipelineHarness.Run(path);
        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("greeter says ababab", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Reference_with_arguments_no_constructor_takes_is_an_error_at_the_reference()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.Schemas.GreeterTask$T$ab\"\n");
        var (result, events) = PipelineHarness.Run(path);
        Assert.AreEqual(0, result.TasksRun);
        var error = events.Diagnostics.Single();
        Assert.AreEqual(("TSK0018", 2, 13), (error.Code, error.Location.Line, error.Location.Column));
        StringAssert.Contains(error.Message, "(String, Int32)");
    }
}
