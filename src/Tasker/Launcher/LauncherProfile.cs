using Tasker.Events;
using Tasker.Profiles;

namespace Tasker.Launcher;

/// <summary>A launcher profile as read and checked: header, settings and the entries in order.</summary>
internal sealed record LauncherProfile(
    string File,
    ProfileTable Root,
    PipelineHeader Header,
    LauncherSettings Settings,
    IReadOnlyList<MetaEntry> Entries);
