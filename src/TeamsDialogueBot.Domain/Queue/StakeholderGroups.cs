using System.Diagnostics.CodeAnalysis;
using System.Text;

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

        var key = Key(input);
        foreach (var candidate in groups)
        {
            if (Key(candidate) == key)
            {
                group = candidate;
                return true;
            }
        }

        return false;
    }

    private static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
