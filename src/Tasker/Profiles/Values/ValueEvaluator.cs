using System.Reflection;
using Tasker.Diagnostics;

namespace Tasker.Profiles.Values;

/// <summary>
/// Evaluates the typed values of a profile table. Two modes share one walk: <see cref="Check"/> runs before anything
/// runs and evaluates what is fixed by the profile itself (numbers, booleans, <c>$P</c> files, type names, method
/// and constructor signatures), leaving a <see cref="DeferredValue"/> for what depends on the moment
/// (environment, task instances, method results) and collecting every problem; <see cref="Resolve"/> runs when the
/// task is about to run, evaluates everything and stops at the first problem. Tables without typed values are
/// returned as they are, so a large profile costs nothing extra.
/// </summary>
internal sealed class ValueEvaluator
{
    private static readonly DeferredValue Invalid = new(typeof(object), "invalid value");

    private readonly ITypeLookup _types;
    private readonly ICollection<Diagnostic>? _diagnostics;

    private ValueEvaluator(ITypeLookup types, ICollection<Diagnostic>? diagnostics)
    {
        _types = types;
        _diagnostics = diagnostics;
    }

    private bool Resolving => _diagnostics is null;

    /// <summary>Evaluates every typed value; throws a <see cref="DiagnosticException"/> at the first problem.</summary>
    public static ProfileTable Resolve(ProfileTable table, ITypeLookup types) =>
        new ValueEvaluator(types, diagnostics: null).EvaluateTable(table, IncludeChain.Start(table.Location.File));

    /// <summary>
    /// Evaluates the values of the keys a task's schema defines, and of every key when it defines none (a table with no
    /// keys accepts any). A $M value of a key the task does not define is left out unevaluated: a method call
    /// for a key nobody reads could only have side effects.
    /// </summary>
    public static ProfileTable ResolveDefined(ProfileTable table, IReadOnlyList<Definition> definitions, ITypeLookup types)
    {
        if (definitions.Count == 0)
        {
            return Resolve(table, types);
        }

        var defined = definitions.Select(definition => definition.Name).ToHashSet(StringComparer.Ordinal);
        var kept = new ProfileTable(table.Location);
        foreach (var field in table.Fields.Where(field => defined.Contains(field.Key) || !IsMethodCall(field.Value)))
        {
            kept.Set(field);
        }

        return Resolve(kept, types);
    }

    private static bool IsMethodCall(ProfileValue value) =>
        value.Raw is string text && TypedValueParser.Parse(text, value.Location, out _) is { Suffix: ValueSuffix.MethodCall };

    /// <summary>Evaluates what the profile fixes, reports every problem to <paramref name="diagnostics"/>, and defers the rest.</summary>
    public static ProfileTable Check(ProfileTable table, ITypeLookup types, ICollection<Diagnostic> diagnostics) =>
        new ValueEvaluator(types, diagnostics).EvaluateTable(table, IncludeChain.Start(table.Location.File));

    /// <summary>One value, as <see cref="Resolve(ProfileTable, ITypeLookup)"/> evaluates a table's values.</summary>
    public static ProfileValue ResolveValue(ProfileValue value, ITypeLookup types) =>
        new ValueEvaluator(types, diagnostics: null).EvaluateValue(value, IncludeChain.Start(value.Location.File));

    /// <summary>One value, as <see cref="Check(ProfileTable, ITypeLookup, ICollection{Diagnostic})"/> evaluates a table's values.</summary>
    public static ProfileValue CheckValue(ProfileValue value, ITypeLookup types, ICollection<Diagnostic> diagnostics) =>
        new ValueEvaluator(types, diagnostics).EvaluateValue(value, IncludeChain.Start(value.Location.File));

    private ProfileTable EvaluateTable(ProfileTable table, IncludeChain chain)
    {
        ProfileTable? copy = null;
        var fields = table.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var value = EvaluateValue(field.Value, chain);
            if (copy is null && !ReferenceEquals(value, field.Value))
            {
                copy = new ProfileTable(table.Location);
                for (var j = 0; j < i; j++)
                {
                    copy.Set(fields[j]);
                }
            }

            copy?.Set(ReferenceEquals(value, field.Value) ? field : field with { Value = value });
        }

