namespace Tasker.Hosting;

/// <summary>
/// One key of a planned table as <c>tasker plan</c> shows it: <paramref name="Value"/> written back as TOML, or, for a
/// value known only when its task runs, what it is (<c>&lt;$E, String, read when the task runs&gt;</c>), never
/// evaluated; then <paramref name="WrittenAs"/> is the profile's own text of it, when the profile has one.
/// </summary>
internal sealed record PlanValue(string Key, string Value, bool IsRunTime, string? WrittenAs);
