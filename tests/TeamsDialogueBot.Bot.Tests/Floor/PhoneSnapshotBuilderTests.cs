using TeamsDialogueBot.Bot.Floor;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.Floor;

public sealed class PhoneSnapshotBuilderTests
{
    private static readonly DateTimeOffset Start = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly Programme Programme = ProgrammeLoader.LoadBuiltIn();
    private static readonly ConversationReference Reference = new() { ConversationId = "19:m@thread.v2", ServiceUrl = "https://smba.example/", BotId = "28:bot" };

    [Fact]
    public void Each_phone_finds_its_place_and_wait_by_its_key_and_nobody_elses_id_or_name_is_in_the_line()
    {
        var list = SpeakersList.Create("19:m@thread.v2", 0, TimeSpan.FromMinutes(2));
        list.Open(Actor.System, Start);
        list.Request(new Speaker(new ParticipantId("aad-remote"), "Remote Person", "Secret Org", "NGO", SpeakerChannel.Remote), "a private topic", null, Start);
        list.Request(new Speaker(ParticipantId.ForPhone("browser-a"), "Phone A", null, "youth", SpeakerChannel.Room), null, null, Start);
        list.Request(new Speaker(ParticipantId.ForPhone("browser-b"), "Phone B", null, "NGO", SpeakerChannel.Room), null, null, Start);
        list.Hold(ParticipantId.ForPhone("browser-b"));
        list.Ack(Actor.System, Start);
        var link = FloorLink.None("19:m@thread.v2");
        link.TurnOn("token", Reference);

        var snapshot = PhoneSnapshotBuilder.Build(Programme, AgendaPosition.Item(0), list, link, Start.AddSeconds(30));

        Assert.Equal([new PhonePlace(FloorTokens.KeyOf("browser-a"), 1, 90, false), new PhonePlace(FloorTokens.KeyOf("browser-b"), 2, null, true)], snapshot.Phones);
        Assert.Equal("Remote Person", snapshot.Floor!.Name);
        Assert.Null(snapshot.FloorKey);
        Assert.Equal(2, snapshot.Waiting);
        Assert.True(snapshot.RequestsOpen);
        var text = System.Text.Json.JsonSerializer.Serialize(snapshot);
        Assert.DoesNotContain("aad-remote", text, StringComparison.Ordinal);
        Assert.DoesNotContain("browser-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Phone A", text, StringComparison.Ordinal);

        link.TurnOff(Reference);
        Assert.False(PhoneSnapshotBuilder.Build(Programme, AgendaPosition.Item(0), list, link, Start).RequestsOpen);
    }
}
