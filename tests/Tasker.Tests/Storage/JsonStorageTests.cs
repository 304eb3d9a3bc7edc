using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Requests;
using Tasker.Storage;
using Tasker.Tasks;
using Tasker.Tests.Support;

namespace Tasker.Tests.Storage;

[TestClass]
public sealed class JsonStorageTests
{
    private const string JsonSetting = "[__setting__.storage]\nreference = \"Tasker.Storage.JsonStorage\"\n";

    private static T Read<T>(IStorageBackend backend, string key) =>
        new TaskStorageView(backend, "reader", default, [key], [], []).Get<T>(key);

    [TestMethod]
    public void Every_json_serialisable_value_round_trips()
    {
        using var files = new TestProfiles();
        var path = Path.Combine(files.Directory, "state.json");
        var taken = new DateTime(2026, 11, 25, 12, 30, 0, DateTimeKind.Utc);
        var measurement = new Measurement("speed", 1.5, [1, 2, 3], taken);
        var written = new JsonStorageBackend(path, indented: true);
        written.Set("text", "héllo \"quoted\"\n");
        written.Set("long", long.MaxValue);
        written.Set("int", 42);
        written.Set("double", 0.1);
        written.Set("huge", ulong.MaxValue);
        written.Set("money", 12.345m);
        written.Set("flag", true);
        written.Set("nothing", null);
        written.Set("date", taken);
        written.Set("list", new List<string> { "a", "b" });
        written.Set("map", new Dictionary<string, object?> { ["x"] = 1L, ["nested"] = new[] { 1.5, 2.5 } });
        written.Set("record", measurement);
        written.Dump();

        var loaded = new JsonStorageBackend(path, indented: false);
        loaded.Load();

        CollectionAssert.AreEquivalent(written.Keys.ToList(), loaded.Keys.ToList());
        Assert.AreEqual("héllo \"quoted\"\n", Read<string>(loaded, "text"));
        Assert.AreEqual(long.MaxValue, Read<long>(loaded, "long"));
        Assert.AreEqual(42, Read<int>(loaded, "int"));
        Assert.AreEqual(0.1, Read<double>(loaded, "double"));
        Assert.AreEqual(ulong.MaxValue, Read<ulong>(loaded, "huge"));
        Assert.AreEqual(12.345m, Read<decimal>(loaded, "money"));
        Assert.IsTrue(Read<bool>(loaded, "flag"));
        Assert.IsTrue(loaded.TryGet("nothing", out var nothing) && nothing is null);
        Assert.AreEqual(taken, Read<DateTime>(loaded, "date"));
        CollectionAssert.AreEqual(new[] { "a", "b" }, Read<List<string>>(loaded, "list"));
        var map = Read<Dictionary<string, object?>>(loaded, "map");
        Assert.AreEqual(1L, map["x"]);
        CollectionAssert.AreEqual(new object[] { 1.5, 2.5 }, (List<object?>)map["nested"]!);
        var record = Read<Measurement>(loaded, "record");
        Assert.AreEqual(measurement.Name, record.Name);
        Assert.AreEqual(measurement.Value, record.Value);
        CollectionAssert.AreEqual(measurement.Samples.ToList(), record.Samples.ToList());
        Assert.AreEqual(measurement.Taken, record.Taken);
    }

    [TestMethod]
    public void A_value_that_cannot_be_written_names_its_key_and_leaves_the_previous_file_whole()
    {
        using var files = new TestProfiles();
        var path = Path.Combine(files.Directory, "state.json");
        var backend = new JsonStorageBackend(path, indented: true);
        backend.Set("kept", "first state");
        backend.Dump();
        var before = File.ReadAllBytes(path);

        backend.Set("kept", "second state");
        backend.Set("broken", double.NaN);
        var exception = Assert.ThrowsExactly<StorageValueException>(backend.Dump);

        Assert.AreEqual("broken", exception.Key);
        StringAssert.Contains(exception.Message, "'broken'");
        CollectionAssert.AreEqual(before, File.ReadAllBytes(path), "the previous dump is untouched");
        CollectionAssert.AreEqual(new[] { "state.json" }, Directory.GetFiles(files.Directory).Select(Path.GetFileName).ToArray(), "no temporary file is left behind");
    }

