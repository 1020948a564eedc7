namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>Where an input stands. Only active inputs are shown on cards and in reports.</summary>
public enum InputState
{
    Active,

    /// <summary>Taken back by its author; kept, never shown, never editable again.</summary>
    Withdrawn,

    /// <summary>Hidden by a co-chair; kept with the audit trail, and shown again when a co-chair says so.</summary>
    Hidden,
}
