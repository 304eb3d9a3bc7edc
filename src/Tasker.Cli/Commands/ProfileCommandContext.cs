using System.CommandLine;
using Tasker.Cli.Output;
using Tasker.Hosting;
using Tasker.Requests;

namespace Tasker.Cli.Commands;

/// <summary>What a command over a profile works with: the console, the profile's full path, the task types, the build's state folder and its build context.</summary>
internal sealed record ProfileCommandContext(ParseResult Parse, ConsoleOutput Output, string ProfilePath, TaskSet Tasks, string? StateDirectory, BuildContext? Build, CancellationToken Cancellation)
{
    /// <summary>The part of the pipeline <c>--from</c>, <c>--only</c> and <c>--skip</c> ask for; every entry by default.</summary>
    public EntrySelection Selection { get; init; } = EntrySelection.All;

    /// <summary>Checks the profile as a run would before its first task, and shows what was found.</summary>
    public ProfileCheck CheckAndReport()
    {
        var check = Engine.Check(ProfilePath, Tasks, StateDirectory, Build, Selection);
        foreach (var diagnostic in check.Diagnostics)
        {
            DiagnosticFormat.Write(Output, diagnostic);
        }

        return check;
    }
}
