using Tasker.Diagnostics;
using Tasker.Profiles.Values;
using Tasker.Tasks;
using Tasker.TaskLookup;
using Tasker.Tests.Support;
using Tasker.Tests.Support.Hostile;

namespace Tasker.Tests.Hostile;

/// <summary>
/// Hostile corpus, class "profile code": a profile never runs code that neither the project nor Tasker offered to it,
/// and never calls a method for a key its task does not define.
/// </summary>
[TestClass]
public sealed class HostileProfileTests
{
    [TestMethod]
    public void A_runtime_method_is_refused_before_anything_runs_and_has_no_effect()
    {
        using var files = new TestProfiles();
        var victim = Path.Combine(files.Directory, "victim.txt");
        var error = HostileTaskTests.SingleLocatedError(
            ProfileText.Meta("Tasker.Tests.Support.ProvidingTask", "profile = \"t\"") + $"[t]\ntext = \"hi\"\nunread = '{victim}$M$System.IO.File.Create'\n",
            "TSK0040");

        Assert.IsFalse(File.Exists(victim), "the method was not called");
        Assert.AreEqual((6, 10), (error.Location.Line, error.Location.Column));
        StringAssert.Contains(error.Message, "TaskerProfileMethod");
    }

    [TestMethod]
    public void A_runtime_type_is_refused_as_a_task_value() =>
        HostileTaskTests.SingleLocatedError(ProfileText.Meta("Tasker.Tests.Support.ProvidingTask", "profile = \"t\"") + "[t]\ntext = \"System.Object$T\"\n", "TSK0019");

    [TestMethod]
    public void A_static_method_of_the_projects_own_code_still_runs()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tests.Support.Hostile.SchemaTask", "profile = \"t\"") + "[t]\nname = \"loud$M$Tasker.Tests.Support.Hostile.OfferedClass.Shout\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(events.Messages.Any(message => message.Text.EndsWith("name=LOUD", StringComparison.Ordinal)));
    }

    [TestMethod]
    [DataRow("NotOffered", "TSK0040")]
    [DataRow("NextPort", null)]
    public void Outside_the_projects_assemblies_only_marked_methods_run(string method, string? code)
    {
        var table = ProfileTable($"key = \"8080$M$Tasker.Tests.Support.Hostile.OfferedMethods.{method}\"\n");
        var lookup = new NothingOffered(BuiltInTasks.CatalogWith([typeof(OfferedMethods).Assembly]));

        if (code is null)
        {
            Assert.IsTrue(ValueEvaluator.Resolve(table, lookup).TryGetValue("key", out var raw));
            Assert.AreEqual(8081L, raw);
        }
        else
        {
            var exception = Assert.ThrowsExactly<DiagnosticException>(() => ValueEvaluator.Resolve(table, lookup));
            Assert.AreEqual(code, exception.Diagnostic.Code);
        }
    }

    [TestMethod]
    public void A_marked_class_offers_all_its_methods()
    {
        var table = ProfileTable("key = \"a$M$Tasker.Tests.Support.Hostile.OfferedClass.Shout\"\n");

        Assert.IsTrue(ValueEvaluator.Resolve(table, new NothingOffered(BuiltInTasks.CatalogWith([typeof(OfferedClass).Assembly]))).TryGetValue("key", out var raw));
        Assert.AreEqual("A", raw);
    }

    [TestMethod]
    public void A_method_value_of_a_key_the_task_does_not_define_is_never_called()
    {
        using var files = new TestProfiles();
        var unread = Guid.NewGuid().ToString("N");
        var read = Guid.NewGuid().ToString("N");
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tests.Support.Hostile.SchemaTask", "profile = \"t\"")
            + $"[t]\nname = \"{read}$M$Tasker.Tests.Support.Hostile.CallRecorder.Record\"\nextra = \"{unread}$M$Tasker.Tests.Support.Hostile.CallRecorder.Record\"\n");

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(CallRecorder.WasCalledWith(read), "the defined key's method runs");
        Assert.IsFalse(CallRecorder.WasCalledWith(unread), "the undefined key's method does not");
    }

    [TestMethod]
    [DataRow("fork", DisplayName = "a fork branch's table")]
    [DataRow("map", DisplayName = "a map's table")]
    [DataRow("reduce", DisplayName = "a reduce's table")]
    public void A_method_value_of_a_key_a_containers_task_does_not_define_is_never_called(string container)
    {
        using var files = new TestProfiles();
        var unread = Guid.NewGuid().ToString("N");
        var read = Guid.NewGuid().ToString("N");
        var table = $"name = \"{read}$M$Tasker.Tests.Support.Hostile.CallRecorder.Record\"\nextra = \"{unread}$M$Tasker.Tests.Support.Hostile.CallRecorder.Record\"\n";
        var profile = container == "fork"
            ? ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"")
                + $"[fork]\nreference = \"Tasker.Tests.Support.Hostile.SchemaTask\"\n[[fork.tasks]]\nprofile = \"b1\"\n[fork.b1]\n{table}"
            : ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"") + ProfileText.Meta(container == "map" ? "Tasker.Tasks.MapTask" : "Tasker.Tasks.ReduceTask", "profile = \"each\"")
                + "[fork]\nreference = \"Tasker.Tests.Support.NumberTask\"\n[[fork.tasks]]\nprofile = \"b1\"\n[fork.b1]\nnumber = 1\n"
                + $"[each]\nreference = \"Tasker.Tests.Support.Hostile.SchemaTask\"\nprofile = \"task\"\n[task]\n{table}";
        var path = files.Write("p.toml", profile);

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(CallRecorder.WasCalledWith(read), "the defined key's method runs");
        Assert.IsFalse(CallRecorder.WasCalledWith(unread), "the undefined key's method does not");
    }

    private static Tasker.Profiles.ProfileTable ProfileTable(string toml)
    {
        using var files = new TestProfiles();
        return Tasker.Profiles.TomlProfileReader.ReadFile(files.Write("p.toml", toml));
    }

    /// <summary>Finds types as the catalog does, but treats none as the project's own: only markers let code run.</summary>
    private sealed class NothingOffered(TaskCatalog catalog) : ITypeLookup
    {
        public Type? FindType(string name, SourceLocation location) => catalog.FindType(name, location);

        public bool IsOfferedToProfiles(Type type) => false;
    }
}
