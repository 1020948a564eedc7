using System.Text.Json;
using TeamsDialogueBot.Bot;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Authentication;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Host.Messaging;

/// <summary>
/// POST /api/messages, the Bot Framework messaging endpoint: bad JSON or no type → 400, body over
/// 256 KB → 413, authentication failure → 401/403, an invoke → its own status and body, anything else →
/// 200 once the turn is handled. A handler's exception is a 500 for this request only.
/// </summary>
/// <remarks>https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-protocol/botframework-protocol.md</remarks>
public static partial class BotMessagesEndpoint
{
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IInboundAuthenticator authenticator,
        TrustedServiceUrls trustedUrls,
        DialogueBot bot,
        ILogger<DialogueBot> logger)
    {
        var cancellationToken = http.RequestAborted;
        var body = await RequestBody.ReadAsync(http.Request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large",
                detail: $"An activity may be at most {MaxBodyBytes / 1024} KB.");
        }

        Activity? activity;
        try
        {
            activity = ProtocolJson.ParseActivity(body.Value.Span);
        }
        catch (JsonException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Body is not a JSON activity",
                detail: $"Line {e.LineNumber}, byte {e.BytePositionInLine}: the request body must be a Bot Framework activity in JSON.");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Activity has no type",
                detail: "Every activity needs a \"type\" (message, invoke, event, conversationUpdate, …).");
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, activity, cancellationToken);
        if (!auth.Succeeded)
        {
            return Results.StatusCode(auth.StatusCode);
        }

        if (!string.IsNullOrEmpty(activity.ServiceUrl))
        {
            trustedUrls.Trust(activity.ServiceUrl);
        }

        try
        {
            var invokeResponse = await bot.ProcessAsync(activity, cancellationToken);
            if (invokeResponse is null)
            {
                return Results.Ok();
            }

            return invokeResponse.Body is { } json
                ? new Utf8JsonResult(invokeResponse.Status, json)
                : Results.StatusCode(invokeResponse.Status);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One failed turn must answer 500 and leave the process serving everyone else.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogTurnFailed(logger, e, activity.Type, activity.Id);
            return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "The bot failed to handle this activity");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {Type} activity {ActivityId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? type, string? activityId);
}
