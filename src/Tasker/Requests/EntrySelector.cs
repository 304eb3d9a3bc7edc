namespace Tasker.Requests;

/// <summary>
/// One entry named on a command line or in a build property: <c>3</c> (its position, from 1), <c>prepare</c> (its
/// profile name), <c>Example.ExampleTask</c> or <c>ExampleTask</c> (its task), optionally followed by a branch of a
/// fork or map, <c>split[b2]</c>. <paramref name="Option"/> is how the host calls the setting that gave it
/// (<c>--only</c>, <c>TaskerOnly</c>), so that a diagnostic names what the user typed.
/// </summary>
internal sealed record EntrySelector(string Text, string Option)
{
    /// <summary>The part that names the entry.</summary>
    public string Entry => SplitBranch().Entry;

    /// <summary>The branch in brackets, or <see langword="null"/> when the whole entry is meant.</summary>
    public string? Branch => SplitBranch().Branch;

    public override string ToString() => $"{Option} '{Text}'";

    private (string Entry, string? Branch) SplitBranch()
    {
        var text = Text.Trim();
        var open = text.IndexOf('[', StringComparison.Ordinal);
        return open > 0 && text.EndsWith(']')
            ? (text[..open].Trim(), text[(open + 1)..^1].Trim())
            : (text, null);
    }
}
