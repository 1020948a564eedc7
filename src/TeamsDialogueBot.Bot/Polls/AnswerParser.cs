using System.Globalization;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.UserText;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// Turns the values a poll card sends back (see <see cref="PollCardFields"/>) into an <see cref="Answer"/>,
/// or a <see cref="PollError"/> for the voter alone; nothing is recorded on error.
/// </summary>
public static class AnswerParser
{
    /// <summary>Reads the poll id first, so the caller can look the poll up (and answer <see cref="PollError.UnknownPoll"/>).</summary>
    public static PollResult<PollId> ReadPollId(IReadOnlyDictionary<string, string?> cardData)
    {
        ArgumentNullException.ThrowIfNull(cardData);
        return cardData.TryGetValue(PollCardFields.PollId, out var raw) && PollId.TryParse(raw, out var id)
            ? new PollResult<PollId>(id)
            : new PollResult<PollId>(new PollError(PollErrorCode.MissingPollId, "This vote does not say which poll it is for; please use the buttons on the poll card."));
    }

    /// <summary>
    /// A ranking may be partial: places are filled from rank1 without gaps, at least one, each option
    /// at most once. Options left unranked score nothing (see <see cref="PollTally"/>).
    /// </summary>
    public static PollResult<Answer> Parse(Poll poll, IReadOnlyDictionary<string, string?> cardData, VoterKey voter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var id = ReadPollId(cardData);
        if (!id.IsSuccess)
        {
            return new PollResult<Answer>(id.Error);
        }

        if (id.Value != poll.Id)
        {
            return Fail(PollErrorCode.WrongPoll, $"This vote is for poll {id.Value}, not poll {poll.Id}.");
        }

        if (!poll.IsOpen)
        {
            return Fail(PollErrorCode.PollClosed, $"Poll {poll.Id} is closed; your answer was not recorded.");
        }

        var answer = new Answer(poll.Id, voter, now);
        return poll.Kind switch
        {
            PollKind.SingleChoice or PollKind.MultipleChoice => ParseChoices(poll, Read(cardData, PollCardFields.Choice), answer),
            PollKind.Rating => ParseRating(poll, Read(cardData, PollCardFields.Rating), answer),
            PollKind.OpenText => ParseText(Read(cardData, PollCardFields.Text), answer),
            PollKind.Ranking => ParseRanking(poll, cardData, answer),
            _ => throw new ArgumentOutOfRangeException(nameof(poll), poll.Kind, "Unknown poll kind."),
        };
    }

    private static PollResult<Answer> ParseChoices(Poll poll, string? raw, Answer answer)
    {
        var parts = (raw ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && poll.FindOption(parts[0]) is { } only && poll.MaxSelections is not < 1)
        {
            // One known option, the common vote: the checks below would all pass, without their LINQ and closures.
            return new PollResult<Answer>(answer with { Choices = new List<string>(1) { only.Key }.AsReadOnly() });
        }

        var keys = parts.Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return Fail(PollErrorCode.NoSelection, "Pick an option first.");
        }

        if (keys.Any(k => poll.FindOption(k) is null))
        {
            return Fail(PollErrorCode.UnknownOption, $"That option is not part of poll {poll.Id}.");
        }

        if (poll.Kind == PollKind.SingleChoice && keys.Count > 1)
        {
            return Fail(PollErrorCode.TooManySelections, "Pick only one option.");
        }

        if (poll.MaxSelections is { } max && keys.Count > max)
        {
            return Fail(PollErrorCode.TooManySelections, $"Pick at most {max.ToString(CultureInfo.InvariantCulture)} options.");
        }

        var picked = poll.Options.Where(o => keys.Contains(o.Key)).Select(o => o.Key).ToList();
        return new PollResult<Answer>(answer with { Choices = picked.AsReadOnly() });
    }

    private static PollResult<Answer> ParseRating(Poll poll, string? raw, Answer answer)
    {
        var scale = poll.Scale ?? new RatingScale();
        if (raw is null || raw.Trim().Length == 0)
        {
            return Fail(PollErrorCode.NoSelection, "Pick a rating first.");
        }

        if (!int.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rating))
        {
            return Fail(PollErrorCode.WrongType, "A rating must be a whole number.");
        }

        return scale.Contains(rating)
            ? new PollResult<Answer>(answer with { Rating = rating })
            : Fail(PollErrorCode.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"A rating must be between {scale.Min} and {scale.Max}."));
    }

    private static PollResult<Answer> ParseText(string? raw, Answer answer)
    {
        var text = (raw ?? string.Empty).ReplaceLineEndings("\n").Trim();
        if (TypedText.IsBlank(text))
        {
            return Fail(PollErrorCode.EmptyText, "Write an answer first.");
        }

        if (TypedText.HasUnsafe(text, allowLineBreaks: true))
        {
            return Fail(PollErrorCode.UnsafeText, "Your answer contains control characters or direction overrides.");
        }

        // Counted as the voter sees characters, so an emoji or accented letter counts once; a run of combining marks
        // stacked on one letter is not a way past the limit (see PollRules.IsLongerThan).
        var length = new StringInfo(text).LengthInTextElements;
        return !PollRules.IsLongerThan(text, PollLimits.MaxTextAnswerLength)
            ? new PollResult<Answer>(answer with { Text = text })
            : Fail(PollErrorCode.TextTooLong, string.Create(
                CultureInfo.InvariantCulture, $"Your answer has {length} characters; the limit is {PollLimits.MaxTextAnswerLength}."));
    }

    private static PollResult<Answer> ParseRanking(Poll poll, IReadOnlyDictionary<string, string?> cardData, Answer answer)
    {
        var ranked = new List<string>();
        var gap = false;
        for (var place = 1; place <= poll.Options.Count; place++)
        {
            var key = Read(cardData, PollCardFields.Rank(place))?.Trim();
            if (string.IsNullOrEmpty(key))
            {
                gap = true;
                continue;
            }

            if (gap)
            {
                return Fail(PollErrorCode.RankingGap, "Fill the places in order from 1st, without leaving one empty.");
            }

            if (poll.FindOption(key) is null)
            {
                return Fail(PollErrorCode.UnknownOption, $"That option is not part of poll {poll.Id}.");
            }

            if (ranked.Contains(key, StringComparer.Ordinal))
            {
                return Fail(PollErrorCode.DuplicateRank, "Each option can take only one place.");
            }

            ranked.Add(key);
        }

        return ranked.Count == 0
            ? Fail(PollErrorCode.NoSelection, "Choose at least your first place.")
            : new PollResult<Answer>(answer with { Choices = ranked.AsReadOnly() });
    }

    private static string? Read(IReadOnlyDictionary<string, string?> cardData, string field) =>
        cardData.TryGetValue(field, out var value) ? value : null;

    private static PollResult<Answer> Fail(PollErrorCode code, string message) => new(new PollError(code, message));
}
