using TeamsDialogueBot.Bot.Meeting;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// The speakers' list card built by the real view from a list driven through the domain (requests, holds,
/// acks), in every state a meeting reaches: empty, one speaker with three waiting, a 60-strong line, the
/// chairs' view with its controls, closed. With the profile form the same buttons open.
/// </summary>
public sealed class QueueCardSamples : ICardSamples
{
    private static readonly Programme Seed = ProgrammeLoader.LoadBuiltIn();
    internal static readonly DateTimeOffset Start = new(2025, 3, 12, 9, 30, 0, TimeSpan.Zero);
    private static readonly Actor Chair = new("aad-chair-1", "Ana Martínez");
    internal static readonly string[] ChairMris = ["29:1chair-ana-martinez", "29:1chair-peter-okafor"];

    private static readonly Speaker[] Three =
    [
        new(new ParticipantId("aad-amira"), "Amira Haddad", "Migrant Rights Network", "NGO", SpeakerChannel.Remote),
        new(ParticipantId.ForTypedName("Jonas Berg"), "Jonas Berg", "University of Oslo", "academia", SpeakerChannel.Room),
        new(new ParticipantId("aad-lucia"), "Lucía Fernández-Ortega", "Youth Forum on Migration", "youth", SpeakerChannel.Remote),
    ];

    private static readonly Speaker OnFloor =
        new(new ParticipantId("aad-kwame"), "Kwame Mensah", "West Africa Civil Society Platform", "NGO", SpeakerChannel.Room);

    private static readonly Speaker Held =
        new(new ParticipantId("aad-sofia"), "Sofia Rossi", "Shipping Industry Council", "private sector", SpeakerChannel.Remote);

    public IEnumerable<CardSample> Samples
    {
        get
        {
            var heading = Seed.Items[TourDeTable].Heading;
            var shared = new QueueCardContext(heading, Start.AddMinutes(12), []);
            var withChairs = shared with { ChairMris = ChairMris };

            yield return new("queue-empty", QueueCard.Render(Opened(), shared, chairView: false));
            yield return new("queue-floor-and-three-waiting", QueueCard.Render(FloorAndThree(), withChairs, chairView: false));
            yield return new("queue-speaker-over-time", QueueCard.Render(FloorAndThree(), withChairs with { Now = Start.AddMinutes(16) }, chairView: false));
            yield return new("queue-chair-view", QueueCard.Render(FloorAndThree(), withChairs, chairView: true));
            yield return new("queue-long-line", QueueCard.Render(Long(60), withChairs, chairView: false));
            yield return new("queue-long-line-chair-view", QueueCard.Render(Long(60), withChairs, chairView: true));
            yield return new("queue-closed", QueueCard.Render(Closed(), withChairs, chairView: false));
            yield return new("queue-closed-chair-view", QueueCard.Render(Closed(), withChairs, chairView: true));
            yield return new("queue-online-roster", QueueCard.Render(FloorAndThree(), withChairs with { Online = new OnlineLine(57, 1) }, chairView: false));
        }
    }

    private static int TourDeTable => Seed.Items.ToList().FindIndex(i => i.GuidingQuestions.Any());

    private static SpeakersList Opened()
    {
        var list = SpeakersList.Create("19:meeting_conformance@thread.v2", TourDeTable, TimeSpan.FromMinutes(3));
        Must(list.Open(Actor.System, Start));
        return list;
    }

    /// <summary>Kwame on the floor since 10:10 (room, with a topic); Amira, Jonas, Lucía waiting; Sofia holding her place.</summary>
    internal static SpeakersList FloorAndThree()
    {
        var list = Opened();
        Must(list.Request(OnFloor, "Protection of smuggled children at sea disembarkation points", 1, Start.AddMinutes(1)));
        Must(list.Request(Three[0], "Access to legal aid for smuggled migrants in detention", 2, Start.AddMinutes(2)));
        Must(list.Request(Held, null, null, Start.AddMinutes(3)));
        Must(list.Request(Three[1], null, null, Start.AddMinutes(4), Chair));
        Must(list.Request(Three[2], "Youth engagement in prevention campaigns", 10, Start.AddMinutes(5)));
        Must(list.Hold(Held.Id));
        Must(list.Ack(Chair, Start.AddMinutes(10)));
        return list;
    }

    internal static SpeakersList Long(int waiting)
    {
        var list = FloorAndThree();
        string[] groups = ["NGO", "academia", "private sector", "youth", "intergovernmental"];
        for (var i = 0; i < waiting - 4; i++)
        {
            var speaker = new Speaker(
                new ParticipantId($"aad-delegate-{i}"),
                $"Delegate {i + 1} Kowalczyk-Nakamura",
                $"Organisation for Coastal Community Resilience {i + 1}",
                groups[i % groups.Length],
                i % 3 == 0 ? SpeakerChannel.Room : SpeakerChannel.Remote);
            Must(list.Request(speaker, i % 4 == 0 ? "Cooperation between coast guards and NGOs on search and rescue" : null, null, Start.AddMinutes(6).AddSeconds(i)));
        }

        return list;
    }

    private static SpeakersList Closed()
    {
        var list = FloorAndThree();
        Must(list.Close(Chair, Start.AddMinutes(11)));
        return list;
    }

    private static void Must(QueueResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The sample list refused a step: {result.Outcome}");
        }
    }
}
