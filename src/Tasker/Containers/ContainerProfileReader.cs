using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Planning;
using Tasker.Profiles;
using Tasker.Profiles.Schemas;
using Tasker.Profiles.Values;
using Tasker.TaskLookup;

namespace Tasker.Containers;

/// <summary>
/// Reads a container's table (the Python docs' schemas: <c>worker</c>, <c>reference</c>, and <c>[[tasks]]</c> for a
/// fork or <c>include</c>/<c>path</c>/<c>profile</c> for a map or reduce), reporting every problem at its place.
/// </summary>
internal static class ContainerProfileReader
{
    private const string ContainerKind = "container";

    /// <summary>Reads a fork; returns <see langword="null"/> after reporting its errors.</summary>
    public static ContainerPlan? ReadFork(ContainerSource source, ICollection<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(diagnostic => diagnostic.IsError);
        var reading = new Reading(source);
        var table = source.Table;
        SchemaValidator.Validate(table, ContainerTables.Fork, "the fork's table", ContainerTables.Rules, diagnostics);
        var workers = ReadWorkers(reading, table, diagnostics);
        var reference = ReadReference(reading, diagnostics);
        var caching = ReadCaching(source, table, diagnostics);
        var branches = new List<BranchPlan>();
        var includes = new Dictionary<string, ProfileTable>(StringComparer.Ordinal);
        // No [[tasks]], or not an array of tables: reported by the validator.
        if (table.TryGetField(ContainerTables.TasksKey, out var tasksField) && tasksField.Value.Raw is ProfileArray { IsArrayOfTables: true } items)
        {
            var used = new HashSet<string>(items.Items.Count, StringComparer.Ordinal);
            branches.Capacity = items.Items.Count;
            for (var position = 0; position < items.Items.Count; position++)
            {
                var item = (ProfileTable)items.Items[position].Raw;
                if (ReadBranch(reading, item, position, used, includes, diagnostics) is { } branch)
                {
                    branches.Add(branch);
                }
            }
        }

        return diagnostics.Count(diagnostic => diagnostic.IsError) > errorsBefore || reference is null
            ? null
            : new ContainerPlan(workers, reference.Value.Name, reference.Value.Location, reference.Value.Activator, branches, new ProfileTable(table.Location)) { Caching = caching, ReadsTheSameAtRunTime = reading.IsFixedByTheProfile };
    }

    /// <summary>Reads a map or reduce; returns <see langword="null"/> after reporting its errors.</summary>
    public static ContainerPlan? ReadSingle(ContainerSource source, ICollection<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(diagnostic => diagnostic.IsError);
        var reading = new Reading(source);
        var table = source.Table;
        SchemaValidator.Validate(table, ContainerTables.Single, "the container's table", ContainerTables.Rules, diagnostics);
        var workers = ReadWorkers(reading, table, diagnostics);
        var reference = ReadReference(reading, diagnostics);
        var caching = ReadCaching(source, table, diagnostics);
        var taskTable = LocateTable(
            reading,
            table,
            ReadBool(reading, table, LauncherTables.IncludeKey, diagnostics) ?? false,
            ReadString(reading, table, LauncherTables.PathKey, diagnostics),
            ReadString(reading, table, LauncherTables.ProfileKey, diagnostics),
            includes: null,
            diagnostics);
        return diagnostics.Count(diagnostic => diagnostic.IsError) > errorsBefore || reference is null || taskTable is null
            ? null
            : new ContainerPlan(workers, reference.Value.Name, reference.Value.Location, reference.Value.Activator, [], taskTable) { Caching = caching, ReadsTheSameAtRunTime = reading.IsFixedByTheProfile };
    }

