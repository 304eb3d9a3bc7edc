namespace Tasker.Profiles;

/// <summary>
/// Compares the keys of a profile's tables, ordinally. Precompiled code cannot inline the runtime's string comparison,
/// so each comparison is a call: the length and first character are compared here first, which tells most different
/// keys apart without one. A fork of 10,000 branches compares each branch's keys with a dozen names.
/// </summary>
internal static class KeyName
{
    public static bool Same(string key, string other) =>
        key.Length == other.Length
        && (key.Length == 0 || key[0] == other[0])
        && string.Equals(key, other, StringComparison.Ordinal);
}
