using Tasker.Diagnostics;

namespace Tasker.Hosting;

/// <summary>
/// One <c>[[__meta__]]</c> entry of a plan. <paramref name="Position"/> is its place among the entries that would run
/// (0 when skipped); a container has a <paramref name="Container"/>.
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
    IReadOnlyList<PlanValue> Values,
    PlanContainer? Container)
{
    /// <summary>Why a skipped entry does not run: <c>execute = false</c>, or the run's selection left it out.</summary>
    public string? SkipReason { get; init; }

    /// <summary>The assembly the task's type comes from; none for a skipped entry, whose task is not looked up.</summary>
    public string? TypeAssembly { get; init; }

    /// <summary>Where the entry's table comes from: <c>file x.toml</c>, <c>[name]</c> or <c>no table</c>.</summary>
    public string TableSource { get; init; } = string.Empty;
}
