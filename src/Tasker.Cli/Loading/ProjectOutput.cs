namespace Tasker.Cli.Loading;

/// <summary>What evaluating a project tells: its output assembly and the package assemblies it runs with.</summary>
internal sealed record ProjectOutput(string AssemblyPath, IReadOnlyList<string> DependencyPaths);
