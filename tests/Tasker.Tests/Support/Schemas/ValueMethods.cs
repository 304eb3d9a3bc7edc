namespace Tasker.Tests.Support.Schemas;

/// <summary>Public static methods for $M values.</summary>
public static class ValueMethods
{
    public static int Sum(int a, int b) => a + b;

    public static string Sum(string a, string b) => a + "+" + b;

    public static string Twice(string text) => text + text;

    public static long Answer() => 42;

    public static string Fail() => throw new InvalidOperationException("no luck");

    public static void Nothing()
    {
    }
}
