using Tasker.Diagnostics;
using Tasker.Profiles;

namespace Tasker.Storage;

/// <summary>The <c>[__setting__.storage]</c> table: which storage a pipeline uses, and its options (<c>kwargs</c>).</summary>
internal sealed record StorageSettings(string Reference, SourceLocation Location, ProfileTable? Options)
{
    public static StorageSettings Default(string file) => new(StorageFactory.MemoryStorageName, SourceLocation.OfFile(file), null);
}
