using Tasker.Launcher;
using Tasker.Storage;

namespace Tasker.Planning;

/// <summary>A launcher profile with nothing wrong in it: the steps that execute, in order, and the storage they share.</summary>
internal sealed record ValidatedPlan(LauncherProfile Profile, IReadOnlyList<ValidatedStep> Steps, IStorageBackend Storage);
