using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>An Adaptive Card, schema 1.5: the highest version Teams renders.</summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    [JsonPropertyOrder(-3)]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyOrder(-2)]
    [JsonPropertyName("$schema")]
    public string Schema { get; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-1)]
    public string Version { get; } = "1.5";

    public IReadOnlyList<CardAction>? Actions { get; init; }
    public Refresh? Refresh { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardOptions? MsTeams { get; init; }

    /// <summary>What notifications and hosts without card support show.</summary>
    public string? FallbackText { get; init; }
    public string? Speak { get; init; }
    public string? Lang { get; init; }
    public bool? Rtl { get; init; }
}
