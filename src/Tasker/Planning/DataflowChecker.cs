using Tasker.Diagnostics;

namespace Tasker.Planning;

/// <summary>
/// Walks the executing entries in order and checks that every key a task requires is there when it runs: provided
/// by an earlier task (or present in the storage at the start), and not removed since. A key the task provides
/// itself counts as available to it, as the storage view lets a task read what it provides. Removing a key that is
/// not there is harmless and not reported. A container counts with what it does outside its branches: a fork or map
/// nothing (its tasks write into the branches), a reduce its accumulators. A step whose keys cannot be known before
/// the run (no declarations) ends the reporting of missing keys. An entry the run's selection leaves out provides
/// nothing, unless it is cacheable (its result is restored from the cache); a key only it would
/// provide is reported naming it, so the user can add it to the selection, and so is a map or reduce whose fork is
/// left out (unless the storage held branches at the start).
/// </summary>
internal static class DataflowChecker
{
    public static void Check(IEnumerable<DataflowStep> steps, IEnumerable<string> keysAtStart, ICollection<Diagnostic> diagnostics)
    {
        var available = new HashSet<string>(keysAtStart, StringComparer.Ordinal);
        var removedBy = new Dictionary<string, DataflowStep>(StringComparer.Ordinal);
        var notSelectedProviders = new Dictionary<string, DataflowStep>(StringComparer.Ordinal);
        DataflowStep? notSelectedContainer = null;
        DataflowStep? notSelectedFork = null;
        var branchesMade = available.Contains(IContainerCheck.ForkBranchListKey);
        var anythingMayBeProvided = false;

        // The keys every branch of the last fork holds; null while that is unknown (no fork checked, or one whose
        // task's keys are known only at run time).
        HashSet<string>? inBranches = null;
        foreach (var step in steps)
        {
            if (step.BranchUse != ForkBranchUse.None && !step.Selected)
            {
                inBranches = null;
            }

            if (!step.Selected && step.IsCacheable && step.Declarations is { } cached)
            {
                // Left out but cacheable: the run restores what it provided last time, when the cache still holds it.
                available.UnionWith(cached.Provide);
                available.ExceptWith(cached.Remove);
                continue;
            }

            if (!step.Selected)
            {
                RememberNotSelected(step, notSelectedProviders, ref notSelectedContainer);
                notSelectedFork = step.BranchUse == ForkBranchUse.Makes ? step : notSelectedFork;
                continue;
            }

            if (step.BranchUse != ForkBranchUse.None)
            {
                inBranches = CheckBranches(step, available, inBranches, removedBy, anythingMayBeProvided, diagnostics);
            }

            // A map or reduce needs the branches of a fork: one left out of the selection cannot have made them.
            branchesMade |= step.BranchUse == ForkBranchUse.Makes;
            if (step.BranchUse == ForkBranchUse.RunsOver && !branchesMade && notSelectedFork is { } fork)
            {
                diagnostics.Add(ForkNotSelected(step, fork));
            }

            if (step.Declarations is not { } declarations)
            {
                anythingMayBeProvided = true;
                removedBy.Clear();
                continue;
            }

            var require = declarations.Require;
            for (var i = 0; i < require.Count; i++)
            {
                var key = require[i];
                var missing = !available.Contains(key) && !Contains(declarations.Provide, key) && !Contains(require, key, before: i);
                if (missing && (removedBy.ContainsKey(key) || !anythingMayBeProvided))
                {
                    var provider = removedBy.ContainsKey(key) ? null : notSelectedProviders.GetValueOrDefault(key) ?? notSelectedContainer;
                    diagnostics.Add(provider is null ? Unavailable(step, key, removedBy) : NotSelected(step, key, provider));
                }
            }

            available.UnionWith(declarations.Provide);
            foreach (var key in declarations.Provide)
            {
                removedBy.Remove(key);
            }

            foreach (var key in declarations.Remove)
            {
                available.Remove(key);
                removedBy[key] = step;
            }
        }
    }

