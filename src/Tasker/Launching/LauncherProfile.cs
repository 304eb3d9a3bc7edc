using Tasker.Profiles;

namespace Tasker.Launching;

/// <summary>A launcher profile as read and checked: header, settings and the entries in order.</summary>
internal sealed record LauncherProfile(
    string File,
    ProfileTable Root,
    LauncherHeader Header,
    LauncherSettings Settings,
    IReadOnlyList<MetaEntry> Entries);
