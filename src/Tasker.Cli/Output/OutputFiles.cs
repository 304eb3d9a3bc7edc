using Tasker.Diagnostics;

namespace Tasker.Cli.Output;

/// <summary>Writes a file a command produces; a folder or file that cannot be written is a diagnostic at that path.</summary>
internal static class OutputFiles
{
    public static void Write(string path, string text, DiagnosticDescriptor code, string what)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DiagnosticException(Diagnostic.Error(code, SourceLocation.OfFile(path), $"{what} could not be written to {path}: {exception.Message}"));
        }
    }
}
