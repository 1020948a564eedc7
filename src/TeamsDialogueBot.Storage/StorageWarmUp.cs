using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage;

/// <summary>
/// Writes and reads a made-up speakers' list and profile as JSON once, before the host listens, touching no database.
/// </summary>
/// <remarks>
/// The serializer builds a type's metadata at its first use: measured at ~50 ms of CPU for the list's types, spent
/// by the first `q+` of a rush after a start and queueing the others behind it (issue 17).
/// </remarks>
public static class StorageWarmUp
{
    public static void Run()
    {
        var at = DateTimeOffset.UtcNow;
        var speaker = new Speaker(new ParticipantId("warm-up"), "Warm Up", "Org", StakeholderGroups.Other, SpeakerChannel.Remote);
        var snapshot = new SpeakersListSnapshot
        {
            ConversationId = "19:warm-up@thread.v2",
            ItemIndex = 0,
            SpeakingTime = TimeSpan.FromMinutes(3),
            IsOpen = true,
            Entries = [new SpeakerEntry { Number = 1, Speaker = speaker, RequestedAt = at, Topic = "warm-up", Language = "en" }],
            Audit = [new AuditEntry(at, "warm-up", "Warm Up", "q+", "warm-up")],
        };
        _ = SpeakersListJson.Read(System.Text.Encoding.UTF8.GetString(SpeakersListJson.Write(snapshot)));
        _ = SpeakersListJson.ReadProfile(System.Text.Encoding.UTF8.GetString(SpeakersListJson.WriteProfile(speaker)));
    }
}
