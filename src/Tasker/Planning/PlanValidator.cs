using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Profiles;
using Tasker.Profiles.Schemas;
using Tasker.Profiles.Values;
using Tasker.TaskLookup;

namespace Tasker.Planning;

/// <summary>
/// The check before anything runs: checks the typed values of each planned entry's table, creates its task once to
/// read its schema and declarations, checks the table against the schema, then the dataflow of the whole plan.
/// Everything found is reported; the pipeline runs only when no error was. Containers check their own tables
/// (<see cref="IContainerCheck.Check"/>), so only their values are checked here.
/// </summary>
internal static class PlanValidator
{
    /// <summary>
    /// Checks the plan and returns each step as the check found it; <paramref name="availableKeys"/> (a persistent
    /// storage's saved keys, or what the storage holds when a reloaded profile goes on) count as provided.
    /// </summary>
    public static IReadOnlyList<ValidatedStep> Validate(IReadOnlyList<PlannedTask> plan, TaskCatalog catalog, IEnumerable<string> availableKeys, ICollection<Diagnostic> diagnostics)
    {
        var steps = new List<ValidatedStep>(plan.Count);
        var dataflow = new List<DataflowStep>(plan.Count);
        var memory = new CheckMemory();
        foreach (var planned in plan)
        {
            var step = ValidateStep(planned, catalog, memory, diagnostics);
            steps.Add(step);
            dataflow.Add(new DataflowStep(planned.Entry, step.Declarations, planned.Selected) { BranchUse = planned.BranchUse, BranchKeys = planned.BranchKeys, IsCacheable = planned.IsCacheable });
        }

        DataflowChecker.Check(dataflow, availableKeys, diagnostics);
        return steps;
    }

    private static ValidatedStep ValidateStep(PlannedTask step, TaskCatalog catalog, CheckMemory memory, ICollection<Diagnostic> diagnostics)
    {
        var entry = step.Entry;

        // Many entries may name one table: its values are checked (and reported) once.
        if (!memory.CheckedTables.TryGetValue(step.TaskTable, out var checkedTable))
        {
            checkedTable = ValueEvaluator.Check(step.TaskTable, catalog, diagnostics);
            memory.CheckedTables[step.TaskTable] = checkedTable;
            memory.DeferredTables[checkedTable] = HasDeferredValues(checkedTable);
            CheckIncludedSchema(step, catalog, diagnostics);
        }

        var deferred = memory.DeferredTables[checkedTable];
        if (typeof(IContainerCheck).IsAssignableFrom(step.TaskType))
        {
            return new ValidatedStep(step, checkedTable, Task: null, step.ContainerKeys, deferred);
        }

        try
        {
            var task = step.Activator.Create(entry.ReferenceLocation);

            // Define() describes the task type (a class method in the Python version), so it is read once per type; a
            // task created with constructor arguments or a function task may describe itself differently and is asked.
            var cacheable = step.Activator is TypeTaskActivator { Arguments.Count: 0 };
            if (!cacheable || !memory.DefinitionsByType.TryGetValue(step.TaskType, out var definitions))
            {
                definitions = ReadDefinitions(task, entry.DisplayName, entry.ReferenceLocation);
                if (cacheable)
                {
                    memory.DefinitionsByType[step.TaskType] = definitions;
                }
            }

            if (memory.ValidatedTables.Add(new TableCheck(checkedTable, definitions)))
            {
                SchemaValidator.Validate(checkedTable, definitions, $"task {entry.DisplayName}", diagnostics);
            }

            var (require, provide, remove) = TaskCreation.Declarations(task, new Profile(checkedTable), entry.DisplayName, entry.Location);
            return new ValidatedStep(step, checkedTable, task, new TaskDeclarations(require, provide, remove, definitions), deferred);
        }
        catch (DiagnosticException exception) when (deferred && exception.Diagnostic.Code != DiagnosticCodes.StorageKeyTaskKeyMissing.Code)
        {
            // A task whose declarations read its table (the key-copying tasks) cannot read a value known only at run
            // time ($E, $T, $M): its keys are unknown before the run, as a container's are.
            return new ValidatedStep(step, checkedTable, Task: null, Declarations: null, deferred);
        }
        catch (DiagnosticException exception)
        {
            diagnostics.Add(exception.Diagnostic);
            return new ValidatedStep(step, checkedTable, Task: null, new TaskDeclarations([], [], [], []), deferred);
        }
    }

    internal static bool HasDeferredValues(ProfileTable table) => table.Fields.Any(field => IsDeferred(field.Value.Raw));

    private static bool IsDeferred(object raw) => raw switch
    {
        DeferredValue => true,
        ProfileTable table => HasDeferredValues(table),
        ProfileArray array => array.Items.Any(item => IsDeferred(item.Raw)),
        _ => false,
    };

    /// <summary>A task's schema, or a located error when its <c>Define()</c> throws or returns null.</summary>
    internal static IReadOnlyList<Definition> ReadDefinitions(ITask task, string displayName, SourceLocation location) =>
        TaskCreation.Definitions(task, displayName, location, "so its profile cannot be checked");

    // A template written for a task names it in __schema__; an entry that includes it for another task is likely a mistake.
    private static void CheckIncludedSchema(PlannedTask step, TaskCatalog catalog, ICollection<Diagnostic> diagnostics)
    {
        if (!step.TaskTable.TryGetField(SchemaValidator.SchemaKey, out var field) || field.Value.Raw is not string schema)
        {
            return;
        }

        var named = TypedValueParser.IsTypeName(schema) ? catalog.FindType(schema, field.Value.Location) : null;
        if (named != step.TaskType)
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.IncludedSchemaMismatch,
                field.Value.Location,
                $"This table's __schema__ names '{schema}', but its entry runs {step.TaskType.FullName}. Use the template of {step.TaskType.FullName}, or correct __schema__ or the entry's reference."));
        }
    }
}
