namespace Tasker.Launching;

/// <summary>The optional descriptive keys at the top of a launcher profile.</summary>
internal sealed record LauncherHeader(string? Schema, string? Name, string? Author, string? Version, string? Email, string? Abstract);
