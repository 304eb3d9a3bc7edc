using System.Globalization;
using System.Text;
using MessageLevel = Tasker.Events.MessageLevel;
using Tasker.Caching;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Planning;
using Tasker.Requests;
using Tasker.Tests.Support;

namespace Tasker.Tests.Caching;

/// <summary>The result cache as a pipeline uses it: hits, misses and why, what is never cached, and a damaged or full cache.</summary>
[TestClass]
public sealed class ResultCacheTests
{
    private const string Support = "Tasker.Tests.Support.";

    // The work counts are the result's; how a host words them is the host's tests' concern.
    private static (PipelineResult Result, CollectingPipelineEvents Events) Run(TestProfiles files, string path, Partition? partition = null) =>
        PipelineHarness.Run(path, options => options with { CacheDirectory = Path.Combine(files.Directory, "cache"), Partition = partition });

    private static int Invocations(TestProfiles files, string log = "log.txt")
    {
        var path = Path.Combine(files.Directory, log);
        return File.Exists(path) ? File.ReadAllLines(path).Length : 0;
    }

    private static string Entry(string task, string options = "cache = true", string table = "value = 4") =>
        $"[[__meta__]]\nreference = \"{Support}{task}\"\nprofile = \"t_{task}\"\n{options}\n[t_{task}]\nlog = \"$$LOG$$\"\n{table}\n";

    private static string Write(TestProfiles files, string text) =>
        files.Write("p.toml", text.Replace("$$LOG$$", Path.Combine(files.Directory, "log.txt").Replace("\\", "/", StringComparison.Ordinal), StringComparison.Ordinal));

    private static string Details(CollectingPipelineEvents events) =>
        string.Join("\n", events.Messages.Where(message => message.Level == MessageLevel.Detail).Select(message => message.Text));

    private const string JsonStorage = "[__setting__.storage]\nreference = \"Tasker.Storage.JsonStorage\"\n[__setting__.storage.kwargs]\npath = \"state.json\"\n";

    [TestMethod]
    public void A_cacheable_entry_runs_once_and_is_restored_the_second_time()
    {
        using var files = new TestProfiles();
        var path = Write(files, JsonStorage + Entry("CachedWorkTask"));

        var (first, firstEvents) = Run(files, path);
        var firstDump = File.ReadAllText(Path.Combine(files.Directory, "state.json"));
        var (second, events) = Run(files, path);

        Assert.IsTrue(first.Succeeded && second.Succeeded, string.Join("; ", events.Diagnostics));
        Assert.AreEqual(1, Invocations(files));
        Assert.AreEqual(new WorkCounts(1, 0, 0, true), first.Work);
        Assert.AreEqual(new WorkCounts(0, 1, 0, true), second.Work);
        Assert.AreEqual(firstDump, File.ReadAllText(Path.Combine(files.Directory, "state.json")), "the restored value is the one the task provided");
        StringAssert.Contains(firstDump, "\"result\": 40");
        StringAssert.Contains(Details(firstEvents), "not in the result cache (no earlier result of it is recorded)");
        StringAssert.Contains(Details(events), "restored from the result cache");
    }

    [TestMethod]
    public void An_entry_left_out_of_the_selection_gives_its_cached_result_to_the_selected_entries_after_it()
    {
        using var files = new TestProfiles();
        var text = JsonStorage + Entry("CachedWorkTask") + Entry("SquareResultTask", options: string.Empty, table: string.Empty);
        var path = Write(files, text);
        var fromSecond = new EntrySelection { From = new EntrySelector("2", "--from") };

        var (whole, _) = Run(files, path);
        var (selected, events) = PipelineHarness.Run(path, options => options with { CacheDirectory = Path.Combine(files.Directory, "cache"), Selection = fromSecond });

        Assert.IsTrue(whole.Succeeded && selected.Succeeded, string.Join("; ", events.Diagnostics));
        Assert.AreEqual(3, Invocations(files), "the second run invokes only the selected entry");
        StringAssert.Contains(Details(events), $"Restored {Support}CachedWorkTask (entry 1) from the result cache: not selected.");
        StringAssert.Contains(File.ReadAllText(Path.Combine(files.Directory, "state.json")), "\"square\": 1600");

        // With its table changed, the left-out entry has no cached result: the entry that needs it fails at its line.
        Write(files, text.Replace("value = 4", "value = 5", StringComparison.Ordinal));
        var (missed, missEvents) = PipelineHarness.Run(path, options => options with { CacheDirectory = Path.Combine(files.Directory, "cache"), Selection = fromSecond });

        Assert.IsFalse(missed.Succeeded);
        StringAssert.Contains(Details(missEvents), $"Skipped {Support}CachedWorkTask (entry 1): not selected.");
        Assert.IsTrue(missEvents.Diagnostics.Any(diagnostic => diagnostic.IsError && diagnostic.Location.Line > 0 && diagnostic.Message.Contains("'result'", StringComparison.Ordinal)), string.Join("; ", missEvents.Diagnostics));
    }

