using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Profiles;

namespace Tasker.Launcher;

/// <summary>One <c>[[__meta__]]</c> entry: which task runs, with which profile table.</summary>
internal sealed record MetaEntry(
    int Index,
    SourceLocation Location,
    string Reference,
    SourceLocation ReferenceLocation,
    bool Include,
    string? Path,
    SourceLocation PathLocation,
    string? ProfileName,
    SourceLocation ProfileNameLocation,
    bool Execute,
    int MaxRetries,
    TimeSpan? Timeout,
    ProfileTable Table)
{
    public const int DefaultMaxRetries = 3;

    private string? _displayName;
    private EntryInfo? _info;

    /// <summary>How the entry is named in messages: its reference and its one-based position.</summary>
    public string DisplayName => _displayName ??= $"{Reference} (entry {Index + 1})";

    /// <summary>What events say about this entry.</summary>
    public EntryInfo Info => _info ??= new(Reference, DisplayName, Location);
}
