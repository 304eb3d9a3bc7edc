using Tasker.Diagnostics;

namespace Tasker.Storage;

/// <summary>Creates the storage a profile's <c>[__setting__.storage] reference</c> names.</summary>
internal static class StorageFactory
{
    public const string MemoryStorageName = "Tasker.Storage.MemoryStorage";

    /// <summary>The package prefix of tasker 0.4.3's module aliases (<c>waterch.tasker.storages.basic.DictStorage</c>).</summary>
    public const string PythonPackageAlias = "waterch.tasker.";

    // The Python docs' names stay valid so that documented profiles load unchanged.
    private static readonly Dictionary<string, Func<StorageSettings, StorageContext, IStorageBackend>> Factories = new(StringComparer.Ordinal)
    {
        [MemoryStorageName] = (_, _) => new MemoryStorageBackend(),
        ["tasker.storage.DictStorage"] = (_, _) => new MemoryStorageBackend(),
        ["tasker.storages.basic.DictStorage"] = (_, _) => new MemoryStorageBackend(),
        [JsonStorageOptions.Name] = (settings, context) => JsonStorageOptions.Read(settings, context).Create(),
    };

    public static IEnumerable<string> KnownNames => Factories.Keys;

    public static IStorageBackend Create(StorageSettings settings, StorageContext context)
    {
        if (Factories.TryGetValue(NameOf(settings.Reference), out var factory))
        {
            return factory(settings, context);
        }

        throw new DiagnosticException(UnknownStorage(settings));
    }

    public static Diagnostic UnknownStorage(StorageSettings settings) =>
        Diagnostic.Error(
            DiagnosticCodes.UnknownStorage,
            settings.Location,
            $"Unknown storage '{settings.Reference}'. Use one of: {string.Join(", ", KnownNames)}.{Suggestions.DidYouMean(NameOf(settings.Reference), KnownNames)}");

    public static bool IsKnown(string reference) => Factories.ContainsKey(NameOf(reference));

    /// <summary>
    /// The storage name a reference spells: tasker 0.4.3 only accepted a type value (<c>"tasker.storages.basic.DictStorage$R"</c>)
    /// and its modules also lived under <c>waterch.tasker</c>, so both spellings name the same storage.
    /// </summary>
    private static string NameOf(string reference)
    {
        var name = reference.EndsWith("$R", StringComparison.Ordinal) ? reference[..^2] : reference;
        return name.StartsWith(PythonPackageAlias, StringComparison.Ordinal) ? name[(PythonPackageAlias.Length - "tasker.".Length)..] : name;
    }
}
