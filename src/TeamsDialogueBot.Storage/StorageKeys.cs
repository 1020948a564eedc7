using System.Globalization;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage;

/// <summary>How a rejected write names what it conflicted on.</summary>
internal static class StorageKeys
{
    /// <summary>"3" for an item's own speakers' list, "2.1" for a panel's.</summary>
    public static string Of(SpeakersList list) =>
        list.Panel == 0
            ? list.ItemIndex.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{list.ItemIndex}.{list.Panel}");
}
