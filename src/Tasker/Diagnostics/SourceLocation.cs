namespace Tasker.Diagnostics;

/// <summary>A place in a profile file. Lines and columns are one-based; zero means unknown.</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column, int EndLine = 0, int EndColumn = 0)
{
    public static SourceLocation OfFile(string file) => new(file, 0, 0);

    public bool HasPosition => Line > 0;

    public override string ToString() => HasPosition ? $"{File}({Line},{Column})" : File;
}
