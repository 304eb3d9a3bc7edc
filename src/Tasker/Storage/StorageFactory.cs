using Tasker.Diagnostics;
using Tasker.Launching;

namespace Tasker.Storage;

/// <summary>Creates the storage a profile's <c>[__setting__.storage] reference</c> names.</summary>
internal static class StorageFactory
{
    public const string MemoryStorageName = "Tasker.Storage.MemoryStorage";

    // The Python docs' names stay valid so that documented profiles load unchanged.
    private static readonly Dictionary<string, Func<LauncherSettings, StorageContext, IStorageBackend>> Factories = new(StringComparer.Ordinal)
    {
        [MemoryStorageName] = (_, _) => new MemoryStorageBackend(),
        ["tasker.storage.DictStorage"] = (_, _) => new MemoryStorageBackend(),
        ["tasker.storages.basic.DictStorage"] = (_, _) => new MemoryStorageBackend(),
        [JsonStorageOptions.Name] = (settings, context) => JsonStorageOptions.Read(settings, context).Create(),
    };

    public static IEnumerable<string> KnownNames => Factories.Keys;

    public static IStorageBackend Create(LauncherSettings settings, StorageContext context)
    {
        if (Factories.TryGetValue(settings.StorageReference, out var factory))
        {
            return factory(settings, context);
        }

        throw new DiagnosticException(UnknownStorage(settings));
    }

    public static Diagnostic UnknownStorage(LauncherSettings settings) =>
        Diagnostic.Error(
            DiagnosticCodes.UnknownStorage,
            settings.StorageLocation,
            $"Unknown storage '{settings.StorageReference}'. Use one of: {string.Join(", ", KnownNames)}.{Suggestions.DidYouMean(settings.StorageReference, KnownNames)}");

    public static bool IsKnown(string reference) => Factories.ContainsKey(reference);
}
