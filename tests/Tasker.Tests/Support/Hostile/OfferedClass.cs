namespace Tasker.Tests.Support.Hostile;

/// <summary>Offers all of its public static methods to profiles.</summary>
[TaskerProfileMethod]
public static class OfferedClass
{
    public static string Shout(string text) => text.ToUpperInvariant();
}