    private static BranchPlan? ReadBranch(Reading reading, ProfileTable item, int position, HashSet<string> used, Dictionary<string, ProfileTable> includes, ICollection<Diagnostic> diagnostics)
    {
        // The fork's validator has checked the entry's keys (its 'tasks' definition describes them).
        var caching = new BranchCaching(
            DeclaredFilesReader.ReadCache(item),
            DeclaredFilesReader.ReadPatterns(item, DeclaredFilesReader.InputsKey, diagnostics),
            DeclaredFilesReader.ReadPatterns(item, DeclaredFilesReader.OutputsKey, diagnostics));
        var execute = ReadBool(reading, item, LauncherTables.ExecuteKey, diagnostics) ?? true;
        var maxRetries = reading.Source.Entry.MaxRetries;
        if (item.TryGetField(LauncherTables.MaxRetriesKey, out var retriesField))
        {
            switch (ValueOf(reading, retriesField, diagnostics))
            {
                case DeferredValue:
                    break;
                case long retries and >= 0 and <= int.MaxValue:
                    maxRetries = (int)retries;
                    break;
                case var raw when raw is long || WasTyped(retriesField):
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.ContainerProfileInvalid,
                        retriesField.Value.Location,
                        $"'max_retries' must be a whole number of at least 0, not a {ProfileValue.DescribeType(raw!)}{(raw is long ? $" of {raw}" : string.Empty)}."));
                    break;
            }
        }

        var include = ReadBool(reading, item, LauncherTables.IncludeKey, diagnostics) ?? false;
        var path = ReadString(reading, item, LauncherTables.PathKey, diagnostics);
        var profileName = ReadString(reading, item, LauncherTables.ProfileKey, diagnostics);
        if (!execute)
        {
            return null;
        }

        var table = LocateTable(reading, item, include, path, profileName, includes, diagnostics);
        if (table is null)
        {
            return null;
        }

        // Stable ids: the profile name (or included path), else the entry's position; never a hash, so every
        // run names and stores a branch the same way.
        var number = (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = include && !string.IsNullOrEmpty(path) ? path : !string.IsNullOrEmpty(profileName) ? profileName : number;
        if (!used.Add(id))
        {
            id = $"{id}#{number}";
            used.Add(id);
        }

        return new BranchPlan(id, item.Location, table, maxRetries) { Caching = caching };
    }

    /// <summary>The table an entry (a [[tasks]] item, or a map's or reduce's own table) gives its task.</summary>
    private static ProfileTable? LocateTable(Reading reading, ProfileTable entry, bool include, string? path, string? profileName, Dictionary<string, ProfileTable>? includes, ICollection<Diagnostic> diagnostics)
    {
        // An included file is read again at run time, so that the run uses the file as it is then.
        reading.IsFixedByTheProfile &= !include;

        // A branch's table is looked up in the container's own table first (as in the Python docs' examples),
        // then at the top of the launcher profile.
        var source = reading.Source;
        try
        {
            return TableLocator.Locate(entry, include, path, profileName, source.Table, source.Launcher.Root, "to the container's table or the top of the profile", DiagnosticCodes.ContainerProfileInvalid, includes);
        }
        catch (DiagnosticException exception)
        {
            diagnostics.Add(exception.Diagnostic);
            return null;
        }
    }

    /// <summary>The container's own <c>cache</c>, <c>inputs</c> and <c>outputs</c>, added to its [[__meta__]] entry's.</summary>
    private static BranchCaching ReadCaching(ContainerSource source, ProfileTable table, ICollection<Diagnostic> diagnostics)
    {
        var entry = source.Entry;
        var cache = DeclaredFilesReader.ReadCache(table);
        return new BranchCaching(
            entry.Cache || cache == true,
            [.. entry.Inputs, .. DeclaredFilesReader.ReadPatterns(table, DeclaredFilesReader.InputsKey, diagnostics)],
            [.. entry.Outputs, .. DeclaredFilesReader.ReadPatterns(table, DeclaredFilesReader.OutputsKey, diagnostics)]);
    }

    private static int ReadWorkers(Reading reading, ProfileTable table, ICollection<Diagnostic> diagnostics)
    {
        if (!table.TryGetField("worker", out var field))
        {
            return Environment.ProcessorCount;
        }

        switch (ValueOf(reading, field, diagnostics))
        {
            case DeferredValue:
                return Environment.ProcessorCount;
            case long workers and >= 0 and <= 4096:
                return workers == 0 ? Environment.ProcessorCount : (int)workers;
            case var raw when raw is not long && !WasTyped(field):
                return 1;
            case var raw:
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.ContainerProfileInvalid,
                    field.Value.Location,
                    $"'worker' must be a whole number from 0 (one per core) to 4096, not a {ProfileValue.DescribeType(raw!)}{(raw is long ? $" of {raw}" : string.Empty)}."));
                return 1;
        }
    }

    /// <summary>
    /// A key's value as the container uses it: a typed value is resolved at run time; before that it is only
    /// evaluated as far as the profile fixes it, and a value known only at run time reads as a
    /// <see cref="DeferredValue"/>, which the container does not check. A value that fails to resolve is reported
    /// once (before the run, the plan's own check of the container's table has reported it) and reads as deferred.
    /// </summary>
    private static object? ValueOf(Reading reading, ProfileField field, ICollection<Diagnostic> diagnostics)
    {
        if (field.Value.Raw is not string text || !TypedValueParser.LooksTyped(text))
        {
            return field.Value.Raw;
        }

        reading.IsFixedByTheProfile = false;
        var source = reading.Source;
        try
        {
            var evaluated = source.AtRunTime
                ? ValueEvaluator.ResolveValue(field.Value, source.Catalog)
                : ValueEvaluator.CheckValue(field.Value, source.Catalog, new List<Diagnostic>());
            return evaluated.Raw;
        }
        catch (DiagnosticException exception)
        {
            diagnostics.Add(exception.Diagnostic);
            return new DeferredValue(typeof(object), "a value that did not resolve");
        }
    }

    private static (string Name, SourceLocation Location, TaskActivator Activator)? ReadReference(Reading reading, ICollection<Diagnostic> diagnostics)
    {
        var source = reading.Source;
        var table = source.Table;
        var reference = ReadReferenceText(reading, table, diagnostics);
        if (reference is null)
        {
            if (!table.TryGetField("reference", out _))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.ContainerProfileInvalid,
                    table.Location,
                    $"The {ContainerKind}'s table ({source.Entry.DisplayName}) has no 'reference'. Add 'reference = \"Namespace.TaskType\"' naming the task each branch runs."));
            }

            return null;
        }

        var location = LocationOf(table, "reference");
        if (EmptyReference.IsEmpty(reference))
        {
            diagnostics.Add(EmptyReference.Error(location, "the task each branch runs"));
            return null;
        }

        try
        {
            var activator = source.Catalog.ResolveActivator(reference, location);
            if (typeof(IContainerCheck).IsAssignableFrom(activator.TaskType))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.ContainerInContainer,
                    location,
                    $"A container cannot run another container ('{reference}'). Put the inner container in its own [[__meta__]] entry after this one."));
                return null;
            }

            return (reference, location, activator);
        }
        catch (DiagnosticException exception)
        {
            diagnostics.Add(exception.Diagnostic);
            return null;
        }
    }

    private static bool? ReadBool(Reading reading, ProfileTable table, string key, ICollection<Diagnostic> diagnostics) =>
        Read(reading, table, key, "a boolean", diagnostics, raw => raw is bool) as bool?;

    private static string? ReadString(Reading reading, ProfileTable table, string key, ICollection<Diagnostic> diagnostics) =>
        Read(reading, table, key, "a string", diagnostics, raw => raw is string) as string;

    // 'reference' has its own syntax ("Some.Task$T$a,b" names a task and its constructor arguments): never a typed value.
    private static string? ReadReferenceText(Reading reading, ProfileTable table, ICollection<Diagnostic> diagnostics) =>
        Read(reading, table, "reference", "a string", diagnostics, raw => raw is string, typed: false) as string;

    private static object? Read(Reading reading, ProfileTable table, string key, string expected, ICollection<Diagnostic> diagnostics, Func<object, bool> accepts, bool typed = true)
    {
        if (!table.TryGetField(key, out var field))
        {
            return null;
        }

        var value = typed ? ValueOf(reading, field, diagnostics) : field.Value.Raw;
        if (value is DeferredValue)
        {
            return null;
        }

        if (value is not null && accepts(value))
        {
            return value;
        }

        // A value written with a wrong type was reported by the table's validator; one a typed string gave is not.
        if (!WasTyped(field) || !typed)
        {
            return null;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.ContainerProfileInvalid,
            field.Value.Location,
            $"'{key}' must be {expected}, not a {ProfileValue.DescribeType(value!)}."));
        return null;
    }

    /// <summary>One read of a container's table: where it stands, and whether the run would read the same.</summary>
    private sealed class Reading(ContainerSource source)
    {
        public ContainerSource Source { get; } = source;

        /// <summary>
        /// Whether every value read is written in the profile as it is used: no typed value (resolved only at run time,
        /// perhaps differently) and no included file (read again at run time).
        /// </summary>
        public bool IsFixedByTheProfile { get; set; } = true;
    }

    private static bool WasTyped(ProfileField field) => field.Value.Raw is string text && TypedValueParser.LooksTyped(text);

    private static SourceLocation LocationOf(ProfileTable table, string key) => TableLocator.LocationOf(table, key);
}