    [TestMethod]
    public void An_entry_without_cache_runs_every_time_and_the_run_does_not_use_the_cache()
    {
        using var files = new TestProfiles();
        var path = Write(files, Entry("CachedWorkTask", options: string.Empty));

        Run(files, path);
        var (second, events) = Run(files, path);

        Assert.AreEqual(2, Invocations(files));
        Assert.IsFalse(second.Work.UsedCache);
        Assert.IsFalse(Directory.Exists(Path.Combine(files.Directory, "cache")), "nothing cacheable, nothing written");
    }

    [TestMethod]
    public void A_task_type_marked_cacheable_is_cached_without_cache_in_its_profile()
    {
        using var files = new TestProfiles();
        var path = Write(files, Entry("MarkedCacheableTask", options: string.Empty));

        Run(files, path);
        Run(files, path);

        Assert.AreEqual(1, Invocations(files));
    }

    [TestMethod]
    public void A_changed_table_runs_again_and_the_detailed_log_says_what_changed()
    {
        using var files = new TestProfiles();
        var path = Write(files, Entry("CachedWorkTask"));
        Run(files, path);
        Write(files, Entry("CachedWorkTask", table: "value = 5"));

        var (result, events) = Run(files, path);

        Assert.AreEqual(2, Invocations(files));
        Assert.AreEqual(1, result.Work.Run);
        StringAssert.Contains(Details(events), "changed since its last result: table");
    }

    [TestMethod]
    public void A_changed_required_value_runs_again()
    {
        using var files = new TestProfiles();
        string Profile(int seed) => $"[[__meta__]]\nreference = \"{Support}SeedTask\"\nprofile = \"s\"\n[s]\nseed = {seed}\n" + Entry("SeededWorkTask");
        var path = Write(files, Profile(1));
        Run(files, path);
        Run(files, path);
        Assert.AreEqual(1, Invocations(files));

        Write(files, Profile(2));
        var (_, events) = Run(files, path);

        Assert.AreEqual(2, Invocations(files));
        StringAssert.Contains(Details(events), "changed since its last result: required values");
    }

    [TestMethod]
    public void A_changed_input_file_runs_again_and_an_unchanged_one_does_not()
    {
        using var files = new TestProfiles();
        files.Write("data/a.csv", "1");
        files.Write("data/b.csv", "2");
        var path = Write(files, Entry("CachedWorkTask", options: "cache = true\ninputs = [\"data/*.csv\"]"));
        Run(files, path);
        File.SetLastWriteTimeUtc(Path.Combine(files.Directory, "data/a.csv"), DateTime.UtcNow.AddMinutes(-5));
        Run(files, path);
        Assert.AreEqual(1, Invocations(files), "touching a file without changing it is no change");

        files.Write("data/b.csv", "3");
        var (_, events) = Run(files, path);

        Assert.AreEqual(2, Invocations(files));
        StringAssert.Contains(Details(events), "changed since its last result: inputs");
    }

