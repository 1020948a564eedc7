using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Domain.Tests.Queue.QueueKit;

namespace TeamsDialogueBot.Domain.Tests.Queue;

public sealed class SpeakersListSnapshotTests
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void Snapshot_round_trips_through_json_exactly()
    {
        var clock = Clock();
        var list = OpenList(OrderingPolicy.Alternate);
        list.Request(Room("Ana Silva", "academia") with { Organisation = "Uni Wien" }, "to say  hi", 4, clock.GetUtcNow(), Chair);
        RequestAll(list, clock, Remote("Bo"), Remote("Cy"), Room("Di", "youth"), Remote("Ed"), Remote("Fa"));
        list.Ack(Chair, clock.GetUtcNow());
        list.Move(Chair, "Ed", 1, clock.GetUtcNow());
        list.Hold(Remote("Cy").Id);
        list.Withdraw(Remote("Fa").Id);
        clock.Advance(TimeSpan.FromMinutes(2));
        list.SetSpeakingTime(Chair, TimeSpan.FromSeconds(150), clock.GetUtcNow());

        var json = JsonSerializer.Serialize(list.ToSnapshot(), Json);
        var restored = SpeakersList.FromSnapshot(JsonSerializer.Deserialize<SpeakersListSnapshot>(json, Json)!);

        Assert.Equal(json, JsonSerializer.Serialize(restored.ToSnapshot(), Json));
        Assert.Equal(list.Version, restored.Version);
        Assert.Equal(list.Entries, restored.Entries);
        Assert.Equal(list.Audit, restored.Audit);
        Assert.Equal(list.Queue, restored.Queue);
        Assert.Contains("\"Policy\":\"Alternate\"", json, StringComparison.Ordinal);

        var next = list.Ack(Chair, clock.GetUtcNow());
        var restoredNext = restored.Ack(Chair, clock.GetUtcNow());
        Assert.Equal(next, restoredNext);
        Assert.Equal(list.Version, restored.Version);
    }

    [Fact]
    public void A_stored_snapshot_loads()
    {
        const string stored = """
            {
              "ConversationId": "19:meeting@thread.v2",
              "ItemIndex": 3,
              "IsOpen": true,
              "Policy": "FirstTimeFirst",
              "SpeakingTime": "00:02:30",
              "Version": 7,
              "Groups": ["NGO", "youth"],
              "Entries": [
                {
                  "Number": 1,
                  "Speaker": { "Id": { "Value": "aad-1" }, "Name": "Ana", "Organisation": null, "Group": "NGO", "Channel": "Remote" },
                  "Topic": "on question 3",
                  "GuidingQuestion": 3,
                  "RequestedAt": "2024-07-15T10:00:00+02:00",
                  "State": "OnHold"
                }
              ],
              "Audit": [
                { "At": "2024-07-15T09:59:00+02:00", "ActorId": "system", "ActorName": "TeamsDialogueBot", "Action": "queue open", "Detail": "" }
              ]
            }
            """;

        var list = SpeakersList.FromSnapshot(JsonSerializer.Deserialize<SpeakersListSnapshot>(stored, Json)!);

        Assert.Equal(OrderingPolicy.FirstTimeFirst, list.Policy);
        Assert.Equal(TimeSpan.FromSeconds(150), list.SpeakingTime);
        Assert.Equal(["NGO", "youth"], list.Groups);
        var entry = Assert.Single(list.Queue).Entry;
        Assert.Equal(new ParticipantId("aad-1"), entry.Speaker.Id);
        Assert.Equal(EntryState.OnHold, entry.State);
        Assert.Equal(QueueOutcome.Resumed, list.Resume(new ParticipantId("aad-1")).Outcome);
        Assert.Equal(8, list.Version);
    }
}
