namespace Tasker.Tests.Support;

/// <summary>One line per invocation in a file; branches on several threads append one at a time, so no line is lost.</summary>
internal static class InvocationLog
{
    private static readonly Lock Gate = new();

    public static void Append(string path)
    {
        lock (Gate)
        {
            File.AppendAllText(path, "ran\n");
        }
    }
}
