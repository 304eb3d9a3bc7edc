using System.Globalization;
using System.Text.Json;
using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.Isolation;

/// <summary>
/// Reads the values <see cref="HostProtocolWriter"/> writes. An absent property reads as its default; a property of
/// the wrong kind throws, and <see cref="HostProtocol"/> then treats the line as not being protocol.
/// </summary>
internal static class HostProtocolReader
{
    public static HostRequest ReadRequest(JsonElement value) =>
        Boolean(value, "cancel")
            ? HostRequest.Cancellation
            : new HostRequest
            {
                ProfilePath = String(value, "profilePath") ?? string.Empty,
                AssemblyPath = String(value, "assemblyPath") ?? string.Empty,
                DependencyPaths = Strings(value, "dependencyPaths"),
                StateDirectory = String(value, "stateDirectory"),
                CacheDirectory = String(value, "cacheDirectory"),
                CacheSizeLimit = value.TryGetProperty("cacheSizeLimit", out var limit) ? limit.GetInt64() : null,
                Timeout = String(value, "timeout") is { } timeout ? TimeSpan.ParseExact(timeout, "c", CultureInfo.InvariantCulture) : null,
                SecretNames = Strings(value, "secretNames"),
                Build = value.TryGetProperty("build", out var build) ? Build(build) : null,
                SelectFrom = String(value, "selectFrom"),
                SelectOnly = Strings(value, "selectOnly"),
                SelectSkip = Strings(value, "selectSkip"),
            };

    public static HostEvent ReadEvent(JsonElement value) => new()
    {
        Kind = Enum<HostEventKind>(value, "kind"),
        Level = Enum<MessageLevel>(value, "level"),
        Text = String(value, "text"),
        Diagnostic = value.TryGetProperty("diagnostic", out var diagnostic)
            ? new Diagnostic(String(diagnostic, "code") ?? string.Empty, Enum<DiagnosticSeverity>(diagnostic, "severity"), Location(diagnostic), String(diagnostic, "message") ?? string.Empty)
            : null,
        Header = value.TryGetProperty("header", out var header)
            ? new PipelineHeader(String(header, "schema"), String(header, "name"), String(header, "author"), String(header, "version"), String(header, "email"), String(header, "abstract"))
            : null,
        Entry = value.TryGetProperty("entry", out var entry)
            ? new EntryInfo(String(entry, "reference") ?? string.Empty, String(entry, "displayName") ?? string.Empty, Location(entry))
            : null,
        Position = Number(value, "position"),
        Steps = Number(value, "steps"),
        Require = Strings(value, "require"),
        Provide = Strings(value, "provide"),
        IsContainer = Boolean(value, "isContainer"),
        Outcome = value.TryGetProperty("outcome", out var outcome) ? new TaskOutcome((Return)Number(outcome, "state"), Boolean(outcome, "failed")) : default,
        Elapsed = Milliseconds(value, "elapsedMilliseconds"),
        Result = value.TryGetProperty("result", out var result)
            ? new PipelineResult(
                String(result, "name") ?? string.Empty,
                Boolean(result, "succeeded"),
                Boolean(result, "stoppedByTask"),
                Number(result, "tasksRun"),
                Milliseconds(result, "elapsedMilliseconds"),
                Strings(result, "inputFiles"))
            {
                EnvironmentVariables = Strings(result, "environmentVariables"),
                EntriesNotSelected = Number(result, "entriesNotSelected"),
                DeclaredInputs = Strings(result, "declaredInputs"),
                DeclaredOutputs = Strings(result, "declaredOutputs"),
                Work = result.TryGetProperty("work", out var work) ? new WorkCounts(Number(work, "run"), Number(work, "restored"), Number(work, "skipped"), Boolean(work, "usedCache")) : WorkCounts.None,
            }
            : null,
    };

    private static BuildContext Build(JsonElement build)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (build.TryGetProperty("properties", out var values))
        {
            foreach (var property in values.EnumerateObject())
            {
                properties[property.Name] = property.Value.GetString() ?? string.Empty;
            }
        }

        return new BuildContext
        {
            ProjectFile = String(build, "projectFile"),
            ProjectDirectory = String(build, "projectDirectory"),
            OutputAssembly = String(build, "outputAssembly"),
            OutputDirectory = String(build, "outputDirectory"),
            IntermediateDirectory = String(build, "intermediateDirectory"),
            Configuration = String(build, "configuration"),
            TargetFramework = String(build, "targetFramework"),
            Properties = properties,
        };
    }

    private static TimeSpan Milliseconds(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) ? TimeSpan.FromMilliseconds(value.GetDouble()) : TimeSpan.Zero;

    private static SourceLocation Location(JsonElement owner)
    {
        if (!owner.TryGetProperty("location", out var location))
        {
            return default;
        }

        return new SourceLocation(String(location, "file") ?? string.Empty, Number(location, "line"), Number(location, "column"), Number(location, "endLine"), Number(location, "endColumn"));
    }

    private static string? String(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    private static bool Boolean(JsonElement owner, string name) => owner.TryGetProperty(name, out var value) && value.GetBoolean();

    private static int Number(JsonElement owner, string name) => owner.TryGetProperty(name, out var value) ? value.GetInt32() : 0;

    private static T Enum<T>(JsonElement owner, string name)
        where T : struct =>
        String(owner, name) is { } text && System.Enum.TryParse<T>(text, ignoreCase: false, out var parsed) ? parsed : default;

    private static List<string> Strings(JsonElement owner, string name)
    {
        var values = new List<string>();
        if (owner.TryGetProperty(name, out var array))
        {
            foreach (var item in array.EnumerateArray())
            {
                values.Add(item.GetString() ?? string.Empty);
            }
        }

        return values;
    }
}
