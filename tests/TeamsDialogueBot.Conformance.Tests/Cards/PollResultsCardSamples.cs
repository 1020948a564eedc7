using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Polls;
using static TeamsDialogueBot.Conformance.Tests.Cards.PollSampleData;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// Polls after the vote: the shared card once closed and the results card a close posts, for every kind;
/// results asked for while open, an anonymous poll's results, and the open-text inputs (`inputs`).
/// </summary>
public sealed class PollResultsCardSamples : ICardSamples
{
    public IEnumerable<CardSample> Samples
    {
        get
        {
            foreach (var (name, command) in Kinds)
            {
                var poll = AdHoc(command);
                var votes = Votes(poll);
                if (poll.Kind == PollKind.SingleChoice)
                {
                    yield return new("poll-results-so-far", PollResultsCard.Render(poll, PollTally.Compute(poll, votes)));
                }

                if (poll.Kind == PollKind.OpenText)
                {
                    yield return new("poll-inputs", PollResultsCard.RenderInputs(poll, PollTally.Compute(poll, votes)));
                }

                Closed(poll);
                var tally = PollTally.Compute(poll, votes);
                yield return new($"poll-{name}-closed", PollCard.Render(poll, tally));
                yield return new($"poll-{name}-results", PollResultsCard.Render(poll, tally));
            }

            var anonymous = AdHoc("\"Has your organisation been approached by smugglers' networks?\" \"Yes\" \"No\" \"Prefer not to say\" anonymous hidden", 3);
            var anonymousVotes = Votes(anonymous);
            Closed(anonymous);
            yield return new("poll-anonymous-hidden-results-before-reveal", PollResultsCard.Render(anonymous, PollTally.Compute(anonymous, anonymousVotes)));

            var empty = Closed(AdHoc("\"Continue after lunch?\" \"Yes\" \"No\"", 4));
            yield return new("poll-results-no-votes", PollResultsCard.Render(empty, PollTally.Compute(empty, [])));

            var guiding = GuidingQuestion(1, anonymous: true, hidden: false);
            var many = Enumerable.Range(0, 80).Select(i => Vote(guiding, i)).ToList();
            Closed(guiding);
            yield return new("poll-guiding-question-results", PollResultsCard.Render(guiding, PollTally.Compute(guiding, many)));
        }
    }
}
