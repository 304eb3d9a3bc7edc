using Tasker.Diagnostics;

namespace Tasker.Profiles.Values;

/// <summary>Where <c>$R</c>, <c>$T</c> and <c>$M</c> values find their types: the pipeline's own task catalog.</summary>
internal interface ITypeLookup
{
    /// <summary>The type with the full name, or <see langword="null"/>.</summary>
    Type? FindType(string name, SourceLocation location);
}
