namespace Tasker.Templates;

/// <summary>Where a task's template is written: the same file name from the build target and the command line.</summary>
internal static class TemplateFiles
{
    /// <summary>The reference with characters a file name cannot hold (and <c>$</c>) replaced, plus <c>.toml</c>.</summary>
    public static string FileName(string reference) =>
        string.Concat(reference.Select(character => Path.GetInvalidFileNameChars().Contains(character) || character == '$' ? '_' : character)) + ".toml";
}
