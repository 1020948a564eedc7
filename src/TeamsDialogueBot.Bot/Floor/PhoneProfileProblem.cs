namespace TeamsDialogueBot.Bot.Floor;

/// <summary>Why the floor page's first-visit form was refused; the page words each (one place for its translations).</summary>
public enum PhoneProfileProblem
{
    NameMissing,
    NameTooLong,
    OrganisationTooLong,
    GroupUnknown,
    ControlCharacters,
}
