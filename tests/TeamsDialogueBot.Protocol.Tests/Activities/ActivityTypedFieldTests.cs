using System.Text;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Protocol.Tests.Activities;

public sealed class ActivityTypedFieldTests
{
    private const string BotId = "28:3f0c1b8e-0000-4000-8000-0000000000a1";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Fact]
    public void Mention_in_meeting_chat_reads_text_mention_and_meeting()
    {
        var activity = Parse(TeamsActivityFixtures.MessageWithMentionInMeetingChat);

        Assert.True(activity.IsType(ActivityTypes.Message));
        Assert.Equal("<at>Dialogue Bot</at> /next", activity.Text);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/emea/72f988bf-86f1-41af-91ab-2d7cd011db47/", activity.ServiceUrl);
        Assert.Equal("Co-Chair One", activity.From!.Name);
        Assert.Equal("6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01", activity.From.AadObjectId);
        Assert.Equal("groupChat", activity.Conversation!.ConversationType);
        Assert.True(activity.Conversation.IsGroup);
        Assert.Equal(TenantId, activity.Conversation.TenantId);
        Assert.Equal(BotId, activity.Recipient!.Id);
        Assert.Equal(TenantId, activity.ChannelData!.Tenant!.Id);
        Assert.StartsWith("MCMxOTpt", activity.ChannelData.Meeting!.Id, StringComparison.Ordinal);

        var mention = Assert.Single(activity.Entities!, e => e.IsMention);
        Assert.Equal(BotId, mention.Mentioned!.Id);
        Assert.Equal("<at>Dialogue Bot</at>", mention.Text);
        var clientInfo = Assert.Single(activity.Entities!, e => !e.IsMention);
        Assert.Equal("Europe/Vienna", clientInfo.Extra!["timezone"].GetString());
        Assert.Equal("Europe/Vienna", activity.Extra!["localTimezone"].GetString());
    }

    [Fact]
    public void Adaptive_card_action_invoke_reads_name_and_verb()
    {
        var activity = Parse(TeamsActivityFixtures.AdaptiveCardActionInvoke);

        Assert.True(activity.IsType(ActivityTypes.Invoke));
        Assert.Equal("adaptiveCard/action", activity.Name);
        Assert.Equal("1721051200118", activity.ReplyToId);
        var action = activity.Value!.Value.GetProperty("action");
        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        Assert.Equal("poll.vote", action.GetProperty("verb").GetString());
        Assert.Equal("protection", action.GetProperty("data").GetProperty("choice").GetString());
        Assert.Equal(new DateTimeOffset(2024, 7, 15, 15, 41, 7, 583, TimeSpan.FromHours(2)), activity.LocalTimestamp);
        Assert.True(activity.ChannelData!.Extra!.ContainsKey("legacy"));
    }

    [Fact]
    public void Conversation_update_reads_members_added()
    {
        var activity = Parse(TeamsActivityFixtures.ConversationUpdateBotAdded);

        Assert.True(activity.IsType(ActivityTypes.ConversationUpdate));
        var added = Assert.Single(activity.MembersAdded!);
        Assert.Equal(BotId, added.Id);
        Assert.Null(activity.MembersRemoved);
        Assert.Equal(new DateTimeOffset(2024, 7, 15, 7, 55, 2, 123, TimeSpan.Zero), activity.Timestamp);
    }

    [Fact]
    public void Meeting_start_event_keeps_its_PascalCase_value()
    {
        var activity = Parse(TeamsActivityFixtures.MeetingStartEvent);

        Assert.True(activity.IsType(ActivityTypes.Event));
        Assert.Equal("application/vnd.microsoft.meetingStart", activity.Name);
        Assert.Equal("", activity.ChannelData!.EventType);
        var value = activity.Value!.Value;
        Assert.Equal("Scheduled", value.GetProperty("MeetingType").GetString());
        Assert.Equal("Constructive Dialogue on the UNTOC and Protocols' review process", value.GetProperty("Title").GetString());
        Assert.False(value.TryGetProperty("title", out _));

        var written = Encoding.UTF8.GetString(ProtocolJson.Serialize(activity));
        Assert.Contains("\"MeetingType\":\"Scheduled\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Installation_update_reads_action_and_locale()
    {
        var activity = Parse(TeamsActivityFixtures.InstallationUpdateAdd);

        Assert.True(activity.IsType(ActivityTypes.InstallationUpdate));
        Assert.Equal("add", activity.Action);
        Assert.Equal("en-US", activity.Locale);
        Assert.Null(activity.ChannelData!.Meeting);
    }

    [Fact]
    public void Action_submit_message_carries_its_data_in_value_and_empty_text()
    {
        var activity = Parse(TeamsActivityFixtures.ActionSubmitMessage);

        Assert.True(activity.IsType(ActivityTypes.Message));
        Assert.Equal("", activity.Text);
        Assert.Equal("poll.vote", activity.Value!.Value.GetProperty("action").GetString());
        Assert.Equal("p7", activity.Value.Value.GetProperty("pollId").GetString());
        Assert.Equal("Remote Participant", activity.From!.Name);
    }

    [Fact]
    public void Mention_entity_does_not_write_its_computed_flag()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Entities = [Entity.Mention(new ChannelAccount { Id = "29:abc", Name = "Delegate" }, "<at>Delegate</at>")],
        };

        var written = Encoding.UTF8.GetString(ProtocolJson.Serialize(activity));

        Assert.DoesNotContain("isMention", written, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"type\":\"mention\"", written, StringComparison.Ordinal);
    }

    private static Activity Parse(string json) =>
        ProtocolJson.ParseActivity(Encoding.UTF8.GetBytes(json)) ?? throw new InvalidOperationException("null activity");
}
