using Microsoft.Extensions.Logging;
using Tasker.Diagnostics;
using Tasker.Storage;

namespace Tasker.Execution;

/// <summary>Everything one invocation of a task needs.</summary>
internal sealed record TaskInvocation(
    ITask Task,
    string TaskName,
    SourceLocation Location,
    Profile Profile,
    IStorage Storage,
    IStorageBackend Backend,
    int MaxRetries,
    LogLevel MinimumLogLevel);