    [TestMethod]
    public void Load_of_a_corrupt_file_points_at_the_place_in_the_file()
    {
        using var files = new TestProfiles();
        var path = files.Write("state.json", "{\n  \"a\": 1,\n  \"b\": oops\n}\n");
        var backend = new JsonStorageBackend(path, indented: true);

        var exception = Assert.ThrowsExactly<DiagnosticException>(backend.Load);

        Assert.AreEqual("TSK3011", exception.Diagnostic.Code);
        Assert.AreEqual(path, exception.Diagnostic.Location.File);
        Assert.AreEqual(3, exception.Diagnostic.Location.Line);
    }

    [TestMethod]
    public void A_pipeline_dumps_on_write_and_a_run_with_load_true_continues_from_the_file_in_the_state_directory()
    {
        using var files = new TestProfiles();
        var state = Path.Combine(files.Directory, "obj", "tasker");
        var first = files.Write("first.toml", JsonSetting + "[__setting__.storage.kwargs]\npath = \"shared.json\"\n"
            + ProfileText.Meta("Tasker.Tests.Support.ProvideAndWriteTask", "profile = \"hello\"") + "[hello]\ntext = \"persisted\"\n");
        var second = files.Write("second.toml", JsonSetting + "[__setting__.storage.kwargs]\npath = \"shared.json\"\nload = true\n"
            + ProfileText.Meta("Tasker.Tests.Support.RequiringTask"));
        var defaulted = files.Write("defaulted.toml", JsonSetting + ProfileText.Meta("Tasker.Tests.Support.ProvideAndWriteTask", "profile = \"hello\"") + "[hello]\ntext = \"x\"\n");

        var (firstResult, firstEvents) = PipelineHarness.Run(first);
        var (secondResult, secondEvents) = PipelineHarness.Run(second);
        var events = new CollectingPipelineEvents();
        var catalog = BuiltInTasks.CatalogWith([typeof(JsonStorageTests).Assembly]);
        var defaultedResult = PipelineRunner.Run(new PipelineOptions(defaulted, events) { StateDirectory = state }, catalog);

        Assert.IsTrue(firstResult.Succeeded, string.Join("\n", firstEvents.Diagnostics));
        Assert.IsTrue(secondResult.Succeeded, string.Join("\n", secondEvents.Diagnostics));
        Assert.IsTrue(secondEvents.Messages.Any(message => message.Text.EndsWith("saw persisted", StringComparison.Ordinal)));
        Assert.IsTrue(defaultedResult.Succeeded, string.Join("\n", events.Diagnostics));
        Assert.IsTrue(File.Exists(Path.Combine(state, "defaulted.storage.json")), "the default file is under the state directory");
    }

