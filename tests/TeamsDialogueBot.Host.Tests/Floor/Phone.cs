using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Floor;

/// <summary>One phone in the room on the floor page, over HTTP as a browser without script does it: forms and redirects.</summary>
internal sealed partial class Phone : IDisposable
{
    public const string Origin = "http://localhost";
    private readonly HttpClient _client;

    public Phone(BotTestHost host, string token)
    {
        _client = host.NewClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Token = token;
    }

    public string Token { get; set; }

    public static async Task<string> TokenAsync(BotTestHost host, string conversationId) =>
        (await host.Services.GetRequiredService<IFloorLinks>().FindAsync(conversationId, CancellationToken.None))?.Token
        ?? throw new InvalidOperationException("No floor link.");

    public async Task<(HttpStatusCode Status, string Html)> PageAsync(string query = "")
    {
        using var response = await _client.GetAsync(new Uri($"/floor/{Token}{query}", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task<HttpResponseMessage> JoinAsync(string name, string? organisation = null, string group = "NGO") =>
        PostAsync("join", new Dictionary<string, string> { ["name"] = name, ["organisation"] = organisation ?? "", ["group"] = group });

    /// <summary>One of the page's action forms, with the request id the server put in it unless one is given.</summary>
    public async Task<HttpResponseMessage> ActAsync(string action, string? requestId = null, string? origin = Origin, bool json = false)
    {
        requestId ??= Guid.NewGuid().ToString("N");
        return await PostAsync(action, new Dictionary<string, string> { ["requestId"] = requestId }, origin, json);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields, string? origin = Origin, bool json = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/floor/{Token}/{path}", UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (json)
        {
            request.Headers.Add("Accept", "application/json");
        }

        return await _client.SendAsync(request);
    }

    /// <summary>The outcome a no-script post was redirected with ("Requested", "RequestsClosed"…).</summary>
    public static string Done(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return DoneQuery().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex(@"\?done=(\w+)$")]
    private static partial Regex DoneQuery();
}
