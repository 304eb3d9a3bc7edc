namespace Tasker.Requests;

/// <summary>
/// The part of a pipeline a run asks for (<c>tasker launch --from/--only/--skip</c>, the build's <c>TaskerOnly</c>,
/// <c>TaskerFrom</c> and <c>TaskerSkip</c>): the entries from <see cref="From"/> on, of those only the <see cref="Only"/>
/// ones when any are named, less the <see cref="Skip"/> ones. A selector with a branch narrows a fork's or map's branches
/// instead of choosing the entry. The plan keeps every entry; the ones left out are "not selected".
/// </summary>
internal sealed record EntrySelection
{
    public static EntrySelection All { get; } = new();

    public EntrySelector? From { get; init; }

    public IReadOnlyList<EntrySelector> Only { get; init; } = [];

    public IReadOnlyList<EntrySelector> Skip { get; init; } = [];

    public bool IsEverything => From is null && Only.Count == 0 && Skip.Count == 0;
}
