namespace Tasker.Diagnostics;

/// <summary>"Did you mean" candidates by edit distance, for unknown keys and task references.</summary>
internal static class Suggestions
{
    public static IReadOnlyList<string> Nearest(string input, IEnumerable<string> candidates, int count = 3)
    {
        var limit = Math.Min(Math.Max(input.Length / 5, 2), 4);
        var close = candidates
            .Distinct(StringComparer.Ordinal)
            .Select(candidate => (candidate, distance: Distance(input, candidate)))
            .Where(pair => pair.distance <= limit)
            .ToList();

        // Only the closest candidates: a near miss should not be drowned by merely similar names.
        var best = close.Count == 0 ? 0 : close.Min(pair => pair.distance);
        return close
            .Where(pair => pair.distance == best)
            .OrderBy(pair => pair.candidate, StringComparer.Ordinal)
            .Take(count)
            .Select(pair => pair.candidate)
            .ToList();
    }

    public static string DidYouMean(string input, IEnumerable<string> candidates)
    {
        var nearest = Nearest(input, candidates);
        return nearest.Count == 0 ? string.Empty : $" Did you mean {string.Join(" or ", nearest.Select(name => $"'{name}'"))}?";
    }

    // Case differences count as half an edit so that 'exampletask' still finds 'ExampleTask'.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j * 2;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i * 2;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 1 : 2;
                current[j] = Math.Min(Math.Min(previous[j] + 2, current[j - 1] + 2), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return (previous[b.Length] + 1) / 2;
    }
}
