using Microsoft.Extensions.Logging;
using Tasker.Diagnostics;
using Tasker.Profiles;

namespace Tasker.Launching;

/// <summary>The <c>[__setting__]</c> table: which storage to use and which log records to keep.</summary>
internal sealed record LauncherSettings(
    string StorageReference,
    SourceLocation StorageLocation,
    ProfileTable? StorageOptions,
    LogLevel MinimumLogLevel)
{
    public static LauncherSettings Default(string file) =>
        new(Storage.StorageFactory.MemoryStorageName, SourceLocation.OfFile(file), null, LogLevel.Trace);
}
