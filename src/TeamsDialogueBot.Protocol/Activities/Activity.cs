using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Protocol.Activities;

/// <summary>
/// One Bot Framework activity, inbound or outbound. Typed fields cover what the bot reads;
/// everything else the channel sends lands in <see cref="Extra"/> and is written back unchanged.
/// </summary>
/// <remarks>Schema: https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md</remarks>
public sealed class Activity
{
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? Locale { get; set; }
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? ServiceUrl { get; set; }
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? Text { get; set; }
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? TextFormat { get; set; }
    public string? Summary { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public IList<Entity>? Entities { get; set; }
    public JsonElement? Value { get; set; }
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? Name { get; set; }
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? ReplyToId { get; set; }
    public string? Action { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public TeamsChannelData? ChannelData { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);
}
