namespace TeamsDialogueBot.Protocol.Activities;

/// <summary>The Connector's answer to send/reply/create: the new resource's id.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
