namespace TeamsDialogueBot.Bot.Queue;

/// <summary>What to do with the list's card after a change.</summary>
public enum CardPosting
{
    /// <summary>Update the posted card in place if the list changed; post it if it was never posted.</summary>
    Update,

    /// <summary>Post a fresh card (`queue`), which becomes the one kept up to date: the old one has scrolled away.</summary>
    Repost,
}
