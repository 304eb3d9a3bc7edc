using Tasker.Diagnostics;

namespace Tasker.Launcher;

/// <summary>
/// A reference with no task name (<c>""</c>, blanks, or only the <c>$T</c> part): templates leave references empty
/// for the user to fill in, so this is an ordinary profile mistake, reported at the value before anything is looked up.
/// </summary>
internal static class EmptyReference
{
    public static bool IsEmpty(string reference) => string.IsNullOrWhiteSpace(reference.Split('$')[0]);

    public static Diagnostic Error(SourceLocation location, string names) => Diagnostic.Error(
        DiagnosticCodes.EmptyReference,
        location,
        $"This reference is empty, so it names no task. Fill it in with the full name of {names}: reference = \"Namespace.TaskType\" (a generated template leaves it empty).");
}
