namespace Tasker.Caching;

/// <summary>A cached result read back: values in the shapes a JSON storage loads them in, and the keys to leave empty.</summary>
internal sealed record RestoredResult(IReadOnlyList<KeyValuePair<string, object?>> Values, IReadOnlyList<string> Absent);
