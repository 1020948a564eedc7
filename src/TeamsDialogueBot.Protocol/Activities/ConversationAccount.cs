using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Protocol.Activities;

public sealed class ConversationAccount
{
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? Id { get; set; }
    public string? Name { get; set; }

    /// <summary>"personal", "groupChat" or "channel".</summary>
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? ConversationType { get; set; }
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}
