namespace Tasker.Tests.Support.Hostile;

/// <summary>One generated hostile task: what it declares and does (see <see cref="ScriptedTask"/>).</summary>
public sealed record TaskScript
{
    public IReadOnlyList<string?>? Require { get; init; } = [];

    public IReadOnlyList<string?>? Provide { get; init; } = [];

    public IReadOnlyList<string?>? Remove { get; init; } = [];

    public IReadOnlyList<Definition?> Definitions { get; init; } = [];

    public string? ThrowAt { get; init; }

    public bool Unprintable { get; init; }

    public string? Log { get; init; }

    public string? Write { get; init; }

    public string? Read { get; init; }

    public int State { get; init; }
}
