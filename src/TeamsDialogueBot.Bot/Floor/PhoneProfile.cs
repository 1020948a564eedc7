using System.Diagnostics.CodeAnalysis;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Domain.UserText;

namespace TeamsDialogueBot.Bot.Floor;

/// <summary>
/// Checks what a phone's first visit typed, by the limits of every other speaker's text (<see cref="SpeakerLimits"/>).
/// Control and bidirectional-override characters are refused, not stripped: a name that would show differently from
/// what was typed is sent back to be typed again. Spaces are collapsed as chairs' typed names are.
/// </summary>
public static class PhoneProfile
{
    public static bool TryCreate(
        string browserId,
        string? name,
        string? organisation,
        string? group,
        IReadOnlyList<string> groups,
        [NotNullWhen(true)] out PhoneVisitor? visitor,
        out PhoneProfileProblem problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(browserId);
        ArgumentNullException.ThrowIfNull(groups);
        visitor = null;
        problem = default;
        if (HasControl(name) || HasControl(organisation) || HasControl(group))
        {
            problem = PhoneProfileProblem.ControlCharacters;
            return false;
        }

        var cleanName = Collapse(name);
        var cleanOrganisation = TypedText.IsBlank(organisation) ? null : Collapse(organisation);
        if (cleanName is null || TypedText.IsBlank(cleanName))
        {
            problem = PhoneProfileProblem.NameMissing;
            return false;
        }

        if (cleanName.Length > SpeakerLimits.Name)
        {
            problem = PhoneProfileProblem.NameTooLong;
            return false;
        }

        if (cleanOrganisation?.Length > SpeakerLimits.Organisation)
        {
            problem = PhoneProfileProblem.OrganisationTooLong;
            return false;
        }

        if (!StakeholderGroups.TryNormalise(group, groups, out var knownGroup))
        {
            problem = PhoneProfileProblem.GroupUnknown;
            return false;
        }

        visitor = new PhoneVisitor(browserId, cleanName, cleanOrganisation, knownGroup);
        return true;
    }

    private static bool HasControl(string? text) => TypedText.HasUnsafe(text);

    private static string? Collapse(string? text)
    {
        var words = (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words);
    }
}
