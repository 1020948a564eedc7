namespace TeamsDialogueBot.Domain.Queue;

/// <summary>One chair change: <paramref name="Action"/> is the chair's command word ("ack", "move", "policy"…).</summary>
public sealed record AuditEntry(DateTimeOffset At, string ActorId, string ActorName, string Action, string Detail);
