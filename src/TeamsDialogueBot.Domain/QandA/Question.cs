using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Domain.QandA;

/// <summary>
/// One written question to a panel (or an item). Immutable: a change replaces it in its <see cref="QuestionBoard"/>.
/// Upvotes are kept by the board, not here, so that a question's record stays the size of its text.
/// </summary>
public sealed record Question
{
    /// <summary>1-based within the board, in order of asking; never reused. Cards carry it.</summary>
    public required int Number { get; init; }

    /// <summary>At most <see cref="QandALimits.Text"/> characters, no control characters.</summary>
    public required string Text { get; init; }

    /// <summary>Who asked: the asker's key on the board (see <see cref="QuestionVoter"/>). Never shown anywhere.</summary>
    public required string AskerKey { get; init; }

    /// <summary>The asker's display name as shown; null for an anonymous question.</summary>
    public string? AskerName { get; init; }

    /// <summary>The asker's organisation as shown; null for an anonymous question or when they gave none.</summary>
    public string? AskerOrganisation { get; init; }

    public bool Anonymous { get; init; }

    /// <summary>The panellist it is addressed to, by name as the programme spells it; null for the whole panel.</summary>
    public string? AddressedTo { get; init; }

    public QuestionState State { get; init; } = QuestionState.Visible;
    public required DateTimeOffset AskedAt { get; init; }

    /// <summary>When a co-chair last changed its state (approved, hid, showed, marked answered).</summary>
    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>Shown to everyone (the card, the room display, the report).</summary>
    [JsonIgnore]
    public bool IsShown => State is QuestionState.Visible or QuestionState.Answered;

    /// <summary>
    /// Who asked, as every view shows it: "Ana Silva (UNODC)", "Ana Silva", or null for an anonymous question (never a
    /// key). Derived, not stored: the card, the room display and the report can't disagree about it.
    /// </summary>
    [JsonIgnore]
    public string? AskedBy =>
        Anonymous || AskerName is null ? null
        : AskerOrganisation is { Length: > 0 } organisation ? $"{AskerName} ({organisation})"
        : AskerName;
}
