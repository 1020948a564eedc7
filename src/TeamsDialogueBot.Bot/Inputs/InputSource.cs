namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>Where an input of the listing and the report comes from.</summary>
public enum InputSource
{
    /// <summary>Shared through the input form.</summary>
    Form,

    /// <summary>An open-text poll answer: always anonymous; identical answers are merged (<see cref="InputEntry.Count"/>).</summary>
    PollAnswer,
}
