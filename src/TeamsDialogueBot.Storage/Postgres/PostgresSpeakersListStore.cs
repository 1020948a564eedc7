using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>
/// Speakers' lists as JSON snapshots, one row per conversation and agenda item. A list whose version this instance
/// knows (<see cref="SpeakersListCache"/>) is not read and parsed again: the card rendered after every save asks for it.
/// </summary>
public sealed class PostgresSpeakersListStore(PostgresDatabase database, SpeakersListCache? lists = null) : ISpeakersListStore
{
    private readonly SpeakersListCache _lists = lists ?? new SpeakersListCache();

    public async Task<SpeakersList?> FindAsync(string conversationId, AgendaPosition position, CancellationToken cancellationToken)
    {
        var known = _lists.Find(conversationId, position);
        await using var command = database.DataSource.CreateCommand(
            "SELECT CASE WHEN version = @known THEN NULL ELSE data::text END FROM speakers_lists WHERE conversation_id = @id AND item_index = @item AND panel = @panel");
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("item", position.ItemIndex);
        command.Parameters.AddWithValue("panel", position.Panel);
        command.Parameters.AddWithValue("known", known?.Version ?? -1L);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? SpeakersList.FromSnapshot(_lists.Resolve(known, reader.IsDBNull(0) ? null : reader.GetString(0)))
            : null;
    }

    public async Task<IReadOnlyList<SpeakersList>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT data::text FROM speakers_lists WHERE conversation_id = @id ORDER BY item_index, panel");
        command.Parameters.AddWithValue("id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lists = new List<SpeakersList>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lists.Add(SpeakersList.FromSnapshot(SpeakersListJson.Read(reader.GetString(0))));
        }

        return lists;
    }
}
