using System.Diagnostics;

namespace Tasker.Tests.Support;

/// <summary>
/// What to put before a command a test interrupts with SIGINT, as Ctrl+C does. A process started with SIGINT ignored
/// (a shell's background job, nohup) passes that on to every process it starts, and the runtime keeps it: the test's
/// Ctrl+C would never arrive. GNU env's <c>--default-signal</c> gives the command SIGINT's default handling back.
/// Elsewhere (macOS's env has no such option) the command starts as it is.
/// </summary>
internal static class InterruptibleStart
{
    public static IReadOnlyList<string> Prefix { get; } = Find();

    private static string[] Find()
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }

        try
        {
            using var probe = Process.Start(new ProcessStartInfo("env", ["--default-signal=INT", "true"]) { UseShellExecute = false, RedirectStandardError = true })!;
            probe.StandardError.ReadToEnd();
            probe.WaitForExit();
            return probe.ExitCode == 0 ? ["env", "--default-signal=INT"] : [];
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return [];
        }
    }
}
