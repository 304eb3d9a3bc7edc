namespace Tasker.Storage;

/// <summary>What a storage needs to know about the run: where persistent storages keep their files by default.</summary>
internal sealed record StorageContext(string ProfileFile, string? StateDirectory);
