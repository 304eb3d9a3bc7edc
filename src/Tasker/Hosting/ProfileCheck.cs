using Tasker.Diagnostics;
using Tasker.Planning;

namespace Tasker.Hosting;

/// <summary>What checking a profile found, as a host shows it: every problem, and how many entries would run.</summary>
internal sealed class ProfileCheck(PipelineCheck check)
{
    /// <summary>The check itself, for <see cref="Engine.Preview"/>.</summary>
    internal PipelineCheck Check { get; } = check;

    /// <summary>Whether a run would start: the profile was read and nothing is an error.</summary>
    public bool Succeeded => Check.Succeeded;

    public IReadOnlyList<Diagnostic> Diagnostics => Check.Diagnostics;

    /// <summary>The <c>[[__meta__]]</c> entries of the profile, skipped ones too (0 when it could not be read).</summary>
    public int Entries => Check.Profile?.Entries.Count ?? 0;

    /// <summary>The entries that would run.</summary>
    public int ToRun => Check.Plan.Count(step => step.Selected);

    /// <summary>The entries the run's selection (<c>--only</c>, <c>--from</c>, <c>--skip</c>) leaves out.</summary>
    public int NotSelected => Check.Plan.Count - ToRun;
}
