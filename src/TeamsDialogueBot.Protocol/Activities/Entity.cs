using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Protocol.Activities;

/// <summary>
/// An activity entity. Teams sends several kinds ("mention", "clientInfo", …) in one array;
/// the mention fields are typed, the rest round-trips through <see cref="Extra"/>.
/// </summary>
public sealed class Entity
{
    public const string MentionType = "mention";

    [JsonConverter(typeof(RecurringStringConverter))]
    public string? Type { get; set; }

    /// <summary>For mentions: who is mentioned.</summary>
    public ChannelAccount? Mentioned { get; set; }

    /// <summary>For mentions: the literal text in the message, e.g. "&lt;at&gt;Dialogue Bot&lt;/at&gt;".</summary>
    public string? Text { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }

    [JsonIgnore]
    public bool IsMention => string.Equals(Type, MentionType, StringComparison.OrdinalIgnoreCase);

    public static Entity Mention(ChannelAccount who, string text) =>
        new() { Type = MentionType, Mentioned = who, Text = text };
}
