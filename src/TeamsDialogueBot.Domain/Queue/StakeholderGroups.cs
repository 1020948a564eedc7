using System.Diagnostics.CodeAnalysis;

namespace TeamsDialogueBot.Domain.Queue;

/// <summary>The stakeholder groups a speaker can belong to; the list is configurable per dialogue.</summary>
public static class StakeholderGroups
{
    public const string Other = "other";

    public static IReadOnlyList<string> Default { get; } =
        ["NGO", "academia", "private sector", "youth", "intergovernmental", Other];

    /// <summary>
    /// Finds <paramref name="input"/> among <paramref name="groups"/> ignoring case, spaces, hyphens and
    /// underscores, so "private-sector" and "Private Sector" both give "private sector".
    /// </summary>
    public static bool TryNormalise(string? input, IReadOnlyList<string> groups, [NotNullWhen(true)] out string? group)
    {
        ArgumentNullException.ThrowIfNull(groups);
        group = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        foreach (var candidate in groups)
        {
            if (SameKey(candidate, input))
            {
                group = candidate;
                return true;
            }
        }

        return false;
    }

    // The letters and digits of both, upper-cased, compared in place: the card and the ordering ask this for every
    // entry of a list on every render, so it must not build a key string per call.
    private static bool SameKey(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsLetterOrDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToUpperInvariant(a[i++]) != char.ToUpperInvariant(b[j++]))
            {
                return false;
            }
        }
    }
}
