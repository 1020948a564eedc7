using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Inputs;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>The SQL of the inputs' staged writes on SQLite; a failed guard throws <see cref="WriteRejectedException"/>.</summary>
internal static class SqliteInputWrites
{
    public static async Task AddAsync(SqliteCommand command, string conversationId, Input input, string now, CancellationToken cancellationToken)
    {
        var added = await SqliteStatement.ExecuteAsync(
            command,
            """
            INSERT INTO inputs (conversation_id, input_id, sequence, item_index, state, version, data, submitted_at, updated_at)
            VALUES ($c, $id, $sequence, $item, $state, $v, $data, $submitted, $now) ON CONFLICT DO NOTHING
            """,
            cancellationToken,
            [.. Values(conversationId, input, now), ("$sequence", input.Id.Sequence), ("$submitted", StorageTime.Text(input.SubmittedAt))]);
        Expect(added, "input id " + input.Id);
    }

    public static async Task SaveAsync(SqliteCommand command, string conversationId, Input input, long expected, string now, CancellationToken cancellationToken)
    {
        var changed = await SqliteStatement.ExecuteAsync(
            command,
            """
            UPDATE inputs SET item_index = $item, state = $state, version = $v, data = $data, updated_at = $now
            WHERE conversation_id = $c AND input_id = $id AND version = $expected
            """,
            cancellationToken,
            [.. Values(conversationId, input, now), ("$expected", expected)]);
        Expect(changed, "input " + input.Id);
    }

    public static async Task SaveWindowAsync(SqliteCommand command, string conversationId, InputWindow window, long expected, string now, CancellationToken cancellationToken)
    {
        var changed = await SqliteStatement.ExecuteAsync(
            command,
            expected == 0
                ? "INSERT INTO input_windows (conversation_id, item_index, version, is_open, data, updated_at) VALUES ($c, $item, $v, $open, $data, $now) ON CONFLICT DO NOTHING"
                : "UPDATE input_windows SET version = $v, is_open = $open, data = $data, updated_at = $now WHERE conversation_id = $c AND item_index = $item AND version = $expected",
            cancellationToken,
            ("$c", conversationId),
            ("$item", window.ItemIndex),
            ("$v", window.Version),
            ("$open", window.IsOpen ? 1 : 0),
            ("$data", StorageJson.Write(window.ToSnapshot())),
            ("$now", now),
            ("$expected", expected));
        Expect(changed, $"inputs window of item {window.ItemIndex}");
    }

    private static (string, object?)[] Values(string conversationId, Input input, string now) =>
    [
        ("$c", conversationId),
        ("$id", input.Id.Value),
        ("$item", input.ItemIndex),
        ("$state", input.State.ToString()),
        ("$v", input.Version),
        ("$data", StorageJson.Write(input.ToSnapshot())),
        ("$now", now),
    ];

    private static void Expect(int changed, string what)
    {
        if (changed != 1)
        {
            throw new WriteRejectedException(new CommitResult.Conflict(what));
        }
    }
}
