using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// Why a poll command or a vote was refused, in the reader's language. The domain's <see cref="PollError.Message"/> is
/// English (for logs); its code and context (<see cref="PollError.Number"/>, <see cref="PollError.Polls"/>…), with the
/// poll, say everything the sentence needs. Every code has its text: a test walks them all.
/// </summary>
public static class PollErrorTexts
{
    /// <param name="requested">The poll the voter's card named, when no poll has that id.</param>
    /// <param name="command">The chair's command that was refused (close, reveal or results), for the texts that name it.</param>
    public static string Explain(PollError error, Poll? poll, Texts texts, PollId? requested = null, PollCommandKind? command = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(texts);
        return error.Code switch
        {
            PollErrorCode.UnknownPoll => texts.Format("Vote.UnknownPoll", requested?.Value ?? poll?.Id.Value ?? Named(error)),
            < PollErrorCode.MissingPollId => Command(error, texts, command),
            _ => Vote(error, poll, texts),
        };
    }

    private static string Vote(PollError error, Poll? poll, Texts texts)
    {
        var id = poll?.Id.Value ?? Named(error);
        return error.Code switch
        {
            PollErrorCode.MissingPollId => texts["Vote.MissingPollId"],
            PollErrorCode.WrongPoll => texts.Format("Vote.WrongPoll", id),
            PollErrorCode.PollClosed => texts.Format("Vote.Closed", id),
            PollErrorCode.UnknownOption => texts.Format("Vote.UnknownOption", id),
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
            PollErrorCode.UnsafeText => texts["Vote.UnsafeText"],
            PollErrorCode.DuplicateRank => texts["Vote.DuplicateRank"],
            _ => throw new ArgumentOutOfRangeException(nameof(error), error.Code, "A vote refusal without a text."),
        };
    }

    // What a chair typed after `poll` (or what the programme holds) could not be done.
    private static string Command(PollError error, Texts texts, PollCommandKind? command) => error.Code switch
    {
        PollErrorCode.Syntax => texts["PollError.Usage"],
        PollErrorCode.UnclosedQuote => texts["PollError.UnclosedQuote"],
        PollErrorCode.UnknownWord => texts["PollError.UnknownWord"],
        PollErrorCode.SeveralKinds => texts["PollError.SeveralKinds"],
        PollErrorCode.RatingLabels => texts["PollError.RatingLabels"],
        PollErrorCode.OptionsNotAllowed => texts["PollError.OptionsNotAllowed"],
        PollErrorCode.GuidingQuestionFlags => texts["PollError.GuidingQuestionFlags"],
        PollErrorCode.SeveralPollsNamed => texts["PollError.SeveralPollsNamed"],
        PollErrorCode.InvalidPollId => texts["PollError.InvalidPollId"],
        PollErrorCode.QuestionMissing => texts["PollError.QuestionMissing"],
        PollErrorCode.QuestionTooLong => texts.Format("PollError.QuestionTooLong", texts.Number(PollLimits.MaxQuestionLength)),
        PollErrorCode.OptionMissing => texts.Format("PollError.OptionMissing", Position(error, texts)),
        PollErrorCode.OptionTooLong => error.Number is null
            ? texts.Format("PollError.RatingLabelTooLong", texts.Number(PollLimits.MaxOptionLength))
            : texts.Format("PollError.OptionTooLong", Position(error, texts), texts.Number(PollLimits.MaxOptionLength)),
        PollErrorCode.TooFewOptions => texts.Format("PollError.TooFewOptions", texts.Number(PollLimits.MinOptions)),
        PollErrorCode.TooManyOptions => texts.Format("PollError.TooManyOptions", texts.Number(PollLimits.MaxOptions)),
        PollErrorCode.DuplicateOption => texts.Format("PollError.DuplicateOption", Position(error, texts)),
        PollErrorCode.UnsafeCharacters => texts["PollError.UnsafeCharacters"],
        PollErrorCode.InvalidMaxSelections => error.Count is { } count
            ? texts.Format("PollError.MaxOutOfRange", texts.Number(count))
            : texts["PollError.MaxNotANumber"],
        PollErrorCode.MaxOnlyMultipleChoice => texts["PollError.MaxOnlyMultipleChoice"],
        PollErrorCode.InvalidTemplate => error.Cause is { } cause
            ? texts.Format("PollError.InvalidTemplate", Position(error, texts), Command(cause, texts, command))
            : texts.Format("PollError.UnknownTemplateKind", Position(error, texts)),
        PollErrorCode.UnknownGuidingQuestion => error.Count is > 0
            ? texts.Format("PollError.UnknownGuidingQuestion", Position(error, texts), error.Count.Value.ToString(texts.Culture))
            : texts["PollError.NoGuidingQuestions"],
        PollErrorCode.NoPoll => command switch
        {
            PollCommandKind.Close => texts["PollError.NoOpenPoll"],
            PollCommandKind.Reveal => texts["PollError.NoHiddenPoll"],
            _ => texts["PollError.NoPollYet"],
        },
        PollErrorCode.AmbiguousPoll => texts.Format(
            "PollError.AmbiguousPoll",
            texts.JoinAnd([.. error.Polls.Select(p => p.Value)]),
            command == PollCommandKind.Reveal ? "reveal" : "close",
            error.Polls.Count == 0 ? "p1" : error.Polls[^1].Value),
        PollErrorCode.AlreadyClosed => texts.Format("PollError.AlreadyClosed", Named(error)),
        PollErrorCode.NotHidden => texts.Format("PollError.NotHidden", Named(error)),
        PollErrorCode.AlreadyRevealed => texts.Format("PollError.AlreadyRevealed", Named(error)),
        _ => throw new ArgumentOutOfRangeException(nameof(error), error.Code, "A poll refusal without a text."),
    };

    // Option positions and guiding-question numbers are what the chair typed or counted: plain digits, as in "q3".
    private static string Position(PollError error, Texts texts) => (error.Number ?? 0).ToString(texts.Culture);

    private static string Named(PollError error) => error.Polls.Count == 0 ? "" : error.Polls[0].Value;
}
