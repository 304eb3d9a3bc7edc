using System.Runtime.CompilerServices;
using Tasker.Profiles;

namespace Tasker.Planning;

/// <summary>Compares a table and a definition list by reference: the check remembers what it did with these very objects.</summary>
internal sealed class ReferencePairComparer : IEqualityComparer<(ProfileTable Table, IReadOnlyList<Definition> Definitions)>
{
    public static ReferencePairComparer Instance { get; } = new();

    public bool Equals((ProfileTable Table, IReadOnlyList<Definition> Definitions) x, (ProfileTable Table, IReadOnlyList<Definition> Definitions) y) =>
        ReferenceEquals(x.Table, y.Table) && ReferenceEquals(x.Definitions, y.Definitions);

    public int GetHashCode((ProfileTable Table, IReadOnlyList<Definition> Definitions) pair) =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Table), RuntimeHelpers.GetHashCode(pair.Definitions));
}
