using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Domain.QandA;

/// <summary>A board to and from its stored form; the upvotes as bitmaps over the voters' places (see <see cref="QuestionBoardSnapshot"/>).</summary>
public sealed partial class QuestionBoard
{
    public QuestionBoardSnapshot ToSnapshot() => new()
    {
        ConversationId = ConversationId,
        ItemIndex = ItemIndex,
        Panel = Panel,
        IsOpen = IsOpen,
        IsModerated = IsModerated,
        Version = Version,
        Questions = [.. _questions],
        Voters = [.. _voters],
        Votes = _votes.Where(v => v.Value.Count > 0).OrderBy(v => v.Key).ToDictionary(v => v.Key, v => Bitmap(v.Value)),
        Audit = [.. _audit],
    };

    public static QuestionBoard FromSnapshot(QuestionBoardSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var votes = snapshot.Votes.ToDictionary(v => v.Key, v => Places(v.Value, snapshot.Voters.Count));
        return new QuestionBoard(
            snapshot.ConversationId, new AgendaPosition(snapshot.ItemIndex, snapshot.Panel), [.. snapshot.Questions], [.. snapshot.Audit], [.. snapshot.Voters], votes)
        {
            IsOpen = snapshot.IsOpen,
            IsModerated = snapshot.IsModerated,
            Version = snapshot.Version,
        };
    }

    private static string Bitmap(HashSet<int> places)
    {
        var bytes = new byte[(places.Max() / 8) + 1];
        foreach (var place in places)
        {
            bytes[place / 8] |= (byte)(1 << (place % 8));
        }

        return Convert.ToBase64String(bytes);
    }

    // Bits past the known voters are ignored: a bitmap never names someone the board does not list.
    private static HashSet<int> Places(string bitmap, int voters)
    {
        var bytes = Convert.FromBase64String(bitmap);
        var places = new HashSet<int>();
        for (var i = 0; i < bytes.Length * 8 && i < voters; i++)
        {
            if ((bytes[i / 8] & (1 << (i % 8))) != 0)
            {
                places.Add(i);
            }
        }

        return places;
    }
}
