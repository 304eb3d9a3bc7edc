using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Planning;
using Tasker.Profiles;
using Tasker.Tasks;
using Tasker.Tests.Support;

namespace Tasker.Tests.Launcher;

/// <summary>
/// The launcher's tables (the header, <c>[__setting__]</c>, a <c>[[__meta__]]</c> entry) and a container's are checked
/// by the validator task tables go through: the same type messages and did-you-mean, each kind of table with its own
/// codes; and the table an entry names is found, or missed, the same way wherever the entry is.
/// </summary>
[TestClass]
public sealed class LauncherTableTests
{
    private const string File = "p.toml";
    private const string Task = "Tasker.Tests.Support.NumberTask";

    private static List<Diagnostic> Read(string text)
    {
        var diagnostics = new List<Diagnostic>();
        LauncherProfileReader.Read(TomlProfileReader.ReadText(text, File), File, diagnostics);
        return diagnostics;
    }

    private static PipelineCheck Check(string text)
    {
        using var files = new TestProfiles();
        return PlanBuilder.Check(files.Write(File, text), BuiltInTasks.CatalogWith([typeof(PipelineHarness).Assembly]));
    }

    private static Diagnostic Single(IReadOnlyCollection<Diagnostic> diagnostics, string code)
    {
        var found = diagnostics.Where(diagnostic => diagnostic.Code == code).ToList();
        Assert.AreEqual(1, found.Count, $"one {code} among:\n{string.Join("\n", diagnostics)}");
        return found[0];
    }

    [TestMethod]
    public void An_entry_value_of_the_wrong_type_is_worded_as_a_task_value_is_without_typed_strings()
    {
        var diagnostics = Read($"[[__meta__]]\nreference = \"{Task}\"\nexecute = \"yes\"\n");

        var error = Single(diagnostics, "TSK0004");
        Assert.AreEqual((3, 11), (error.Location.Line, error.Location.Column), error.ToString());
        StringAssert.Contains(error.Message, "'execute' is the string \"yes\", but the schema wants a boolean");
        Assert.IsFalse(error.Message.Contains("typed string", StringComparison.Ordinal), "Tasker reads a [[__meta__]] entry as written: " + error.Message);
    }

    [TestMethod]
    public void An_unknown_entry_key_is_a_warning_with_a_suggestion()
    {
        var diagnostics = Read($"[[__meta__]]\nreference = \"{Task}\"\nexectue = false\n");

        var warning = Single(diagnostics, "TSK0009");
        Assert.IsFalse(warning.IsError);
        Assert.AreEqual((3, 1), (warning.Location.Line, warning.Location.Column));
        StringAssert.Contains(warning.Message, "Did you mean 'execute'?");
    }

    [TestMethod]
    public void An_entry_without_a_reference_is_an_error_at_the_entry()
    {
        var diagnostics = Read("[[__meta__]]\nprofile = \"t\"\n");

        var error = Single(diagnostics, "TSK0005");
        Assert.AreEqual(1, error.Location.Line, error.ToString());
        StringAssert.Contains(error.Message, "'reference'");
    }

    [TestMethod]
    public void The_result_cache_keys_keep_their_own_code_in_an_entry()
    {
        var diagnostics = Read($"[[__meta__]]\nreference = \"{Task}\"\ncache = \"yes\"\n");

        Assert.AreEqual(3, Single(diagnostics, "TSK7001").Location.Line);
        Assert.IsFalse(diagnostics.Any(diagnostic => diagnostic.Code == "TSK0004"), string.Join("\n", diagnostics));
    }

    [TestMethod]
    public void A_number_of_retries_below_zero_is_refused_by_the_reader()
    {
        var diagnostics = Read($"[[__meta__]]\nreference = \"{Task}\"\nmax_retries = -1\n");

        StringAssert.Contains(Single(diagnostics, "TSK0004").Message, "at least 0");
    }

    [TestMethod]
    [DataRow("[__setting__.storage]\nrefrence = \"x\"\n", 2, "reference", DisplayName = "In [__setting__.storage]")]
    [DataRow("[__setting__]\nstorag = {}\n", 2, "storage", DisplayName = "In [__setting__]")]
    public void An_unknown_setting_key_is_a_warning_with_a_suggestion(string setting, int line, string suggested)
    {
        var diagnostics = Read(setting + $"[[__meta__]]\nreference = \"{Task}\"\n");

        var warning = Single(diagnostics, "TSK0009");
        Assert.AreEqual(line, warning.Location.Line, warning.ToString());
        StringAssert.Contains(warning.Message, $"Did you mean '{suggested}'?");
    }

