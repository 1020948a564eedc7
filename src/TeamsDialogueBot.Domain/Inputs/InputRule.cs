namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>Which rule a field of an input breaks. The Bot layer words it; the domain never holds texts for people.</summary>
public enum InputRule
{
    /// <summary>Required and blank (after trimming).</summary>
    Empty,

    /// <summary>Longer than its <see cref="InputLimits"/> entry.</summary>
    TooLong,

    /// <summary>Holds a control character (the description may hold line breaks, nothing else).</summary>
    ControlCharacters,

    /// <summary>The link is not an absolute https URL.</summary>
    NotAnHttpsLink,

    /// <summary>The agenda item, guiding question or attribution is not one the programme or the form offers.</summary>
    Unknown,

    /// <summary>The agenda item is closed for inputs (`inputs close`).</summary>
    Closed,
}
