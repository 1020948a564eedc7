namespace TeamsDialogueBot.Storage.Retention;

/// <summary>Told when a conversation's participants were purged, so what is kept of it in memory goes too.</summary>
public interface IRetentionListener
{
    void Purged(string conversationId);
}
