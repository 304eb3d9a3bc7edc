using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text;
using Microsoft.Extensions.FileSystemGlobbing;
using Tasker.Caching;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Launcher;
using Tasker.Planning;
using Tasker.Profiles;
using Tasker.Profiles.Values;
using Tasker.Requests;
using Tasker.Storage;
using Tasker.TaskLookup;

namespace Tasker.Execution;

/// <summary>
/// The result cache as one run uses it. For a cacheable entry or branch it works out the key (the task type and the
/// content of its assembly, the resolved table, the values of the required keys, the content of the declared inputs,
/// the <c>$E</c> variables the table reads, Tasker's version), restores a stored result instead of invoking the task,
/// or stores what the task provided after it succeeded. Problems with the cache are warnings: the run goes on as if
/// there were no cache, and never takes a wrong result.
/// </summary>
internal sealed class CacheSession(ResultCache cache, IPipelineEvents events)
{
    /// <summary>Where the cache lives when the host names no folder: beside the run's state, else beside the profile.</summary>
    public const string DefaultFolderName = "tasker-cache";

    /// <summary>The default bound of the cache folder: 1 GiB.</summary>
    public const long DefaultSizeLimit = 1L << 30;

    private static readonly ConcurrentDictionary<Assembly, string> AssemblyHashes = new();
    private static readonly ConcurrentDictionary<Type, string> TypeNames = new();
    private static readonly string TaskerVersion =
        typeof(ITask).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? typeof(ITask).Assembly.GetName().Version?.ToString() ?? "unknown";

    // Keyed by a record class: a tuple key holding a long and a DateTime is generic code no precompiled image holds.
    private readonly ConcurrentDictionary<FileStamp, string> _fileHashes = new();
    private int _stored;
    private int _unavailable;

    public ResultCache Cache { get; } = cache;

    /// <summary>This run's share of the cacheable forks' and maps' branches; <see langword="null"/> runs them all.</summary>
    public Partition? Partition { get; init; }

