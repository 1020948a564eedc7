namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>
/// The longest texts an input keeps, in UTF-16 code units (what Input.Text's maxLength counts in Teams' clients).
/// They keep one input well inside a card page of the `inputs` listing (Teams caps a message at about 28 KB).
/// </summary>
public static class InputLimits
{
    public const int Organisation = 100;
    public const int Title = 150;
    public const int Description = 2_000;
    public const int Link = 500;

    /// <summary>
    /// Inputs one person may have in a dialogue at once (withdrawn ones don't count): enough for any organisation's
    /// activities, and a bound on what one participant can add to every `inputs` listing and report.
    /// </summary>
    public const int PerAuthor = 25;
}
