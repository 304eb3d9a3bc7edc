namespace Tasker.Events;

/// <summary>How prominent a message is; hosts map it to their own verbosity (MSBuild importance).</summary>
internal enum MessageLevel
{
    /// <summary>Only in detailed logs (MSBuild low importance).</summary>
    Detail,

    /// <summary>Normal output (MSBuild normal importance).</summary>
    Normal,

    /// <summary>Shown at the default verbosity (MSBuild high importance).</summary>
    Summary,
}
