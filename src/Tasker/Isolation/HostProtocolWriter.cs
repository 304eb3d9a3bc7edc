using System.Globalization;
using System.Text;
using System.Text.Json;
using Tasker.Diagnostics;

namespace Tasker.Isolation;

/// <summary>Writes one protocol value as one line of JSON (see <see cref="HostProtocol"/>); <see cref="HostProtocolReader"/> reads it back.</summary>
internal static class HostProtocolWriter
{
    public static string Write(HostRequest request) => Write(writer =>
    {
        if (request.Cancel)
        {
            writer.WriteBoolean("cancel", true);
            return;
        }

        writer.WriteString("profilePath", request.ProfilePath);
        writer.WriteString("assemblyPath", request.AssemblyPath);
        WriteStrings(writer, "dependencyPaths", request.DependencyPaths);
        if (request.StateDirectory is not null)
        {
            writer.WriteString("stateDirectory", request.StateDirectory);
        }

        if (request.CacheDirectory is not null)
        {
            writer.WriteString("cacheDirectory", request.CacheDirectory);
        }

        if (request.CacheSizeLimit is { } limit)
        {
            writer.WriteNumber("cacheSizeLimit", limit);
        }

        if (request.Timeout is { } timeout)
        {
            writer.WriteString("timeout", timeout.ToString("c", CultureInfo.InvariantCulture));
        }

        WriteStrings(writer, "secretNames", request.SecretNames);
        if (request.Build is { } build)
        {
            WriteBuild(writer, build);
        }
        WriteOptional(writer, "selectFrom", request.SelectFrom);
        WriteStrings(writer, "selectOnly", request.SelectOnly);
        WriteStrings(writer, "selectSkip", request.SelectSkip);
    });

    public static string Write(HostEvent hostEvent) => Write(writer =>
    {
        writer.WriteString("kind", hostEvent.Kind.ToString());
        if (hostEvent.Kind == HostEventKind.Message)
        {
            writer.WriteString("level", hostEvent.Level.ToString());
        }

        if (hostEvent.Text is not null)
        {
            writer.WriteString("text", hostEvent.Text);
        }

        if (hostEvent.Diagnostic is { } diagnostic)
        {
            writer.WriteStartObject("diagnostic");
            writer.WriteString("code", diagnostic.Code);
            writer.WriteString("severity", diagnostic.Severity.ToString());
            WriteLocation(writer, diagnostic.Location);
            writer.WriteString("message", diagnostic.Message);
            writer.WriteEndObject();
        }

        if (hostEvent.Header is { } header)
        {
            writer.WriteStartObject("header");
            WriteOptional(writer, "schema", header.Schema);
            WriteOptional(writer, "name", header.Name);
            WriteOptional(writer, "author", header.Author);
            WriteOptional(writer, "version", header.Version);
            WriteOptional(writer, "email", header.Email);
            WriteOptional(writer, "abstract", header.Abstract);
            writer.WriteEndObject();
        }

        if (hostEvent.Entry is { } entry)
        {
            writer.WriteStartObject("entry");
            writer.WriteString("reference", entry.Reference);
            writer.WriteString("displayName", entry.DisplayName);
            WriteLocation(writer, entry.Location);
            writer.WriteEndObject();
        }

        switch (hostEvent.Kind)
        {
            case HostEventKind.PipelineStarted:
                writer.WriteNumber("steps", hostEvent.Steps);
                break;
            case HostEventKind.EntryStarted:
                writer.WriteNumber("position", hostEvent.Position);
                writer.WriteNumber("steps", hostEvent.Steps);
                break;
            case HostEventKind.EntryDeclared:
                WriteStrings(writer, "require", hostEvent.Require);
                WriteStrings(writer, "provide", hostEvent.Provide);
                writer.WriteBoolean("isContainer", hostEvent.IsContainer);
                break;
            case HostEventKind.EntryFinished:
                writer.WriteStartObject("outcome");
                writer.WriteNumber("state", (int)hostEvent.Outcome.State);
                writer.WriteBoolean("failed", hostEvent.Outcome.Failed);
                writer.WriteEndObject();
                writer.WriteNumber("elapsedMilliseconds", hostEvent.Elapsed.TotalMilliseconds);
                break;
        }

        if (hostEvent.Result is { } result)
        {
            writer.WriteStartObject("result");
            writer.WriteString("name", result.Name);
            writer.WriteBoolean("succeeded", result.Succeeded);
            writer.WriteBoolean("stoppedByTask", result.StoppedByTask);
            writer.WriteNumber("tasksRun", result.TasksRun);
            writer.WriteNumber("elapsedMilliseconds", result.Elapsed.TotalMilliseconds);
            WriteStrings(writer, "inputFiles", result.InputFiles);
            WriteStrings(writer, "environmentVariables", result.EnvironmentVariables);
            writer.WriteNumber("entriesNotSelected", result.EntriesNotSelected);
            WriteStrings(writer, "declaredInputs", result.DeclaredInputs);
            WriteStrings(writer, "declaredOutputs", result.DeclaredOutputs);
            writer.WriteStartObject("work");
            writer.WriteNumber("run", result.Work.Run);
            writer.WriteNumber("restored", result.Work.Restored);
            writer.WriteNumber("skipped", result.Work.Skipped);
            writer.WriteBoolean("usedCache", result.Work.UsedCache);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    });

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string Write(Action<Utf8JsonWriter> writeProperties)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteBuild(Utf8JsonWriter writer, BuildContext build)
    {
        writer.WriteStartObject("build");
        WriteOptional(writer, "projectFile", build.ProjectFile);
        WriteOptional(writer, "projectDirectory", build.ProjectDirectory);
        WriteOptional(writer, "outputAssembly", build.OutputAssembly);
        WriteOptional(writer, "outputDirectory", build.OutputDirectory);
        WriteOptional(writer, "intermediateDirectory", build.IntermediateDirectory);
        WriteOptional(writer, "configuration", build.Configuration);
        WriteOptional(writer, "targetFramework", build.TargetFramework);
        writer.WriteStartObject("properties");
        foreach (var property in build.Properties)
        {
            writer.WriteString(property.Key, property.Value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter writer, SourceLocation location)
    {
        writer.WriteStartObject("location");
        writer.WriteString("file", location.File);
        writer.WriteNumber("line", location.Line);
        writer.WriteNumber("column", location.Column);
        writer.WriteNumber("endLine", location.EndLine);
        writer.WriteNumber("endColumn", location.EndColumn);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
