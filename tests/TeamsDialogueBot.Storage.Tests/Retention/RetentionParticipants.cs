namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary>The people the retention tests' dialogues name, on either database.</summary>
internal static class RetentionParticipants
{
    public const string AnaAad = "B0A1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D";
    public const string LiAad = "A1B2C3D4-0000-4000-8000-000000000001";

    // Everything TakePartAsync stores that names or identifies someone: ids, MRIs, names, organisation, topic.
    public static readonly string[] Identifying = [AnaAad, LiAad, "29:ana", "29:chair", "chair-aad", "Co-Chair One", "Ana Silva", "UNODC", "on review", "Li Wei"];
}
