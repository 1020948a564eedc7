using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Polls;
using static TeamsDialogueBot.Bot.Tests.Polls.PollFixtures;

namespace TeamsDialogueBot.Bot.Tests.Polls;

public sealed class VoterKeyTests
{
    private const string AadId = "b0a1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d";

    [Fact]
    public void Named_poll_keys_by_the_object_id_in_any_letter_case()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\"");

        Assert.Equal(AadId.ToUpperInvariant(), VoterKey.For(poll, AadId, Secret).Value);
        Assert.Equal(VoterKey.For(poll, AadId, Secret), VoterKey.For(poll, AadId.ToUpperInvariant(), []));
    }

    [Fact]
    public void Anonymous_key_is_stable_per_voter_and_poll_and_hides_the_id()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\" anonymous");

        var key = VoterKey.For(poll, AadId, Secret);

        Assert.Equal(key, VoterKey.For(poll, AadId.ToUpperInvariant(), Secret));
        Assert.NotEqual(key, VoterKey.For(poll, "c1b2c3d4-0000-4000-8000-000000000001", Secret));
        Assert.DoesNotContain("b0a1c2d3", key.Value, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(43, key.Value.Length);
    }

    [Fact]
    public void Anonymous_key_differs_across_polls_and_secrets()
    {
        var first = Launch("\"Q?\" \"A\" \"B\" anonymous", 1, Now);
        var second = Launch("\"Q?\" \"A\" \"B\" anonymous", 2, Now);
        var sameIdElsewhere = Launch("\"Q?\" \"A\" \"B\" anonymous", 1, Now.AddHours(1));
        byte[] otherSecret = [.. Secret.Reverse()];

        var key = VoterKey.For(first, AadId, Secret);

        Assert.NotEqual(key, VoterKey.For(second, AadId, Secret));
        Assert.NotEqual(key, VoterKey.For(sameIdElsewhere, AadId, Secret));
        Assert.NotEqual(key, VoterKey.For(first, AadId, otherSecret));
    }

    [Fact]
    public void Anonymous_poll_refuses_a_short_secret()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\" anonymous");

        Assert.Throws<ArgumentException>(() => VoterKey.For(poll, AadId, new byte[8]));
    }
}
