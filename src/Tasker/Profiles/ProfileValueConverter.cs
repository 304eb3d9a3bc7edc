using System.Collections;

namespace Tasker.Profiles;

/// <summary>Turns the values of a profile into the CLR types a task asks for, without losing precision silently.</summary>
internal static class ProfileValueConverter
{
    /// <summary>The value a task sees when it asks for <see cref="object"/>: tables as <see cref="Profile"/>, arrays as lists.</summary>
    public static object Natural(object raw) => raw switch
    {
        ProfileTable table => new Profile(table),
        ProfileArray array => array.Items.Select(item => Natural(item.Raw)).ToList().AsReadOnly(),
        _ => raw,
    };

    public static bool TryConvert(object raw, Type target, out object? result)
    {
        result = null;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying == typeof(object))
        {
            result = Natural(raw);
            return true;
        }

        switch (raw)
        {
            case ProfileTable table when underlying == typeof(Profile):
                result = new Profile(table);
                return true;
            case ProfileArray array:
                return TryConvertArray(array, underlying, out result);
            case string text when underlying == typeof(string):
                result = text;
                return true;
            case string text when underlying.IsEnum:
                return Enum.TryParse(underlying, text, ignoreCase: true, out result);
            case long when underlying == typeof(long):
                result = raw;
                return true;
            case long integer:
                return TryConvertInteger(integer, underlying, out result);
            // The value as read, not a new box of it: schema checks convert every value of every branch of a fork.
            case double when underlying == typeof(double):
                result = raw;
                return true;
            case double number when underlying == typeof(float):
                result = (float)number;
                return true;
            case double number when underlying == typeof(decimal) && double.IsFinite(number):
                result = (decimal)number;
                return true;
            case bool when underlying == typeof(bool):
                result = raw;
                return true;
            case DateTimeOffset offset when underlying == typeof(DateTimeOffset):
                result = offset;
                return true;
            case DateTimeOffset offset when underlying == typeof(DateTime):
                result = offset.UtcDateTime;
                return true;
            case DateTime local when underlying == typeof(DateTime):
                result = local;
                return true;
            case DateOnly date when underlying == typeof(DateOnly):
                result = date;
                return true;
            case TimeOnly time when underlying == typeof(TimeOnly):
                result = time;
                return true;
        }

        if (underlying.IsInstanceOfType(raw))
        {
            result = raw;
            return true;
        }

        return false;
    }

    /// <summary>How a CLR type is named in messages, in the profile's own words where one exists.</summary>
    public static string DescribeType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return "string";
        if (underlying == typeof(bool)) return "boolean";
        if (underlying == typeof(long) || underlying == typeof(int) || underlying == typeof(short) || underlying == typeof(byte)
            || underlying == typeof(ulong) || underlying == typeof(uint) || underlying == typeof(ushort) || underlying == typeof(sbyte))
        {
            return $"integer ({underlying.Name})";
        }

        if (underlying == typeof(double) || underlying == typeof(float) || underlying == typeof(decimal)) return $"float ({underlying.Name})";
        if (underlying == typeof(Profile)) return "table";
        if (ElementType(underlying) is { } element) return $"array of {DescribeType(element)}";
        return underlying.Name;
    }

    internal static Type? ElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType) return null;
        var definition = type.GetGenericTypeDefinition();
        if (definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(ICollection<>))
        {
            return type.GetGenericArguments()[0];
        }

        return null;
    }

    private static bool TryConvertArray(ProfileArray array, Type target, out object? result)
    {
        result = null;
        var elementType = ElementType(target);
        if (elementType is null)
        {
            return false;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in array.Items)
        {
            if (!TryConvert(item.Raw, elementType, out var element))
            {
                return false;
            }

            list.Add(element);
        }

        if (target.IsArray)
        {
            var typed = Array.CreateInstance(elementType, list.Count);
            list.CopyTo(typed, 0);
            result = typed;
        }
        else
        {
            result = list;
        }

        return true;
    }

    private static bool TryConvertInteger(long integer, Type target, out object? result)
    {
        result = null;
        try
        {
            if (target == typeof(long)) result = integer;
            else if (target == typeof(int)) result = checked((int)integer);
            else if (target == typeof(short)) result = checked((short)integer);
            else if (target == typeof(byte)) result = checked((byte)integer);
            else if (target == typeof(sbyte)) result = checked((sbyte)integer);
            else if (target == typeof(ushort)) result = checked((ushort)integer);
            else if (target == typeof(uint)) result = checked((uint)integer);
            else if (target == typeof(ulong)) result = checked((ulong)integer);
            else if (target == typeof(double)) result = (double)integer;
            else if (target == typeof(float)) result = (float)integer;
            else if (target == typeof(decimal)) result = (decimal)integer;

            // Never to string: the schema refuses `name = 5` where text is wanted, and Get<string> must agree with it.
        }
        catch (OverflowException)
        {
            return false;
        }

        return result is not null;
    }
}
