using TeamsDialogueBot.Protocol.Graph;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Protocol.Tests.Graph;

/// <summary>The Microsoft Graph SDK against a fake Graph over real HTTP: paths, the WebVTT Accept header, failures, retries.</summary>
public sealed class GraphTranscriptClientTests : IAsyncLifetime
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string Organizer = "6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01";
    private const string Meeting = "MSoxNmUwYjdiYi05M2Q1LTQzNTI=";
    private static readonly DateTimeOffset Created = new(2024, 7, 15, 8, 0, 5, TimeSpan.Zero);
    private FakeGraph _graph = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _graph.AddTranscript("t1", Created, "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Hello</v>\n");
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    private GraphTranscriptClient Client(int retries = 3, int delaySeconds = 0) =>
        new(new BotFrameworkOptions(), new GraphOptions { BaseUrl = _graph.BaseUrl, MaxRetries = retries, RetryDelaySeconds = delaySeconds });

    [Fact]
    public async Task Lists_the_organizers_meeting_transcripts_and_reads_the_content_as_webvtt()
    {
        using var client = Client();

        var list = await client.ListAsync(Tenant, Organizer, Meeting, CancellationToken.None);
        await using var content = await client.OpenContentAsync(Tenant, Organizer, Meeting, list[0].Id, CancellationToken.None);
        using var reader = new StreamReader(content);
        var vtt = await reader.ReadToEndAsync();

        var transcript = Assert.Single(list);
        Assert.Equal(Created, transcript.CreatedAt);
        Assert.StartsWith("WEBVTT", vtt, StringComparison.Ordinal);
        Assert.Equal($"/v1.0/users/{Organizer}/onlineMeetings/{Meeting}/transcripts", _graph.Requests[0].Path);
        Assert.Equal($"/v1.0/users/{Organizer}/onlineMeetings/{Meeting}/transcripts/t1/content", _graph.Requests[1].Path);
        Assert.Contains("text/vtt", _graph.Requests[1].Accept, StringComparison.Ordinal);

        // Anonymous local mode: no token goes out, as with the Connector.
        Assert.All(_graph.Requests, r => Assert.Null(r.Authorization));
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task A_refusal_is_reported_with_its_status_and_not_retried(int status)
    {
        using var client = Client();
        _graph.FailNext((status, null));

        var error = await Assert.ThrowsAsync<TranscriptAccessException>(() => client.ListAsync(Tenant, Organizer, Meeting, CancellationToken.None));

        Assert.Equal(status, error.Status);
        Assert.Single(_graph.Requests);
    }

    [Fact]
    public async Task Throttling_is_retried_after_the_retry_after_graph_sent()
    {
        using var client = Client(delaySeconds: 0);
        _graph.FailNext((429, TimeSpan.FromSeconds(1)));

        var list = await client.ListAsync(Tenant, Organizer, Meeting, CancellationToken.None);

        Assert.Single(list);
        Assert.Equal([429, 200], _graph.Requests.Select(r => r.Status));
        // The SDK's retry handler waited as told (not its own zero-second delay).
        Assert.True(_graph.Requests[1].At - _graph.Requests[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {_graph.Requests[1].At - _graph.Requests[0].At}");
    }

    [Fact]
    public async Task An_unavailable_graph_is_retried_then_reported_as_such()
    {
        using var client = Client(retries: 2, delaySeconds: 0);
        _graph.FailNext((503, TimeSpan.Zero), (503, TimeSpan.Zero), (503, TimeSpan.Zero), (503, TimeSpan.Zero));

        var error = await Assert.ThrowsAsync<TranscriptAccessException>(() => client.ListAsync(Tenant, Organizer, Meeting, CancellationToken.None));

        Assert.Equal(503, error.Status);
        Assert.Equal(3, _graph.Requests.Count);
    }
}
