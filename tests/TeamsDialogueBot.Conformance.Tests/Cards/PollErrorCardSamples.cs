using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Polls;
using static TeamsDialogueBot.Conformance.Tests.Cards.PollSampleData;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// What a voter alone sees when a vote is refused: the real parser's message over the poll again, or over
/// nothing when the poll is unknown (the view PollVoting answers an invoke with).
/// </summary>
public sealed class PollErrorCardSamples : ICardSamples
{
    public IEnumerable<CardSample> Samples
    {
        get
        {
            var multiple = AdHoc(Kinds[1].Command);
            var votes = Votes(multiple);
            var tooMany = VoteErrorMessage(multiple, new() { [PollCardFields.PollId] = "p1", [PollCardFields.Choice] = "a,b,c" });
            yield return new("poll-error-too-many-choices", PollCard.RenderError(multiple, PollTally.Compute(multiple, votes), tooMany));

            var ranking = AdHoc(Kinds[4].Command);
            var duplicate = VoteErrorMessage(ranking, new() { [PollCardFields.PollId] = "p1", [PollCardFields.Rank(1)] = "a", [PollCardFields.Rank(2)] = "a" });
            yield return new("poll-error-ranking-duplicate", PollCard.RenderError(ranking, null, duplicate));

            var text = AdHoc(Kinds[3].Command);
            var empty = VoteErrorMessage(text, new() { [PollCardFields.PollId] = "p1", [PollCardFields.Text] = "  " });
            yield return new("poll-error-empty-text", PollCard.RenderError(text, PollTally.Compute(text, Votes(text)), empty));

            var closed = AdHoc(Kinds[0].Command);
            var counted = Votes(closed);
            Closed(closed);
            var late = VoteErrorMessage(closed, new() { [PollCardFields.PollId] = "p1", [PollCardFields.Choice] = "a" });
            yield return new("poll-error-closed", PollCard.RenderError(closed, PollTally.Compute(closed, counted), late));

            yield return new("poll-error-unknown-poll", PollCard.RenderError(null, null, PollError.UnknownPoll(PollId.Next(9)).Message));
            var missing = AnswerParser.ReadPollId(new Dictionary<string, string?>()).Error!.Message;
            yield return new("poll-error-missing-poll-id", PollCard.RenderError(null, null, missing));
        }
    }
}
