namespace Tasker.Caching;

/// <summary>
/// What one entry or branch left in the storage: each provided key's value as JSON text (as a JSON storage writes
/// it), and the keys it provides or removes that held no value afterwards.
/// </summary>
internal sealed record CachedResult(IReadOnlyList<KeyValuePair<string, string>> Values, IReadOnlyList<string> Absent);
