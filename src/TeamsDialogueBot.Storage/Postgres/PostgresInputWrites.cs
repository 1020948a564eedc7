using Npgsql;
using NpgsqlTypes;
using TeamsDialogueBot.Domain.Inputs;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>The SQL of the inputs' staged writes on PostgreSQL; each must change exactly one row or the change set conflicts.</summary>
internal static class PostgresInputWrites
{
    public static PostgresStatement Add(string conversationId, Input input, DateTimeOffset now) => PostgresStagedWrites.Guarded(
        """
        INSERT INTO inputs (conversation_id, input_id, sequence, item_index, state, version, data, submitted_at, updated_at)
        VALUES (@c, @id, @sequence, @item, @state, @v, @data, @submitted, @now) ON CONFLICT DO NOTHING
        """,
        "input id " + input.Id,
        x =>
        {
            Values(x, conversationId, input, now);
            x.AddWithValue("sequence", input.Id.Sequence);
            x.AddWithValue("submitted", input.SubmittedAt.ToUniversalTime());
        });

    public static PostgresStatement Save(string conversationId, Input input, long expected, DateTimeOffset now) => PostgresStagedWrites.Guarded(
        """
        UPDATE inputs SET item_index = @item, state = @state, version = @v, data = @data, updated_at = @now
        WHERE conversation_id = @c AND input_id = @id AND version = @expected
        """,
        "input " + input.Id,
        x =>
        {
            Values(x, conversationId, input, now);
            x.AddWithValue("expected", expected);
        });

    public static PostgresStatement SaveWindow(string conversationId, InputWindow window, long expected, DateTimeOffset now) => PostgresStagedWrites.Guarded(
        expected == 0
            ? "INSERT INTO input_windows (conversation_id, item_index, version, is_open, data, updated_at) VALUES (@c, @item, @v, @open, @data, @now) ON CONFLICT DO NOTHING"
            : "UPDATE input_windows SET version = @v, is_open = @open, data = @data, updated_at = @now WHERE conversation_id = @c AND item_index = @item AND version = @expected",
        $"inputs window of item {window.ItemIndex}",
        x =>
        {
            x.AddWithValue("c", conversationId);
            x.AddWithValue("item", window.ItemIndex);
            x.AddWithValue("v", window.Version);
            x.AddWithValue("open", window.IsOpen);
            x.AddWithValue("data", NpgsqlDbType.Jsonb, StorageJson.Write(window.ToSnapshot()));
            x.AddWithValue("now", now);
            x.AddWithValue("expected", expected);
        });

    private static void Values(NpgsqlParameterCollection x, string conversationId, Input input, DateTimeOffset now)
    {
        x.AddWithValue("c", conversationId);
        x.AddWithValue("id", input.Id.Value);
        x.AddWithValue("item", input.ItemIndex);
        x.AddWithValue("state", input.State.ToString());
        x.AddWithValue("v", input.Version);
        x.AddWithValue("data", NpgsqlDbType.Jsonb, StorageJson.Write(input.ToSnapshot()));
        x.AddWithValue("now", now);
    }
}
