using System.Reflection;
using Tasker.Diagnostics;

namespace Tasker.Profiles.Values;

/// <summary>
/// Chooses the constructor or static method that takes the text arguments of a <c>$T</c> or <c>$M</c> value and
/// converts the arguments to its parameter types: the first overload, in declaration order, whose parameter count
/// matches and whose every argument converts.
/// </summary>
internal static class ArgumentBinder
{
    public static bool TryBind<TMember>(IEnumerable<TMember> candidates, IReadOnlyList<string> arguments, IReadOnlyList<ValueSuffix>? argumentTypes, out TMember? chosen, out object?[] values)
        where TMember : MethodBase
    {
        foreach (var candidate in candidates)
        {
            var parameters = candidate.GetParameters();
            if (parameters.Length != arguments.Count)
            {
                continue;
            }

            var converted = new object?[arguments.Count];
            var fits = true;
            for (var i = 0; i < arguments.Count && fits; i++)
            {
                fits = argumentTypes is null
                    ? ValueText.TryConvertArgument(arguments[i], parameters[i].ParameterType, out converted[i])
                    : TryConvertTyped(arguments[i], argumentTypes[i], parameters[i].ParameterType, out converted[i]);
            }

            if (fits)
            {
                chosen = candidate;
                values = converted;
                return true;
            }
        }

        chosen = null;
        values = [];
        return false;
    }

    /// <summary>Checks, before anything runs, that a task type has a public constructor for the arguments.</summary>
    public static ConstructorInfo RequireConstructor(Type type, IReadOnlyList<string> arguments, SourceLocation location) =>
        TryBind(type.GetConstructors(), arguments, argumentTypes: null, out var constructor, out _)
            ? constructor!
            : throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ValueConstructorMismatch,
                location,
                $"No public constructor of {type.FullName} takes the {arguments.Count} argument(s) {Quote(arguments)}. Public constructors: {Describe(type.GetConstructors())}."));

    /// <summary>Creates an instance with the constructor the arguments fit.</summary>
    public static object Construct(Type type, IReadOnlyList<string> arguments, SourceLocation location)
    {
        if (!TryBind(type.GetConstructors(), arguments, argumentTypes: null, out var constructor, out var values))
        {
            RequireConstructor(type, arguments, location);
        }

        return constructor!.Invoke(values);
    }

    public static string Describe(IEnumerable<MethodBase> members)
    {
        var list = members.Select(member => $"({string.Join(", ", member.GetParameters().Select(parameter => parameter.ParameterType.Name))})").ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }

    public static string Quote(IReadOnlyList<string> arguments) =>
        arguments.Count == 0 ? "(none)" : string.Join(", ", arguments.Select(argument => $"'{argument}'"));

    private static bool TryConvertTyped(string text, ValueSuffix suffix, Type target, out object? value)
    {
        value = null;
        object? raw = suffix switch
        {
            ValueSuffix.Integer when ValueText.TryParseInteger(text, out var integer) => integer,
            ValueSuffix.Float when ValueText.TryParseFloat(text, out var number) => number,
            ValueSuffix.Boolean when ValueText.TryParseBoolean(text, out var flag) => flag,
            ValueSuffix.String => text,
            _ => null,
        };
        return raw is not null && ProfileValueConverter.TryConvert(raw, target, out value);
    }
}