    [TestMethod]
    public void An_unwritable_value_fails_the_pipeline_at_the_task_that_asked_for_the_dump()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", JsonSetting + "\n" + ProfileText.Meta("Tasker.Tests.Support.UnserializableWriteTask"));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        var error = events.Diagnostics[0];
        Assert.AreEqual("TSK3010", error.Code);
        Assert.AreEqual(4, error.Location.Line);
        StringAssert.Contains(error.Message, "'handle'");
        var atEnd = events.Diagnostics.Single(diagnostic => diagnostic != error);
        Assert.AreEqual(("TSK3010", 2), (atEnd.Code, atEnd.Location.Line), "the dump at the end of the run fails too, at the storage setting");
        StringAssert.Contains(atEnd.Message, "end of the run");
        Assert.IsFalse(File.Exists(Path.Combine(files.Directory, "p.storage.json")), "nothing was written");
    }

    [TestMethod]
    public void Unknown_or_mistyped_options_are_errors_at_their_place()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", JsonSetting + "[__setting__.storage.kwargs]\npaht = \"x.json\"\nindent = \"yes\"\n" + ProfileText.Meta("Tasker.Tests.Support.ExitingTask"));

        var (result, events) = PipelineHarness.Run(path);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(0, result.TasksRun);
        var error = events.Diagnostics.First();
        Assert.AreEqual("TSK3012", error.Code);
        Assert.AreEqual(4, error.Location.Line);
        StringAssert.Contains(error.Message, "Did you mean 'path'?");
    }

    [TestMethod]
    public void Fork_branches_persist_under_stable_ids()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", JsonSetting
            + ProfileText.Meta("Tasker.Tasks.ForkTask", "profile = \"fork\"")
            + ProfileText.Meta("Tasker.Tests.Support.ProvideAndWriteTask", "profile = \"hello\"")
            + "[hello]\ntext = \"done\"\n[fork]\nworker = 2\nreference = \"Tasker.Tests.Support.NumberTask\"\n"
            + "[[fork.tasks]]\nprofile = \"alpha\"\n[[fork.tasks]]\ninclude = false\n[fork.alpha]\nnumber = 7\n");

        var (result, events) = PipelineHarness.Run(path);
        var saved = new JsonStorageBackend(Path.Combine(files.Directory, "p.storage.json"), indented: true);
        saved.Load();

        Assert.IsTrue(result.Succeeded, string.Join("\n", events.Diagnostics));
        CollectionAssert.AreEqual(new object[] { "alpha", "2" }, (List<object?>)Read<object>(saved, "__fork__"));
        Assert.AreEqual(7L, Read<long>(saved, "__fork__/alpha/value"));
        Assert.AreEqual(0L, Read<long>(saved, "__fork__/2/value"), "an entry without a profile is named by its position");
        Assert.AreEqual("done", Read<string>(saved, "greeting"));
    }

    [TestMethod]
    public void Each_run_starts_from_an_empty_storage_unless_the_profile_asks_to_load()
    {
        using var files = new TestProfiles();
        var first = files.Write("first.toml", JsonSetting + "[__setting__.storage.kwargs]\npath = \"shared.json\"\n"
            + ProfileText.Meta("Tasker.Tests.Support.ProvideAndWriteTask", "profile = \"hello\"") + "[hello]\ntext = \"persisted\"\n");
        var second = files.Write("second.toml", JsonSetting + "[__setting__.storage.kwargs]\npath = \"shared.json\"\n"
            + ProfileText.Meta("Tasker.Tests.Support.RequiringTask"));

        Assert.IsTrue(PipelineHarness.Run(first).Result.Succeeded);
        var (result, events) = PipelineHarness.Run(second);

        Assert.AreEqual(0, result.TasksRun, "the saved key does not count without load = true");
        Assert.AreEqual("TSK0030", events.Diagnostics.Single(diagnostic => diagnostic.IsError).Code, string.Join("\n", events.Diagnostics));
    }

    [TestMethod]
    public void The_file_is_written_at_the_end_of_every_run_without_a_write()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", JsonSetting + ProfileText.Meta("Tasker.Tests.Support.ProvidingTask", "profile = \"hello\"")
            + ProfileText.Meta("Tasker.Tests.Support.FailingTask") + "[hello]\ntext = \"recorded\"\n");

        var (result, _) = PipelineHarness.Run(path);
        var saved = new JsonStorageBackend(Path.Combine(files.Directory, "p.storage.json"), indented: true);
        saved.Load();

        Assert.IsFalse(result.Succeeded, "a failed run leaves its record too");
        Assert.AreEqual("recorded", Read<string>(saved, "greeting"));
    }

    [TestMethod]
    public void Temporary_files_of_interrupted_dumps_are_removed_on_the_next_load_and_dump()
    {
        using var files = new TestProfiles();
        var path = Path.Combine(files.Directory, "state.json");
        foreach (var operation in new Action<JsonStorageBackend>[] { backend => backend.Load(), backend => backend.Dump() })
        {
            var interrupted = Path.Combine(files.Directory, $".state.json.{Guid.NewGuid():N}.tmp");
            var inFlight = Path.Combine(files.Directory, $".state.json.{Guid.NewGuid():N}.tmp");
            var unrelated = Path.Combine(files.Directory, ".other.json.0.tmp");
            foreach (var file in new[] { interrupted, inFlight, unrelated })
            {
                File.WriteAllText(file, "{");
            }

            File.SetLastWriteTimeUtc(interrupted, DateTime.UtcNow.AddHours(-1));
            File.SetLastWriteTimeUtc(unrelated, DateTime.UtcNow.AddHours(-1));

            operation(new JsonStorageBackend(path, indented: true));

            Assert.IsFalse(File.Exists(interrupted), "an old temporary file of this storage is removed");
            Assert.IsTrue(File.Exists(inFlight), "a fresh one may be another process's dump in progress");
            Assert.IsTrue(File.Exists(unrelated), "another storage's files are left alone");
            File.Delete(inFlight);
        }
    }
}
