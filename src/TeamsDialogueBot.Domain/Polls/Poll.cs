using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.UserText;

namespace TeamsDialogueBot.Domain.Polls;

/// <summary>
/// A poll launched in a conversation. Its definition never changes after launch, so stored
/// answers stay valid; only <see cref="Close"/> and <see cref="Reveal"/> move it on.
/// </summary>
public sealed class Poll
{
    private Poll(PollSnapshot snapshot)
    {
        Id = new PollId(snapshot.Id);
        Question = snapshot.Question;
        Kind = snapshot.Kind;
        Options = snapshot.Options.ToList().AsReadOnly();
        MaxSelections = snapshot.MaxSelections;
        Scale = snapshot.Scale;
        Anonymous = snapshot.Anonymous;
        Hidden = snapshot.Hidden;
        Revealed = snapshot.Revealed;
        State = snapshot.State;
        OpenedAt = snapshot.OpenedAt;
        OpenedBy = snapshot.OpenedBy;
        ClosedAt = snapshot.ClosedAt;
        ClosedBy = snapshot.ClosedBy;
        RevealedAt = snapshot.RevealedAt;
        RevealedBy = snapshot.RevealedBy;
        GuidingQuestionNumber = snapshot.GuidingQuestionNumber;
        AgendaItemIndex = snapshot.AgendaItemIndex;
        Version = snapshot.Version;
    }

    public PollId Id { get; }
    public string Question { get; }
    public PollKind Kind { get; }

    /// <summary>Options of choice and ranking polls, keyed "a", "b", …; empty for rating and open text.</summary>
    public IReadOnlyList<PollOption> Options { get; }

    /// <summary>Multiple choice only: the most options one voter may pick; null = no limit.</summary>
    public int? MaxSelections { get; }

    /// <summary>Rating polls only.</summary>
    public RatingScale? Scale { get; }
    public bool Anonymous { get; }
    public bool Hidden { get; }
    public bool Revealed { get; private set; }
    public PollState State { get; private set; }
    public DateTimeOffset OpenedAt { get; }
    public string OpenedBy { get; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }
    public DateTimeOffset? RevealedAt { get; private set; }
    public string? RevealedBy { get; private set; }
    public int? GuidingQuestionNumber { get; }

    /// <summary>0-based index of the agenda item that was current at launch; null before the session started.</summary>
    public int? AgendaItemIndex { get; }

    /// <summary>Starts at 1 and grows with every transition, for optimistic concurrency in storage.</summary>
    public int Version { get; private set; }

    public bool IsOpen => State == PollState.Open;

    /// <summary>False while a hidden poll is unrevealed: only the respondent count may be shown.</summary>
    public bool ShowsResults => !Hidden || Revealed;

    public static PollResult<Poll> AdHoc(PollId id, PollSpec spec, int? agendaItemIndex, string openedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (PollRules.Check(spec.Question, spec.Kind, spec.Options, spec.MaxSelections, limitQuestionLength: true) is { } error)
        {
            return new PollResult<Poll>(error);
        }

        return new PollResult<Poll>(Create(id, spec, guidingQuestionNumber: null, agendaItemIndex, openedBy, now));
    }

    /// <summary>
    /// Launches a guiding question of the programme (`poll q&lt;n&gt;`), as its <see cref="PollTemplate"/>
    /// says; a question without one is asked as open text.
    /// </summary>
    public static PollResult<Poll> FromGuidingQuestion(
        PollId id, GuidingQuestion question, bool anonymous, bool hidden, int? agendaItemIndex, string openedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(question);
        var template = question.Poll;
        PollKind? kind = template is null ? PollKind.OpenText : KindOf(template.Kind);
        if (kind is null)
        {
            return new PollResult<Poll>(new PollError(
                PollErrorCode.InvalidTemplate, $"The programme gives q{question.Number} an unknown poll kind; use single, multi, rating, text or ranking.")
            {
                Number = question.Number,
            });
        }

        var given = template?.Options ?? [];
        var isRating = kind == PollKind.Rating;
        if (isRating && given.Count is not (0 or 2))
        {
            return new PollResult<Poll>(new PollError(
                PollErrorCode.InvalidTemplate, $"The programme gives the rating q{question.Number} {given.Count} options; give none or two end labels.")
            {
                Number = question.Number,
                Cause = new PollError(PollErrorCode.RatingLabels, "A rating takes no options, or two labels for its low and high ends."),
            });
        }

        var spec = new PollSpec(question.Text, kind.Value, isRating ? [] : given)
        {
            LowLabel = isRating && given.Count == 2 ? given[0] : null,
            HighLabel = isRating && given.Count == 2 ? given[1] : null,
            Anonymous = anonymous,
            Hidden = hidden,
        };

        // The programme's own wording is trusted, so a long guiding question is not cut off mid-session.
        if (PollRules.Check(spec.Question, spec.Kind, spec.Options, null, limitQuestionLength: false) is { } error)
        {
            return new PollResult<Poll>(error with
            {
                Code = PollErrorCode.InvalidTemplate,
                Message = $"The programme's poll for q{question.Number} is not valid: {error.Message}",
                Number = question.Number,
                Cause = error,
            });
        }

        return new PollResult<Poll>(Create(id, spec, question.Number, agendaItemIndex, openedBy, now));
    }

