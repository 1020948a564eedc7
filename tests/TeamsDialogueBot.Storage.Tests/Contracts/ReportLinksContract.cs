using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Reports;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>
/// Report links on either database: added and revoked only through change sets (exactly once with their turn), a link
/// opens its report until it expires or is revoked, and an unknown, expired or revoked link all read as nothing.
/// </summary>
public abstract class ReportLinksContract
{
    private const string Report = """{"schemaVersion":1,"report":{"title":"Constructive Dialogue","speaker":"Ana Silva"}}""";
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<TestDatabase> OpenAsync();

    private static ReportLink Link(string hash, int? item = null, string conversation = Conversation) =>
        new(hash, conversation, item, Start, Start.AddDays(7));

    [SkippableFact]
    public async Task A_link_opens_its_report_with_its_scope_and_times_and_nothing_else_does()
    {
        await using var db = await OpenAsync();

        await CommitAsync(db, new StagedWrite.AddReportLink(Link("hash-session"), Report), new StagedWrite.AddReportLink(Link("hash-item", item: 2), "{}"));

        var session = await db.ReportLinks.FindLiveAsync("hash-session", Start.AddHours(1), None);
        Assert.NotNull(session);
        Assert.Equal(Report, session.Report);
        Assert.Equal(Link("hash-session"), session.Link);
        Assert.True(session.Link.IsSession);
        var item = await db.ReportLinks.FindLiveAsync("hash-item", Start.AddHours(1), None);
        Assert.Equal(2, item!.Link.ItemIndex);
        Assert.Equal(Start.AddDays(7), item.Link.ExpiresAt);
        Assert.Null(await db.ReportLinks.FindLiveAsync("hash-unknown", Start.AddHours(1), None));
        Assert.Equal(["hash-item", "hash-session"], (await db.ReportLinks.ListAsync(Conversation, None)).Select(l => l.TokenHash));
        Assert.Empty(await db.ReportLinks.ListAsync(Other, None));
    }

    [SkippableFact]
    public async Task A_link_stops_opening_its_report_at_its_expiry()
    {
        await using var db = await OpenAsync();
        await CommitAsync(db, new StagedWrite.AddReportLink(Link("hash-1"), Report));

        Assert.NotNull(await db.ReportLinks.FindLiveAsync("hash-1", Start.AddDays(7).AddTicks(-10), None));
        Assert.Null(await db.ReportLinks.FindLiveAsync("hash-1", Start.AddDays(7), None));
        Assert.Null(await db.ReportLinks.FindLiveAsync("hash-1", Start.AddDays(30), None));
    }

    [SkippableFact]
    public async Task Revoking_takes_back_every_link_of_the_conversation_once_and_later_links_stand()
    {
        await using var db = await OpenAsync();
        await CommitAsync(db, new StagedWrite.AddReportLink(Link("hash-1"), Report), new StagedWrite.AddReportLink(Link("hash-2", item: 0), Report));
        await db.Committer.CommitAsync(Changes(Other, new StagedWrite.AddReportLink(Link("hash-other", conversation: Other), Report)), None);

        await CommitAsync(db, new StagedWrite.RevokeReportLinks(Start.AddHours(2)));
        await CommitAsync(db, new StagedWrite.AddReportLink(Link("hash-3"), Report));
        await CommitAsync(db, new StagedWrite.RevokeReportLinks(Start.AddHours(5)), new StagedWrite.AddReportLink(Link("hash-4"), Report));

        var now = Start.AddHours(6);
        Assert.Null(await db.ReportLinks.FindLiveAsync("hash-1", now, None));
        Assert.Null(await db.ReportLinks.FindLiveAsync("hash-2", now, None));
        Assert.Null(await db.ReportLinks.FindLiveAsync("hash-3", now, None));
        Assert.NotNull(await db.ReportLinks.FindLiveAsync("hash-4", now, None));
        Assert.NotNull(await db.ReportLinks.FindLiveAsync("hash-other", now, None));
        var revoked = (await db.ReportLinks.ListAsync(Conversation, None)).ToDictionary(l => l.TokenHash, l => l.RevokedAt);
        Assert.Equal(Start.AddHours(2), revoked["hash-1"]);
        Assert.Equal(Start.AddHours(2), revoked["hash-2"]);
        Assert.Equal(Start.AddHours(5), revoked["hash-3"]);
        Assert.Null(revoked["hash-4"]);
    }

    [SkippableFact]
    public async Task A_token_hash_taken_already_conflicts_and_stores_nothing_of_its_change_set()
    {
        await using var db = await OpenAsync();
        await CommitAsync(db, new StagedWrite.AddReportLink(Link("hash-1"), Report));

        var result = await db.Committer.CommitAsync(
            Claiming("a2", new StagedWrite.AddReportLink(Link("hash-1", item: 1), "{}"), new StagedWrite.AddReportLink(Link("hash-2"), "{}")), None);

        Assert.Equal(new CommitResult.Conflict("report link"), result);
        Assert.Equal(Report, (await db.ReportLinks.FindLiveAsync("hash-1", Start, None))!.Report);
        Assert.Null(await db.ReportLinks.FindLiveAsync("hash-2", Start, None));
        Assert.Empty((await db.Reader.ReadAsync(Conversation, ["a2"], [], None)).Claimed);
    }

    [SkippableFact]
    public async Task A_redelivered_report_turn_adds_no_second_link()
    {
        await using var db = await OpenAsync();
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Claiming("report-1", new StagedWrite.AddReportLink(Link("hash-1"), Report)), None));

        var again = await db.Committer.CommitAsync(Claiming("report-1", new StagedWrite.AddReportLink(Link("hash-2"), Report)), None);

        Assert.Equal(new CommitResult.Duplicate("report-1"), again);
        Assert.Equal(["hash-1"], (await db.ReportLinks.ListAsync(Conversation, None)).Select(l => l.TokenHash));
    }

    private static async Task CommitAsync(TestDatabase db, params StagedWrite[] writes) =>
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Changes(writes), None));
}
