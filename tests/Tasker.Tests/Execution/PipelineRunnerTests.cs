using Tasker.Diagnostics;
using Tasker.Events;
using MessageLevel = Tasker.Events.MessageLevel;
using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

[TestClass]
public sealed class PipelineRunnerTests
{
    private static string Entry(string reference, string extra = "") => $"""
        [[__meta__]]
        reference = "Tasker.Tests.Support.{reference}"
        {extra}

        """;

    [TestMethod]
    public void Tasks_share_declared_keys_in_order()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", Entry("ProvidingTask", "profile = \"hello\"") + Entry("RequiringTask") + "[hello]\ntext = \"hi\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.AreEqual(2, result.TasksRun);
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("saw hi", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Error_stops_the_pipeline_and_fails_it_at_the_entry_line()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", Entry("FailingTask") + Entry("ProvidingTask", "profile = \"hello\"") + "[hello]\ntext = \"hi\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(1, result.TasksRun);
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK2001", error.Code);
        Assert.AreEqual(1, error.Location.Line);
    }

    [TestMethod]
    public void Exit_stops_without_failing()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", Entry("ExitingTask") + Entry("FailingTask"));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded);
        Assert.IsTrue(result.StoppedByTask);
        Assert.AreEqual(1, result.TasksRun);
        Assert.IsTrue(events.Messages.Any(message => message.Text == "Stopped by task."));
    }

    [TestMethod]
    public void Retry_is_bounded_by_max_retries()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", Entry("AlwaysRetryTask", "max_retries = 2"));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual("TSK2003", events.Diagnostics.Single().Code);
        Assert.AreEqual(3, events.Messages.Count(message => message.Text.Contains(": call ", StringComparison.Ordinal)), "one call and two retries");
    }

    [TestMethod]
    public void Retry_reinvokes_the_same_instance_until_it_succeeds()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", Entry("RetryOnceTask"));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("call 2", StringComparison.Ordinal)), "the second call sees the instance's state");
    }

    [TestMethod]
    public void A_thrown_exception_becomes_a_diagnostic_with_the_stack_trace_only_in_detail()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "\n\n" + Entry("ThrowingTask"));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK2002", error.Code);
        Assert.AreEqual(3, error.Location.Line);
        StringAssert.Contains(error.Message, "InvalidOperationException: boom");
        Assert.IsFalse(error.Message.Contains(" at ", StringComparison.Ordinal), "no stack trace in the error");
        Assert.IsTrue(events.Messages.Any(message => message.Level == MessageLevel.Detail && message.Text.Contains("ThrowingTask.Invoke", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Undeclared_storage_access_fails_even_for_dunder_keys()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", Entry("UndeclaredWriteTask"));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK3001", error.Code);
        StringAssert.Contains(error.Message, "'__secret__'");
        StringAssert.Contains(error.Message, "Provide()");
    }

    [TestMethod]
    public void Warnings_keep_the_pipeline_going_and_a_code_like_event_name_becomes_the_code()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", Entry("WarningTask"));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded);
        CollectionAssert.AreEqual(new[] { "TSK2006", "DATA001" }, events.Diagnostics.Select(diagnostic => diagnostic.Code).ToArray());
        Assert.IsTrue(events.Diagnostics.All(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning));
    }

    [TestMethod]
    public void A_logged_error_fails_the_pipeline()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", Entry("LoggedErrorTask"));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual("TSK2005", events.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void An_undefined_return_value_is_an_error()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", Entry("UndefinedFlagTask"));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual("TSK2004", events.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void Console_output_of_a_task_becomes_messages()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", Entry("ConsoleTask"));

        var (_, events) = PipelineHarness.Run(path);

        var texts = events.Messages.Select(message => message.Text).ToList();
        CollectionAssert.Contains(texts, "printed line");
        CollectionAssert.Contains(texts, "partial");
    }

    [TestMethod]
    public void Reading_a_profile_key_with_the_wrong_type_points_at_the_value()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", Entry("WrongTypeReadTask", "profile = \"t\"") + "[t]\ncount = \"three\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK2007", error.Code);
        Assert.AreEqual((5, 9), (error.Location.Line, error.Location.Column));
        StringAssert.Contains(error.Message, "'count'");
        StringAssert.Contains(error.Message, "string");
        StringAssert.Contains(error.Message, "integer");
    }

    [TestMethod]
    public void Entries_with_execute_false_are_skipped()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", Entry("FailingTask", "execute = false") + Entry("ExitingTask"));

        var (result, _) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual(1, result.TasksRun);
    }

    [TestMethod]
    public void Included_profiles_are_read_relative_to_the_profile()
    {
        using var files = new TestProfiles();
        files.Write("sub/hello.toml", "text = \"included\"\n");
        var path = files.Write("p.toml", Entry("ProvidingTask", "include = true\npath = \"sub/hello.toml\"") + Entry("RequiringTask"));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("saw included", StringComparison.Ordinal)));
    }
}