    [TestMethod]
    [DoNotParallelize] // A pipeline of another test that ends meanwhile sets the process's variables back to what they were when it began.
    public void A_changed_environment_variable_read_by_the_table_runs_again()
    {
        using var files = new TestProfiles();
        var name = "TASKER_CACHE_TEST_" + Guid.NewGuid().ToString("N");
        try
        {
            Environment.SetEnvironmentVariable(name, "secret-one");
            var path = Write(files, Entry("CachedWorkTask", table: $"value = 4\nnote = \"{name}$E\""));
            var (first, firstEvents) = Run(files, path);
            Assert.IsTrue(first.Succeeded, string.Join("; ", firstEvents.Diagnostics));
            Run(files, path);
            Assert.AreEqual(1, Invocations(files));

            Environment.SetEnvironmentVariable(name, "secret-two");
            var (_, events) = Run(files, path);

            Assert.AreEqual(2, Invocations(files));
            StringAssert.Contains(Details(events), "environment");
            Assert.DoesNotContain("secret-two", Details(events));
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [TestMethod]
    public void A_declared_output_that_is_missing_is_a_warning_and_nothing_is_cached()
    {
        using var files = new TestProfiles();
        var path = Write(files, Entry("CachedWorkTask", options: "cache = true\noutputs = \"out/never.txt\""));

        var (result, events) = Run(files, path);
        Run(files, path);

        Assert.IsTrue(result.Succeeded);
        var warning = events.Diagnostics.Single();
        Assert.AreEqual("TSK7007", warning.Code);
        StringAssert.Contains(warning.Message, "out/never.txt");
        Assert.AreEqual(path, warning.Location.File);
        Assert.AreEqual(2, Invocations(files));
    }

    [TestMethod]
    public void A_restored_entry_needs_its_declared_outputs_to_exist()
    {
        using var files = new TestProfiles();
        files.Write("out/report.txt", "r");
        var path = Write(files, Entry("CachedWorkTask", options: "cache = true\noutputs = [\"out/*.txt\"]"));
        Run(files, path);
        File.Delete(Path.Combine(files.Directory, "out/report.txt"));

        var (_, events) = Run(files, path);

        Assert.AreEqual(2, Invocations(files));
        StringAssert.Contains(Details(events), "declared output 'out/*.txt' does not exist");
    }

    [TestMethod]
    public void A_provided_value_JSON_cannot_write_makes_the_entry_uncacheable_with_a_warning_naming_the_key()
    {
        using var files = new TestProfiles();
        var path = Write(files, $"[[__meta__]]\nreference = \"{Support}UnserializableWriteTask\"\ncache = true\n");

        var (result, events) = Run(files, path);

        Assert.IsTrue(result.Succeeded, string.Join("; ", events.Diagnostics));
        var warning = events.Diagnostics.Single();
        Assert.AreEqual("TSK7003", warning.Code);
        StringAssert.Contains(warning.Message, "'handle'");
        Assert.IsFalse(Directory.Exists(Path.Combine(files.Directory, "cache", "entries")));
    }

    [TestMethod]
    [DataRow("cut")]
    [DataRow("flipped")]
    public void A_damaged_entry_is_a_miss_with_a_warning(string damage)
    {
        using var files = new TestProfiles();
        var path = Write(files, Entry("CachedWorkTask"));
        Run(files, path);
        var entry = Directory.GetFiles(Path.Combine(files.Directory, "cache", "entries")).Single();
        var bytes = File.ReadAllBytes(entry);
        if (damage == "cut")
        {
            File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]);
        }
        else
        {
            var text = Encoding.UTF8.GetString(bytes);
            StringAssert.Contains(text, "\"result\":40");
            File.WriteAllText(entry, text.Replace("\"result\":40", "\"result\":41", StringComparison.Ordinal));
        }

        var (result, events) = Run(files, path);

        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual("TSK7002", events.Diagnostics.Single().Code);
        Assert.AreEqual(2, Invocations(files), "a damaged result is never used");
        var (_, third) = Run(files, path);
        Assert.IsEmpty(third.Diagnostics, "the entry was stored again");
        Assert.AreEqual(2, Invocations(files));
    }

    [TestMethod]
    public void A_cache_folder_that_cannot_be_written_is_one_warning_and_the_run_goes_on()
    {
        using var files = new TestProfiles();
        var blocked = files.Write("not-a-folder", "a file where the cache folder should be");
        var path = Write(files, Entry("CachedWorkTask") + Entry("MarkedCacheableTask"));

        var (result, events) = PipelineHarness.Run(path, options => options with { CacheDirectory = blocked });

        Assert.IsTrue(result.Succeeded, string.Join("; ", events.Diagnostics));
        var warning = events.Diagnostics.Single();
        Assert.AreEqual("TSK7004", warning.Code);
        StringAssert.Contains(warning.Message, blocked);
        Assert.AreEqual(2, Invocations(files));
    }