    /// <summary>
    /// Checks the keys a container's task requires in each branch, which reads the branch first and then the keys
    /// outside every branch; returns the keys every branch holds afterwards. A fork's branches start empty.
    /// </summary>
    private static HashSet<string>? CheckBranches(DataflowStep step, HashSet<string> available, HashSet<string>? inBranches, Dictionary<string, DataflowStep> removedBy, bool anythingMayBeProvided, ICollection<Diagnostic> diagnostics)
    {
        var makes = step.BranchUse == ForkBranchUse.Makes;
        if (step.BranchKeys is not { } keys || (!makes && inBranches is null))
        {
            return null;
        }

        var before = makes ? [] : inBranches!;
        var outside = step.Declarations?.Provide ?? [];
        for (var i = 0; i < keys.Require.Count; i++)
        {
            var key = keys.Require[i];
            var missing = !available.Contains(key) && !before.Contains(key) && !Contains(keys.Provide, key) && !Contains(outside, key) && !Contains(keys.Require, key, before: i);
            if (missing && (removedBy.ContainsKey(key) || !anythingMayBeProvided))
            {
                diagnostics.Add(UnavailableInBranches(step, key, removedBy, makes));
            }
        }

        var after = new HashSet<string>(before, StringComparer.Ordinal);
        after.UnionWith(keys.Provide);
        after.ExceptWith(keys.Remove);
        return after;
    }

    // The one place the check handles an entry left out of the selection: what it would have provided.
    private static void RememberNotSelected(DataflowStep step, Dictionary<string, DataflowStep> providers, ref DataflowStep? container)
    {
        if (step.Declarations is not { } declarations)
        {
            container = step;
            return;
        }

        foreach (var key in declarations.Provide)
        {
            providers[key] = step;
        }
    }

    private static Diagnostic ForkNotSelected(DataflowStep step, DataflowStep fork)
    {
        var position = fork.Entry.Index + 1;
        return Diagnostic.Error(
            DiagnosticCodes.SelectedEntryKeyNotProvided,
            step.Entry.Location,
            $"{step.Entry.DisplayName} runs over the branches of the fork {fork.Entry.DisplayName} at line {fork.Entry.Location.Line}, but that entry is not selected and no earlier selected entry forks. Add it to the selection (--only {position}, or TaskerOnly in a build) or start the run at it (--from {position}).");
    }

    private static Diagnostic NotSelected(DataflowStep step, string key, DataflowStep provider)
    {
        var entry = step.Entry;
        var other = provider.Entry;
        var position = other.Index + 1;
        return Diagnostic.Error(
            DiagnosticCodes.SelectedEntryKeyNotProvided,
            entry.Location,
            $"Task {entry.DisplayName} requires the storage key '{key}', which {other.DisplayName} at line {other.Location.Line} {(provider.Declarations is null ? "may provide" : "provides")}, but that entry is not selected. Add it to the selection (--only {position}, or TaskerOnly in a build) or start the run at it (--from {position}).");
    }

    // Declarations are a few keys each: a linear search beats building a set per entry of a large profile.
    private static bool Contains(IReadOnlyList<string> keys, string key, int before = int.MaxValue)
    {
        for (var i = 0; i < keys.Count && i < before; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Diagnostic UnavailableInBranches(DataflowStep step, string key, Dictionary<string, DataflowStep> removedBy, bool makes)
    {
        var entry = step.Entry;
        var where = makes
            ? "no earlier entry provides it (a fork's branches start empty and read the keys outside them)"
            : "neither the branches of the fork before it hold it (what the fork's and maps' tasks provide) nor an earlier entry provides it";
        var removed = removedBy.GetValueOrDefault(key);
        return Diagnostic.Error(
            removed is null ? DiagnosticCodes.DataflowKeyNotProvided : DiagnosticCodes.DataflowKeyRemoved,
            entry.Location,
            $"The task of {entry.DisplayName} requires the storage key '{key}' in each branch, but {(removed is null ? where : $"{removed.Entry.DisplayName} at line {removed.Entry.Location.Line} removed it earlier")}. Make the fork's task or a map before this entry provide '{key}', or an entry before the fork.");
    }

    private static Diagnostic Unavailable(DataflowStep step, string key, Dictionary<string, DataflowStep> removedBy)
    {
        var entry = step.Entry;
        if (removedBy.TryGetValue(key, out var remover))
        {
            return Diagnostic.Error(
                DiagnosticCodes.DataflowKeyRemoved,
                entry.Location,
                $"Task {entry.DisplayName} requires the storage key '{key}', but {remover.Entry.DisplayName} at line {remover.Entry.Location.Line} removed it earlier. Move this entry before the removal, or have a task in between provide '{key}' again.");
        }

        return Diagnostic.Error(
            DiagnosticCodes.DataflowKeyNotProvided,
            entry.Location,
            $"Task {entry.DisplayName} requires the storage key '{key}', but no earlier entry provides it. Add an entry before this one whose task provides '{key}', or enable the entry that does.");
    }
}
