using System.Globalization;
using Tasker.Diagnostics;

namespace Tasker.MSBuild.InProcess;

/// <summary>
/// A task that runs in the MSBuild node can leave a thread behind that throws after its pipeline ended; .NET then
/// ends the whole node, and the build stops with the runtime's stack trace and no word of Tasker. This notice comes
/// first, on standard error in MSBuild's error format, and says which setting confines such a task. A stack
/// overflow ends the process before any code can run, so only the README can say it.
/// </summary>
internal static class InProcessCrashNotice
{
    private static readonly object Gate = new();
    private static string? _lastProfile;
    private static bool _watching;

    /// <summary>Remembers the profile that runs now, and starts watching for unhandled exceptions once per process.</summary>
    public static void Watch(string profilePath)
    {
        lock (Gate)
        {
            _lastProfile = profilePath;
            if (!_watching)
            {
                _watching = true;
                AppDomain.CurrentDomain.UnhandledException += (_, args) => Print(args.ExceptionObject);
            }
        }
    }

    /// <summary>The notice for an exception that ends the node after <paramref name="profilePath"/> ran in it.</summary>
    public static string Text(object exception, string profilePath)
    {
        var what = exception is Exception known ? known.GetType().FullName : Convert.ToString(exception, CultureInfo.InvariantCulture);
        var descriptor = DiagnosticCodes.InProcessCrash;
        return $"{profilePath}: error {descriptor.Code}: An unhandled {what} on a background thread ends this MSBuild node, which ran Tasker pipelines in process (the last from this profile). "
            + "If a task of them started that thread, set TaskerIsolation to process (or the Isolation metadata of the profile): in the Tasker host such a crash fails only the running entry (TSK5101) and the build goes on.";
    }

    private static void Print(object exception)
    {
        string? profile;
        lock (Gate)
        {
            profile = _lastProfile;
        }

        if (profile is null)
        {
            return;
        }

        try
        {
            // The process's own standard error, not Console.Error, which a running pipeline may have routed.
            using var error = new StreamWriter(Console.OpenStandardError());
            error.WriteLine(Text(exception, profile));
        }
        catch (IOException)
        {
            // Nowhere left to say it; the runtime prints its own report next.
        }
    }
}
