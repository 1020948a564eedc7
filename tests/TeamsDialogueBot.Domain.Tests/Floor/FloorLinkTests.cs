using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Domain.Tests.Queue.QueueKit;

namespace TeamsDialogueBot.Domain.Tests.Floor;

public sealed class FloorLinkTests
{
    private static readonly ConversationReference Reference = new() { ConversationId = "19:meeting@thread.v2", ServiceUrl = "https://smba.example/", BotId = "28:bot" };

    [Fact]
    public void On_keeps_the_first_token_off_and_on_again_keep_it_and_rotate_replaces_it_for_good()
    {
        var link = FloorLink.None("19:meeting@thread.v2");
        Assert.False(link.Opens(null));

        Assert.Equal(FloorLinkOutcome.TurnedOn, link.TurnOn("token-1", Reference));
        Assert.Equal(FloorLinkOutcome.AlreadyOn, link.TurnOn("token-2", Reference));
        Assert.Equal(FloorLinkOutcome.TurnedOff, link.TurnOff(Reference));
        Assert.Equal(FloorLinkOutcome.AlreadyOff, link.TurnOff(Reference));
        Assert.Equal(FloorLinkOutcome.TurnedOn, link.TurnOn("token-3", Reference));
        Assert.True(link.Opens("token-1"));
        Assert.Equal(3, link.Version);

        Assert.Equal(FloorLinkOutcome.Rotated, link.Rotate("token-4", Reference));
        Assert.False(link.Opens("token-1"));
        Assert.True(link.Opens("token-4"));
        Assert.True(link.IsOn);
        Assert.Throws<ArgumentException>(() => link.Rotate("token-4", Reference));
    }

    [Fact]
    public void A_request_from_a_phone_id_is_a_phone_entry_and_a_typed_name_is_not()
    {
        var list = OpenList();
        list.Request(new Speaker(ParticipantId.ForPhone("b-1"), "Ana", null, "NGO", SpeakerChannel.Room), null, null, Start);
        list.Request(Room("Ana"), null, null, Start, Chair);

        Assert.Equal([true, false], list.Entries.Select(e => e.FromPhone));
        Assert.True(ParticipantId.ForPhone("b-1").IsPhone);
        Assert.False(ParticipantId.ForPhone("b-1").IsTypedName);
        Assert.False(ParticipantId.ForTypedName("phone: b-1").IsPhone);
    }
}