    [TestMethod]
    [DataRow(10)]
    [DataRow(8_000)]
    [DataRow(100_000)]
    public void A_stored_result_of_any_size_reads_back_whole(int length)
    {
        using var files = new TestProfiles();
        var cache = new ResultCache(Path.Combine(files.Directory, "cache"), CacheSession.DefaultSizeLimit);
        var text = string.Concat(Enumerable.Range(0, length).Select(index => (char)('a' + (index % 26))));
        cache.Write("k", new CachedResult([KeyValuePair.Create("text", "\"" + text + "\"")], ["gone"]));

        var restored = cache.Read("k", out var damage);

        Assert.IsNull(damage);
        Assert.IsNotNull(restored);
        Assert.AreEqual(text, restored.Values.Single().Value);
        Assert.AreEqual("gone", restored.Absent.Single());
    }

    [TestMethod]
    [DataRow(10)]
    [DataRow(100_000)]
    public void A_stored_result_changed_near_its_end_is_damaged(int length)
    {
        using var files = new TestProfiles();
        var cache = new ResultCache(Path.Combine(files.Directory, "cache"), CacheSession.DefaultSizeLimit);
        cache.Write("k", new CachedResult([KeyValuePair.Create("text", "\"" + new string('x', length) + "\"")], []));
        var bytes = File.ReadAllBytes(cache.EntryPath("k"));
        var last = Array.LastIndexOf(bytes, (byte)'x');
        bytes[last] = (byte)'y';
        File.WriteAllBytes(cache.EntryPath("k"), bytes);

        Assert.IsNull(cache.Read("k", out var damage));
        Assert.AreEqual("its content does not match its checksum", damage);
        Assert.IsFalse(File.Exists(cache.EntryPath("k")), "a damaged entry is deleted");
    }

    [TestMethod]
    public void The_cache_drops_the_entries_used_least_recently_beyond_its_size_limit()
    {
        using var files = new TestProfiles();
        var cache = new ResultCache(Path.Combine(files.Directory, "cache"), sizeLimit: 1);
        var result = new CachedResult([KeyValuePair.Create("k", "\"" + new string('x', 100) + "\"")], []);
        foreach (var key in new[] { "k1", "k2", "k3" })
        {
            cache.Write(key, result);
        }

        var size = new FileInfo(cache.EntryPath("k3")).Length;
        File.SetLastWriteTimeUtc(cache.EntryPath("k1"), DateTime.UtcNow.AddHours(-3));
        File.SetLastWriteTimeUtc(cache.EntryPath("k2"), DateTime.UtcNow.AddHours(-2));
        File.SetLastWriteTimeUtc(cache.EntryPath("k3"), DateTime.UtcNow.AddHours(-1));
        Assert.IsNotNull(cache.Read("k2", out _), "a hit makes an entry recent");

        new ResultCache(cache.Directory, sizeLimit: 2 * size).Trim();

        Assert.IsFalse(File.Exists(cache.EntryPath("k1")));
        Assert.IsTrue(File.Exists(cache.EntryPath("k2")));
        Assert.IsTrue(File.Exists(cache.EntryPath("k3")));
    }

    [TestMethod]
    public void Each_fork_branch_is_cached_on_its_own()
    {
        using var files = new TestProfiles();
        string Profile(int first) => JsonStorage + ForkOf(3, cache: "cache = true", valueOfFirst: first);
        var path = Write(files, Profile(1));
        Run(files, path);
        var (second, _) = Run(files, path);
        Assert.AreEqual(new WorkCounts(0, 3, 0, true), second.Work);

        Write(files, Profile(7));
        var (third, events) = Run(files, path);

        Assert.AreEqual(new WorkCounts(1, 2, 0, true), third.Work);
        Assert.AreEqual(4, Invocations(files));
        StringAssert.Contains(Details(events), "[b1] in Tasker.Tasks.ForkTask (entry 1): not in the result cache (changed since its last result: table)");
        StringAssert.Contains(File.ReadAllText(Path.Combine(files.Directory, "state.json")), "\"__fork__/b1/result\": 70");
    }

