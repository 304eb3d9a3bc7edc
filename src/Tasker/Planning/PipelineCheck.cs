using Tasker.Diagnostics;
using Tasker.Launcher;

namespace Tasker.Planning;

/// <summary>What checking a profile found: the profile as read, the entries that would run, and every problem.</summary>
internal sealed record PipelineCheck(string ProfilePath, LauncherProfile? Profile, IReadOnlyList<ValidatedStep> Plan, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether a run would start: the profile was read and nothing is an error.</summary>
    public bool Succeeded => Profile is not null && !Diagnostics.Any(diagnostic => diagnostic.IsError);
}
