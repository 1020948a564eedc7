using System.Text;
using System.Text.Json;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Protocol.Tests.Activities;

/// <summary>The fields that repeat on every activity of a meeting are read into one string object per value.</summary>
public sealed class RecurringStringsTests
{
    [Fact]
    public void Two_activities_of_one_meeting_share_their_address_strings_but_not_their_people()
    {
        var first = Parse(TeamsActivityFixtures.AdaptiveCardActionInvoke);
        var second = Parse(TeamsActivityFixtures.AdaptiveCardActionInvoke);

        Assert.Same(first.ServiceUrl, second.ServiceUrl);
        Assert.Same(first.Conversation!.Id, second.Conversation!.Id);
        Assert.Same(first.Conversation.TenantId, second.Conversation.TenantId);
        Assert.Same(first.ChannelData!.Tenant!.Id, second.ChannelData!.Tenant!.Id);
        Assert.Same(first.Type, second.Type);
        Assert.Same(first.Name, second.Name);
        // Who pressed is per person: those strings are not kept.
        Assert.NotSame(first.From!.AadObjectId, second.From!.AadObjectId);
        Assert.Equal(first.From.AadObjectId, second.From.AadObjectId);
    }

    [Fact]
    public void Escaped_values_read_as_the_reader_decodes_them()
    {
        var activity = Parse("""{"type":"mes\u0073age","serviceUrl":"https:\/\/example.test\/","conversation":{"id":"19:a\u00e9@thread.v2"}}""");

        Assert.Equal("message", activity.Type);
        Assert.Equal("https://example.test/", activity.ServiceUrl);
        Assert.Equal("19:aé@thread.v2", activity.Conversation!.Id);
    }

    [Fact]
    public void Non_ascii_values_read_unchanged()
    {
        var activity = Parse("""{"type":"message","conversation":{"id":"19:réunion-会议-اجتماع@thread.v2"},"locale":"zh-Hans"}""");

        Assert.Equal("19:réunion-会议-اجتماع@thread.v2", activity.Conversation!.Id);
        Assert.Equal("zh-Hans", activity.Locale);
    }

    [Fact]
    public void Invalid_utf8_in_a_kept_field_is_refused_as_before()
    {
        var body = Encoding.UTF8.GetBytes("""{"type":"message","serviceUrl":"https://x.test/AB"}""");
        var at = Array.IndexOf(body, (byte)'A');
        body[at] = 0xC3; // a lead byte followed by 'B', not a continuation byte
        Assert.ThrowsAny<Exception>(() => ProtocolJson.ParseActivity(body));
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_a_json_error()
    {
        Assert.Throws<JsonException>(() => ProtocolJson.ParseActivity("""{"type":42}"""u8));
    }

    [Fact]
    public void Once_full_new_values_are_still_read_but_no_longer_kept()
    {
        var strings = new RecurringStrings(capacity: 2);

        var a = strings.Get("alpha"u8);
        Assert.Same(a, strings.Get("alpha"u8));
        strings.Get("beta"u8);
        var gamma = strings.Get("gamma"u8);

        Assert.Equal("gamma", gamma);
        Assert.NotSame(gamma, strings.Get("gamma"u8));
        Assert.Equal(2, strings.Count);
    }

    [Fact]
    public void Long_values_are_not_kept()
    {
        var strings = new RecurringStrings(capacity: 10);
        var text = new string('x', RecurringStrings.MaxUtf8Length + 1);

        var value = strings.Get(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, value);
        Assert.Equal(0, strings.Count);
    }

    private static Activity Parse(string json) => ProtocolJson.ParseActivity(Encoding.UTF8.GetBytes(json))!;
}