    public static CacheSession Open(PipelineOptions options, IPipelineEvents events)
    {
        var directory = options.CacheDirectory
            ?? (options.StateDirectory is { } state
                ? Path.Combine(state, DefaultFolderName)
                : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.ProfilePath)) ?? ".", "obj", DefaultFolderName));
        return new CacheSession(new ResultCache(directory, options.CacheSizeLimit ?? DefaultSizeLimit), events) { Partition = options.Partition };
    }

    /// <summary>
    /// An entry (outside a container) as the cache sees it, once its task declared its keys; <see langword="null"/>
    /// when the entry is not cacheable (neither <c>cache = true</c> nor <see cref="TaskerCacheableAttribute"/>).
    /// </summary>
    public static CacheSubject? EntrySubject(ValidatedStep step, string profileFile, Profile table, (IReadOnlyList<string> Require, IReadOnlyList<string> Provide, IReadOnlyList<string> Remove) keys)
    {
        var entry = step.Entry;
        return step.IsCacheable
            ? new CacheSubject($"{profileFile}#{entry.Index + 1}", entry.DisplayName, entry.Location, step.Activator.DefiningType, entry.Reference, table.Table, step.TaskTable, keys.Require, keys.Provide, keys.Remove, entry.Inputs, entry.Outputs)
            : null;
    }

    /// <summary>
    /// The call for a runner that only wants the subject's stored result, if any: true when it was restored into
    /// <paramref name="backend"/> (the task need not run).
    /// </summary>
    public bool TryRestore(CacheSubject subject, IStorageBackend backend) =>
        Probe(subject, backend) is { } key && TryRestore(subject, key, backend);

    /// <summary>The subject's key; <see langword="null"/> (with a warning) when a required value cannot be written as JSON.</summary>
    public CacheKey? Probe(CacheSubject subject, IStorageBackend backend)
    {
        var key = new CacheKey()
            .Add("task type", string.Concat(subject.Reference, "\n", TypeNames.GetOrAdd(subject.DefiningType, static type => type.AssemblyQualifiedName ?? type.FullName ?? type.Name)))
            .Add("task assembly", AssemblyHash(subject.DefiningType.Assembly))
            .Add("table", CanonicalText.Of(subject.Table))
            .Add("environment", EnvironmentText(subject.WrittenTable))
            .Add("inputs", InputsText(subject.Inputs))
            .Add("Tasker version", TaskerVersion);
        var required = new StringBuilder();
        foreach (var name in subject.Require.Order(StringComparer.Ordinal))
        {
            required.Append(name.Length).Append(':').Append(name).Append('=');
            object? value = null;
            try
            {
                required.Append(backend.TryGet(name, out value) ? CanonicalText.Json(value) : "<absent>").Append('\n');
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
            {
                events.Report(Diagnostic.Warning(
                    DiagnosticCodes.CacheValueUnwritable,
                    subject.Location,
                    $"{subject.DisplayName} is not cached: the storage key '{name}' it requires holds a {value?.GetType().Name} that cannot be written as JSON ({exception.Message}). Store a value JSON can hold, or drop 'cache'."));
                return null;
            }
        }

        return key.Add("required values", required.ToString());
    }

    /// <summary>Restores the result stored under <paramref name="key"/>; false (a miss, explained in the detailed log) otherwise.</summary>
    public bool TryRestore(CacheSubject subject, CacheKey key, IStorageBackend backend)
    {
        RestoredResult? stored;
        string? damage;
        try
        {
            stored = Cache.Read(key.Value, out damage);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ReportUnavailable(subject.Location, exception);
            return false;
        }

        if (damage is not null)
        {
            events.Report(Diagnostic.Warning(
                DiagnosticCodes.CacheEntryDamaged,
                subject.Location,
                $"The cached result of {subject.DisplayName} is damaged ({damage}); it was deleted and the task runs. The cache file was {Cache.EntryPath(key.Value)}."));
            return false;
        }

        if (stored is null)
        {
            events.Message(MessageLevel.Detail, $"{subject.DisplayName}: not in the result cache ({MissReason(subject, key)}).");
            return false;
        }

        if (MissingOutput(subject.Outputs) is { } missing)
        {
            events.Message(MessageLevel.Detail, $"{subject.DisplayName}: not taken from the result cache: its declared output '{missing.Pattern}' does not exist.");
            return false;
        }

        foreach (var (name, value) in stored.Values)
        {
            backend.Set(name, value);
        }

        foreach (var name in stored.Absent)
        {
            backend.Delete(name);
        }

        events.Message(MessageLevel.Detail, $"{subject.DisplayName}: restored from the result cache.");
        return true;
    }

    /// <summary>Stores what the subject left in <paramref name="backend"/> after it succeeded; warns and stores nothing when that cannot be cached.</summary>
    public void Store(CacheSubject subject, CacheKey key, IStorageBackend backend)
    {
        if (MissingOutput(subject.Outputs) is { } missing)
        {
            events.Report(Diagnostic.Warning(
                DiagnosticCodes.CacheOutputMissing,
                missing.Location,
                $"{subject.DisplayName} is not cached: its declared output '{missing.Pattern}' does not exist after it ran. Correct 'outputs', or make the task write it."));
            return;
        }

        var values = new List<KeyValuePair<string, string>>();
        var absent = new List<string>();
        foreach (var name in subject.Provide.Concat(subject.Remove).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!backend.TryGet(name, out var value))
            {
                absent.Add(name);
                continue;
            }

            try
            {
                values.Add(KeyValuePair.Create(name, CanonicalText.Json(value)));
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
            {
                events.Report(Diagnostic.Warning(
                    DiagnosticCodes.CacheValueUnwritable,
                    subject.Location,
                    $"{subject.DisplayName} is not cached: the value it provided under the storage key '{name}' (a {value?.GetType().Name}) cannot be written as JSON ({exception.Message}). Provide a value JSON can hold, or drop 'cache'."));
                return;
            }
        }

        try
        {
            Cache.Write(key.Value, new CachedResult(values, absent));
            Cache.WriteManifest(subject.Identity, key.Parts);
            Interlocked.Increment(ref _stored);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ReportUnavailable(subject.Location, exception);
        }
    }

    /// <summary>Keeps the cache folder within its bound once the run is over (only when the run stored something).</summary>
    public void Finish()
    {
        if (Volatile.Read(ref _stored) == 0)
        {
            return;
        }

        try
        {
            Cache.Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ReportUnavailable(SourceLocation.OfFile(Cache.Directory), exception);
        }
    }

    private string MissReason(CacheSubject subject, CacheKey key)
    {
        var earlier = Cache.ReadManifest(subject.Identity);
        if (earlier is null)
        {
            return "no earlier result of it is recorded";
        }

        var changed = key.ChangedSince(earlier);
        return changed.Count == 0
            ? "its last result is no longer in the cache"
            : $"changed since its last result: {string.Join(", ", changed)}";
    }

    private void ReportUnavailable(SourceLocation location, Exception exception)
    {
        if (Interlocked.Exchange(ref _unavailable, 1) == 0)
        {
            events.Report(Diagnostic.Warning(
                DiagnosticCodes.CacheUnavailable,
                location,
                $"The result cache in '{Cache.Directory}' cannot be used ({exception.Message}); entries run as if it were empty. Set TaskerCacheDirectory (or --cache-dir) to a folder this build can write."));
        }
    }

    private static string AssemblyHash(Assembly assembly) =>
        AssemblyHashes.GetOrAdd(assembly, static assembly =>
        {
            // Assemblies loaded from bytes (a project's tasks in a build) have no file: their module id is derived from
            // their content by the deterministic compiler, so it changes exactly when the bytes do.
            var location = assembly.IsDynamic ? string.Empty : assembly.Location;
            return !string.IsNullOrEmpty(location) && File.Exists(location)
                ? ContentHash.OfFile(location)
                : assembly.ManifestModule.ModuleVersionId.ToString("N");
        });

    private string InputsText(IReadOnlyList<DeclaredFiles> inputs)
    {
        var text = new StringBuilder();
        foreach (var input in inputs)
        {
            text.Append(input.Pattern).Append('\n');
            foreach (var (relative, full) in Expand(input))
            {
                text.Append(' ').Append(relative).Append(' ').Append(FileHash(full)).Append('\n');
            }
        }

        return text.ToString();
    }

    private string FileHash(string path)
    {
        var info = new FileInfo(path);
        return _fileHashes.GetOrAdd(new FileStamp(info.FullName, info.Length, info.LastWriteTimeUtc), static key => ContentHash.OfFile(key.Path));
    }

    /// <summary>The files a pattern names, relative to its profile's folder in '/' form, in ordinal order.</summary>
    private static IEnumerable<(string Relative, string Full)> Expand(DeclaredFiles declared)
    {
        if (!declared.IsGlob)
        {
            var full = Path.GetFullPath(Path.Combine(declared.BaseDirectory, declared.Pattern));
            return File.Exists(full) ? [(declared.Pattern, full)] : [];
        }

        // The segments before the first wildcard are a folder (possibly outside the profile's, '../data/*.csv').
        var segments = declared.Pattern.Split('/');
        var fixedCount = segments.TakeWhile(segment => segment.IndexOfAny(['*', '?', '[']) < 0).Count();
        var root = Path.GetFullPath(Path.Combine(declared.BaseDirectory, string.Join('/', segments.Take(fixedCount))));
        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments.Skip(fixedCount)));
        var prefix = string.Join('/', segments.Take(fixedCount));
        return matcher.GetResultsInFullPath(root)
            .Select(full => (Relative: (prefix.Length == 0 ? string.Empty : prefix + "/") + Path.GetRelativePath(root, full).Replace('\\', '/'), Full: full))
            .OrderBy(file => file.Relative, StringComparer.Ordinal)
            .ToList();
    }

    private static DeclaredFiles? MissingOutput(IReadOnlyList<DeclaredFiles> outputs) =>
        outputs.FirstOrDefault(output => output.IsGlob
            ? !Expand(output).Any()
            : !File.Exists(Path.Combine(output.BaseDirectory, output.Pattern)) && !Directory.Exists(Path.Combine(output.BaseDirectory, output.Pattern)));

    /// <summary>The variables the table's <c>$E</c> values read, with a hash of each value (a value is never kept or shown).</summary>
    private static string EnvironmentText(ProfileTable written)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        CollectEnvironmentNames(written, names);
        return string.Concat(names.Select(name => $"{name}={ContentHash.Of(Environment.GetEnvironmentVariable(name) ?? "\0unset")}\n"));
    }

    private static void CollectEnvironmentNames(object raw, SortedSet<string> names)
    {
        switch (raw)
        {
            case ProfileTable table:
                foreach (var field in table.Fields)
                {
                    if (field.Value.Raw is string text)
                    {
                        AddEnvironmentName(text, field.Value.Location, names);
                    }
                    else
                    {
                        CollectEnvironmentNames(field.Value.Raw, names);
                    }
                }

                break;
            case ProfileArray array:
                foreach (var item in array.Items)
                {
                    if (item.Raw is string text)
                    {
                        AddEnvironmentName(text, item.Location, names);
                    }
                    else
                    {
                        CollectEnvironmentNames(item.Raw, names);
                    }
                }

                break;
        }
    }

    private static void AddEnvironmentName(string text, SourceLocation location, SortedSet<string> names)
    {
        try
        {
            if (TypedValueParser.Parse(text, location, out _) is { Suffix: ValueSuffix.Environment } typed)
            {
                names.Add(typed.EnvironmentName);
            }
        }
        catch (DiagnosticException)
        {
            // The check before the run reported it; a value that does not parse reads no variable.
        }
    }

    private sealed record FileStamp(string Path, long Length, DateTime Written);
}
