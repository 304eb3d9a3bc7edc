using Tasker.Diagnostics;

namespace Tasker.Isolation;

/// <summary>The [[__meta__]] entry a host event is about.</summary>
internal sealed record HostEntry(string DisplayName, SourceLocation Location);
