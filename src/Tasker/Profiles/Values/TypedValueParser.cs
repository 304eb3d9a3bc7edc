using Tasker.Diagnostics;

namespace Tasker.Profiles.Values;

/// <summary>
/// Decides whether a string value is typed, reading its suffixes from the end. Only a string that ends with a
/// known suffix is typed; every other <c>$</c> is literal text. See the README's "Profile language" section.
/// </summary>
internal static class TypedValueParser
{
    private const string EnvironmentDefaultSeparator = ":-";

    /// <summary>
    /// Returns the typed value, or <see langword="null"/> with the unescaped text in <paramref name="literal"/>.
    /// Throws a <see cref="DiagnosticException"/> for a suffix that is recognised but not allowed (<c>$X</c>, <c>$L</c>).
    /// </summary>
    public static TypedValue? Parse(string raw, SourceLocation location, out string literal)
    {
        literal = raw;
        if (raw.IndexOf('$') < 0 && raw.IndexOf(ValueText.Escape) < 0)
        {
            return null;
        }

        // The common case, one suffix and no other '$' or escape ("8$I"), without splitting.
        if (raw.Length >= 2 && raw[^2] == '$' && raw.IndexOf('$') == raw.Length - 2 && raw.IndexOf(ValueText.Escape) < 0
            && SimpleSuffix(raw[^1]) is { } single)
        {
            return single == ValueSuffix.Environment
                ? Environment(raw[..^2], conversion: null, location)
                : new TypedValue(single, raw[..^2], location);
        }

        var parts = ValueText.SplitUnescaped(raw, '$');
        var last = parts.Count - 1;
        if (last == 0)
        {
            literal = ValueText.Unescape(raw);
            return null;
        }

        var typed = ParseMethodCall(parts, location)
            ?? ParseTaskWithArguments(parts, location)
            ?? ParseEnvironmentWithConversion(parts, location)
            ?? ParseSingleSuffix(parts, location);
        if (typed is not null)
        {
            return typed;
        }

        if (parts[last] is "X" or "L")
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.CodeSuffixRejected,
                location,
                $"The suffix ${parts[last]} evaluated Python code, and a profile never runs code. Call a public static method instead: \"arguments$M$Namespace.Type.Method\" (see the README's Profile language section)."));
        }

        literal = ValueText.Unescape(raw);
        return null;
    }

    /// <summary>Whether the text ends with a suffix this parser acts on (typed, or rejected), without evaluating it.</summary>
    public static bool LooksTyped(string raw)
    {
        try
        {
            return Parse(raw, default, out _) is not null;
        }
        catch (DiagnosticException)
        {
            return true;
        }
    }

    // "args$M$Type.Method" or "args$M$Type.Method$I,S".
    private static TypedValue? ParseMethodCall(List<string> parts, SourceLocation location)
    {
        var last = parts.Count - 1;
        if (last >= 3 && parts[last - 2] == "M" && IsQualifiedMember(parts[last - 1]) && TryParseArgumentTypes(parts[last], out var types))
        {
            return MethodCall(parts, last - 2, parts[last - 1], types, location);
        }

        if (last >= 2 && parts[last - 1] == "M" && IsQualifiedMember(parts[last]))
        {
            return MethodCall(parts, last - 1, parts[last], argumentTypes: null, location);
        }

        return null;
    }

    private static TypedValue MethodCall(List<string> parts, int suffixIndex, string method, IReadOnlyList<ValueSuffix>? argumentTypes, SourceLocation location)
    {
        var arguments = ValueText.SplitArguments(Join(parts, suffixIndex));
        return new TypedValue(ValueSuffix.MethodCall, ValueText.Unescape(Join(parts, suffixIndex)), location)
        {
            Method = method,
            Arguments = arguments,
            ArgumentTypes = argumentTypes,
        };
    }

    // "Namespace.Task$T$a,b".
    private static TypedValue? ParseTaskWithArguments(List<string> parts, SourceLocation location)
    {
        var last = parts.Count - 1;
        if (last < 2 || parts[last - 1] != "T")
        {
            return null;
        }

        var typeName = Join(parts, last - 1);
        if (!IsTypeName(typeName))
        {
            return null;
        }

        return new TypedValue(ValueSuffix.TaskInstance, typeName, location) { Arguments = ValueText.SplitArguments(parts[last]) };
    }

    // "NAME$E$I", "NAME:-default$E$I", "NAME$C$I".
    private static TypedValue? ParseEnvironmentWithConversion(List<string> parts, SourceLocation location)
    {
        var last = parts.Count - 1;
        if (last < 2 || parts[last - 1] is not ("E" or "C") || SimpleSuffix(parts[last]) is not { } conversion
            || conversion is ValueSuffix.Environment or ValueSuffix.BuildContext or ValueSuffix.TaskInstance)
        {
            return null;
        }

        var body = ValueText.Unescape(Join(parts, last - 1));
        return parts[last - 1] == "E"
            ? Environment(body, conversion, location)
            : new TypedValue(ValueSuffix.BuildContext, body, location) { Conversion = conversion };
    }

    private static TypedValue? ParseSingleSuffix(List<string> parts, SourceLocation location)
    {
        var last = parts.Count - 1;
        if (SimpleSuffix(parts[last]) is not { } suffix)
        {
            return null;
        }

        var body = ValueText.Unescape(Join(parts, last));
        return suffix == ValueSuffix.Environment
            ? Environment(body, conversion: null, location)
            : new TypedValue(suffix, body, location);
    }

    private static TypedValue Environment(string body, ValueSuffix? conversion, SourceLocation location)
    {
        var separator = body.IndexOf(EnvironmentDefaultSeparator, StringComparison.Ordinal);
        return separator < 0
            ? new TypedValue(ValueSuffix.Environment, body, location) { Conversion = conversion }
            : new TypedValue(ValueSuffix.Environment, body[..separator], location)
            {
                Conversion = conversion,
                EnvironmentDefault = body[(separator + EnvironmentDefaultSeparator.Length)..],
            };
    }

    private static ValueSuffix? SimpleSuffix(string part) => part.Length == 1 ? SimpleSuffix(part[0]) : null;

    private static ValueSuffix? SimpleSuffix(char letter) => letter switch
    {
        'I' => ValueSuffix.Integer,
        'F' => ValueSuffix.Float,
        'B' => ValueSuffix.Boolean,
        'S' => ValueSuffix.String,
        'E' => ValueSuffix.Environment,
        'C' => ValueSuffix.BuildContext,
        'P' => ValueSuffix.Path,
        'R' => ValueSuffix.TypeReference,
        'T' => ValueSuffix.TaskInstance,
        _ => null,
    };

    private static bool TryParseArgumentTypes(string part, out IReadOnlyList<ValueSuffix> types)
    {
        var list = new List<ValueSuffix>();
        types = list;
        foreach (var code in part.Split(','))
        {
            if (code is not ("I" or "F" or "B" or "S"))
            {
                return false;
            }

            list.Add(SimpleSuffix(code)!.Value);
        }

        return true;
    }

    private static string Join(List<string> parts, int count) =>
        count == 1 ? parts[0] : string.Join('$', parts.Take(count));

    internal static bool IsTypeName(string text) =>
        text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_') && text.All(IsTypeNameCharacter);

    private static bool IsQualifiedMember(string text)
    {
        var dot = text.LastIndexOf('.');
        return dot > 0 && dot < text.Length - 1 && IsTypeName(text[..dot]) && IsTypeName(text[(dot + 1)..]) && !text[(dot + 1)..].Contains('+');
    }

    private static bool IsTypeNameCharacter(char character) =>
        char.IsLetterOrDigit(character) || character is '_' or '.' or '+' or '`';
}
