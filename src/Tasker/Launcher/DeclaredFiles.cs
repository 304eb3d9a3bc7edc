using Tasker.Diagnostics;

namespace Tasker.Launcher;

/// <summary>
/// One <c>inputs</c> or <c>outputs</c> pattern of an entry, a container or a branch: a file or a glob
/// (<c>*</c>, <c>**</c>, <c>?</c>) relative to <see cref="BaseDirectory"/>, the folder of the profile that names it.
/// </summary>
internal sealed record DeclaredFiles(string Pattern, string BaseDirectory, SourceLocation Location)
{
    public bool IsGlob => Pattern.IndexOfAny(['*', '?', '[']) >= 0;
}
