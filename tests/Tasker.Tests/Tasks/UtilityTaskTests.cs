using Tasker.Tests.Support;

namespace Tasker.Tests.Tasks;

[TestClass]
public sealed class UtilityTaskTests
{
    [TestMethod]
    [DoNotParallelize]
    public void SetEnvironmentTask_sets_variables_for_later_tasks_logs_only_names_and_restores_them()
    {
        using var files = new TestProfiles();
        var fresh = "TASKER_TEST_" + Guid.NewGuid().ToString("N");
        var existing = "TASKER_TEST_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(existing, "before");
        try
        {
            var path = files.Write("p.toml", ProfileText.Meta("tasker.tasks.utils.SetEnvironmentTask", "profile = \"env\"")
                + ProfileText.Meta("Tasker.Tests.Support.EnvironmentProbeTask", "profile = \"probe\"")
                + $"[env]\n{fresh} = \"s3cret-value\"\n{existing} = 42\n"
                + $"[probe]\nname = \"{existing}\"\nexpected = \"42\"\n");

            var (result, events) = PipelineHarness.Run(path);

            Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
            Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("probe matches: True", StringComparison.Ordinal)), "a later task sees the number as text");
            Assert.IsTrue(events.Messages.Any(message => message.Text.Contains(fresh, StringComparison.Ordinal)), "names are logged");
            Assert.IsFalse(events.Messages.Any(message => message.Text.Contains("s3cret-value", StringComparison.Ordinal)), "values are never logged");
            Assert.IsNull(Environment.GetEnvironmentVariable(fresh), "a variable the pipeline created is removed afterwards");
            Assert.AreEqual("before", Environment.GetEnvironmentVariable(existing), "a variable the pipeline changed gets its old value back");
        }
        finally
        {
            Environment.SetEnvironmentVariable(existing, null);
        }
    }

    [TestMethod]
    public void SetEnvironmentTask_rejects_tables_and_arrays_at_the_value()
    {
        using var files = new TestProfiles();
        var name = "TASKER_TEST_" + Guid.NewGuid().ToString("N");
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tasks.SetEnvironmentTask", "profile = \"env\"") + $"[env]\n{name} = \"set\"\nLIST = [1, 2]\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK4004", error.Code);
        Assert.AreEqual((6, 8), (error.Location.Line, error.Location.Column));
        Assert.IsNull(Environment.GetEnvironmentVariable(name), "nothing is set when one value is wrong");
    }

    [TestMethod]
    public void StorageKeyCopyTask_copies_and_keeps_the_source()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tests.Support.ProvidingTask", "profile = \"hello\"")
            + ProfileText.Meta("tasker.tasks.utils.StorageKeyCopyTask", "profile = \"copy\"")
            + ProfileText.Meta("Tasker.Tests.Support.CopyReaderTask")
            + ProfileText.Meta("Tasker.Tests.Support.GreetingPresenceTask")
            + "[hello]\ntext = \"hi\"\n[copy]\nfrom = \"greeting\"\nto = \"copy\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("copy=hi", StringComparison.Ordinal)));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("greeting present: True", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void StorageKeyMoveTask_moves_and_deletes_the_source()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tests.Support.ProvidingTask", "profile = \"hello\"")
            + ProfileText.Meta("Tasker.Tasks.StorageKeyMoveTask", "profile = \"move\"")
            + ProfileText.Meta("Tasker.Tests.Support.CopyReaderTask")
            + ProfileText.Meta("Tasker.Tests.Support.GreetingPresenceTask")
            + "[hello]\ntext = \"hi\"\n[move]\nfrom = \"greeting\"\nto = \"copy\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("copy=hi", StringComparison.Ordinal)));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("greeting present: False", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Key_tasks_declare_from_their_profile_or_constructor_and_copy_removes_nothing()
    {
        var copy = new Tasker.Tasks.StorageKeyCopyTask("a", "b");
        var move = new Tasker.Tasks.StorageKeyMoveTask("a", "b");

        CollectionAssert.AreEqual(new[] { "a" }, ((ITask)copy).Require().ToArray());
        CollectionAssert.AreEqual(new[] { "b" }, ((ITask)copy).Provide().ToArray());
        Assert.AreEqual(0, ((ITask)copy).Remove().Count());
        CollectionAssert.AreEqual(new[] { "a" }, ((ITask)move).Remove().ToArray());
    }

    [TestMethod]
    public void A_key_task_without_from_is_an_error_at_its_table()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tasks.StorageKeyCopyTask", "profile = \"copy\"") + "[copy]\nto = \"b\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics.Single();
        Assert.AreEqual("TSK4005", error.Code);
        StringAssert.Contains(error.Message, "'from = \"key\"'");
    }

    [TestMethod]
    public void Key_tasks_take_their_keys_as_constructor_arguments_in_the_reference()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tests.Support.ProvidingTask", "profile = \"hello\"")
            + ProfileText.Meta("Tasker.Tasks.StorageKeyMoveTask$T$greeting,copy")
            + ProfileText.Meta("Tasker.Tests.Support.CopyReaderTask")
            + "[hello]\ntext = \"hi\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("copy=hi", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void StorageKeyDeleteTask_deletes_the_listed_keys_and_later_tasks_see_them_gone()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tests.Support.ProvidingTask", "profile = \"hello\"")
            + ProfileText.Meta("tasker.tasks.utils.StorageKeyDeleteTask", "profile = \"delete\"")
            + ProfileText.Meta("Tasker.Tests.Support.GreetingPresenceTask")
            + "[hello]\ntext = \"hi\"\n[delete]\nkeys = [\"greeting\", \"never-written\"]\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("greeting present: False", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void A_task_requiring_a_deleted_key_is_a_dataflow_error_before_the_run()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tests.Support.ProvidingTask", "profile = \"hello\"")
            + ProfileText.Meta("Tasker.Tasks.StorageKeyDeleteTask$T$greeting")
            + ProfileText.Meta("Tasker.Tasks.StorageKeyCopyTask$T$greeting,copy")
            + "[hello]\ntext = \"hi\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.AreEqual(0, result.TasksRun);
        Assert.AreEqual("TSK0031", events.Diagnostics.Single(diagnostic => diagnostic.IsError).Code, string.Join("\n", events.Diagnostics));
    }

    [TestMethod]
    [DataRow("Tasker.Tasks.StorageKeyDeleteTask", "keys = []", 8)]
    [DataRow("Tasker.Tasks.StorageKeyDeleteTask", "", 7)]
    [DataRow("Tasker.Tasks.StorageKeyCopyTask", "from = \"a$E\"", 7)]
    [DataRow("Tasker.Tasks.StorageKeyMoveTask", "to = \"b:-c$E\"", 7)]
    public void A_key_task_without_its_keys_stops_the_pipeline_before_the_first_task(string reference, string table, int line)
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tests.Support.NumberTask")
            + ProfileText.Meta(reference, "profile = \"keys\"")
            + $"[keys]\n{table}\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.AreEqual(0, result.TasksRun, "nothing runs");
        var error = events.Diagnostics.Single(diagnostic => diagnostic.IsError);
        Assert.AreEqual(("TSK4005", line), (error.Code, error.Location.Line), error.ToString());
    }
}
