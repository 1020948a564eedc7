using TeamsDialogueBot.Bot.Meeting;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Tests.Meeting;

public sealed class MentionedParticipantsTests
{
    private static Activity With(params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Dialogue Bot" },
        Entities = [Entity.Mention(new ChannelAccount { Id = "28:bot", Name = "Dialogue Bot" }, "<at>Dialogue Bot</at>"), .. entities],
    };

    [Fact]
    public void The_mention_whose_tag_is_in_the_command_is_taken_out_of_it()
    {
        var activity = With(Entity.Mention(new ChannelAccount { Id = "29:ana", Name = "Ana Lima" }, "<at>Ana Lima</at>"));

        var (mention, remaining) = MentionedParticipants.Take(activity, "<at>Ana Lima</at> org UNODC group NGO");

        Assert.Equal(new Mention("29:ana", "Ana Lima", "<at>Ana Lima</at>"), mention);
        Assert.Equal("org UNODC group NGO", remaining);
    }

    [Fact]
    public void A_tag_without_a_matching_entity_is_a_typed_name()
    {
        var activity = With(Entity.Mention(new ChannelAccount { Id = "29:someone", Name = "Someone Else" }, "<at>Someone Else</at>"));

        var (mention, remaining) = MentionedParticipants.Take(activity, "<at>Ana Lima</at> room");

        Assert.Null(mention);
        Assert.Equal("Ana Lima room", remaining);
    }

    [Fact]
    public void The_bots_own_mention_and_non_user_ids_are_no_people()
    {
        var activity = With(Entity.Mention(new ChannelAccount { Id = "28:other-bot", Name = "Other" }, "<at>Other</at>"));

        Assert.Empty(MentionedParticipants.All(activity));
    }
}