    public static Poll FromSnapshot(PollSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new Poll(snapshot);
    }

    // A loop rather than FirstOrDefault: every vote looks its options up, and the closure and enumerator were allocations each time.
    public PollOption? FindOption(string key)
    {
        for (var i = 0; i < Options.Count; i++)
        {
            if (string.Equals(Options[i].Key, key, StringComparison.Ordinal))
            {
                return Options[i];
            }
        }

        return null;
    }

    public PollError? Close(DateTimeOffset now, string actor)
    {
        if (!IsOpen)
        {
            return new PollError(PollErrorCode.AlreadyClosed, $"Poll {Id} is already closed.") { Polls = [Id] };
        }

        State = PollState.Closed;
        ClosedAt = now;
        ClosedBy = actor;
        Version++;
        return null;
    }

    /// <summary>Shows a hidden poll's results; allowed while open too, the chair decides when the room sees them.</summary>
    public PollError? Reveal(DateTimeOffset now, string actor)
    {
        if (!Hidden)
        {
            return new PollError(PollErrorCode.NotHidden, $"Poll {Id} is not hidden; its results are already visible.") { Polls = [Id] };
        }

        if (Revealed)
        {
            return new PollError(PollErrorCode.AlreadyRevealed, $"Poll {Id} has already been revealed.") { Polls = [Id] };
        }

        Revealed = true;
        RevealedAt = now;
        RevealedBy = actor;
        Version++;
        return null;
    }

    public PollSnapshot ToSnapshot() => new()
    {
        Id = Id.Value,
        Question = Question,
        Kind = Kind,
        Options = [.. Options],
        MaxSelections = MaxSelections,
        Scale = Scale,
        Anonymous = Anonymous,
        Hidden = Hidden,
        Revealed = Revealed,
        State = State,
        OpenedAt = OpenedAt,
        OpenedBy = OpenedBy,
        ClosedAt = ClosedAt,
        ClosedBy = ClosedBy,
        RevealedAt = RevealedAt,
        RevealedBy = RevealedBy,
        GuidingQuestionNumber = GuidingQuestionNumber,
        AgendaItemIndex = AgendaItemIndex,
        Version = Version,
    };

    private static Poll Create(PollId id, PollSpec spec, int? guidingQuestionNumber, int? agendaItemIndex, string openedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(openedBy);
        var hasOptions = spec.Kind is PollKind.SingleChoice or PollKind.MultipleChoice or PollKind.Ranking;
        return new Poll(new PollSnapshot
        {
            Id = id.Value,
            Question = spec.Question.Trim(),
            Kind = spec.Kind,
            Options = hasOptions ? [.. spec.Options.Select((label, i) => new PollOption(PollRules.OptionKey(i), label.Trim()))] : [],
            MaxSelections = spec.Kind == PollKind.MultipleChoice ? spec.MaxSelections : null,
            Scale = spec.Kind == PollKind.Rating ? new RatingScale(1, 5, Blank(spec.LowLabel), Blank(spec.HighLabel)) : null,
            Anonymous = spec.Anonymous,
            Hidden = spec.Hidden,
            State = PollState.Open,
            OpenedAt = now,
            OpenedBy = openedBy,
            GuidingQuestionNumber = guidingQuestionNumber,
            AgendaItemIndex = agendaItemIndex,
            Version = 1,
        });
    }

    // A label of only invisible characters (U+200B…) would show as "1 — " with nothing after it: no label.
    private static string? Blank(string? label) => TypedText.IsBlank(label) ? null : label.Trim();

    private static PollKind? KindOf(string templateKind) => templateKind.Trim().ToUpperInvariant() switch
    {
        "SINGLE" => PollKind.SingleChoice,
        "MULTI" => PollKind.MultipleChoice,
        "RATING" => PollKind.Rating,
        "TEXT" => PollKind.OpenText,
        "RANKING" => PollKind.Ranking,
        _ => null,
    };
}
