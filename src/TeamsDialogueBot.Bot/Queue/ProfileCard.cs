using System.Globalization;
using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>The small form where a participant says once who they speak for; shown to them alone.</summary>
public static class ProfileCard
{
    public const string OrganisationInput = "org";
    public const string GroupInput = "group";
    public const string ChannelInput = "channel";

    public static AdaptiveCard Render(Speaker profile, IReadOnlyList<string> groups, AgendaPosition position)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(groups);
        var choices = groups.Select(g => new Choice(g, g)).ToList();
        if (!groups.Contains(profile.Group, StringComparer.Ordinal))
        {
            choices.Add(new Choice(profile.Group, profile.Group));
        }

        return new AdaptiveCard(
        [
            new TextBlock("Who do you speak for?") { Weight = TextWeight.Bolder, Size = TextSize.Medium },
            new TextBlock($"Remembered for this dialogue, shown next to {CardText.Plain(profile.Name)} on the speakers' list.") { IsSubtle = true, Spacing = Spacing.None },
            new InputText(OrganisationInput) { Label = "Organisation", Value = profile.Organisation, MaxLength = 100, Placeholder = "e.g. Transparency International" },
            new InputChoiceSet(GroupInput, choices) { Label = "Stakeholder group", Value = profile.Group, IsRequired = true, ErrorMessage = "Choose a group." },
            new InputChoiceSet(ChannelInput, [new Choice("Remote (online)", nameof(SpeakerChannel.Remote)), new Choice("In the room", nameof(SpeakerChannel.Room))])
            {
                Label = "I take the floor",
                Value = profile.Channel.ToString(),
                Style = ChoiceInputStyle.Expanded,
            },
        ])
        {
            Actions =
            [
                new ExecuteAction(QueueVerbs.SaveProfile)
                {
                    Title = "Save",
                    Style = ActionStyle.Positive,
                    Data = new Dictionary<string, string>
                    {
                        ["verb"] = QueueVerbs.SaveProfile,
                        [QueueVerbs.ItemKey] = PositionKey.Of(position),
                    },
                },
            ],
            FallbackText = "Your organisation and stakeholder group",
        };
    }
}
