using System.Globalization;
using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Requests;

namespace Tasker.Planning;

/// <summary>
/// Matches the entries a run asks for (<see cref="EntrySelection"/>) to a profile's <c>[[__meta__]]</c> entries: by
/// position (from 1), profile name, or task (its full reference or the name after the last dot). A name several
/// entries share is an error listing them; an unknown one an error with the nearest names. Errors point at the profile,
/// the file the selection is about.
/// </summary>
internal static class SelectionResolver
{
    /// <summary>The selection for <paramref name="profile"/>; <see langword="null"/> when an error was added.</summary>
    public static ResolvedSelection? Resolve(LauncherProfile profile, EntrySelection selection, ICollection<Diagnostic> diagnostics)
    {
        if (selection.IsEverything)
        {
            return ResolvedSelection.Everything;
        }

        var errorsBefore = diagnostics.Count(diagnostic => diagnostic.IsError);
        var location = SourceLocation.OfFile(profile.File);
        var notSelected = new HashSet<int>();
        var branchOnly = new Dictionary<int, List<EntrySelector>>();
        var branchSkip = new Dictionary<int, List<EntrySelector>>();

        if (selection.From is { } from && Find(profile, from, location, diagnostics) is { } first)
        {
            if (from.Branch is not null)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.EntrySelectorInvalid,
                    location,
                    $"{from} names a branch, but a run starts at an entry. Use {from.Option} '{from.Entry}' and narrow its branches with --only/TaskerOnly '{from.Text}'."));
            }

            notSelected.UnionWith(profile.Entries.Where(entry => entry.Index < first.Index).Select(entry => entry.Index));
        }

        var only = new HashSet<int>();
        foreach (var selector in selection.Only)
        {
            if (Find(profile, selector, location, diagnostics) is not { } entry)
            {
                continue;
            }

            only.Add(entry.Index);
            if (!entry.Execute)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.EntrySelectorInvalid,
                    entry.Location,
                    $"{selector} selects {entry.DisplayName}, which has 'execute = false' and never runs. Set 'execute = true' on the entry, or leave it out of {selector.Option}."));
            }

            if (selector.Branch is not null)
            {
                Add(branchOnly, entry.Index, selector);
            }
        }

        if (only.Count > 0)
        {
            notSelected.UnionWith(profile.Entries.Where(entry => !only.Contains(entry.Index)).Select(entry => entry.Index));
        }

        foreach (var selector in selection.Skip)
        {
            if (Find(profile, selector, location, diagnostics) is not { } entry)
            {
                continue;
            }

            if (selector.Branch is null)
            {
                notSelected.Add(entry.Index);
            }
            else
            {
                Add(branchSkip, entry.Index, selector);
            }
        }

        if (diagnostics.Count(diagnostic => diagnostic.IsError) > errorsBefore)
        {
            return null;
        }

        if (profile.Entries.All(entry => !entry.Execute || notSelected.Contains(entry.Index)))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.EntrySelectorInvalid,
                location,
                $"The selection ({Describe(selection)}) leaves no entry of the profile to run. Select at least one entry that has 'execute = true'."));
            return null;
        }

        var branches = branchOnly.Keys.Union(branchSkip.Keys).ToDictionary(
            index => index,
            index => new BranchSelection(branchOnly.GetValueOrDefault(index) ?? [], branchSkip.GetValueOrDefault(index) ?? []));
        return new ResolvedSelection(notSelected, branches);
    }

    private static MetaEntry? Find(LauncherProfile profile, EntrySelector selector, SourceLocation location, ICollection<Diagnostic> diagnostics)
    {
        var name = selector.Entry;
        if (name.Length == 0 || selector.Branch is { Length: 0 })
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.EntrySelectorInvalid,
                location,
                $"{selector} names no entry. Give an entry's position (1 to {profile.Entries.Count}), profile name or task name, and a branch as ENTRY[branch]."));
            return null;
        }

        if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            if (position >= 1 && position <= profile.Entries.Count)
            {
                return profile.Entries[position - 1];
            }

            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.EntrySelectorUnknown,
                location,
                $"{selector} is no entry's position: the profile has {profile.Entries.Count} {(profile.Entries.Count == 1 ? "entry" : "entries")}, numbered from 1."));
            return null;
        }

        var matches = profile.Entries.Where(entry => NamesOf(entry).Contains(name, StringComparer.Ordinal)).ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }

        if (matches.Count > 1)
        {
            var candidates = string.Join("; ", matches.Select(entry => $"{entry.Index + 1}: {entry.DisplayName}{(entry.ProfileName is { Length: > 0 } table ? $", profile '{table}'" : string.Empty)} at line {entry.Location.Line}"));
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.EntrySelectorAmbiguous,
                location,
                $"{selector} names {matches.Count} entries ({candidates}). Name one by its position or its profile name instead."));
            return null;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.EntrySelectorUnknown,
            location,
            $"{selector} names no entry of the profile. Name an entry by its position (1 to {profile.Entries.Count}), its profile name or its task name.{Suggestions.DidYouMean(name, profile.Entries.SelectMany(NamesOf))}"));
        return null;
    }

    // Every name an entry answers to: its profile table's name, its task's full reference and that reference's last part.
    private static IEnumerable<string> NamesOf(MetaEntry entry)
    {
        if (entry.ProfileName is { Length: > 0 } table)
        {
            yield return table;
        }

        yield return entry.Reference;
        var dot = entry.Reference.LastIndexOf('.');
        if (dot >= 0 && dot < entry.Reference.Length - 1)
        {
            yield return entry.Reference[(dot + 1)..];
        }
    }

    private static void Add(Dictionary<int, List<EntrySelector>> branches, int index, EntrySelector selector)
    {
        if (!branches.TryGetValue(index, out var list))
        {
            branches[index] = list = [];
        }

        list.Add(selector);
    }

    private static string Describe(EntrySelection selection) =>
        string.Join(", ", new[] { selection.From }.OfType<EntrySelector>().Concat(selection.Only).Concat(selection.Skip));
}
