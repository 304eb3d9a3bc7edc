using System.Security.Cryptography;
using System.Text;

namespace Tasker.Requests;

/// <summary>
/// The share of every cacheable fork's and map's branches one machine runs (<c>tasker launch --partition I/N</c>).
/// A branch belongs to share <c>hash(id) mod N</c>: its id is stable, so every machine and every run agree.
/// </summary>
internal sealed record Partition(int Index, int Count)
{
    /// <summary>Reads "I/N" (one-based I); <see langword="null"/> when the text is not of that form or I is out of range.</summary>
    public static Partition? Parse(string? text)
    {
        var parts = text?.Split('/') ?? [];
        return parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count
            ? new Partition(index, count)
            : null;
    }

    public bool Owns(string branchId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(branchId), hash);
        return (int)(BitConverter.ToUInt32(hash) % (uint)Count) == Index - 1;
    }

    public override string ToString() => $"{Index}/{Count}";
}
