using System.Security.Cryptography;
using System.Text;

namespace Tasker.Caching;

/// <summary>SHA-256 in lower-case hex: the one hash the result cache uses for keys, parts and checksums.</summary>
internal static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
    }
}
