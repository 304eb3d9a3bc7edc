using Tasker.Diagnostics;

namespace Tasker.Profiles.Values;

/// <summary>Where <c>$R</c>, <c>$T</c> and <c>$M</c> values find their types: the pipeline's own task catalog.</summary>
internal interface ITypeLookup
{
    /// <summary>The type with the full name, or <see langword="null"/>.</summary>
    Type? FindType(string name, SourceLocation location);

    /// <summary>
    /// Whether a profile may run code of the type (a $M method, a $T constructor) without a
    /// <see cref="TaskerProfileMethodAttribute"/>: the project's own assemblies and the built-in tasks, never the runtime.
    /// </summary>
    bool IsOfferedToProfiles(Type type);
}
