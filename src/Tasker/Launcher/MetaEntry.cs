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

    /// <summary>Whether the profile opted this entry (a container: each of its branches) into the result cache.</summary>
    public bool Cache { get; init; }

    /// <summary>The files the entry reads besides its table and storage keys: part of its cache key.</summary>
    public IReadOnlyList<DeclaredFiles> Inputs { get; init; } = [];

    /// <summary>The files the entry writes: a cache hit needs every one of them to exist.</summary>
    public IReadOnlyList<DeclaredFiles> Outputs { get; init; } = [];

    private string? _displayName;
    private EntryInfo? _info;

    /// <summary>How the entry is named in messages: its reference and its one-based position.</summary>
    public string DisplayName => _displayName ??= $"{Reference} (entry {Index + 1})";

    /// <summary>What events say about this entry.</summary>
    public EntryInfo Info => _info ??= new(Reference, DisplayName, Location);
}
