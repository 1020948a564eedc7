namespace TeamsDialogueBot.Reports.Model;

/// <summary>The figures of one stakeholder group, named as the programme names it.</summary>
public sealed record GroupFigureRow(string Group, FigureRow Figures);
