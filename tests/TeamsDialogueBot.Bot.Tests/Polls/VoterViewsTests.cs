using Microsoft.Extensions.Caching.Memory;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Tests.Polls;

/// <summary>The voter's own views kept per poll and tally: always the bytes rendering them afresh would give.</summary>
public sealed class VoterViewsTests
{
    private const string Chat = "19:chat";
    private static readonly DateTimeOffset Now = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);

    private static Poll NewPoll(PollKind kind = PollKind.SingleChoice) =>
        Poll.AdHoc(PollId.Next(1), new PollSpec("Which format?", kind, kind is PollKind.Rating or PollKind.OpenText ? [] : ["Hybrid", "Online", "In person"]), 0, "chair", Now).Value!;

    private static Answer Vote(Poll poll, string voter, params string[] choices) => new(poll.Id, new VoterKey(voter), Now) { Choices = choices };

    private static string Bytes(CardActionResult result) =>
        System.Text.Encoding.UTF8.GetString(InvokeResponses.From(result).Body!.Value.Span);

    private static string Fresh(Poll poll, TallyView? tally, Answer mine) =>
        Bytes(CardActionResult.Show(PollCard.RenderForVoter(poll, tally, mine)));

    private static PollTallies NewTallies() => new(new ConversationCache(new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 })));

    [Fact]
    public void Every_voter_gets_the_view_rendering_their_answer_would_give()
    {
        var poll = NewPoll(PollKind.MultipleChoice);
        var tallies = NewTallies();
        var answers = new[] { Vote(poll, "v1", "a"), Vote(poll, "v2", "b"), Vote(poll, "v3", "a"), Vote(poll, "v4", "a", "c"), Vote(poll, "v5", "b") };
        var tally = PollTally.Compute(poll, answers);
        tallies.RememberTally(Chat, poll, tally);

        foreach (var mine in answers.Concat(answers))
        {
            Assert.Equal(Fresh(poll, tally, mine), Bytes(tallies.VoterView(Chat, poll, mine)));
        }
    }

    [Fact]
    public void A_kept_view_holds_its_bytes_and_not_the_card_it_was_written_from()
    {
        // Kept views live from one refresh of the shared card to the next; in a hundred chats at once their card
        // objects were promoted by every collection and brought on a blocking gen2 (issue 17, many meetings).
        var poll = NewPoll();
        var tallies = NewTallies();
        var mine = Vote(poll, "v1", "a");
        tallies.RememberTally(Chat, poll, PollTally.Compute(poll, [mine]));

        var first = tallies.VoterView(Chat, poll, mine);
        var again = tallies.VoterView(Chat, poll, Vote(poll, "v2", "a"));

        var written = Assert.IsType<CardActionResult.Written>(first);
        Assert.Same(first, again);
        Assert.Equal(200, written.Response.Status);
    }

    [Fact]
    public void Voters_reading_different_languages_never_get_each_others_view()
    {
        var poll = NewPoll(PollKind.MultipleChoice);
        var tallies = NewTallies();
        var mine = Vote(poll, "v1", "a");
        tallies.RememberTally(Chat, poll, PollTally.Compute(poll, [mine]));
        var french = TeamsDialogueBot.Bot.Localization.Texts.For("fr");
        var russian = TeamsDialogueBot.Bot.Localization.Texts.For("ru");

        var first = Bytes(tallies.VoterView(Chat, poll, mine, french));
        var second = Bytes(tallies.VoterView(Chat, poll, mine, russian));
        var again = Bytes(tallies.VoterView(Chat, poll, mine, french));

        Assert.NotEqual(first, second);
        Assert.Equal(first, again);
        Assert.Equal(Bytes(CardActionResult.Show(PollCard.RenderForVoter(poll, tallies.LastTally(Chat, poll.Id), mine, russian))), second);
    }

    [Fact]
    public void A_new_tally_or_a_new_poll_object_is_shown_from_then_on()
    {
        var poll = NewPoll();
        var tallies = NewTallies();
        var mine = Vote(poll, "v1", "b");
        tallies.RememberTally(Chat, poll, PollTally.Compute(poll, [mine]));
        _ = tallies.VoterView(Chat, poll, mine);

        var later = PollTally.Compute(poll, [mine, Vote(poll, "v2", "b"), Vote(poll, "v3", "c")]);
        tallies.RememberTally(Chat, poll, later);
        Assert.Equal(Fresh(poll, later, mine), Bytes(tallies.VoterView(Chat, poll, mine)));

        var reloaded = NewPoll();
        tallies.Remember(Chat, reloaded);
        Assert.Equal(Fresh(reloaded, later, mine), Bytes(tallies.VoterView(Chat, reloaded, mine)));
    }

    [Fact]
    public void A_poll_changed_in_place_is_rendered_as_it_is_now()
    {
        var poll = NewPoll();
        var tallies = NewTallies();
        var mine = Vote(poll, "v1", "a");
        var tally = PollTally.Compute(poll, [mine]);
        tallies.RememberTally(Chat, poll, tally);
        _ = tallies.VoterView(Chat, poll, mine);

        poll.Close(Now.AddMinutes(1), "chair");

        Assert.Equal(Fresh(poll, tally, mine), Bytes(tallies.VoterView(Chat, poll, mine)));
        Assert.Contains("closed", Bytes(tallies.VoterView(Chat, poll, mine)), StringComparison.Ordinal);
    }

    [Fact]
    public void Ratings_and_open_answers_show_what_each_voter_gave()
    {
        var rating = NewPoll(PollKind.Rating);
        var open = NewPoll(PollKind.OpenText);
        var tallies = NewTallies();
        tallies.RememberTally(Chat, rating, PollTally.Compute(rating, []));
        var four = new Answer(rating.Id, new VoterKey("v1"), Now) { Rating = 4 };
        var two = new Answer(rating.Id, new VoterKey("v2"), Now) { Rating = 2 };
        Assert.Equal(Fresh(rating, tallies.LastTally(Chat, rating.Id), four), Bytes(tallies.VoterView(Chat, rating, four)));
        Assert.Equal(Fresh(rating, tallies.LastTally(Chat, rating.Id), two), Bytes(tallies.VoterView(Chat, rating, two)));

        var other = new PollTallies(new ConversationCache(new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 })));
        other.RememberTally(Chat, open, PollTally.Compute(open, []));
        var first = new Answer(open.Id, new VoterKey("v1"), Now) { Text = "More breaks" };
        var second = new Answer(open.Id, new VoterKey("v2"), Now) { Text = "Fewer slides" };
        Assert.Contains("More breaks", Bytes(other.VoterView(Chat, open, first)), StringComparison.Ordinal);
        Assert.Contains("Fewer slides", Bytes(other.VoterView(Chat, open, second)), StringComparison.Ordinal);
    }
}
