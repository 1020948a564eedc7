namespace TeamsDialogueBot.Domain.QandA;

/// <summary>
/// How much one Q&amp;A holds. Everything on it ends up on a shared card Teams caps at about 28 KB and in one stored
/// board, so no one question, and no one person, may crowd out the rest.
/// </summary>
public static class QandALimits
{
    /// <summary>Characters of a question, after its white space is collapsed.</summary>
    public const int Text = 500;

    /// <summary>Questions on one board (a panel's Q&amp;A), hidden ones included.</summary>
    public const int Questions = 200;

    /// <summary>Questions one person may ask on one board.</summary>
    public const int PerAsker = 10;

    public const int AskerName = 100;
    public const int AskerOrganisation = 100;
}
