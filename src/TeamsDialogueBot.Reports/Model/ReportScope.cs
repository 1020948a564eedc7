namespace TeamsDialogueBot.Reports.Model;

public enum ReportScope
{
    /// <summary>The whole session, every item so far.</summary>
    Session,

    /// <summary>One agenda item (<c>report III</c>).</summary>
    Item,
}
