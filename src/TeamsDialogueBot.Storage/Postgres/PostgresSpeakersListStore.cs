using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>Speakers' lists as JSON snapshots, one row per conversation and agenda item.</summary>
public sealed class PostgresSpeakersListStore(PostgresDatabase database) : ISpeakersListStore
{
    public async Task<SpeakersList?> FindAsync(string conversationId, AgendaPosition position, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT data::text FROM speakers_lists WHERE conversation_id = @id AND item_index = @item AND panel = @panel");
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("item", position.ItemIndex);
        command.Parameters.AddWithValue("panel", position.Panel);
        var data = await command.ExecuteScalarAsync(cancellationToken) as string;
        return data is null ? null : SpeakersList.FromSnapshot(StorageJson.Read<SpeakersListSnapshot>(data));
    }

    public async Task<IReadOnlyList<SpeakersList>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT data::text FROM speakers_lists WHERE conversation_id = @id ORDER BY item_index, panel");
        command.Parameters.AddWithValue("id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lists = new List<SpeakersList>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lists.Add(SpeakersList.FromSnapshot(StorageJson.Read<SpeakersListSnapshot>(reader.GetString(0))));
        }

        return lists;
    }
}
