using Tasker.Diagnostics;

namespace Tasker.Profiles.Values;

/// <summary>
/// What a <c>$C</c> value reads: a fact of the build by its <see cref="BuildContext"/> name, or else a property the
/// project names in <c>TaskerProperties</c>. Names are compared without regard to case, as MSBuild compares them.
/// </summary>
internal static class BuildFacts
{
    private static readonly (string Name, Func<BuildContext, string?> Read)[] Facts =
    [
        (nameof(BuildContext.ProjectFile), build => build.ProjectFile),
        (nameof(BuildContext.ProjectDirectory), build => build.ProjectDirectory),
        (nameof(BuildContext.OutputAssembly), build => build.OutputAssembly),
        (nameof(BuildContext.OutputDirectory), build => build.OutputDirectory),
        (nameof(BuildContext.IntermediateDirectory), build => build.IntermediateDirectory),
        (nameof(BuildContext.Configuration), build => build.Configuration),
        (nameof(BuildContext.TargetFramework), build => build.TargetFramework),
    ];

    public static IEnumerable<string> Names => Facts.Select(fact => fact.Name);

    public static string Read(BuildContext build, string name, SourceLocation location)
    {
        if (name.Length == 0)
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.InvalidTypedValue,
                location,
                "A $C value needs a name before the suffix: a build fact such as \"ProjectDirectory$C\", or a property named in TaskerProperties."));
        }

        foreach (var (factName, read) in Facts)
        {
            if (string.Equals(factName, name, StringComparison.OrdinalIgnoreCase))
            {
                return read(build) ?? throw new DiagnosticException(Diagnostic.Error(
                    DiagnosticCodes.BuildFactUnknownInThisRun,
                    location,
                    $"'{factName}' is not known in this run: only a build of the project gives it (dotnet build, or tasker with --project; tasker --assembly and a TaskTest without a BuildContext have none). Run the pipeline from its project, or write the value itself."));
            }
        }

        if (build.Properties.TryGetValue(name, out var value))
        {
            return value;
        }

        var candidates = Names.Concat(build.Properties.Keys).ToList();
        var listed = build.Properties.Count == 0 ? "TaskerProperties names none" : $"TaskerProperties names {string.Join(", ", build.Properties.Keys.Order(StringComparer.OrdinalIgnoreCase))}";
        throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.UnknownBuildFact,
            location,
            $"'{name}' is neither a build fact ({string.Join(", ", Names)}) nor a property the project passes to its pipelines ({listed}).{DidYouMean(name, candidates)} To read an MSBuild property, add its name to TaskerProperties in the project: <TaskerProperties>$(TaskerProperties);{name}</TaskerProperties>."));
    }

    // Suggestions ignore case, as the lookup does.
    private static string DidYouMean(string name, IReadOnlyList<string> candidates)
    {
        var byLowerName = candidates.GroupBy(candidate => candidate.ToLowerInvariant()).ToDictionary(group => group.Key, group => group.First());
        var nearest = Suggestions.Nearest(name.ToLowerInvariant(), byLowerName.Keys);
        return nearest.Count == 0 ? string.Empty : $" Did you mean {string.Join(" or ", nearest.Select(lower => $"'{byLowerName[lower]}'"))}?";
    }
}