    [TestMethod]
    [DataRow("[__setting__.log]\nlevel = 3\n", 2, DisplayName = "A log level that is a number")]
    [DataRow("[__setting__]\nstorage = \"memory\"\n", 2, DisplayName = "A storage that is a string")]
    [DataRow("__setting__ = 3\n", 1, DisplayName = "Settings that are a number")]
    [DataRow("__name__ = 3\n", 1, DisplayName = "A pipeline name that is a number")]
    public void A_launcher_value_of_the_wrong_type_is_an_error_at_the_value(string text, int line)
    {
        var diagnostics = Read(text + $"[[__meta__]]\nreference = \"{Task}\"\n");

        var error = Single(diagnostics, "TSK0004");
        Assert.AreEqual(line, error.Location.Line, error.ToString());
        StringAssert.Contains(error.Message, "but the schema wants");
    }

    [TestMethod]
    public void A_python_logging_key_gets_its_own_warning_only()
    {
        var diagnostics = Read($"[__setting__.log]\nlevel = \"INFO\"\nhandlers = [\"file\"]\n[[__meta__]]\nreference = \"{Task}\"\n");

        var warning = diagnostics.Single();
        Assert.AreEqual(("TSK0028", 3), (warning.Code, warning.Location.Line), warning.ToString());
    }

    [TestMethod]
    public void The_storage_options_table_is_free_form()
    {
        var diagnostics = Read($"[__setting__.storage]\nreference = \"Tasker.Storage.JsonStorage\"\n[__setting__.storage.kwargs]\nanything = 1\n[[__meta__]]\nreference = \"{Task}\"\n");

        Assert.AreEqual(0, diagnostics.Count, string.Join("\n", diagnostics));
    }

    [TestMethod]
    public void A_container_value_of_the_wrong_type_has_the_container_code_and_the_same_wording()
    {
        var check = Check(ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"[fork]\nworker = \"two\"\nreference = \"{Task}\"\n[[fork.tasks]]\n");

        var error = Single(check.Diagnostics, "TSK4001");
        Assert.AreEqual(5, error.Location.Line, error.ToString());
        StringAssert.Contains(error.Message, "'worker' is the string \"two\", but the schema wants");
    }

    [TestMethod]
    public void A_container_table_missing_a_key_says_so_in_a_sentence_of_its_own()
    {
        var check = Check(ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"[fork]\nreference = \"{Task}\"\n");

        var error = Single(check.Diagnostics, "TSK4001");
        Assert.AreEqual(4, error.Location.Line, error.ToString());
        StringAssert.StartsWith(error.Message, "The fork's table has no key 'tasks'");
    }

    [TestMethod]
    public void A_container_value_written_as_a_typed_string_is_left_to_its_evaluation()
    {
        var check = Check(ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"[fork]\nworker = \"2$I\"\nreference = \"{Task}\"\n[[fork.tasks]]\n");

        Assert.IsTrue(check.Succeeded, string.Join("\n", check.Diagnostics));
    }

    [TestMethod]
    public void An_unknown_container_key_is_a_warning_with_a_suggestion()
    {
        var check = Check(ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"[fork]\nwroker = 2\nreference = \"{Task}\"\n[[fork.tasks]]\n");

        var warning = Single(check.Diagnostics, "TSK4007");
        Assert.AreEqual(5, warning.Location.Line, warning.ToString());
        StringAssert.Contains(warning.Message, "Did you mean 'worker'?");
    }

    [TestMethod]
    public void A_missing_table_reads_the_same_in_an_entry_and_in_a_branch()
    {
        var inEntry = Single(Check(ProfileText.Meta(Task, "profile = \"nubmer\"") + "[number]\n").Diagnostics, "TSK0006");
        var inBranch = Single(Check(ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"[fork]\nreference = \"{Task}\"\n[[fork.tasks]]\nprofile = \"nubmer\"\n[fork.number]\n").Diagnostics, "TSK0006");

        Assert.AreEqual(3, inEntry.Location.Line, inEntry.ToString());
        Assert.AreEqual(7, inBranch.Location.Line, inBranch.ToString());
        foreach (var error in new[] { inEntry, inBranch })
        {
            StringAssert.StartsWith(error.Message, "The entry's profile 'nubmer' cannot be used: there is no such table.");
            StringAssert.Contains(error.Message, "Did you mean 'number'?");
        }
    }

    [TestMethod]
    public void Include_without_a_path_reads_the_same_in_an_entry_and_in_a_branch_with_each_code()
    {
        var inEntry = Single(Check(ProfileText.Meta(Task, "include = true")).Diagnostics, "TSK0005");
        var inBranch = Single(Check(ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + $"[fork]\nreference = \"{Task}\"\n[[fork.tasks]]\ninclude = true\n").Diagnostics, "TSK4001");

        Assert.AreEqual(inEntry.Message, inBranch.Message);
        StringAssert.Contains(inEntry.Message, "gives no 'path'");
    }
}
