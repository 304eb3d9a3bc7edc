using Tasker.Diagnostics;

namespace Tasker.Profiles;

/// <summary>
/// One value read from a profile file with where it stands. <see cref="Raw"/> is a string, long, double,
/// bool, DateTimeOffset, DateTime, DateOnly, TimeOnly, <see cref="ProfileTable"/> or <see cref="ProfileArray"/>.
/// </summary>
internal sealed record ProfileValue(object Raw, SourceLocation Location)
{
    public static string DescribeType(object? raw) => raw switch
    {
        null => "nothing",
        string => "string",
        long => "integer",
        double => "float",
        bool => "boolean",
        DateTimeOffset or DateTime or DateOnly or TimeOnly => "date-time",
        ProfileTable => "table",
        ProfileArray { IsArrayOfTables: true } => "array of tables",
        ProfileArray => "array",
        _ => raw.GetType().Name,
    };
}
