using Tasker.Diagnostics;

namespace Tasker.Events;

/// <summary>The <c>[[__meta__]]</c> entry an event is about: its task reference, how messages name it, and where it is.</summary>
internal sealed record EntryInfo(string Reference, string DisplayName, SourceLocation Location);
