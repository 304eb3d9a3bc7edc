using Tasker.Launching;
using Tasker.Profiles;

namespace Tasker.Execution.Containers;

/// <summary>Where a container stands: its <c>[[__meta__]]</c> entry, its table, the launcher profile and the catalog its task comes from.</summary>
internal sealed record ContainerSource(MetaEntry Entry, ProfileTable Table, LauncherProfile Launcher, TaskCatalog Catalog);
