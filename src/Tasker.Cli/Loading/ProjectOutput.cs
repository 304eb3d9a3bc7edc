namespace Tasker.Cli.Loading;

/// <summary>
/// What evaluating a project tells: its output assembly, the package assemblies it runs with, and where its
/// pipelines keep persistent storage in a build (<c>TaskerStateDirectory</c>; <see langword="null"/> without the package).
/// </summary>
internal sealed record ProjectOutput(string AssemblyPath, IReadOnlyList<string> DependencyPaths, string? StateDirectory);
