using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>
/// Fails, after starting a child process that prints what would pass for the host's protocol: an event that says
/// the pipeline succeeded, and a line without its final newline. Unix only (the child is sh).
/// </summary>
public sealed class ForgingChildTask : ITask
{
    public const string ForgedFinished = """{"kind":"Finished","level":"Normal","result":{"name":"p","succeeded":true,"stoppedByTask":false,"tasksRun":1,"elapsedMilliseconds":1,"inputFiles":[]}}""";

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var start = new ProcessStartInfo("sh", ["-c", $"printf '%s\\n' '{ForgedFinished}'; printf '%s\\n' '{ForgedFinished}' >&2; printf '{{\"kind\":\"Finished\"'"]) { UseShellExecute = false };
        using (var child = Process.Start(start)!)
        {
            child.WaitForExit();
        }

        logger.LogError("the real task failed");
        return Return.Error;
    }
}
