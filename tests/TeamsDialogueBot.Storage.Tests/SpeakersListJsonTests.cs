using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage.Tests;

public sealed class SpeakersListJsonTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 9, 30, 15, 120, TimeSpan.FromHours(1));

    // Rows written by the source-generated writer and by the reflection-based StorageJson (retention's redaction) are read
    // by both: the text must be the same, every field of every entry included.
    [Fact]
    public void Writes_the_same_text_as_the_storage_serializer()
    {
        var snapshot = Rich();

        Assert.Equal(StorageJson.Write(snapshot), System.Text.Encoding.UTF8.GetString(SpeakersListJson.Write(snapshot)));
        Assert.Equal(StorageJson.Write(snapshot.Entries[0].Speaker), System.Text.Encoding.UTF8.GetString(SpeakersListJson.WriteProfile(snapshot.Entries[0].Speaker)));
    }

    [Fact]
    public void Reads_back_what_either_wrote()
    {
        var snapshot = Rich();

        var mine = SpeakersListJson.Read(System.Text.Encoding.UTF8.GetString(SpeakersListJson.Write(snapshot)));
        var theirs = SpeakersListJson.Read(StorageJson.Write(snapshot));

        foreach (var read in new[] { mine, theirs })
        {
            Assert.Equal(snapshot.Entries, read.Entries);
            Assert.Equal(snapshot.Audit, read.Audit);
            Assert.Equal(snapshot.Groups, read.Groups);
            Assert.Equal(snapshot with { Entries = read.Entries, Audit = read.Audit, Groups = read.Groups }, read);
        }

        Assert.Equal(snapshot.Entries[1].Speaker, SpeakersListJson.ReadProfile(StorageJson.Write(snapshot.Entries[1].Speaker)));
    }

    private static SpeakersListSnapshot Rich() => new()
    {
        ConversationId = "19:meeting_json@thread.v2",
        ItemIndex = 3,
        Panel = 2,
        IsOpen = true,
        Policy = OrderingPolicy.Groups,
        SpeakingTime = TimeSpan.FromSeconds(150),
        Version = 42,
        Groups = ["NGO", "Member States", "academia"],
        Entries =
        [
            new SpeakerEntry
            {
                Number = 1,
                Speaker = new Speaker(new ParticipantId("aad-ana"), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote),
                Topic = "Élan, 日本語 & <script>\"quotes\"</script> \u2028",
                GuidingQuestion = 4,
                RequestedAt = At,
                State = EntryState.Done,
                Turn = 1,
                StartedAt = At.AddMinutes(1),
                EndedAt = At.AddMinutes(3),
                HeadsUpAt = At.AddSeconds(30),
                Language = "fr",
                FromPhone = false,
            },
            new SpeakerEntry
            {
                Number = 2,
                Speaker = new Speaker(ParticipantId.ForPhone("b-123"), "Ben", null, "academia", SpeakerChannel.Room),
                RequestedAt = At.AddSeconds(5),
                State = EntryState.OnHold,
                PinnedPosition = 1,
                FromPhone = true,
            },
        ],
        Audit = [new AuditEntry(At, "aad-chair", "Chair", "move", "2 → 1")],
    };
}
