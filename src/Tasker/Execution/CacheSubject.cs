using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Profiles;

namespace Tasker.Execution;

/// <summary>
/// An entry or branch about to run, as the result cache sees it. <see cref="Identity"/> names it across runs (for the
/// manifest that explains a miss); <see cref="Table"/> is its resolved table and <see cref="WrittenTable"/> the table as
/// the profile wrote it (where its <c>$E</c> variables are found).
/// </summary>
internal sealed record CacheSubject(
    string Identity,
    string DisplayName,
    SourceLocation Location,
    Type DefiningType,
    string Reference,
    ProfileTable Table,
    ProfileTable WrittenTable,
    IReadOnlyList<string> Require,
    IReadOnlyList<string> Provide,
    IReadOnlyList<string> Remove,
    IReadOnlyList<DeclaredFiles> Inputs,
    IReadOnlyList<DeclaredFiles> Outputs);
