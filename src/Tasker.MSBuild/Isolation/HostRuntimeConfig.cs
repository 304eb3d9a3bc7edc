using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tasker.MSBuild.Isolation;

/// <summary>
/// Makes the runtime config the host starts with, from the project's target framework and shared frameworks: a
/// class library has no runtimeconfig.json of its own, and the host must run on the project's runtime so that
/// its task types behave as they do in the project's own process.
/// </summary>
internal static class HostRuntimeConfig
{
    /// <summary>The host is built for .NET 8; it cannot start on an older runtime.</summary>
    public static readonly Version MinimumRuntime = new(8, 0);

    /// <param name="targetFrameworkIdentifier">MSBuild's <c>TargetFrameworkIdentifier</c> (<c>.NETCoreApp</c> for .NET 5 and later).</param>
    /// <param name="targetFrameworkVersion">MSBuild's <c>TargetFrameworkVersion</c>, such as <c>v10.0</c>.</param>
    /// <param name="frameworkReferences">The project's <c>FrameworkReference</c> names.</param>
    /// <param name="dotnetRoot">The folder of the <c>dotnet</c> executable, whose <c>shared/</c> folder lists the installed runtimes; null when unknown.</param>
    public static HostRuntimePlan Plan(string? targetFrameworkIdentifier, string? targetFrameworkVersion, IEnumerable<string> frameworkReferences, string? dotnetRoot)
    {
        var notes = new List<string>();
        var projectVersion = string.Equals(targetFrameworkIdentifier, ".NETCoreApp", StringComparison.OrdinalIgnoreCase) ? ParseVersion(targetFrameworkVersion?.TrimStart('v', 'V')) : null;
        var wanted = projectVersion is null || projectVersion < MinimumRuntime ? MinimumRuntime : new Version(projectVersion.Major, projectVersion.Minor);
        if (projectVersion is not null && projectVersion < MinimumRuntime)
        {
            notes.Add($"The project targets .NET {projectVersion.ToString(2)}; the Tasker host needs .NET {MinimumRuntime.ToString(2)} or later and runs its pipelines there.");
        }

        var names = new[] { IsolationChoice.BaseFramework }
            .Concat(frameworkReferences.Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name.Trim()))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var frameworks = new List<HostFramework>();
        var rollForward = "Major";
        foreach (var name in names)
        {
            var installed = InstalledVersions(dotnetRoot, name);
            if (installed.Count == 0)
            {
                // Nothing to choose from: let the runtime pick the newest it finds, or say what is missing.
                frameworks.Add(new HostFramework(name, Format(wanted)));
                rollForward = "LatestMajor";
            }
            else if (installed.Any(version => version.Major == wanted.Major && version >= wanted))
            {
                frameworks.Add(new HostFramework(name, Format(wanted)));
            }
            else
            {
                var newest = installed.Max()!;
                frameworks.Add(new HostFramework(name, newest.ToString(3)));
                if (newest > wanted)
                {
                    notes.Add($"{name} {wanted.ToString(2)}, which the project targets, is not installed; the Tasker host runs on the newest installed version, {newest.ToString(3)}.");
                }
            }
        }

        return new HostRuntimePlan($"net{wanted.ToString(2)}", frameworks, rollForward, notes);
    }

    public static string ToJson(HostRuntimePlan plan)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("runtimeOptions");
            json.WriteString("tfm", plan.TargetFramework);
            json.WriteString("rollForward", plan.RollForward);
            json.WriteStartArray("frameworks");
            foreach (var framework in plan.Frameworks)
            {
                json.WriteStartObject();
                json.WriteString("name", framework.Name);
                json.WriteString("version", framework.Version);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the file only when its text changes, so an unchanged build leaves it untouched.</summary>
    public static void Write(string path, string json)
    {
        if (File.Exists(path) && string.Equals(File.ReadAllText(path), json, StringComparison.Ordinal))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, json);
    }

    private static IReadOnlyList<Version> InstalledVersions(string? dotnetRoot, string framework)
    {
        var folder = dotnetRoot is null ? null : Path.Combine(dotnetRoot, "shared", framework);
        if (folder is null || !Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateDirectories(folder).Select(Path.GetFileName).Select(ParseVersion).OfType<Version>()];
    }

    // Folder names such as "10.0.0-rc.2.25502.107" count by their numeric part.
    private static Version? ParseVersion(string? text)
    {
        var numeric = text?.Split('-')[0];
        return Version.TryParse(numeric, out var version) ? version : null;
    }

    private static string Format(Version version) => $"{version.Major.ToString(CultureInfo.InvariantCulture)}.{version.Minor.ToString(CultureInfo.InvariantCulture)}.0";
}
