using System.Globalization;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.UserText;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>A parsed `poll …` command (the text after the word "poll").</summary>
public sealed record PollCommand(PollCommandKind Kind)
{
    public const string Usage =
        "Usage: poll q3 [anonymous] [hidden] · poll \"Question?\" \"Option A\" \"Option B\" [multi] [max=2] [ranking] [rating] [text] [anonymous] [hidden] · poll close|reveal|results [p2]";

    /// <summary>For <see cref="PollCommandKind.LaunchGuidingQuestion"/>: n of q&lt;n&gt;.</summary>
    public int? GuidingQuestionNumber { get; init; }

    /// <summary>For <see cref="PollCommandKind.LaunchAdHoc"/>: the validated poll to launch.</summary>
    public PollSpec? Spec { get; init; }

    /// <summary>For close/reveal/results: the poll named, or null to let <see cref="PollTarget"/> pick.</summary>
    public PollId? Target { get; init; }

    /// <summary>For a guiding question: the flags given after q&lt;n&gt;.</summary>
    public bool Anonymous { get; init; }
    public bool Hidden { get; init; }

    public static PollResult<PollCommand> Parse(string? args)
    {
        if (!CommandToken.TryTokenize(args ?? string.Empty, out var tokens))
        {
            return Fail(PollErrorCode.UnclosedQuote, "A quote is not closed; put the question and each option in quotes.");
        }

        if (tokens.Count == 0)
        {
            return Fail(PollErrorCode.Syntax, Usage);
        }

        var first = tokens[0];
        if (first.Quoted)
        {
            return ParseAdHoc(tokens);
        }

        var verb = first.Text.ToUpperInvariant() switch
        {
            "CLOSE" => PollCommandKind.Close,
            "REVEAL" => PollCommandKind.Reveal,
            "RESULTS" => PollCommandKind.Results,
            _ => (PollCommandKind?)null,
        };
        if (verb is { } kind)
        {
            return ParseTargeted(kind, tokens);
        }

        if (first.Text.Length > 1 && (first.Text[0] is 'q' or 'Q')
            && int.TryParse(first.Text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            return ParseGuidingQuestion(number, tokens);
        }

        return Fail(PollErrorCode.Syntax, Usage);
    }

    private static PollResult<PollCommand> ParseTargeted(PollCommandKind kind, List<CommandToken> tokens)
    {
        if (tokens.Count > 2)
        {
            return Fail(PollErrorCode.SeveralPollsNamed, "Name at most one poll, e.g. poll close p2.");
        }

        if (tokens.Count == 1)
        {
            return new PollResult<PollCommand>(new PollCommand(kind));
        }

        return PollId.TryParse(tokens[1].Text, out var id)
            ? new PollResult<PollCommand>(new PollCommand(kind) { Target = id })
            : Fail(PollErrorCode.InvalidPollId, "Poll ids look like p2.");
    }

    private static PollResult<PollCommand> ParseGuidingQuestion(int number, List<CommandToken> tokens)
    {
        var command = new PollCommand(PollCommandKind.LaunchGuidingQuestion) { GuidingQuestionNumber = number };
        foreach (var token in tokens.Skip(1))
        {
            switch (token.Quoted ? null : token.Text.ToUpperInvariant())
            {
                case "ANONYMOUS" or "ANON":
                    command = command with { Anonymous = true };
                    break;
                case "HIDDEN":
                    command = command with { Hidden = true };
                    break;
                default:
                    return Fail(PollErrorCode.GuidingQuestionFlags, "After q<n> only anonymous and hidden may follow; the programme decides the rest.");
            }
        }

        return new PollResult<PollCommand>(command);
    }

    private static PollResult<PollCommand> ParseAdHoc(List<CommandToken> tokens)
    {
        var question = tokens[0].Text.Trim();
        var quoted = new List<string>();
        var kinds = new HashSet<PollKind>();
        int? max = null;
        var anonymous = false;
        var hidden = false;
        foreach (var token in tokens.Skip(1))
        {
            if (token.Quoted)
            {
                quoted.Add(token.Text.Trim());
                continue;
            }

            var word = token.Text.ToUpperInvariant();
            if (word.StartsWith("MAX=", StringComparison.Ordinal))
            {
                if (!int.TryParse(word.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    return Fail(PollErrorCode.InvalidMaxSelections, "Write max= with a number, e.g. max=2.");
                }

                max = n;
                continue;
            }

            switch (word)
            {
                case "SINGLE": kinds.Add(PollKind.SingleChoice); break;
                case "MULTI" or "MULTIPLE": kinds.Add(PollKind.MultipleChoice); break;
                case "RATING": kinds.Add(PollKind.Rating); break;
                case "TEXT": kinds.Add(PollKind.OpenText); break;
                case "RANKING": kinds.Add(PollKind.Ranking); break;
                case "ANONYMOUS" or "ANON": anonymous = true; break;
                case "HIDDEN": hidden = true; break;
                default:
                    return Fail(PollErrorCode.UnknownWord, "Put the question and each option in quotes; other words must be one of multi, max=N, ranking, rating, text, anonymous, hidden.");
            }
        }

        if (kinds.Count > 1)
        {
            return Fail(PollErrorCode.SeveralKinds, "Choose one kind of poll: single, multi, ranking, rating or text.");
        }

        var kind = kinds.Count == 1 ? kinds.First()
            : max is not null ? PollKind.MultipleChoice
            : quoted.Count == 0 ? PollKind.OpenText
            : PollKind.SingleChoice;

        // The cards strip these characters, so what was typed is not what the room would read: refused, not stored.
        if (TypedText.HasUnsafe(question) || quoted.Any(t => TypedText.HasUnsafe(t)))
        {
            return Fail(PollErrorCode.UnsafeCharacters, "The question, options and labels can't contain control characters or direction overrides.");
        }

        var spec = new PollSpec(question, kind, quoted) { MaxSelections = max, Anonymous = anonymous, Hidden = hidden };
        if (kind == PollKind.Rating)
        {
            if (quoted.Count is not (0 or 2))
            {
                return Fail(PollErrorCode.RatingLabels, "A rating takes no options, or two quoted labels for its low and high ends.");
            }

            spec = spec with
            {
                Options = [],
                LowLabel = quoted.Count == 2 ? quoted[0] : null,
                HighLabel = quoted.Count == 2 ? quoted[1] : null,
            };
            if (quoted.Any(l => PollRules.IsLongerThan(l, PollLimits.MaxOptionLength)))
            {
                return Fail(PollErrorCode.OptionTooLong, $"A rating label can have at most {PollLimits.MaxOptionLength} characters.");
            }
        }

        if (PollRules.Check(spec.Question, spec.Kind, spec.Options, spec.MaxSelections, limitQuestionLength: true) is { } error)
        {
            return new PollResult<PollCommand>(error);
        }

        return new PollResult<PollCommand>(new PollCommand(PollCommandKind.LaunchAdHoc) { Spec = spec });
    }

    private static PollResult<PollCommand> Fail(PollErrorCode code, string message) => new(new PollError(code, message));
}