        return copy ?? table;
    }

    private ProfileValue EvaluateValue(ProfileValue value, IncludeChain chain)
    {
        switch (value.Raw)
        {
            case string text:
                try
                {
                    var typed = TypedValueParser.Parse(text, value.Location, out var literal);
                    if (typed is null)
                    {
                        return ReferenceEquals(literal, text) ? value : value with { Raw = literal };
                    }

                    return value with { Raw = Evaluate(typed, chain) };
                }
                catch (DiagnosticException exception) when (!Resolving)
                {
                    _diagnostics!.Add(exception.Diagnostic);
                    return value with { Raw = Invalid };
                }

            case ProfileTable table:
                var evaluated = EvaluateTable(table, chain);
                return ReferenceEquals(evaluated, table) ? value : value with { Raw = evaluated };
            case ProfileArray array:
                return EvaluateArray(array, chain) is { } copy ? value with { Raw = copy } : value;
            default:
                return value;
        }
    }

    private ProfileArray? EvaluateArray(ProfileArray array, IncludeChain chain)
    {
        ProfileArray? copy = null;
        var items = array.Items;
        for (var i = 0; i < items.Count; i++)
        {
            var item = EvaluateValue(items[i], chain);
            if (copy is null && !ReferenceEquals(item, items[i]))
            {
                copy = new ProfileArray(array.IsArrayOfTables);
                for (var j = 0; j < i; j++)
                {
                    copy.Add(items[j]);
                }
            }

            copy?.Add(item);
        }

        return copy;
    }

    private object Evaluate(TypedValue typed, IncludeChain chain) => typed.Suffix switch
    {
        ValueSuffix.Integer => ParseInteger(typed.Body, typed.Location),
        ValueSuffix.Float => ParseFloat(typed.Body, typed.Location),
        ValueSuffix.Boolean => ParseBoolean(typed.Body, typed.Location),
        ValueSuffix.String => typed.Body,
        ValueSuffix.Environment => EvaluateEnvironment(typed, chain),
        ValueSuffix.BuildContext => Convert(BuildFacts.Read(PipelineContext.Build, typed.Body, typed.Location), typed, chain),
        ValueSuffix.Path => ReadProfile(typed.Body, typed.Location, chain),
        ValueSuffix.TypeReference => FindType(typed.Body, typed.Location, "$R"),
        ValueSuffix.TaskInstance => EvaluateTask(typed),
        ValueSuffix.MethodCall => EvaluateMethod(typed),
        _ => throw new InvalidOperationException($"Unhandled suffix {typed.Suffix}."),
    };

    private static long ParseInteger(string text, SourceLocation location) =>
        ValueText.TryParseInteger(text, out var value)
            ? value
            : throw NotOfKind(location, $"'{text}' is not a whole number, so it cannot be an integer ($I). Write digits with an optional sign, for example \"8$I\".");

    private static double ParseFloat(string text, SourceLocation location) =>
        ValueText.TryParseFloat(text, out var value)
            ? value
            : throw NotOfKind(location, $"'{text}' is not a number, so it cannot be a float ($F). Write a number such as \"0.5$F\" or \"1e-3$F\".");

    private static bool ParseBoolean(string text, SourceLocation location) =>
        ValueText.TryParseBoolean(text, out var value)
            ? value
            : throw NotOfKind(location, $"'{text}' is not a boolean ($B). Use true/false, yes/no, on/off or 1/0 (any case).");

    private static DiagnosticException NotOfKind(SourceLocation location, string message) =>
        new(Diagnostic.Error(DiagnosticCodes.InvalidTypedValue, location, message));

    private object EvaluateEnvironment(TypedValue typed, IncludeChain chain)
    {
        if (typed.EnvironmentName.Length == 0)
        {
            throw NotOfKind(typed.Location, "A $E value needs a variable name before the suffix, for example \"HOME$E\" or \"PORT:-8080$E$I\".");
        }

        if (!Resolving)
        {
            // The variable may be set by an earlier task; only a default can be checked now.
            if (typed.EnvironmentDefault is { } fallback && typed.Conversion is ValueSuffix.Integer or ValueSuffix.Float or ValueSuffix.Boolean)
            {
                Convert(fallback, typed, chain);
            }

            return new DeferredValue(DeferredTypeOf(typed.Conversion), "$E value");
        }

        ProfileDependencyTracker.RecordEnvironmentVariable(typed.EnvironmentName);
        var text = System.Environment.GetEnvironmentVariable(typed.EnvironmentName);
        SecretValues.Observe(typed.EnvironmentName, text);
        if (string.IsNullOrEmpty(text) && typed.EnvironmentDefault is { } defaultText)
        {
            return Convert(defaultText, typed, chain);
        }

        if (text is null)
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.EnvironmentVariableUnset,
                typed.Location,
                $"The environment variable '{typed.EnvironmentName}' is not set. Set it before the pipeline runs (or in an earlier task), or give a default: \"{typed.EnvironmentName}:-value$E\"."));
        }

        try
        {
            return Convert(text, typed, chain);
        }
        catch (DiagnosticException exception) when (typed.Conversion is { } conversion && exception.Diagnostic.Location == typed.Location)
        {
            // The messages about a converted text quote it; a variable's value is often a secret (a token, a password),
            // so the report names the variable and what it should hold, never what it holds.
            throw new DiagnosticException(exception.Diagnostic with
            {
                Message = $"The environment variable '{typed.EnvironmentName}' does not hold {Expected(conversion)}, which this $E value asks for (its value is not shown, as it may be a secret). Set the variable to {Expected(conversion)}.",
            });
        }
    }

    private static string Expected(ValueSuffix conversion) => conversion switch
    {
        ValueSuffix.Integer => "a whole number ($I)",
        ValueSuffix.Float => "a number ($F)",
        ValueSuffix.Boolean => "a boolean ($B: true/false, yes/no, on/off, 1/0)",
        ValueSuffix.Path => "the path of a readable regular TOML file ($P, relative to this profile)",
        ValueSuffix.TypeReference => "the full name of a type ($R)",
        _ => $"a valid {conversion} value",
    };

    private object Convert(string text, TypedValue typed, IncludeChain chain) =>
        typed.Conversion is { } conversion ? Evaluate(new TypedValue(conversion, text, typed.Location), chain) : text;

    private static Type DeferredTypeOf(ValueSuffix? conversion) => conversion switch
    {
        ValueSuffix.Integer => typeof(long),
        ValueSuffix.Float => typeof(double),
        ValueSuffix.Boolean => typeof(bool),
        ValueSuffix.Path => typeof(Profile),
        ValueSuffix.TypeReference => typeof(Type),
        _ => typeof(string),
    };

    private ProfileTable ReadProfile(string relativePath, SourceLocation location, IncludeChain chain)
    {
        if (relativePath.Length == 0)
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ValueProfileNotFound,
                location,
                "A $P value needs a file path before the suffix, for example \"settings.toml$P\" (relative to this profile)."));
        }

        string path;
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(location.File.Length == 0 ? "." : location.File)) ?? ".";
            path = Path.GetFullPath(Path.Combine(directory, relativePath));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ValueProfileNotFound, location, $"'{relativePath}' is not a valid file path for a $P value: {exception.Message}"));
        }

        if (chain.Contains(path))
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.IncludeCycle,
                location,
                $"$P values include each other in a cycle: {chain.Describe(path)}. Remove one of these $P values."));
        }

        if (!File.Exists(path))
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ValueProfileNotFound,
                location,
                $"The profile '{relativePath}' named by this $P value does not exist (looked for {path}). $P paths are relative to the file that names them."));
        }

        return EvaluateTable(TomlProfileReader.ReadFile(path, location), chain.With(path));
    }

    private Type FindType(string name, SourceLocation location, string suffix)
    {
        if (!TypedValueParser.IsTypeName(name) && !name.Contains(','))
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ValueTypeNotFound,
                location,
                $"'{name}' is not a type name, so the {suffix} value cannot name a type. Write the full name, for example \"System.Text.StringBuilder{suffix}\"."));
        }

        return _types.FindType(name, location) ?? throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.ValueTypeNotFound,
            location,
            $"No type named '{name}' was found for this {suffix} value. Use the full name (Namespace.Type) of a type in the project's output assembly, its references, or the framework (assembly-qualified for framework types outside System.Private.CoreLib)."));
    }

    // A profile is data, often written by someone else: it may only run code the project (or Tasker) offers to it.
    private void RequireOffered(Type type, MemberInfo member, SourceLocation location, string suffix, string action)
    {
        if (_types.IsOfferedToProfiles(type)
            || member.IsDefined(typeof(TaskerProfileMethodAttribute), inherit: false)
            || type.IsDefined(typeof(TaskerProfileMethodAttribute), inherit: false))
        {
            return;
        }

        throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.CodeNotOfferedToProfiles,
            location,
            $"This {suffix} value would {action}, from {type.Assembly.GetName().Name}, which is neither the project's output assembly, one of its references, nor a built-in task; a profile never runs other code. Call a method of the project's own code, or mark the method [TaskerProfileMethod]."));
    }

    private object EvaluateTask(TypedValue typed)
    {
        var type = FindType(typed.Body, typed.Location, "$T");
        if (!typeof(ITask).IsAssignableFrom(type) || type.IsAbstract || type.IsInterface || type.ContainsGenericParameters)
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ValueTaskCreationFailed,
                typed.Location,
                $"The type '{type.FullName}' named by this $T value is not a concrete task (a class implementing Tasker.ITask). Use $R for a type that is not a task."));
        }

        RequireOffered(type, type, typed.Location, "$T", $"create the task {type.FullName}");
        ArgumentBinder.RequireConstructor(type, typed.Arguments, typed.Location);
        if (typed.Arguments.Count == 0 && typeof(IProfileConfiguredTask).IsAssignableFrom(type))
        {
            // Such a task takes its keys from its profile table, and a task created by a value has no table.
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.StorageKeyTaskKeyMissing,
                typed.Location,
                $"This $T value creates {type.Name} without its storage keys (a task created by a value gets no profile table). Give its keys as constructor arguments after '$T$', separated by commas, as the README's table of utility tasks shows (\"{type.FullName}$T$...\")."));
        }

        if (!Resolving)
        {
            return new DeferredValue(type, "$T value");
        }

        try
        {
            return ArgumentBinder.Construct(type, typed.Arguments, typed.Location);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ValueTaskCreationFailed,
                typed.Location,
                $"The constructor of {type.FullName} threw {inner.GetType().Name} for this $T value: {ExceptionText.Message(inner)}"));
        }
    }

    private object EvaluateMethod(TypedValue typed)
    {
        var qualified = typed.Method!;
        var dot = qualified.LastIndexOf('.');
        var type = FindType(qualified[..dot], typed.Location, "$M");
        var name = qualified[(dot + 1)..];
        var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(method => method.Name == name && !method.IsGenericMethodDefinition)
            .ToList();
        if (typed.ArgumentTypes is { } types && types.Count != typed.Arguments.Count)
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ValueMethodNotFound,
                typed.Location,
                $"This $M value gives {typed.Arguments.Count} argument(s) but {types.Count} argument type(s). Give one of I, F, B, S per argument, for example \"1,a$M${qualified}$I,S\"."));
        }

        if (!ArgumentBinder.TryBind(candidates, typed.Arguments, typed.ArgumentTypes, out var method, out var values))
        {
            var overloads = candidates.Count == 0 ? "it has no public static method of that name" : $"its public static overloads take {ArgumentBinder.Describe(candidates)}";
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ValueMethodNotFound,
                typed.Location,
                $"No public static method {qualified} takes the argument(s) {ArgumentBinder.Quote(typed.Arguments)}: {overloads}.{Suggestions.DidYouMean(name, type.GetMethods(BindingFlags.Public | BindingFlags.Static).Select(candidate => candidate.Name))}"));
        }

        RequireOffered(type, method!, typed.Location, "$M", $"call {qualified}");
        if (method!.ReturnType == typeof(void))
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ValueMethodNotFound,
                typed.Location,
                $"The method {qualified} returns nothing, so this $M value would have no value. Call a method that returns a value."));
        }

        if (!Resolving)
        {
            return new DeferredValue(method.ReturnType, "$M value");
        }

        object? result;
        try
        {
            result = method.Invoke(null, values);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ValueMethodThrew,
                typed.Location,
                $"The method {qualified} called by this $M value threw {inner.GetType().Name}: {ExceptionText.Message(inner)}"));
        }

        return Normalize(result) ?? throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.ValueMethodThrew,
            typed.Location,
            $"The method {qualified} called by this $M value returned null. A profile value cannot be null."));
    }

    // A task reads a method's result with the profile's own types: every integer is a long, every binary float a double.
    private static object? Normalize(object? result) => result switch
    {
        int or short or byte or sbyte or ushort or uint => System.Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture),
        float single => (double)single,
        _ => result,
    };
}
