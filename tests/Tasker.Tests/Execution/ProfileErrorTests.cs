using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

/// <summary>Every mistake in a profile is reported at its place before any task runs.</summary>
[TestClass]
public sealed class ProfileErrorTests
{
    private static (string Code, int Line, int Column, string Message) SingleError(string profile)
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", profile);
        var (result, events) = PipelineHarness.Run(path);
        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(0, result.TasksRun, "nothing runs when the profile is wrong");
        var error = events.Diagnostics.Single(diagnostic => diagnostic.IsError);
        Assert.AreEqual(path, error.Location.File);
        return (error.Code, error.Location.Line, error.Location.Column, error.Message);
    }

    [TestMethod]
    public void Missing_file()
    {
        var (result, events) = PipelineHarness.Run(Path.Combine(Path.GetTempPath(), "does-not-exist.toml"));
        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual("TSK0001", events.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void A_folder_instead_of_a_file_says_so()
    {
        using var files = new TestProfiles();
        var folder = Path.Combine(files.Directory, "profile.toml");
        Directory.CreateDirectory(folder);

        var (result, events) = PipelineHarness.Run(folder);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK0001", error.Code);
        StringAssert.Contains(error.Message, "it is a folder, not a file");
        Assert.IsFalse(error.Message.Contains("..", StringComparison.Ordinal), error.Message);
    }

    [TestMethod]
    public void Toml_syntax_error() =>
        Assert.AreEqual(("TSK0002", 2, 5), Trim(SingleError("[[__meta__]]\na = \n")));

    [TestMethod]
    public void Duplicate_key() =>
        Assert.AreEqual(("TSK0002", 3, 1), Trim(SingleError("[[__meta__]]\nreference = \"a\"\nreference = \"b\"\n")));

    [TestMethod]
    public void No_meta_entries() =>
        Assert.AreEqual(("TSK0003", 1, 1), Trim(SingleError("__name__ = \"x\"\n")));

    [TestMethod]
    public void Unknown_reference_suggests_the_nearest_type()
    {
        var error = SingleError("\n[[__meta__]]\nreference = \"Tasker.Tests.Support.ProvidngTask\"\n");
        Assert.AreEqual(("TSK1001", 3, 13), Trim(error));
        StringAssert.Contains(error.Message, "Did you mean 'Tasker.Tests.Support.ProvidingTask'?");
    }

    [TestMethod]
    public void Unknown_reference_in_another_namespace_is_found_by_simple_name()
    {
        var error = SingleError("[[__meta__]]\nreference = \"Wrong.Namespace.ProvidingTask\"\n");
        StringAssert.Contains(error.Message, "'Tasker.Tests.Support.ProvidingTask'");
    }

    [TestMethod]
    public void Type_that_is_not_a_task() =>
        Assert.AreEqual("TSK1002", SingleError("[[__meta__]]\nreference = \"Tasker.Tests.Support.NotATask\"\n").Code);

    [TestMethod]
    public void Type_without_parameterless_constructor() =>
        Assert.AreEqual("TSK1003", SingleError("[[__meta__]]\nreference = \"Tasker.Tests.Support.NoDefaultConstructorTask\"\n").Code);

    [TestMethod]
    public void Profile_table_that_does_not_exist()
    {
        var error = SingleError("[[__meta__]]\nreference = \"Tasker.Tests.Support.ExitingTask\"\nprofile = \"exampel\"\n\n[example]\nx = 1\n");
        Assert.AreEqual(("TSK0006", 3, 11), Trim(error));
        StringAssert.Contains(error.Message, "Did you mean 'example'?");
    }

    [TestMethod]
    public void Launcher_value_of_the_wrong_type() =>
        Assert.AreEqual(("TSK0004", 3, 11), Trim(SingleError("[[__meta__]]\nreference = \"Tasker.Tests.Support.ExitingTask\"\nexecute = \"yes\"\n")));

    [TestMethod]
    public void Entry_without_reference() =>
        Assert.AreEqual(("TSK0005", 1, 1), Trim(SingleError("[[__meta__]]\nprofile = \"x\"\n")));

    [TestMethod]
    public void Included_file_that_does_not_exist() =>
        Assert.AreEqual(("TSK0007", 4, 8), Trim(SingleError("[[__meta__]]\nreference = \"Tasker.Tests.Support.ExitingTask\"\ninclude = true\npath = \"missing.toml\"\n")));

    [TestMethod]
    public void Unknown_storage() =>
        Assert.AreEqual("TSK0008", SingleError("[__setting__.storage]\nreference = \"NoSuchStorage\"\n[[__meta__]]\nreference = \"Tasker.Tests.Support.ExitingTask\"\n").Code);

    [TestMethod]
    public void A_later_error_still_stops_everything_before_the_first_task_runs()
    {
        var error = SingleError("[[__meta__]]\nreference = \"Tasker.Tests.Support.ExitingTask\"\n[[__meta__]]\nreference = \"Nope\"\n");
        Assert.AreEqual(("TSK1001", 4, 13), Trim(error));
    }

    [TestMethod]
    public void Unknown_entry_key_is_a_warning_with_a_suggestion()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", "[[__meta__]]\nreference = \"Tasker.Tests.Support.ExitingTask\"\nexecut = true\n");
        var (result, events) = PipelineHarness.Run(path);
        Assert.IsTrue(result.Succeeded);
        var warning = events.Diagnostics.Single();
        Assert.AreEqual(("TSK0009", 3, 1), (warning.Code, warning.Location.Line, warning.Location.Column));
        StringAssert.Contains(warning.Message, "Did you mean 'execute'?");
    }

    private static (string, int, int) Trim((string Code, int Line, int Column, string Message) error) => (error.Code, error.Line, error.Column);
}
