using System.Text.Json;

namespace Tasker.Isolation;

/// <summary>
/// The task and the out-of-process host talk in JSON lines: requests on the host's standard input, events on its
/// standard output. JSON escapes line breaks inside strings, so one value is always one line. The lines are written
/// and read with System.Text.Json's writer and document, not its serializer: the serializer's first use in a fresh
/// process compiles hundreds of generic methods (measured in a fresh process: about 60 ms to write the first events,
/// as the host does, and 13 ms to read them, as the build node does), and both start cold in every build.
/// </summary>
internal static class HostProtocol
{
    public static string Serialize(HostRequest request) => HostProtocolWriter.Write(request);

    public static string Serialize(HostEvent hostEvent) => HostProtocolWriter.Write(hostEvent);

    public static HostRequest? ReadRequest(string line) => Read(line, HostProtocolReader.ReadRequest);

    public static HostEvent? ReadEvent(string line) => Read(line, HostProtocolReader.ReadEvent);

    /// <summary>Returns <see langword="null"/> for a line that is not a protocol value, so a stray line never stops a build.</summary>
    private static T? Read<T>(string line, Func<JsonElement, T> read)
        where T : class
    {
        if (line.Length == 0 || line[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object ? read(document.RootElement) : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
