using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Reads standard input to its end, in its own process and in a child (cat), and logs what it read. Unix only.</summary>
public sealed class InputReadingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var read = Console.In.ReadToEnd();
        var start = new ProcessStartInfo("cat") { UseShellExecute = false };
        using (var child = Process.Start(start)!)
        {
            child.WaitForExit();
        }

        logger.LogInformation("standard input ended after {Count} characters", read.Length);
        return Return.Success;
    }
}