    [TestMethod]
    public void After_a_failed_run_the_next_restores_the_entries_before_the_failure_and_starts_at_the_failed_one()
    {
        using var files = new TestProfiles();
        var failWhen = Path.Combine(files.Directory, "fail").Replace("\\", "/", StringComparison.Ordinal);
        File.WriteAllText(failWhen, "x");
        var path = Write(files, $"[[__meta__]]\nreference = \"{Support}SeedTask\"\nprofile = \"s\"\ncache = true\n[s]\nseed = 1\n"
            + Entry("SeededWorkTask")
            + $"[[__meta__]]\nreference = \"{Support}CachedWorkTask\"\nprofile = \"last\"\ncache = true\n[last]\nlog = \"$$LOG$$\"\nfail_when = \"{failWhen}\"\n"
            + $"[[__meta__]]\nreference = \"{Support}CachedWorkTask\"\nprofile = \"never\"\n[never]\nlog = \"$$LOG$$\"\n");

        var (failed, _) = Run(files, path);
        File.Delete(failWhen);
        var (resumed, events) = Run(files, path);

        Assert.IsFalse(failed.Succeeded);
        Assert.AreEqual(new WorkCounts(3, 0, 1, true), failed.Work, "seed, seeded work and the failing entry ran; the last did not start");
        Assert.IsTrue(resumed.Succeeded, string.Join("; ", events.Diagnostics));
        Assert.AreEqual(new WorkCounts(2, 2, 0, true), resumed.Work, "seed and seeded work restored; the failed entry and the last ran");
        Assert.AreEqual(4, Invocations(files), "seeded work once, the failing entry twice, the last once");
    }

    [TestMethod]
    public void Four_partitions_and_a_gathering_run_give_the_single_run_s_storage_byte_for_byte()
    {
        using var single = new TestProfiles();
        var profile = JsonStorage + ForkOf(12, cache: "cache = true", valueOfFirst: 1)
            + $"[[__meta__]]\nreference = \"Tasker.Tasks.MapTask\"\nprofile = \"map\"\n[map]\nreference = \"{Support}SquareResultTask\"\ncache = true\nprofile = \"sq\"\n[map.sq]\nlog = \"$$LOG$$\"\n";
        Run(single, Write(single, profile));
        var expected = File.ReadAllBytes(Path.Combine(single.Directory, "state.json"));
        Assert.AreEqual(24, Invocations(single));

        using var shared = new TestProfiles();
        var path = Write(shared, profile);
        for (var index = 1; index <= 4; index++)
        {
            var (share, events) = Run(shared, path, new Partition(index, 4));
            Assert.IsTrue(share.Succeeded, string.Join("; ", events.Diagnostics));
            Assert.AreEqual(24, share.Work.Run + share.Work.Restored + share.Work.Skipped);
        }

        Assert.AreEqual(24, Invocations(shared), "every branch of the fork and the map ran in exactly one partition");
        var (gathered, gatherEvents) = Run(shared, path);

        Assert.IsTrue(gathered.Succeeded, string.Join("; ", gatherEvents.Diagnostics));
        Assert.AreEqual(new WorkCounts(0, 24, 0, true), gathered.Work);
        Assert.AreEqual(24, Invocations(shared), "the gathering run invoked nothing");
        CollectionAssert.AreEqual(expected, File.ReadAllBytes(Path.Combine(shared.Directory, "state.json")));
    }

    [TestMethod]
    public void A_partitioned_run_warns_about_a_fork_that_is_not_cacheable_and_runs_all_its_branches()
    {
        using var files = new TestProfiles();
        var path = Write(files, ForkOf(4, cache: string.Empty, valueOfFirst: 1));

        var (result, events) = Run(files, path, new Partition(2, 3));

        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual("TSK7006", events.Diagnostics.Single().Code);
        Assert.AreEqual(4, Invocations(files), result.Work + string.Join("\n", events.Messages.Select(message => message.Text)));
    }

    [TestMethod]
    [DataRow("1/4", 1, 4)]
    [DataRow("4/4", 4, 4)]
    [DataRow("0/4", 0, 0)]
    [DataRow("5/4", 0, 0)]
    [DataRow("1/0", 0, 0)]
    [DataRow("a/b", 0, 0)]
    [DataRow("1", 0, 0)]
    [DataRow("-1/2", 0, 0)]
    public void A_partition_is_read_from_I_slash_N(string text, int index, int count) =>
        Assert.AreEqual(count == 0 ? null : new Partition(index, count), Partition.Parse(text));

    private static string ForkOf(int branches, string cache, int valueOfFirst)
    {
        var text = new StringBuilder($"[[__meta__]]\nreference = \"Tasker.Tasks.ForkTask\"\nprofile = \"fork\"\n{cache}\n[fork]\nworker = 2\nreference = \"{Support}CachedWorkTask\"\n");
        for (var index = 1; index <= branches; index++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[[fork.tasks]]\nprofile = \"b{index}\"\n");
        }

        for (var index = 1; index <= branches; index++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[fork.b{index}]\nlog = \"$$LOG$$\"\nvalue = {(index == 1 ? valueOfFirst : index)}\n");
        }

        return text.ToString();
    }
}
