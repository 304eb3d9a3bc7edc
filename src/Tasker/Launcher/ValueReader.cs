namespace Tasker.Launcher;

/// <summary>Turns a raw profile value into a launcher setting, or says it cannot.</summary>
internal delegate bool ValueReader<T>(object raw, out T value);
