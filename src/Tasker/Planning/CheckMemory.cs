using Tasker.Profiles;

namespace Tasker.Planning;

/// <summary>
/// What the check before the run has already done, so that 10,000 entries naming one task and one table cost one
/// schema read, one value check and one schema check. Tables and definition lists are compared by reference.
/// </summary>
internal sealed class CheckMemory
{
    public Dictionary<Type, IReadOnlyList<Definition>> DefinitionsByType { get; } = [];

    public Dictionary<ProfileTable, ProfileTable> CheckedTables { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether a checked table still holds a value only the run can know.</summary>
    public Dictionary<ProfileTable, bool> DeferredTables { get; } = new(ReferenceEqualityComparer.Instance);

    public HashSet<TableCheck> ValidatedTables { get; } = new(ReferencePairComparer.Instance);
}
