using Tasker.Diagnostics;
using Tasker.Tests.Support;

namespace Tasker.Tests.Execution;

/// <summary>Profiles written for tasker 0.4.3 run unchanged, and what they configure that does not apply is said, not dropped.</summary>
[TestClass]
public sealed class PythonCompatibilityTests
{
    private static (bool Succeeded, int TasksRun, IReadOnlyList<Diagnostic> Diagnostics) Run(string text)
    {
        using var files = new TestProfiles();
        var (result, events) = PipelineHarness.Run(files.Write("p.toml", text));
        return (result.Succeeded, result.TasksRun, events.Diagnostics);
    }

    [TestMethod]
    [DataRow("tasker.storages.basic.DictStorage$R")]
    [DataRow("waterch.tasker.storages.basic.DictStorage$R")]
    [DataRow("waterch.tasker.storages.basic.DictStorage")]
    [DataRow("tasker.storage.DictStorage$R")]
    public void The_storage_spellings_of_tasker_0_4_3_name_the_dict_storage(string reference)
    {
        var run = Run($"[__setting__.storage]\nreference = \"{reference}\"\n\n" + ProfileText.Meta("Tasker.Tests.Support.NumberTask"));

        Assert.IsTrue(run.Succeeded, string.Join("\n", run.Diagnostics));
        Assert.AreEqual(0, run.Diagnostics.Count, string.Join("\n", run.Diagnostics));
    }

    [TestMethod]
    public void A_misspelt_storage_is_still_an_error()
    {
        var run = Run("[__setting__.storage]\nreference = \"waterch.tasker.storages.basic.DictStorge$R\"\n\n" + ProfileText.Meta("Tasker.Tests.Support.NumberTask"));

        Assert.AreEqual(0, run.TasksRun);
        Assert.AreEqual(("TSK0008", 2), (run.Diagnostics.Single().Code, run.Diagnostics.Single().Location.Line), string.Join("\n", run.Diagnostics));
        StringAssert.Contains(run.Diagnostics.Single().Message, "Did you mean 'tasker.storages.basic.DictStorage'?");
    }

    [TestMethod]
    [DataRow("waterch.tasker.tasks.utils.StorageKeyCopyTask")]
    [DataRow("waterch.tasker.tasks.utils.StorageKeyMoveTask")]
    public void The_waterch_module_alias_names_the_built_in_task(string reference)
    {
        var run = Run(ProfileText.Meta("Tasker.Tests.Support.ProvidingTask", "profile = \"hello\"")
            + ProfileText.Meta(reference, "profile = \"keys\"")
            + "[hello]\ntext = \"hi\"\n[keys]\nfrom = \"greeting\"\nto = \"copy\"\n");

        Assert.IsTrue(run.Succeeded, string.Join("\n", run.Diagnostics));
        Assert.AreEqual(2, run.TasksRun);
    }

    [TestMethod]
    public void Python_logging_keys_are_a_warning_that_names_what_is_ignored_and_what_to_use()
    {
        var run = Run("[__setting__.log]\nlevel = \"INFO\"\nstdout = true\nhandlers = [\"file\"]\n[__setting__.log.formatters]\nsimple = \"%(message)s\"\n\n"
            + ProfileText.Meta("Tasker.Tests.Support.NumberTask"));

        Assert.IsTrue(run.Succeeded, string.Join("\n", run.Diagnostics));
        var warnings = run.Diagnostics.Where(diagnostic => diagnostic.Code == "TSK0028").ToList();
        CollectionAssert.AreEqual(new[] { 4, 5 }, warnings.Select(warning => warning.Location.Line).ToArray(), string.Join("\n", run.Diagnostics));
        StringAssert.Contains(warnings[0].Message, "'handlers'");
        StringAssert.Contains(warnings[0].Message, "-fl");
        Assert.AreEqual(2, run.Diagnostics.Count, "level and stdout are not warned about");
    }
}
