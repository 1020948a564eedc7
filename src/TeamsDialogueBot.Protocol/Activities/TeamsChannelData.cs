using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Protocol.Activities;

/// <summary>Teams' channelData. Only the parts the bot reads are typed.</summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages#teams-channel-data</remarks>
public sealed class TeamsChannelData
{
    public TeamsIdentifier? Tenant { get; set; }
    public TeamsIdentifier? Meeting { get; set; }
    public TeamsIdentifier? Team { get; set; }
    public TeamsIdentifier? Channel { get; set; }
    public string? EventType { get; set; }
    public TeamsNotification? Notification { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class TeamsIdentifier
{
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? Id { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class TeamsNotification
{
    public bool? Alert { get; set; }
    public bool? AlertInMeeting { get; set; }
    public string? ExternalResourceUrl { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}
