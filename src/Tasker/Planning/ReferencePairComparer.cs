using System.Runtime.CompilerServices;
using Tasker.Profiles;

namespace Tasker.Planning;

/// <summary>Compares a table and a definition list by reference: the check remembers what it did with these very objects.</summary>
internal sealed class ReferencePairComparer : IEqualityComparer<TableCheck>
{
    public static ReferencePairComparer Instance { get; } = new();

    public bool Equals(TableCheck? x, TableCheck? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && ReferenceEquals(x.Table, y.Table) && ReferenceEquals(x.Definitions, y.Definitions));

    public int GetHashCode(TableCheck pair) =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Table), RuntimeHelpers.GetHashCode(pair.Definitions));
}
