using Tasker.Diagnostics;
using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

/// <summary>Every executing entry's table is checked against its task's schema before the first task runs.</summary>
[TestClass]
public sealed class SchemaValidationTests
{
    private const string Schema = "Tasker.Tests.Support.Schemas.SchemaTask";
    private const string Options = "Tasker.Tests.Support.Schemas.OptionsTask";

    private static (bool Succeeded, int TasksRun, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Messages) Run(string reference, string table, string before = "")
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", $"{before}[[__meta__]]\nreference = \"{reference}\"\nprofile = \"t\"\n\n[t]\n{table}");
        var (result, events) = PipelineHarness.Run(path);
        return (result.Succeeded, result.TasksRun, events.Diagnostics, events.Messages.Select(message => message.Text).ToList());
    }

    private static Diagnostic SingleError(string reference, string table)
    {
        var run = Run(reference, table);
        Assert.IsFalse(run.Succeeded);
        Assert.AreEqual(0, run.TasksRun, "nothing runs when the profile is wrong");
        return run.Diagnostics.Single(diagnostic => diagnostic.IsError);
    }

    [TestMethod]
    public void Valid_table_runs()
    {
        var run = Run(Schema, "name = \"ann\"\ncount = \"4$I\"\ntags = [\"a\", \"b\"]\nlevel = \"Warning\"\n[t.server]\nhost = \"h\"\n[[t.stages]]\nstage = \"one\"\n");
        Assert.IsTrue(run.Succeeded, string.Join("\n", run.Diagnostics));
        Assert.IsTrue(run.Messages.Any(message => message.EndsWith("name=ann count=4", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Missing_required_key_is_an_error_at_the_table()
    {
        var error = SingleError(Schema, "count = 2\n");
        Assert.AreEqual(("TSK0020", 5, 1), (error.Code, error.Location.Line, error.Location.Column));
        StringAssert.Contains(error.Message, "'name'");
        StringAssert.Contains(error.Message, "Who to greet");
    }

    [TestMethod]
    public void Missing_key_in_a_nested_table_is_an_error_at_that_table()
    {
        var error = SingleError(Schema, "name = \"a\"\n[t.server]\nport = 1\n");
        Assert.AreEqual(("TSK0020", 7), (error.Code, error.Location.Line));
        StringAssert.Contains(error.Message, "'host'");
    }

    [TestMethod]
    [DataRow("count = \"three\"", "TSK0021", 9)]
    [DataRow("count = 1.5", "TSK0021", 9)]
    [DataRow("enabled = \"yes\"", "TSK0021", 11)]
    [DataRow("tags = \"a\"", "TSK0021", 8)]
    [DataRow("level = \"Loud\"", "TSK0021", 9)]
    [DataRow("server = 3", "TSK0021", 10)]
    [DataRow("stages = [1, 2]", "TSK0021", 10)]
    [DataRow("count = \"x$E$F\"", "TSK0021", 9)]
    public void Wrong_type_is_an_error_at_the_value(string line, string code, int column)
    {
        var error = SingleError(Schema, $"name = \"a\"\n{line}\n");
        Assert.AreEqual((code, 7, column), (error.Code, error.Location.Line, error.Location.Column), error.ToString());
    }

    [TestMethod]
    public void A_table_named_by_several_entries_is_reported_once()
    {
        using var files = new TestProfiles();
        var entry = $"[[__meta__]]\nreference = \"{Schema}\"\nprofile = \"t\"\n";
        var (result, events) = PipelineHarness.Run(files.Write("p.toml", entry + entry + entry + "[t]\nname = \"a\"\ncount = \"x$I\"\nratio = \"high\"\n"));
        Assert.AreEqual(0, result.TasksRun);
        CollectionAssert.AreEqual(new[] { ("TSK0010", 12), ("TSK0021", 13) }, events.Diagnostics.Select(d => (d.Code, d.Location.Line)).ToArray());
    }

    [TestMethod]
    public void Name_must_be_text_not_a_number() =>
        Assert.AreEqual("TSK0021", SingleError(Schema, "name = 5\n").Code);

    [TestMethod]
    public void Enum_error_lists_the_names() =>
        StringAssert.Contains(SingleError(Schema, "name = \"a\"\nlevel = \"Loud\"\n").Message, "Information");

    [TestMethod]
    public void Wrong_array_element_type_is_an_error_at_the_element()
    {
        var error = SingleError(Schema, "name = \"a\"\ntags = [\"a\", 2]\n");
        Assert.AreEqual(("TSK0022", 7, 14), (error.Code, error.Location.Line, error.Location.Column));
        StringAssert.Contains(error.Message, "Element 2");
    }

    [TestMethod]
    public void Unknown_key_is_a_warning_with_did_you_mean()
    {
        var run = Run(Schema, "name = \"a\"\ncuont = 2\n");
        Assert.IsTrue(run.Succeeded);
        var warning = run.Diagnostics.Single();
        Assert.AreEqual(("TSK0023", false, 7, 1), (warning.Code, warning.IsError, warning.Location.Line, warning.Location.Column));
        StringAssert.Contains(warning.Message, "Did you mean 'count'?");
    }

    [TestMethod]
    public void Unknown_key_in_an_array_of_tables_is_a_warning_there()
    {
        var run = Run(Schema, "name = \"a\"\n[[t.stages]]\nstage = \"s\"\nretires = 1\n");
        var warning = run.Diagnostics.Single();
        Assert.AreEqual(("TSK0023", 9), (warning.Code, warning.Location.Line));
        StringAssert.Contains(warning.Message, "'retries'");
    }

    [TestMethod]
    public void Deferred_values_of_the_right_type_pass()
    {
        var run = Run(Schema, "name = \"USER:-me$E\"\ncount = \"X_UNSET_FOR_TEST:-2$E$I\"\nratio = \"3$I\"\n");
        Assert.IsTrue(run.Succeeded, string.Join("\n", run.Diagnostics));
    }

    [TestMethod]
    public void Included_template_with_a_schema_of_its_own_task_is_accepted()
    {
        using var files = new TestProfiles();
        files.Write("task.toml", $"__schema__ = \"{Schema}\"\nname = \"x\"\n");
        var path = files.Write("p.toml", $"[[__meta__]]\nreference = \"{Schema}\"\ninclude = true\npath = \"task.toml\"\n");
        var (result, events) = PipelineHarness.Run(path);
        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual(0, events.Diagnostics.Count, string.Join("\n", events.Diagnostics));
    }

    [TestMethod]
    public void Included_template_of_another_task_is_a_warning()
    {
        using var files = new TestProfiles();
        files.Write("task.toml", $"__schema__ = \"{Options}\"\nname = \"x\"\n");
        var path = files.Write("p.toml", $"[[__meta__]]\nreference = \"{Schema}\"\ninclude = true\npath = \"task.toml\"\n");
        var (_, events) = PipelineHarness.Run(path);
        var warning = events.Diagnostics.Single();
        Assert.AreEqual(("TSK0026", 1, 14), (warning.Code, warning.Location.Line, warning.Location.Column));
    }

    [TestMethod]
    public void Options_class_binds_names_defaults_tables_and_arrays_of_tables()
    {
        var run = Run(Options, "name = \"ann\"\n\"greeting-text\" = \"hey\"\ntags = [\"x\", \"y\"]\n[t.server]\nport = \"8080$I\"\n[[t.stages]]\nstage = \"one\"\n[[t.stages]]\nenabled = \"no$B\"\n");
        Assert.IsTrue(run.Succeeded, string.Join("\n", run.Diagnostics));
        Assert.IsTrue(run.Messages.Any(message => message.EndsWith("bound ann x3 greeting=hey tags=x|y server=localhost:8080 stages=one:True|build:False", StringComparison.Ordinal)), string.Join("\n", run.Messages));
    }

    [TestMethod]
    public void Options_class_schema_is_checked_before_the_run()
    {
        var run = Run(Options, "repeat_count = \"many\"\n");
        Assert.AreEqual(0, run.TasksRun);
        CollectionAssert.AreEqual(new[] { ("TSK0020", 5), ("TSK0021", 6) }, run.Diagnostics.Select(d => (d.Code, d.Location.Line)).ToArray(), "every problem is reported, the required Name first");
    }

    [TestMethod]
    public void Launcher_schema_of_the_python_docs_is_accepted()
    {
        var run = Run(Schema, "name = \"a\"\n", before: "__schema__ = \"tasker.launcher.Launcher\"\n");
        Assert.AreEqual(0, run.Diagnostics.Count, string.Join("\n", run.Diagnostics));
    }

    [TestMethod]
    public void Other_launcher_schema_is_a_warning()
    {
        var run = Run(Schema, "name = \"a\"\n", before: "__schema__ = \"tasker.launcher.Launchr\"\n");
        Assert.IsTrue(run.Succeeded);
        var warning = run.Diagnostics.Single();
        Assert.AreEqual(("TSK0025", 1, 14), (warning.Code, warning.Location.Line, warning.Location.Column));
        StringAssert.Contains(warning.Message, "Did you mean 'tasker.launcher.Launcher'?");
    }
}
