using Tasker.Diagnostics;

namespace Tasker.Cli.Loading;

/// <summary>Finds the project whose output holds the task classes: <c>--project</c>, else the one project next to the profile or in the current folder.</summary>
internal static class ProjectFileLocator
{
    private static readonly string[] ProjectPatterns = ["*.csproj", "*.fsproj", "*.vbproj"];

    /// <summary>The project file, or <see langword="null"/> when there is none to be found (a warning is added then).</summary>
    public static string? Find(TaskSource source, ICollection<Diagnostic> diagnostics)
    {
        var location = SourceLocation.OfFile(source.ProfilePath ?? "tasker");
        if (source.ProjectPath is { } given)
        {
            var path = Path.GetFullPath(given);
            if (Directory.Exists(path))
            {
                return Single(path, location) ?? throw new DiagnosticException(Diagnostic.Error(
                    DiagnosticCodes.CliProjectNotFound, location, $"The folder '{given}' given with --project holds no project file. Pass the project file itself."));
            }

            return File.Exists(path) ? path : throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.CliProjectNotFound, location, $"The project '{given}' given with --project does not exist (looked for {path})."));
        }

        var folders = new List<string>();
        if (source.ProfilePath is { } profile)
        {
            folders.Add(Path.GetDirectoryName(Path.GetFullPath(profile))!);
        }

        folders.Add(Directory.GetCurrentDirectory());
        // A profile in a folder that does not exist is reported by the engine (TSK0001), not here.
        folders = [.. folders.Distinct(StringComparer.Ordinal).Where(Directory.Exists)];
        foreach (var folder in folders)
        {
            if (Single(folder, location) is { } found)
            {
                return found;
            }
        }

        diagnostics.Add(Diagnostic.Warning(
            DiagnosticCodes.CliNoProject,
            location,
            $"No project file was found in {string.Join(" or ", folders)}, so only the built-in tasks are available. Pass --project PATH or --assembly PATH to use your own task classes."));
        return null;
    }

    private static string? Single(string folder, SourceLocation location)
    {
        var candidates = ProjectPatterns.SelectMany(pattern => Directory.EnumerateFiles(folder, pattern)).Order(StringComparer.Ordinal).ToList();
        return candidates.Count switch
        {
            0 => null,
            1 => candidates[0],
            _ => throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.CliProjectAmbiguous,
                location,
                $"The folder {folder} holds several project files ({string.Join(", ", candidates.Select(Path.GetFileName))}). Pass the one with the task classes as --project PATH.")),
        };
    }
}
