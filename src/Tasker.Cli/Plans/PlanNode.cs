using Tasker.Diagnostics;

namespace Tasker.Cli.Plans;

/// <summary>
/// One <c>[[__meta__]]</c> entry of a plan as the machine-readable formats show it. <paramref name="Position"/> is
/// its place among the entries that would run (0 when skipped); a container has a <paramref name="Container"/>.
/// </summary>
internal sealed record PlanNode(
    string Id,
    int Position,
    string Name,
    string Type,
    SourceLocation Location,
    bool Skipped,
    IReadOnlyList<string> Require,
    IReadOnlyList<string> Provide,
    IReadOnlyList<string> Remove,
    IReadOnlyList<KeyValuePair<string, string>> Values,
    PlanContainer? Container)
{
    /// <summary>Why a skipped entry does not run: <c>execute = false</c>, or the run's selection left it out.</summary>
    public string? SkipReason { get; init; }
}
