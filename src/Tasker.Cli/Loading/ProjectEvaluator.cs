using System.Runtime.CompilerServices;
using Microsoft.Build.Evaluation;
using Microsoft.Build.Execution;
using Microsoft.Build.Locator;
using Tasker.Diagnostics;

namespace Tasker.Cli.Loading;

/// <summary>
/// Evaluates a project with the SDK's own MSBuild (found by Microsoft.Build.Locator) to learn its output
/// assembly (<c>TargetPath</c>) and its copy-local package assemblies, which a class library does not copy to
/// its output folder.
/// </summary>
internal static class ProjectEvaluator
{
    private static readonly object RegistrationGate = new();

    public static ProjectOutput Evaluate(string projectPath, string configuration, SourceLocation location)
    {
        lock (RegistrationGate)
        {
            if (!MSBuildLocator.IsRegistered)
            {
                try
                {
                    MSBuildLocator.RegisterDefaults();
                }
                catch (InvalidOperationException exception)
                {
                    throw Failure(location, projectPath, $"no .NET SDK was found to evaluate it with ({exception.Message}). Pass --assembly PATH instead");
                }
            }
        }

        try
        {
            return EvaluateWithMSBuild(projectPath, configuration);
        }
        catch (Exception exception) when (exception is not DiagnosticException and not OutOfMemoryException)
        {
            throw Failure(location, projectPath, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    // Kept out of Evaluate: the JIT must not meet MSBuild types before the locator has registered the SDK's copy.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ProjectOutput EvaluateWithMSBuild(string projectPath, string configuration)
    {
        using var projects = new ProjectCollection(new Dictionary<string, string> { ["Configuration"] = configuration });
        var project = projects.LoadProject(projectPath);
        var targetPath = project.GetPropertyValue("TargetPath");
        if (string.IsNullOrEmpty(targetPath))
        {
            // A multi-targeted project has an output per framework: take the first one it lists.
            var framework = project.GetPropertyValue("TargetFrameworks").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            if (framework is null)
            {
                throw new InvalidOperationException("the project defines no TargetPath, so it has no output assembly");
            }

            projects.UnloadAllProjects();
            project = projects.LoadProject(projectPath, new Dictionary<string, string> { ["Configuration"] = configuration, ["TargetFramework"] = framework }, toolsVersion: null);
            targetPath = project.GetPropertyValue("TargetPath");
        }

        var stateDirectory = project.GetPropertyValue("TaskerStateDirectory");
        return new ProjectOutput(
            targetPath,
            CopyLocalPackageAssemblies(project),
            string.IsNullOrEmpty(stateDirectory) ? null : Path.GetFullPath(stateDirectory, project.DirectoryPath));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IReadOnlyList<string> CopyLocalPackageAssemblies(Project project)
    {
        // Reads only the restore's assets file; without a restore there is nothing to add and the output folder must do.
        var instance = project.CreateProjectInstance();
        if (!instance.Build(["ResolvePackageAssets"], loggers: null))
        {
            return [];
        }

        return [.. instance.GetItems("RuntimeCopyLocalItems").Select(item => item.GetMetadataValue("FullPath"))];
    }

    private static DiagnosticException Failure(SourceLocation location, string projectPath, string why) =>
        new(Diagnostic.Error(
            DiagnosticCodes.CliEvaluationFailed,
            location,
            $"The project {Path.GetFileName(projectPath)} could not be evaluated to find its output assembly: {why}."));
}
