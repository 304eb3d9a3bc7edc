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

        if (request.Timeout is { } timeout)
        {
            writer.WriteString("timeout", timeout.ToString("c", CultureInfo.InvariantCulture));
        }

        WriteStrings(writer, "secretNames", request.SecretNames);
    });

    public static string Write(HostEvent hostEvent) => Write(writer =>
    {
        writer.WriteString("kind", hostEvent.Kind.ToString());
        writer.WriteString("level", hostEvent.Level.ToString());
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

        if (hostEvent.Entry is { } entry)
        {
            writer.WriteStartObject("entry");
            writer.WriteString("displayName", entry.DisplayName);
            WriteLocation(writer, entry.Location);
            writer.WriteEndObject();
        }

        if (hostEvent.Result is { } result)
        {
            writer.WriteStartObject("result");
            writer.WriteString("name", result.Name);
            writer.WriteBoolean("succeeded", result.Succeeded);
            writer.WriteBoolean("stoppedByTask", result.StoppedByTask);
            writer.WriteNumber("tasksRun", result.TasksRun);
            writer.WriteNumber("elapsedMilliseconds", result.ElapsedMilliseconds);
            WriteStrings(writer, "inputFiles", result.InputFiles);
            WriteStrings(writer, "environmentVariables", result.EnvironmentVariables);
            writer.WriteEndObject();
        }
    });

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
