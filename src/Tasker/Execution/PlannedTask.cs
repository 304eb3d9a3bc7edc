using Tasker.Launching;
using Tasker.Profiles;

namespace Tasker.Execution;

/// <summary>An entry that will run: its task type is known and its profile table found.</summary>
internal sealed record PlannedTask(MetaEntry Entry, Type TaskType, ProfileTable TaskTable);
