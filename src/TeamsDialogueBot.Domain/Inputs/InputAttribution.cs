namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>How an input is attributed wherever it is shown: chosen by its author, changeable while it can be edited.</summary>
public enum InputAttribution
{
    /// <summary>The author's name, and their organisation when they gave one.</summary>
    Named,

    /// <summary>The organisation alone (it must be given).</summary>
    OrganisationOnly,

    /// <summary>Nobody: no name, no organisation.</summary>
    Anonymous,
}
