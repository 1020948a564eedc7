using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Polls;
using static TeamsDialogueBot.Conformance.Tests.Cards.PollSampleData;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// The shared poll card while open and the voter's own view after voting, for every kind of poll; a poll
/// just launched, a guiding question of the programme, hidden, revealed and anonymous polls.
/// </summary>
public sealed class PollCardSamples : ICardSamples
{
    public IEnumerable<CardSample> Samples
    {
        get
        {
            foreach (var (name, command) in Kinds)
            {
                var poll = AdHoc(command);
                var votes = Votes(poll);
                var tally = PollTally.Compute(poll, votes);
                yield return new($"poll-{name}-open", PollCard.Render(poll, tally));
                yield return new($"poll-{name}-voter-view", PollCard.RenderForVoter(poll, tally, votes[1]));
            }

            var launched = AdHoc(Kinds[0].Command);
            yield return new("poll-just-launched", PollCard.Render(launched, PollTally.Compute(launched, [])));
            yield return new("poll-voter-view-before-first-tally", PollCard.RenderForVoter(launched, null, Vote(launched, 0)));

            var guiding = GuidingQuestion(5, anonymous: false, hidden: false);
            yield return new("poll-guiding-question-open", PollCard.Render(guiding, PollTally.Compute(guiding, Votes(guiding))));

            var hidden = AdHoc("\"Should the report name the organisations that spoke?\" \"Yes\" \"No\" \"Only with consent\" hidden", 2);
            var hiddenVotes = Votes(hidden);
            yield return new("poll-hidden-respondents-only", PollCard.Render(hidden, PollTally.Compute(hidden, hiddenVotes)));
            yield return new("poll-hidden-voter-view", PollCard.RenderForVoter(hidden, PollTally.Compute(hidden, hiddenVotes), hiddenVotes[0]));
            if (hidden.Reveal(Now.AddMinutes(3), "aad-chair-1") is { } error)
            {
                throw new InvalidOperationException(error.Message);
            }

            yield return new("poll-hidden-revealed", PollCard.Render(hidden, PollTally.Compute(hidden, hiddenVotes)));

            var anonymous = AdHoc("\"Has your organisation been approached by smugglers' networks?\" \"Yes\" \"No\" \"Prefer not to say\" anonymous", 3);
            var anonymousVotes = Votes(anonymous);
            yield return new("poll-anonymous-open", PollCard.Render(anonymous, PollTally.Compute(anonymous, anonymousVotes)));
            yield return new("poll-anonymous-voter-view", PollCard.RenderForVoter(anonymous, PollTally.Compute(anonymous, anonymousVotes), anonymousVotes[2]));
        }
    }
}
