namespace TeamsDialogueBot.Reports.Docx;

/// <summary>A table column: its header and its share of the page width relative to the other columns.</summary>
internal readonly record struct DocxColumn(string Header, int Weight);
