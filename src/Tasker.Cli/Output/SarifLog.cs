using System.Text;
using System.Text.Json;
using Tasker.Cli.Ci;
using Tasker.Diagnostics;

namespace Tasker.Cli.Output;

/// <summary>
/// Diagnostics as a SARIF 2.1.0 log, the format code-scanning services (GitHub's among them) upload. Written with the
/// runtime's JSON writer: the SARIF SDK package is not served here, and the subset a checker needs is small.
/// Paths under <c>rootDirectory</c> are relative to <c>%SRCROOT%</c>, as uploaders expect.
/// </summary>
internal static class SarifLog
{
    private const string SourceRoot = "%SRCROOT%";

    public static string Write(IReadOnlyList<Diagnostic> diagnostics, string rootDirectory, string toolVersion)
    {
        var descriptions = DiagnosticCodes.All.ToDictionary(descriptor => descriptor.Code, descriptor => descriptor.Title, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "tasker");
            json.WriteString("version", toolVersion);
            json.WriteStartArray("rules");
            foreach (var code in diagnostics.Select(diagnostic => diagnostic.Code).Distinct().Order(StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", code);
                if (descriptions.TryGetValue(code, out var description))
                {
                    json.WriteStartObject("shortDescription");
                    json.WriteString("text", description);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(rootDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                WriteResult(json, diagnostic, rootDirectory);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, string rootDirectory)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteString("level", diagnostic.IsError ? "error" : "warning");
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();

        var location = diagnostic.Location;
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var relative = CiLog.RelativeTo(rootDirectory, location.File);
        if (Path.IsPathFullyQualified(relative))
        {
            json.WriteString("uri", new Uri(relative).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
        if (location.HasPosition)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Line);
            json.WriteNumber("startColumn", Math.Max(1, location.Column));
            if (location.EndLine > 0)
            {
                json.WriteNumber("endLine", location.EndLine);
                json.WriteNumber("endColumn", Math.Max(1, location.EndColumn));
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
