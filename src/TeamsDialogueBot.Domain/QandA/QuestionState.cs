namespace TeamsDialogueBot.Domain.QandA;

/// <summary>Where a written question stands. Only <see cref="Visible"/> and <see cref="Answered"/> ones are shown to everyone.</summary>
public enum QuestionState
{
    /// <summary>Waiting for a co-chair's approval (pre-moderation is on): seen by the chairs alone.</summary>
    Pending,

    /// <summary>On the Q&amp;A card and the room display, open for upvotes.</summary>
    Visible,

    /// <summary>Taken off by a co-chair: seen by the chairs alone, left out of the report.</summary>
    Hidden,

    /// <summary>The panel answered it: still shown, below the open ones.</summary>
    Answered,
}
