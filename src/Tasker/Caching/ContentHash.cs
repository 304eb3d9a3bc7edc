using System.Security.Cryptography;
using System.Text;

namespace Tasker.Caching;

/// <summary>SHA-256 in lower-case hex: the one hash the result cache uses for keys, parts and checksums.</summary>
internal static class ContentHash
{
    private const string Digits = "0123456789abcdef";

    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return LowerHex(hash);
    }

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    private static string LowerHex(ReadOnlySpan<byte> hash)
    {
        Span<char> hex = stackalloc char[hash.Length * 2];
        for (var index = 0; index < hash.Length; index++)
        {
            hex[2 * index] = Digits[hash[index] >> 4];
            hex[(2 * index) + 1] = Digits[hash[index] & 0xF];
        }

        return new string(hex);
    }

    /// <summary>Whether <paramref name="hex"/> (lower-case hex, as <see cref="Of(ReadOnlySpan{byte})"/> writes) is the hash of <paramref name="bytes"/>.</summary>
    public static bool Matches(ReadOnlySpan<byte> hex, ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes * 2];
        for (var index = 0; index < hash.Length; index++)
        {
            expected[2 * index] = (byte)Digits[hash[index] >> 4];
            expected[(2 * index) + 1] = (byte)Digits[hash[index] & 0xF];
        }

        return hex.SequenceEqual(expected);
    }

    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return LowerHex(SHA256.HashData(stream));
    }
}
