using System.Diagnostics.CodeAnalysis;

namespace TeamsDialogueBot.Domain.Queue;

/// <summary>The command words chairs use for <see cref="OrderingPolicy"/>, and the one-line explanation of each.</summary>
public static class OrderingPolicies
{
    public static IReadOnlyList<string> CommandWords { get; } = ["fifo", "alternate", "first-time-first", "groups"];

    public static bool TryParse(string? word, [NotNullWhen(true)] out OrderingPolicy? policy)
    {
        policy = word?.Trim().ToUpperInvariant() switch
        {
            "FIFO" or "FCFS" => OrderingPolicy.Fifo,
            "ALTERNATE" or "ALT" => OrderingPolicy.Alternate,
            "FIRST-TIME-FIRST" or "FIRSTTIMEFIRST" or "FIRST-TIME" => OrderingPolicy.FirstTimeFirst,
            "GROUPS" or "GROUP" => OrderingPolicy.Groups,
            _ => null,
        };
        return policy is not null;
    }

    public static string CommandWord(this OrderingPolicy policy) => policy switch
    {
        OrderingPolicy.Fifo => "fifo",
        OrderingPolicy.Alternate => "alternate",
        OrderingPolicy.FirstTimeFirst => "first-time-first",
        OrderingPolicy.Groups => "groups",
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
    };

    public static string Describe(this OrderingPolicy policy) => policy switch
    {
        OrderingPolicy.Fifo => "First come, first served: by request time.",
        OrderingPolicy.Alternate => "Room and remote take turns while both have someone waiting; request order within each.",
        OrderingPolicy.FirstTimeFirst => "People who have not spoken on this item go before second interventions.",
        OrderingPolicy.Groups => "Round-robin across stakeholder groups; request order within each group.",
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
    };
}
