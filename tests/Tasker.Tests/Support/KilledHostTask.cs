using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

// Has its process killed with SIGKILL by another process, as the out-of-memory killer would: tests run it only in
// the out-of-process host. Unix only (the killer is kill(1)).
public sealed class KilledHostTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Console.WriteLine("about to be killed");
        using (var killer = Process.Start(new ProcessStartInfo("kill", ["-KILL", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
        {
            killer.WaitForExit();
        }

        Thread.Sleep(Timeout.Infinite);
        return Return.Success;
    }
}
