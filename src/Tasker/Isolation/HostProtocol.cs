using System.Text.Json;

namespace Tasker.Isolation;

/// <summary>
/// The task and the out-of-process host talk in JSON lines: requests on the host's standard input, events on its
/// standard output. JSON escapes line breaks inside strings, so one value is always one line.
/// </summary>
internal static class HostProtocol
{
    public static string Serialize(HostRequest request) => JsonSerializer.Serialize(request, HostProtocolContext.Default.HostRequest);

    public static string Serialize(HostEvent hostEvent) => JsonSerializer.Serialize(hostEvent, HostProtocolContext.Default.HostEvent);

    public static HostRequest? ReadRequest(string line) => Read(line, text => JsonSerializer.Deserialize(text, HostProtocolContext.Default.HostRequest));

    public static HostEvent? ReadEvent(string line) => Read(line, text => JsonSerializer.Deserialize(text, HostProtocolContext.Default.HostEvent));

    /// <summary>Returns <see langword="null"/> for a line that is not a protocol value, so a stray line never stops a build.</summary>
    private static T? Read<T>(string line, Func<string, T?> deserialize)
        where T : class
    {
        if (line.Length == 0 || line[0] != '{')
        {
            return null;
        }

        try
        {
            return deserialize(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
