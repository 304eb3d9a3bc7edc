using Microsoft.Extensions.Logging;
using Tasker.Storage;

namespace Tasker.Launcher;

/// <summary>The <c>[__setting__]</c> table: which storage to use and which log records to keep.</summary>
internal sealed record LauncherSettings(StorageSettings Storage, LogLevel MinimumLogLevel)
{
    public static LauncherSettings Default(string file) => new(StorageSettings.Default(file), LogLevel.Trace);
}
