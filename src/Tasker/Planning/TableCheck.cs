using Tasker.Profiles;

namespace Tasker.Planning;

/// <summary>
/// A table checked against a definition list. A class, not a tuple: a set of tuples is generic code no precompiled
/// image holds.
/// </summary>
internal sealed record TableCheck(ProfileTable Table, IReadOnlyList<Definition> Definitions);
