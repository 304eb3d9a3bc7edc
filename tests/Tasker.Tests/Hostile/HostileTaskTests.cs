using Tasker.Events;
using Tasker.Tests.Support;

namespace Tasker.Tests.Hostile;

/// <summary>
/// Hostile corpus, class "faulting tasks": a task whose own code misbehaves (null declarations, exceptions that cannot
/// describe themselves) gets a located diagnostic that names it, never an internal error.
/// </summary>
[TestClass]
public sealed class HostileTaskTests
{
    private const string Prefix = "Tasker.Tests.Support.Hostile.";

    [TestMethod]
    [DataRow("require", "Require()")]
    [DataRow("provide", "Provide()")]
    [DataRow("remove", "Remove()")]
    [DataRow("require-list", "Require()")]
    [DataRow("provide-list", "Provide()")]
    [DataRow("remove-list", "Remove()")]
    public void A_null_storage_key_is_the_tasks_fault(string declaration, string method)
    {
        var error = SingleLocatedError(ProfileText.Meta($"{Prefix}NullKeyTask$T${declaration}"), "TSK2010");

        StringAssert.Contains(error.Message, method);
        StringAssert.Contains(error.Message, "null");
    }

    [TestMethod]
    [DataRow("item", "definition number 2")]
    [DataRow("list", "returned null")]
    public void A_null_definition_is_an_unreadable_schema(string shape, string expected)
    {
        var error = SingleLocatedError(ProfileText.Meta($"{Prefix}NullDefinitionTask$T${shape}"), "TSK0024");

        StringAssert.Contains(error.Message, expected);
    }

    [TestMethod]
    [DataRow("invoke", "TSK2002")]
    [DataRow("declare", "TSK2002")]
    [DataRow("define", "TSK0024")]
    [DataRow("log", "TSK2005")]
    public void An_exception_whose_Message_and_ToString_throw_is_still_reported(string step, string code)
    {
        var error = SingleLocatedError(ProfileText.Meta($"{Prefix}UnprintableExceptionTask$T${step}"), code, allowRun: step is "invoke" or "log");

        StringAssert.Contains(error.Message, "UnprintableException");
    }

    [TestMethod]
    public void A_reference_with_a_NUL_character_runs_nothing()
    {
        // Before, the runtime's lookup stopped at the NUL and ran ProvidingTask.
        var error = SingleLocatedError(ProfileText.Meta("Tasker.Tests.Support.ProvidingTask\\u0000Anything") + "text = \"hi\"\n", "TSK1006");

        StringAssert.Contains(error.Message, "U+0000");
    }

    [TestMethod]
    public void An_empty_reference_is_located() =>
        SingleLocatedError(ProfileText.Meta(""), "TSK0027");

    [TestMethod]
    [DataRow("\"TASKER_NUL\\u0000NAME\" = \"x\"", "NUL")]
    [DataRow("TASKER_NUL_VALUE = \"s3cret\\u0000tail\"", "NUL")]
    public void SetEnvironmentTask_refuses_a_NUL_character_without_showing_the_value(string line, string expected)
    {
        var error = SingleLocatedError(ProfileText.Meta("Tasker.Tasks.SetEnvironmentTask", "profile = \"env\"") + $"[env]\n{line}\n", "TSK4004", allowRun: true);

        StringAssert.Contains(error.Message, expected);
        Assert.IsFalse(error.Message.Contains("s3cret", StringComparison.Ordinal), error.Message);
        Assert.IsFalse(error.Message.Contains('\0', StringComparison.Ordinal), "no raw NUL reaches the log");
        Assert.IsNull(Environment.GetEnvironmentVariable("TASKER_NUL_VALUE"));
    }

    internal static Tasker.Diagnostics.Diagnostic SingleLocatedError(string profile, string code, bool allowRun = false)
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", profile);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        if (!allowRun)
        {
            Assert.AreEqual(0, result.TasksRun, "nothing runs: " + Describe(events));
        }

        var errors = events.Diagnostics.Where(diagnostic => diagnostic.IsError).ToList();
        Assert.HasCount(1, errors, Describe(events));
        var error = errors[0];
        Assert.AreEqual(code, error.Code, error.ToString());
        Assert.AreEqual(path, error.Location.File);
        Assert.IsGreaterThan(0, error.Location.Line);
        return error;
    }

    private static string Describe(CollectingPipelineEvents events) => string.Join("\n", events.Diagnostics);
}
