namespace TeamsDialogueBot.Reports.Model;

/// <summary>One entry of the audit trail: <paramref name="Action"/> is the chair's command word ("ack", "move", "policy"…).</summary>
public sealed record ReportChairAction(DateTimeOffset At, string Actor, string Action, string Detail);
