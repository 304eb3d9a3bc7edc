namespace Tasker.Tests.Support.Hostile;

/// <summary>One method offered to profiles by its marker, one not.</summary>
public static class OfferedMethods
{
    [TaskerProfileMethod]
    public static int NextPort(int start) => start + 1;

    public static int NotOffered(int start) => start - 1;
}
