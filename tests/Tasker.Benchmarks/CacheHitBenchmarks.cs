using BenchmarkDotNet.Attributes;
using Tasker.Caching;
using Tasker.Diagnostics;
using Tasker.Execution;
using Tasker.Profiles;
using Tasker.Storage;

namespace Tasker.Benchmarks;

/// <summary>
/// The cost of a result cache hit per entry (issue: at most 20 µs): working out the key of an entry with a small
/// table, one required value and two provided values, reading its stored result and restoring it into the storage.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class CacheHitBenchmarks
{
    private readonly MemoryStorageBackend _backend = new();
    private CacheSession? _session;
    private CacheSubject? _subject;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(BenchmarkProfiles.Directory, "cache-hit");
        var profile = Path.Combine(folder, "entry.toml");
        Directory.CreateDirectory(folder);
        File.WriteAllText(profile, "[t]\nname = \"report\"\nlimit = 25\nratio = 0.5\ntags = [\"a\", \"b\"]\n");
        var table = (ProfileTable)TomlProfileReader.ReadFile(profile).Fields.Single(field => field.Key == "t").Value.Raw;
        _subject = new CacheSubject(profile + "#1", "entry 1", SourceLocation.OfFile(profile), typeof(NoOpTask), "Tasker.Benchmarks.NoOpTask", table, table, ["input"], ["count", "names"], [], [], []);
        _session = new CacheSession(new ResultCache(Path.Combine(folder, "cache"), CacheSession.DefaultSizeLimit), new NullPipelineEvents());
        _backend.Set("input", 42L);
        var key = _session.Probe(_subject, _backend)!;
        _backend.Set("count", 3L);
        _backend.Set("names", new List<string> { "x", "y", "z" });
        _session.Store(_subject, key, _backend);
        _key = key.Value;
    }

    private string _key = string.Empty;

    [Benchmark]
    public bool Hit() => _session!.TryRestore(_subject!, _backend);

    /// <summary>The part of a hit that works out the key.</summary>
    [Benchmark]
    public string Key_only() => _session!.Probe(_subject!, _backend)!.Value;

    /// <summary>The part of a hit that reads and checks the stored file.</summary>
    [Benchmark]
    public int Read_only() => _session!.Cache.Read(_key, out _)!.Values.Count;

    /// <summary>The floor the file system sets: reading the same small file with nothing else done.</summary>
    [Benchmark]
    public int Plain_file_read() => File.ReadAllBytes(_session!.Cache.EntryPath(_key)).Length;
}
