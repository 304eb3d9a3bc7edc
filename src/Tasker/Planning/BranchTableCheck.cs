using Tasker.Diagnostics;
using Tasker.Profiles;
using Tasker.Profiles.Schemas;
using Tasker.Profiles.Values;
using Tasker.TaskLookup;

namespace Tasker.Planning;

/// <summary>
/// The check of the tables a container gives its task (each fork branch's table, a map's or reduce's table) against
/// that task's schema, before anything runs: the same values and schema check as a <c>[[__meta__]]</c> entry's table,
/// so a mistake in the last branch never lets the first ones run.
/// </summary>
internal static class BranchTableCheck
{
    public static void Check(IEnumerable<ProfileTable> tables, TaskActivator activator, string taskName, SourceLocation referenceLocation, TaskCatalog catalog, ICollection<Diagnostic> diagnostics)
    {
        IReadOnlyList<Definition>? definitions = null;
        var seen = new HashSet<ProfileTable>(ReferenceEqualityComparer.Instance);
        foreach (var table in tables.Where(seen.Add))
        {
            var checkedTable = ValueEvaluator.Check(table, catalog, diagnostics);
            try
            {
                definitions ??= PlanValidator.ReadDefinitions(activator.Create(referenceLocation), taskName, referenceLocation);
                SchemaValidator.Validate(checkedTable, definitions, $"task {taskName}", diagnostics);
            }
            catch (DiagnosticException exception)
            {
                // The task cannot be created or describe itself: said once, at the container's reference.
                diagnostics.Add(exception.Diagnostic);
                return;
            }
        }
    }
}
