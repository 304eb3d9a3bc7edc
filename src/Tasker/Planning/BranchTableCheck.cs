using Tasker.Diagnostics;
using Tasker.Profiles;
using Tasker.Profiles.Schemas;
using Tasker.Profiles.Values;
using Tasker.TaskLookup;

namespace Tasker.Planning;

/// <summary>
/// The check of the tables a container gives its task (each fork branch's table, a map's or reduce's table) against
/// that task's schema, before anything runs: the same values and schema check as a <c>[[__meta__]]</c> entry's table,
/// so a mistake in the last branch never lets the first ones run. It also works out what the task declares in every
/// branch, for the check of the keys the branches read.
/// </summary>
internal static class BranchTableCheck
{
    /// <summary>
    /// Checks the tables and returns the task's storage keys in every branch: a key it requires in any branch, one it
    /// provides in all of them, one it removes in any. <see langword="null"/> when that cannot be known before the run
    /// (a value known only then, or declarations that fail, which the run reports).
    /// </summary>
    public static TaskDeclarations? Check(IEnumerable<ProfileTable> tables, TaskActivator activator, string taskName, SourceLocation referenceLocation, TaskCatalog catalog, ICollection<Diagnostic> diagnostics)
    {
        ITask? task = null;
        IReadOnlyList<Definition>? definitions = null;
        var keys = new BranchKeys();
        var seen = new HashSet<ProfileTable>(ReferenceEqualityComparer.Instance);
        foreach (var table in tables.Where(seen.Add))
        {
            var checkedTable = ValueEvaluator.Check(table, catalog, diagnostics);
            try
            {
                task ??= activator.Create(referenceLocation);
                definitions ??= PlanValidator.ReadDefinitions(task, taskName, referenceLocation);
                SchemaValidator.Validate(checkedTable, definitions, $"task {taskName}", diagnostics);
                if (keys.Wants(task))
                {
                    // A key-copying task is configured by the table it is given: a fresh one for each.
                    keys.Add(task is IProfileConfiguredTask ? activator.Create(referenceLocation) : task, checkedTable, taskName, referenceLocation);
                }
            }
            catch (DiagnosticException exception)
            {
                // The task cannot be created or describe itself: said once, at the container's reference.
                diagnostics.Add(exception.Diagnostic);
                return null;
            }
        }

        return keys.Declarations;
    }

    /// <summary>What the task declares across the branches' tables, gathered one table at a time.</summary>
    private sealed class BranchKeys
    {
        private readonly HashSet<string> _require = new(StringComparer.Ordinal);
        private readonly HashSet<string> _remove = new(StringComparer.Ordinal);
        private HashSet<string>? _provide;
        private bool _unknown;

        public TaskDeclarations? Declarations => _unknown || _provide is null ? null : new([.. _require], [.. _provide], [.. _remove], []);

        // Most tasks declare the same keys whatever their table: asked once. A key-copying task reads its table.
        public bool Wants(ITask task) => !_unknown && (_provide is null || task is IProfileConfiguredTask);

        public void Add(ITask task, ProfileTable checkedTable, string taskName, SourceLocation location)
        {
            if (task is IProfileConfiguredTask && PlanValidator.HasDeferredValues(checkedTable))
            {
                _unknown = true;
                return;
            }

            try
            {
                var (require, provide, remove) = TaskCreation.Declarations(task, new Profile(checkedTable), taskName, location);
                _require.UnionWith(require);
                _remove.UnionWith(remove);
                if (_provide is null)
                {
                    _provide = new HashSet<string>(provide, StringComparer.Ordinal);
                }
                else
                {
                    _provide.IntersectWith(provide);
                }
            }
            catch (DiagnosticException)
            {
                _unknown = true;
            }
        }
    }
}
