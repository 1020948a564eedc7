using System.Buffers;
using System.Text.Json;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Routing;

/// <summary>
/// Universal Actions invoke responses. Teams expects HTTP 200 with the outcome inside the body.
/// </summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views</remarks>
public static class InvokeResponses
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static InvokeResponse From(CardActionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        // Written once with a Utf8JsonWriter: a voter's own view is built on every vote, the hot path of a rush.
        return result switch
        {
            CardActionResult.Written written => written.Response,
            CardActionResult.ShowCard card => Body(200, CardType, writer => CardJson.WriteTo(writer, card.Card)),
            CardActionResult.ShowMessage message => Body(200, MessageType, writer => writer.WriteStringValue(message.Text)),
            CardActionResult.Refuse refusal => Error(refusal.StatusCode, refusal.Code, refusal.Message),
            _ => throw new ArgumentOutOfRangeException(nameof(result)),
        };
    }

    public static InvokeResponse BadRequest(string code, string message) => Error(400, code, message);

    private static InvokeResponse Error(int status, string code, string message) =>
        Body(status, ErrorType, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
        });

    private static InvokeResponse Body(int statusCode, string type, Action<Utf8JsonWriter> writeValue)
    {
        // One buffer and writer per thread, reused: the body is copied out at its exact size, where a fresh buffer
        // grew by doubling to hold a ~3 KB card and a new writer came with it on every vote (issue 17). Nothing here
        // awaits, so no other call can use the thread's buffer in between.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(8 * 1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ProtocolJson.Options.Encoder });
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", statusCode);
            writer.WriteString("type", type);
            writer.WritePropertyName("value");
            writeValue(writer);
            writer.WriteEndObject();
            writer.Flush();

            // The HTTP status is always 200: the outcome travels in the body's statusCode.
            return new InvokeResponse(200, buffer.WrittenSpan.ToArray());
        }
        finally
        {
            if (buffer.Capacity > MaxKeptBuffer)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }

    // A card larger than this (a long list) does not keep its buffer alive on the thread.
    private const int MaxKeptBuffer = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;
}
