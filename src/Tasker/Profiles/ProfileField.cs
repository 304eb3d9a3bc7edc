using Tasker.Diagnostics;

namespace Tasker.Profiles;

/// <summary>A key of a table with its value; the key's own place is kept for diagnostics about the key.</summary>
internal sealed record ProfileField(string Key, SourceLocation KeyLocation, ProfileValue Value);
