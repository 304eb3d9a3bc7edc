namespace Tasker.Planning;

/// <summary>What a task declares about itself: the storage keys it uses and the schema of its profile table.</summary>
internal sealed record TaskDeclarations(
    IReadOnlyList<string> Require,
    IReadOnlyList<string> Provide,
    IReadOnlyList<string> Remove,
    IReadOnlyList<Definition> Definitions);
