namespace TeamsDialogueBot.Reports.Formatting;

/// <summary>
/// The bidirectional embeddings, overrides and isolates (U+202A–E, U+2066–9): in a name they reorder what the reader of
/// the DOCX or the spreadsheet sees, so "Ana" can be made to read as someone else. Typed texts are refused with them
/// before they are stored, and the cards strip them; names come from Teams as people set them (guests and anonymous
/// meeting joiners type their own), so the report files strip them too. The marks (U+200E/F) stay: they reorder nothing
/// written in a strong direction, and Arabic text pasted from other programs is full of them.
/// </summary>
internal static class BidiControls
{
    public static bool Is(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static string? Strip(string? text) =>
        text is null || !text.Any(Is) ? text : new string([.. text.Where(c => !Is(c))]);
}
