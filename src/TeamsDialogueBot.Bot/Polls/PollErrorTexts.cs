using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// Why a vote was refused, in the voter's language. The domain's <see cref="PollError.Message"/> is English; its code,
/// with the poll, says everything the sentence needs. Errors of the chairs' poll commands keep the domain's English.
/// </summary>
public static class PollErrorTexts
{
    /// <param name="requested">The poll the voter's card named, when no poll has that id.</param>
    public static string Explain(PollError error, Poll? poll, Texts texts, PollId? requested = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(texts);
        var id = poll?.Id.Value;
        return error.Code switch
        {
            PollErrorCode.MissingPollId => texts["Vote.MissingPollId"],
            PollErrorCode.UnknownPoll => texts.Format("Vote.UnknownPoll", requested?.Value ?? poll?.Id.Value ?? ""),
            PollErrorCode.WrongPoll when id is not null => texts.Format("Vote.WrongPoll", id),
            PollErrorCode.PollClosed when id is not null => texts.Format("Vote.Closed", id),
            PollErrorCode.UnknownOption when id is not null => texts.Format("Vote.UnknownOption", id),
            PollErrorCode.NoSelection => poll?.Kind switch
            {
                PollKind.Rating => texts["Vote.PickRatingFirst"],
                PollKind.Ranking => texts["Poll.Input.ChooseFirst"],
                _ => texts["Vote.PickFirst"],
            },
            PollErrorCode.TooManySelections => poll?.MaxSelections is { } max && poll.Kind == PollKind.MultipleChoice
                ? texts.Plural("Vote.AtMost", max)
                : texts["Vote.OnlyOne"],
            PollErrorCode.WrongType => texts["Vote.WholeNumber"],
            PollErrorCode.OutOfRange => texts.Format("Vote.Range", texts.Number((poll?.Scale ?? new RatingScale()).Min), texts.Number((poll?.Scale ?? new RatingScale()).Max)),
            PollErrorCode.EmptyText => texts["Poll.Input.WriteFirst"],
            PollErrorCode.TextTooLong => texts.Format("Vote.TextTooLong", texts.Number(PollLimits.MaxTextAnswerLength)),
            PollErrorCode.RankingGap => texts["Vote.RankingGap"],
            PollErrorCode.DuplicateRank => texts["Vote.DuplicateRank"],
            _ => error.Message,
        };
    }

}
