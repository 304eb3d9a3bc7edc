using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>A plain object stored in a persistent storage, read back with <c>Get&lt;T&gt;</c>.</summary>
public sealed record Measurement(string Name, double Value, IReadOnlyList<int> Samples, DateTime Taken);
