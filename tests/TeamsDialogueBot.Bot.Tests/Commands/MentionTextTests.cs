using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Tests.Commands;

public sealed class MentionTextTests
{
    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Dialogue Bot" },
        Entities = entities,
    };

    [Fact]
    public void Bot_mention_is_removed_and_the_rest_trimmed()
    {
        var activity = Message("<at>Dialogue Bot</at> next ", Entity.Mention(new ChannelAccount { Id = "28:bot" }, "<at>Dialogue Bot</at>"));

        Assert.Equal("next", MentionText.WithoutBotMention(activity));
    }

    [Fact]
    public void Mentions_of_other_people_stay()
    {
        var activity = Message(
            "<at>Dialogue Bot</at> q+ <at>Ana</at>",
            Entity.Mention(new ChannelAccount { Id = "28:bot" }, "<at>Dialogue Bot</at>"),
            Entity.Mention(new ChannelAccount { Id = "29:ana" }, "<at>Ana</at>"));

        Assert.Equal("q+ <at>Ana</at>", MentionText.WithoutBotMention(activity));
    }

    [Fact]
    public void Html_encoded_text_from_Teams_is_decoded()
    {
        var activity = Message("<at>Dialogue Bot</at>&nbsp;poll &quot;Ready?&quot; &quot;Yes &amp; now&quot;", Entity.Mention(new ChannelAccount { Id = "28:bot" }, "<at>Dialogue Bot</at>"));

        Assert.Equal("poll \"Ready?\" \"Yes & now\"", MentionText.WithoutBotMention(activity));
    }

    [Theory]
    [InlineData("goto\u3000III", "goto III")] // ideographic space: Chinese and Japanese input methods
    [InlineData("q+\u2003to say\u2009it", "q+ to say it")] // em and thin spaces pasted from a document
    [InlineData("ask pourquoi\u202F?", "ask pourquoi ?")] // French narrow no-break space
    [InlineData("\u3000next\u3000", "next")]
    public void Every_kind_of_space_reads_as_a_space(string typed, string read)
    {
        Assert.Equal(read, MentionText.WithoutBotMention(Message(typed)));
    }

    [Fact]
    public void Every_unicode_space_separator_is_covered()
    {
        // The list in MentionText is written out; this holds it to Unicode's own category as .NET knows it.
        var spaces = Enumerable.Range(0, 0x10000).Select(c => (char)c)
            .Where(c => c != ' ' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator);
        Assert.All(spaces, c => Assert.Equal("a b", MentionText.WithoutBotMention(Message("a" + c + "b"))));
    }

    [Fact]
    public void Message_without_entities_is_returned_trimmed()
    {
        Assert.Equal("/agenda", MentionText.WithoutBotMention(Message("  /agenda  ")));
    }
}
