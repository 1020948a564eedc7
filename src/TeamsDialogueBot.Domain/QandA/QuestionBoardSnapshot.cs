using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Domain.QandA;

/// <summary>
/// Everything a <see cref="QuestionBoard"/> holds, as plain data for storage (System.Text.Json defaults plus
/// <c>JsonStringEnumConverter</c>). Upvotes are stored compactly: each voter's key once in <see cref="Voters"/>, and per
/// question a bitmap over those voters' places (base64) in <see cref="Votes"/> — 100 questions × 300 voters is then
/// about 9 KB of votes instead of 30,000 keys.
/// </summary>
public sealed record QuestionBoardSnapshot
{
    public required string ConversationId { get; init; }
    public required int ItemIndex { get; init; }
    public int Panel { get; init; }
    public bool IsOpen { get; init; }
    public bool IsModerated { get; init; }
    public long Version { get; init; }
    public IReadOnlyList<Question> Questions { get; init; } = [];

    /// <summary>Every voter who ever upvoted here, in order of first vote; the index is their place in the bitmaps.</summary>
    public IReadOnlyList<string> Voters { get; init; } = [];

    /// <summary>Question number → base64 bitmap of the voters (bit i of byte i/8 set = <see cref="Voters"/>[i] upvoted). Questions without votes are absent.</summary>
    public IReadOnlyDictionary<int, string> Votes { get; init; } = new Dictionary<int, string>();
    public IReadOnlyList<AuditEntry> Audit { get; init; } = [];
}
