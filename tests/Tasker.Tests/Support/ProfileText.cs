namespace Tasker.Tests.Support;

/// <summary>Pieces of profile text for tests.</summary>
internal static class ProfileText
{
    /// <summary>A <c>[[__meta__]]</c> entry: three lines (header, reference, <paramref name="extra"/>).</summary>
    public static string Meta(string reference, string extra = "") => $"""
        [[__meta__]]
        reference = "{reference}"
        {extra}

        """;
}
