using System.Text.RegularExpressions;

namespace TeamsDialogueBot.TestSupport;

/// <summary>Patterns for checking that a page or reply leaks no Teams identifier.</summary>
public static partial class TeamsIdPatterns
{
    /// <summary>
    /// A Teams user MRI ("29:" and a long id). A bare "29:" is not enough: a timestamp taken at minute 29
    /// ("02:29:27") contains it, and a test asserting on the bare prefix then fails one minute an hour.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9])29:[A-Za-z0-9_-]{8,}")]
    public static partial Regex UserMri();
}
