using Tasker.Diagnostics;
using Tasker.Profiles;

namespace Tasker.Storage;

/// <summary>
/// The options of <c>Tasker.Storage.JsonStorage</c> from <c>[__setting__.storage.kwargs]</c>: <c>path</c> (default
/// <c>&lt;state directory&gt;/&lt;profile name&gt;.storage.json</c>), <c>load</c> (continue from the file when the pipeline
/// starts, default false: each run starts empty, so running twice gives the same result) and <c>indent</c> (default true).
/// </summary>
internal sealed record JsonStorageOptions(string Path, bool LoadOnStart, bool Indented)
{
    public const string Name = "Tasker.Storage.JsonStorage";

    private static readonly string[] Known = ["path", "load", "indent"];

    public static JsonStorageOptions Read(StorageSettings settings, StorageContext context)
    {
        var profileDirectory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(context.ProfileFile)) ?? ".";
        var defaultPath = System.IO.Path.Combine(
            context.StateDirectory ?? profileDirectory,
            System.IO.Path.GetFileNameWithoutExtension(context.ProfileFile) + ".storage.json");
        var options = new JsonStorageOptions(defaultPath, LoadOnStart: false, Indented: true);
        if (settings.Options is not { } kwargs)
        {
            return options;
        }

        foreach (var field in kwargs.Fields)
        {
            options = field.Key switch
            {
                "path" when field.Value.Raw is string { Length: > 0 } path => options with { Path = System.IO.Path.Combine(profileDirectory, path) },
                "load" when field.Value.Raw is bool load => options with { LoadOnStart = load },
                "indent" when field.Value.Raw is bool indent => options with { Indented = indent },
                "path" or "load" or "indent" => throw Invalid(field.Value.Location, $"The JsonStorage option '{field.Key}' must be {(field.Key == "path" ? "a non-empty string" : "a boolean")}, not a {ProfileValue.DescribeType(field.Value.Raw)}."),
                _ => throw Invalid(field.KeyLocation, $"Unknown JsonStorage option '{field.Key}'. Use path, load or indent.{Suggestions.DidYouMean(field.Key, Known)}"),
            };
        }

        return options;
    }

    public JsonStorageBackend Create()
    {
        var backend = new JsonStorageBackend(Path, Indented);

        // Checked even when the file is not loaded: the run ends with a dump, which must never replace a device or pipe.
        backend.RefuseSpecialFile("written");
        if (LoadOnStart)
        {
            backend.Load();
        }

        return backend;
    }

    private static DiagnosticException Invalid(SourceLocation location, string message) =>
        new(Diagnostic.Error(DiagnosticCodes.StorageOptionInvalid, location, message));
}
