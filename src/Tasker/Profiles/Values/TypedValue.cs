using Tasker.Diagnostics;

namespace Tasker.Profiles.Values;

/// <summary>
/// A string value that ends with a known suffix, taken apart but not yet evaluated (evaluation may read the
/// environment, files or types, so it waits until the task is about to run).
/// </summary>
/// <param name="Suffix">The outer suffix.</param>
/// <param name="Body">The unescaped text before the suffix: the literal, variable name, path, type name or method arguments.</param>
/// <param name="Location">Where the value stands, for every diagnostic about it.</param>
internal sealed record TypedValue(ValueSuffix Suffix, string Body, SourceLocation Location)
{
    /// <summary>For <c>$E</c> and <c>$C</c>: the suffix applied to the variable's or the build fact's text (<c>$E$I</c>), or <see langword="null"/> for text.</summary>
    public ValueSuffix? Conversion { get; init; }

    /// <summary>For <c>$E</c>: the text used when the variable is unset or empty (<c>NAME:-default</c>).</summary>
    public string? EnvironmentDefault { get; init; }

    /// <summary>For <c>$T</c> and <c>$M</c>: the unescaped arguments.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>For <c>$M</c>: the full name of the type and the method, <c>Namespace.Type.Method</c>.</summary>
    public string? Method { get; init; }

    /// <summary>For <c>$M</c>: the kinds the arguments are parsed as (<c>$I,S</c>), or <see langword="null"/> to follow the parameters.</summary>
    public IReadOnlyList<ValueSuffix>? ArgumentTypes { get; init; }

    /// <summary>The variable name of a <c>$E</c> value (the body without its default).</summary>
    public string EnvironmentName => Body;
}
