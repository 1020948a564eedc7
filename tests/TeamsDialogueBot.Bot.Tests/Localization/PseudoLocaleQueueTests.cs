using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Meeting;
using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>The speakers' list card, its profile form and its replies in the pseudo-locale: nothing hard-coded is left.</summary>
public sealed class PseudoLocaleQueueTests
{
    private static readonly Texts Pseudo = new(new PseudoTextSource(), "en");
    private static readonly DateTimeOffset Start = new(2024, 7, 15, 13, 0, 0, TimeSpan.Zero);
    private static readonly Actor Chair = new("chair-1", "Co-Chair One");
    private static readonly string[] Names = ["Ana Silva", "Li Wei", "Farid Haddad", "Eva Novak", "Amina Diallo", "Olga Petrova"];

    public static TheoryData<OrderingPolicy> Policies() => [OrderingPolicy.Fifo, OrderingPolicy.Alternate, OrderingPolicy.FirstTimeFirst, OrderingPolicy.Groups];

    [Theory]
    [MemberData(nameof(Policies))]
    public void The_card_in_every_policy_and_view_has_no_hard_coded_text(OrderingPolicy policy)
    {
        var list = Busy(policy);
        var context = new QueueCardContext("IV. Interactive exchange", Start.AddMinutes(20), ["29:chair-1"], new OnlineLine(42, 3)) { Texts = Pseudo };
        var data = Names.Concat(["IV. Interactive exchange", "UNODC", "NGO", "academia", "other", "private sector", policy.CommandWord(), "to add a point", "#"])
            .Concat(OrderingPolicies.CommandWords).Concat(StakeholderGroups.Default).ToList();

        foreach (var chairView in new[] { false, true })
        {
            var hardCoded = VisibleTexts.HardCoded(QueueCard.Render(list, context, chairView), data);
            Assert.True(hardCoded.Count == 0, string.Join(" | ", hardCoded));
        }

        foreach (var entry in list.Queue)
        {
            Assert.StartsWith("⟦", OrderReasons.Explain(entry, Pseudo), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_profile_form_has_no_hard_coded_text()
    {
        var profile = new Speaker(new ParticipantId("p1"), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote);

        var hardCoded = VisibleTexts.HardCoded(ProfileCard.Render(profile, StakeholderGroups.Default, AgendaPosition.Item(3), Pseudo), ["Ana Silva", "UNODC", .. StakeholderGroups.Default]);

        Assert.True(hardCoded.Count == 0, string.Join(" | ", hardCoded));
    }

    [Fact]
    public void Every_reply_of_the_list_comes_from_the_resources()
    {
        var list = Busy(OrderingPolicy.Fifo);
        foreach (var outcome in Enum.GetValues<QueueOutcome>())
        {
            var result = new QueueResult { Outcome = outcome, Succeeded = false, Candidates = list.Queue };
            if (QueueReplies.Explain(result, list, Pseudo) is { } text)
            {
                Assert.StartsWith("⟦", text, StringComparison.Ordinal);
            }
        }
    }

    private static SpeakersList Busy(OrderingPolicy policy)
    {
        var list = SpeakersList.Create("19:meeting@thread.v2", 3, TimeSpan.FromMinutes(3));
        list.Open(Actor.System, Start);
        for (var i = 0; i < Names.Length; i++)
        {
            var channel = i % 2 == 0 ? SpeakerChannel.Room : SpeakerChannel.Remote;
            var group = StakeholderGroups.Default[i % StakeholderGroups.Default.Count];
            list.Request(new Speaker(new ParticipantId($"p{i}"), Names[i], i == 0 ? "UNODC" : null, group, channel), i == 1 ? "to add a point" : null, null, Start.AddMinutes(i));
        }

        list.Ack(Chair, Start.AddMinutes(7));
        list.Request(new Speaker(new ParticipantId("p0"), Names[0], "UNODC", StakeholderGroups.Default[0], SpeakerChannel.Room), null, null, Start.AddMinutes(8));
        list.Hold(new ParticipantId("p3"));
        list.SetPolicy(Chair, policy, Start.AddMinutes(9));
        list.Move(Chair, "5", 1, Start.AddMinutes(9));
        return list;
    }
}
