using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Domain.Tests.Queue;

internal static class QueueKit
{
    public static readonly DateTimeOffset Start = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);

    public static Actor Chair { get; } = new("aad-chair", "Co-chair");

    public static FakeTimeProvider Clock() => new(Start);

    public static Speaker Room(string name, string group = "NGO") =>
        new(ParticipantId.ForTypedName(name), name, null, group, SpeakerChannel.Room);

    public static Speaker Remote(string name, string group = "NGO") =>
        new(new ParticipantId("aad-" + name), name, null, group, SpeakerChannel.Remote);

    public static SpeakersList OpenList(OrderingPolicy policy = OrderingPolicy.Fifo)
    {
        var list = SpeakersList.Create("19:meeting@thread.v2", 2, TimeSpan.FromMinutes(3), null, policy);
        list.Open(Actor.System, Start);
        return list;
    }

    /// <summary>Each speaker asks one second after the previous one.</summary>
    public static void RequestAll(SpeakersList list, FakeTimeProvider clock, params Speaker[] speakers)
    {
        foreach (var speaker in speakers)
        {
            Assert.True(list.Request(speaker, null, null, clock.GetUtcNow()).Succeeded);
            clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    public static string[] QueuedNames(SpeakersList list) => list.Queue.Select(o => o.Entry.Speaker.Name).ToArray();

    /// <summary>Acks until nobody is waiting; returns who got the floor, in order.</summary>
    public static string[] AckAll(SpeakersList list, FakeTimeProvider clock)
    {
        var called = new List<string>();
        while (true)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            var result = list.Ack(Chair, clock.GetUtcNow());
            if (result.Outcome != QueueOutcome.FloorGiven)
            {
                return [.. called];
            }

            called.Add(result.Entry!.Speaker.Name);
        }
    }
}
